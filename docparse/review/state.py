"""Where a document's review stands, from its machine record and its decisions.

A field's state is its latest decision: accepted (the machine value stands), corrected (the
reviewer's value), rejected (no value; exports leave it out), or open. A document is ``new``
with no decision, ``approved`` when its latest decision is an approval, else ``in_review``.
"""

from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field
from typing import Any

from docparse.export.rejected import drop_rejected
from docparse.review.documents import Document
from docparse.review.fields import FIELDS, FieldSpec, get_value, set_value, spec_for
from docparse.review.store import Decision
from docparse.text import fold
from models.record import Record

STATUSES = ("new", "in_review", "approved")


@dataclass(frozen=True)
class FieldState:
    key: str
    label: str
    editor: str
    required: bool
    flagged: bool
    reasons: list[str]
    machine: Any  # the value docparse read
    value: Any  # the value now: the machine's, the reviewer's, or None when rejected
    action: str | None  # accept, correct, reject; None while open
    by: str | None
    at: str | None
    provenance: dict[str, Any] | None  # page, bbox, confidence

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class QueueEntry:
    id: str
    status: str
    open_flags: int  # flagged fields without a decision
    flags: int
    warnings: int
    type_kind: str
    type_name: str
    number: str
    date: str
    issuer: str
    subject: str
    search_text: str = field(repr=False)


def latest_by_field(decisions: list[Decision]) -> dict[str, Decision]:
    latest: dict[str, Decision] = {}
    for decision in decisions:
        if decision.action != "approve":
            latest[decision.field] = decision
    return latest


def status_of(decisions: list[Decision]) -> str:
    if not decisions:
        return "new"
    return "approved" if decisions[-1].action == "approve" else "in_review"


def reviewed_keys(data: dict[str, Any]) -> list[FieldSpec]:
    """The fields of a record to review: flagged ones first, each group in reading order."""
    flagged = _reasons(data)
    specs = [spec for key in flagged if (spec := spec_for(key, data)) is not None]
    known = {spec.key for spec in FIELDS}
    extra = [spec for spec in specs if spec.key not in known]
    ordered = [spec for spec in FIELDS if spec.key in flagged] + extra
    return ordered + [spec for spec in FIELDS if spec.key not in flagged]


def field_states(document: Document, decisions: list[Decision]) -> list[FieldState]:
    data = document.data
    reasons = _reasons(data)
    latest = latest_by_field(decisions)
    provenance = data.get("provenance") or {}
    states = []
    for spec in reviewed_keys(data):
        machine = get_value(data, spec.key)
        decision = latest.get(spec.key)
        value = machine
        if decision is not None and decision.action != "accept":
            value = decision.new_value
        states.append(
            FieldState(
                key=spec.key,
                label=spec.label,
                editor=spec.editor.value,
                required=spec.required,
                flagged=spec.key in reasons,
                reasons=reasons.get(spec.key, []),
                machine=machine,
                value=value,
                action=decision.action if decision else None,
                by=decision.reviewer if decision else None,
                at=decision.at if decision else None,
                provenance=_provenance_of(provenance, spec.key),
            )
        )
    return states


def reviewed_form(document: Document, decisions: list[Decision]) -> dict[str, Any]:
    """The full record with the corrections made, rejected fields blanked, ``reviewed`` set."""
    data = copy.deepcopy(document.data)
    latest = latest_by_field(decisions)
    lists: dict[str, list[str]] = {"accept": [], "correct": [], "reject": []}
    for spec in reviewed_keys(data):
        decision = latest.get(spec.key)
        if decision is None:
            continue
        lists[decision.action].append(spec.key)
        if decision.action == "correct":
            set_value(data, spec.key, decision.new_value)
    last = decisions[-1]
    data["reviewed"] = {
        "status": "approved" if status_of(decisions) == "approved" else "in_review",
        "reviewer": last.reviewer,
        "at": last.at,
        "accepted": lists["accept"],
        "corrected": lists["correct"],
        "rejected": lists["reject"],
    }
    return Record.model_validate(drop_rejected(data)).model_dump(mode="json")


def queue_entry(document: Document, decisions: list[Decision]) -> QueueEntry:
    record = document.record
    latest = latest_by_field(decisions)
    flagged = _reasons(document.data)
    number = record.number
    shown_number = "/".join(p for p in (number.value, number.symbol) if p) or number.raw or ""
    issuer = record.issuer.name or ""
    subject = record.subject or ""
    words = (document.id, shown_number, issuer, subject, record.document_type.name)
    return QueueEntry(
        id=document.id,
        status=status_of(decisions),
        open_flags=sum(1 for key in flagged if key not in latest),
        flags=len(flagged),
        warnings=len(record.warnings),
        type_kind=record.document_type.kind.value,
        type_name=record.document_type.name,
        number=shown_number,
        date=record.date.isoformat() if record.date else "",
        issuer=issuer,
        subject=subject,
        search_text=fold(" ".join(words)),
    )


def queue_order(entry: QueueEntry) -> tuple[Any, ...]:
    """Most in need first: not approved, most flagged fields still open, most warnings."""
    return (entry.status == "approved", -entry.open_flags, -entry.warnings, entry.id)


def matches(entry: QueueEntry, status: str, kind: str, query: str) -> bool:
    return (
        (not status or entry.status == status)
        and (not kind or entry.type_kind == kind)
        and all(word in entry.search_text for word in fold(query).split())
    )


def _reasons(data: dict[str, Any]) -> dict[str, list[str]]:
    reasons: dict[str, list[str]] = {}
    for item in data.get("review") or []:
        reasons.setdefault(str(item.get("field")), []).append(str(item.get("reason")))
    return reasons


def _provenance_of(provenance: dict[str, Any], key: str) -> dict[str, Any] | None:
    """The box of ``key``, or of the nearest enclosing key that has one (``number``)."""
    parts = key.split(".")
    while parts:
        found = provenance.get(".".join(parts))
        if found is not None:
            return found
        parts.pop()
    return None
