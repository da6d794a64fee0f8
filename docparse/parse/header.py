"""The header of page 1: issuing body, number and symbol, place and date, type and subject,
urgency and secrecy marks (NĐ 30/2020 Phụ lục I, ô 1–5 and 10)."""

from __future__ import annotations

import datetime as dt
import itertools

import regex

from docparse import gazetteer, patterns, spelling
from docparse.parse.common import (
    Found,
    Letter,
    TextLine,
    drop_debris,
    gap_above,
    letters_for_marks,
)
from docparse.text import collapse, drop_stray_dashes, edit_distance, fold, near_miss, upper_ratio
from models.layout import Line, Word

# A header element sits in the top part of page 1.
HEADER_DEPTH = 0.5
# Between two lines of one element there is less blank than this many line heights.
BLOCK_GAP = 1.2
# A line of dots under a "V/v" subject read less surely than this is its words worn away.
WORN_LINE_CONFIDENCE = 0.5
# A body line is as wide as the page's text; a centred trích yếu (ô 5a) is narrower.
BODY_WIDTH = 0.85
# A trích yếu found without its title is taken to be no longer than this.
MAX_SUBJECT_LINES = 4
# A word of one or two letters opening or ending a trích yếu is a speck's reading ('… xã
# hội sò', '… khen thưởng SN') when it is read below this confidence and is no syllable, or
# stands lower than this share of the subject's words; at most SUBJECT_EDGE_SPECKS a side.
SUBJECT_SPECK_CONFIDENCE = 0.5
SUBJECT_SPECK_HEIGHT = 0.6
SUBJECT_EDGE_SPECKS = 2
# Confidence kept when an anchor was matched only with OCR errors allowed.
FUZZY_FACTOR = 0.9


def in_header(line: TextLine, page_height: int) -> bool:
    return line.page == 1 and (page_height <= 0 or line.top < page_height * HEADER_DEPTH)


def find_motto(lines: list[TextLine]) -> tuple[TextLine | None, TextLine | None]:
    motto = next(
        (
            t
            for t in lines
            if patterns.MOTTO_HINT.search(t.folded) and patterns.MOTTO.search(t.folded)
        ),
        None,
    )
    tagline = next(
        (
            t
            for t in lines
            if patterns.TAGLINE_HINT.search(t.folded) and patterns.TAGLINE.search(t.folded)
        ),
        None,
    )
    return motto, tagline


def find_number(lines: list[TextLine], letter: Letter) -> TextLine | None:
    """Số, ký hiệu (ô 3). Fills ``number``; returns its line.

    When no line opens with "Số", a short line of the left column that opens with a short
    token and holds a symbol's shape ("ND. /UBND-KT": "Số:" misread) is taken, flagged."""
    for line in lines:
        anchor = patterns.NUMBER_ANCHOR.match(line.folded)
        short = len(line.text.split()) <= patterns.NUMBER_LINE_WORDS
        if (
            anchor
            and (short or patterns.NUMBER_CAPITAL.match(line.text))
            and _read_number(line, anchor.end(), letter, [])
        ):
            return line
    for line in lines:
        token = patterns.NUMBER_ANCHOR_MISREAD.match(line.text)
        if line.column == "right" or not token:
            continue
        words = len(line.text[token.start(1) :].split())
        if words <= patterns.NUMBER_LINE_WORDS and _read_number(
            line, token.end(), letter, [f"'Số' read as '{token[1]}'"], shape_only=True
        ):
            return line
    return None


def _read_number(
    line: TextLine, offset: int, letter: Letter, doubts: list[str], *, shape_only: bool = False
) -> bool:
    """Fill ``number`` from the line's text after ``offset``; whether it held one."""
    tail = _number_tail(line.text[offset:], shape_only=shape_only)
    if tail is None:
        return False
    match, symbol, symbol_doubts, tail_doubt = tail
    value, value_doubts = _number_value(match["value"], match["blank"])
    doubts = doubts + value_doubts
    if tail_doubt:
        doubts.append(tail_doubt)
    year = (match["year"] or "").translate(patterns.DIGIT_FIXES) or None
    year_doubts = []
    if year and len(year) == 3:
        year_doubts, year = [f"year read as '{year}': a digit lost"], None
    elif year and not match["yearslash"]:
        year_doubts = [f"the slash after the year was not read ('{year}{match['symbol']}')"]
    letter["number"] = Found.from_span(
        {
            "raw": line.text,
            "value": value,
            "year": year,
            "symbol": symbol,
            **symbol_parts(symbol),
        },
        line,
        offset,
    )
    value_end = offset + match.end("blank") + 1
    letter["number.value"] = Found.from_span(value, line, offset, value_end, doubts)
    letter["number.symbol"] = Found.from_span(
        symbol,
        line,
        offset + match.start("symbol"),
        doubts=(doubts[:1] if shape_only else []) + symbol_doubts,
    )
    if match["year"]:
        letter["number.year"] = Found.from_span(
            year, line, offset + match.start("year"), offset + match.end("year"), year_doubts
        )
    return True


def _number_tail(
    text: str, *, shape_only: bool
) -> tuple[regex.Match, str, list[str], str | None] | None:
    """The number's tail, read by the first pattern that finds a symbol with capitals in it:
    the match, the symbol and its doubts, and what that pattern tells the reviewer."""
    tails = [(patterns.NUMBER_TAIL, None)]
    if not shape_only:
        tails += [
            (patterns.NUMBER_TAIL_NO_SLASH, "the slash between number and symbol was not read"),
            (patterns.NUMBER_TAIL_SLASH_FIRST, "the slash was read before the number"),
            (patterns.NUMBER_TAIL_GLUED, "the symbol was found by its type abbreviation"),
        ]
    for pattern, tail_doubt in tails:
        match = pattern.match(text)
        if not match:
            continue
        symbol, symbol_doubts = _clean_symbol(text[match.start("symbol") :])
        shaped = not shape_only or patterns.SYMBOL_SHAPE.match(symbol)
        if regex.search(r"[A-ZĐ]", symbol) and shaped:
            return match, symbol, symbol_doubts, tail_doubt
    return None


def _number_value(text: str, blank: str) -> tuple[str | None, list[str]]:
    """The number in its printed blank: digits, nothing, or something unreadable."""
    written = text.strip(" ._…·,:'\"`“”")
    if not written:
        return None, ["number blank: never filled in, or written by hand and not read"]
    digits = written.translate(patterns.DIGIT_FIXES)
    if regex.fullmatch(r"\d+ \d+", digits):  # handwritten digits set apart: "20 32"
        return digits.replace(" ", ""), ["number looks handwritten in a printed blank"]
    if not digits.isdigit():
        return None, [f"number unreadable ('{written}'): probably handwritten"]
    if " " in blank or len(blank) > 1:
        return digits, ["number looks handwritten in a printed blank"]
    if not written.isdigit():
        return digits, [f"number read as '{written}': letters taken for digits"]
    return digits, []


def reconcile_symbol(letter: Letter, doc_type: patterns.DocType) -> None:
    """A type abbreviation a letter off the title's ("SĐ-TTg", "QĐĐ-BGDĐT" under QUYẾT
    ĐỊNH), or the hyphen after it lost ("TTBKHĐT" under THÔNG TƯ), is mended, flagged."""
    found = letter.get("number")
    if found is None or not doc_type.abbreviations:
        return
    head, _, rest = found.value["symbol"].partition("-")
    if not rest:
        # The hyphen lost after the title's abbreviation ("TTBKHĐT" under THÔNG TƯ).
        opening = [a for a in doc_type.abbreviations if head.startswith(a)]
        body = head[len(opening[0]) :] if opening else ""
        if regex.fullmatch(r"\p{Lu}[\p{L}&]+", body):
            mend_symbol(letter, f"{opening[0]}-{body}")
        return
    if head in doc_type.abbreviations:
        return
    # Another type's abbreviation is kept, unless it is the title's with its last letter
    # lost ('TT-SNNMT' under TỜ TRÌNH is TTr, not THÔNG TƯ's TT).
    if head in patterns.TYPE_BY_ABBREVIATION and not any(
        a.startswith(head) and len(a) == len(head) + 1 for a in doc_type.abbreviations
    ):
        return
    once = regex.sub(r"(.)\1+", r"\1", head)  # 'QĐĐĐ': a letter read again and again
    for abbreviation in doc_type.abbreviations:
        # One letter wrong, doubled or lost ("SĐ", "QĐĐ", "TT" for TTr), case aside.
        if rest and (
            near_miss(fold(abbreviation), 1).fullmatch(fold(head)) or once == abbreviation
        ):
            mend_symbol(letter, f"{abbreviation}-{rest}")
            return


def reconcile_issuing_body(letter: Letter) -> None:
    """The issuing body's part of the symbol a letter off the issuer's initials ("STG" for
    SỞ TÀI CHÍNH, "UBNĐ" for ỦY BAN NHÂN DÂN …; two off six or more: "SVHTÏDI" for
    SVHTTDL), with a letter repeated ("HĐĐĐND") or small letters among them ("pBYyT"),
    their start where the symbol ends ("BC-S"
    for SỞ THÔNG TIN VÀ TRUYỀN THÔNG), or glued to the drafting unit ("UBNDKT"), is
    mended, flagged."""
    number, symbol_found = letter.get("number"), letter.get("number.symbol")
    body = number.value.get("issuing_body") if number else None
    if not body or symbol_found is None:
        return
    names = [letter[k].value for k in ("issuer.name", "issuer.parent") if letter.get(k)]
    candidates = {c for name in names if isinstance(name, str) for c in _body_initials(name)}
    if body in candidates:
        return
    near = sorted(
        c
        for c in candidates
        if len(c) >= 3 and near_miss(fold(c), 1 if len(c) < 6 else 2).fullmatch(fold(body))
    )
    if not near and regex.sub(r"(.)\1+", r"\1", body) in candidates:
        near = [regex.sub(r"(.)\1+", r"\1", body)]  # 'HĐĐĐND': a letter read again and again
    if not near and regex.sub(r"\p{Ll}", "", body) in candidates:
        near = [regex.sub(r"\p{Ll}", "", body)]  # 'pBYyT': specks read as small letters
    if not near and symbol_found.value.endswith(body):
        # 'BC-S' for BC-STTTT: the symbol cut short where the line was read no further. Less
        # than half the initials: 'QĐ-UB' is how older letters wrote ỦY BAN NHÂN DÂN.
        near = sorted(c for c in candidates if len(c) > 2 * len(body) and c.startswith(body))
    # Only a name read surely tells where its initials end ('BỘ THÔNG TIN VÀ', cut short,
    # would cut BTTTT).
    sure = [
        letter[k].value
        for k in ("issuer.name", "issuer.parent")
        if letter.get(k) and isinstance(letter[k].value, str) and not letter[k].doubts
    ]
    glued = [
        c
        for c in {c for name in sure for c in _body_initials(name)}
        if len(c) >= 3 and body.startswith(c) and regex.fullmatch(r"\p{Lu}{2,5}", body[len(c) :])
    ]
    if not near and len(glued) == 1 and not number.value.get("drafting_unit"):
        # 'UBNDKT': the hyphen before the drafting unit lost.
        whole = f"{glued[0]}-{body[len(glued[0]) :]}"
        mend_symbol(letter, symbol_found.value.replace(body, whole, 1))
        return
    if len(near) > 1:
        # 'SVHTTDIL': SVHTTDL one letter off, VHTTDL (without the head's S) two.
        distances = [edit_distance(fold(c), fold(body)) for c in near]
        near = [c for c, d in zip(near, distances, strict=True) if d == min(distances)]
    if len(near) != 1:
        return
    mend_symbol(letter, symbol_found.value.replace(body, near[0], 1))


def mend_symbol(letter: Letter, symbol: str) -> None:
    """Take ``symbol`` for the one read, its parts too, and say what was read."""
    found = letter["number.symbol"]
    letter["number"].value.update(symbol=symbol, **symbol_parts(symbol))
    found.doubts.append(f"symbol read as '{found.value}', taken as '{symbol}'")
    found.value = symbol


def _body_initials(name: str) -> list[str]:
    """How a body's name is abbreviated in symbols: "ỦY BAN NHÂN DÂN TỈNH X" UBND, "SỞ
    TÀI CHÍNH" STC, "CỤC AN TOÀN THỰC PHẨM" ATTP or CATTP (NĐ 30 Phụ lục I ô 3)."""
    folded = fold(name)
    for head, code in patterns.BODY_CODES.items():
        if folded.startswith(head):
            return [code]
    words = [w for w in name.split() if fold(w) != "va"]
    words = words[
        : next((i for i, w in enumerate(words) if fold(w) in patterns.LEVEL_WORDS), len(words))
    ]
    initials = "".join(w[0] for w in words if w[0].isalpha()).upper()
    return [initials, initials[1:]] if len(initials) > 3 else [initials]


def _clean_symbol(text: str) -> tuple[str, list[str]]:
    """The ký hiệu from the rest of its line: 'SĐ- TTg ,' → 'SĐ-TTg'; and doubts.

    In a group of letters with one digit among them ("UB0ND"), the digit is a misread letter;
    groups ending in digits ("QH13") are left alone. A colon between two groups is a
    misread hyphen ('SKHĐT:TH'), and so is a stop in a symbol without a hyphen ('HĐND.VP'),
    both said: a hyphen is the only mark between a symbol's parts (NĐ 30 Phụ lục I ô 3).
    A stop beside a hyphen ('QLG-QLG.CN') may be the drafting unit's own: kept, said.
    """
    doubts = []
    text = patterns.SYMBOL_HYPHEN_SPECKS.sub("-", text.strip())
    apart = patterns.SYMBOL_CUT_BY_SPACE.match(text)
    if apart:  # 'BTT TT-BC': the body's letters set apart
        doubts.append(f"symbol read as '{' '.join(text.split(' ', 2)[:2])}', its parts joined")
        text = apart[1] + apart[2] + text[apart.end() :]
    token = text.split(" ", 1)[0]
    colon = patterns.SYMBOL_COLON.search(text)
    if colon and colon.start() < len(token):
        read = text[: colon.end()] + text[colon.end() :].split(" ", 1)[0]
        doubts.append(f"symbol read as '{read}': '{colon[0].strip()}' taken for '-'")
        text = patterns.SYMBOL_COLON.sub("-", read, count=1)
    token = text.split(" ", 1)[0]
    fixed, lookalikes = letters_for_marks(token)
    if lookalikes:  # 'B€-UBND': BC
        text = fixed + text[len(token) :]
        doubts.append(f"symbol read as '{token}': {', '.join(lookalikes)} taken for letters")
    read = patterns.SYMBOL_CHARACTERS.match(text)[0]
    if regex.search(r"[\p{L}\p{N}]", text[len(read) :].split(" ", 1)[0]):
        doubts.append(f"symbol read as '{text.split(' ', 1)[0]}': a mark cut it short")
    symbol = read.strip(".-,;:")
    if patterns.SYMBOL_STOP.search(symbol) and "-" in symbol:
        doubts.append(f"symbol '{symbol}' holds a stop where a hyphen is expected")
    elif patterns.SYMBOL_STOP.search(symbol):
        doubts.append(f"symbol read as '{symbol}': '.' taken for '-'")
        symbol = patterns.SYMBOL_STOP.sub("-", symbol, count=1)
    parts = []
    for part in symbol.split("-"):
        letters = sum(c.isalpha() for c in part)
        if letters >= 2 and letters == len(part) - 1 and not part[-1].isdigit():
            part = part.translate(patterns.LETTER_FIXES)
        parts.append(part)
    symbol = "-".join(p for p in parts if p)
    foreign = patterns.NOT_VIETNAMESE_LETTERS.findall(symbol)
    if foreign:  # 'TFBCXB': a T read as F
        doubts.append(f"symbol '{symbol}' holds {', '.join(foreign)}: no Vietnamese letter")
    marked = [p for p in symbol.split("-") if patterns.ARCHIVE_UNIT_MARKED.match(p)]
    if marked:  # 'UBND-ỶNMT': a T read as a marked vowel
        doubts.append(f"symbol part read as {', '.join(marked)}: an abbreviation takes no marks")
    return symbol, doubts


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
    """Địa danh và thời gian (ô 4): "Hà Nội, ngày 05 tháng 01 năm 2020".

    A date line with blanks may be cut in two at the blank ("Hà Nội, ngày" | "tháng năm"):
    a line and the next piece on its row are read together too."""
    for line in _with_row_neighbours(lines):
        match = patterns.DATE_HINT.search(line.folded) and patterns.DATE_LINE.search(line.folded)
        if not match:
            continue
        if not match["year"] and patterns.DATE_LINE_WORN.search(line.folded):
            continue  # 'ngày 07 tháng 6 nặïn 2024': its words misread, its numbers there
        place_text = patterns.SPECK_GLUED_TO_PLACE.sub("", _span(line, match, "place"))
        place, place_doubts = gazetteer.place(place_text)
        if not _place_shaped(place_text) and not _known_place(place_text, place):
            if not _capital_read_small(place_text):
                continue  # "… ngày 05 tháng 3 năm 2020" inside a sentence; 'cà Mậu' is a place
            place_doubts = [*place_doubts, f"place read '{place_text}': its capital read small"]
        named = regex.sub(r"^[^\p{L}]+", "", place_text)  # '` Sức Trăng': a speck before it
        if not match["comma"].strip() and not all(w[0].isupper() for w in named.split()):
            continue  # without its comma, only a name in capitalised words is a place
        factor = FUZZY_FACTOR if sum(match.fuzzy_counts) else 1.0
        letter["place"] = Found.from_span(
            place, line, match.start("place"), match.end("place"), place_doubts, factor
        )
        value, doubts = _date_value(match, line.text)
        start = match.start("day") if match["day"] else match.end("place")
        end = match.end("year") if match["year"] else match.end()
        letter["date"] = Found.from_span(value, line, start, end, doubts, factor)
        return line
    for line in lines:
        match = patterns.DATE_LINE_WORN.search(line.folded)
        if match is None:
            continue
        place_text = patterns.SPECK_GLUED_TO_PLACE.sub("", _span(line, match, "place"))
        place, place_doubts = gazetteer.place(place_text)
        if not _place_shaped(place_text) and (place_doubts or not _place_shaped(place)):
            continue  # 'lạng Sơn': a known place whose capital was read small is one
        letter["place"] = Found.from_span(
            place, line, match.start("place"), match.end("place"), place_doubts
        )
        value, doubts = _date_value_of(match, line.text)
        words = f"'{_span(line, match, 'word1')}', '{_span(line, match, 'word2')}'"
        letter["date"] = Found.from_span(
            value,
            line,
            match.start("day"),
            match.end("year"),
            [f"date words read as {words}: its numbers taken", *doubts],
        )
        return line
    for line in lines:
        match = patterns.DATE_LINE_UNREAD.search(line.folded)
        if match is None:
            continue
        place_text = patterns.SPECK_GLUED_TO_PLACE.sub("", _span(line, match, "place"))
        if _place_shaped(place_text):
            place, place_doubts = gazetteer.place(place_text)
            letter["place"] = Found.from_span(
                place, line, match.start("place"), match.end("place"), place_doubts
            )
            letter["date"] = Found.from_span(
                None,
                line,
                match.end("comma"),
                match.end(),
                [f"date line read as '{line.text}': its day or month is no number"],
            )
            return line
    return None


def _span(line: TextLine, match: regex.Match, group: str) -> str:
    """The text of a group matched on the line's folded text."""
    return line.text[match.start(group) : match.end(group)]


def _with_row_neighbours(lines: list[TextLine]) -> list[TextLine]:
    """The lines, each followed by itself joined with the next line when it ends at a blank
    ("… ngày") and that is the rest of its row (the same page, overlapping it by most of
    its height, to its right)."""
    result = []
    for position, line in enumerate(lines):
        after = lines[position + 1] if position + 1 < len(lines) else None
        result.append(line)
        if (
            after is not None
            and regex.search(r"\b(?:ngay|thang)\W*$", line.folded)
            and after.left > line.right
            and _same_row(line, after)
        ):
            result.append(_joined(line, after))
    return result


def _same_row(line: TextLine, other: TextLine) -> bool:
    """Whether two lines of one page overlap by most of the lower's height."""
    overlap = min(line.bottom, other.bottom) - max(line.top, other.top)
    return line.page == other.page and overlap > 0.5 * min(line.height, other.height)


def _joined(line: TextLine, other: TextLine) -> TextLine:
    """Two lines of one row read as one, their words left to right."""
    words = sorted([*line.line.words, *other.line.words], key=lambda w: w.bbox[0])
    return TextLine.of(line.index, Line(words=words, column=line.column))


def _known_place(read: str, place: str) -> bool:
    """Whether the gazetteer took the text read for one known place ('cà Mậu': Cà Mau)."""
    return place != read and _place_shaped(place)


def _place_shaped(text: str) -> bool:
    """A place name: a few words, the first capitalised."""
    words = regex.findall(r"\p{L}+", text)
    return 0 < len(words) <= 6 and words[0][0].isupper()


def _capital_read_small(text: str) -> bool:
    """A place of a few words whose first capital was read small and the others were not
    ('lân Thành'); a sentence's words are small ('đồng chí Nguyễn Văn A')."""
    words = regex.findall(r"\p{L}+", text)
    return 2 <= len(words) <= 6 and words[0].islower() and all(w[0].isupper() for w in words[1:])


def _date_value(match: regex.Match, text: str) -> tuple[dt.date | None, list[str]]:
    """The date the match on a line's folded text holds; ``text`` is the line as read."""
    # A quote or a stop in a blank is a speck ('tháng 6\'năm', 'ngày 26 “tháng'), not a hand.
    junk = [match[k].strip(" .,_…·:;-'\"“”‘’`") for k in ("dayblank", "monthblank") if match[k]]
    glued = [
        match[k].strip()
        for k in ("dayblank", "monthblank")
        if patterns.DATE_BLANK_GLUED.search(match[k]) and match.string[match.end(k)].isalpha()
    ]
    if glued and len(glued) == len([j for j in junk if j]):
        # 'riăm' for năm: letters glued to the word after, that word misread, no handwriting.
        value, doubts = _date_value_of(match, text)
        return value, [f"date words misread ('{' '.join(glued)}…'), its numbers taken", *doubts]
    if any(junk):
        return None, [f"date unreadable ('{' '.join(j for j in junk if j)}'): probably handwritten"]
    return _date_value_of(match, text)


def _date_value_of(match: regex.Match, text: str) -> tuple[dt.date | None, list[str]]:
    day, month = (_day_or_month(text[match.start(k) : match.end(k)]) for k in ("day", "month"))
    year = _digits(match["year"])
    if day is None or month is None or year is None:
        return None, ["date blank: day, month or year never filled in, or handwritten and not read"]
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None, [f"not a real date: day {day}, month {month}, year {year}"]
    if len(match.groupdict().get("dayblank") or "") > 2:
        return value, ["day looks handwritten in a printed blank"]
    after = match.string[match.end("year") : match.end("year") + 1]
    if after.isdigit():
        return value, [f"year read as '{match['year']}{after}', taken as {value.year}"]
    lettered = [
        text[match.start(k) : match.end(k)]
        for k in ("day", "month", "year")
        if not match[k].isdigit()
    ]
    if lettered:
        return value, [f"read as letters ('{' '.join(lettered)}'), taken as {value:%d/%m/%Y}"]
    return value, []


def _day_or_month(read: str) -> int | None:
    """A day's or month's digits as read in the italic date line (see
    patterns.DATE_DIGIT_ALONE): alone, an o with a mark is a 6 or an 8 and a Z a 7; last
    of two, an o with an acute a 6 ('0ó')."""
    if len(read) == 1:
        read = read.translate(patterns.DATE_DIGIT_ALONE)
    elif read[-1:] in patterns.DATE_SIX_LAST:
        read = read[:-1] + "6"
    return _digits(fold(read))


def _digits(text: str | None) -> int | None:
    if not text:
        return None
    if len(text) == 3 and text.endswith("]"):
        text = text[:2]  # "I1]": see patterns.DATE_DIGITS
    text = text.replace(" ", "")  # "201 7": see patterns.DATE_YEAR
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
        if line.junk:
            continue
        if line.letters < 2 or line.letters < 0.5 * len(line.text.replace(" ", "")):
            continue  # the rule under the name, a stray mark
        if patterns.NUMBER_ANCHOR.match(line.folded) and regex.search(r"\d", line.text):
            continue  # a number line the number rule could not read
        if line.upper < 0.6 or patterns.ESIGN_LINE.match(line.folded):
            if taken:
                break
            continue
        if taken and gap_above(line, taken[0]) > BLOCK_GAP:
            break
        taken.insert(0, line)
    if not taken:
        return
    split = next((i for i in range(1, len(taken)) if _opens_a_body(taken[i])), 0)
    parent, own = taken[:split], taken[split:]
    own_text = " ".join(t.text for t in own)
    parent_text = " ".join(t.text for t in parent)
    if not parent:
        # Both names read as one line: the rule printed under the parent's name shows as
        # debris between them ("UBND TỈNH VĨNH LONG _ SỞ GIÁO DỤC VÀ ĐÀO TẠO").
        cut = patterns.PARENT_RULE.search(fold(own_text))
        if cut and patterns.BODY_HEAD.match(fold(own_text)[cut.end() :]):
            parent, parent_text, own_text = own, own_text[: cut.start()], own_text[cut.end() :]
    if not parent:
        # Both names on one line without a rule between them: cut where a body's name
        # starts after a parent the gazetteer knows ("UBND TỈNH BÌNH DƯƠNG SỞ GIÁO DỤC…").
        cleaned, _ = drop_debris(own_text, capitals=True)
        cut = _known_parent_end(cleaned)
        if cut:
            parent, parent_text, own_text = own, cleaned[:cut], cleaned[cut:]
    name, doubts = body_name(own_text)
    letter["issuer.name"] = Found.from_lines(name, own, doubts)
    if parent:
        parent_name, parent_doubts = body_name(parent_text)
        letter["issuer.parent"] = Found.from_lines(parent_name, parent, parent_doubts)


def _opens_a_body(line: TextLine) -> bool:
    """Whether a header line opens a body's name: its head word, that word glued to the next
    in capitals ('SỞYTẾ'), or a council's head a letter or two off ('ỦỬY BAN NHÂN DÂN')."""
    folded = _after_marks(line.folded)
    if patterns.BODY_HEAD.match(folded):
        return True
    words = _after_marks(line.text).split()
    if _council_head_words(words) is not None:
        return True  # 'ỦỬY BAN NHÂN DÂN': a council's head a letter or two off
    return bool(words) and words[0].isupper() and bool(patterns.BODY_HEAD_GLUED.match(folded))


def _after_marks(text: str) -> str:
    """Text from its first letter: a speck read before a line ('.SỞ GIÁO DỤC') is none of it."""
    return regex.sub(r"^[^\p{L}]+", "", text)


def _known_parent_end(text: str) -> int:
    """Where the name of a body starts after a parent body the gazetteer knows; 0: none."""
    folded = fold(text)
    for space in regex.finditer(r"\s", folded):
        rest = folded[space.end() :]
        if patterns.BODY_HEAD.match(rest) and gazetteer.known_issuer(text[: space.start()]):
            return space.end()
    return 0


def body_name(text: str) -> tuple[str, list[str]]:
    """A body's name as read, without specks (and the motto, when its line ran into the
    name's), in capitals as printed, its head word and its whole snapped to the gazetteer;
    and doubts."""
    head_doubts = []
    motto = patterns.MOTTO_OPENING.search(fold(text))
    if motto and motto.start() > 0:  # the motto beside it run into its line
        head_doubts.append(f"read with the motto after it, cut: '{text[motto.start() :]}'")
        text = text[: motto.start()]
    text, dropped = drop_debris(text, capitals=True)
    small = 0.75 <= upper_ratio(text) < 1  # printed in capitals (NĐ 30 ô 2): 'NHÂN Dân'
    read, text = text, text.upper() if small else text
    stops = patterns.STOP_IN_BODY_NAME.findall(text)
    if stops:  # 'XÃ HÒA.BÌNH', 'NHÀ,NƯỚC': a speck between two words
        head_doubts.append(f"'{' '.join(stops)}' read between two words of the name")
        text = patterns.STOP_IN_BODY_NAME.sub(" ", text)
    first = text.split(" ", 1)
    head = patterns.BODY_HEAD_SPELLINGS.get(fold(first[0]))
    if head and first[0] != head and first[0].isupper() and len(first) > 1:
        head_doubts.append(f"'{first[0]}' taken as '{head}'")
        text = f"{head} {first[1]}"
    text, council_doubts = _council_head(text)
    name, doubts = gazetteer.issuer(text)
    head_doubts += council_doubts
    if small and doubts:  # a known name, or one of its shape, in capitals needs no word
        head_doubts.append(f"read as '{read}' with small letters, taken in capitals")
    doubts = head_doubts + doubts
    letters = [d for d in dropped if regex.search(r"\p{L}", d)]
    if letters:
        doubts.append(f"letters taken for specks and dropped: {' '.join(letters)}")
    return name, doubts


def _council_head(text: str) -> tuple[str, list[str]]:
    """A council's name with its head put right: "ỦY BAN NHÂN BẢN HUYỆN BẾN LỨC" and
    "ỦY BANNHÂNĐÂN -HUYỆN …" can only be an ỦY BAN NHÂN DÂN (BODY_HEAD_PHRASES). The head
    is matched two letters off at most, its spaces aside; marks before the next word go."""
    words = text.split()
    head = _council_head_words(words)
    if head is None:
        return text, []
    folded, size = head
    read, phrase = " ".join(words[:size]), patterns.BODY_HEAD_PHRASES[folded]
    rest = regex.sub(r"^[^\p{L}\p{N}]+", "", " ".join(words[size:]))
    if not rest:
        return text, []  # a name goes on after its head
    # Marks alone restored are safe; letters or spaces put right are said.
    doubts = [] if fold(read) == folded else [f"'{read}' taken as '{phrase}'"]
    return f"{phrase} {rest}", doubts


def _council_head_words(words: list[str]) -> tuple[str, int] | None:
    """The council's head (a key of BODY_HEAD_PHRASES) the first words read, two letters off
    at most, spaces aside, and how many words it took."""
    for folded in patterns.BODY_HEAD_PHRASES:
        pattern = near_miss(folded.replace(" ", ""), 2)
        for size in range(1, min(len(words), 4) + 1):
            read = " ".join(words[:size])
            if read.isupper() and pattern.fullmatch(fold(read).replace(" ", "")):
                return folded, size
    return None


def find_title(
    lines: list[TextLine], *, laid_out: bool = True
) -> tuple[TextLine, patterns.DocType] | None:
    """Tên loại (ô 5a): a line that is only a document type's name, in capitals.

    The search ends where the body begins ("Căn cứ", "Kính gửi"): below that, "QUYẾT ĐỊNH:"
    heads the operative part of a decision and is no title. On a page ``laid_out`` as
    printed (not plain text), the title stands on the page's axis.
    """
    axis = _text_axis(lines) if laid_out else None
    for line in lines:
        if patterns.BODY_START.match(line.folded):
            return None
        doc_type = title_of(line)
        if doc_type is not None and _centred_on(line, axis):
            return line, doc_type
    return None


def _text_axis(lines: list[TextLine]) -> float | None:
    """The page's vertical axis: the middle of its body's lines, which run from margin to
    margin (justified); None when there are none to tell."""
    width = _text_width(lines)
    centres = sorted(
        (t.left + t.right) / 2
        for t in lines
        if t.column == "full" and t.right - t.left > 0.9 * width
    )
    return centres[len(centres) // 2] if centres else None


def _centred_on(line: TextLine, axis: float | None) -> bool:
    """Whether the page's axis runs through a line, as through a title (ô 5a: centred), a
    line height aside; a line in a column does not stand there ('PHÒNG TÀI CHÍNH' | '- KẾ
    HOẠCH': a name broken at its dash). Its words in capitals count, not specks read beside
    them ('vs : KẾ HOẠCH')."""
    if axis is None:
        return True
    boxes = [w.bbox for w in line.line.words if regex.search(r"\p{Lu}{2}", w.text)]
    if not boxes:
        return True
    left, right = min(b[0] for b in boxes), max(b[2] for b in boxes)
    return left - line.height <= axis <= right + line.height


def title_of(line: TextLine) -> patterns.DocType | None:
    """The document type a line names, when it is only that name, in capitals."""
    doc_type = _named_type(line)
    if doc_type in patterns.OPERATIVE_HEADINGS and patterns.OPERATIVE_HEADING_END.search(line.text):
        return None
    return doc_type


def _named_type(line: TextLine) -> patterns.DocType | None:
    # Specks read after the title as marks and a short word in small letters ("ĐỀ ÁN. -- :
    # và") are no part of it.
    text = patterns.TITLE_TRAILING_SPECKS.sub("", line.text)
    if upper_ratio(text) < 0.7:
        return None
    if line.junk:
        # Read with no confidence, as specks are ("QUY.CHẾ”"): only a title letter for letter.
        words = collapse(regex.sub(r"[^a-z]", " ", fold(text)))
        return next((t for t in patterns.DOCUMENT_TYPES if t.title == words), None)
    core = regex.sub(r"[^a-z ]", "", fold(text)).strip()
    # Stamp or seal remnants read before the title: one or two letters ("vn ị").
    # "TỜ TRÌNH" and "KẾ HOẠCH" open with two letters of their own, so the line as read is
    # tried first, then without one such word, then without two ("vs : KẾ HOẠCH").
    one = regex.sub(r"^[a-z]{1,2}\s+(?=[a-z])", "", core)
    two = regex.sub(r"^(?:[a-z]{1,2}\s+){2}(?=[a-z]{3})", "", core)
    for text in dict.fromkeys((core, one, two)):
        for doc_type in patterns.DOCUMENT_TYPES:
            limit = 1 if len(doc_type.title) > 6 else 0
            if near_miss(doc_type.title, limit).fullmatch(text):
                return doc_type
    return None


def find_subject_after_title(
    lines: list[TextLine], title: TextLine, stop: set[int], letter: Letter
) -> None:
    """Trích yếu of a titled document (ô 5a): the lines under the type's name."""
    taken: list[TextLine] = []
    specks: list[TextLine] = []
    text_width = _text_width([t for t in lines if t.page == title.page])
    for line in lines:
        if line.index <= title.index or line.index in stop:
            continue
        if sum(c.isalnum() for c in line.text) < 2:
            continue  # a speck or the rule under the title, whatever its gap
        previous = taken[-1] if taken else title
        if gap_above(previous, line) > BLOCK_GAP * (1.6 if not taken else 1.0):
            break
        if not taken and (line.junk or line.letters <= 3) and _off_axis(title, line):
            continue  # a speck read as letters ('ky', '° vu') beside the subject's start
        if taken and not line.junk and _same_row(taken[-1], line) and line.left > taken[-1].right:
            taken.append(line)  # the rest of its row, cut off at a word not read
            continue
        if taken and (_in_capitals(line) or patterns.BODY_START.match(line.folded)):
            break
        if taken and (
            _body_wide(line, taken[0], text_width) or patterns.ADDRESSEES.match(line.folded)
        ):
            break
        if (
            not taken
            and patterns.BODY_START.match(line.folded)
            and not _centred_phrase(line, title, text_width)
        ):
            break
        if taken and line.junk and _off_axis(taken[0], line):
            specks.append(line)  # 'vệ' read unsurely off to the side of a centred subject
            continue
        taken.append(line)
    if taken:
        _set_subject(letter, taken, patterns.SUBJECT_VE_VIEC)
        if specks and "subject" in letter:
            read = " | ".join(t.text for t in specks)
            letter["subject"].doubts.append(f"read beside the subject, taken for specks: {read}")
        _issuing_authority(lines, taken[-1], stop, letter)


def _centred_phrase(line: TextLine, title: TextLine, text_width: int) -> bool:
    """Whether a line opening like a body ("Thực hiện …") is a trích yếu all the same:
    "Thực hiện" only, centred under the title and narrower than the body's lines."""
    centre = (line.left + line.right) / 2
    # The title's own words, not the specks read beside it ("vs : KẾ HOẠCH").
    boxes = [w.bbox for w in title.line.words if regex.fullmatch(r"\p{Lu}{2,}", w.text)]
    left, right = (min(b[0] for b in boxes), max(b[2] for b in boxes)) if boxes else title.bbox[::2]
    axis = (left + right) / 2
    return (
        regex.sub(r"^[\W_]+", "", line.folded).startswith("thuc hien")
        and abs(centre - axis) < line.height
        and line.right - line.left < BODY_WIDTH * text_width
    )


def _in_capitals(line: TextLine) -> bool:
    """Whether a line is printed in capitals (a heading, a name): most of its letters, and
    enough of them to tell ('2025 - 2030… Ỷ' is a subject's end with a speck)."""
    return line.upper > 0.8 and line.letters >= 4


def _text_width(lines: list[TextLine]) -> int:
    """How wide the page's body text runs: the upper quartile of its full-width lines (a
    paragraph's last line is shorter; two columns read as one line may be wider)."""
    widths = sorted(t.right - t.left for t in lines if t.column == "full")
    if not widths:
        return max(t.right - t.left for t in lines)
    return widths[len(widths) * 3 // 4]


def _body_wide(line: TextLine, first: TextLine, text_width: int) -> bool:
    """Whether a line is the body's, set close under the subject: as wide as the page's
    text (BODY_WIDTH of _text_width) and reaching past the centred subject's first line,
    its widest, on both sides by a line height."""
    margin = line.height
    return (
        line.right - line.left >= BODY_WIDTH * text_width
        and line.left < first.left - margin
        and line.right > first.right + margin
    )


def _off_axis(first: TextLine, line: TextLine) -> bool:
    """Whether a short line stands off the axis of a centred subject (ô 5a: trích yếu
    centred under the type's name): its centre a quarter of the first line's width away."""
    width = first.right - first.left
    centre = (first.left + first.right) / 2
    return abs((line.left + line.right) / 2 - centre) > width / 4


def _issuing_authority(
    lines: list[TextLine], subject_end: TextLine, stop: set[int], letter: Letter
) -> None:
    """Thẩm quyền ban hành: the capitalised line a decision puts under its subject
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA"), before "Căn cứ"."""
    after = [t for t in lines if t.index > subject_end.index and t.index not in stop]
    taken: list[TextLine] = []
    for line in after[:3]:
        previous = taken[-1] if taken else subject_end
        if line.upper < 0.8 or patterns.BODY_START.match(line.folded) or line.text.endswith(":"):
            break
        if gap_above(previous, line) > (3.0 if not taken else BLOCK_GAP):
            break
        taken.append(line)
    if taken:
        letter["issuing_authority"] = Found.from_lines(
            collapse(" ".join(t.text for t in taken)), taken
        )


def find_subject_without_title(
    lines: list[TextLine], after: int, stop: set[int], letter: Letter
) -> None:
    """The title was not read but the symbol names a titled type: the trích yếu is the block
    under the header, before the body, from its "Về việc" where one was read (a date line
    too damaged to be known may stand above it). Marked for review."""
    candidates = []
    for line in lines:
        if line.index <= after or line.index in stop or line.junk or line.page != lines[0].page:
            continue
        if patterns.BODY_START.match(line.folded) or patterns.ADDRESSEES.match(line.folded):
            break
        candidates.append(line)
    opening = next(
        (i for i, t in enumerate(candidates) if patterns.SUBJECT_VE_VIEC.match(t.folded)), 0
    )
    taken: list[TextLine] = []
    text_width = _text_width([t for t in lines if t.page == lines[0].page])
    for line in candidates[opening:]:
        if not taken and line.upper >= 0.7:
            continue  # the title, too damaged to read
        if taken and (gap_above(taken[-1], line) > BLOCK_GAP or _in_capitals(line)):
            break
        if taken and _body_wide(line, taken[0], text_width):
            break
        taken.append(line)
        if len(taken) == MAX_SUBJECT_LINES:
            break
    if taken:
        _set_subject(letter, taken, patterns.SUBJECT_VE_VIEC)
        letter["subject"].doubts.append("title not read: subject taken from the lines under it")


def find_subject_vv(
    lines: list[TextLine], number: TextLine | None, stop: set[int], letter: Letter
) -> TextLine | None:
    """Trích yếu of a công văn (ô 5b): "V/v …" under the number, in the left column; its
    anchor makes the letter a công văn."""
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
    anchor = patterns.SUBJECT_VV
    if start is None and number is not None:
        # A symbol naming a titled type ('QĐ-UBND') says the title was lost, not the V/v.
        titled = "number" in letter and letter["number"].value.get("type_abbreviation")
        start, anchor = _worn_vv(lines, number, stop, lost=not titled) or (None, anchor)
    if start is None:
        return None
    taken, worn_lines = [start], []
    for line in lines:
        if line.index <= start.index or line.column == "right" or line.index in stop:
            continue
        if sum(c.isalnum() for c in line.text) < 2:
            if (
                patterns.SUBJECT_WORN_LINE.match(line.text)
                and line.line.confidence < WORN_LINE_CONFIDENCE
                and gap_above(taken[-1], line) <= BLOCK_GAP
            ):
                worn_lines.append(line.text)
            continue
        if gap_above(taken[-1], line) > BLOCK_GAP:
            break
        if line.junk and line.upper > 0.8:
            continue  # specks read as capitals ('Đ N') beside the subject: no heading
        if patterns.ADDRESSEES.match(line.folded) or _in_capitals(line):
            break
        if start.column == "left" and line.column != "left":
            break
        taken.append(line)
    _set_subject(letter, taken, anchor)
    worn = {
        patterns.SUBJECT_VV: [],
        patterns.SUBJECT_VV_WORN: [f"'V/v' read as '{start.text.split()[0]}'"],
        patterns.SUBJECT_VV_LOST: ["no 'V/v' read: the line under the number taken for it"],
    }[anchor]
    letter["document_type"] = Found.from_lines(patterns.CONG_VAN, [start], worn)
    if worn and "subject" in letter:
        letter["subject"].doubts += worn
    if worn_lines and "subject" in letter:
        read = ", ".join(f"'{text}'" for text in worn_lines)
        letter["subject"].doubts.append(f"a line under it read as {read}: its words worn away?")
    return start


def _worn_vv(
    lines: list[TextLine], number: TextLine, stop: set[int], *, lost: bool
) -> tuple[TextLine, regex.Pattern] | None:
    """The first line under the number, outside the right column, when it opens with a
    worn "V/v", or, ``lost``, when it is in the number's left column and opens in small
    letters (no V/v read); and the anchor that found it. None if it does neither."""
    under = next(
        (
            t
            for t in lines
            if t.index > number.index
            and t.column != "right"
            and t.index not in stop
            and sum(c.isalnum() for c in t.text) >= 2
        ),
        None,
    )
    if under is None or gap_above(number, under) > 2 * BLOCK_GAP:
        return None
    if patterns.SUBJECT_VV_WORN.match(under.folded):
        return under, patterns.SUBJECT_VV_WORN
    left = under.column == number.column == "left"
    if lost and left and patterns.SUBJECT_VV_LOST.match(under.text):
        return under, patterns.SUBJECT_VV_LOST
    return None


def _set_subject(letter: Letter, taken: list[TextLine], prefix: regex.Pattern) -> None:
    words, specks = _without_edge_specks(taken)
    text, dashes = drop_stray_dashes(collapse(" ".join(w.text for w in words)))
    text, dropped = drop_debris(text)
    dropped = specks + dashes + dropped
    dropped += [piece.strip() for piece in patterns.SUBJECT_RULE_PIECE.findall(text)]
    text = collapse(patterns.SUBJECT_RULE_PIECE.sub(" ", text))
    dropped += patterns.SUBJECT_SPECKS.findall(text)
    text = collapse(patterns.SUBJECT_SPECKS.sub(" ", text))
    text = patterns.CITED_SYMBOL_SPACED_HYPHEN.sub("-", text)  # "Thông tư số 18/2025/TT- BCT"
    # A trích yếu neither opens nor ends on a comma or a dash, nor opens on a loose mark.
    text = patterns.SUBJECT_LOOSE_MARKS_FIRST.sub("", text)
    cut = prefix.match(fold(text))
    if cut:
        text = text[cut.end() :]
    text = patterns.SUBJECT_LOOSE_MARKS_FIRST.sub("", text).strip(" .,;:-_")
    lone = patterns.SUBJECT_LONE_LETTER_LAST.search(text)
    if lone:  # '… năm 2025 S', '2025 - 2030... Ỷ': a speck read as a letter
        dropped.append(lone[0].strip())
        text = text[: lone.start()].strip(" .,;:-_")
    if text:
        doubts = [f"stray marks dropped: {' '.join(dropped)}"] if dropped else []
        odd_years = [
            y
            for y in patterns.SUBJECT_YEAR.findall(text)
            if not 1945 <= int(y) <= dt.date.today().year + 10
        ]
        if odd_years:  # 'năm 2621': a digit misread
            doubts.append(f"year read as {', '.join(odd_years)}: out of range")
        lettered = patterns.SUBJECT_YEAR_WITH_LETTER.findall(text)
        if lettered:  # 'năm 202f': a digit read as a letter
            doubts.append(f"year read as {', '.join(lettered)}: a letter among its digits")
        span = patterns.YEARS_WITHOUT_DASH.search(text)
        if span and int(span[1]) < int(span[2]):  # 'giai đoạn 2021 2025'
            doubts.append(f"'{span[0]}' read without its dash: taken as a span of years")
            text = patterns.YEARS_WITHOUT_DASH.sub(r"\1 - \2", text)
        semicolon = patterns.SUBJECT_SEMICOLON.search(text)
        if semicolon:
            # A trích yếu is one phrase: its list of items takes commas ("phòng, chống").
            doubts.append(f"subject read as '{text}': '{semicolon[0]}' taken for ','")
            text = patterns.SUBJECT_SEMICOLON.sub(",", text)
        letter["subject"] = Found.from_lines(text, taken, doubts)


def _without_edge_specks(taken: list[TextLine]) -> tuple[list[Word], list[str]]:
    """The subject's words without the specks read as short words before its start or
    after its end ('ÖỒ Thực hiện …', '… thực phẩm s'), and those specks."""
    words = [w for t in taken for w in t.line.words]
    heights = sorted(w.bbox[3] - w.bbox[1] for w in words if regex.search(r"\p{L}{2}", w.text))
    if not heights:
        return words, []
    typical = heights[len(heights) // 2]

    def speck(word: Word) -> bool:
        letters = regex.sub(r"\W", "", word.text)
        if len(letters) > 2 or "/" in word.text:  # 'V/v' opens a công văn's subject
            return False
        small = word.bbox[3] - word.bbox[1] < SUBJECT_SPECK_HEIGHT * typical
        unsure = (
            word.confidence < SUBJECT_SPECK_CONFIDENCE
            and not letters.isdigit()  # 'bão số 5'
            and not spelling.is_syllable(letters)
        )
        return small or unsure

    specks = []
    for end in (-1, 0):
        for _ in range(SUBJECT_EDGE_SPECKS):
            if len(words) < 3 or not speck(words[end]):
                break
            specks.append(words.pop(end).text)
    return words, specks


def find_marks(lines: list[TextLine], letter: Letter) -> set[int]:
    """Urgency (ô 10b) and secrecy (ô 10a) stamps: a line that is only the mark, mostly in
    capitals ('H HOA Tốc': a speck's letter aside). A stamp OCR cut into two lines on one
    row ('HÓA' | 'TỐC') is read as one; two stamps read as one line ('KHẨN | | MẬT', their
    frames between them) are each read. Returns the indexes of the lines the marks hold,
    which are no part of the subject beside them."""
    candidates = [*((line, {line.index}) for line in lines), *_row_pairs(lines)]
    held: set[int] = set()
    for key, marks in (("urgency", patterns.URGENCY_MARKS), ("secrecy", patterns.SECRECY_MARKS)):
        for line, indexes in candidates:
            if upper_ratio(line.text) < 0.5:
                continue
            for stamp in line.folded.split("|"):
                words = " ".join(w for w in regex.sub(r"[^a-z ]", " ", stamp).split() if len(w) > 1)
                hit = next((label for folded, label in marks if words == folded), None)
                label = hit or next(
                    (label for folded, label in marks if _mark_worn(folded, words)), None
                )
                if label:
                    doubts = [] if hit else [f"mark read as '{collapse(stamp)}', taken as {label}"]
                    letter[key] = Found.from_lines(label, [line], doubts)
                    held |= indexes
                    break
                short = next(
                    (label for folded, label in marks if _short_mark_worn(folded, words)), None
                )
                if short and key not in letter:
                    # 'MẠI' alone on its line: too short to take for MẬT, too like it to
                    # pass over.
                    letter[key] = Found.from_lines(
                        None,
                        [line],
                        [f"'{collapse(stamp)}' alone on its line may be the mark {short}"],
                    )
            if letter.get(key) is not None and letter[key].value is not None:
                break
    return held


def _mark_worn(mark: str, read: str) -> bool:
    """Whether ``read`` (folded, a line's words of two letters or more) is the folded
    ``mark`` worn by OCR: a letter off in a mark of four letters or more ('KHẨM'), two in
    one of six or more with its frame's stroke glued on ('HOYTỐCT'), spaces aside."""
    mark, read = mark.replace(" ", ""), read.replace(" ", "")
    errors = next((n for least, n in patterns.MARK_ERRORS if len(mark) >= least), 0)
    return (
        errors > 0
        and abs(len(mark) - len(read)) <= errors
        and bool(near_miss(mark, errors).fullmatch(read))
    )


def _short_mark_worn(mark: str, read: str) -> bool:
    """A mark under four letters with one read as another ('MẠI' for MẬT)."""
    return len(mark) < 4 and len(read) == len(mark) and sum(map(str.__ne__, mark, read)) == 1


def _row_pairs(lines: list[TextLine]) -> list[tuple[TextLine, set[int]]]:
    """Each two lines side by side in index order that share most of a row, as one line,
    with the indexes of the two."""
    return [
        (_joined(line, after), {line.index, after.index})
        for line, after in itertools.pairwise(lines)
        if _same_row(line, after)
    ]
