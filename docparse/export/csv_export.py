"""CSV: one row per document, flat columns, for a spreadsheet or a one-off audit.

The file is UTF-8 with a byte-order mark (``utf-8-sig``) so that spreadsheet programs open
Vietnamese text right, with CRLF line ends; text is NFC. Lists (recipients, archive, key
paths…) are joined with " | ".

Formula injection: every value comes from the page, which is untrusted. A cell that begins
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'`` so that no
spreadsheet runs it as a formula (recipients, which start with "-" on the page, are stored
without the dash, so they are not affected in practice).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from docparse.export.loading import ExportItem
from docparse.output import write_bytes_atomic
from models.record import IncomingStamp, Recipient

DEFAULT_NAME = "records.csv"
JOIN = " | "
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | None

COLUMNS = (
    "record",
    "form",
    "review_status",
    "document_type",
    "type_name",
    "issuer",
    "issuer_parent",
    "number_raw",
    "number",
    "number_year",
    "number_symbol",
    "place",
    "date",
    "subject",
    "addressees",
    "signer_authority",
    "signer_competence",
    "signer_title",
    "signer_name",
    "recipients",
    "archive",
    "urgency",
    "secrecy",
    "incoming_organization",
    "incoming_number",
    "incoming_date",
    "in_review_count",
    "in_review_fields",
    "rejected_fields",
    "pages",
    "source_file",
    "source_sha256",
    "schema_version",
)


def _joined(values: Iterable[str]) -> str:
    return JOIN.join(values)


def _recipient(recipient: Recipient) -> str:
    return f"{recipient.name} ({recipient.note})" if recipient.note else recipient.name


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


def values(item: ExportItem) -> dict[str, Cell]:
    """The row of one document, column name to value, in column order."""
    record = item.record
    incoming = record.incoming or IncomingStamp()
    reviewed = record.reviewed
    return {
        "record": item.stem,
        "form": item.form,
        "review_status": reviewed.status if reviewed else None,
        "document_type": record.document_type.kind.value,
        "type_name": record.document_type.name,
        "issuer": record.issuer.name,
        "issuer_parent": record.issuer.parent,
        "number_raw": record.number.raw,
        "number": record.number.value,
        "number_year": record.number.year,
        "number_symbol": record.number.symbol,
        "place": record.place,
        "date": _iso(record.date),
        "subject": record.subject,
        "addressees": _joined(record.addressees),
        "signer_authority": record.signer.authority,
        "signer_competence": _joined(record.signer.competence),
        "signer_title": record.signer.title,
        "signer_name": record.signer.name,
        "recipients": _joined(_recipient(r) for r in record.recipients),
        "archive": _joined(record.archive),
        "urgency": record.urgency,
        "secrecy": record.secrecy,
        "incoming_organization": incoming.organization,
        "incoming_number": incoming.number,
        "incoming_date": _iso(incoming.date),
        "in_review_count": len(record.review),
        "in_review_fields": _joined(review.field for review in record.review),
        "rejected_fields": _joined(reviewed.rejected) if reviewed else None,
        "pages": record.source.pages,
        "source_file": record.source.file,
        "source_sha256": record.source.sha256,
        "schema_version": record.schema_version,
    }


def safe_cell(value: Cell) -> str:
    """The value as spreadsheet-safe NFC text: a would-be formula gets a leading '."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def row(item: ExportItem) -> dict[str, str]:
    return {column: safe_cell(value) for column, value in values(item).items()}


def write(items: Sequence[ExportItem], dest: Path) -> list[str]:
    """Write ``dest`` atomically; CSV has nothing to warn about, so the list is empty."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n", extrasaction="raise")
    writer.writeheader()
    writer.writerows(row(item) for item in items)
    write_bytes_atomic(dest, buffer.getvalue().encode("utf-8-sig"))
    return []
