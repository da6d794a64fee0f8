"""Page images for the reviewer, rendered from the record's own scan and cached as PNG.

The scan is found at ``source.path`` or at ``source.file`` taken from OUT_DIR's parent or the
working folder, and used only if its SHA-256 is the record's. Pages are rendered as docparse
read them (``ingest``), turned upright by ``page_info.rotation`` so the provenance boxes fit,
scaled down to ``WIDTH`` pixels and kept in ``OUT_DIR/.review-cache/``, named by the scan's
SHA-256, the page and the rotation.
A ``.txt`` source has no image: its lines are shown instead.
"""

from __future__ import annotations

import io
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from docparse.errors import DocparseError
from docparse.ingest import load_page_image, plan_document, sha256_of
from docparse.options import Options
from docparse.output import write_bytes_atomic
from docparse.text import nfc
from models.record import PageInfo, Record, SourceKind

CACHE_DIR = ".review-cache"
WIDTH = 1200
_SHA256 = re.compile(r"[0-9a-f]{64}")


class PageUnavailableError(LookupError):
    """The page cannot be shown; the message says why, for the reviewer."""


@dataclass(frozen=True)
class Scan:
    path: Path | None
    problem: str | None  # why the scan cannot be shown, when it cannot


class Pages:
    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.cache = out_dir / CACHE_DIR
        self._verified: dict[tuple[Path, int, int], str] = {}
        self._lock = threading.Lock()

    def scan(self, record: Record) -> Scan:
        """The record's source file, checked against its SHA-256."""
        if not _SHA256.fullmatch(record.source.sha256):
            return Scan(None, "the record has no valid SHA-256 of its source")
        candidates = []
        if record.source.path and Path(record.source.path).is_absolute():
            candidates.append(Path(record.source.path))
        name = Path(record.source.file)
        candidates += [self.out_dir.parent / name, Path.cwd() / name]
        found = next((path for path in candidates if path.is_file()), None)
        if found is None:
            return Scan(None, f"the scan {record.source.file} is not found")
        if self._sha256(found) != record.source.sha256:
            return Scan(None, f"{found} has changed since it was parsed (SHA-256 differs)")
        return Scan(found, None)

    def cached(self, record: Record, number: int) -> Path:
        info = _info(record, number)
        rotation = info.rotation if info else 0
        return self.cache / f"{record.source.sha256}-p{number}-r{rotation}.png"

    def all_cached(self, record: Record) -> bool:
        return all(self.cached(record, n).is_file() for n in range(1, record.source.pages + 1))

    def image(self, record: Record, number: int) -> Path:
        """The cached PNG of page ``number``, rendered first if needed."""
        if record.source.kind is SourceKind.text or not 1 <= number <= record.source.pages:
            raise PageUnavailableError(f"no page image {number}")
        target = self.cached(record, number)
        if target.is_file():
            return target
        with self._lock:
            if not target.is_file():
                write_bytes_atomic(target, self._render(record, number))
        return target

    def text_lines(self, record: Record) -> list[str]:
        """The lines of a ``.txt`` source, as the pipeline numbered them."""
        scan = self.scan(record)
        if scan.path is None:
            raise PageUnavailableError(scan.problem)
        return nfc(scan.path.read_text(encoding="utf-8-sig")).splitlines()

    def _render(self, record: Record, number: int) -> bytes:
        scan = self.scan(record)
        if scan.path is None:
            raise PageUnavailableError(scan.problem)
        info = _info(record, number)
        options = Options()
        if record.source.kind is not SourceKind.image and info and 100 <= info.dpi <= 600:
            options = Options(dpi=info.dpi)
        try:
            plan = plan_document(scan.path, options)
            if plan.sha256 != record.source.sha256:
                raise PageUnavailableError(f"{scan.path} changed while it was being read")
            image = load_page_image(plan.pages[number - 1], options)
        except (DocparseError, IndexError) as error:
            raise PageUnavailableError(f"page {number} cannot be rendered: {error}") from None
        if info and info.rotation:
            image = image.rotate(-info.rotation, expand=True, fillcolor="white")
        if image.width > WIDTH:
            image = image.convert("L") if image.mode == "1" else image
            height = round(image.height * WIDTH / image.width)
            image = image.resize((WIDTH, height), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=True)
        return buffer.getvalue()

    def _sha256(self, path: Path) -> str:
        stat = path.stat()
        key = (path.resolve(), stat.st_mtime_ns, stat.st_size)
        if key not in self._verified:
            self._verified[key] = sha256_of(path)
        return self._verified[key]


def _info(record: Record, number: int) -> PageInfo | None:
    return next((info for info in record.source.page_info if info.number == number), None)
