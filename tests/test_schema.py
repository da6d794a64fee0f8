"""The committed JSON Schema matches the models, and records validate against it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator
from records_fixture import UBND, make_record, record_data, reviewed_data

from docparse.export.cli import schema_command
from docparse.schema import record_schema, schema_id, schema_path, write_schema
from models.record import SCHEMA_VERSION, Record


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_committed_schema_matches_the_models() -> None:
    committed = json.loads(schema_path().read_text(encoding="utf-8"))
    assert committed == record_schema(), (
        "models/record.py changed but the committed schema did not: run "
        "`docparse schema --write` (and raise SCHEMA_VERSION if the change is not additive)"
    )


def test_schema_names_its_version() -> None:
    schema = record_schema()
    assert schema["version"] == SCHEMA_VERSION
    assert schema["$id"] == schema_id() == f"urn:docparse:schema:record:{SCHEMA_VERSION}"
    assert schema_path().name == f"record-{SCHEMA_VERSION}.json"
    assert schema["title"] == "docparse record"


def test_fixture_records_validate(validator: Draft202012Validator) -> None:
    for data in (record_data(), reviewed_data(["signer.title"])):
        validator.validate(data)
        validator.validate(Record.model_validate(data).model_dump(mode="json"))


def test_minimal_record_validates(validator: Draft202012Validator) -> None:
    minimal = {
        "source": {"file": "a.png", "sha256": "0" * 64, "pages": 1, "kind": "image"},
        "document_type": {"kind": "other", "name": "Văn bản"},
    }
    validator.validate(minimal)
    validator.validate(Record.model_validate(minimal).model_dump(mode="json"))


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("document_type", "kind"), "cong-van"),
        (("date",), "05/03/2024"),
        (("provenance", "number.value", "confidence"), 1.5),
        (("recipients",), [{"note": "b/c"}]),
    ],
)
def test_schema_rejects_what_the_model_rejects(
    validator: Draft202012Validator, path: tuple[str, ...], value: object
) -> None:
    data = record_data()
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert not validator.is_valid(data)
    with pytest.raises(ValueError):
        Record.model_validate(data)


def test_a_newer_minor_version_with_extra_keys_still_reads(
    validator: Draft202012Validator,
) -> None:
    data = record_data()
    data["issuer"]["seal"] = "ĐỎ"
    data["added_in_1_1"] = {"anything": 1}
    validator.validate(data)
    assert Record.model_validate(data).issuer.name == data["issuer"]["name"]


def test_vietnamese_text_is_kept_readable() -> None:
    text = schema_path().read_text(encoding="utf-8")
    assert "Nghị định 30/2020/NĐ-CP" in text
    assert make_record().issuer.parent == f"{UBND.upper()} TỈNH THANH HÓA"


def test_write_schema_writes_the_generated_text(tmp_path: Path) -> None:
    target = write_schema(tmp_path / "schema" / "record.json")
    assert json.loads(target.read_text(encoding="utf-8")) == record_schema()
    assert [p.name for p in target.parent.iterdir()] == ["record.json"]  # no temp file left


def test_schema_command_prints_the_schema() -> None:
    result = CliRunner().invoke(schema_command, [])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == record_schema()


def test_schema_command_write(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("docparse.schema.SCHEMA_DIR", tmp_path)
    result = CliRunner().invoke(schema_command, ["--write"])
    assert result.exit_code == 0, result.output
    written = tmp_path / f"record-{SCHEMA_VERSION}.json"
    assert str(written) in result.output
    assert json.loads(written.read_text(encoding="utf-8")) == record_schema()


def test_records_of_every_sample_validate(
    validator: Draft202012Validator, sample_records: dict[str, dict]
) -> None:
    """Every committed sample, parsed with the real Tesseract, gives a schema-valid record."""
    for name, data in sample_records.items():
        errors = [e.message for e in validator.iter_errors(data)]
        assert not errors, f"{name}: {errors[:3]}"
