"""Blank every key path a reviewer rejected, so no export carries a value judged wrong.

A key path names a field of ``Record`` with dots: ``number.value``, ``signer.name``,
``recipients`` or one list item, ``recipients.2`` (``recipients[2]`` is read the same).
A rejected field gets its model default (null, an empty list, an empty string); a rejected
list item is removed. A rejected path that names a required field cannot be blanked and
raises ``RejectedFieldError``; a path that names nothing in the record is ignored.
"""

from __future__ import annotations

import re
import types
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from models.record import Record

_INDEX = re.compile(r"\[(\d+)\]")
_REMOVED = object()


class RejectedFieldError(ValueError):
    """A reviewer rejected a field the record cannot be without."""


def split_path(path: str) -> list[str]:
    return [part for part in _INDEX.sub(r".\1", path).split(".") if part]


def drop_rejected(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` (a record as JSON) with the paths in ``reviewed.rejected`` blanked, in place."""
    reviewed = data.get("reviewed") or {}
    rejected = [path for path in reviewed.get("rejected") or [] if split_path(path)]
    for path in rejected:
        _blank(data, Record, split_path(path), path)
    _strip_removed(data)
    provenance = data.get("provenance")
    if isinstance(provenance, dict):
        for key in list(provenance):
            if any(key == path or key.startswith(f"{path}.") for path in rejected):
                del provenance[key]
    return data


def _blank(data: dict[str, Any], model: type[BaseModel], parts: list[str], path: str) -> None:
    key, rest = parts[0], parts[1:]
    field = model.model_fields.get(key)
    if field is None or key not in data:
        return
    if not rest:
        data[key] = _default(field, path)
        return
    _blank_inside(data[key], field.annotation, rest, path)


def _blank_inside(value: Any, annotation: Any, parts: list[str], path: str) -> None:
    if value is None:
        return
    inner = _unwrap_optional(annotation)
    origin = get_origin(inner)
    if isinstance(value, dict) and isinstance(inner, type) and issubclass(inner, BaseModel):
        _blank(value, inner, parts, path)
    elif isinstance(value, list) and origin is list and parts[0].isdigit():
        index, rest = int(parts[0]), parts[1:]
        if index >= len(value):
            return
        if rest:
            _blank_inside(value[index], get_args(inner)[0], rest, path)
        else:
            value[index] = _REMOVED
    elif isinstance(value, dict) and origin is dict:
        joined = ".".join(parts)
        if joined in value:
            del value[joined]
        elif parts[0] in value and parts[1:]:
            _blank_inside(value[parts[0]], get_args(inner)[1], parts[1:], path)


def _unwrap_optional(annotation: Any) -> Any:
    if get_origin(annotation) in (Union, types.UnionType):
        args = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _default(field: FieldInfo, path: str) -> Any:
    if field.is_required():
        raise RejectedFieldError(f"rejected field {path!r} is required and cannot be left out")
    value = field.get_default(call_default_factory=True)
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


def _strip_removed(value: Any) -> None:
    if isinstance(value, dict):
        for item in value.values():
            _strip_removed(item)
    elif isinstance(value, list):
        value[:] = [item for item in value if item is not _REMOVED]
        for item in value:
            _strip_removed(item)
