"""Gazetteers of places and issuing bodies: snap OCR near-misses to real names."""

from __future__ import annotations

from docparse.text import collapse


def place(text: str) -> tuple[str, list[str]]:
    """The place name of a date line, and doubts about it."""
    return collapse(text), []


def issuer(text: str) -> tuple[str, list[str]]:
    """An issuing body's name, and doubts about it."""
    return collapse(text), []
