"""OCR: the only module that runs Tesseract. Page image in, words with boxes out."""

from __future__ import annotations

import os
import subprocess
import unicodedata
from collections.abc import Iterator
from functools import cache

import pytesseract
from PIL import Image

from docparse import patterns
from docparse.errors import OcrError, OcrTimeoutError
from models.layout import Word

# One OpenMP thread per Tesseract: parallelism comes from running pages in processes.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

# --psm 3: automatic page segmentation, which keeps the two header columns in separate blocks.
PAGE_MODE = 3
# --psm 6: one uniform block, for a region the page segmentation passed over.
REGION_MODE = 6
# pytesseract hands Tesseract a temporary file in the image's format, PNG by default; a
# BMP costs no compression (a noisy PNG took 1.6 s to write) and reads the same.
TEMP_FORMAT = "BMP"
# Words of re-read region n get line ids from n × this, apart from the page's own.
LINE_ID_BASE = 10_000_000


@cache
def tesseract_version() -> str:
    return str(pytesseract.get_tesseract_version())


def check_language(lang: str) -> None:
    """Fail early, saying how to install it, when Tesseract lacks the language data."""
    try:
        languages = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, OSError):
        raise OcrError(
            "Tesseract is not installed: run `make setup` (Debian/Ubuntu) or see the README"
        ) from None
    if lang not in languages:
        raise OcrError(
            f"Tesseract has no '{lang}' language data: install tesseract-ocr-{lang} "
            "(Debian/Ubuntu) or see the README"
        )


def read_words(
    image: Image.Image,
    *,
    page: int,
    lang: str,
    timeout: float,
    mode: int = PAGE_MODE,
    region: int = 0,
) -> list[Word]:
    """Words Tesseract finds on ``image``, NFC text, confidence 0–1, boxes in its pixels."""
    image.format = TEMP_FORMAT
    try:
        # Not image_to_data: it asks `tesseract --version` first in every new process, and
        # every batch worker is one. Tesseract 5 writes TSV.
        tsv = pytesseract.run_and_get_output(
            image,
            extension="tsv",
            lang=lang,
            # Letters hold no white-on-black text: skip Tesseract's inverted-line retries.
            config=f"-c tessedit_create_tsv=1 --oem 1 --psm {mode} -c tessedit_do_invert=0",
            timeout=timeout,
        )
    except RuntimeError as error:  # pytesseract's way of saying the timeout struck
        raise OcrTimeoutError(f"Tesseract took over {timeout:g} s on page {page}") from error
    except (pytesseract.TesseractError, subprocess.SubprocessError, OSError) as error:
        raise OcrError(f"Tesseract failed on page {page}: {error}") from error
    words = []
    for row, raw in _tsv_rows(tsv):
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


def _tsv_rows(tsv: str) -> Iterator[tuple[dict[str, int], str]]:
    """Tesseract's TSV row by row: its numbers, confidences cut to whole numbers as
    pytesseract did, and its text (last in a row; the output's last empty one is cut off)."""
    header, *lines = tsv.strip().split("\n")
    names = header.split("\t")[:-1]
    for line in lines:
        cells = line.split("\t")
        if len(cells) == len(names):
            cells.append("")
        yield {n: int(float(c)) for n, c in zip(names, cells[:-1], strict=True)}, cells[-1]


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
