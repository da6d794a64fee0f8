"""Ingest: one input file → a plan of its pages, each page loadable on its own.

A plan is plain, picklable data, so a page can be rendered and OCR'd in another process.
Bad input fails here, with an error that names what is wrong with that file.
"""

from __future__ import annotations

import hashlib
import subprocess
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageSequence, UnidentifiedImageError

from docparse import patterns
from docparse.errors import (
    CorruptInputError,
    EmptyInputError,
    EncryptedPdfError,
    ImageTooLargeError,
    UnsupportedInputError,
)
from docparse.options import Options
from models.layout import Word
from models.record import ESignature, SourceKind

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"}
PDF_SUFFIXES = {".pdf"}
TEXT_SUFFIXES = {".txt"}
SUPPORTED_SUFFIXES = IMAGE_SUFFIXES | PDF_SUFFIXES | TEXT_SUFFIXES

# A page whose text layer has this many words besides the e-signature box carries the letter.
TEXT_LAYER_MIN_WORDS = 40
POINTS_PER_INCH = 72


@dataclass(frozen=True)
class PageTask:
    """One page to read: where it is and how to get its pixels or words."""

    path: str
    number: int  # from 1
    kind: SourceKind
    dpi: int
    size: tuple[int, int] = (0, 0)  # pixels, when known without rendering (PDF text layer)
    text_layer: tuple[Word, ...] = ()  # set when the PDF's own text carries this page
    mask: tuple[tuple[int, int, int, int], ...] = ()  # boxes to ignore (e-signature box)


@dataclass
class DocumentPlan:
    path: str
    sha256: str
    kind: SourceKind
    pages: list[PageTask]
    e_signatures: list[ESignature] = field(default_factory=list)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def plan_document(path: Path, options: Options) -> DocumentPlan:
    """Check the file and list its pages, without rendering any."""
    if not path.exists():
        raise UnsupportedInputError(f"no such file: {path}")
    if path.is_dir():
        raise UnsupportedInputError(f"{path} is a folder, not a file")
    if path.stat().st_size == 0:
        raise EmptyInputError(f"{path} is empty (0 bytes)")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedInputError(
            f"{path}: unsupported file type {suffix or '(no extension)'}; "
            f"docparse reads {', '.join(sorted(SUPPORTED_SUFFIXES))}"
        )
    sha = sha256_of(path)
    if suffix in TEXT_SUFFIXES:
        return _plan_text(path, sha)
    if suffix in PDF_SUFFIXES:
        return _plan_pdf(path, sha, options)
    return _plan_image(path, sha, options)


def _plan_text(path: Path, sha: str) -> DocumentPlan:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        reason = f"{error.reason} at byte {error.start}"
        raise CorruptInputError(f"{path}: not UTF-8 text ({reason})") from None
    if "\x00" in text:
        raise CorruptInputError(f"{path}: binary data in a .txt file")
    if not text.strip():
        raise EmptyInputError(f"{path} holds no text")
    task = PageTask(str(path), 1, SourceKind.text, dpi=0)
    return DocumentPlan(str(path), sha, SourceKind.text, [task])


def _open_image(path: Path, options: Options) -> Image.Image:
    Image.MAX_IMAGE_PIXELS = options.max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
            image.size  # noqa: B018 - touching the header is what raises on a bomb
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ImageTooLargeError(f"{path}: image too large to be a page ({error})") from None
    except UnidentifiedImageError:
        raise CorruptInputError(
            f"{path}: not an image Pillow can read (corrupt or wrong extension)"
        ) from None
    except OSError as error:
        raise CorruptInputError(f"{path}: unreadable image ({error})") from None
    return image


def _check_pixels(path: Path, size: tuple[int, int], options: Options) -> None:
    if size[0] * size[1] > options.max_pixels:
        raise ImageTooLargeError(
            f"{path}: {size[0]}×{size[1]} pixels is over the limit of "
            f"{options.max_pixels // 1_000_000} megapixels per page"
        )


def image_dpi(image: Image.Image) -> int:
    """The resolution the image says it has, or a guess from its size for an A4 page."""
    dpi = image.info.get("dpi")
    if dpi and dpi[0] and 50 <= float(dpi[0]) <= 1200:
        return round(float(dpi[0]))
    # No or absurd header: assume the page is A4 (8.27 in wide) in portrait or landscape.
    return max(50, round(min(image.size) / 8.27))


def _plan_image(path: Path, sha: str, options: Options) -> DocumentPlan:
    image = _open_image(path, options)
    tasks = []
    try:
        for index, frame in enumerate(ImageSequence.Iterator(image)):
            if index >= options.max_pages:
                break
            _check_pixels(path, frame.size, options)
            tasks.append(PageTask(str(path), index + 1, SourceKind.image, image_dpi(frame)))
        image.load()
    except OSError as error:
        raise CorruptInputError(f"{path}: image data is damaged ({error})") from None
    finally:
        image.close()
    return DocumentPlan(str(path), sha, SourceKind.image, tasks)


def _pdfinfo(path: Path) -> dict[str, str]:
    result = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, errors="replace", timeout=60
    )
    message = result.stderr.strip()
    if result.returncode != 0:
        if "Incorrect password" in message or "encrypted" in message.lower():
            raise EncryptedPdfError(f"{path}: the PDF is encrypted and needs a password")
        last = message.splitlines()[-1] if message else "pdfinfo failed"
        raise CorruptInputError(f"{path}: not a readable PDF ({last})")
    info = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def _plan_pdf(path: Path, sha: str, options: Options) -> DocumentPlan:
    info = _pdfinfo(path)
    pages = int(info.get("Pages", "0") or 0)
    if pages == 0:
        raise CorruptInputError(f"{path}: the PDF has no pages")
    if pages > options.max_pages:
        raise UnsupportedInputError(
            f"{path}: {pages} pages is over the limit of {options.max_pages}"
        )
    layer = pdf_text_layer(path, options.dpi)
    e_signatures = []
    tasks = []
    for number in range(1, pages + 1):
        words, width_pt, height_pt = layer.get(number, ([], 0.0, 0.0))
        box = _esignature_box(words)
        if box is not None:
            e_signatures.append(_esignature_from(words, box))
        kept = [w for w in words if box is None or not _inside(w.bbox, box)]
        pixels = width_pt * height_pt * (options.dpi / POINTS_PER_INCH) ** 2
        _check_pixels(path, (int(pixels), 1), options)
        if len(kept) >= TEXT_LAYER_MIN_WORDS:
            size = (
                round(width_pt * options.dpi / POINTS_PER_INCH),
                round(height_pt * options.dpi / POINTS_PER_INCH),
            )
            tasks.append(
                PageTask(str(path), number, SourceKind.pdf_text, options.dpi, size, tuple(kept))
            )
        else:
            mask = (box,) if box is not None else ()
            tasks.append(PageTask(str(path), number, SourceKind.pdf_scan, options.dpi, mask=mask))
    kind = SourceKind.pdf_text if all(t.text_layer for t in tasks) else SourceKind.pdf_scan
    return DocumentPlan(str(path), sha, kind, tasks, e_signatures=e_signatures)


def pdf_text_layer(path: Path, dpi: int) -> dict[int, tuple[list[Word], float, float]]:
    """Words of the PDF's own text layer per page, boxes scaled to pixels at ``dpi``."""
    result = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        timeout=120,
    )
    if result.returncode != 0:
        return {}
    return parse_bbox_html(result.stdout.decode("utf-8", "replace"), dpi)


def parse_bbox_html(html: str, dpi: int) -> dict[int, tuple[list[Word], float, float]]:
    import html as html_lib

    scale = dpi / POINTS_PER_INCH
    pages: dict[int, tuple[list[Word], float, float]] = {}
    number = 0
    for match in patterns.PDF_BBOX_ITEM.finditer(html):
        if match["page_w"]:
            number += 1
            pages[number] = ([], float(match["page_w"]), float(match["page_h"]))
            continue
        text = unicodedata.normalize("NFC", html_lib.unescape(match["text"])).strip()
        if not text or number == 0:
            continue
        box = tuple(round(float(match[k]) * scale) for k in ("x0", "y0", "x1", "y1"))
        pages[number][0].append(Word(text=text, bbox=box, confidence=1.0, page=number))
    return pages


def _esignature_box(words: list[Word]) -> tuple[int, int, int, int] | None:
    """The box of the e-signature stamp ("Ký bởi", "Người ký", "Thời gian ký") if present."""
    text = " ".join(w.text for w in words[:80])
    if not patterns.ESIGN_ANCHOR.search(text):
        return None
    lines: list[Word] = []
    for word in words[:80]:
        lines.append(word)
        if len(lines) > 4 and patterns.ESIGN_TIME.search(" ".join(w.text for w in lines)):
            break
    left = min(w.bbox[0] for w in lines)
    top = min(w.bbox[1] for w in lines)
    right = max(w.bbox[2] for w in lines)
    bottom = max(w.bbox[3] for w in lines)
    pad = 12
    return (left - pad, top - pad, right + pad, bottom + pad)


def _inside(box: tuple[int, int, int, int], outer: tuple[int, int, int, int]) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return outer[0] <= cx <= outer[2] and outer[1] <= cy <= outer[3]


def _esignature_from(words: list[Word], box: tuple[int, int, int, int]) -> ESignature:
    text = "\n".join(_lines_of([w for w in words if _inside(w.bbox, box)]))
    return parse_esignature(text)


def _lines_of(words: list[Word]) -> list[str]:
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.bbox[1], w.bbox[0])):
        if rows and abs(rows[-1][0].bbox[1] - word.bbox[1]) < (word.bbox[3] - word.bbox[1]) * 0.6:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [" ".join(w.text for w in sorted(r, key=lambda w: w.bbox[0])) for r in rows]


def parse_esignature(text: str) -> ESignature:
    """Fields of an e-signature box: who signed, for which body, when."""
    found = {key: None for key in ("signer", "organization", "email", "signed_at")}
    for key, pattern in patterns.ESIGN_FIELDS.items():
        match = pattern.search(text)
        if match:
            found[key] = match["value"].strip()
    if found["signed_at"]:
        found["signed_at"] = _iso_time(found["signed_at"])
    return ESignature(**found)


def _iso_time(printed: str) -> str:
    """'28.04.2026 15:49:15 +07:00' → '2026-04-28T15:49:15+07:00'; as printed if unclear."""
    match = patterns.ESIGN_TIME_PARTS.search(printed)
    if not match:
        return printed
    iso = f"{match['y']}-{int(match['m']):02d}-{int(match['d']):02d}"
    if match["t"]:
        iso += "T" + match["t"] + (":00" if match["t"].count(":") == 1 else "")
        if match["tz"]:
            tz = match["tz"].replace(":", "")
            iso += f"{tz[:3]}:{tz[3:]}"
    return iso


def load_page_image(task: PageTask, options: Options) -> Image.Image:
    """The pixels of one page at the plan's resolution: RGB, L, or 1 for a black-and-white
    scan, which preprocessing treats as a fax."""
    path = Path(task.path)
    if task.kind is SourceKind.image:
        image = _open_image(path, options)
        try:
            image.seek(task.number - 1)
            page = image.convert("RGB") if image.mode not in ("1", "L", "RGB") else image.copy()
        except (OSError, EOFError) as error:
            raise CorruptInputError(f"{path}: page {task.number} is damaged ({error})") from None
        finally:
            image.close()
        return page
    from pdf2image import convert_from_path
    from pdf2image.exceptions import PDFPageCountError, PDFSyntaxError

    try:
        images = convert_from_path(
            str(path), dpi=task.dpi, first_page=task.number, last_page=task.number, timeout=120
        )
    except (PDFPageCountError, PDFSyntaxError, subprocess.TimeoutExpired) as error:
        raise CorruptInputError(
            f"{path}: page {task.number} cannot be rendered ({error})"
        ) from None
    if not images:
        raise CorruptInputError(f"{path}: page {task.number} rendered to nothing")
    page = images[0]
    if task.mask:
        from PIL import ImageDraw

        draw = ImageDraw.Draw(page)
        for box in task.mask:
            draw.rectangle(box, fill="white")
    return page
