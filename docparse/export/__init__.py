"""Exports of the records in an output folder: JSONL, CSV and edXML.

Each format is a module with ``DEFAULT_NAME`` (its file or folder under ``OUT_DIR/export``)
and ``write(items, dest) -> warnings``, which writes atomically. ``FORMATS`` maps the
format names of ``docparse export --format`` to those modules.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from docparse.export import csv_export, edxml, jsonl
from docparse.export.loading import ExportItem, Loaded, load_records


class ExportFormat(Protocol):
    DEFAULT_NAME: str

    def write(self, items: Sequence[ExportItem], dest: Path) -> list[str]: ...


FORMATS: dict[str, ExportFormat] = {"jsonl": jsonl, "csv": csv_export, "edxml": edxml}

__all__ = ["FORMATS", "ExportFormat", "ExportItem", "Loaded", "load_records"]
