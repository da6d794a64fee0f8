"""``OUT_DIR/manifest.jsonl``: one line per input, what became of it.

During a run every finished input appends one line, flushed and fsynced after its record was
renamed into place; a later line for the same path overrides an earlier one. A run killed at
any moment therefore leaves, at worst, a record the manifest does not know yet (redone on the
next run) and a torn last line (ignored). At the start and at the end of a run the manifest is
rewritten compacted, one line per input in path order, by temp file and rename.

A line's keys: ``path`` (under IN_DIR), ``sha256``, ``status``, ``pages``, ``seconds`` (time spent
on it: planning, its pages in the workers, parsing; not time waiting in the queue),
``in_review`` (fields the record lists for review), ``error`` (``code`` and ``message``),
``output`` (the record under OUT_DIR), ``duplicate_of`` (the input with the same bytes),
``pipeline`` (see ``docparse.batch.version``) and ``finished_at`` (UTC).
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import re
from enum import StrEnum
from pathlib import Path
from typing import IO

from pydantic import BaseModel, ValidationError

from docparse.output import write_bytes_atomic

MANIFEST_NAME = "manifest.jsonl"
LOCK_NAME = ".batch.lock"
# Left by write_bytes_atomic when a run was killed while writing a record or the manifest.
STALE_TEMP = re.compile(r"^\..+\.jsonl?\.[^.]+\.tmp$")


class Status(StrEnum):
    ok = "ok"  # the record is at ``output``
    failed = "failed"  # no record; ``error`` says why
    skipped = "skipped"  # a file under IN_DIR that is not a document docparse reads
    duplicate = "duplicate"  # same bytes as ``duplicate_of``, whose record is at ``output``


class ErrorInfo(BaseModel):
    code: str
    message: str


class Entry(BaseModel):
    path: str
    sha256: str | None = None
    status: Status
    pages: int = 0
    seconds: float = 0.0
    in_review: int = 0
    error: ErrorInfo | None = None
    output: str | None = None
    duplicate_of: str | None = None
    pipeline: str
    finished_at: dt.datetime


class OutDirBusyError(Exception):
    """Another batch is writing to the same output folder."""


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def read_entries(path: Path) -> dict[str, Entry]:
    """The last entry per input path; lines that do not parse (a torn last line) are ignored."""
    entries: dict[str, Entry] = {}
    if not path.is_file():
        return entries
    with path.open("rb") as handle:
        for raw in handle:
            try:
                entry = Entry.model_validate_json(raw)
            except ValidationError:
                continue
            entries[entry.path] = entry
    return entries


class Manifest:
    """The manifest of one run, held open for appending, and the lock on OUT_DIR."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / MANIFEST_NAME
        out_dir.mkdir(parents=True, exist_ok=True)
        self._lock = (out_dir / LOCK_NAME).open("a")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock.close()
            raise OutDirBusyError(f"another docparse batch is writing to {out_dir}") from None
        remove_stale_temp_files(out_dir)
        self.previous = read_entries(self.path)
        self.rewrite(list(self.previous.values()))
        self._handle: IO[bytes] | None = self.path.open("ab")

    def append(self, entry: Entry) -> None:
        """Add one line and make it durable before going on."""
        assert self._handle is not None, "the manifest is closed"
        self._handle.write(entry.model_dump_json().encode("utf-8") + b"\n")
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def rewrite(self, entries: list[Entry]) -> None:
        data = b"".join(e.model_dump_json().encode("utf-8") + b"\n" for e in entries)
        write_bytes_atomic(self.path, data)

    def close(self, entries: list[Entry]) -> None:
        """Rewrite the manifest compacted to ``entries`` and release OUT_DIR."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        self.rewrite(entries)
        self._lock.close()


def remove_stale_temp_files(out_dir: Path) -> None:
    """Delete the temp files a killed run left half written."""
    for root, _dirs, files in os.walk(out_dir):
        for name in files:
            if STALE_TEMP.match(name):
                (Path(root) / name).unlink(missing_ok=True)
