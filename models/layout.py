"""What the OCR (or a PDF's text layer) saw on a page: words with boxes, grouped into lines.

Boxes are ``(left, top, right, bottom)`` in pixels of the page as rendered by the ingest
stage (PDF pages at the render resolution), turned upright and levelled: lines of text are
horizontal. ``Page.skew`` maps them back onto the scan (``preprocess.unlevel``), which is
what a record's provenance gives. Confidences run from 0 to 1.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

BBox = tuple[int, int, int, int]


def union(boxes: list[BBox]) -> BBox:
    """The smallest box holding every box given."""
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


class Word(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    bbox: BBox
    confidence: float = Field(ge=0, le=1)
    line: int = 0  # the text line OCR put the word on (0: not known); layout builds on it
    page: int = 1


class Line(BaseModel):
    """Words on one baseline inside one column, left to right."""

    words: list[Word]
    column: Literal["full", "left", "right"] = "full"

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def bbox(self) -> BBox:
        return union([w.bbox for w in self.words])

    @property
    def confidence(self) -> float:
        """The least sure word's confidence; stray punctuation does not count."""
        words = [w for w in self.words if any(c.isalnum() for c in w.text)] or self.words
        return min(w.confidence for w in words)

    @property
    def page(self) -> int:
        return self.words[0].page


class Page(BaseModel):
    number: int  # from 1
    width: int
    height: int
    dpi: int = 300
    source: Literal["ocr", "text_layer", "text"] = "ocr"
    rotation: int = 0  # degrees the ingested image was turned to stand upright
    skew: float = 0.0  # degrees the page was turned counter-clockwise to level it
    words: list[Word] = Field(default_factory=list)
    readings: list[list[Word]] = Field(
        default_factory=list,
        description="a dusty page read again, cleaned harder each time: each reading's words",
    )
    unread: list[BBox] = Field(
        default_factory=list, description="inked regions where OCR found no word (stamps, seals)"
    )
