"""Batch: whole folders of scans, resumable, over all cores or a Dask cluster.

``docparse batch IN_DIR --out OUT_DIR`` (``batch.cli``) walks IN_DIR (``inputs``), reads the
pages on an engine (``engine``: ``pool`` locally, ``cluster`` on Dask; ``worker`` is what runs
there), writes records and ``manifest.jsonl`` (``runner``, ``manifest``; ``version`` says when
a record is stale) and reports (``progress``).
"""

from docparse.batch.runner import BatchConfig, Summary, run_batch

__all__ = ["BatchConfig", "Summary", "run_batch"]
