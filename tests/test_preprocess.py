"""Preprocessing on real rendered text: specks go, marks and hyphens stay."""

from __future__ import annotations

import numpy as np
import pytesseract
from PIL import Image, ImageDraw

from docparse.preprocess import SPECK_INK_BELOW, remove_specks
from docparse.synth.fonts import font

LINES = (
    "Độc lập - Tự do - Hạnh phúc",
    "Thành phố Hồ Chí Minh, ngày 20 tháng 12 năm 2024",
    "V/v tăng cường công tác phòng, chống thiên tai",
)
# Dust, as (x, y, radius): in the margins, between the lines, and on the lines' level a
# little before and after them, where Tesseract takes a speck for a letter or a stop.
SPECKS = (
    (120, 60, 3),
    (1500, 90, 4),
    (1100, 335, 2),
    (150, 160, 4),
    (1500, 165, 4),
    (1700, 300, 3),
    (1480, 445, 4),
)


def _page(with_specks: bool) -> Image.Image:
    page = Image.new("L", (1800, 560), 255)
    draw = ImageDraw.Draw(page)
    serif = font("liberation", "regular", 54)  # 13 pt at 300 dpi
    for i, line in enumerate(LINES):
        draw.text((200, 120 + i * 140), line, font=serif, fill=0)
    if with_specks:
        for x, y, r in SPECKS:
            draw.ellipse((x - r, y - r, x + r, y + r), fill=30)
    return page


def _ink(image: Image.Image) -> np.ndarray:
    return np.asarray(image) < SPECK_INK_BELOW


def test_specks_are_erased_and_every_mark_of_the_text_kept() -> None:
    clean, specked = _page(False), _page(True)
    cleaned = remove_specks(specked, 300)
    for x, y, _ in SPECKS:
        assert not _ink(cleaned)[y - 5 : y + 6, x - 5 : x + 6].any(), f"speck at {x},{y} stays"
    kept = _ink(cleaned) & _ink(clean)
    assert kept.sum() == _ink(clean).sum(), "no tone mark, dot or hyphen of the text is lost"


def test_a_clean_page_is_left_as_it_is() -> None:
    clean = _page(False)
    assert np.array_equal(np.asarray(remove_specks(clean, 300)), np.asarray(clean))


def test_tesseract_reads_the_despeckled_page_as_the_clean_one() -> None:
    config = "--oem 1 --psm 6"
    clean = pytesseract.image_to_string(_page(False), lang="vie", config=config)
    cleaned = pytesseract.image_to_string(
        remove_specks(_page(True), 300), lang="vie", config=config
    )
    assert cleaned.split() == clean.split()
