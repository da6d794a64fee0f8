"""The header of page 1: issuing body, number and symbol, place and date, type and subject,
urgency and secrecy marks (NĐ 30/2020 Phụ lục I, ô 1–5 and 10)."""

from __future__ import annotations

import datetime as dt

import regex

from docparse import gazetteer, patterns
from docparse.parse.common import Found, Letter, TextLine, gap_above
from docparse.text import collapse, fold

# A header element sits in the top part of page 1.
HEADER_DEPTH = 0.5
# Between two lines of one element there is less blank than this many line heights.
BLOCK_GAP = 1.2
# Confidence kept when an anchor was matched only with OCR errors allowed.
FUZZY_FACTOR = 0.9


def in_header(line: TextLine, page_height: int) -> bool:
    return line.page == 1 and (page_height <= 0 or line.top < page_height * HEADER_DEPTH)


def find_motto(lines: list[TextLine]) -> tuple[TextLine | None, TextLine | None]:
    motto = next((t for t in lines if patterns.MOTTO.search(t.folded)), None)
    tagline = next((t for t in lines if patterns.TAGLINE.search(t.folded)), None)
    return motto, tagline


def find_number(lines: list[TextLine], letter: Letter) -> TextLine | None:
    """Số, ký hiệu (ô 3). Fills ``number``; returns its line."""
    for line in lines:
        anchor = patterns.NUMBER_ANCHOR.match(line.folded)
        if not anchor:
            continue
        tail = line.text[anchor.end() :]
        match = patterns.NUMBER_TAIL.match(tail)
        if not match or not regex.search(r"[A-ZĐ]", match["symbol"]):
            continue
        offset = anchor.end()
        doubts = []
        value = match["value"].translate(patterns.DIGIT_FIXES) or None
        if value and not value.isdigit():
            value, doubts = None, ["number unreadable"]
        if value is None and not doubts:
            doubts.append("number blank: never filled in, or written by hand and not read")
        elif match["blank"].strip(" ") or " " in match["blank"]:
            doubts.append("number looks handwritten in a printed blank")
        year = match["year"].translate(patterns.DIGIT_FIXES) if match["year"] else None
        symbol = _clean_symbol(match["symbol"])
        raw = collapse(line.text)
        number = {
            "raw": raw,
            "value": value,
            "year": year,
            "symbol": symbol,
            **symbol_parts(symbol),
        }
        value_end = offset + match.end("value")
        letter["number"] = Found.from_span(number, line, offset, offset + match.end())
        letter["number.value"] = (
            Found.from_span(value, line, offset + match.start("value"), value_end, doubts)
            if value
            else Found.from_span(None, line, 0, offset + match.end("blank") + 1, doubts)
        )
        symbol_start = offset + match.start("symbol")
        letter["number.symbol"] = Found.from_span(symbol, line, symbol_start, offset + match.end())
        if year:
            letter["number.year"] = Found.from_span(
                year, line, offset + match.start("year"), offset + match.end("year")
            )
        return line
    return None


def _clean_symbol(symbol: str) -> str:
    symbol = symbol.replace("–", "-").strip(".-,;:")
    parts = []
    for part in symbol.split("-"):
        letters = sum(c.isalpha() for c in part)
        # "QĐ-UBND" read as "QĐ-UBN0": letters with a stray digit are letters.
        if letters >= 2 and letters >= len(part) - 1 and not part[-2:].isdigit():
            part = part.translate(patterns.LETTER_FIXES)
        parts.append(part)
    return "-".join(p for p in parts if p)


def symbol_parts(symbol: str) -> dict[str, str | None]:
    """Ký hiệu → type abbreviation, issuing body, drafting unit (NĐ 30 Phụ lục III mẫu 1.4, 1.5)."""
    parts = symbol.split("-")
    head = parts[0]
    if head in patterns.TYPE_BY_ABBREVIATION or head in patterns.OTHER_TYPE_ABBREVIATIONS:
        return {
            "type_abbreviation": head,
            "issuing_body": parts[1] if len(parts) > 1 else None,
            "drafting_unit": "-".join(parts[2:]) or None,
        }
    return {
        "type_abbreviation": None,
        "issuing_body": head,
        "drafting_unit": "-".join(parts[1:]) or None,
    }


def find_date(lines: list[TextLine], letter: Letter) -> TextLine | None:
    """Địa danh và thời gian (ô 4): "Hà Nội, ngày 05 tháng 01 năm 2020"."""
    for line in lines:
        match = patterns.DATE_LINE.search(line.folded)
        if not match:
            continue
        fuzzy = sum(match.fuzzy_counts) > 0
        factor = FUZZY_FACTOR if fuzzy else 1.0
        place_text = line.text[match.start("place") : match.end("place")]
        place, place_doubts = gazetteer.place(place_text)
        letter["place"] = Found.from_span(
            place, line, match.start("place"), match.end("place"), place_doubts, factor
        )
        day, month, year = (_digits(match[k]) for k in ("day", "month", "year"))
        doubts = []
        value = None
        if day is None or month is None:
            doubts.append("date blank: day or month never filled in, or handwritten and not read")
        else:
            try:
                value = dt.date(year, month, day)
            except (TypeError, ValueError):
                doubts.append(f"not a real date: day {day}, month {month}, year {year}")
        if value and match["dayblank"] and len(match["dayblank"]) > 2:
            doubts.append("day looks handwritten in a printed blank")
        start = match.start("day") if match["day"] else match.end("place")
        end = match.end("year") if match["year"] else match.end()
        letter["date"] = Found.from_span(value, line, start, end, doubts, factor)
        return line
    return None


def _digits(text: str | None) -> int | None:
    if not text:
        return None
    fixed = text.translate(patterns.DIGIT_FIXES)
    return int(fixed) if fixed.isdigit() else None


def find_issuer(
    lines: list[TextLine], below: TextLine | None, skip: set[int], letter: Letter
) -> None:
    """Cơ quan ban hành and its parent (ô 2): the capitalised lines above the number."""
    candidates = [t for t in lines if t.column != "right" and t.index not in skip]
    if below is not None:
        candidates = [t for t in candidates if t.top < below.top and t.index < below.index]
    taken: list[TextLine] = []
    for line in reversed(candidates):
        if line.letters < 2 or line.letters < 0.5 * len(line.text.replace(" ", "")):
            continue  # the rule under the name, a stray mark
        if line.upper < 0.6 or patterns.ESIGN_LINE.match(line.folded):
            if taken:
                break
            continue
        if taken and gap_above(line, taken[0]) > BLOCK_GAP:
            break
        taken.insert(0, line)
    if not taken:
        return
    split = next((i for i in range(1, len(taken)) if patterns.BODY_HEAD.match(taken[i].folded)), 0)
    parent, own = taken[:split], taken[split:]
    name, doubts = gazetteer.issuer(" ".join(t.text for t in own))
    letter["issuer.name"] = Found.from_lines(name, own, doubts)
    if parent:
        parent_name, parent_doubts = gazetteer.issuer(" ".join(t.text for t in parent))
        letter["issuer.parent"] = Found.from_lines(parent_name, parent, parent_doubts)


def find_title(lines: list[TextLine], after: int) -> tuple[TextLine, patterns.DocType] | None:
    """Tên loại (ô 5a): a line that is only a document type's name, in capitals."""
    for line in lines:
        if line.index <= after or line.upper < 0.7:
            continue
        core = regex.sub(r"[^a-z ]", "", line.folded).strip()
        for doc_type in patterns.DOCUMENT_TYPES:
            limit = 1 if len(doc_type.title) > 6 else 0
            if regex.fullmatch(f"(?:{doc_type.title}){{e<={limit}}}", core):
                return line, doc_type
    return None


def find_subject_after_title(
    lines: list[TextLine], title: TextLine, stop: set[int], letter: Letter
) -> None:
    """Trích yếu of a titled document (ô 5a): the lines under the type's name."""
    taken: list[TextLine] = []
    for line in lines:
        if line.index <= title.index or line.index in stop:
            continue
        previous = taken[-1] if taken else title
        if gap_above(previous, line) > BLOCK_GAP * (1.6 if not taken else 1.0):
            break
        if line.letters < 2:
            break
        if taken and (line.upper > 0.8 or patterns.BODY_START.match(line.folded)):
            break
        if not taken and patterns.BODY_START.match(line.folded):
            break
        taken.append(line)
    if taken:
        _set_subject(letter, taken, patterns.SUBJECT_VE_VIEC)


def find_subject_vv(
    lines: list[TextLine], number: TextLine | None, stop: set[int], letter: Letter
) -> TextLine | None:
    """Trích yếu of a công văn (ô 5b): "V/v …" under the number, in the left column."""
    start = next(
        (
            t
            for t in lines
            if t.column != "right"
            and t.index not in stop
            and (number is None or t.index > number.index)
            and patterns.SUBJECT_VV.match(t.folded)
        ),
        None,
    )
    if start is None:
        return None
    taken = [start]
    for line in lines:
        if line.index <= start.index or line.column == "right" or line.index in stop:
            continue
        if gap_above(taken[-1], line) > BLOCK_GAP or line.letters < 2:
            break
        if patterns.ADDRESSEES.match(line.folded) or line.upper > 0.8:
            break
        if start.column == "left" and line.column != "left":
            break
        taken.append(line)
    _set_subject(letter, taken, patterns.SUBJECT_VV)
    return start


def _set_subject(letter: Letter, taken: list[TextLine], prefix: regex.Pattern) -> None:
    text = collapse(" ".join(t.text for t in taken))
    cut = prefix.match(fold(text))
    if cut:
        text = text[cut.end() :]
    text = text.strip(" .;:")
    if text:
        letter["subject"] = Found.from_lines(text, taken)


def find_marks(lines: list[TextLine], letter: Letter) -> None:
    """Urgency (ô 10b) and secrecy (ô 10a) stamps: a line that is only the mark, in capitals."""
    for key, marks in (("urgency", patterns.URGENCY_MARKS), ("secrecy", patterns.SECRECY_MARKS)):
        for line in lines:
            if line.upper < 0.8:
                continue
            core = regex.sub(r"[^a-z ]", "", line.folded).strip()
            hit = next((label for folded, label in marks if core == folded), None)
            if hit:
                letter[key] = Found.from_lines(hit, [line])
                break
