"""The batch loop: plan documents in order, feed their pages to an engine, write each record.

The parent plans one document at a time (``plan_document``), hands its pages to an engine (a
local process pool or a Dask cluster; ``read_page`` runs there, one page per task) and keeps
only a few page tasks in flight per worker, so a folder of thousands of documents never sits
in memory. When a document's last page is in, the parent builds its record, writes it (temp
file and rename), then appends its manifest line: a run killed at any point loses nothing
but the pages in flight.

Limits: Tesseract's own time-out fails a page (``Options.page_timeout``); a page whose worker
does not answer in twice that plus 30 s fails too and the engine replaces the worker. When a
local worker dies (memory cap, crash), every page in flight is lost with the pool: the pool is
rebuilt and those pages are retried one at a time, so a page that kills its worker again fails
its document alone.
"""

from __future__ import annotations

import itertools
import time
from collections import deque
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from docparse import ocr
from docparse.batch.engine import Engine, PoolLost, TaskLost
from docparse.batch.inputs import Input, find_inputs
from docparse.batch.manifest import Entry, ErrorInfo, Manifest, Status, now
from docparse.batch.version import pipeline_version
from docparse.batch.worker import Failure, PageOutcome
from docparse.errors import DocparseError
from docparse.ingest import DocumentPlan, PageTask, plan_document, sha256_of
from docparse.options import Options
from docparse.output import write_json_atomic
from docparse.pipeline import build_record
from models.layout import Page
from models.record import SourceKind

# How long the loop waits for a page before it looks at the clock (stuck workers, progress).
POLL_SECONDS = 0.5
# Page tasks in flight per worker: one being read, one ready to start.
TASKS_PER_SLOT = 2
# A worker that has not answered within STUCK_FACTOR × page time-out + STUCK_MARGIN is stuck.
STUCK_FACTOR = 2
STUCK_MARGIN = 30.0
OCR_KINDS = (SourceKind.image, SourceKind.pdf_scan)


class Reporter(Protocol):
    def start(self, documents: int) -> None: ...

    def finished(self, entry: Entry, summary: Summary, fresh: bool) -> None:
        """An input is done; ``fresh`` unless an earlier run did it."""
        ...

    def page(self, summary: Summary) -> None: ...


@dataclass(frozen=True)
class BatchConfig:
    in_dir: Path
    out_dir: Path
    options: Options = field(default_factory=Options)
    retry_failed: bool = False
    stuck_after: float | None = None  # seconds; by default from the page time-out

    @property
    def stuck_seconds(self) -> float:
        if self.stuck_after is not None:
            return self.stuck_after
        return self.options.page_timeout * STUCK_FACTOR + STUCK_MARGIN


@dataclass
class Summary:
    documents: int = 0  # inputs docparse reads
    ok: int = 0
    failed: int = 0
    duplicates: int = 0
    skipped: int = 0  # other files under IN_DIR
    done_before: int = 0  # ok or failed in an earlier run, left as they were
    pages: int = 0  # pages read in this run
    seconds: float = 0.0  # wall time of this run
    in_review: int = 0  # fields listed for review, over all records
    peak_kb: int = 0  # largest worker, resident memory
    helpers_peak_kb: int = 0  # largest program a worker ran (an upper bound, see worker)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


@dataclass
class _Doc:
    """A document whose pages are being read."""

    item: Input
    plan: DocumentPlan
    seconds: float
    pages: list[Page] = field(default_factory=list)
    closed: bool = False


@dataclass
class _Slot:
    """A page task handed to the engine."""

    doc: _Doc
    task: PageTask
    started: float | None = None  # when it is thought to have reached a worker
    retried: bool = False  # lost once with a dead worker already


def run_batch(config: BatchConfig, engine: Engine, reporter: Reporter) -> Summary:
    """Process every input under ``config.in_dir``; the engine is the caller's to close."""
    return _Run(config, engine, reporter).run()


class _Run:
    def __init__(self, config: BatchConfig, engine: Engine, reporter: Reporter) -> None:
        self.config = config
        self.engine = engine
        self.reporter = reporter
        self.options = config.options
        self.summary = Summary()
        self.entries: dict[str, Entry] = {}
        self.first_by_sha: dict[str, Input] = {}
        self.queue: deque[tuple[_Doc, PageTask]] = deque()
        self.pending: dict[Hashable, _Slot] = {}
        self.suspects: deque[_Slot] = deque()
        self.language_checked = False

    def run(self) -> Summary:
        start = time.monotonic()
        inputs = find_inputs(self.config.in_dir, self.config.out_dir)
        self.version = pipeline_version(self.options)
        self.manifest = Manifest(self.config.out_dir)
        self.reporter.start(sum(item.readable for item in inputs))
        try:
            self._loop(iter(inputs))
        finally:
            previous = self.manifest.previous
            final = [self.entries.get(i.rel) or previous.get(i.rel) for i in inputs]
            self.manifest.close([entry for entry in final if entry is not None])
            self.summary.seconds = time.monotonic() - start
        return self.summary

    # The loop: keep the engine fed, collect what is done, watch for stuck workers.

    def _loop(self, inputs: Iterator[Input]) -> None:
        self.inputs = inputs
        while True:
            self._feed()
            if not self.pending:
                return
            for handle in self.engine.wait(list(self.pending), POLL_SECONDS):
                if handle in self.pending:
                    self._collect(self.pending.pop(handle), handle)
            self._check_stuck()

    def _feed(self) -> None:
        if self.suspects:  # pages in flight when a worker died: one at a time, to find the culprit
            if not self.pending:
                self._submit(self.suspects.popleft())
            return
        while len(self.pending) < self.engine.slots * TASKS_PER_SLOT:
            work = self._next_task()
            if work is None:
                return
            self._submit(_Slot(*work))

    def _submit(self, slot: _Slot) -> None:
        slot.started = None
        self.pending[self.engine.submit(slot.task, self.options)] = slot

    def _next_task(self) -> tuple[_Doc, PageTask] | None:
        while True:
            while self.queue:
                doc, task = self.queue.popleft()
                if not doc.closed:
                    return doc, task
            doc = next((d for d in map(self._open, self.inputs) if d is not None), None)
            if doc is None:
                return None
            self.queue.extend((doc, task) for task in doc.plan.pages)

    def _collect(self, slot: _Slot, handle: Hashable) -> None:
        try:
            outcome = self.engine.outcome(handle)
        except TaskLost as lost:
            self._fail(slot.doc, Failure(lost.code, f"{_page(slot)}: {lost.message}"))
        except PoolLost:
            self._recover([slot])
        else:
            self._accept(slot, outcome)

    def _recover(self, lost: list[_Slot]) -> None:
        """The pool died: keep what had finished, restart it, retry each lost page alone once.

        A page lost again while it ran alone killed its worker itself: its document fails.
        """
        for handle, slot in list(self.pending.items()):
            del self.pending[handle]
            try:
                self._accept(slot, self.engine.outcome(handle))
            except PoolLost:
                lost.append(slot)
        self.engine.restart()
        for slot in lost:
            if slot.retried:
                message = f"{_page(slot)}: its worker died (over the memory cap, killed or crashed)"
                self._fail(slot.doc, Failure("worker_died", message))
            elif not slot.doc.closed:
                slot.retried = True
                self.suspects.append(slot)

    def _check_stuck(self) -> None:
        clock = time.monotonic()
        for slot in itertools.islice(self.pending.values(), self.engine.slots):
            if slot.started is None:
                slot.started = clock
        limit = self.config.stuck_seconds
        stuck = [
            h
            for h, s in self.pending.items()
            if s.started is not None and clock - s.started > limit
        ]
        if not stuck:
            return
        for handle in stuck:
            slot = self.pending.pop(handle)
            message = f"{_page(slot)}: no answer from its worker in {limit:g} s; worker stopped"
            self._fail(slot.doc, Failure("worker_stuck", message))
        if self.engine.abandon(stuck):
            others = list(self.pending.values())
            self.pending.clear()
            self.queue.extendleft((s.doc, s.task) for s in reversed(others))

    # One input: skip it, carry its earlier result over, or plan it.

    def _open(self, item: Input) -> _Doc | None:
        if not item.readable:
            self._record(
                item, Status.skipped, error=ErrorInfo(code="not_read", message=item.reason)
            )
            return None
        start = time.perf_counter()
        try:
            sha = sha256_of(item.path)
        except OSError as error:
            message = f"{item.rel}: cannot be read ({error.strerror})"
            self._record(item, Status.failed, error=ErrorInfo(code="unreadable", message=message))
            return None
        original = self.first_by_sha.setdefault(sha, item)
        if original is not item:
            self._record(
                item,
                Status.duplicate,
                sha256=sha,
                duplicate_of=original.rel,
                output=original.output,
            )
            return None
        if self._carry_over(item, sha):
            return None
        try:
            plan = plan_document(item.path, self.options)
        except DocparseError as error:
            info = ErrorInfo(code=error.code, message=error.message)
            self._record(item, Status.failed, sha256=sha, error=info)
            return None
        if not self.language_checked and any(t.kind in OCR_KINDS for t in plan.pages):
            ocr.check_language(self.options.lang)  # no Tesseract or no language: stop the batch
            self.language_checked = True
        return _Doc(item, plan, seconds=time.perf_counter() - start)

    def _carry_over(self, item: Input, sha: str) -> bool:
        """Leave an input done by an earlier run with the same bytes and pipeline as it is."""
        before = self.manifest.previous.get(item.rel)
        if before is None or before.sha256 != sha or before.pipeline != self.version:
            return False
        if before.status is Status.ok:
            done = before.output == item.output and (self.config.out_dir / item.output).is_file()
        else:
            done = before.status is Status.failed and not self.config.retry_failed
        if done:
            self.entries[item.rel] = before
            self.summary.done_before += 1
            self._count(before)
            self.reporter.finished(before, self.summary, fresh=False)
        return done

    # A page is in; a document is done.

    def _accept(self, slot: _Slot, outcome: PageOutcome) -> None:
        self.summary.peak_kb = max(self.summary.peak_kb, outcome.peak_kb)
        self.summary.helpers_peak_kb = max(self.summary.helpers_peak_kb, outcome.helpers_peak_kb)
        doc = slot.doc
        if doc.closed:
            return
        doc.seconds += outcome.seconds
        if outcome.failure is not None:
            self._fail(doc, outcome.failure)
            return
        assert outcome.page is not None
        doc.pages.append(outcome.page)
        self.summary.pages += 1
        self.reporter.page(self.summary)
        if len(doc.pages) == len(doc.plan.pages):
            self._build(doc)

    def _build(self, doc: _Doc) -> None:
        start = time.perf_counter()
        try:
            record = build_record(doc.plan, doc.pages)
        except DocparseError as error:
            self._fail(doc, Failure(error.code, error.message))
            return
        except Exception as error:  # a parser bug on one letter must not stop the batch
            message = f"{doc.item.rel}: parsing failed: {type(error).__name__}: {error}"
            self._fail(doc, Failure("parse_failed", message))
            return
        write_json_atomic(self.config.out_dir / doc.item.output, record.model_dump(mode="json"))
        doc.closed = True
        self._record(
            doc.item,
            Status.ok,
            sha256=doc.plan.sha256,
            pages=len(doc.pages),
            seconds=round(doc.seconds + time.perf_counter() - start, 3),
            in_review=len(record.review),
            output=doc.item.output,
        )

    def _fail(self, doc: _Doc, failure: Failure) -> None:
        if doc.closed:
            return
        doc.closed = True
        self._record(
            doc.item,
            Status.failed,
            sha256=doc.plan.sha256,
            pages=len(doc.plan.pages),
            seconds=round(doc.seconds, 3),
            error=ErrorInfo(code=failure.code, message=failure.message),
        )

    def _record(self, item: Input, status: Status, **fields: object) -> None:
        entry = Entry(
            path=item.rel, status=status, pipeline=self.version, finished_at=now(), **fields
        )
        self.entries[item.rel] = entry
        self.manifest.append(entry)
        self._count(entry)
        self.reporter.finished(entry, self.summary, fresh=True)

    def _count(self, entry: Entry) -> None:
        summary = self.summary
        if entry.status is Status.skipped:
            summary.skipped += 1
            return
        summary.documents += 1
        if entry.status is Status.ok:
            summary.ok += 1
            summary.in_review += entry.in_review
        elif entry.status is Status.failed:
            summary.failed += 1
        else:
            summary.duplicates += 1


def _page(slot: _Slot) -> str:
    return f"{slot.task.path}: page {slot.task.number}"
