"""Preprocess: a page image made easier to read, and the way back to its coordinates.

Steps, in order: drop red seal ink (seals over the signer's name), grayscale, contrast
normalisation, despeckling, a fax's streaks removed, scaling towards 300 dpi, deskew.
Each returns plain images; ``Geometry`` maps boxes found on the prepared image back to the
ingested page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageOps
from scipy import ndimage

from docparse.options import ALL_STEPS

TARGET_DPI = 300
UPSCALE_BELOW_DPI = 150  # scans under this are enlarged to TARGET_DPI (measured: make ablation)
# Scans over this are reduced to TARGET_DPI: at 600 dpi Tesseract split and joined lines it
# reads whole at 300 (seed 3939's clean letters enlarged to 600 dpi: 97.0 -> 99.2 %).
DOWNSCALE_ABOVE_DPI = 400
MAX_SKEW_DEGREES = 5.0
MIN_SKEW_DEGREES = 0.4  # Tesseract copes with smaller tilts; rotating costs time and sharpness
# Specks (dust, toner, scanner noise): see ``find_specks``.
# A fax's streaks: dashes up to this far apart along one scan line; at most this thick.
STREAK_GAP_INCHES = 0.08
STREAK_THICKNESS_INCHES = 0.012
STREAK_THIN_COVER = 0.25
SPECK_INCHES = 0.04
SPECK_CLEARANCE_INCHES = 0.045
SPECK_INK_BELOW = 170  # grey level counted as ink, so that pale stamp letters stay whole
HYPHEN_ELONGATION = 4.0  # variance along x over variance along y of a dash or hyphen
# Cleaning a dusty page harder (``find_specks`` levels 1 and 2): small blobs make a crowd
# within this reach only (a pale stamp's letters break into pieces closer than that); a
# letter's marks lie within MARK_ZONE of its height; dust is round to DOT_ROUNDNESS.
DUST_CROWD_INCHES = 0.02
MARK_ZONE = 0.3
DOT_ROUNDNESS = 0.6


@dataclass(frozen=True)
class Geometry:
    """How a prepared image relates to the ingested page: scaled, then turned by ``skew``."""

    scale: float
    skew: float  # degrees the image was turned counter-clockwise to level it
    specks: int = 0  # specks erased on the way (``find_specks``)

    def to_level(self, box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
        """A box on the prepared image at the page's scale, still levelled.

        Layout groups words into lines in these coordinates, where lines are horizontal;
        ``unlevel`` maps a box back onto the scan for provenance.
        """
        left, top, right, bottom = box
        return (
            round(left / self.scale),
            round(top / self.scale),
            round(right / self.scale),
            round(bottom / self.scale),
        )


def unlevel(
    box: tuple[int, int, int, int], skew: float, width: int, height: int
) -> tuple[int, int, int, int]:
    """A box on the levelled page as the box covering it on the page as scanned."""
    if not skew:
        return box
    left, top, right, bottom = box
    corners = [(left, top), (right, top), (left, bottom), (right, bottom)]
    turned = [_rotate_point(x, y, -skew, width, height) for x, y in corners]
    return (
        round(min(x for x, _ in turned)),
        round(min(y for _, y in turned)),
        round(max(x for x, _ in turned)),
        round(max(y for _, y in turned)),
    )


def _rotate_point(
    x: float, y: float, degrees: float, width: int, height: int
) -> tuple[float, float]:
    """Where (x, y) lands when the image turns ``degrees`` counter-clockwise about its centre."""
    cx, cy = width / 2, height / 2
    theta = math.radians(degrees)
    dx, dy = x - cx, y - cy
    return (
        cx + dx * math.cos(theta) + dy * math.sin(theta),
        cy - dx * math.sin(theta) + dy * math.cos(theta),
    )


def seal_ink_mask(rgb: np.ndarray, margin: int = 50) -> np.ndarray:
    """Where the ink is red (seals, urgency stamps) rather than black: red over 110 and over
    both other channels by more than ``margin`` (in uint8: r - most wraps where r < most)."""
    r = rgb[..., 0]
    most = np.maximum(rgb[..., 1], rgb[..., 2])
    return (r > 110) & (r > most) & (r - most > margin)


# A faded copy's seal is a pale red, over the other channels by PALE_SEAL_MARGIN only; such
# red is taken for a seal's where it runs SEAL_RING_INCHES or more, as a seal's ring does.
PALE_SEAL_MARGIN = 15
THUMBNAIL_SCALE = 8


def drop_seal_ink(image: Image.Image, *, keep_top: float) -> Image.Image:
    """Grayscale page with red seal ink turned white below ``keep_top`` of the height.

    Seals sit over the signature, low on the page; the red urgency stamps (HỎA TỐC, KHẨN)
    sit in the header, so the top of the first page keeps its red ink. Where no red is
    found, a pale red run as wide as a seal's ring is a faded seal: its pale red becomes
    paper.
    """
    gray = image.convert("L")
    if image.mode != "RGB" or keep_top >= 1.0:
        return gray
    thumbnail = np.asarray(image.reduce(THUMBNAIL_SCALE))
    below = thumbnail[int(thumbnail.shape[0] * keep_top) :]
    top = int(image.height * keep_top)
    if not seal_ink_mask(below).any():
        return _drop_pale_seal(image, gray, below, top)
    red = seal_ink_mask(np.asarray(image.crop((0, top, image.width, image.height))))
    if not red.any():
        return gray
    pixels = np.asarray(gray).copy()
    pixels[top:][red] = 255
    return Image.fromarray(pixels, mode="L")


def _drop_pale_seal(
    image: Image.Image, gray: Image.Image, below: np.ndarray, top: int
) -> Image.Image:
    pale = seal_ink_mask(below, PALE_SEAL_MARGIN)
    if not pale.any():
        return gray  # a black-and-white page, or no seal: the common case, kept cheap
    seals = _ring_wide_runs(
        pale, SEAL_RING_INCHES * image.width / A4_WIDTH_INCHES / THUMBNAIL_SCALE
    )
    if not seals:
        return gray
    rgb = np.asarray(image.crop((0, top, image.width, image.height)))
    pixels = np.asarray(gray).copy()
    below_top = pixels[top:]
    paper = np.percentile(below_top, 90)
    for rows, cols in seals:
        box = (
            slice(rows.start * THUMBNAIL_SCALE, rows.stop * THUMBNAIL_SCALE),
            slice(cols.start * THUMBNAIL_SCALE, cols.stop * THUMBNAIL_SCALE),
        )
        seal = below_top[box]
        seal[seal_ink_mask(rgb[box], PALE_SEAL_MARGIN)] = int(paper)
    return Image.fromarray(pixels, mode="L")


def _ring_wide_runs(mask: np.ndarray, ring: float) -> list[tuple[slice, slice]]:
    """The boxes of the mask's runs (gaps of a cell closed) spanning ``ring`` cells or more:
    a seal's ring, which no letter is as wide as."""
    runs, _ = ndimage.label(ndimage.binary_closing(mask, np.ones((3, 3))), np.ones((3, 3)))
    return [
        (rows, cols)
        for rows, cols in ndimage.find_objects(runs)
        if max(rows.stop - rows.start, cols.stop - cols.start) >= ring
    ]


# A seal scanned in grey (a grey scan, or a colour scan saved without colour): its red ink
# is a mid grey, lighter than the text's ink by SEAL_GREY_MARGIN or more and darker than
# the paper around it by SEAL_PAPER_MARGIN; its ring spans SEAL_RING_INCHES or more, which
# no letter does. Found on a copy at about SEAL_SEARCH_DPI.
SEAL_GREY_MARGIN = 70
SEAL_PAPER_MARGIN = 35
SEAL_RING_INCHES = 0.35
A4_WIDTH_INCHES = 8.27  # a page's width, where its resolution is not passed
SEAL_SEARCH_DPI = 100
# The paper near a pixel: the lightest within SEAL_PAPER_INCHES (wider than a seal's star),
# smoothed over SEAL_PAPER_SMOOTH_INCHES.
SEAL_PAPER_INCHES = 0.5
SEAL_PAPER_SMOOTH_INCHES = 0.3
# A page is grey when fewer than this share of its thumbnail's pixels carry colour.
COLOURED_SHARE = 0.0005
COLOUR_CHROMA = 40


def is_grey(image: Image.Image) -> bool:
    """Whether a scan holds no colour: a grey scan, or a colour one of a grey page."""
    if image.mode in ("L", "1"):
        return image.mode == "L"
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    thumbnail = np.asarray(rgb.reduce(THUMBNAIL_SCALE)).astype(np.int16)
    chroma = thumbnail.max(axis=2) - thumbnail.min(axis=2)
    return bool((chroma > COLOUR_CHROMA).mean() < COLOURED_SHARE)


def drop_grey_seal(gray: Image.Image, dpi: int, *, keep_top: float) -> Image.Image:
    """A grey page with its seals' grey turned to paper below ``keep_top`` of the height.

    A seal is a connected run of mid grey (lighter than the text's ink, darker than the
    paper near it, not the soft edge of a letter) spanning SEAL_RING_INCHES or more; inside
    its box every pixel lighter than the text's ink by SEAL_GREY_MARGIN becomes paper (as
    light as the paper near it, but no lighter than the page's paper), so that the seal's
    letters and star go with its ring while the name and signature it covers, darker, stay.
    """
    pixels = np.asarray(gray)
    top = int(pixels.shape[0] * keep_top)
    low = pixels[top:]
    ink = low < 128
    if ink.sum() < 100:
        return gray
    seal_grey = int(np.median(low[ink])) + SEAL_GREY_MARGIN
    step = max(1, round(dpi / SEAL_SEARCH_DPI))
    # Block means, then a light blur: the paper's grain would otherwise pass for mid grey.
    small = ndimage.uniform_filter(low.astype(np.float32), size=step)[::step, ::step]
    small = ndimage.uniform_filter(small, size=3)
    paper = ndimage.maximum_filter(small, size=max(3, round(SEAL_PAPER_INCHES * dpi / step)))
    paper = ndimage.uniform_filter(paper, size=max(3, round(SEAL_PAPER_SMOOTH_INCHES * dpi / step)))
    # Text's ink, found at full resolution: blurred, a thin stroke would look mid grey.
    dark = ndimage.maximum_filter(low < seal_grey, size=step)[::step, ::step]
    near_text = ndimage.maximum_filter(dark, size=3)
    grey = (small >= seal_grey) & (small < paper - SEAL_PAPER_MARGIN) & ~near_text
    seals = _ring_wide_runs(grey, SEAL_RING_INCHES * dpi / step)
    if not seals:
        return gray
    # Never lighter than nine pixels in ten: a lighter patch would become the page's white
    # when contrast is stretched.
    typical_paper = float(np.percentile(small, 90))
    cleaned = pixels.copy()
    below = cleaned[top:]
    for rows, cols in seals:
        pad = max(2, (rows.stop - rows.start) // 10)
        near = (
            slice(max(0, rows.start - pad), rows.stop + pad),
            slice(max(0, cols.start - pad), cols.stop + pad),
        )
        box = tuple(slice(part.start * step, part.stop * step) for part in near)
        seal = below[box]
        local = np.repeat(np.repeat(paper[near], step, 0), step, 1)[
            : seal.shape[0], : seal.shape[1]
        ]
        lighter = seal >= seal_grey
        seal[lighter] = np.minimum(local[lighter], typical_paper).astype(np.uint8)
    return Image.fromarray(cleaned, mode="L")


def normalise_contrast(gray: Image.Image) -> Image.Image:
    return ImageOps.autocontrast(gray, cutoff=(0.5, 0.5))


def remove_specks(gray: Image.Image, dpi: int, *, level: int = 0) -> tuple[Image.Image, int]:
    """The page without isolated specks, which Tesseract reads as stray marks and letters,
    and how many were erased (``find_specks`` says which; ``level`` how hard it looks)."""
    erase, count = find_specks(gray, dpi, level=level)
    if not count:
        return gray, 0
    cleaned = np.asarray(gray).copy()
    cleaned[erase] = 255
    return Image.fromarray(cleaned, mode="L"), count


def find_specks(gray: Image.Image, dpi: int, *, level: int = 0) -> tuple[np.ndarray, int]:
    """The pixels of the page's specks, and how many specks there are.

    A speck is a blob of ink smaller than SPECK_INCHES, not flat like a hyphen, with no
    larger ink within SPECK_CLEARANCE_INCHES (a tone mark sits closer to its letter, a full
    stop to its word), and with at most one other small blob within its crowd's reach: a
    pale stamp or a broken stroke falls into a crowd of small pieces, dust does not. Blobs
    are found on a map of the ink at about 150 dpi (a cell is inked when any of its pixels
    is), which is four times cheaper at 300 dpi.

    A dusty page is cleaned again harder (``level``): at level 1 and over, a crowd reaches
    DUST_CROWD_INCHES only, so dense dust no longer makes crowds; at level 2, a round dot
    alone near the text is a speck too, unless it lies where a letter's marks go
    (``_mark_zones``).
    """
    pixels = np.asarray(gray)
    step = max(1, round(dpi / 150))
    height, width = (pixels.shape[0] // step) * step, (pixels.shape[1] // step) * step
    specks_at = np.zeros(pixels.shape, dtype=bool)
    darkest = pixels[:height:step, :width:step]
    for dy in range(step):
        for dx in range(step):
            if dy or dx:
                darkest = np.minimum(darkest, pixels[dy:height:step, dx:width:step])
    ink = darkest < SPECK_INK_BELOW
    blobs, count = ndimage.label(ink, structure=np.ones((3, 3), dtype=bool))
    if count == 0:
        return specks_at, 0
    ys, xs = np.nonzero(ink)
    owner = blobs[ys, xs]
    area = np.bincount(owner, minlength=count + 1)
    small = area <= (SPECK_INCHES * dpi / step) ** 2
    small[0] = False
    reach = 2 * round(SPECK_CLEARANCE_INCHES * dpi / step) + 1
    crowd_inches = DUST_CROWD_INCHES if level >= 1 else SPECK_CLEARANCE_INCHES
    crowd_reach = 2 * round(crowd_inches * dpi / step) + 1
    in_small = small[owner]
    large = np.zeros(ink.shape, dtype=bool)
    large[ys[~in_small], xs[~in_small]] = True
    near_large = ndimage.maximum_filter(large, size=reach)[ys, xs]
    # Small blobs near one another form a crowd.
    small_ink = np.zeros(ink.shape, dtype=bool)
    small_ink[ys[in_small], xs[in_small]] = True
    crowds, crowd_count = ndimage.label(ndimage.maximum_filter(small_ink, size=crowd_reach))
    crowd_of_blob = np.zeros(count + 1, dtype=np.int64)
    crowd_of_blob[owner[in_small]] = crowds[ys[in_small], xs[in_small]]
    # Pieces of one or two cells are grain of the paper or the scanner: no crowd of them.
    members = np.bincount(crowd_of_blob[small & (area > 2)], minlength=crowd_count + 1)
    crowd_near_large = (
        np.bincount(crowds[ys, xs], weights=near_large, minlength=crowd_count + 1) > 0
    )
    # Shape: a hyphen or a dash may stand alone between spaces; it is long and flat.
    area_or_one = np.maximum(area, 1)
    x, y = xs.astype(np.float64), ys.astype(np.float64)
    mean_x = np.bincount(owner, x, count + 1) / area_or_one
    mean_y = np.bincount(owner, y, count + 1) / area_or_one
    var_x = np.bincount(owner, x * x, count + 1) / area_or_one - mean_x**2
    var_y = np.bincount(owner, y * y, count + 1) / area_or_one - mean_y**2
    flat = var_x > HYPHEN_ELONGATION * np.maximum(var_y, 0.25)
    lone = members[crowd_of_blob] <= 2
    speck = small & ~flat & lone & ~crowd_near_large[crowd_of_blob]
    if level >= 2:
        boxes = ndimage.find_objects(blobs)
        zones = _mark_zones(ink.shape, [b for b, s in zip(boxes, small[1:], strict=True) if not s])
        in_zone = np.bincount(owner, weights=zones[ys, xs], minlength=count + 1) > 0
        dot = np.array([False, *(_is_dot(b, a) for b, a in zip(boxes, area[1:], strict=True))])
        speck |= small & dot & (members[crowd_of_blob] <= 1) & ~in_zone
    speck[0] = False
    if not speck.any():
        return specks_at, 0
    erase = np.zeros(ink.shape, dtype=bool)
    erase[ys, xs] = speck[owner]
    if step > 1:
        erase = np.repeat(np.repeat(erase, step, axis=0), step, axis=1)
    specks_at[:height, :width] = erase & (pixels[:height, :width] < SPECK_INK_BELOW)
    return specks_at, int(speck.sum())


def _mark_zones(shape: tuple[int, int], letters: list[tuple[slice, slice]]) -> np.ndarray:
    """Where a letter's marks may lie: over and under it, within MARK_ZONE of its height (a
    tone mark, a dot below), and after it in its lower part (a full stop, a comma)."""
    zones = np.zeros(shape, dtype=bool)
    for rows, cols in letters:
        top, bottom, left, right = rows.start, rows.stop, cols.start, cols.stop
        gap = max(2, round(MARK_ZONE * (bottom - top)))
        zones[max(0, top - gap) : bottom + gap, max(0, left - 1) : right + 1] = True
        zones[top + (bottom - top) * 2 // 5 : bottom + 2, right : right + gap] = True
    return zones


def _is_dot(box: tuple[slice, slice] | None, area: int) -> bool:
    """A round blob of three cells or more (dust is round; marks are strokes, or sit
    where ``_mark_zones`` looks)."""
    if box is None:
        return False
    height, width = box[0].stop - box[0].start, box[1].stop - box[1].start
    return (
        area >= 3
        and min(height, width) >= DOT_ROUNDNESS * max(height, width)
        and area >= 0.5 * height * width
    )


def remove_streaks(gray: Image.Image, dpi: int) -> Image.Image:
    """A black-and-white (fax) page without the dashed lines a fax machine draws along its
    scan lines, through the text: thin ink on runs that, their gaps of up to STREAK_GAP
    closed, reach a third of the page's width. Ink thicker than STREAK_THICKNESS there (a
    letter's stem) stays."""
    pixels = np.asarray(gray)
    ink = pixels < 128
    gap = max(3, round(STREAK_GAP_INCHES * dpi))
    closed = ndimage.minimum_filter1d(ndimage.maximum_filter1d(ink, gap, axis=1), gap, axis=1)
    edges = np.diff(np.pad(closed, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    starts, ends = np.argwhere(edges == 1), np.argwhere(edges == -1)
    long = ends[:, 1] - starts[:, 1] >= ink.shape[1] // 3
    if not long.any():
        return gray
    thickness = max(2, round(STREAK_THICKNESS_INCHES * dpi))
    thin = ink & ~ndimage.maximum_filter1d(
        ndimage.minimum_filter1d(ink, thickness + 1, axis=0), thickness + 1, axis=0
    )
    cleaned = pixels.copy()
    for (row, left), (_, right) in zip(starts[long], ends[long], strict=True):
        # A streak's thin ink covers a third of its length or more; along a row of text
        # (words closed into one run) thin ink is a tenth at most, the rest is stems.
        if thin[row, left:right].sum() >= STREAK_THIN_COVER * (right - left):
            cleaned[row, left:right][thin[row, left:right]] = 255
    return Image.fromarray(cleaned, mode="L")


def estimate_skew(gray: Image.Image) -> float:
    """Degrees of text tilt (counter-clockwise positive), by the sharpest row profile.

    Each candidate angle shears the ink pixels' rows (``y - x·tan θ``) instead of rotating the
    image: the same profile for small angles, at a fraction of the cost.
    """
    small = gray.copy()
    small.thumbnail((1000, 1000))
    ys, xs = np.nonzero(np.asarray(small) < 128)
    if len(ys) < 0.002 * small.width * small.height:
        return 0.0
    ys, xs = ys[::2], xs[::2] - small.width / 2  # every other ink pixel draws the same profile

    def sharpness(angle: float) -> float:
        rows = np.round(ys + xs * np.tan(np.radians(angle))).astype(np.int64)
        profile = np.bincount(rows - rows.min())
        return float(np.square(np.diff(profile.astype(np.float64))).sum())

    coarse = max(np.arange(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES + 0.01, 0.5), key=sharpness)
    return float(max(np.arange(coarse - 0.5, coarse + 0.51, 0.1), key=sharpness))


def prepare(
    image: Image.Image,
    dpi: int,
    *,
    first_page: bool,
    steps: frozenset[str] = frozenset(ALL_STEPS),
    dust: int = 0,
    skew: float | None = None,
) -> tuple[Image.Image, Geometry]:
    """The image Tesseract reads, and how its pixels map back to ``image``'s.

    ``dust`` is how hard specks are looked for (``find_specks``' level); ``skew``, when
    given, is the tilt to level (an earlier preparation's), instead of estimating it.
    """
    if "drop_seal" in steps:
        keep_top = 0.4 if first_page else 0.0
        gray = drop_seal_ink(image, keep_top=keep_top)
        if is_grey(image):
            gray = drop_grey_seal(gray, dpi or TARGET_DPI, keep_top=keep_top)
    else:
        gray = image.convert("L")
    if "contrast" in steps:
        gray = normalise_contrast(gray)
    specks = 0
    if "despeckle" in steps:
        gray, specks = remove_specks(gray, dpi or TARGET_DPI, level=dust)
    if "destreak" in steps and image.mode == "1":
        gray = remove_streaks(gray, dpi or TARGET_DPI)
    scale = 1.0
    if "upscale" in steps and dpi and (dpi < UPSCALE_BELOW_DPI or dpi > DOWNSCALE_ABOVE_DPI):
        scale = TARGET_DPI / dpi
        gray = gray.resize((round(gray.width * scale), round(gray.height * scale)), Image.LANCZOS)
    if skew is None:
        skew = estimate_skew(gray) if "deskew" in steps else 0.0
    if abs(skew) < MIN_SKEW_DEGREES:
        skew = 0.0
    else:
        gray = gray.rotate(-skew, resample=Image.BILINEAR, fillcolor=255)
    return gray, Geometry(scale=scale, skew=-skew if skew else 0.0, specks=specks)


# Ink Tesseract's page segmentation passed over (a signature block under a black seal, a
# stamp) is searched for in cells of this many pixels; a region must be this many cells.
CELL = 24
MIN_REGION_CELLS = 12
MAX_REGIONS = 4


def uncovered_ink_regions(
    gray: Image.Image, boxes: list[tuple[int, int, int, int]]
) -> list[tuple[int, int, int, int]]:
    """Boxes of sizeable inked areas that no word box covers, largest first."""
    ink = np.asarray(gray) < 128
    for left, top, right, bottom in boxes:
        ink[max(0, top - 8) : bottom + 8, max(0, left - 8) : right + 8] = False
    rows, cols = ink.shape[0] // CELL, ink.shape[1] // CELL
    if rows == 0 or cols == 0:
        return []
    cells = ink[: rows * CELL, : cols * CELL].reshape(rows, CELL, cols, CELL).mean(axis=(1, 3))
    inked = cells > 0.04
    regions = []
    seen = np.zeros_like(inked)
    for start in zip(*np.nonzero(inked), strict=True):
        if seen[start]:
            continue
        stack, members = [start], []
        seen[start] = True
        while stack:
            r, c = stack.pop()
            members.append((r, c))
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    nr, nc = r + dr, c + dc
                    if 0 <= nr < rows and 0 <= nc < cols and inked[nr, nc] and not seen[nr, nc]:
                        seen[nr, nc] = True
                        stack.append((nr, nc))
        rs = [int(m[0]) for m in members]
        cs = [int(m[1]) for m in members]
        # A rule under a heading is one cell tall: text needs two rows of cells at least.
        if len(members) >= MIN_REGION_CELLS and max(rs) > min(rs):
            box = (min(cs) * CELL, min(rs) * CELL, (max(cs) + 1) * CELL, (max(rs) + 1) * CELL)
            regions.append((len(members), box))
    regions.sort(reverse=True)
    return [box for _, box in regions[:MAX_REGIONS]]
