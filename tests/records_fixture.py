"""Hand-made records for the schema and export tests: realistic, independent of the pipeline."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from models.record import Record

UBND = "Ủy ban nhân dân"


def record_data(source_file: str = "scans/cv-323.png", scan: bytes = b"scan") -> dict:
    """A công văn of a provincial department, as ``docparse parse --out`` writes it."""
    return {
        "schema_version": "1.0",
        "docparse_version": "0.1.0",
        "source": {
            "file": source_file,
            "sha256": hashlib.sha256(scan).hexdigest(),
            "pages": 2,
            "kind": "image",
            "page_info": [
                {"number": 1, "width": 2480, "height": 3508, "dpi": 300, "rotation": 0},
                {"number": 2, "width": 2480, "height": 3508, "dpi": 300, "rotation": 0},
            ],
        },
        "document_type": {"kind": "cong_van", "name": "Công văn"},
        "issuer": {
            "name": "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
            "parent": f"{UBND.upper()} TỈNH THANH HÓA",
        },
        "number": {
            "raw": "Số: 323/STTTT-TTBCXB",
            "value": "323",
            "year": None,
            "symbol": "STTTT-TTBCXB",
            "type_abbreviation": None,
            "issuing_body": "STTTT",
            "drafting_unit": "TTBCXB",
        },
        "place": "Thanh Hóa",
        "date": "2024-03-05",
        "subject": "Tăng cường công tác quản lý thông tin trên mạng",
        "addressees": [f"{UBND} các huyện, thị xã, thành phố"],
        "signer": {
            "authority": "KT",
            "title": "PHÓ GIÁM ĐỐC",
            "name": "Nguyễn Văn Hùng",
            "competence": ["KT. GIÁM ĐỐC"],
        },
        "recipients": [
            {"name": "Như trên", "note": None},
            {"name": f"{UBND} tỉnh", "note": "b/c"},
            {"name": "Giám đốc Sở", "note": None},
        ],
        "archive": ["VT", "TTBCXB"],
        "urgency": "KHẨN",
        "secrecy": None,
        "incoming": {
            "organization": "UBND HUYỆN NGA SƠN",
            "number": "1024",
            "date": "2024-03-07",
            "forwarded_to": None,
            "file_ref": None,
        },
        "legal_references": ["Nghị định số 72/2013/NĐ-CP"],
        "e_signatures": [],
        "body": "Thực hiện Nghị định số 72/2013/NĐ-CP …",
        "provenance": {
            "number.value": {"page": 1, "bbox": [300, 520, 900, 580], "confidence": 0.93},
            "signer.name": {"page": 2, "bbox": [1500, 1900, 2100, 1960], "confidence": 0.71},
        },
        "review": [{"field": "signer.name", "reason": "low OCR confidence"}],
        "warnings": [],
        "reviewed": None,
    }


def make_record(**changes: object) -> Record:
    data = record_data()
    data.update(changes)
    return Record.model_validate(data)


def write_record(path: Path, data: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def reviewed_data(rejected: list[str], **changes: object) -> dict:
    """The reviewed form of ``record_data()``: some fields corrected, ``rejected`` judged wrong."""
    data = record_data()
    data.update(changes)
    data["reviewed"] = {
        "status": "approved",
        "reviewer": "qa1",
        "at": "2024-03-10T09:30:00+07:00",
        "accepted": ["number.value"],
        "corrected": ["signer.name"],
        "rejected": rejected,
    }
    return data
