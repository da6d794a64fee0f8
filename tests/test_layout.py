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
