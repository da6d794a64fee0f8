"""Every decision a reviewer takes, kept in ``OUT_DIR/review.sqlite`` (append only).

A decision is one row: who, when, which document (its path under OUT_DIR), which field (a
record key path; empty for an approval), the value before and the value after (JSON), and
the action: ``accept``, ``correct``, ``reject`` or ``approve``. Nothing is updated or deleted:
the state of a field is its latest decision, the state of a document follows from its rows.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

DB_NAME = "review.sqlite"

Action = Literal["accept", "correct", "reject", "approve"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document TEXT NOT NULL,
    field TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('accept', 'correct', 'reject', 'approve')),
    old_value TEXT,
    new_value TEXT,
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_by_document ON decisions (document, id);
"""


@dataclass(frozen=True)
class Decision:
    id: int
    document: str
    field: str
    action: Action
    old_value: Any
    new_value: Any
    reviewer: str
    at: str  # ISO 8601 with the reviewer's UTC offset


class DecisionStore:
    """The decisions of one output folder; a connection per call, so any thread may use it."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / DB_NAME
        with self._connect() as db:
            db.executescript(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=10)) as db, db:
            yield db

    def add(
        self,
        document: str,
        field: str,
        action: Action,
        old_value: Any,
        new_value: Any,
        reviewer: str,
    ) -> Decision:
        at = now()
        row = (
            document,
            field,
            action,
            json.dumps(old_value, ensure_ascii=False),
            json.dumps(new_value, ensure_ascii=False),
            reviewer,
            at,
        )
        with self._connect() as db:
            cursor = db.execute(
                "INSERT INTO decisions (document, field, action, old_value, new_value, reviewer, "
                "at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                row,
            )
            decision_id = cursor.lastrowid or 0
        return Decision(decision_id, document, field, action, old_value, new_value, reviewer, at)

    def for_document(self, document: str) -> list[Decision]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT * FROM decisions WHERE document = ? ORDER BY id", (document,)
            ).fetchall()
        return [_decision(row) for row in rows]

    def by_document(self) -> dict[str, list[Decision]]:
        """Every document's decisions, oldest first."""
        found: dict[str, list[Decision]] = {}
        with self._connect() as db:
            for row in db.execute("SELECT * FROM decisions ORDER BY id"):
                decision = _decision(row)
                found.setdefault(decision.document, []).append(decision)
        return found


def now() -> str:
    """The time of a decision: ISO 8601 to the second, with the local UTC offset."""
    return dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="seconds")


def _decision(row: tuple[Any, ...]) -> Decision:
    decision_id, document, field, action, old, new, reviewer, at = row
    return Decision(decision_id, document, field, action, _load(old), _load(new), reviewer, at)


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)
