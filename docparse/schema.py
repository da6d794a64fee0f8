"""The published JSON Schema of a record, generated from ``models.record.Record``.

The schema of every released version is committed as ``models/schema/record-<version>.json``;
``docparse schema --write`` regenerates the current one after the models change, and a test
fails while the committed file and the models disagree.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import models
from docparse.output import write_bytes_atomic
from models.record import SCHEMA_VERSION, Record

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_DIR = Path(models.__file__).resolve().parent / "schema"


def schema_id(version: str = SCHEMA_VERSION) -> str:
    """A URN rather than a web address: docparse does not host its schemas anywhere."""
    return f"urn:docparse:schema:record:{version}"


def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) a record of ``SCHEMA_VERSION`` validates against."""
    generated = Record.model_json_schema(mode="validation")
    header = {
        "$schema": SCHEMA_DIALECT,
        "$id": schema_id(),
        "title": "docparse record",
        "description": (
            "One Vietnamese administrative letter read by docparse. "
            "Minor versions only add optional keys; renames, retypes and removals "
            "come only with a new major version."
        ),
        "version": SCHEMA_VERSION,
    }
    generated.pop("title", None)
    return {**header, **generated}


def schema_text() -> str:
    """The schema as committed: two-space indent, UTF-8 text, a final newline."""
    return json.dumps(record_schema(), ensure_ascii=False, indent=2) + "\n"


def schema_path(version: str = SCHEMA_VERSION) -> Path:
    return SCHEMA_DIR / f"record-{version}.json"


def write_schema(target: Path | None = None) -> Path:
    """Write the current schema (atomically) and return where it went."""
    path = target or schema_path()
    write_bytes_atomic(path, schema_text().encode("utf-8"))
    return path
