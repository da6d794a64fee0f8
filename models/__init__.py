"""The typed records of docparse: the import contract and the layout of an OCR'd page."""

from models.layout import Line, Page, Word
from models.record import SCHEMA_VERSION, Record

__all__ = ["SCHEMA_VERSION", "Line", "Page", "Record", "Word"]
