"""The machine records of an output folder, named by document ids that cannot leave it.

A document id is the record's path under OUT_DIR, "/"-separated: ``letters/cv-323.json``.
Ids come from the browser and are checked before any file is touched: relative, no ``..``
and no hidden part, ending in ``.json`` (not ``.reviewed.json``), resolving inside OUT_DIR.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import ValidationError

from docparse.export.loading import MACHINE_SUFFIX, REVIEWED_SUFFIX
from models.record import Record


class UnknownDocumentError(LookupError):
    """No machine record of this folder has that id (or the id is not a safe one)."""


@dataclass(frozen=True)
class Document:
    id: str
    path: Path
    data: dict[str, Any]  # the machine record as JSON, checked against ``Record``
    record: Record

    @property
    def reviewed_path(self) -> Path:
        return self.path.with_name(self.path.name.removesuffix(MACHINE_SUFFIX) + REVIEWED_SUFFIX)


class Documents:
    """Finds and reads the records under ``out_dir``; a record is re-read when its file changes."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir.resolve()
        self._cache: dict[Path, tuple[tuple[int, int], Document]] = {}
        self._lock = threading.Lock()

    def ids(self) -> Iterator[str]:
        """The ids of the machine records, sub-folders included; links out of OUT_DIR left out."""
        for root, dirs, files in os.walk(self.out_dir):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                doc_id = (Path(root) / name).relative_to(self.out_dir).as_posix()
                if _is_machine_record(name) and self._inside(doc_id):
                    yield doc_id

    def _inside(self, doc_id: str) -> bool:
        try:
            self.path_of(doc_id)
        except UnknownDocumentError:
            return False
        return True

    def path_of(self, doc_id: str) -> Path:
        """The file of ``doc_id``; ``UnknownDocumentError`` for anything but a record here."""
        pure = PurePosixPath(doc_id)
        if (
            not doc_id
            or "\\" in doc_id
            or "\x00" in doc_id
            or pure.is_absolute()
            or any(part in ("", ".", "..") or part.startswith(".") for part in pure.parts)
            or not _is_machine_record(pure.name)
        ):
            raise UnknownDocumentError(doc_id)
        path = (self.out_dir / pure).resolve()
        if not path.is_relative_to(self.out_dir) or not path.is_file():
            raise UnknownDocumentError(doc_id)
        return path

    def load(self, doc_id: str) -> Document:
        """The record ``doc_id``; ``ValueError`` if the file is not a record."""
        path = self.path_of(doc_id)
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        with self._lock:
            cached = self._cache.get(path)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        try:
            record = Record.model_validate(data)
        except ValidationError as error:
            raise ValueError(f"not a record: {error.error_count()} errors") from None
        document = Document(doc_id, path, data, record)
        with self._lock:
            self._cache[path] = (stamp, document)
        return document


def _is_machine_record(name: str) -> bool:
    return (
        not name.startswith(".")
        and name.endswith(MACHINE_SUFFIX)
        and not name.endswith(REVIEWED_SUFFIX)
    )
