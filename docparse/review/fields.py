"""The fields a reviewer sees: their key paths, labels, editors, and how a new value is checked.

Key paths follow ``docparse.export.rejected``: dots between keys, ``[n]`` for a list item.
A list (``recipients``, ``addressees``…) is reviewed as one field and corrected as a whole.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from docparse.export.rejected import split_path
from docparse.patterns import CONG_VAN, DOCUMENT_TYPES, OTHER

MAX_TEXT = 4000
MAX_ITEMS = 500

TYPE_NAMES: dict[str, str] = {t.kind: t.name for t in (CONG_VAN, *DOCUMENT_TYPES, OTHER)}


class Editor(StrEnum):
    text = "text"
    long_text = "long_text"
    date = "date"
    choice = "choice"
    lines = "lines"  # a list of strings
    recipients = "recipients"  # a list of {name, note}
    none = "none"  # shown and accepted or rejected, not edited


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    editor: Editor = Editor.text
    required: bool = False  # a required field cannot be rejected


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("document_type", "Type (loại văn bản)", Editor.choice, required=True),
    FieldSpec("issuer.parent", "Parent body (cơ quan chủ quản)"),
    FieldSpec("issuer.name", "Issuer (cơ quan ban hành)"),
    FieldSpec("number.value", "Number (số)"),
    FieldSpec("number.year", "Year in the number"),
    FieldSpec("number.symbol", "Symbol (ký hiệu)"),
    FieldSpec("place", "Place (địa danh)"),
    FieldSpec("date", "Date (ngày ban hành)", Editor.date),
    FieldSpec("urgency", "Urgency (độ khẩn)"),
    FieldSpec("secrecy", "Secrecy (độ mật)"),
    FieldSpec("subject", "Subject (trích yếu)", Editor.long_text),
    FieldSpec("addressees", "Addressees (kính gửi)", Editor.lines),
    FieldSpec("signer.competence", "Signing authority lines", Editor.lines),
    FieldSpec("signer.authority", "Authority (TM, KT, TL…)"),
    FieldSpec("signer.title", "Signer's title (chức vụ)"),
    FieldSpec("signer.name", "Signer (người ký)"),
    FieldSpec("recipients", "Recipients (nơi nhận)", Editor.recipients),
    FieldSpec("archive", "Archive (lưu)", Editor.lines),
    FieldSpec("incoming.organization", "ĐẾN stamp: office"),
    FieldSpec("incoming.number", "ĐẾN stamp: number"),
    FieldSpec("incoming.date", "ĐẾN stamp: date", Editor.date),
    FieldSpec("legal_references", "Legal references (căn cứ)", Editor.lines),
)
_BY_KEY = {spec.key: spec for spec in FIELDS}
_REQUIRED_ROOTS = {"schema_version", "source", "document_type"}


def spec_for(key: str, data: dict[str, Any]) -> FieldSpec | None:
    """The spec of ``key``; a key path only the record's ``review`` names gets a plain one."""
    if key in _BY_KEY:
        return _BY_KEY[key]
    parts = split_path(key)
    if not parts or key not in {item.get("field") for item in data.get("review") or []}:
        return None
    required = parts[0] in _REQUIRED_ROOTS
    value = get_value(data, key)
    if value is None or isinstance(value, str):
        return FieldSpec(key, key, Editor.text, required)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return FieldSpec(key, key, Editor.lines, required)
    return FieldSpec(key, key, Editor.none, required)


def get_value(data: dict[str, Any], key: str) -> Any:
    """The value at ``key`` in a record as JSON; None where any step is missing."""
    if key == "document_type":
        return (data.get("document_type") or {}).get("kind")
    value: Any = data
    for part in split_path(key):
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    return value


def set_value(data: dict[str, Any], key: str, value: Any) -> None:
    """Put ``value`` at ``key``, making the objects on the way (an absent ĐẾN stamp)."""
    if key == "document_type":
        data["document_type"] = {"kind": value, "name": TYPE_NAMES.get(value, value)}
        return
    parts = split_path(key)
    target: Any = data
    for part in parts[:-1]:
        if isinstance(target, list):
            target = target[int(part)]
            continue
        if target.get(part) is None:
            target[part] = {}
        target = target[part]
    last = parts[-1]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value


def clean(spec: FieldSpec, raw: Any) -> Any:
    """A reviewer's value for ``spec`` as the record stores it; ``ValueError`` if it is bad."""
    if spec.editor in (Editor.text, Editor.long_text):
        return _text(raw)
    if spec.editor is Editor.date:
        text = _text(raw)
        return None if text is None else _iso_date(text)
    if spec.editor is Editor.choice:
        if raw not in TYPE_NAMES:
            raise ValueError(f"unknown document type {raw!r}")
        return raw
    if spec.editor is Editor.lines:
        return [text for item in _items(raw) if (text := _text(item)) is not None]
    if spec.editor is Editor.recipients:
        return [recipient for item in _items(raw) if (recipient := _recipient(item)) is not None]
    raise ValueError(f"{spec.key} cannot be edited here")


def _iso_date(text: str) -> str:
    try:
        if len(text) == len("2024-03-05"):
            return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise ValueError(f"{text!r} is not a date as YYYY-MM-DD")


def _text(raw: Any) -> str | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise ValueError("expected text")
    text = " ".join(unicodedata.normalize("NFC", raw).split())
    if len(text) > MAX_TEXT:
        raise ValueError(f"text longer than {MAX_TEXT} characters")
    return text or None


def _items(raw: Any) -> list[Any]:
    if not isinstance(raw, list):
        raise ValueError("expected a list")
    if len(raw) > MAX_ITEMS:
        raise ValueError(f"more than {MAX_ITEMS} items")
    return raw


def _recipient(raw: Any) -> dict[str, str | None] | None:
    if not isinstance(raw, dict):
        raise ValueError("a recipient is an object with a name and a note")
    name, note = _text(raw.get("name")), _text(raw.get("note"))
    if name is None and note is None:
        return None
    if name is None:
        raise ValueError(f"the recipient with note {note!r} has no name")
    return {"name": name, "note": note}
