"""Bad input fails in ingest with a specific error for that file; good input is planned."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from docparse.errors import (
    CorruptInputError,
    EmptyInputError,
    EncryptedPdfError,
    ImageTooLargeError,
    UnsupportedInputError,
)
from docparse.ingest import parse_bbox_html, parse_esignature, plan_document
from docparse.options import Options
from models.record import SourceKind
from tests.conftest import DATA


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(EmptyInputError, match="empty"):
        plan_document(empty, Options())


def test_corrupt_pdf(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage")
    with pytest.raises(CorruptInputError, match="not a readable PDF"):
        plan_document(broken, Options())


def test_encrypted_pdf() -> None:
    with pytest.raises(EncryptedPdfError, match="encrypted"):
        plan_document(DATA / "encrypted.pdf", Options())


def test_text_file_named_as_an_image(tmp_path: Path) -> None:
    fake = tmp_path / "scan.png"
    fake.write_text("this is not a picture")
    with pytest.raises(CorruptInputError, match="not an image"):
        plan_document(fake, Options())


def test_truncated_image(tmp_path: Path) -> None:
    whole = tmp_path / "whole.png"
    Image.new("L", (800, 1100), 200).save(whole)
    cut = tmp_path / "cut.png"
    cut.write_bytes(whole.read_bytes()[:300])
    with pytest.raises(CorruptInputError):
        plan_document(cut, Options())


def test_decompression_bomb(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    Image.new("1", (12_000, 9_000), 1).save(bomb)  # 108 megapixels in a few kilobytes
    assert bomb.stat().st_size < 200_000
    with pytest.raises(ImageTooLargeError, match="too large"):
        plan_document(bomb, Options())


def test_unsupported_extension(tmp_path: Path) -> None:
    doc = tmp_path / "letter.docx"
    doc.write_bytes(b"PK\x03\x04")
    with pytest.raises(UnsupportedInputError, match=r"\.docx"):
        plan_document(doc, Options())


def test_binary_text_file(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_bytes(b"\xff\xfe\x00\x00garbage\x00")
    with pytest.raises(CorruptInputError):
        plan_document(text, Options())


def test_multipage_tiff_is_one_document_with_pages_in_order(tmp_path: Path) -> None:
    tiff = tmp_path / "two.tif"
    pages = [Image.new("L", (850, 1100), shade) for shade in (255, 250)]
    pages[0].save(tiff, save_all=True, append_images=pages[1:], dpi=(100, 100))
    plan = plan_document(tiff, Options())
    assert [t.number for t in plan.pages] == [1, 2]
    assert plan.kind is SourceKind.image
    assert plan.pages[0].dpi == 100


def test_pdf_text_layer_words_are_scaled_to_pixels() -> None:
    html = (
        '<page width="595.0" height="842.0">'
        '<word xMin="72.0" yMin="72.0" xMax="144.0" yMax="84.0">Số:</word>'
        '<word xMin="150.0" yMin="72.0" xMax="250.0" yMax="84.0">12/QĐ-UBND</word></page>'
    )
    pages = parse_bbox_html(html, dpi=300)
    words, width, height = pages[1]
    assert (width, height) == (595.0, 842.0)
    assert [w.text for w in words] == ["Số:", "12/QĐ-UBND"]
    assert words[0].bbox == (300, 300, 600, 350)


def test_esignature_box_fields() -> None:
    text = (
        "Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nEmail: thongtin@chinhphu.vn\n"
        "Cơ quan: VĂN PHÒNG CHÍNH PHỦ\nThời gian ký: 28.04.2026 15:49:15 +07:00"
    )
    signature = parse_esignature(text)
    assert signature.signer == "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ"
    assert signature.organization == "VĂN PHÒNG CHÍNH PHỦ"
    assert signature.email == "thongtin@chinhphu.vn"
    assert signature.signed_at == "2026-04-28T15:49:15+07:00"


def test_esignature_of_the_provincial_gazette() -> None:
    signature = parse_esignature("Ký bởi: Sở Tư pháp\nThời gian ký: 26/01/2025 09:12")
    assert signature.signer == "Sở Tư pháp"
    assert signature.signed_at == "2025-01-26T09:12:00"


def test_real_signed_pdf_keeps_its_esignature_and_is_a_scan(real_dir: Path) -> None:
    plan = plan_document(real_dir / "cv_3722_metro.pdf", Options())
    assert plan.kind is SourceKind.pdf_scan
    assert len(plan.pages) == 1
    assert plan.e_signatures[0].organization == "VĂN PHÒNG CHÍNH PHỦ"
    assert plan.e_signatures[0].signed_at.startswith("2026-04-28T15:49")
    assert plan.pages[0].mask, "the e-signature box is masked before OCR"
