"""Writing scans to disk: PNG, JPEG, multi-page TIFF and image-only PDF, with their dpi."""

from __future__ import annotations

import calendar
import time
from pathlib import Path

from PIL import Image, ImageChops

from docparse.synth.degrade import Scan

FORMATS = ("png", "jpg", "tiff", "pdf")
MULTI_PAGE = ("tiff", "pdf")
# JPEG quality for a lossless condition saved as JPEG anyway.
DEFAULT_QUALITY = 92
# PDFs carry this date, so that the same letter gives the same file.
PDF_DATE = time.gmtime(calendar.timegm((2026, 1, 1, 0, 0, 0)))
# Largest difference between colour channels of a page still stored as grey.
PLAIN_SPREAD = 6


def save(scans: list[Scan], path: Path) -> None:
    """Write the pages to ``path``; its extension (one of FORMATS) picks the format."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"{path}: unknown format; one of {', '.join(FORMATS)}")
    if len(scans) > 1 and fmt not in MULTI_PAGE:
        raise ValueError(f"{path}: {len(scans)} pages need TIFF or PDF")
    first, rest = scans[0], [s.image for s in scans[1:]]
    dpi = (first.dpi, first.dpi)
    quality = first.jpeg_quality or DEFAULT_QUALITY
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "png":
        _compact(first.image).save(path, "PNG", dpi=dpi, optimize=True)
    elif fmt == "jpg":
        first.image.save(path, "JPEG", dpi=dpi, quality=quality, optimize=True)
    elif fmt == "tiff":
        options: dict[str, object] = {"compression": "tiff_deflate"}
        if first.image.mode == "1":
            options = {"compression": "group4"}
        elif first.jpeg_quality:
            options = {"compression": "jpeg", "quality": quality}
        first.image.save(path, "TIFF", save_all=True, append_images=rest, dpi=dpi, **options)
    else:
        # Pillow writes 1-bit pages as CCITT G4 and the others as JPEG at ``quality``.
        pdf_options = {} if first.image.mode == "1" else {"quality": quality}
        first.image.save(
            path,
            "PDF",
            save_all=True,
            append_images=rest,
            resolution=float(first.dpi),
            creationDate=PDF_DATE,
            modDate=PDF_DATE,
            producer="docparse.synth",
            **pdf_options,
        )


def _compact(image: Image.Image) -> Image.Image:
    """A rendered page in fewer bytes: grey when it has no colour, else 256 palette colours.

    Both keep the antialiased text as it is; only the tints of stamps are rounded.
    """
    if image.mode != "RGB":
        return image
    red, green, blue = image.split()
    spread = max(
        ImageChops.difference(red, green).getextrema()[1],
        ImageChops.difference(green, blue).getextrema()[1],
    )
    if spread <= PLAIN_SPREAD:
        return image.convert("L")
    return image.quantize(256, dither=Image.Dither.NONE)
