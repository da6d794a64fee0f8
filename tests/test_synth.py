"""The letter generator: deterministic, records that fit the contract, legible pages."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import shutil
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from docparse.synth import Features, degrade, expected_record, generate, make_document, render
from docparse.synth.content import long_date
from docparse.synth.files import save
from docparse.synth.render import page_count
from docparse.synth.samples import SAMPLES, sample_features, write_samples
from models.record import Record, Source, SourceKind

SAMPLES_DIR = Path(__file__).resolve().parents[1] / "samples"
HANDWRITTEN_KEYS = {
    "number.value",
    "date",
    "incoming.number",
    "incoming.date",
    "incoming.forwarded_to",
}


def _digest(image: Image.Image) -> str:
    return hashlib.sha256(image.mode.encode() + image.tobytes()).hexdigest()


def _record(expected: dict[str, Any]) -> Record:
    fields = {k: v for k, v in expected.items() if k != "handwritten"}
    source = Source(file="x.png", sha256="0" * 64, pages=1, kind=SourceKind.image)
    return Record(source=source, **fields)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_same_seed_same_letter_and_pixels() -> None:
    features = Features(kind="cong_van", seal=True, incoming=True, number="handwritten")
    first = make_document(42, features, "poor", dpi=150)
    second = make_document(42, features, "poor", dpi=150)
    assert first.expected == second.expected
    assert [_digest(s.image) for s in first.scans] == [_digest(s.image) for s in second.scans]
    assert expected_record(generate(43, features)) != first.expected


def test_expected_records_fit_the_record_model() -> None:
    for seed in range(60):
        expected = expected_record(generate(seed))
        record = _record(expected)
        # Every key is one the model knows: the dump has the same values under the same keys.
        dump = record.model_dump(mode="json")
        for key, value in expected.items():
            if key == "handwritten":
                continue
            if isinstance(value, dict):
                assert {k: dump[key][k] for k in value} == value
            else:
                assert dump[key] == value
        assert set(expected["handwritten"]) <= HANDWRITTEN_KEYS
        for text in _strings(expected):
            assert text == unicodedata.normalize("NFC", text)


def test_rules_of_the_date_line() -> None:
    assert long_date(dt.date(2024, 1, 5)) == "ngày 05 tháng 01 năm 2024"
    assert long_date(dt.date(2019, 6, 29)) == "ngày 29 tháng 6 năm 2019"
    assert long_date(dt.date(2020, 2, 10)) == "ngày 10 tháng 02 năm 2020"


def test_forced_features_show_in_the_record() -> None:
    handwritten = expected_record(
        generate(7, Features(kind="quyet_dinh", number="handwritten", day="handwritten"))
    )
    assert handwritten["document_type"]["kind"] == "quyet_dinh"
    assert handwritten["number"]["symbol"].startswith("QĐ-")
    assert {"number.value", "date"} <= set(handwritten["handwritten"])
    blank = expected_record(generate(7, Features(number="blank", day="blank")))
    assert blank["number"]["value"] is None and blank["date"] is None
    urgent = expected_record(generate(8, Features(urgency="HỎA TỐC", secrecy="MẬT")))
    assert (urgent["urgency"], urgent["secrecy"]) == ("HỎA TỐC", "MẬT")
    normative = expected_record(generate(9, Features(kind="thong_tu", issuer="ministry")))
    assert normative["number"]["year"] == normative["date"][:4]
    stamp = expected_record(generate(10, Features(incoming=True, kind="cong_van")))
    assert stamp["incoming"]["date"] >= stamp["date"]
    assert stamp["subject"] and not stamp["subject"].startswith("V/v")
    assert page_count(generate(11, Features(pages=2, kind="cong_van"))) == 2


def test_every_subject_template_of_every_type_is_filled() -> None:
    from docparse.synth.vocab import TITLED_SUBJECTS

    for key in TITLED_SUBJECTS:
        kind = key.removesuffix("_normative")
        features = Features(kind=kind, issuer="ministry" if kind != key else None)
        subjects = {generate(seed, features).subject for seed in range(12)}
        assert all("{" not in subject for subject in subjects), key


def test_legal_references_are_cited_in_the_body() -> None:
    for seed in range(30):
        letter = generate(seed)
        body = " ".join(p.text for p in letter.paragraphs)
        for reference in expected_record(letter)["legal_references"]:
            assert reference in body


def test_conditions() -> None:
    page = render(generate(3, Features(pages=1, seal=True)))[0]
    clean = degrade(page, random.Random(1), "clean")
    assert (clean.dpi, clean.jpeg_quality, clean.image.size) == (300, None, page.size)
    office = degrade(page, random.Random(1), "office", dpi=150)
    assert office.image.mode == "RGB" and 70 <= (office.jpeg_quality or 0) <= 85
    poor = degrade(page, random.Random(1), "poor")
    assert 150 <= poor.dpi <= 200 and 50 <= (poor.jpeg_quality or 0) <= 70
    fax = degrade(page, random.Random(1), "fax")
    assert (fax.image.mode, fax.dpi) == ("1", 200)
    with pytest.raises(ValueError):
        degrade(page, random.Random(1), "wet")


def test_multi_page_files(tmp_path: Path) -> None:
    scans = make_document(5, Features(pages=2, kind="cong_van"), "fax").scans
    assert len(scans) == 2
    save(scans, tmp_path / "fax.tiff")
    with Image.open(tmp_path / "fax.tiff") as tiff:
        assert tiff.n_frames == 2 and round(tiff.info["dpi"][0]) == 200
    save(scans, tmp_path / "fax.pdf")
    data = (tmp_path / "fax.pdf").read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") == 2
    with pytest.raises(ValueError):
        save(scans, tmp_path / "fax.png")


def test_committed_samples_match_the_generator(tmp_path: Path) -> None:
    if not any(SAMPLES_DIR.glob("*.expected.json")):
        pytest.skip("samples/ not generated")
    for sample in SAMPLES:
        committed = SAMPLES_DIR / f"{sample.stem}.expected.json"
        assert (SAMPLES_DIR / f"{sample.stem}.{sample.fmt}").is_file()
        expected = expected_record(generate(sample.seed, sample_features(sample)))
        assert json.loads(committed.read_text(encoding="utf-8")) == expected, sample.stem
    fax = next(s for s in SAMPLES if s.condition == "fax" and s.fmt == "png")
    write_samples(tmp_path, (fax,))
    again = (tmp_path / f"{fax.stem}.expected.json").read_text(encoding="utf-8")
    assert again == (SAMPLES_DIR / f"{fax.stem}.expected.json").read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_tesseract_reads_the_motto_and_the_number() -> None:
    pytesseract = pytest.importorskip("pytesseract")
    if "vie" not in pytesseract.get_languages():
        pytest.skip("Tesseract has no Vietnamese data")
    letter = generate(21, Features(kind="quyet_dinh", pages=1, number="printed", seal=False))
    page = render(letter)[0]
    width, height = page.size

    def read(box: tuple[int, int, int, int]) -> str:
        text = pytesseract.image_to_string(page.crop(box), lang="vie")
        return " ".join(unicodedata.normalize("NFC", text).split())

    left, right = (
        read((0, 0, width * 45 // 100, height // 4)),
        read((width * 4 // 10, 0, width, height // 4)),
    )
    assert f"CỘNG {letter.typography.motto_hoa} XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right
    assert "Độc lập - Tự do - Hạnh phúc" in right
    # Tesseract's vie model sometimes reads "Đ" as "ĐÐ" (with the look-alike eth).
    symbol = re.escape(letter.number.symbol).replace("Đ", "[ĐÐ]+")
    assert re.search(rf"Số: {letter.number.written}/{symbol}", left), left
