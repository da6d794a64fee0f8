"""The Dask engine: the same page tasks on a ``dask.distributed`` cluster.

``--scheduler local`` starts a LocalCluster on this machine (``--jobs`` worker processes, one
thread each, ``--max-memory`` per worker, enforced by Dask's nanny). ``--scheduler
tcp://HOST:8786`` connects to a running cluster; then every worker must have docparse (same
version) and Tesseract installed, and see IN_DIR at the same absolute path as this machine
(a shared or network file system): workers read the inputs, the parent alone writes OUT_DIR.
Dask retries a page whose worker died on another worker; a page that kills workers
repeatedly fails its document.
"""

from __future__ import annotations

import logging
from collections.abc import Hashable
from typing import Any, cast

from distributed import Client, Future, KilledWorker, LocalCluster, wait

from docparse.batch.engine import TaskLost
from docparse.batch.worker import PageOutcome, read_page_safely
from docparse.ingest import PageTask
from docparse.options import Options

CONNECT_TIMEOUT = "30s"


class DaskCluster:
    def __init__(self, scheduler: str, jobs: int, max_memory_mb: int) -> None:
        self._cluster: LocalCluster | None = None
        if scheduler == "local":
            self._cluster = LocalCluster(
                n_workers=jobs,
                threads_per_worker=1,
                processes=True,
                memory_limit=max_memory_mb * 1024 * 1024,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            self._client = Client(self._cluster)
        else:
            self._client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        self.slots = max(1, sum(self._client.nthreads().values()))

    def submit(self, task: PageTask, options: Options) -> Hashable:
        return cast(Hashable, self._client.submit(read_page_safely, task, options, pure=False))

    def wait(self, handles: list[Hashable], timeout: float) -> set[Hashable]:
        try:
            done, _ = wait(
                cast(list[Future], handles), timeout=timeout, return_when="FIRST_COMPLETED"
            )
        except TimeoutError:
            return set()
        return set(done)

    def outcome(self, handle: Hashable) -> PageOutcome:
        try:
            return cast(PageOutcome, cast(Future, handle).result())
        except KilledWorker as error:
            raise TaskLost("worker_died", f"its workers died ({error})") from error
        except Exception as error:  # the task could not run there (a worker lacking docparse…)
            raise TaskLost("worker_failed", f"{type(error).__name__}: {error}") from error

    def restart(self) -> None:
        """Dask replaces dead workers itself."""

    def abandon(self, handles: list[Hashable]) -> bool:
        """Cancel stuck tasks and restart the workers running them; other tasks carry on."""
        futures = cast(list[Future], handles)
        keys = {future.key for future in futures}
        processing: dict[str, Any] = self._client.processing()
        workers = [w for w, running in processing.items() if keys.intersection(running)]
        self._client.cancel(futures)
        if workers:
            self._client.restart_workers(workers, raise_for_error=False)
        return False

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
