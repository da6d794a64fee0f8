"""The receiving office's "ĐẾN" stamp (NĐ 30/2020 Phụ lục IV mục V; TT 07/2012 "Lưu hồ sơ số")."""

from __future__ import annotations

import datetime as dt
import itertools

import regex

from docparse import patterns
from docparse.parse import header
from docparse.parse.common import Found, Letter, TextLine
from docparse.text import fold

# The stamp is 35 × 50 mm: about 8 lines of text tall, 12 line heights wide; "ĐẾN" stands
# below the receiving body's name (up to three lines) and the "Số" line.
STAMP_LINES_ABOVE = 5.0
STAMP_LINES_BELOW = 8.0
STAMP_HALF_WIDTH = 10.0
# Under "ĐẾN" come Số, Ngày, Chuyển and the file reference: no more lines than this.
STAMP_LINES_AFTER_ANCHOR = 4
# Lines of the stamp are closer than this (line heights); a wider blank ends it.
STAMP_LINE_GAP = 1.2
# A blank's value read this far after its label (line heights) may have lost its first
# words: handwriting on the dotted line that OCR passed over ('Chuyển:' … 'TH').
BLANK_VALUE_GAP = 1.5


def _written(value: str) -> bool:
    """Whether a blank of the stamp holds words: mostly letters, two at least."""
    letters = sum(c.isalpha() for c in value)
    return letters >= 2 and letters > 0.5 * sum(not c.isspace() for c in value)


def find_incoming(lines: list[TextLine], skip: set[int], letter: Letter) -> set[int]:
    """Fill ``incoming`` from the stamp on page 1; return the indexes of its lines."""
    candidates = [t for t in lines if t.page == 1 and t.index not in skip]
    anchor = (
        next((t for t in candidates if _is_anchor(t)), None)
        or next(
            (
                t
                for t in candidates
                if patterns.INCOMING_LABEL.match(t.folded)
                or patterns.INCOMING_HOUR_LABEL.search(t.text)
            ),
            None,
        )
        # Last, as the stamp's labels find it better when they are read.
        or next((t for t in candidates if _is_anchor_read_apart(t)), None)
    )
    if anchor is None:
        return set()
    # "ĐẾN" is printed large: the stamp is measured in the page's usual line height.
    heights = sorted(t.height for t in candidates)
    h = min(anchor.height, heights[len(heights) // 2])
    # Found by a label lower in the stamp ("Chuyển:"), its top can be the stamp's height up.
    above = STAMP_LINES_ABOVE if _is_anchor(anchor) else STAMP_LINES_BELOW
    nearby = [
        t
        for t in lines
        if t.page == anchor.page
        and t.index not in skip
        and anchor.top - above * h <= t.top <= anchor.top + STAMP_LINES_BELOW * h
        and abs((t.left + t.right) / 2 - (anchor.left + anchor.right) / 2) <= STAMP_HALF_WIDTH * h
    ]
    # A stamp set close above the title ends there: the title and subject are no part of it,
    # but the stamp's last line can sit beside the title.
    title = min((t for t in nearby if header.title_of(t)), key=lambda t: t.top, default=None)
    if title is not None:
        nearby = [t for t in nearby if t.top < title.top or _beside(t, title)]
    # The letter's "Hà Nội, ngày …" can run into the stamp: it keeps the stamp's lines
    # together but is none of them.
    zone = [
        t for t in _contiguous(nearby, anchor, h) if not patterns.LETTER_DATE_START.search(t.folded)
    ]
    found: dict[str, object] = {}
    where: dict[str, TextLine] = {}
    used = [anchor]
    organization = []
    for line in zone:
        if line.index >= anchor.index or not _organization_like(line) or _is_anchor(line):
            break
        organization.append(line)
    organization_doubts: list[str] = []
    if organization:
        found["organization"], organization_doubts = header.body_name(
            " ".join(_FRAME_BEFORE.sub("", t.text) for t in organization)
        )
        used = organization + used
    unreadable: dict[str, tuple[str, TextLine]] = {}
    starts: dict[str, int] = {}
    for key, pattern in patterns.INCOMING_FIELDS.items():
        for line in zone:
            match = pattern.search(line.folded)
            value = (
                line.text[match.start("value") : match.end("value")].strip(" .:…") if match else ""
            )
            if value and key in ("forwarded_to", "file_ref") and not _written(value):
                unreadable.setdefault(key, (value, line))  # handwriting, or the dotted blank
                continue
            if value and key in ("forwarded_to", "file_ref"):
                value = patterns.BLANK_INITIAL_STOP.sub(". ", value)
                value = patterns.BLANK_DOTS_INSIDE_WORD.sub("", value)
                value = patterns.BLANK_DOTS_BETWEEN_WORDS.sub(" ", value)
            if value:
                found[key] = value
                where[key] = line
                starts[key] = match.start("value")
                used.append(line)
                break
    letter["incoming"] = Found.from_lines(found, used)
    if organization:
        letter["incoming.organization"] = Found.from_lines(
            found["organization"],
            organization,
            organization_doubts + _unfinished(found["organization"]),
        )
    else:
        letter["incoming.organization"] = Found.from_lines(
            None, [anchor], ["the receiving body's name on the ĐẾN stamp was not read"]
        )
    if "forwarded_to" in where:
        line = where["forwarded_to"]
        doubts = (
            [f"'{found['forwarded_to']}' read far after 'Chuyển:': handwriting before it lost?"]
            if _apart_from_label(line, starts["forwarded_to"])
            else []
        )
        letter["incoming.forwarded_to"] = Found.from_lines(found["forwarded_to"], [line], doubts)
    elif "forwarded_to" in unreadable:
        text, line = unreadable["forwarded_to"]
        letter["incoming.forwarded_to"] = Found.from_lines(
            None, [line], [f"'Chuyển' on the ĐẾN stamp read as '{text}': handwritten?"]
        )
    elif label := next((t for t in zone if patterns.INCOMING_FORWARD_LABEL.search(t.folded)), None):
        letter["incoming.forwarded_to"] = Found.from_lines(
            None, [label], ["'Chuyển' on the ĐẾN stamp not read (often handwritten)"]
        )
    else:
        # Every ĐẾN stamp prints "Chuyển:" (NĐ 30 Phụ lục IV mục V): its line was not read.
        letter["incoming.forwarded_to"] = Found.from_lines(
            None, [anchor], ["the ĐẾN stamp's 'Chuyển' line was not read"]
        )
    number_doubts = [] if "number" in found else ["ĐẾN stamp number not read (often handwritten)"]
    if "number" in found:
        found["number"] = str(found["number"]).translate(patterns.DIGIT_FIXES)
    letter["incoming.number"] = Found.from_lines(
        found.get("number"), [where.get("number", anchor)], number_doubts
    )
    date_doubts = ["ĐẾN stamp date not read (often handwritten)"]
    if "date" in found:
        found["date"], date_doubts = _stamp_date(str(found["date"]))
    letter["incoming.date"] = Found.from_lines(
        found.get("date"), [where.get("date", anchor)], date_doubts
    )
    return {t.index for t in zone}


def _apart_from_label(line: TextLine, start: int) -> bool:
    """Whether the value starting at ``start`` of the line's text stands BLANK_VALUE_GAP
    line heights or more after the word before it."""
    first = line.words_in(start, start + 1)[0]
    before = [w for w in line.line.words if w.bbox[2] <= first.bbox[0]]
    if not before:
        return False
    gap = first.bbox[0] - max(w.bbox[2] for w in before)
    return gap >= BLANK_VALUE_GAP * line.height


def _contiguous(nearby: list[TextLine], anchor: TextLine, height: int) -> list[TextLine]:
    """The stamp's lines: those around the anchor with no wide blank between them (measured
    in one line height for all: handwriting and specks make odd-sized lines)."""
    # Specks are no lines of it; "S244…" (Số: with its o lost) is.
    nearby = [t for t in nearby if t.letters >= 2 or t is anchor or _digit_count(t.text) >= 2]

    def blank(upper: TextLine, lower: TextLine) -> float:
        return (lower.top - upper.bottom) / height

    position = nearby.index(anchor)
    start = end = position
    while start > 0 and blank(nearby[start - 1], nearby[start]) <= STAMP_LINE_GAP:
        start -= 1
    while end + 1 < len(nearby) and blank(nearby[end], nearby[end + 1]) <= STAMP_LINE_GAP:
        end += 1
        if patterns.INCOMING_LAST.match(nearby[end].folded):
            break  # "Số và ký hiệu HS" / "Lưu hồ sơ số" closes the stamp
    end = min(end, position + STAMP_LINES_AFTER_ANCHOR)
    while (
        start < position and not _organization_like(nearby[start]) and not _is_anchor(nearby[start])
    ):
        start += 1  # the stamp starts with its organisation's name or "ĐẾN"
    return nearby[start : end + 1]


def _digit_count(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _beside(line: TextLine, title: TextLine) -> bool:
    """Whether ``line`` starts within the title's height and clear of it left or right."""
    return line.top < title.bottom and (line.left > title.right or line.right < title.left)


def _unfinished(name: str) -> list[str]:
    """A body's name that stops at "TỈNH", "HUYỆN"…: its place name was not read."""
    if patterns.UNFINISHED_NAME.search(fold(name)):
        return ["the name ends before its place name: a word was not read"]
    return []


def _organization_like(line: TextLine) -> bool:
    """The receiving body's name over "ĐẾN": capitals, words only (not the letter's number);
    the stamp's frame may be read before it ("——— THỌ")."""
    inside = _FRAME_BEFORE.sub("", line.text).replace(" ", "")
    return (
        line.upper >= 0.7
        and bool(inside)
        and line.letters >= 0.8 * len(inside)
        and not line.junk  # 'MU ——': the frame's marks read as letters, with no confidence
    )


_FRAME_BEFORE = regex.compile(r"^[^\p{L}\p{N}]+")


def _words(line: TextLine) -> list[str]:
    return [w for w in regex.split(r"[\s\-]+", line.text) if w]  # "ĐEN-naày": a hyphen


def _is_anchor(line: TextLine) -> bool:
    words = _words(line)
    if len(words) == 1 and words[0].isupper():
        return bool(patterns.INCOMING_ANCHOR_WORN.fullmatch(fold(words[0])))
    return any(
        w.isupper()
        and (
            patterns.INCOMING_ANCHOR.fullmatch(fold(w))
            or patterns.INCOMING_ANCHOR_GLUED.fullmatch(w)
        )
        for w in words
    )


def _is_anchor_read_apart(line: TextLine) -> bool:
    """ "ĐẾN" read as two words in capitals ("ĐỀ N:")."""
    words = _words(line)
    return any(
        a.isupper() and b[:1].isupper() and patterns.INCOMING_ANCHOR.fullmatch(fold(a + b))
        for a, b in itertools.pairwise(words)
    )


def _stamp_date(text: str) -> tuple[dt.date | None, list[str]]:
    parts = [p.translate(patterns.DIGIT_FIXES) for p in regex.split(r"\s*[-/.]\s*", text)]
    try:
        day, month, year = (int(p) for p in parts)
        if year < 100:
            year += 2000
        return dt.date(year, month, day), ["ĐẾN stamp date is usually handwritten"]
    except ValueError:
        return None, [f"ĐẾN stamp date unreadable: '{text}'"]
