"""The pipeline: ingest → preprocess → OCR → layout → parse → record.

``parse_file`` runs it all in this process. Batch runners call the three steps themselves,
``plan_document`` once, ``read_page`` per page (in any process), ``build_record`` once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import regex
from PIL import Image

from docparse import __version__, ingest, layout, ocr, patterns, preprocess, spelling
from docparse.agree import agree
from docparse.errors import BlankPageError, DocparseError
from docparse.ingest import DocumentPlan, PageTask, plan_document
from docparse.options import Options
from docparse.parse import parse_lines
from docparse.parse.common import Letter
from docparse.record import assemble
from docparse.text import fold, nfc
from models.layout import Page, Word
from models.record import PageInfo, Record, Source, SourceKind

# Words of a .txt input get these pseudo-boxes: one line is LINE_PITCH tall, a char CHAR_PITCH wide.
TEXT_LINE_PITCH = 40
TEXT_CHAR_PITCH = 15
# What a .txt input's words are worth: text OCR'd elsewhere, with no confidences of its own.
TEXT_INPUT_CONFIDENCE = 0.9
# A page read with fewer words than this, or less sure than this, is tried turned (OSD).
FEW_WORDS = 25
LOW_CONFIDENCE = 0.55
# So is a page where more than this share of the words of three letters or more stand
# taller than wide: Tesseract reads a page turned a quarter as vertical lines, surely.
SIDEWAYS_SHARE = 0.5
# A scan that does not say its resolution is taken to be an office scan's.
ASSUMED_DPI = 300

Progress = Callable[[int, int], None]

__all__ = ["build_record", "parse_file", "plan_document", "read_page"]


def parse_file(
    path: Path, options: Options | None = None, progress: Progress | None = None
) -> Record:
    """Read one input file and return its record; raises ``DocparseError`` for bad input."""
    options = options or Options()
    plan = plan_document(Path(path), options)
    if any(t.kind in (SourceKind.image, SourceKind.pdf_scan) for t in plan.pages):
        ocr.check_language(options.lang)
    pages = []
    for task in plan.pages:
        pages.append(read_page(task, options))
        if progress:
            progress(task.number, len(plan.pages))
    return build_record(plan, pages)


def read_page(task: PageTask, options: Options) -> Page:
    """One page's words, from its text layer, its text, or Tesseract."""
    if task.kind is SourceKind.text:
        return _text_page(task)
    if task.text_layer:
        width, height = task.size
        return Page(
            number=task.number,
            width=width,
            height=height,
            dpi=task.dpi,
            source="text_layer",
            words=list(task.text_layer),
        )
    image = ingest.load_page_image(task, options)
    page = _ocr_page(image, task, options, rotation=0)
    sideways = _sideways(page.words)
    unsure = len(page.words) < FEW_WORDS or _mean_confidence(page.words) < LOW_CONFIDENCE
    if (unsure or sideways) and "orientation" in options.steps:
        rotation = ocr.detect_rotation(image, timeout=options.page_timeout)
        if rotation:
            turned = _ocr_page(image.rotate(-rotation, expand=True), task, options, rotation)
            upright = sideways and not _sideways(turned.words)
            if upright or _score(turned) > _score(page):
                page = turned
    return page


def _ocr_page(image: Image.Image, task: PageTask, options: Options, rotation: int) -> Page:
    first_page = task.number == 1
    prepared, geometry = preprocess.prepare(
        image, task.dpi, first_page=first_page, steps=options.steps
    )
    dpi = round((task.dpi or ASSUMED_DPI) * geometry.scale)
    words, unread = _read(prepared, dpi, geometry, task, options)
    readings = []
    if "dust_readings" in options.steps and _dusty(geometry.specks, image, task.dpi):
        for level in DUST_LEVELS:
            cleaner, same = preprocess.prepare(
                image,
                task.dpi,
                first_page=first_page,
                steps=options.steps,
                dust=level,
                skew=-geometry.skew,
            )
            readings.append(_read(cleaner, dpi, same, task, options)[0])
    return Page(
        number=task.number,
        width=image.width,
        height=image.height,
        dpi=task.dpi or ASSUMED_DPI,
        source="ocr",
        rotation=rotation,
        skew=geometry.skew,
        words=words,
        readings=readings,
        unread=unread,
    )


# A grey or colour page with this many specks a square inch (``preprocess.find_specks``)
# is dusty: it is read again once per level of DUST_LEVELS, cleaned harder each time, and
# the readings vote (docparse.agree). The bench's office copies have up to one a square
# inch, its poor scans 3 to 9 (poor: 86.8 -> 89.0 % core fields right). A fax's specks
# are its threshold's noise, not dust: read again, faxes lost as many values as they won.
DUSTY_SPECKS_PER_SQUARE_INCH = 2.0
DUST_LEVELS = (1, 2)


def _dusty(specks: int, image: Image.Image, dpi: int) -> bool:
    inches = image.width * image.height / (dpi or ASSUMED_DPI) ** 2
    return image.mode != "1" and specks >= DUSTY_SPECKS_PER_SQUARE_INCH * inches


def _read(
    prepared: Image.Image,
    dpi: int,
    geometry: preprocess.Geometry,
    task: PageTask,
    options: Options,
) -> tuple[list[Word], list[tuple[int, int, int, int]]]:
    """The words of a prepared page (and of the regions its segmentation passed over), and
    the regions still unread, at the page's scale."""
    words = ocr.read_words(
        prepared, page=task.number, lang=options.lang, timeout=options.page_timeout, dpi=dpi
    )
    missed, unread = ([], [])
    if "reread_regions" in options.steps:
        missed, unread = _missed_words(prepared, dpi, words, task, options)
    words += missed
    if "reread_names" in options.steps:
        words = _name_lines_read_again(prepared, dpi, words, task, options)
    return (
        [w.model_copy(update={"bbox": geometry.to_level(w.bbox)}) for w in words],
        [geometry.to_level(box) for box in unread],
    )


# Regions re-read outside page 1's header cover at least this share of the page.
MIN_REGION_SHARE = 0.012
HEADER_SHARE = 0.45
# A region as tall as a line of text (in inches, with the cells' rounding) and this many
# times as long as it is tall is read again, whatever its size.
LINE_REGION_INCHES = (0.12, 0.3)
LINE_REGION_LENGTH = 3
# A re-read region whose words are surer than this on average was read; else it stays unread.
READ_REGION_CONFIDENCE = 0.5


def _missed_words(
    prepared: Image.Image, dpi: int, words: list[Word], task: PageTask, options: Options
) -> tuple[list[Word], list[tuple[int, int, int, int]]]:
    """Read again, each alone (as a block, then as sparse text), inked regions the page
    segmentation skipped.

    Returns the new words, and the regions that still gave nothing legible (a stamp set
    askew, a seal): the parser tells the reviewer about those instead of ignoring them.
    """
    found, unread = [], []
    regions = [
        box
        for box in preprocess.uncovered_ink_regions(prepared, [w.bbox for w in words])
        if _worth_reading(box, prepared, dpi, first_page=task.number == 1)
    ]
    for number, (left, top, right, bottom) in enumerate(regions, start=1):
        pad = 16
        box = (max(0, left - pad), max(0, top - pad), right + pad, bottom + pad)
        crop = prepared.crop(box)
        reads = []
        for mode in ocr.REGION_MODES:
            read = ocr.read_words(
                crop,
                page=task.number,
                lang=options.lang,
                timeout=options.page_timeout,
                dpi=dpi,
                mode=mode,
                region=number,
            )
            shifted = [_moved(w, box[0], box[1]) for w in read]
            reads.append(
                [w for w in shifted if not any(_overlaps(w.bbox, old.bbox) for old in words)]
            )
            if _mean_confidence(reads[-1]) >= READ_REGION_CONFIDENCE:
                break
        else:
            unread.append((left, top, right, bottom))
            reads = reads[:1]  # nothing legible either way: keep the block read, flagged
        found += reads[-1]
    return found, unread


# A signer's name whose family name is lost (a seal's ring or star over it: 'Văn Thắng',
# 'inh Thắng') is read again alone, as one line, from so many line heights before it (the
# first that gives a family name) to one after; at most NAME_REREADS lines a page. Words of
# a new reading are worth at most SECOND_READ_CONFIDENCE, so the name is listed for review.
NAME_REREAD_BEFORE = (3, 4, 5)
NAME_REREADS = 2
SECOND_READ_CONFIDENCE = 0.6
NAME_REGION = 50  # line ids of the new readings: LINE_ID_BASE × (this + n)
_TITLE_WORD = regex.compile(r"^\p{Lu}\p{Ll}{0,7}$")


def _name_lines_read_again(
    prepared: Image.Image, dpi: int, words: list[Word], task: PageTask, options: Options
) -> list[Word]:
    """The page's words, with the lines that end like a signer's name but do not open
    with a family name read again alone; a new reading is kept when it does."""
    page = Page(number=task.number, width=prepared.width, height=prepared.height, words=words)
    candidates = [
        (line, tail)
        for line in layout.page_lines(page)
        if line.column != "left"  # the signer's block: Nơi nhận is the left column
        and (task.number > 1 or line.bbox[1] > prepared.height * HEADER_SHARE)
        and (tail := _name_without_family([w.text for w in line.words]))
    ]
    for number, (line, tail) in enumerate(candidates[:NAME_REREADS], start=NAME_REGION):
        left, top, right, bottom = line.bbox
        height = bottom - top
        pad = max(2, height // 10)
        for before in NAME_REREAD_BEFORE:
            box = (
                max(0, left - before * height),
                max(0, top - pad),
                min(prepared.width, right + height),
                min(prepared.height, bottom + pad),
            )
            read = ocr.read_words(
                prepared.crop(box),
                page=task.number,
                lang=options.lang,
                timeout=options.page_timeout,
                dpi=dpi,
                mode=ocr.LINE_MODE,
                region=number,
            )
            name = _family_name_run(read, tail)
            if name:
                words = [w for w in words if not _overlaps(w.bbox, box)] + [
                    _moved(w, box[0], box[1]).model_copy(
                        update={"confidence": min(w.confidence, SECOND_READ_CONFIDENCE)}
                    )
                    for w in name
                ]
                break
    return words


def _name_end(texts: list[str]) -> int | None:
    """Where a line's name ends: its last word, or the last but one after a speck,
    capitalised like a name and a syllable of names."""
    end = len(texts) - 1
    if end > 0 and not regex.search(r"\p{L}{2}", texts[end]):
        end -= 1
    if end >= 0 and _TITLE_WORD.match(texts[end]) and spelling.is_name_syllable(texts[end]):
        return end
    return None


def _run_start(texts: list[str], end: int) -> int:
    """Where the run of words capitalised like a name's syllables that ends at ``end``
    starts."""
    start = end
    while start > 0 and _TITLE_WORD.match(texts[start - 1]):
        start -= 1
    return start


def _name_without_family(texts: list[str]) -> list[str]:
    """The capitalised words ending a line with a name's syllable, when they do not open
    with a family name ('Văn Thắng'; 'Quý' of 'Na. q rần „ng Quý ý'); else none."""
    end = _name_end(texts)
    if end is None:
        return []
    tail = texts[_run_start(texts, end) : end + 1]
    return [] if fold(tail[0]) in patterns.FAMILY_NAMES else tail


def _family_name_run(read: list[Word], tail: list[str]) -> list[Word]:
    """The words of a second reading that make a name: a family name (capitalised or
    not: 'tràn Minh Thắng'), then capitalised syllables ending with those read before
    (``tail``); none if they make none."""
    texts = [fold(w.text) for w in read]
    tail = [fold(t) for t in tail]
    ends = [i for i in range(len(tail) - 1, len(texts)) if texts[i - len(tail) + 1 : i + 1] == tail]
    if not ends:
        return []
    end = ends[-1]
    first = end - len(tail) + 1
    run = _run_start([w.text for w in read], first)
    for start in range(max(0, run - 1), first):
        if texts[start] in patterns.FAMILY_NAMES:
            return read[start : end + 1]
    return []


def _worth_reading(
    box: tuple[int, int, int, int], page: Image.Image, dpi: int, *, first_page: bool
) -> bool:
    """A region big enough to hold a block of text (a signature block under a seal), one
    shaped like a line of text (the signer's name under a signature whose stroke ran into
    it), or any inked region in page 1's header, where stamps and marks sit; a lone
    signature stroke elsewhere is not read again."""
    left, top, right, bottom = box
    if first_page and bottom < page.height * HEADER_SHARE:
        return True
    height = bottom - top
    if LINE_REGION_INCHES[0] * dpi <= height <= LINE_REGION_INCHES[1] * dpi:
        return right - left >= LINE_REGION_LENGTH * height
    return (right - left) * height >= MIN_REGION_SHARE * page.width * page.height


def _moved(word: Word, dx: int, dy: int) -> Word:
    left, top, right, bottom = word.bbox
    return word.model_copy(update={"bbox": (left + dx, top + dy, right + dx, bottom + dy)})


def _overlaps(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Whether the centre of ``a`` lies inside ``b``."""
    cx, cy = (a[0] + a[2]) / 2, (a[1] + a[3]) / 2
    return b[0] <= cx <= b[2] and b[1] <= cy <= b[3]


def _mean_confidence(words: list[Word]) -> float:
    return sum(w.confidence for w in words) / len(words) if words else 0.0


def _sideways(words: list[Word]) -> bool:
    long = [w for w in words if len(w.text) >= 3]
    tall = [w for w in long if w.bbox[3] - w.bbox[1] > w.bbox[2] - w.bbox[0]]
    return bool(long) and len(tall) > SIDEWAYS_SHARE * len(long)


def _score(page: Page) -> float:
    return len(page.words) * _mean_confidence(page.words)


def _text_page(task: PageTask) -> Page:
    text = nfc(Path(task.path).read_text(encoding="utf-8-sig"))
    words = []
    for index, line in enumerate(text.splitlines()):
        column = 0
        for token in line.replace("\t", " ").split(" "):
            if token:
                top = index * TEXT_LINE_PITCH
                left = column * TEXT_CHAR_PITCH
                box = (left, top, left + len(token) * TEXT_CHAR_PITCH, top + TEXT_LINE_PITCH - 8)
                words.append(Word(text=token, bbox=box, confidence=TEXT_INPUT_CONFIDENCE))
            column += len(token) + 1
    return Page(
        number=1,
        width=1000,
        height=max(1, len(text.splitlines())) * TEXT_LINE_PITCH,
        dpi=0,
        source="text",
        words=words,
    )


def _letter(pages: list[Page]) -> Letter:
    return parse_lines([line for page in pages for line in layout.page_lines(page)], pages)


def _reading(page: Page, number: int) -> Page:
    """The page as its ``number``-th reading saw it (its first, where it has no other)."""
    if number > len(page.readings):
        return page
    return page.model_copy(update={"words": page.readings[number - 1], "readings": []})


def build_record(plan: DocumentPlan, pages: list[Page]) -> Record:
    """Lay out the pages, parse the letter, check it: the record."""
    pages = sorted(pages, key=lambda p: p.number)
    if not any(p.words for p in pages):
        raise BlankPageError(f"{plan.path}: no text found on any page (blank or unreadable scan)")
    letters = [_letter(pages)]
    for reading in range(1, 1 + max(len(p.readings) for p in pages)):
        try:
            letters.append(_letter([_reading(page, reading) for page in pages]))
        except DocparseError:
            continue  # a reading that makes no letter has no vote
    letter = agree(letters)
    source = Source(
        file=plan.path,
        path=str(Path(plan.path).resolve()),
        sha256=plan.sha256,
        pages=len(pages),
        kind=plan.kind,
        page_info=[
            PageInfo(
                number=p.number,
                width=p.width,
                height=p.height,
                dpi=p.dpi,
                rotation=p.rotation,
                source=p.source,
            )
            for p in pages
        ],
    )
    return assemble(letter, source, pages, plan.e_signatures, docparse_version=__version__)
