"""Layout: words → lines, each line inside one column.

A letter's header and closing block are two columns side by side (issuing body | motto,
Nơi nhận | signer). Words are grouped into rows by their vertical position, rows are cut
where a horizontal gap is wider than a column gutter, and each piece is labelled left, right
or full by where it sits on the page, so that no line mixes text from both columns.
"""

from __future__ import annotations

from statistics import median

import regex

from models.layout import Line, Page, Word

# A gap wider than this many line heights separates two columns, not two words.
COLUMN_GAP_HEIGHTS = 1.4
# An OCR line whose words are all shorter than this share of the page's typical word is
# made of tone marks and specks read on their own above a blurred line ("ˆ Z 3.~^"): no
# letter is that short, and woven into the line under it the marks split it into columns.
# A text layer's words (no OCR line) are kept whatever their size.
MARKS_HEIGHT_SHARE = 0.5
# Two words of letters on one OCR line, one of them unsure, that share this much of the
# wider one's width are two guesses at the same ink (a blurred word over a rule read twice:
# "Sở" and "Sử"): the surer one stays.
SAME_INK_SHARE = 0.6
UNSURE_GUESS = 0.6
# A piece of a row holding only marks read this unsurely, a column gap away from the text
# of its column, is a stroke of a signature or seal read as a mark ("-" far right of a Nơi
# nhận item): it is dropped, where joined to the text it would end or open a list item.
STRAY_MARK_CONFIDENCE = 0.5
_LETTERS = regex.compile(r"\p{L}{2,}")


def page_lines(page: Page) -> list[Line]:
    """The page's lines top to bottom; on one row, left before right."""
    words = [w for w in page.words if w.text.strip()]
    if not words:
        return []
    if page.source == "text":
        return _text_lines(words)
    rows = _rows(words)
    left_edge, right_edge = _text_area(words)
    lines: list[Line] = []
    for row in rows:
        segments = _split_row(row)
        for segment, column in zip(
            segments, _columns(segments, left_edge, right_edge), strict=True
        ):
            if lines and lines[-1].column == column and lines[-1].words[0] in row:
                if not _stray_marks(segment):
                    lines[-1].words.extend(segment)  # a wide gap inside one column: a filled blank
            else:
                lines.append(Line(words=segment, column=column))
    return lines


def _text_lines(words: list[Word]) -> list[Line]:
    """Text input: one line per source line (its ``top`` is the line index)."""
    by_line: dict[int, list[Word]] = {}
    for word in words:
        by_line.setdefault(word.bbox[1], []).append(word)
    return [Line(words=sorted(ws, key=lambda w: w.bbox[0])) for _, ws in sorted(by_line.items())]


def _height(word: Word) -> int:
    return max(1, word.bbox[3] - word.bbox[1])


def _centre(word: Word) -> float:
    return (word.bbox[1] + word.bbox[3]) / 2


def _rows(words: list[Word]) -> list[list[Word]]:
    """Words on one text line, left to right, rows top to bottom.

    The units are OCR's own text lines, which follow a line that still slopes after
    deskewing and keep a tall handwritten number on its printed line; lines level with
    each other (the two columns of the header) share a row. Words without a known line
    (a PDF's text layer) are units of their own.
    """
    units: dict[tuple[int, int], list[Word]] = {}
    for position, word in enumerate(words):
        units.setdefault((word.line, position if word.line == 0 else 0), []).append(word)
    typical = median(_height(w) for w in words)
    text_units = [
        unit if unit[0].line == 0 else _one_guess_per_word(unit)
        for unit in units.values()
        if unit[0].line == 0 or max(_height(w) for w in unit) >= MARKS_HEIGHT_SHARE * typical
    ]
    rows: list[list[Word]] = []
    centres: list[float] = []
    for unit in sorted(text_units, key=lambda ws: median(_centre(w) for w in ws)):
        centre = median(_centre(w) for w in unit)
        if rows and abs(centre - centres[-1]) <= 0.5 * typical:
            rows[-1].extend(unit)
            centres[-1] = median(_centre(w) for w in rows[-1])
        else:
            rows.append(list(unit))
            centres.append(centre)
    return [sorted(row, key=lambda w: w.bbox[0]) for row in rows]


def _one_guess_per_word(unit: list[Word]) -> list[Word]:
    """An OCR line's words, of two unsure and sure guesses at the same letters the sure one.

    Only words of letters count, of like widths: a handwritten number over a printed blank
    and a hyphen inside a word's box are not guesses at the same ink.
    """
    kept: list[Word] = []
    for word in sorted(unit, key=lambda w: w.bbox[0]):
        if kept and _same_ink(kept[-1], word):
            if word.confidence > kept[-1].confidence:
                kept[-1] = word
            continue
        kept.append(word)
    return kept


def _same_ink(one: Word, other: Word) -> bool:
    if not (_LETTERS.fullmatch(one.text) and _LETTERS.fullmatch(other.text)):
        return False
    if min(one.confidence, other.confidence) >= UNSURE_GUESS:
        return False
    widths = sorted((one.bbox[2] - one.bbox[0], other.bbox[2] - other.bbox[0]))
    shared = min(one.bbox[2], other.bbox[2]) - max(one.bbox[0], other.bbox[0])
    return widths[0] >= SAME_INK_SHARE * widths[1] and shared >= SAME_INK_SHARE * widths[1]


def _split_row(row: list[Word]) -> list[list[Word]]:
    height = median(_height(w) for w in row)
    segments = [[row[0]]]
    for word in row[1:]:
        gap = word.bbox[0] - segments[-1][-1].bbox[2]
        if gap > COLUMN_GAP_HEIGHTS * max(height, 20):
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def _stray_marks(segment: list[Word]) -> bool:
    return all(
        w.confidence < STRAY_MARK_CONFIDENCE and not any(c.isalnum() for c in w.text)
        for w in segment
    )


def _text_area(words: list[Word]) -> tuple[int, int]:
    lefts = sorted(w.bbox[0] for w in words)
    rights = sorted(w.bbox[2] for w in words)
    return lefts[len(lefts) // 20], rights[-1 - len(rights) // 20]


def _columns(segments: list[list[Word]], left_edge: int, right_edge: int) -> list[str]:
    """Column labels: a row cut in pieces is cut at its widest gap, if that gap is central."""
    if len(segments) > 1:
        gaps = [
            segments[i + 1][0].bbox[0] - segments[i][-1].bbox[2] for i in range(len(segments) - 1)
        ]
        widest = max(range(len(gaps)), key=gaps.__getitem__)
        gutter = (segments[widest][-1].bbox[2] + segments[widest + 1][0].bbox[0]) / 2
        width = max(1, right_edge - left_edge)
        if 0.25 <= (gutter - left_edge) / width <= 0.75:
            return ["left"] * (widest + 1) + ["right"] * (len(segments) - widest - 1)
    return [_column(segment, left_edge, right_edge) for segment in segments]


def _column(segment: list[Word], left_edge: int, right_edge: int) -> str:
    left, right = segment[0].bbox[0], segment[-1].bbox[2]
    width = max(1, right_edge - left_edge)
    middle = left_edge + width / 2
    if right <= middle + 0.08 * width and left < middle:
        return "left"
    if left >= middle - 0.12 * width and (left + right) / 2 > middle:
        return "right"
    return "full"
