"""edXML (QCVN 102:2016/BTTTT): one ``<stem>.edxml`` package per document.

The ``MessageHeader`` is filled from the record, elements in the order of the public VPCP
sample package; an element with no value is left out, and so is every code whose list is
not known (``DocumentType/Type``, ``OtherInfo/Priority``, ``OrganId``, ``DocumentId``).
The scan is attached base64-encoded when it can be found and still has the SHA-256 the
record names; otherwise the package is written without it and a warning says why.
The package is not signed and carries no ``TraceHeaderList``: the sending gateway adds both.
"""

from __future__ import annotations

import base64
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import TypeAlias

from docparse.export.loading import ExportItem
from docparse.ingest import sha256_of
from docparse.output import safe_stem, write_bytes_atomic
from models.record import Record

NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
DEFAULT_NAME = "edxml"
SUFFIX = ".edxml"
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
ET.register_namespace("edXML", NAMESPACE)  # the prefix of the public sample packages

CONTENT_TYPES = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".txt": "text/plain",
}
# XML 1.0 forbids most control characters; OCR text can hold them.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

Child: TypeAlias = tuple[str, "str | list[Child] | None"]


def _q(tag: str) -> str:
    return f"{{{NAMESPACE}}}{tag}"


def xml_text(value: str) -> str:
    """NFC text with the characters XML 1.0 cannot hold removed."""
    return _NOT_XML.sub("", unicodedata.normalize("NFC", value))


def _add(parent: ET.Element, children: list[Child]) -> None:
    """Append ``(tag, text or children)``; no element for a null, empty or childless value."""
    for tag, value in children:
        if isinstance(value, list):
            element = ET.Element(_q(tag))
            _add(element, value)
            if len(element):
                parent.append(element)
        elif value is not None and xml_text(value).strip():
            ET.SubElement(parent, _q(tag)).text = xml_text(value)


def code_notation(record: Record) -> str | None:
    """The ký hiệu after the number: "NĐ-CP", or "2020/NĐ-CP" when the number has a year."""
    number = record.number
    if number.symbol is None:
        return None
    return f"{number.year}/{number.symbol}" if number.year else number.symbol


def message_header(record: Record) -> list[Child]:
    signer = record.signer
    return [
        (
            "From",
            [("OrganizationInCharge", record.issuer.parent), ("OrganName", record.issuer.name)],
        ),
        ("Code", [("CodeNumber", record.number.value), ("CodeNotation", code_notation(record))]),
        (
            "PromulgationInfo",
            [
                ("Place", record.place),
                ("PromulgationDate", record.date.strftime("%Y/%m/%d") if record.date else None),
            ],
        ),
        ("DocumentType", [("TypeName", record.document_type.name)]),
        ("Subject", record.subject),
        (
            "SignerInfo",
            [
                ("Competence", " ".join(signer.competence) or None),
                ("Position", signer.title),
                ("FullName", signer.name),
            ],
        ),
        ("OtherInfo", [("PageAmount", str(record.source.pages))]),
        ("ToPlaces", [("Place", recipient.name) for recipient in record.recipients]),
    ]


def build_package(record: Record, scan: Path | None) -> ET.Element:
    """The ``edXML`` element of one document; ``scan`` is attached when given."""
    root = ET.Element(_q("edXML"))
    envelope = ET.SubElement(root, _q("edXMLEnvelope"))
    header = ET.SubElement(envelope, _q("edXMLHeader"))
    _add(header, [("MessageHeader", message_header(record))])
    body = ET.SubElement(envelope, _q("edXMLBody"))
    manifest = ET.SubElement(body, _q("edXMLManifest"), version="1.0")
    if scan is None:
        return root
    content_id = f"cid:{record.source.sha256}"
    name = Path(record.source.file).name
    content_type = CONTENT_TYPES.get(scan.suffix.lower(), "application/octet-stream")
    reference: list[Child] = [
        ("ContentId", content_id),
        ("ContentType", content_type),
        ("AttachmentName", name),
    ]
    _add(manifest, [("Reference", reference)])
    attachment: list[Child] = [
        ("ContentId", content_id),
        ("AttachmentName", name),
        ("ContentType", content_type),
        ("ContentTransferEncoded", base64.b64encode(scan.read_bytes()).decode("ascii")),
    ]
    _add(root, [("AttachmentEncoded", [("Attachment", attachment)])])
    return root


def package_bytes(record: Record, scan: Path | None) -> bytes:
    root = build_package(record, scan)
    ET.indent(root)
    return (XML_DECLARATION + ET.tostring(root, encoding="unicode")).encode("utf-8")


def find_scan(item: ExportItem) -> Path | None:
    """The scan the record was read from: ``source.file`` as given (absolute, or relative to
    the working folder or to a folder above the record file) whose SHA-256 still matches."""
    given = Path(item.record.source.file)
    bases = [Path.cwd(), *item.path.resolve().parents]
    candidates = [given] if given.is_absolute() else [base / given for base in bases]
    seen: set[Path] = set()
    for candidate in candidates:
        if candidate in seen or not candidate.is_file():
            continue
        seen.add(candidate)
        if sha256_of(candidate) == item.record.source.sha256.lower():
            return candidate
    return None


def package_path(stem: str, dest: Path, taken: set[Path]) -> Path:
    """``dest/<folders>/<name>.edxml`` from the record's stem, each part made safe; unique."""
    parts = [safe_stem(part) for part in stem.split("/")]
    base = dest.joinpath(*parts[:-1]) / parts[-1]
    candidate, n = base.with_name(base.name + SUFFIX), 2
    while candidate in taken:
        candidate, n = base.with_name(f"{base.name}-{n}{SUFFIX}"), n + 1
    taken.add(candidate)
    return candidate


def write(items: Sequence[ExportItem], dest: Path) -> list[str]:
    """Write one package per item under the folder ``dest``; return a warning per missing scan."""
    warnings: list[str] = []
    taken: set[Path] = set()
    for item in items:
        scan = find_scan(item)
        if scan is None:
            warnings.append(
                f"{item.stem}: scan {item.record.source.file!r} not found, or changed since the "
                "parse (SHA-256 differs); package written without the attachment"
            )
        target = package_path(item.stem, dest, taken)
        write_bytes_atomic(target, package_bytes(item.record, scan))
    return warnings
