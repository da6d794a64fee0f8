"""Settings of one parse, checked once (pydantic) and handed to every stage."""

from __future__ import annotations

from typing import Literal, get_args

import click
from pydantic import BaseModel, ConfigDict, Field

# Steps that can be turned off, to measure what each one is worth (make bench).
Step = Literal[
    "drop_seal",
    "contrast",
    "despeckle",
    "destreak",
    "upscale",
    "deskew",
    "reread_regions",
    "reread_names",
    "dust_readings",
    "orientation",
]
ALL_STEPS: tuple[Step, ...] = get_args(Step)


class Options(BaseModel):
    model_config = ConfigDict(frozen=True)

    lang: str = "vie"
    dpi: int = Field(300, ge=100, le=600, description="resolution PDFs are rendered at")
    page_timeout: float = Field(120.0, gt=0, description="seconds Tesseract may take on a page")
    max_pixels: int = Field(
        60_000_000, gt=0, description="largest page image accepted (A4 at 600 dpi is 35 MP)"
    )
    max_pages: int = Field(500, gt=0, description="longest document accepted")
    steps: frozenset[Step] = Field(
        frozenset(ALL_STEPS), description="preprocessing and OCR steps that run"
    )


def without_option(command):
    """``--without STEP``: turn a preprocessing or OCR step off (to measure what it is
    worth, or, ``dust_readings``, to read dusty scans once, faster)."""
    return click.option(
        "--without",
        multiple=True,
        type=click.Choice(ALL_STEPS),
        help="Skip this step (repeatable).",
    )(command)
