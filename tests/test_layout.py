"""Layout and preprocessing on made-up words and pixels."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from docparse import layout, preprocess
from models.layout import Page, Word


def word(text: str, left: int, top: int, width: int, height: int = 40) -> Word:
    return Word(text=text, bbox=(left, top, left + width, top + height), confidence=0.95)


def test_header_columns_are_split_even_when_close() -> None:
    motto = ["CỘNG", "HÒA", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM"]
    words = [
        word("THỦ", 300, 300, 90),
        word("TƯỚNG", 400, 300, 150),
        word("CHÍNH", 560, 300, 130),
        word("PHỦ", 700, 300, 90),
        *[word(w, 860 + 175 * i, 298, 160) for i, w in enumerate(motto)],
        word("Số:", 350, 450, 70),
        word("729/QĐ-TTg", 560, 452, 250),
        word("Hà", 1200, 452, 60),
        word("Nội,", 1270, 452, 80),
        word("ngày", 1360, 452, 90),
    ]
    words += [word("body", 300 + 130 * i, 800, 120) for i in range(13)]
    page = Page(number=1, width=2480, height=3508, words=words)
    lines = layout.page_lines(page)
    texts = {line.text: line.column for line in lines}
    assert texts["THỦ TƯỚNG CHÍNH PHỦ"] == "left"
    assert texts["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"] == "right"
    assert texts["Số: 729/QĐ-TTg"] == "left", "a wide blank inside a column stays one line"
    assert texts["Hà Nội, ngày"] == "right"
    assert texts[" ".join(["body"] * 13)] == "full"


def test_a_mark_a_column_gap_from_its_columns_text_is_dropped() -> None:
    """Clean letter-011 of seed 3939 set in DejaVu Sans: the end of the signature's stroke,
    read as '-' with no confidence far right of a Nơi nhận item, was joined to the item
    ("Cục Kiểm tra văn bản và -"); the item then seemed to end on a bullet."""
    texts = ["-", "Cục", "Kiểm", "tra", "văn", "và"]
    # One OCR line holds the item and the stroke, another the signer's name beside them.
    item = [
        word(w, 405 + 110 * i, 2510, 100).model_copy(update={"line": 1})
        for i, w in enumerate(texts)
    ]
    signer = word("Hồ", 1900, 2515, 90).model_copy(update={"line": 2})
    body = [word("body", 200 + 130 * i, 800, 120) for i in range(17)]

    def lines_with(stroke: Word) -> list[str]:
        words = [*item, stroke, signer, *body]
        return [
            line.text
            for line in layout.page_lines(Page(number=1, width=2480, height=3508, words=words))
        ]

    stroke = Word(text="-", bbox=(1408, 2552, 1433, 2566), confidence=0.0, line=1)
    assert "- Cục Kiểm tra văn và" in lines_with(stroke)
    sure = stroke.model_copy(update={"confidence": 0.9})
    assert "- Cục Kiểm tra văn và -" in lines_with(sure), "a mark read surely stays"


def test_a_scan_over_400_dpi_is_read_at_300() -> None:
    """At 600 dpi Tesseract split and joined lines it reads whole at 300 (seed 3939's clean
    letters enlarged: core values 97.0 -> 99.2 %)."""
    page = Image.new("L", (4960, 7016), 255)
    ImageDraw.Draw(page).rectangle((600, 800, 4000, 860), fill=0)
    prepared, geometry = preprocess.prepare(page.convert("RGB"), dpi=600, first_page=False)
    assert geometry.scale == 0.5 and prepared.size == (2480, 3508)
    assert geometry.to_level((300, 400, 2000, 430)) == (600, 800, 4000, 860)
    _, kept = preprocess.prepare(page.convert("RGB"), dpi=400, first_page=False)
    assert kept.scale == 1.0


def test_boxes_map_back_through_upscale_and_deskew() -> None:
    page = Image.new("L", (1000, 1400), 255)
    draw = ImageDraw.Draw(page)
    for row in range(20):
        draw.rectangle((120, 160 + row * 48, 880, 176 + row * 48), fill=0)
    tilted = page.rotate(2.0, resample=Image.BICUBIC, fillcolor=255)
    prepared, geometry = preprocess.prepare(tilted.convert("RGB"), dpi=120, first_page=False)
    assert geometry.scale == 2.5
    assert abs(abs(geometry.skew) - 2.0) < 0.35
    # A bar's left end on the levelled image, mapped back, lands where the tilted scan has it.
    ink = np.asarray(prepared) < 128
    rows = np.nonzero(ink[:, prepared.width // 2])[0]
    top = int(rows[0])
    lefts = np.nonzero(ink[top + 10])[0]
    levelled = geometry.to_level((int(lefts[0]), top, int(lefts[0]) + 20, top + 40))
    on_scan = preprocess.unlevel(levelled, geometry.skew, tilted.width, tilted.height)
    scan_ink = np.asarray(tilted) < 128
    x, y = (on_scan[0] + on_scan[2]) // 2, (on_scan[1] + on_scan[3]) // 2
    assert scan_ink[y - 6 : y + 6, x - 6 : x + 6].any(), "the box covers the bar on the scan"


def test_a_faded_seals_pale_red_is_dropped_but_black_print_and_a_pink_speck_stay() -> None:
    """Seed 3939's letters copied faded (ink and colour a third as strong): the seal's red
    was 15 to 40 over the other channels, under the 50 that tells red ink, and stayed over
    the signer's name (names 13/19 right; dropped as here: 19/19)."""
    page = Image.new("RGB", (2480, 3508), (228, 228, 228))
    draw = ImageDraw.Draw(page)
    draw.rectangle((900, 3000, 1500, 3040), fill=(120, 120, 120))  # faded black print
    draw.ellipse((800, 2700, 1300, 3200), outline=(200, 170, 170), width=16)
    draw.ellipse((300, 2000, 320, 2020), fill=(200, 170, 170))  # a pink speck, no ring
    gray = np.asarray(preprocess.drop_seal_ink(page, keep_top=0.4))
    assert gray[2950, 800:816].min() > 200, "the ring is paper"
    assert gray[3020, 1200] < 130, "the print under it stays"
    assert gray[2010, 310] < 200, "pale red no wider than a letter stays"


def test_red_seal_ink_is_dropped_but_black_print_stays() -> None:
    page = Image.new("RGB", (400, 400), "white")
    draw = ImageDraw.Draw(page)
    draw.rectangle((50, 300, 350, 320), fill=(20, 20, 20))
    draw.ellipse((100, 250, 300, 390), outline=(220, 30, 40), width=12)
    gray = np.asarray(preprocess.drop_seal_ink(page, keep_top=0.0))
    assert gray[310, 200] < 60, "the signer's name under the seal is kept"
    assert gray[320, 100:110].min() > 200 or gray[250:262, 200].min() > 200
    kept = np.asarray(preprocess.drop_seal_ink(page, keep_top=1.0))
    assert kept[255, 200] < 200, "red ink in the kept top part (an urgency stamp) stays"


def test_uncovered_ink_is_found() -> None:
    page = Image.new("L", (1200, 1600), 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle((100, 100, 500, 140), fill=0)
    draw.rectangle((700, 1000, 1000, 1200), fill=0)
    regions = preprocess.uncovered_ink_regions(page, [(90, 90, 510, 150)])
    assert len(regions) == 1
    left, top, right, bottom = regions[0]
    assert left <= 700 and top <= 1000 and right >= 1000 and bottom >= 1190


def ocr_word(text: str, box: tuple[int, int, int, int], confidence: float, line: int) -> Word:
    return Word(text=text, bbox=box, confidence=confidence, line=line)


def test_a_line_of_tone_marks_read_alone_is_not_woven_into_the_line_under_it() -> None:
    """Poor scan, Tesseract's words (letter-018 of the bench): the subject's marks came out
    as a line of their own, 11 px tall over 25 px letters; merged into the subject's row they
    split it into two columns and put 'ˆ Z 3.~^' between its words."""
    marks = [
        ocr_word(t, (x, 398, x + 12, 409), c, 40102)
        for t, x, c in ((",", 448, 0.27), ("“", 501, 0.41), ("ˆ", 638, 0.6), ("Z", 711, 0.18))
    ]
    marks.append(ocr_word("3.~^", (785, 402, 825, 409), 0.0, 40102))
    subject = ["xuất", "sắc", "trong", "công", "tác", "an", "toàn,", "vệ", "sinh", "lao", "động"]
    texts = [
        ocr_word(t, (414 + 70 * i, 406, 474 + 70 * i, 431), 0.96, 40103)
        for i, t in enumerate(subject)
    ]
    body = [
        ocr_word("Căn cứ Luật", (311, 539 + 50 * i, 1100, 570 + 50 * i), 0.9, 50101 + i)
        for i in range(6)
    ]
    page = Page(number=1, width=1405, height=1988, words=marks + texts + body)
    lines = layout.page_lines(page)
    assert lines[0].text == " ".join(subject)
    assert lines[0].column == "full"


def test_of_two_guesses_at_one_word_the_sure_one_is_kept() -> None:
    """letter-009 of the poor bench: over the rule under the subject Tesseract gave 'Sở'
    and 'Sử', 'Công' and 'Ca' for the same ink. A hyphen inside a word's box and a
    handwritten number over a printed blank are no second guess."""
    words = [
        ocr_word("của", (600, 359, 640, 380), 0.9, 40104),
        ocr_word("Sử", (649, 349, 681, 410), 0.51, 40104),
        ocr_word("Sở", (648, 359, 679, 379), 0.94, 40104),
        ocr_word("Ca", (685, 349, 722, 410), 0.0, 40104),
        ocr_word("Công", (685, 359, 746, 401), 0.93, 40104),
        ocr_word("thương", (756, 359, 850, 385), 0.9, 40104),
        ocr_word("Thành", (481, 676, 623, 711), 0.93, 60202),
        ocr_word("-", (603, 661, 620, 724), 0.3, 60202),
        ocr_word("Suối", (638, 667, 719, 709), 0.96, 60202),
        ocr_word("ngày", (900, 900, 980, 930), 0.9, 70101),
        ocr_word(".....", (990, 905, 1060, 930), 0.3, 70101),
        ocr_word("14", (1000, 880, 1050, 935), 0.5, 70101),
    ]
    page = Page(number=1, width=1405, height=1988, words=words)
    texts = [line.text for line in layout.page_lines(page)]
    assert texts == ["của Sở Công thương", "Thành - Suối", "ngày ..... 14"]
