"""The local engine: a process pool on this machine, one page per task.

The first pool's workers are forked from the batch process itself as soon as the pool is made:
that process has imported the pipeline already, so the first page starts without importing it
again (about a second, every core but one idle, before any page was read). A fork copies every
lock in the state it is in but only the thread that forks, so this is done only while the batch
process runs no other Python thread (numpy's BLAS threads have their own fork handlers, as in
the forkserver, which imports numpy too), and only on Linux (macOS's system libraries break in
a forked child). Otherwise (a pool rebuilt after a crash, while the old pool's threads may
still run; another system) workers are forked from a forkserver that imports the pipeline
once and inherits no Python thread.

Each worker caps its own address space (``--max-memory``) and exits when the batch process is
gone: a pool worker otherwise waits for work forever once its parent was killed.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
import sys
import threading
from collections.abc import Hashable
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import cast

from docparse.batch.engine import PoolLost
from docparse.batch.worker import PageOutcome, read_page_safely, start_worker
from docparse.ingest import PageTask
from docparse.options import Options

PRELOAD = ["docparse.batch.worker"]


class ProcessPool:
    def __init__(self, jobs: int, max_memory_mb: int) -> None:
        self.slots = jobs
        self._max_memory_mb = max_memory_mb
        self._executor = self._start()

    def _start(self) -> cf.ProcessPoolExecutor:
        context = _worker_context()
        executor = cf.ProcessPoolExecutor(
            max_workers=self.slots,
            mp_context=context,
            initializer=start_worker,
            initargs=(self._max_memory_mb, os.getpid()),
        )
        if context.get_start_method() == "fork":
            # A fork pool starts all its workers at the first task: make that now, while this
            # process still runs a single Python thread (the progress bar's comes later).
            executor.submit(os.getpid)
        return executor

    def submit(self, task: PageTask, options: Options) -> Hashable:
        try:
            return self._executor.submit(read_page_safely, task, options)
        except BrokenProcessPool as error:  # broke since the last look: lost like the others
            future: cf.Future[PageOutcome] = cf.Future()
            future.set_exception(error)
            return future

    def wait(self, handles: list[Hashable], timeout: float) -> set[Hashable]:
        futures = cast(list[cf.Future[PageOutcome]], handles)
        done, _ = cf.wait(futures, timeout=timeout, return_when=cf.FIRST_COMPLETED)
        return set(done)

    def outcome(self, handle: Hashable) -> PageOutcome:
        try:
            return cast(cf.Future[PageOutcome], handle).result()
        except BrokenProcessPool as error:
            raise PoolLost(str(error)) from error

    def restart(self) -> None:
        self._kill_workers()
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._start()

    def abandon(self, handles: list[Hashable]) -> bool:
        """A stuck worker cannot be told apart from its pool: replace the whole pool."""
        self.restart()
        return True

    def close(self) -> None:
        self._kill_workers()
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _kill_workers(self) -> None:
        # ProcessPoolExecutor has no public way to stop a busy worker before Python 3.14.
        for process in list(self._executor._processes.values()):
            process.kill()


def _worker_context() -> BaseContext:
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context
