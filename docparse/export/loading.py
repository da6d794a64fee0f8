"""Find the records ``docparse parse --out`` and ``docparse batch --out`` left in a folder.

Every ``<stem>.json`` under OUT_DIR (searched recursively, batch mirrors the input tree) is a
machine record; ``<stem>.reviewed.json`` beside it is the same record after a QA reviewer
worked on it. Hidden and temporary files (names starting with ".") are skipped, and so is
anything that is not ``.json`` (``manifest.jsonl``, ``review.sqlite``, earlier exports).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from docparse.export.rejected import RejectedFieldError, drop_rejected
from models.record import SCHEMA_VERSION, Record

REVIEWED_SUFFIX = ".reviewed.json"
MACHINE_SUFFIX = ".json"

Form = Literal["machine", "reviewed"]


@dataclass(frozen=True)
class ExportItem:
    """One document to export: its record and where that record came from."""

    record: Record
    stem: str  # path of the record under OUT_DIR without its suffix, "/"-separated
    path: Path  # the JSON file that was read
    form: Form


@dataclass(frozen=True)
class Loaded:
    items: list[ExportItem]
    errors: list[str]  # one line per record that could not be read, naming the file


def load_records(out_dir: Path, reviewed: bool) -> Loaded:
    """The records under ``out_dir``; with ``reviewed``, the reviewed form where there is one.

    Whatever form is used, every key path in ``record.reviewed.rejected`` is blanked.
    """
    found: dict[str, dict[Form, Path]] = {}
    for path in _json_files(out_dir):
        rel = path.relative_to(out_dir).as_posix()
        if rel.endswith(REVIEWED_SUFFIX):
            found.setdefault(rel.removesuffix(REVIEWED_SUFFIX), {})["reviewed"] = path
        else:
            found.setdefault(rel.removesuffix(MACHINE_SUFFIX), {})["machine"] = path
    items: list[ExportItem] = []
    errors: list[str] = []
    for stem in sorted(found):
        forms = found[stem]
        form: Form = "reviewed" if reviewed and "reviewed" in forms else "machine"
        if form not in forms:
            continue  # a reviewed form alone, and the machine records were asked for
        path = forms[form]
        try:
            record = read_record(path)
        except (OSError, ValueError) as error:
            errors.append(f"{path.relative_to(out_dir)}: {_describe(error)}")
            continue
        items.append(ExportItem(record=record, stem=stem, path=path, form=form))
    return Loaded(items=items, errors=errors)


def read_record(path: Path) -> Record:
    """A record file as a ``Record``, rejected fields blanked; ``ValueError`` if it is none."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return Record.model_validate(drop_rejected(data))


def _json_files(out_dir: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(out_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.endswith(MACHINE_SUFFIX):
                yield Path(root) / name


def _describe(error: Exception) -> str:
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "record"
        count = error.error_count()
        return f"not a record of schema {SCHEMA_VERSION}: {where}: {first['msg']} ({count} in all)"
    if isinstance(error, RejectedFieldError):
        return str(error)
    if isinstance(error, json.JSONDecodeError):
        return f"not JSON: {error}"
    if isinstance(error, UnicodeDecodeError):
        return "not UTF-8 text"
    return str(error)
