"""``docparse export``: JSONL, CSV and edXML from an output folder, with and without review."""

from __future__ import annotations

import base64
import csv
import io
import json
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator
from records_fixture import UBND, record_data, reviewed_data, write_record

from docparse.export import FORMATS, csv_export, edxml, jsonl, load_records
from docparse.export.cli import export_command
from docparse.export.loading import ExportItem
from docparse.export.rejected import drop_rejected
from docparse.schema import schema_path
from models.record import Record

NS = {"e": edxml.NAMESPACE}
SCAN = b"\x89PNG fake scan bytes"
REJECTED = ["signer.title", "recipients.1", "subject", "incoming.date"]
CORRECTED_NAME = "Nguyễn Văn Hưng"


def _decision() -> dict:
    data = record_data(scan=SCAN)
    data.update(
        document_type={"kind": "quyet_dinh", "name": "Quyết định"},
        number={"raw": "Số: 15/2024/QĐ-UBND", "value": "15", "year": "2024", "symbol": "QĐ-UBND"},
        issuer={"name": "ỦY BAN NHÂN DÂN TỈNH THANH HÓA", "parent": None},
        subject="Về việc phê duyệt kế hoạch",
        signer={
            "authority": "KT",
            "title": "PHÓ CHỦ TỊCH",
            "name": "Lê Thị Mai",
            "competence": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
        },
        recipients=[{"name": "Như Điều 3", "note": None}, {"name": "Lưu trữ tỉnh", "note": None}],
        urgency=None,
        incoming=None,
    )
    data["source"]["file"] = "scans/qd 15.pdf"
    return data


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """An output folder as parse/batch and the review app leave it, the scans beside it."""
    (tmp_path / "scans").mkdir()
    (tmp_path / "scans" / "cv-323.png").write_bytes(SCAN)
    (tmp_path / "scans" / "qd 15.pdf").write_bytes(SCAN)
    out = tmp_path / "out"
    write_record(out / "cv-323.json", record_data(scan=SCAN))
    reviewed = reviewed_data(REJECTED, signer={**record_data()["signer"], "name": CORRECTED_NAME})
    reviewed["source"]["sha256"] = record_data(scan=SCAN)["source"]["sha256"]
    write_record(out / "cv-323.reviewed.json", reviewed)
    write_record(out / "sub" / "qd-15.json", _decision())
    (out / "manifest.jsonl").write_text('{"file": "scans/cv-323.png", "ok": true}\n')
    (out / "review.sqlite").write_bytes(b"SQLite format 3\x00")
    (out / ".cv-323.json.x1y2.tmp").write_text("{half")
    write_record(out / ".trash" / "old.json", {"not": "a record"})
    return out


def _items(out: Path, reviewed: bool = False) -> list[ExportItem]:
    loaded = load_records(out, reviewed=reviewed)
    assert loaded.errors == []
    return loaded.items


def test_load_finds_records_recursively_and_skips_the_rest(out_dir: Path) -> None:
    items = _items(out_dir)
    assert [(i.stem, i.form) for i in items] == [("cv-323", "machine"), ("sub/qd-15", "machine")]
    assert items[0].record.signer.name == "Nguyễn Văn Hùng"


def test_load_reviewed_prefers_the_reviewed_form(out_dir: Path) -> None:
    items = _items(out_dir, reviewed=True)
    assert [(i.stem, i.form) for i in items] == [("cv-323", "reviewed"), ("sub/qd-15", "machine")]
    record = items[0].record
    assert record.signer.name == CORRECTED_NAME
    assert record.signer.title is None
    assert record.subject is None
    assert [r.name for r in record.recipients] == ["Như trên", "Giám đốc Sở"]
    assert record.incoming is not None and record.incoming.date is None
    assert record.incoming.number == "1024"


def test_load_names_each_unreadable_record(out_dir: Path) -> None:
    (out_dir / "sub" / "broken.json").write_text("{not json", encoding="utf-8")
    write_record(out_dir / "sub" / "alien.json", {"schema_version": "1.0", "colour": "red"})
    loaded = load_records(out_dir, reviewed=False)
    assert [i.stem for i in loaded.items] == ["cv-323", "sub/qd-15"]
    assert len(loaded.errors) == 2
    assert loaded.errors[0].startswith("sub/alien.json: not a record of schema 1.0")
    assert loaded.errors[1].startswith("sub/broken.json: not JSON")


def test_rejecting_a_required_field_is_an_error(out_dir: Path) -> None:
    write_record(out_dir / "cv-323.reviewed.json", reviewed_data(["source.file"]))
    loaded = load_records(out_dir, reviewed=True)
    assert [i.stem for i in loaded.items] == ["sub/qd-15"]
    assert "source.file" in loaded.errors[0] and "required" in loaded.errors[0]


def test_drop_rejected_paths() -> None:
    data = reviewed_data(["recipients[0]", "recipients.2", "archive", "provenance", "issuer"])
    data["reviewed"]["rejected"] += ["signer.name", "no.such.field", "recipients.9"]
    dropped = drop_rejected(data)
    assert [r["name"] for r in dropped["recipients"]] == [f"{UBND} tỉnh"]
    assert dropped["archive"] == []
    assert dropped["provenance"] == {}
    assert dropped["issuer"] == {"name": None, "parent": None}
    assert dropped["signer"]["name"] is None
    Record.model_validate(dropped)


def test_drop_rejected_also_drops_provenance_of_the_field() -> None:
    dropped = drop_rejected(reviewed_data(["number.value"]))
    assert dropped["number"]["value"] is None
    assert "number.value" not in dropped["provenance"]
    assert "signer.name" in dropped["provenance"]


# JSONL ---------------------------------------------------------------------------------------


def test_jsonl_round_trips_and_validates(out_dir: Path, tmp_path: Path) -> None:
    items = _items(out_dir)
    dest = tmp_path / "x" / "records.jsonl"
    assert jsonl.write(items, dest) == []
    lines = dest.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    for line, item in zip(lines, items, strict=True):
        assert Record.model_validate_json(line) == item.record
        Draft202012Validator(schema).validate(json.loads(line))
    assert "Nguyễn Văn Hùng" in lines[0]  # not \u escapes


def test_jsonl_keeps_one_record_a_line() -> None:
    data = record_data()
    data["body"] = "dòng một\u2028dòng hai\u0085\u2029\nhết"
    item = ExportItem(Record.model_validate(data), "x", Path("x.json"), "machine")
    line = jsonl.record_line(item)
    assert len(line.splitlines()) == 1
    assert Record.model_validate_json(line).body == data["body"]


# CSV -----------------------------------------------------------------------------------------


def _read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM, for spreadsheets
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_one_row_per_document_with_vietnamese_text(out_dir: Path, tmp_path: Path) -> None:
    dest = tmp_path / "records.csv"
    csv_export.write(_items(out_dir), dest)
    rows = _read_csv(dest)
    assert list(rows[0]) == list(csv_export.COLUMNS)
    first, second = rows
    assert first["issuer_parent"] == f"{UBND.upper()} TỈNH THANH HÓA"
    assert first["addressees"] == f"{UBND} các huyện, thị xã, thành phố"
    assert first["recipients"] == f"Như trên | {UBND} tỉnh (b/c) | Giám đốc Sở"
    assert unicodedata.is_normalized("NFC", first["addressees"])
    assert (first["number"], first["number_symbol"], first["date"]) == (
        "323",
        "STTTT-TTBCXB",
        "2024-03-05",
    )
    assert (first["signer_authority"], first["signer_title"]) == ("KT", "PHÓ GIÁM ĐỐC")
    assert (first["incoming_number"], first["incoming_date"]) == ("1024", "2024-03-07")
    assert (first["in_review_count"], first["in_review_fields"]) == ("1", "signer.name")
    assert (first["form"], first["source_file"]) == ("machine", "scans/cv-323.png")
    assert (second["record"], second["number_year"], second["incoming_date"]) == (
        "sub/qd-15",
        "2024",
        "",
    )


def test_csv_text_is_nfc() -> None:
    data = record_data()
    data["subject"] = unicodedata.normalize("NFD", "Ủy ban nhân dân")
    item = ExportItem(Record.model_validate(data), "x", Path("x.json"), "machine")
    assert csv_export.row(item)["subject"] == "Ủy ban nhân dân"


@pytest.mark.parametrize(
    "text", ['=HYPERLINK("http://evil","Bấm")', "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
)
def test_csv_neutralises_formulas(text: str, tmp_path: Path) -> None:
    data = record_data()
    data["subject"] = text
    data["recipients"] = [{"name": text, "note": None}]
    item = ExportItem(Record.model_validate(data), "x", Path("x.json"), "machine")
    csv_export.write([item], tmp_path / "r.csv")
    row = _read_csv(tmp_path / "r.csv")[0]
    assert row["subject"] == f"'{text}"
    assert row["recipients"] == f"'{text}"
    assert csv_export.safe_cell("Số 5 = năm") == "Số 5 = năm"


# edXML ---------------------------------------------------------------------------------------


def _header(path: Path) -> ET.Element:
    root = ET.parse(path).getroot()
    assert root.tag == f"{{{edxml.NAMESPACE}}}edXML"
    header = root.find("e:edXMLEnvelope/e:edXMLHeader/e:MessageHeader", NS)
    assert header is not None
    return header


def _text(header: ET.Element, path: str) -> str | None:
    return header.findtext(path, namespaces=NS)


def test_edxml_header_matches_the_record(out_dir: Path, tmp_path: Path) -> None:
    items = _items(out_dir)
    dest = tmp_path / "edxml"
    assert edxml.write(items, dest) == []
    record = items[0].record
    header = _header(dest / "cv-323.edxml")
    assert _text(header, "e:From/e:OrganName") == record.issuer.name
    assert _text(header, "e:From/e:OrganizationInCharge") == f"{UBND.upper()} TỈNH THANH HÓA"
    assert _text(header, "e:Code/e:CodeNumber") == "323"
    assert _text(header, "e:Code/e:CodeNotation") == "STTTT-TTBCXB"
    assert _text(header, "e:PromulgationInfo/e:Place") == "Thanh Hóa"
    assert _text(header, "e:PromulgationInfo/e:PromulgationDate") == "2024/03/05"
    assert _text(header, "e:DocumentType/e:TypeName") == "Công văn"
    assert header.find("e:DocumentType/e:Type", NS) is None  # code list unverified
    assert _text(header, "e:Subject") == record.subject
    assert _text(header, "e:SignerInfo/e:Competence") == "KT. GIÁM ĐỐC"
    assert _text(header, "e:SignerInfo/e:Position") == "PHÓ GIÁM ĐỐC"
    assert _text(header, "e:SignerInfo/e:FullName") == "Nguyễn Văn Hùng"
    assert [p.text for p in header.findall("e:ToPlaces/e:Place", NS)] == [
        r.name for r in record.recipients
    ]
    assert _text(header, "e:OtherInfo/e:PageAmount") == "2"
    assert header.find("e:OtherInfo/e:Priority", NS) is None  # urgency present, code unverified
    assert header.find("e:From/e:OrganId", NS) is None


def test_edxml_attaches_the_scan(out_dir: Path, tmp_path: Path) -> None:
    edxml.write(_items(out_dir), tmp_path / "edxml")
    root = ET.parse(tmp_path / "edxml" / "cv-323.edxml").getroot()
    reference = root.find("e:edXMLEnvelope/e:edXMLBody/e:edXMLManifest/e:Reference", NS)
    attachment = root.find("e:AttachmentEncoded/e:Attachment", NS)
    assert reference is not None and attachment is not None
    cid = reference.findtext("e:ContentId", namespaces=NS)
    assert cid and cid == attachment.findtext("e:ContentId", namespaces=NS)
    assert attachment.findtext("e:AttachmentName", namespaces=NS) == "cv-323.png"
    assert attachment.findtext("e:ContentType", namespaces=NS) == "image/png"
    encoded = attachment.findtext("e:ContentTransferEncoded", namespaces=NS) or ""
    assert base64.b64decode(encoded) == SCAN


def test_edxml_of_a_decision_in_a_subfolder(out_dir: Path, tmp_path: Path) -> None:
    edxml.write(_items(out_dir), tmp_path / "edxml")
    header = _header(tmp_path / "edxml" / "sub" / "qd-15.edxml")
    assert _text(header, "e:Code/e:CodeNotation") == "2024/QĐ-UBND"
    assert _text(header, "e:SignerInfo/e:Competence") == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"
    assert header.find("e:From/e:OrganizationInCharge", NS) is None  # no parent body
    root = ET.parse(tmp_path / "edxml" / "sub" / "qd-15.edxml").getroot()
    assert root.findtext("e:AttachmentEncoded/e:Attachment/e:ContentType", namespaces=NS) == (
        "application/pdf"
    )


def test_edxml_without_the_scan_warns_and_writes(out_dir: Path, tmp_path: Path) -> None:
    (out_dir.parent / "scans" / "cv-323.png").write_bytes(b"another scan")
    (out_dir.parent / "scans" / "qd 15.pdf").unlink()
    warnings = edxml.write(_items(out_dir), tmp_path / "edxml")
    assert len(warnings) == 2 and warnings[0].startswith("cv-323: scan 'scans/cv-323.png'")
    root = ET.parse(tmp_path / "edxml" / "cv-323.edxml").getroot()
    assert root.find("e:AttachmentEncoded", NS) is None
    assert _text(_header(tmp_path / "edxml" / "cv-323.edxml"), "e:Code/e:CodeNumber") == "323"


def test_edxml_escapes_untrusted_text_and_drops_control_characters(tmp_path: Path) -> None:
    data = record_data()
    data["subject"] = 'V/v <script>&"x"</script>\x0c\x00 ]]> hết'
    data["recipients"] = [{"name": "</edXML:Place><evil/>", "note": None}]
    item = ExportItem(Record.model_validate(data), "../../etc/pass wd", Path("x.json"), "machine")
    edxml.write([item], tmp_path / "edxml")
    written = list((tmp_path / "edxml").rglob("*.edxml"))
    assert [p.relative_to(tmp_path / "edxml").as_posix() for p in written] == [
        "document/document/etc/pass_wd.edxml"  # never outside the destination
    ]
    header = _header(written[0])
    assert _text(header, "e:Subject") == 'V/v <script>&"x"</script> ]]> hết'
    assert _text(header, "e:ToPlaces/e:Place") == "</edXML:Place><evil/>"


def test_edxml_names_stay_unique(tmp_path: Path) -> None:
    record = Record.model_validate(record_data())
    items = [ExportItem(record, stem, Path("x.json"), "machine") for stem in ("a b", "a_b", "a?b")]
    edxml.write(items, tmp_path)
    assert sorted(p.name for p in tmp_path.glob("*.edxml")) == [
        "a_b-2.edxml",
        "a_b-3.edxml",
        "a_b.edxml",
    ]


# --reviewed in every format -------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_reviewed_exports_leave_rejected_fields_out(name: str, out_dir: Path) -> None:
    result = CliRunner().invoke(export_command, [str(out_dir), "--format", name, "--reviewed"])
    assert result.exit_code == 0, result.output
    assert "1 reviewed, 1 machine records" in result.output
    assert "sub/qd-15: no reviewed form, machine record used" in result.output
    dest = out_dir / "export" / FORMATS[name].DEFAULT_NAME
    files = sorted(dest.rglob("*.edxml")) if dest.is_dir() else [dest]
    text = "\n".join(p.read_text(encoding="utf-8-sig") for p in files)
    for rejected in ("PHÓ GIÁM ĐỐC", "Tăng cường công tác quản lý", f"{UBND} tỉnh", "2024-03-07"):
        assert rejected not in text
    assert "2024/03/07" not in text
    assert CORRECTED_NAME in text


def test_reviewed_csv_says_which_form(out_dir: Path) -> None:
    result = CliRunner().invoke(export_command, [str(out_dir), "--format", "csv", "--reviewed"])
    assert result.exit_code == 0, result.output
    first, second = _read_csv(out_dir / "export" / "records.csv")
    assert (first["form"], first["review_status"]) == ("reviewed", "approved")
    assert first["rejected_fields"] == " | ".join(REJECTED)
    assert (first["signer_title"], first["subject"], first["incoming_date"]) == ("", "", "")
    assert (second["form"], second["review_status"]) == ("machine", "")


# CLI -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "default"), [("jsonl", "records.jsonl"), ("csv", "records.csv")])
def test_cli_default_destinations(name: str, default: str, out_dir: Path) -> None:
    result = CliRunner().invoke(export_command, [str(out_dir), "--format", name])
    assert result.exit_code == 0, result.output
    assert (out_dir / "export" / default).is_file()
    assert f"exported 2 records as {name}" in result.output
    again = CliRunner().invoke(export_command, [str(out_dir), "--format", name])
    assert again.exit_code == 0 and "exported 2 records" in again.output  # exports are not records


def test_cli_edxml_to_dest(out_dir: Path, tmp_path: Path) -> None:
    dest = tmp_path / "packages"
    result = CliRunner().invoke(
        export_command, [str(out_dir), "--format", "edxml", "--dest", str(dest)]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*")) == [
        "cv-323.edxml",
        "sub",
        "sub/qd-15.edxml",
    ]


def test_cli_exit_1_names_the_broken_record(out_dir: Path) -> None:
    (out_dir / "sub" / "broken.json").write_text("[]", encoding="utf-8")
    result = CliRunner().invoke(export_command, [str(out_dir), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "FAILED sub/broken.json: not a JSON object" in result.output
    lines = (out_dir / "export" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2  # the good records are still exported


def test_cli_exit_1_when_there_is_nothing_to_export(tmp_path: Path) -> None:
    result = CliRunner().invoke(export_command, [str(tmp_path), "--format", "csv"])
    assert result.exit_code == 1
    assert "no record to export" in result.output
    assert not (tmp_path / "export").exists()


@pytest.mark.parametrize(
    "args",
    [["--format", "xml"], [], ["--format", "csv", "--bogus"], ["--format", "csv", "MISSING"]],
)
def test_cli_usage_errors_exit_2(args: list[str], out_dir: Path) -> None:
    target = [] if "MISSING" in args else [str(out_dir)]
    args = [a.replace("MISSING", str(out_dir / "nope")) for a in args]
    result = CliRunner().invoke(export_command, target + args)
    assert result.exit_code == 2, result.output
