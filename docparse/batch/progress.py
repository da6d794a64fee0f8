"""What a batch tells the person or the cron job watching it.

On a terminal: a progress bar (documents, pages/s, ETA) on stderr, failures printed above it.
Not on a terminal: one plain line per document done in this run, on stderr. Files that are not
documents (``skipped``) are only counted in the summary and listed in the manifest, so that a
folder of scans beside their ``.expected.json`` stays readable. ``--quiet``: nothing
while it runs; at the end, the failures of this run and the summary on stderr when something
failed, nothing at all when everything is fine (so cron mails only bad nights).
The summary goes to stdout.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

import click
from tqdm import tqdm

from docparse.batch.manifest import Entry, Status
from docparse.batch.runner import Summary

# The bar is redrawn at most this often (thousands of small documents go by fast).
REFRESH_SECONDS = 0.5


def describe(entry: Entry) -> str:
    """One line about an input, for logs."""
    if entry.status is Status.ok:
        pages = f"{entry.pages} page{'s' if entry.pages != 1 else ''}"
        return f"ok {entry.path}: {pages}, {entry.seconds:.1f} s, {entry.in_review} in review"
    if entry.status is Status.duplicate:
        return f"duplicate {entry.path}: same bytes as {entry.duplicate_of}"
    error = entry.error
    detail = f"[{error.code}] {error.message}" if error else ""
    return f"{'FAILED' if entry.status is Status.failed else 'skipped'} {entry.path}: {detail}"


class BarProgress:
    """A tqdm bar over the documents, with pages/s; failures are written above it."""

    def __init__(self, stream: TextIO = sys.stderr) -> None:
        self._stream = stream
        self._bar: tqdm | None = None
        self._start = time.monotonic()
        self._shown = 0.0

    def start(self, documents: int) -> None:
        self._start = time.monotonic()
        self._bar = tqdm(
            total=documents, unit="doc", file=self._stream, dynamic_ncols=True, smoothing=0.05
        )

    def finished(self, entry: Entry, summary: Summary, fresh: bool) -> None:
        assert self._bar is not None
        if entry.status is Status.skipped:
            return
        if fresh and entry.status is Status.failed:
            self._bar.write(describe(entry), file=self._stream)
        self._bar.update(1)
        self.page(summary)

    def page(self, summary: Summary) -> None:
        assert self._bar is not None
        clock = time.monotonic()
        rate = summary.pages / max(clock - self._start, 1e-9)
        self._bar.set_postfix_str(f"{rate:.2f} pages/s, {summary.failed} failed", refresh=False)
        if clock - self._shown >= REFRESH_SECONDS:
            self._bar.refresh()
            self._shown = clock

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


class LogProgress:
    """One line per document done in this run: ``[12/1000] ok sub/a.png: …, eta 1h02m``."""

    def __init__(self, stream: TextIO = sys.stderr) -> None:
        self._stream = stream
        self._documents = 0
        self._done = 0
        self._fresh = 0
        self._start = time.monotonic()

    def start(self, documents: int) -> None:
        self._documents = documents
        self._start = time.monotonic()

    def finished(self, entry: Entry, summary: Summary, fresh: bool) -> None:
        if entry.status is Status.skipped:
            return
        self._done += 1
        if not fresh:
            return
        self._fresh += 1
        elapsed = time.monotonic() - self._start
        left = self._documents - self._done
        eta = _duration(elapsed / self._fresh * left) if self._fresh else "?"
        width = len(str(self._documents))
        click.echo(
            f"[{self._done:>{width}}/{self._documents}] {describe(entry)} "
            f"({summary.pages / max(elapsed, 1e-9):.2f} pages/s, eta {eta})",
            file=self._stream,
        )

    def page(self, summary: Summary) -> None:
        """Lines are per document."""

    def close(self) -> None:
        """Nothing is left open."""


class QuietProgress:
    """Silent while running; keeps this run's failures for the end."""

    def __init__(self) -> None:
        self.failures: list[str] = []

    def start(self, documents: int) -> None:
        """Nothing to show."""

    def finished(self, entry: Entry, summary: Summary, fresh: bool) -> None:
        if fresh and entry.status is Status.failed:
            self.failures.append(describe(entry))

    def page(self, summary: Summary) -> None:
        """Nothing to show."""

    def close(self) -> None:
        """Nothing is left open."""


def format_summary(summary: Summary) -> str:
    mb = 1024
    lines = [
        f"documents: {summary.documents} ({summary.ok} ok, {summary.failed} failed, "
        f"{summary.duplicates} duplicates; {summary.done_before} done by an earlier run)",
        f"pages: {summary.pages} read in {summary.seconds:.1f} s "
        f"({summary.pages_per_second:.2f} pages/s)",
        f"fields in review: {summary.in_review}",
    ]
    if summary.skipped:
        lines.append(f"other files, not read: {summary.skipped} (skipped in the manifest)")
    if summary.peak_kb:
        lines.append(
            f"peak memory per worker: {summary.peak_kb // mb} MB "
            f"(the programs it ran: at most {summary.helpers_peak_kb // mb} MB)"
        )
    return "\n".join(lines)


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{secs:02d}s"
