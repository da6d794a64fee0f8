"""Writing records: atomic files with names no input can turn into a path outside the folder."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


def safe_stem(name: str) -> str:
    """A file stem made of word characters, dots and dashes only, never empty or hidden."""
    stem = _UNSAFE.sub("_", name).strip("._") or "document"
    return stem[:120]


def output_path_for(source: Path, out_dir: Path, taken: set[Path]) -> Path:
    """``out_dir/<source stem>.json``; a second input with the same stem gets ``-2``, ``-3``…"""
    stem = safe_stem(source.stem)
    candidate = out_dir / f"{stem}.json"
    n = 2
    while candidate in taken:
        candidate = out_dir / f"{stem}-{n}.json"
        n += 1
    return candidate


def write_bytes_atomic(target: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder and rename: never a half file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json_atomic(target: Path, data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_bytes_atomic(target, text.encode("utf-8"))
