"""The files of a batch: what lies under IN_DIR, and where each one's record goes.

A record mirrors its input's place in the tree and keeps the input's extension in its name:
``IN_DIR/sub/dir/a.png`` → ``OUT_DIR/sub/dir/a.png.json``, so ``a.png`` and ``a.pdf`` in one
folder never share a record, and the name never depends on which other files are present.
A folder or file name that is not made of letters, digits, ``.``, ``-`` and ``_`` only is
sanitised (``docparse.output.safe_stem``) and gets ``-`` plus 8 hex digits of a hash of the
original name, so two names that sanitise alike still get two records.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from docparse.ingest import SUPPORTED_SUFFIXES
from docparse.output import safe_stem

# Longest file name written, in UTF-8 bytes (file systems allow 255; ".json" is appended).
MAX_NAME_BYTES = 200


@dataclass(frozen=True)
class Input:
    """A file found under IN_DIR."""

    rel: str  # its path under IN_DIR, "/"-separated
    path: Path  # absolute
    output: str  # its record's path under OUT_DIR, "/"-separated
    readable: bool  # a regular file of a type docparse reads
    reason: str = ""  # why not, when not


def find_inputs(in_dir: Path, out_dir: Path) -> list[Input]:
    """Every non-hidden file under ``in_dir`` (not following links, not inside ``out_dir``)."""
    in_dir = in_dir.resolve()
    out_dir = out_dir.resolve()
    found = []
    for root, dirs, files in os.walk(in_dir):
        here = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and here / d != out_dir)
        for name in sorted(files):
            if not name.startswith("."):
                found.append(_input(in_dir, here / name))
    return sorted(found, key=lambda item: item.rel)


def _input(in_dir: Path, path: Path) -> Input:
    rel = path.relative_to(in_dir).as_posix()
    output = record_path(rel)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        reason = (
            f"{rel}: not a document docparse reads ({suffix or 'no extension'}); "
            f"it reads {', '.join(sorted(SUPPORTED_SUFFIXES))}"
        )
        return Input(rel, path, output, readable=False, reason=reason)
    try:
        mode = path.stat().st_mode
    except OSError as error:
        return Input(rel, path, output, readable=False, reason=f"{rel}: {error.strerror}")
    if not stat.S_ISREG(mode):
        return Input(rel, path, output, readable=False, reason=f"{rel}: not a regular file")
    return Input(rel, path, output, readable=True)


def record_path(rel: str) -> str:
    """Where the record of the input at ``rel`` goes, under OUT_DIR."""
    parts = [_safe_name(part) for part in rel.split("/")]
    parts[-1] += ".json"
    return "/".join(parts)


def _safe_name(name: str) -> str:
    safe = safe_stem(name)
    if safe == name and len(name.encode("utf-8")) <= MAX_NAME_BYTES:
        return name
    digest = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    cut = safe.encode("utf-8")[: MAX_NAME_BYTES - 9].decode("utf-8", "ignore")
    return f"{cut}-{digest}"
