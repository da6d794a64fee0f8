"""``docparse batch``: arguments, engine, progress and exit code; the work is in ``runner``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from docparse.batch.engine import Engine
from docparse.batch.manifest import OutDirBusyError
from docparse.batch.pool import ProcessPool
from docparse.batch.progress import (
    BarProgress,
    LogProgress,
    QuietProgress,
    format_summary,
)
from docparse.batch.runner import BatchConfig, run_batch
from docparse.errors import DocparseError, ExitCode
from docparse.options import ALL_STEPS, Options, without_option

# Address space per worker, Tesseract's included: a 300 dpi A4 page needs a few hundred MB.
DEFAULT_MAX_MEMORY_MB = 2048


@click.command("batch")
@click.argument(
    "in_dir", type=click.Path(exists=True, file_okay=False, readable=True, path_type=Path)
)
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Records go to OUT/<path under IN_DIR>.json, plus OUT/manifest.jsonl.",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=os.cpu_count() or 1,
    show_default="the number of cores",
    help="Pages read at the same time (worker processes).",
)
@click.option("--retry-failed", is_flag=True, help="Redo inputs an earlier run failed on.")
@click.option("--quiet", is_flag=True, help="For cron: print nothing unless something failed.")
@click.option(
    "--scheduler",
    metavar="local|tcp://HOST:PORT",
    help="Read pages on a Dask cluster: 'local' starts one here; IN_DIR must be at the same "
    "absolute path on every worker.",
)
@click.option(
    "--page-timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=Options().page_timeout,
    show_default=True,
    help="Seconds Tesseract may take on a page before it is killed and the page failed.",
)
@click.option(
    "--max-memory",
    "max_memory_mb",
    type=click.IntRange(min=0),
    default=DEFAULT_MAX_MEMORY_MB,
    show_default=True,
    help="MB of memory per worker (0: no limit); a page needing more fails its document.",
)
@without_option
def batch_command(
    in_dir: Path,
    out_dir: Path,
    jobs: int,
    retry_failed: bool,
    quiet: bool,
    scheduler: str | None,
    page_timeout: float,
    max_memory_mb: int,
    without: tuple[str, ...],
) -> None:
    """Parse every document under IN_DIR into OUT; rerun the same command to resume.

    IN_DIR is walked recursively (hidden files and OUT itself left out). IN_DIR/sub/a.png
    gets its record at OUT/sub/a.png.json; OUT/manifest.jsonl has one line per file: its
    status (ok, failed, skipped: not a document, duplicate: same bytes as an earlier file),
    sha256, pages, seconds, fields in review, error and record. A rerun skips documents done
    with the same bytes and pipeline version, keeps failures unless --retry-failed, and
    redoes the rest; a run killed at any moment loses only the pages in flight.

    Exit code 0: every document has a record; 1: some failed (see the manifest); 2: usage
    error. On a terminal a progress bar shows; otherwise one line per document.
    """
    if out_dir.resolve() == in_dir.resolve():
        raise click.UsageError("--out must be another folder than IN_DIR")
    if scheduler is not None and scheduler != "local" and "://" not in scheduler:
        raise click.BadParameter(
            "'local' or a scheduler address such as tcp://HOST:8786", param_hint="--scheduler"
        )
    config = BatchConfig(
        in_dir=in_dir.resolve(),
        out_dir=out_dir,
        options=Options(page_timeout=page_timeout, steps=frozenset(ALL_STEPS) - set(without)),
        retry_failed=retry_failed,
    )
    if quiet:
        progress: BarProgress | LogProgress | QuietProgress = QuietProgress()
    elif sys.stderr.isatty():
        progress = BarProgress()
    else:
        progress = LogProgress()
    engine = _engine(scheduler, jobs, max_memory_mb)
    try:
        summary = run_batch(config, engine, progress)
    except OutDirBusyError as error:
        raise click.ClickException(str(error)) from None
    except DocparseError as error:  # no Tesseract or no language data: nothing can be read
        raise click.ClickException(f"[{error.code}] {error.message}") from None
    except OSError as error:  # OUT cannot be written (permissions, disk full)
        raise click.ClickException(str(error)) from None
    finally:
        progress.close()
        engine.close()
    if isinstance(progress, QuietProgress):
        if summary.failed:
            for line in progress.failures:
                click.echo(line, err=True)
            click.echo(format_summary(summary), err=True)
    else:
        click.echo(format_summary(summary))
    sys.exit(ExitCode.some_failed if summary.failed else ExitCode.ok)


def _engine(scheduler: str | None, jobs: int, max_memory_mb: int) -> Engine:
    if scheduler is None:
        return ProcessPool(jobs, max_memory_mb)
    from docparse.batch.cluster import DaskCluster  # imports dask only when asked for

    return DaskCluster(scheduler, jobs, max_memory_mb)
