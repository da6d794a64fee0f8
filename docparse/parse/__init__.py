"""Parse: the laid-out lines of a letter → its fields, each with where it was read and doubts.

The order follows the page: header (ô 1–5), addressees (ô 9a), body (ô 6), closing block
(ô 7, 9b), and the ĐẾN stamp wherever it was put.
"""

from __future__ import annotations

import regex

from docparse import gazetteer, patterns, spelling
from docparse.errors import NotALetterError
from docparse.parse import closing, header, stamp
from docparse.parse.common import Found, Letter, TextLine, drop_debris, gap_above
from docparse.text import collapse, fold, strip_item
from models.layout import Line, Page

__all__ = ["CAPITALISED_FIELDS", "Found", "Letter", "parse_lines"]

# The motto stands within the first lines of page 1.
HEADER_LINES = 12
# A list item of Kính gửi ends at a gap this wide (line heights).
ADDRESSEE_GAP = 1.6
# Fields of running words whose misread tone marks the word list may put right (not
# names of people, not the body, which is kept as read).
SPELLED_FIELDS = (
    "issuer.name",
    "issuer.parent",
    "subject",
    "addressees",
    "recipients",
    "signer.title",
    "issuing_authority",
    "incoming.organization",
)
# Those printed in capitals.
CAPITALISED_FIELDS = frozenset(
    {"issuer.name", "issuer.parent", "signer.title", "issuing_authority", "incoming.organization"}
)


def parse_lines(lines: list[Line], pages: list[Page]) -> Letter:
    lines = _split_merged_columns(lines)
    text_lines = [TextLine.of(i, line) for i, line in enumerate(lines)]
    if all(t.junk for t in text_lines):
        raise NotALetterError("nothing legible: only specks and marks were read")
    first_height = pages[0].height if pages else 0
    head = [t for t in text_lines if header.in_header(t, first_height)]
    letter: Letter = {}

    esign = {t.index for t in head if patterns.ESIGN_LINE.match(t.folded)}
    motto, tagline = header.find_motto(head)
    marks = {t.index for t in (motto, tagline) if t is not None} | esign
    stamp_lines = stamp.find_incoming(text_lines, marks, letter)
    skip = marks | stamp_lines
    if motto is not None:
        letter["motto"] = Found.from_lines(motto.text, [motto])

    page_one = [t for t in text_lines if t.page == text_lines[0].page and t.index not in skip]
    plain_text = any(p.source == "text" for p in pages)
    title = header.find_title(page_one, laid_out=not plain_text)
    if title is not None:
        above_title = [t for t in page_one if t.top < title[0].top or t.index < title[0].index]
        head = [t for t in above_title if t.top < title[0].top - 0.5 * title[0].height]
    else:
        body_start = next(
            (t.index for t in page_one if patterns.BODY_START.match(t.folded)), len(lines)
        )
        head = [t for t in head if t.index not in skip and t.index < body_start]
    number = header.find_number(head, letter)
    date = header.find_date(head, letter)
    known = skip | {t.index for t in (number, date) if t}
    anchor = number or date or (title[0] if title else None)
    header.find_issuer(head if title is None else [*head, title[0]], anchor, known, letter)
    known |= header.find_marks([t for t in head if t.index not in known], letter)
    if pages and "urgency" not in letter and "secrecy" not in letter:
        _unread_stamp(pages[0], letter)

    header_end = max((t.index for t in (number, date, tagline) if t is not None), default=-1)
    if title is not None:
        title_line, doc_type = title
        letter["document_type"] = Found.from_lines(doc_type, [title_line])
        header.reconcile_symbol(letter, doc_type)
        header.find_subject_after_title(text_lines, title_line, known, letter)
        header_end = max(header_end, title_line.index)
    else:
        vv = header.find_subject_vv(text_lines, number, known, letter)
        if vv is None and "number" in letter and _type_from_symbol(letter):
            header.find_subject_without_title(text_lines, header_end, known, letter)
    if "subject" in letter:
        header_end = max(header_end, _last_index(text_lines, letter["subject"]))

    header_end = _addressees(text_lines, header_end, skip, letter)
    recipients = closing.find_recipients(text_lines, header_end, letter)
    signer_start = closing.find_signer(text_lines, recipients, header_end, letter)
    closing.check_signer_is_no_recipient(letter)
    body_end = min(
        (i for i in (recipients[0].index if recipients else None, signer_start) if i is not None),
        default=len(text_lines),
    )
    _body(text_lines, header_end, body_end, skip, letter)
    for key in SPELLED_FIELDS:
        if key in letter:
            _correct_spelling(key, letter[key])
    header.reconcile_issuing_body(letter)
    if not _looks_like_a_letter(letter):
        raise NotALetterError(
            "no element of an administrative letter found (motto, number, date, title, "
            "Nơi nhận or signature)"
        )
    return letter


def _correct_spelling(key: str, found: Found) -> None:
    """Drop stray marks, put right tone marks OCR misread (docparse.spelling) and places
    named in the text (docparse.gazetteer); say so."""
    changes: list[tuple[str, str]] = []
    dropped: list[str] = []
    capitals = key in CAPITALISED_FIELDS

    def misread(match: regex.Match) -> str:
        meant = {**patterns.BODY_LIST_MISREADS, **patterns.SUBJECT_WORD_MISREADS}[match[0]]
        changes.append((match[0], meant))
        return meant

    def stop_for_comma(match: regex.Match) -> str:
        before = match.string[: match.start()].rsplit(" ", 1)[-1]
        after = match.string[match.end() :].split(" ", 2)[1]
        changes.append((f"{before}{match[0]} {after}", f"{before}, {after}"))
        return ","

    def corrected(text: str) -> str:
        text, marks = drop_debris(text, capitals=capitals)
        dropped.extend(marks)
        if not capitals:
            text, marks = spelling.drop_splitters(text)
            dropped.extend(marks)
        if key in ("addressees", "recipients"):
            text = patterns.BODY_LIST_MISREAD.sub(misread, text)
            text = patterns.STOP_FOR_COMMA.sub(stop_for_comma, text)
        if key == "subject":
            text = patterns.SUBJECT_WORD_MISREAD.sub(misread, text)
        correction = spelling.correct(text)
        changes.extend(correction.changes)
        if capitals:
            return correction.text
        text, cut_short = gazetteer.places_in_text(correction.text)
        found.doubts.extend(cut_short)
        return text

    if isinstance(found.value, str):
        found.value = corrected(found.value)
    elif isinstance(found.value, list):
        # An item's closing ';' is dropped with its bullet; a speck after it ('Thành ủy; „')
        # hid it until now.
        found.value = [
            {**item, "name": strip_item(corrected(item["name"]))}
            if isinstance(item, dict)
            else strip_item(corrected(item))
            for item in found.value
        ]
    if dropped and key != "subject":  # the subject's were dropped and said where it was read
        found.doubts.append(f"stray marks dropped: {' '.join(dropped)}")
    if changes:
        shown = ", ".join(f"'{read}' as '{new}'" for read, new in changes[:4])
        found.doubts.append(f"misreadings put right by the word list: {shown}")


def _unread_stamp(page: Page, letter: Letter) -> None:
    """An inked region in the header that OCR could not read may be an urgency or secrecy
    stamp set askew: say so rather than report no mark."""
    stamps = [box for box in page.unread if box[3] < page.height * header.HEADER_DEPTH]
    if stamps:
        for key in ("urgency", "secrecy"):
            letter[key] = Found(
                None,
                page.number,
                stamps[0],
                0.0,
                ["an unreadable stamp in the header: check for an urgency or secrecy mark"],
            )


def _split_merged_columns(lines: list[Line]) -> list[Line]:
    """Cut a line where the right column's element starts, when layout could not: the motto
    after the issuing body ("THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA…"), the signer's authority after
    "Nơi nhận:" ("Nơi nhận: KT. GIÁM ĐỐC")."""
    result = []
    for position, line in enumerate(lines):
        probe = TextLine.of(0, line)
        cut = None
        if position < HEADER_LINES and patterns.MOTTO_HINT.search(probe.folded):
            motto = patterns.MOTTO.search(probe.folded)
            cut = motto.start() if motto and motto.start() > 3 else None
        elif patterns.RECIPIENTS_START.match(probe.folded):
            authority = patterns.AUTHORITY_INSIDE.search(probe.folded)
            cut = authority.start("authority") if authority else None
        if cut is None:
            result.append(line)
            continue
        left = probe.words_in(0, cut - 1)
        right = [w for w in line.words if w not in left]
        if left and right:
            result += [Line(words=left, column="left"), Line(words=right, column="right")]
        else:
            result.append(line)
    return result


def _type_from_symbol(letter: Letter) -> bool:
    """No title and no "V/v" read: the symbol's type abbreviation still tells the type,
    also when one of its letters was misread ("TEr-UBND": TTr), flagged."""
    abbreviation = letter["number"].value["type_abbreviation"]
    doc_type = patterns.TYPE_BY_ABBREVIATION.get(abbreviation or "")
    if doc_type is None:
        doc_type = _type_a_letter_off(letter)
    if doc_type is None:
        return False
    found = letter["number.symbol"]
    letter["document_type"] = Found(
        doc_type,
        found.page,
        found.bbox,
        found.confidence,
        [f"title not read; type taken from the symbol {found.value}"],
    )
    return True


def _type_a_letter_off(letter: Letter) -> patterns.DocType | None:
    """The one type abbreviation the symbol's first part is a single letter from, the
    length kept (so that a body's code, "STC", is not taken for CT), with the symbol mended."""
    head, dash, rest = letter["number.symbol"].value.partition("-")
    near = [
        abbreviation
        for abbreviation in patterns.TYPE_BY_ABBREVIATION
        if dash
        and len(abbreviation) == len(head) >= 2
        and sum(a != b for a, b in zip(fold(abbreviation), fold(head), strict=True)) == 1
    ]
    if len(near) != 1:
        return None
    header.mend_symbol(letter, f"{near[0]}-{rest}")
    return patterns.TYPE_BY_ABBREVIATION[near[0]]


def _last_index(lines: list[TextLine], found: Found) -> int:
    """The last line inside a field's box on its page."""
    left, top, right, bottom = found.bbox
    inside = [
        t.index
        for t in lines
        if t.page == found.page
        and top <= t.top
        and t.bottom <= bottom
        and t.left >= left - 5
        and t.right <= right + 5
    ]
    return max(inside, default=-1)


def _addressees(lines: list[TextLine], after: int, skip: set[int], letter: Letter) -> int:
    """Kính gửi (ô 9a): one addressee on the line, or "- …;" items under it. Returns header end."""
    cable = letter.get("document_type") and letter["document_type"].value.kind == "cong_dien"
    near = [t for t in lines if after < t.index <= after + 12 and t.index not in skip]
    anchor = next((t for t in near if patterns.ADDRESSEES.match(t.folded)), None)
    start = patterns.ADDRESSEES.match(anchor.folded).end() if anchor else 0
    if anchor is None and cable:
        anchor = next((t for t in near if patterns.CABLE_ADDRESSEES.search(t.folded)), None)
        start = len(anchor.text) if anchor else 0
    if anchor is None:
        return after
    items: list[list[TextLine]] = []
    texts: list[str] = []
    items_left = None
    if anchor.text[start:].strip():
        items.append([anchor])
        texts.append(anchor.text[start:])
        items_left = anchor.bbox_of(start)[0]
    previous = anchor
    for line in lines:
        if line.index <= anchor.index or line.index in skip or line.junk:
            continue
        if texts and texts[-1].rstrip().endswith("."):
            break
        if gap_above(previous, line) > ADDRESSEE_GAP:
            break
        # After an item's ';', a mark alone before the text may be the next item's bullet
        # misread ('° “Các doanh nghiệp'), unless the body begins ('. Thực hiện …').
        bullet = patterns.BULLET.match(line.text) or (
            texts
            and texts[-1].rstrip().endswith(";")
            and patterns.MARK_FOR_BULLET.match(line.text)
            and not patterns.BODY_START.match(line.folded)
        )
        if items_left is not None and not bullet and line.left < items_left - 1.5 * line.height:
            break  # left of the addressees, no bullet: the body has begun
        if bullet or not texts or texts[-1].rstrip().endswith(";"):
            items.append([line])
            texts.append(line.text)
            items_left = line.left if items_left is None else items_left
        else:
            items[-1].append(line)
            texts[-1] += " " + line.text
        previous = line
    names = [strip_item(t) for t in texts]
    used = [t for item in items for t in item]
    if names:
        letter["addressees"] = Found.from_lines([n for n in names if n], used)
    return max(previous.index, anchor.index)


def _body(lines: list[TextLine], start: int, end: int, skip: set[int], letter: Letter) -> None:
    """Nội dung (ô 6): the text between the header and the closing block, page numbers out."""
    kept = []
    for line in lines:
        if not start < line.index < end or line.index in skip or line.junk:
            continue
        if line.page > 1 and patterns.PAGE_NUMBER.match(line.text) and _first_on_page(lines, line):
            continue
        kept.append(line)
    if not kept:
        return
    paragraphs: list[str] = []
    previous = None
    for line in kept:
        new_paragraph = (
            previous is None or gap_above(previous, line) > 0.9 or previous.page != line.page
        )
        if new_paragraph and not (previous and previous.page != line.page):
            paragraphs.append(line.text)
        else:
            paragraphs[-1] += " " + line.text
        previous = line
    body = "\n".join(collapse(p) for p in paragraphs)
    letter["body"] = Found.from_lines(body, kept)
    references = []
    read_at: list[tuple[int, int]] = []
    folded = fold(body)
    for match in patterns.LEGAL_REFERENCE.finditer(folded):
        number = body[match.start("number") : match.end("number")]
        number = regex.sub(r"[/⁄]+", "/", regex.sub(r"\s", "", number))
        reference = f"{patterns.LEGAL_REFERENCE_TYPES[match['type']]} số {number}"
        read_at.append(match.span())
        if reference not in references:
            references.append(reference)
    # A citation the strict pattern could not read is said, not silently left out.
    unread = sum(
        not any(start < end_ and start_ < end for start_, end_ in read_at)
        for start, end in (m.span() for m in patterns.LEGAL_REFERENCE_LOOSE.finditer(folded))
    )
    doubts = [f"{unread} more citation(s) in the body could not be read"] if unread else []
    if references or doubts:
        letter["legal_references"] = Found.from_lines(references, kept, doubts)


def _first_on_page(lines: list[TextLine], line: TextLine) -> bool:
    return next(t for t in lines if t.page == line.page).index == line.index


def _looks_like_a_letter(letter: Letter) -> bool:
    elements = ("motto", "number", "date", "document_type", "recipients", "signer.name")
    return sum(key in letter for key in elements) >= 2
