"""The pipeline version a record was made with: resume redoes records of another version."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import docparse
import models
from docparse import ocr
from docparse.options import Options

# Parts of the package that do not change what a record says.
NOT_PIPELINE = {"batch", "bench", "export", "review", "synth", "cli.py"}
# Options that decide whether a document fails, not what its record says.
LIMITS = {"page_timeout", "max_pixels", "max_pages"}


def pipeline_version(options: Options) -> str:
    """``docparse.__version__`` plus a digest of the code and settings records depend on.

    The digest covers the pipeline's sources and data (everything in ``docparse`` and
    ``models`` but the batch, bench, export, review and synth parts and the CLI), the options
    (language, resolution, steps; not the limits) and the Tesseract version, so editing the
    parser or upgrading Tesseract makes the next batch redo its records.
    """
    digest = hashlib.sha256()
    for root in (Path(docparse.__file__).parent, Path(models.__file__).parent):
        for path in sorted(root.rglob("*")):
            rel = path.relative_to(root)
            if _counts(rel) and path.is_file():
                digest.update(f"{root.name}/{rel.as_posix()}\0".encode())
                digest.update(path.read_bytes())
    settings = {
        key: sorted(value) if isinstance(value, frozenset | set) else value
        for key, value in options.model_dump(exclude=LIMITS).items()
    }
    digest.update(json.dumps(settings, sort_keys=True).encode())
    digest.update(ocr.tesseract_version().encode())
    return f"{docparse.__version__}+{digest.hexdigest()[:12]}"


def _counts(rel: Path) -> bool:
    if rel.parts[0] in NOT_PIPELINE or "__pycache__" in rel.parts:
        return False
    return not rel.name.startswith(".") and rel.suffix not in (".pyc", ".pyo")
