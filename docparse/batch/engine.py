"""What the batch loop needs from an engine, the place where pages are read."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Protocol

from docparse.batch.worker import PageOutcome
from docparse.ingest import PageTask
from docparse.options import Options


class PoolLost(Exception):
    """The workers died: every task in flight is lost and the engine must be restarted."""


class TaskLost(Exception):
    """This task could not be run: its worker died as often as the engine retries it, or the
    worker could not run it at all."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message)
        self.code = code
        self.message = message


class Engine(Protocol):
    """Where pages are read: a local process pool (``pool``) or a Dask cluster (``cluster``)."""

    slots: int  # pages read at the same time

    def submit(self, task: PageTask, options: Options) -> Hashable: ...

    def wait(self, handles: list[Hashable], timeout: float) -> set[Hashable]:
        """The handles among ``handles`` that are done, after at most ``timeout`` seconds."""
        ...

    def outcome(self, handle: Hashable) -> PageOutcome:
        """The result of a finished task; raises ``PoolLost`` or ``TaskLost``."""
        ...

    def restart(self) -> None: ...

    def abandon(self, handles: list[Hashable]) -> bool:
        """Stop stuck tasks; True when the other tasks in flight were lost with them."""
        ...

    def close(self) -> None: ...
