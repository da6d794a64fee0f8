"""Preprocessing on real rendered text: specks go, marks and hyphens stay."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytesseract
import pytest
from PIL import Image, ImageChops, ImageDraw

from docparse.ingest import load_page_image, plan_document
from docparse.options import Options
from docparse.preprocess import (
    SPECK_INK_BELOW,
    drop_grey_seal,
    is_grey,
    prepare,
    remove_specks,
    remove_streaks,
)
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


@pytest.mark.parametrize("level", [0, 1, 2])
def test_specks_are_erased_and_every_mark_of_the_text_kept(level: int) -> None:
    clean, specked = _page(False), _page(True)
    cleaned, count = remove_specks(specked, 300, level=level)
    for x, y, _ in SPECKS:
        assert not _ink(cleaned)[y - 5 : y + 6, x - 5 : x + 6].any(), f"speck at {x},{y} stays"
    kept = _ink(cleaned) & _ink(clean)
    assert kept.sum() == _ink(clean).sum(), "no tone mark, dot or hyphen of the text is lost"
    assert count == len(SPECKS)


@pytest.mark.parametrize("level", [0, 1, 2])
def test_a_clean_page_is_left_as_it_is(level: int) -> None:
    clean = _page(False)
    cleaned, count = remove_specks(clean, 300, level=level)
    assert np.array_equal(np.asarray(cleaned), np.asarray(clean))
    assert count == 0


# Dense dust, as a poor scan has it: specks a little apart from one another (a crowd at
# level 0, which takes it for a pale stamp's pieces), and one close under the subject's
# words, farther below them than a dot below a vowel goes.
DENSE_DUST = ((1100, 40, 4), (1130, 52, 4), (1160, 40, 4), (1190, 52, 4))
DUST_UNDER_WORDS = (616, 463, 4)


def _dusty_page() -> Image.Image:
    page = _page(False)
    draw = ImageDraw.Draw(page)
    for x, y, r in (*DENSE_DUST, DUST_UNDER_WORDS):
        draw.ellipse((x - r, y - r, x + r, y + r), fill=30)
    return page


def _inked_at(image: Image.Image, x: int, y: int) -> bool:
    return bool(_ink(image)[y - 5 : y + 6, x - 5 : x + 6].any())


def test_dense_dust_is_a_crowd_at_first_and_dust_when_cleaned_harder() -> None:
    page = _dusty_page()
    first, _ = remove_specks(page, 300, level=0)
    harder, _ = remove_specks(page, 300, level=1)
    assert all(_inked_at(first, x, y) for x, y, _ in DENSE_DUST)
    assert not any(_inked_at(harder, x, y) for x, y, _ in DENSE_DUST)


def test_a_dot_under_the_words_goes_at_level_2_and_the_marks_stay() -> None:
    page, clean = _dusty_page(), _page(False)
    x, y, _ = DUST_UNDER_WORDS
    for level in (0, 1):
        assert _inked_at(remove_specks(page, 300, level=level)[0], x, y)
    cleaned, _ = remove_specks(page, 300, level=2)
    assert not _inked_at(cleaned, x, y)
    assert (_ink(cleaned) & _ink(clean)).sum() == _ink(clean).sum()


def test_tesseract_reads_the_despeckled_page_as_the_clean_one() -> None:
    config = "--oem 1 --psm 6"
    clean = pytesseract.image_to_string(_page(False), lang="vie", config=config)
    cleaned = pytesseract.image_to_string(
        remove_specks(_page(True), 300)[0], lang="vie", config=config
    )
    assert cleaned.split() == clean.split()


def _faxed_with_streak() -> tuple[Image.Image, int]:
    """The text page in black and white at 200 dpi, a dashed line through its second row."""
    page = _page(False).resize((1200, 373)).point(lambda v: 0 if v < 160 else 255)
    draw = ImageDraw.Draw(page)
    row = (120 + 140 + 27) * 2 // 3  # through the middle of the second line of text
    for x in range(0, page.width, 9):
        draw.line((x, row, x + 5, row), fill=0)
    return page.convert("1").convert("L"), row


def test_fax_streak_through_the_text_is_erased_and_the_text_kept() -> None:
    streaked, row = _faxed_with_streak()
    cleaned = remove_streaks(streaked, 200)
    blank = np.asarray(cleaned)[row, :120]  # left of the text: only the streak was there
    assert blank.min() == 255
    config = "--oem 1 --psm 6"
    text = pytesseract.image_to_string(cleaned, lang="vie", config=config)
    assert "Thành phố Hồ Chí Minh, ngày 20 tháng 12 năm 2024" in text


def test_a_black_and_white_scan_reaches_preprocessing_as_such(tmp_path: Path) -> None:
    """Streaks are looked for on black-and-white pages only: loading must not make the page
    of a fax colour first (it did, and no fax page was ever destreaked)."""
    streaked, row = _faxed_with_streak()
    path = tmp_path / "fax.png"
    streaked.convert("1").save(path, dpi=(200, 200))
    task = plan_document(path, Options()).pages[0]

    page = load_page_image(task, Options())
    prepared, _ = prepare(page, task.dpi, first_page=False)

    assert page.mode == "1"
    assert np.asarray(prepared)[row, :120].min() == 255, "the streak left of the text is gone"


def _page_with_grey_seal(seal_grey: int) -> Image.Image:
    """Text in black on grey paper, a seal's ring and star in ``seal_grey`` over its end."""
    page = _page(with_specks=False).point(lambda v: 40 + v * 190 // 255)
    seal = Image.new("L", page.size, 255)
    _draw_seal(ImageDraw.Draw(seal), seal_grey)
    return ImageChops.darker(page, seal)  # seal ink over the text, as printed


def _draw_seal(draw: ImageDraw.ImageDraw, ink: int | tuple[int, int, int]) -> None:
    draw.ellipse((1200, 80, 1620, 500), outline=ink, width=14)
    draw.regular_polygon((1410, 290, 90), 5, fill=ink)


def test_a_grey_seal_is_turned_to_paper_and_the_text_under_it_kept() -> None:
    page = _page_with_grey_seal(130)
    cleaned = np.asarray(drop_grey_seal(page, 300, keep_top=0.0))
    before = np.asarray(page)
    seal = Image.new("L", page.size, 0)
    _draw_seal(ImageDraw.Draw(seal), 255)
    ring = (np.asarray(seal) > 0) & (before == 130)
    assert (cleaned[ring] > 200).all(), "the ring and the star are paper"
    text = before < 100
    assert (cleaned[text] == before[text]).all(), "the text, darker, is left as it was"


def test_a_grey_page_without_a_seal_is_left_as_it_is() -> None:
    page = _page(with_specks=False).point(lambda v: 40 + v * 190 // 255)
    assert drop_grey_seal(page, 300, keep_top=0.0) is page


def test_a_grey_scan_is_told_from_a_colour_one() -> None:
    grey = _page_with_grey_seal(130)
    assert is_grey(grey) and is_grey(grey.convert("RGB")), "a colour file of a grey page"
    coloured = grey.convert("RGB")
    _draw_seal(ImageDraw.Draw(coloured), (200, 40, 40))
    assert not is_grey(coloured)
    assert not is_grey(grey.convert("1")), "a fax: no grey to tell a seal by"
