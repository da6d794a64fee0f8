"""Scanning conditions: what a copier, a poor scanner or a fax machine does to a clean page.

``degrade(image, rng, condition)`` takes a 300 dpi page from ``render`` and returns a
``Scan``: the degraded image, its resolution and the JPEG quality the condition stores it with.

- ``clean``: 300 dpi, untouched, lossless.
- ``office``: an office photocopy scanned at 200–300 dpi: skew ≤ 1°, grey paper, heavier
  toner, slight blur and noise, JPEG 70–85.
- ``poor``: 150–200 dpi, skew up to 2.5°, blur, uneven light, grey paper, noise, specks,
  JPEG 50–70.
- ``fax``: 200 dpi black and white (1 bit): noise before a wavering threshold, slight skew,
  streaks along the scan lines. Colour stamps turn grey, then black or white.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from docparse.synth.render import DPI

CONDITIONS = ("clean", "office", "poor", "fax")


@dataclass(frozen=True)
class Scan:
    image: Image.Image  # RGB, or mode "1" for a fax
    dpi: int
    jpeg_quality: int | None  # None: the condition keeps the page lossless


def degrade(image: Image.Image, rng: random.Random, condition: str, dpi: int | None = None) -> Scan:
    """The page as scanned under ``condition``; ``dpi`` overrides the condition's choice."""
    if condition not in CONDITIONS:
        raise ValueError(f"unknown condition {condition!r}; one of {', '.join(CONDITIONS)}")
    noise = np.random.default_rng(rng.getrandbits(64))
    if condition == "clean":
        dpi = dpi or DPI
        return Scan(_resize(image, dpi), dpi, None)
    if condition == "office":
        dpi = dpi or rng.choice((200, 240, 300))
        page = _skew(image, rng.uniform(-1.0, 1.0))
        page = _resize(page, dpi).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6)))
        pixels = np.asarray(page, dtype=np.float32)
        pixels = _toner(pixels, rng.uniform(1.15, 1.4))
        pixels *= _light(noise, pixels.shape, rng.uniform(0.0, 0.05))
        pixels = _paper(pixels, rng.uniform(222, 240))
        pixels += noise.normal(0, rng.uniform(1.0, 2.5), pixels.shape[:2])[..., None]
        page = _to_image(pixels)
        _specks(page, noise, rng.randint(0, 120), (1, 2))
        return Scan(page, dpi, rng.randint(70, 85))
    if condition == "poor":
        dpi = dpi or rng.choice((150, 170, 200))
        angle = rng.uniform(0.8, 2.5) * rng.choice((-1, 1))
        page = _skew(image, angle)
        page = _resize(page, dpi).filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.0)))
        pixels = np.asarray(page, dtype=np.float32)
        pixels = _toner(pixels, rng.uniform(0.9, 1.3))
        pixels *= _light(noise, pixels.shape, rng.uniform(0.12, 0.3))
        pixels = _paper(pixels, rng.uniform(205, 232))
        pixels += noise.normal(0, rng.uniform(5, 9), pixels.shape[:2])[..., None]
        page = _to_image(pixels)
        _specks(page, noise, rng.randint(300, 1200), (1, 3))
        return Scan(page, dpi, rng.randint(50, 70))
    dpi = dpi or 200
    page = _skew(image.convert("L"), rng.uniform(-0.8, 0.8))
    page = _resize(page, dpi).filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.7)))
    pixels = np.asarray(page, dtype=np.float32)
    pixels += noise.normal(0, rng.uniform(10, 18), pixels.shape)
    threshold = rng.uniform(150, 175) + (_light(noise, (*pixels.shape, 1), 1.0)[..., 0] - 0.5) * 24
    black = pixels < threshold
    _streaks(black, noise, rng)
    flip = noise.random(black.shape) < 0.0004
    black ^= flip
    fax = Image.fromarray(np.where(black, 0, 255).astype(np.uint8), "L").convert(
        "1", dither=Image.Dither.NONE
    )
    return Scan(fax, dpi, None)


def _skew(image: Image.Image, angle: float) -> Image.Image:
    white = 255 if image.mode == "L" else (255, 255, 255)
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=white)


def _resize(image: Image.Image, dpi: int) -> Image.Image:
    if dpi == DPI:
        return image
    size = (round(image.width * dpi / DPI), round(image.height * dpi / DPI))
    return image.resize(size, Image.Resampling.LANCZOS)


def _toner(pixels: np.ndarray, gamma: float) -> np.ndarray:
    """A copier's contrast: gamma > 1 makes grey strokes darker."""
    return 255.0 * (pixels / 255.0) ** gamma


def _paper(pixels: np.ndarray, white: float) -> np.ndarray:
    """White paper becomes ``white`` grey; ink keeps its darkness."""
    return pixels * (white / 255.0)


def _light(noise: np.random.Generator, shape: tuple[int, ...], depth: float) -> np.ndarray:
    """A smooth light field from 1 down to 1 − depth: a lamp brighter on one side."""
    height, width = shape[:2]
    coarse = noise.random((4, 3)).astype(np.float32)
    field = Image.fromarray((coarse * 255).astype(np.uint8), "L").resize(
        (width, height), Image.Resampling.BICUBIC
    )
    values = np.asarray(field, dtype=np.float32) / 255.0
    return (1.0 - depth * values)[..., None]


def _to_image(pixels: np.ndarray) -> Image.Image:
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")


def _specks(image: Image.Image, noise: np.random.Generator, count: int, radius: tuple) -> None:
    draw = ImageDraw.Draw(image)
    xs = noise.integers(0, image.width, count)
    ys = noise.integers(0, image.height, count)
    sizes = noise.integers(radius[0], radius[1] + 1, count)
    greys = noise.integers(20, 110, count)
    for x, y, r, grey in zip(xs, ys, sizes, greys, strict=True):
        g = int(grey)
        draw.ellipse((int(x) - r, int(y) - r, int(x) + r, int(y) + r), fill=(g, g, g))


def _streaks(black: np.ndarray, noise: np.random.Generator, rng: random.Random) -> None:
    """Fax line faults: dashed black lines and white dropouts along the scan direction."""
    height, width = black.shape
    for _ in range(rng.randint(2, 6)):
        y = rng.randrange(height)
        thickness = rng.randint(1, 2)
        dashes = noise.random(width) < rng.uniform(0.2, 0.7)
        rows = slice(y, min(height, y + thickness))
        if rng.random() < 0.5:
            black[rows, :] |= dashes
        else:
            black[rows, :] &= ~dashes
    if rng.random() < 0.4:
        x = rng.randrange(width)
        black[:, x] |= noise.random(height) < 0.3
