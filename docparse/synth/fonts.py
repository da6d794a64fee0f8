"""Fonts with full Vietnamese coverage, from Debian packages.

Liberation Serif 2 (``fonts-liberation2``; version 1 in ``fonts-liberation`` has no Vietnamese
letters such as ơ, ư, ạ) stands in for Times New Roman, the font NĐ 30/2020 prescribes;
FreeSerif (``fonts-freefont-ttf``) is the second serif family and FreeSans Oblique, Liberation
Sans Italic and FreeSerif Italic write the "handwritten" numbers and dates.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PIL import ImageFont

FONT_ROOTS = (
    Path("/usr/share/fonts/truetype"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local/share/fonts",
)
DEBIAN_PACKAGES = "fonts-liberation2 fonts-freefont-ttf"

FILES: dict[tuple[str, str], str] = {
    ("liberation", "regular"): "liberation2/LiberationSerif-Regular.ttf",
    ("liberation", "bold"): "liberation2/LiberationSerif-Bold.ttf",
    ("liberation", "italic"): "liberation2/LiberationSerif-Italic.ttf",
    ("liberation", "bolditalic"): "liberation2/LiberationSerif-BoldItalic.ttf",
    ("freeserif", "regular"): "freefont/FreeSerif.ttf",
    ("freeserif", "bold"): "freefont/FreeSerifBold.ttf",
    ("freeserif", "italic"): "freefont/FreeSerifItalic.ttf",
    ("freeserif", "bolditalic"): "freefont/FreeSerifBoldItalic.ttf",
    ("hand", "sans"): "freefont/FreeSansOblique.ttf",
    ("hand", "liberation"): "liberation2/LiberationSans-Italic.ttf",
    ("hand", "serif"): "freefont/FreeSerifItalic.ttf",
    ("stamp", "bold"): "freefont/FreeSansBold.ttf",
    ("stamp", "regular"): "freefont/FreeSans.ttf",
}
HAND_STYLES = ("sans", "liberation", "serif")


class MissingFontError(RuntimeError):
    pass


@cache
def font_path(family: str, style: str) -> Path:
    relative = FILES[(family, style)]
    for root in FONT_ROOTS:
        candidate = root / relative
        if candidate.is_file():
            return candidate
        found = sorted(root.glob(f"**/{Path(relative).name}")) if root.is_dir() else []
        found = [f for f in found if f.parent.name == Path(relative).parent.name]
        if found:
            return found[0]
    raise MissingFontError(
        f"font {relative} not found; install the Debian packages {DEBIAN_PACKAGES} "
        "(make setup-test does)"
    )


@cache
def font(family: str, style: str, size_px: int) -> ImageFont.FreeTypeFont:
    """The font at a whole pixel size, laid out without Raqm so pixels match everywhere."""
    return ImageFont.truetype(
        str(font_path(family, style)), size_px, layout_engine=ImageFont.Layout.BASIC
    )
