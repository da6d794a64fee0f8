"""A record against its expected values: which fields are right, missing, wrong or silent.

Rules (issue 3): text is compared after Unicode NFC with white space collapsed, case kept;
lists as whole lists, in order; ``recipients`` by name. A value is

- **right**: equal to the expected value (both empty counts as equal);
- **missing**: the record has nothing (null, "" or []) where a value is expected;
- **wrong**: a different value, or a value where none is expected.

A missing or wrong value is a **silent error** unless the record lists it in ``review`` (a
review item whose ``field`` is the key path or a prefix of it: "incoming" covers
"incoming.date"). A handwritten value counts as right when read right or listed in review.
A document that failed to parse (no record) has every field missing and none silent.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# Key paths of models.record.Record that the bench compares, in report order.
FIELDS: tuple[str, ...] = (
    "document_type.kind",
    "issuer.name",
    "issuer.parent",
    "number.value",
    "number.year",
    "number.symbol",
    "place",
    "date",
    "subject",
    "addressees",
    "signer.authority",
    "signer.title",
    "signer.name",
    "recipients",
    "archive",
    "urgency",
    "secrecy",
    "incoming.organization",
    "incoming.number",
    "incoming.date",
    "incoming.forwarded_to",
    "legal_references",
)
# The fields the "core fields right" target counts.
CORE_FIELDS: tuple[str, ...] = (
    "document_type.kind",
    "issuer.name",
    "number.value",
    "number.symbol",
    "date",
    "subject",
    "signer.name",
)
# Keys of a real scan's ``.gold.json`` → record key paths (/work/shared/real/README.md).
GOLD_KEYS: dict[str, str] = {
    "document_type": "document_type.kind",
    "issuer": "issuer.name",
    "parent_issuer": "issuer.parent",
    "number": "number.value",
    "symbol": "number.symbol",
    "year_in_number": "number.year",
    "place": "place",
    "date": "date",
    "subject": "subject",
    "addressees": "addressees",
    "signer_authority": "signer.authority",
    "signer_title": "signer.title",
    "signer_name": "signer.name",
    "recipients": "recipients",
    "archive": "archive",
    "urgency": "urgency",
    "incoming_number": "incoming.number",
    "incoming_date": "incoming.date",
}

RIGHT, MISSING, WRONG = "right", "missing", "wrong"


class _Absent:
    """The key path does not exist (unlike a key holding null)."""


ABSENT = _Absent()


@dataclass(frozen=True)
class FieldResult:
    field: str  # record key path
    status: str  # RIGHT, MISSING or WRONG
    silent: bool  # missing or wrong, and not listed in review
    expected: Any  # normalised
    actual: Any  # normalised
    in_review: bool = False
    handwritten: bool = False


def value_at(data: Any, path: str) -> Any:
    """The value under a dotted key path; ``ABSENT`` when a key is missing, None under null."""
    node = data
    for part in path.split("."):
        if node is None:
            return None
        if not isinstance(node, dict) or part not in node:
            return ABSENT
        node = node[part]
    return node


def normalise(value: Any) -> Any:
    """NFC text with white space collapsed; empty values as None; lists item by item."""
    if value is None or isinstance(value, _Absent):
        return None
    if isinstance(value, list):
        items = [normalise(_item_name(v)) for v in value]
        return items or None
    text = " ".join(unicodedata.normalize("NFC", str(value)).split())
    return text or None


def _item_name(item: Any) -> Any:
    """A recipient is compared by its name: ``{"name": …, "note": …}`` → the name."""
    return item.get("name") if isinstance(item, dict) else item


def in_review(record: dict[str, Any], path: str) -> bool:
    for item in record.get("review") or []:
        flagged = str(item.get("field", "")) if isinstance(item, dict) else ""
        if flagged and (path == flagged or path.startswith(flagged + ".")):
            return True
    return False


def compare_record(record: dict[str, Any] | None, expected: dict[str, Any]) -> list[FieldResult]:
    """Compare each field of FIELDS that ``expected`` has (minus its ``not_on_page``).

    ``expected`` is keyed like the record, with optional ``handwritten`` and ``not_on_page``
    lists of key paths; ``record`` is None when the document failed to parse.
    """
    handwritten = set(expected.get("handwritten") or [])
    skipped = set(expected.get("not_on_page") or [])
    results = []
    for path in FIELDS:
        wanted = value_at(expected, path)
        if isinstance(wanted, _Absent) or path in skipped:
            continue
        want = normalise(wanted)
        if record is None:
            results.append(
                FieldResult(path, MISSING, False, want, None, False, path in handwritten)
            )
            continue
        got = normalise(value_at(record, path))
        if want == got:
            status = RIGHT
        elif got is None:
            status = MISSING
        else:
            status = WRONG
        reviewed = in_review(record, path)
        if path in handwritten and reviewed:
            status = RIGHT
        silent = status != RIGHT and not reviewed
        results.append(FieldResult(path, status, silent, want, got, reviewed, path in handwritten))
    return results


def gold_to_expected(gold: dict[str, Any]) -> dict[str, Any]:
    """A real scan's ``.gold.json`` in the record's shape, with mapped key-path lists."""
    expected: dict[str, Any] = {}
    for key, path in GOLD_KEYS.items():
        if key not in gold:
            continue
        node = expected
        *parents, leaf = path.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = gold[key]
    expected["handwritten"] = [
        GOLD_KEYS[k] for k in gold.get("handwritten") or [] if k in GOLD_KEYS
    ]
    expected["not_on_page"] = [
        GOLD_KEYS[k] for k in gold.get("not_on_page") or [] if k in GOLD_KEYS
    ]
    return expected


@dataclass
class FieldStats:
    values: int = 0
    right: int = 0
    missing: int = 0
    wrong: int = 0
    silent: int = 0
    handwritten: int = 0
    handwritten_right: int = 0

    def add(self, result: FieldResult) -> None:
        self.values += 1
        self.right += result.status == RIGHT
        self.missing += result.status == MISSING
        self.wrong += result.status == WRONG
        self.silent += result.silent
        self.handwritten += result.handwritten
        self.handwritten_right += result.handwritten and result.status == RIGHT

    @property
    def accuracy(self) -> float:
        return 100.0 * self.right / self.values if self.values else 0.0


@dataclass
class SetSummary:
    documents: int = 0
    failed: int = 0
    fields: dict[str, FieldStats] = field(default_factory=dict)
    core_values: int = 0  # printed (not handwritten) values of the core fields
    core_right: int = 0
    values: int = 0
    silent: int = 0
    handwritten: int = 0
    handwritten_right: int = 0

    @property
    def core_accuracy(self) -> float:
        return 100.0 * self.core_right / self.core_values if self.core_values else 0.0

    @property
    def silent_rate(self) -> float:
        return 100.0 * self.silent / self.values if self.values else 0.0


def tally(documents: Iterable[tuple[bool, list[FieldResult]]]) -> SetSummary:
    """Sum (parsed?, results) per document into per-field and per-set figures."""
    summary = SetSummary()
    for parsed, results in documents:
        summary.documents += 1
        summary.failed += not parsed
        for result in results:
            summary.fields.setdefault(result.field, FieldStats()).add(result)
            summary.values += 1
            summary.silent += result.silent
            summary.handwritten += result.handwritten
            summary.handwritten_right += result.handwritten and result.status == RIGHT
            if result.field in CORE_FIELDS and not result.handwritten:
                summary.core_values += 1
                summary.core_right += result.status == RIGHT
    summary.fields = {f: summary.fields[f] for f in FIELDS if f in summary.fields}
    return summary
