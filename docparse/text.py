"""Vietnamese text normalisation for matching: NFC, folding, clean-up.

Text comes in NFC and NFD and with old and new tone placement (hoà/hòa, thuỷ/thủy);
``fold`` removes both differences (and OCR's lost diacritics) by matching without marks.
It maps each character of NFC text to exactly one character, so a match found in the
folded text has the same span in the original and the page's own spelling can be kept.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache

import regex

_SPACES = regex.compile(r"\s+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@cache
def _fold_char(char: str) -> str:
    if char in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", char)[0]
    return base.lower() if base.isascii() else char.lower()


def fold(text: str) -> str:
    """Lower case without diacritics, one character per character of the NFC input."""
    return "".join(_fold_char(c) for c in nfc(text))


def collapse(text: str) -> str:
    """Runs of white space as one space, no space at the ends."""
    return _SPACES.sub(" ", text).strip()


_STRAY_DASH = regex.compile(r"(?<=\p{Ll}[,;]?) [-–—_~]+ (?=\p{Ll})")


def drop_stray_dashes(text: str) -> tuple[str, list[str]]:
    """A dash between two lower-case words is a speck or a rule read as text: "chữa - cháy";
    or a word OCR read as one ("an toàn - phẩm"), so the dashes dropped are returned too.

    Dashes that join names or numbers ("Bến Thành - Suối Tiên", "2022 - 2027") stay.
    """
    return _STRAY_DASH.sub(" ", text), [m.strip() for m in _STRAY_DASH.findall(text)]


def upper_ratio(text: str) -> float:
    """Share of the letters that are capitals."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(c.isupper() for c in letters) / len(letters)


def strip_item(text: str) -> str:
    """A list item without its bullet and its closing ';' '.' ',' (Kính gửi, Nơi nhận)."""
    text = collapse(text)
    # A speck before or after the bullet: ".- Các", "*. Văn phòng"; or the bullet misread
    # as another mark standing alone: ": Báo Đà Nẵng".
    text = regex.sub(r"^(?:[.,'`]?\s*[\-–—_+•*·>]+[.,'`]?\s*|[^\w\s(]{1,2}\s+)", "", text)
    text = regex.sub(r"[\s;:,.\-–—]+$", "", text)  # no item ends on a dash: the next one's bullet
    return text.strip()


# Tone marks (thanh điệu) as combining characters; circumflex, breve and horn are not tones.
_TONES = {"\u0300": "huyền", "\u0301": "sắc", "\u0303": "ngã", "\u0309": "hỏi", "\u0323": "nặng"}
TONE_MARKS = frozenset(_TONES)


def tone_last(word: str) -> str:
    """NFC with the word's tone mark moved to its end: the old and new placements (hoà,
    hòa) give one string."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = "".join(c for c in decomposed if c in TONE_MARKS)
    bare = "".join(c for c in decomposed if c not in TONE_MARKS)
    return unicodedata.normalize("NFC", bare) + tones


_CHECKED_ENDING = regex.compile(r"(?:p|t|c|ch)$")


def impossible_syllables(text: str) -> list[str]:
    """Words no Vietnamese syllable can be: a checked syllable (ending in p, t, c, ch) only
    takes the sắc or nặng tone, so "quôc" is "quốc" with its tone lost by OCR.

    Only words carrying some diacritic are judged, so foreign words ("internet") pass.
    """
    found = []
    for word in regex.findall(r"\p{L}+", text):
        lower = word.lower()
        if lower.isascii() or not _CHECKED_ENDING.search(fold(lower)):
            continue
        tones = {c for c in unicodedata.normalize("NFD", lower) if c in _TONES}
        if not tones & {"\u0301", "\u0323"}:
            found.append(word)
    return found


def edit_distance(a: Sequence[str], b: Sequence[str]) -> int:
    """Levenshtein distance between two sequences: of characters, or of words."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, start=1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


@lru_cache(maxsize=1024)
def near_miss(text: str, errors: int) -> regex.Pattern:
    """A pattern matching ``text`` (literal) with up to ``errors`` letters wrong, lost or
    added, compiled once."""
    return regex.compile(f"(?:{regex.escape(text)}){{e<={errors}}}", regex.BESTMATCH)
