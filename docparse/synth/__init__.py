"""Synthetic Vietnamese administrative letters with their expected records.

A seed fixes everything: ``generate(seed)`` composes a letter and fits it to its page count,
``render`` paints its 300 dpi pages, ``degrade`` scans them under a named condition and
``expected_record`` gives the values a careful reader would type in. ``make_document`` and
``write_document`` do all of it for one file; ``python -m docparse.synth.samples`` writes the
committed ``samples/`` folder.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from docparse.synth.content import Features, Letter, compose, expected_record
from docparse.synth.degrade import CONDITIONS, Scan, degrade
from docparse.synth.files import FORMATS, save
from docparse.synth.render import page_count, render

# Bump when the same seed would give different letters or pixels (bench caches key on it).
GENERATOR_VERSION = "1"


def generate(seed: int, features: Features | None = None) -> Letter:
    """The letter of ``seed``, shortened until it fits its page count."""
    letter = compose(seed, features)
    pages = page_count(letter)
    while pages > letter.pages and (shorter := letter.shrink()) is not None:
        letter = shorter
        pages = page_count(letter)
    return replace(letter, pages=pages)


@dataclass(frozen=True)
class Document:
    letter: Letter
    scans: list[Scan]
    expected: dict[str, Any]


def make_document(
    seed: int, features: Features | None = None, condition: str = "clean", dpi: int | None = None
) -> Document:
    letter = generate(seed, features)
    rng = random.Random(f"{seed}/{condition}")
    scans = [degrade(page, rng, condition, dpi) for page in render(letter)]
    return Document(letter, scans, expected_record(letter))


def write_document(document: Document, folder: Path, stem: str, fmt: str) -> list[Path]:
    """``folder/<stem>.<fmt>`` and ``folder/<stem>.expected.json``; returns both paths."""
    image_path = folder / f"{stem}.{fmt}"
    save(document.scans, image_path)
    json_path = folder / f"{stem}.expected.json"
    text = json.dumps(document.expected, ensure_ascii=False, indent=2) + "\n"
    json_path.write_text(text, encoding="utf-8")
    return [image_path, json_path]


__all__ = [
    "CONDITIONS",
    "FORMATS",
    "GENERATOR_VERSION",
    "Document",
    "Features",
    "Letter",
    "Scan",
    "degrade",
    "expected_record",
    "generate",
    "make_document",
    "render",
    "write_document",
]
