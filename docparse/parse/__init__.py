"""Parse: the laid-out lines of a letter → its fields, each with where it was read and doubts.

The order follows the page: header (ô 1–5), addressees (ô 9a), body (ô 6), closing block
(ô 7, 9b), and the ĐẾN stamp wherever it was put.
"""

from __future__ import annotations

from docparse import patterns
from docparse.errors import NotALetterError
from docparse.parse import closing, header, stamp
from docparse.parse.common import Found, Letter, TextLine, gap_above
from docparse.text import collapse, strip_item
from models.layout import Line, Page

__all__ = ["Found", "Letter", "parse_lines"]

# A list item of Kính gửi ends at a gap this wide (line heights).
ADDRESSEE_GAP = 1.6


def parse_lines(lines: list[Line], pages: list[Page]) -> Letter:
    text_lines = [TextLine.of(i, line) for i, line in enumerate(lines)]
    text_lines = [t for t in text_lines if not t.junk]
    first_height = pages[0].height if pages else 0
    head = [t for t in text_lines if header.in_header(t, first_height)]
    letter: Letter = {}

    esign = {t.index for t in head if patterns.ESIGN_LINE.match(t.folded)}
    motto, tagline = header.find_motto(head)
    marks = {t.index for t in (motto, tagline) if t is not None} | esign
    stamp_lines = stamp.find_incoming(text_lines, marks, letter)
    skip = marks | stamp_lines

    number = header.find_number([t for t in head if t.index not in skip], letter)
    date = header.find_date([t for t in head if t.index not in skip], letter)
    anchor = number or date
    header.find_issuer(head, anchor, skip | {t.index for t in (number, date) if t}, letter)
    header.find_marks([t for t in head if t.index not in skip], letter)
    if motto is not None:
        letter["motto"] = Found.from_lines(motto.text, [motto])

    after_dates = max((t.index for t in (number, date, tagline) if t is not None), default=-1)
    known = skip | {t.index for t in (number, date) if t}
    title = header.find_title(
        [t for t in text_lines if t.page == 1 and t.index not in known], after_dates
    )
    header_end = after_dates
    if title is not None:
        title_line, doc_type = title
        letter["document_type"] = Found.from_lines(doc_type, [title_line])
        header.find_subject_after_title(text_lines, title_line, known, letter)
    else:
        vv = header.find_subject_vv(text_lines, number, known, letter)
        if vv is not None:
            letter["document_type"] = Found.from_lines(patterns.CONG_VAN, [vv])
    if "subject" in letter:
        header_end = max(header_end, _last_index(text_lines, letter["subject"]))
    elif title is not None:
        header_end = max(header_end, title[0].index)

    header_end = _addressees(text_lines, header_end, skip, letter)
    recipients = closing.find_recipients(text_lines, header_end, letter)
    signer_start = closing.find_signer(text_lines, recipients, header_end, letter)
    body_end = min(
        (i for i in (recipients[0].index if recipients else None, signer_start) if i is not None),
        default=len(text_lines),
    )
    _body(text_lines, header_end, body_end, skip, letter)
    if not _looks_like_a_letter(letter):
        raise NotALetterError(
            "no element of an administrative letter found (motto, number, date, title, "
            "Nơi nhận or signature)"
        )
    return letter


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
    anchor = next(
        (
            t
            for t in lines
            if after < t.index <= after + 12
            and t.index not in skip
            and patterns.ADDRESSEES.match(t.folded)
        ),
        None,
    )
    if anchor is None:
        return after
    items: list[list[TextLine]] = []
    texts: list[str] = []
    rest = anchor.text[patterns.ADDRESSEES.match(anchor.folded).end() :]
    if rest.strip():
        items.append([anchor])
        texts.append(rest)
    previous = anchor
    for line in lines:
        if line.index <= anchor.index or line.index in skip:
            continue
        if texts and texts[-1].rstrip().endswith("."):
            break
        if gap_above(previous, line) > ADDRESSEE_GAP:
            break
        bullet = patterns.BULLET.match(line.text)
        if bullet or not texts or texts[-1].rstrip().endswith(";"):
            if not bullet and texts and line.left <= anchor.left + 5:
                break  # back at the margin, no bullet: the body has begun
            items.append([line])
            texts.append(line.text)
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
        if not start < line.index < end or line.index in skip:
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
    for match in patterns.LEGAL_REFERENCE.finditer(body):
        reference = f"{match['type']} số {match['number']}"
        if reference not in references:
            references.append(reference)
    if references:
        letter["legal_references"] = Found.from_lines(references, kept)


def _first_on_page(lines: list[TextLine], line: TextLine) -> bool:
    return next(t for t in lines if t.page == line.page).index == line.index


def _looks_like_a_letter(letter: Letter) -> bool:
    elements = ("motto", "number", "date", "document_type", "recipients", "signer.name")
    return sum(key in letter for key in elements) >= 2
