"""What runs in a worker process: one page read, its failure handed back as data.

The same function runs in the local process pool and on Dask workers, so every worker needs
docparse installed and the input files at the same absolute paths as the parent.
"""

from __future__ import annotations

import os
import resource
import threading
import time
from dataclasses import dataclass

from docparse.errors import DocparseError
from docparse.ingest import PageTask
from docparse.options import Options
from docparse.pipeline import read_page
from models.layout import Page

# How often a worker looks whether the batch that started it is still there.
PARENT_CHECK_SECONDS = 1.0
# The address-space cap the initializer set in this process, in MB (0: none).
_memory_limit_mb = 0


@dataclass(frozen=True)
class Failure:
    """Why a document has no record: a code from ``docparse.errors`` and a specific message."""

    code: str
    message: str


@dataclass(frozen=True)
class PageOutcome:
    """A page read in a worker, or why it could not be, and what reading it cost."""

    number: int
    page: Page | None
    failure: Failure | None
    seconds: float
    peak_kb: int  # the worker's peak resident memory so far, Tesseract's reads included
    # The largest program this worker ran and waited for (pdftoppm, Tesseract's orientation
    # check); an upper bound, since Linux counts in a child's peak its parent's size at start.
    helpers_peak_kb: int


def start_worker(max_megabytes: int, parent: int) -> None:
    """Pool initializer: cap the worker's address space, so a runaway page raises MemoryError
    (Tesseract reads inside the worker; the programs it starts inherit the cap), and end the
    worker when the batch process ``parent`` is gone (killed), instead of leaving it waiting
    for work forever.
    """
    global _memory_limit_mb
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    if max_megabytes:
        limit = max_megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        _memory_limit_mb = max_megabytes
    threading.Thread(target=_exit_without, args=(parent,), daemon=True).start()


def _exit_without(parent: int) -> None:
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)


def read_page_safely(task: PageTask, options: Options) -> PageOutcome:
    """``read_page`` for a batch: any failure of this page is returned, never raised."""
    start = time.perf_counter()
    page, failure = None, None
    try:
        page = read_page(task, options)
    except DocparseError as error:
        failure = Failure(error.code, error.message)
    except MemoryError:
        limit = f" (the limit is {_memory_limit_mb} MB per worker)" if _memory_limit_mb else ""
        failure = Failure(
            "out_of_memory", f"{task.path}: page {task.number} ran out of memory{limit}"
        )
    except Exception as error:  # a bug on one odd page must not stop the night's batch
        failure = Failure(
            "page_failed", f"{task.path}: page {task.number}: {type(error).__name__}: {error}"
        )
    return PageOutcome(
        number=task.number,
        page=page,
        failure=failure,
        seconds=time.perf_counter() - start,
        peak_kb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        helpers_peak_kb=resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
