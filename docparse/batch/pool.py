"""The local engine: a process pool on this machine, one page per task.

Workers are forked from a forkserver that imported the pipeline once, so starting (and, after
a crash, restarting) the pool costs milliseconds, and no worker inherits the parent's threads.
Each worker caps its own address space (``--max-memory``) and exits when the batch process is
gone: a pool worker otherwise waits for work forever once its parent was killed.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
from collections.abc import Hashable
from concurrent.futures.process import BrokenProcessPool
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
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(PRELOAD)
        self._executor = self._start()

    def _start(self) -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(
            max_workers=self.slots,
            mp_context=self._context,
            initializer=start_worker,
            initargs=(self._max_memory_mb, os.getpid()),
        )

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
