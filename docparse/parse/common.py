"""What every part of the parser shares: the lines as it reads them, and what it found."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex

from docparse import patterns
from docparse.text import collapse, fold, upper_ratio
from models.layout import BBox, Line, union

# Marks standing alone between words ("¡", "'", "„"), not a dash, "&", "/" or brackets, and
# a straight quote at either end of a word: specks and rules read as text.
_MARKS_ALONE = regex.compile(r"(?<!\S)[^\p{L}\p{N}\s\-–—&/()“”\"%,.;:]+(?!\S)")
_QUOTE_AT_EDGE = regex.compile(r"(?<!\p{L})'|'(?!\p{L})")
_DOLLAR_FOR_S = regex.compile(r"(?<![\p{L}\p{N}])\$(?=\p{Ll})")  # "$ản": the s of "sản"
_SPACE_BEFORE_STOP = regex.compile(r"\s+([,.;:])")
_SPECK_STOPS = regex.compile(
    r"(?<=\p{Ll}{2})(?:\.[.,]*\s*|[,:;'’-])(?=\p{Ll}{2})|(?<=\p{Lu}{2})\.(?=\p{Ll}{2})"
    r"|(?<=\b(?:tỉnh|huyện|quận|xã|phường|phố))-(?=\p{Lu})"  # "tỉnh-Tuyên Quang"
    r"|(?<=\b(?:và|hoặc)),(?= )"  # "thuộc và, trực thuộc"
)
# In a name printed in capitals, a token of marks or a short word in small letters is specks.
_NOT_A_CAPITALS_WORD = regex.compile(r"[^\p{L}\p{N}]+|\p{Ll}{1,3}[^\p{L}]*")


@dataclass
class TextLine:
    """A layout line with the forms of its text the rules match against."""

    index: int
    line: Line
    text: str  # NFC, spaces collapsed
    folded: str  # ``text.fold(text)``: same length, lower case, no diacritics
    bbox: BBox

    @classmethod
    def of(cls, index: int, line: Line) -> TextLine:
        text = collapse(line.text)
        return cls(index, line, text, fold(text), line.bbox)

    @property
    def page(self) -> int:
        return self.line.page

    @property
    def column(self) -> str:
        return self.line.column

    @property
    def top(self) -> int:
        return self.bbox[1]

    @property
    def bottom(self) -> int:
        return self.bbox[3]

    @property
    def left(self) -> int:
        return self.bbox[0]

    @property
    def right(self) -> int:
        return self.bbox[2]

    @property
    def height(self) -> int:
        heights = sorted(w.bbox[3] - w.bbox[1] for w in self.line.words)
        return max(1, heights[len(heights) // 2])

    @property
    def upper(self) -> float:
        return upper_ratio(self.text)

    @property
    def junk(self) -> bool:
        """Specks, ornaments and seal fragments: too few letters, or read with no confidence."""
        if sum(c.isalnum() for c in self.text) < 2:
            return True
        confidences = [w.confidence for w in self.line.words]
        mean = sum(confidences) / len(confidences)
        return mean < 0.35 and len(confidences) <= 3 and max(confidences) < 0.8

    @property
    def letters(self) -> int:
        return sum(c.isalpha() for c in self.text)

    def confidence_of(self, start: int = 0, end: int | None = None) -> float:
        """Lowest word confidence over the characters ``start:end`` of ``text``."""
        words = self.words_in(start, end)
        return min((w.confidence for w in words), default=self.line.confidence)

    def words_in(self, start: int = 0, end: int | None = None):
        end = len(self.text) if end is None else end
        found, position = [], 0
        for word in self.line.words:
            word_start = self.text.find(word.text, position)
            if word_start < 0:
                word_start = position
            word_end = word_start + len(word.text)
            position = word_end
            if word_end > start and word_start < end:
                found.append(word)
        return found or list(self.line.words)

    def bbox_of(self, start: int = 0, end: int | None = None) -> BBox:
        return union([w.bbox for w in self.words_in(start, end)])


@dataclass
class Found:
    """One field's value, the lines it was read from, how sure the parser is, and doubts."""

    value: Any
    page: int
    bbox: BBox
    confidence: float
    doubts: list[str] = field(default_factory=list)

    @classmethod
    def from_lines(
        cls,
        value: Any,
        lines: list[TextLine],
        doubts: list[str] | None = None,
        confidence: float | None = None,
    ) -> Found:
        if confidence is None:
            confidence = min(line.line.confidence for line in lines)
        on_first_page = [line for line in lines if line.page == lines[0].page]
        return cls(
            value,
            lines[0].page,
            union([line.bbox for line in on_first_page]),
            round(confidence, 3),
            list(doubts or []),
        )

    @classmethod
    def from_span(
        cls,
        value: Any,
        line: TextLine,
        start: int,
        end: int | None = None,
        doubts: list[str] | None = None,
        factor: float = 1.0,
    ) -> Found:
        confidence = line.confidence_of(start, end) * factor
        return cls(
            value, line.page, line.bbox_of(start, end), round(confidence, 3), list(doubts or [])
        )


Letter = dict[str, Found]


def gap_above(upper: TextLine, lower: TextLine) -> float:
    """Blank space between two lines, in line heights of the lower one."""
    if upper.page != lower.page:
        return 99.0
    return (lower.top - upper.bottom) / max(lower.height, 1)


def drop_debris(text: str, *, capitals: bool = False) -> tuple[str, list[str]]:
    """Text without the stray marks OCR made of specks and rules, and the marks dropped.

    With ``capitals`` (a name printed in capitals), marks and short words in small letters
    between the words go too ("ỦY BAN NHÂN DÂN. - ' ca TỈNH BẮC NINH")."""
    text = _DOLLAR_FOR_S.sub("s", text)
    dropped = patterns.OCR_DEBRIS.findall(text)
    text = patterns.OCR_DEBRIS.sub(" ", text)
    if not capitals:
        # A stop between two words in small letters, or a comma, a colon, a semicolon, an
        # apostrophe or a hyphen with no space after it, is a speck: "phê. duyệt", "tại.,.
        # cuộc", "bảo,hiểm", "thuốc:lá", "trên;địa", "trên'địa", "kết quả-thực hiện" (a
        # hyphen joins no two Vietnamese syllables); so is a stop glued between an
        # abbreviation and a small word: "UBND.các", a hyphen between a level of place and
        # its name: "tỉnh-Tuyên Quang", and a comma right after "và" or "hoặc".
        dropped += _SPECK_STOPS.findall(text)
        text = _SPECK_STOPS.sub(" ", text)
    dropped += _MARKS_ALONE.findall(text) + _QUOTE_AT_EDGE.findall(text)
    text = _QUOTE_AT_EDGE.sub("", _MARKS_ALONE.sub(" ", text))
    for opening, closing in (("“", "”"), ("(", ")")):
        if text.count(opening) != text.count(closing):
            dropped += [c for c in text if c in opening + closing]
            text = text.replace(opening, " ").replace(closing, " ")
    if text.count('"') % 2:  # a straight quote without its pair
        dropped += ['"'] * text.count('"')
        text = text.replace('"', " ")
    if capitals and upper_ratio(text) >= 0.8:
        words = []
        split = text.split()
        for index, word in enumerate(split):
            # A comma between two words is the name's own ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH");
            # a stop, or a comma at the end, is a speck's.
            marks = "." if word.endswith(",") and index < len(split) - 1 else ".,"
            if word == "-" and 0 < index < len(split) - 1 and split[index + 1][:1].isupper():
                words.append(word)  # "PHÒNG TÀI CHÍNH - KẾ HOẠCH": the name's own hyphen
            elif _NOT_A_CAPITALS_WORD.fullmatch(word):
                dropped.append(word)
            else:
                words.append(word.rstrip(marks) if len(word.rstrip(marks)) >= 3 else word)
        text = " ".join(words)
    text = _SPACE_BEFORE_STOP.sub(r"\1", collapse(text))
    return text, [d for d in dropped if d.strip()]


def letters_for_marks(text: str) -> tuple[str, list[str]]:
    """Text with the marks OCR reads for capitals of a symbol or a Lưu unit taken for those
    letters ('B€-UBND': BC-UBND; patterns.SYMBOL_LOOKALIKES), and the marks found."""
    marks = [c for c in text if c in patterns.SYMBOL_LOOKALIKES]
    return (text.translate(patterns.SYMBOL_LOOKALIKES_TABLE) if marks else text), marks
