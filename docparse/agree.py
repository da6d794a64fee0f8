"""Agree: one letter from several readings of a dusty scan.

A dusty page is read more than once, cleaned harder each time (pipeline, ``DUST_LEVELS``).
Dust one cleaning leaves, the next takes, and Tesseract's misreadings move with it: a value
two readings give alike is seldom a misreading. So, field by field, the first reading
stands where the parser is sure of it (no doubt, confident enough to leave out of review),
said when the other readings agree on another value; where it is not, a value that two
readings or more agree on is taken instead, with what that reading's parser said of it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from docparse.parse.common import Found, Letter
from docparse.record import REVIEW_CONFIDENCE, REVIEW_CONFIDENCE_OF

__all__ = ["agree"]


def agree(letters: list[Letter]) -> Letter:
    """The first reading's letter, with each field it is unsure of taken from the readings'
    majority where two or more agree, and each it is sure of said where they agree on
    another value."""
    first, *others = letters
    if not others:
        return first
    agreed = dict(first)
    for unit in _units(letters):
        values = [_value(letter, unit) for letter in letters]
        votes = [sum(v == other for other in values) if v is not None else 0 for v in values]
        best = max(range(len(letters)), key=lambda i: (votes[i], -i))
        if votes[best] < 2 or values[best] == values[0]:
            continue
        if _sure(first, unit):
            # Sure as the parser is, the other readings agree otherwise: said, kept.
            doubt = f"the dusty page's other readings agree on '{_shown(values[best])}'"
            for key in unit:
                agreed[key] = replace(first[key], doubts=[*first[key].doubts, doubt])
            continue
        doubt = f"{votes[best]} of the dusty page's {len(letters)} readings agree on it"
        if values[0] is not None:
            doubt += ", not the first"
        for key in unit:
            found: Found | None = letters[best].get(key)
            if found is None:
                agreed.pop(key, None)
            else:
                agreed[key] = replace(found, doubts=[*found.doubts, doubt])
    return agreed


def _shown(parts: tuple[Any, ...]) -> str:
    """A unit's value as a reviewer reads it: its parts' text, a list's items, a type's
    name."""

    def text(part: Any) -> str:
        if isinstance(part, list):
            return ", ".join(map(text, part))
        if isinstance(part, dict):
            return str(part.get("name", part))
        return str(getattr(part, "name", part))

    return "; ".join(text(p) for p in parts if p not in (None, "", []))


def _units(letters: list[Letter]) -> list[tuple[str, ...]]:
    """The fields that change together: a value read whole, first, and its parts ('number'
    with 'number.value' and 'number.symbol'), else each key alone."""
    keys = list(dict.fromkeys(key for letter in letters for key in letter))
    units: dict[str, list[str]] = {}
    for key in keys:
        head = key.split(".", 1)[0]
        units.setdefault(head if head in keys else key, []).append(key)
    return [tuple(sorted(unit, key=lambda k: k != name)) for name, unit in units.items()]


def _value(letter: Letter, unit: tuple[str, ...]) -> Any:
    """What a reading gives for a unit: its parts' values (a whole's also keeps the raw
    line, which differs by a speck), or the key's; None when it gives nothing."""
    keys = unit[1:] or unit
    values = tuple(letter[key].value if key in letter else None for key in keys)
    if all(v in (None, "", []) for v in values):
        return None
    return values


def _sure(letter: Letter, unit: tuple[str, ...]) -> bool:
    """Whether the parser leaves every part of the unit out of review: each read, without
    doubt, and confident enough."""
    return all(
        key in letter
        and not letter[key].doubts
        and letter[key].confidence >= REVIEW_CONFIDENCE_OF.get(key, REVIEW_CONFIDENCE)
        for key in unit
    )
