"""JSON Lines: one record a line, for loading into a database or a data tool.

Each line is the record exactly as ``Record.model_dump(mode="json")`` gives it, so it loads
back with ``Record.model_validate_json(line)``. Text stays readable (``ensure_ascii=False``);
the few characters that some line readers take for line breaks (U+0085, U+2028, U+2029) are
written as JSON escapes so that one record is always one line.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from docparse.export.loading import ExportItem
from docparse.output import write_bytes_atomic

DEFAULT_NAME = "records.jsonl"

_LINE_BREAKS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def record_line(item: ExportItem) -> str:
    text = json.dumps(item.record.model_dump(mode="json"), ensure_ascii=False)
    for char, escape in _LINE_BREAKS.items():
        text = text.replace(char, escape)
    return text


def write(items: Sequence[ExportItem], dest: Path) -> list[str]:
    """Write ``dest`` atomically; JSONL has nothing to warn about, so the list is empty."""
    text = "".join(record_line(item) + "\n" for item in items)
    write_bytes_atomic(dest, text.encode("utf-8"))
    return []
