"""OCR: the only module that runs Tesseract. Page image in, words with boxes out.

Words are read by Tesseract's own library inside the process (tesserocr): a batch worker loads
the language model once and reads all its pages with it, where the ``tesseract`` command would
start a process, load the model and write a temporary image for every page and every region
read again. The language data is the system Tesseract's (``tesseract --list-langs`` says where).
"""

from __future__ import annotations

import os
import re
import subprocess
import time
import unicodedata
from collections.abc import Iterator
from functools import cache

import pytesseract
import tesserocr
from PIL import Image

from docparse import patterns
from docparse.errors import OcrError, OcrTimeoutError
from models.layout import Word

# One OpenMP thread per Tesseract: parallelism comes from running pages in processes.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

# Automatic page segmentation (--psm 3), which keeps the two header columns in separate blocks.
PAGE_MODE = tesserocr.PSM.AUTO
# A region the page segmentation passed over is read as one uniform block (--psm 6); when
# that gives nothing legible, as sparse text (--psm 11), which finds a word inside a frame
# (a MẬT or KHẨN stamp) that a block read misses.
REGION_MODES = (tesserocr.PSM.SINGLE_BLOCK, tesserocr.PSM.SPARSE_TEXT)
LINE_MODE = tesserocr.PSM.SINGLE_LINE
# Words of re-read region n get line ids from n × this, apart from the page's own.
LINE_ID_BASE = 10_000_000
# `tesseract --list-langs` begins: List of available languages in "/usr/share/tessdata/" (3):
LANGUAGES_HEADER = re.compile(r'"(?P<path>[^"]+)"')
NOT_INSTALLED = "Tesseract is not installed: run `make setup` (Debian/Ubuntu) or see the README"


@cache
def tesseract_version() -> str:
    return tesserocr.tesseract_version().split("\n", 1)[0]


@cache
def _installed_languages() -> tuple[str, frozenset[str]]:
    """Where the system Tesseract keeps its language data, and the languages there."""
    try:
        listing = subprocess.run(
            [pytesseract.pytesseract.tesseract_cmd, "--list-langs"],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        raise OcrError(NOT_INSTALLED) from None
    header, *languages = listing.strip().splitlines()
    found = LANGUAGES_HEADER.search(header)
    if found is None:
        raise OcrError(f"Tesseract did not say where its language data is: {header!r}")
    return found["path"], frozenset(languages)


def language_data_dir() -> str:
    """The folder of the system Tesseract's language data, which the library reads too."""
    return _installed_languages()[0]


def check_language(lang: str) -> None:
    """Fail early, saying how to install it, when Tesseract lacks the language data."""
    if lang not in _installed_languages()[1]:
        raise OcrError(
            f"Tesseract has no '{lang}' language data: install tesseract-ocr-{lang} "
            "(Debian/Ubuntu) or see the README"
        )


@cache
def _engine(lang: str) -> tesserocr.PyTessBaseAPI:
    """This process's Tesseract for ``lang``, its model loaded once (LSTM only, --oem 1)."""
    check_language(lang)
    engine = tesserocr.PyTessBaseAPI(
        path=language_data_dir(), lang=lang, oem=tesserocr.OEM.LSTM_ONLY
    )
    # Letters hold no white-on-black text: skip Tesseract's inverted-line retries.
    engine.SetVariable("tessedit_do_invert", "0")
    return engine


def read_words(
    image: Image.Image,
    *,
    page: int,
    lang: str,
    timeout: float,
    dpi: int,
    mode: int = PAGE_MODE,
    region: int = 0,
) -> list[Word]:
    """Words Tesseract finds on ``image``, NFC text, confidence 0–1, boxes in its pixels."""
    engine = _engine(lang)
    engine.SetPageSegMode(mode)
    try:
        engine.SetImage(image)
    except RuntimeError as error:
        raise OcrError(f"Tesseract could not take page {page}: {error}") from error
    engine.SetSourceResolution(dpi)
    start = time.monotonic()
    if not engine.Recognize(timeout=round(timeout * 1000)):
        if time.monotonic() - start >= timeout:
            raise OcrTimeoutError(f"Tesseract took over {timeout:g} s on page {page}")
        raise OcrError(f"Tesseract failed on page {page}")
    words = []
    for row, raw in _tsv_rows(engine.GetTSVText(0)):
        text = unicodedata.normalize("NFC", raw).translate(patterns.OCR_LOOKALIKES).strip()
        confidence = float(row["conf"])
        if not text or confidence < 0:
            continue
        left, top = row["left"], row["top"]
        box = (left, top, left + row["width"], top + row["height"])
        words.append(
            Word(
                text=text,
                bbox=box,
                confidence=round(min(confidence, 100.0) / 100, 3),
                line=LINE_ID_BASE * region
                + row["block_num"] * 10_000
                + row["par_num"] * 100
                + row["line_num"],
                page=page,
            )
        )
    return words


# Tesseract's TSV columns; its text comes last, and may be empty.
TSV_COLUMNS = (
    "level",
    "page_num",
    "block_num",
    "par_num",
    "line_num",
    "word_num",
    "left",
    "top",
    "width",
    "height",
    "conf",
)


def _tsv_rows(tsv: str) -> Iterator[tuple[dict[str, int], str]]:
    """Tesseract's TSV (no header row) row by row: its numbers, confidences cut to whole
    numbers as the ``tesseract`` command prints them, and its text."""
    for line in tsv.split("\n"):
        cells = line.split("\t")
        if len(cells) <= len(TSV_COLUMNS):
            continue
        numbers = (int(float(c)) for c in cells[: len(TSV_COLUMNS)])
        yield dict(zip(TSV_COLUMNS, numbers, strict=True)), "\t".join(cells[len(TSV_COLUMNS) :])


def detect_rotation(image: Image.Image, *, timeout: float) -> int:
    """Degrees to turn the page clockwise so text stands upright (Tesseract OSD); 0 if unsure."""
    try:
        osd = pytesseract.image_to_osd(
            image,
            config="--psm 0 -c min_characters_to_try=20",
            timeout=timeout,
            output_type=pytesseract.Output.DICT,
        )
    except (pytesseract.TesseractError, RuntimeError, OSError):
        return 0
    if float(osd.get("orientation_conf", 0)) < 2.0:
        return 0
    return int(osd.get("rotate", 0)) % 360
