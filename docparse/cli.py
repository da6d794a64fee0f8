"""The command line: arguments and exit codes only; the work is in the stages."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from docparse import __version__
from docparse.batch.cli import batch_command
from docparse.errors import DocparseError, ExitCode
from docparse.export.cli import export_command, schema_command
from docparse.options import ALL_STEPS, Options, without_option
from docparse.output import output_path_for, write_json_atomic
from docparse.pipeline import parse_file
from docparse.review.cli import review_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="docparse")
def main() -> None:
    """Turn scanned Vietnamese administrative letters into typed, checked records."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write DIR/<file name>.json per input. Without it, one input's JSON goes to stdout.",
)
@click.option(
    "--timeout",
    default=Options().page_timeout,
    show_default=True,
    help="Seconds Tesseract may spend on one page.",
)
@without_option
def parse(
    files: tuple[Path, ...], out_dir: Path | None, timeout: float, without: tuple[str, ...]
) -> None:
    """Parse FILES (PNG, JPEG, TIFF, PDF or OCR'd .txt), one document per file."""
    if out_dir is None and len(files) > 1:
        raise click.UsageError("several files need --out DIR")
    options = Options(page_timeout=timeout, steps=frozenset(ALL_STEPS) - set(without))
    taken: set[Path] = set()
    failed = 0
    for path in files:
        progress = _progress(path) if out_dir is not None else None
        try:
            record = parse_file(path, options, progress=progress)
        except DocparseError as error:
            failed += 1
            click.echo(f"FAILED {path}: [{error.code}] {error.message}")
            continue
        if out_dir is None:
            click.echo(record.model_dump_json(indent=2))
            continue
        target = output_path_for(path, out_dir, taken)
        taken.add(target)
        write_json_atomic(target, record.model_dump(mode="json"))
        review = len(record.review)
        click.echo(f"ok {path} -> {target} ({record.source.pages} pages, {review} in review)")
    sys.exit(ExitCode.some_failed if failed else ExitCode.ok)


def _progress(path: Path):
    def report(done: int, total: int) -> None:
        if total > 1:
            click.echo(f"  {path}: page {done}/{total}", err=True)

    return report


# Further commands register themselves below, one line each.
main.add_command(schema_command)
main.add_command(export_command)
main.add_command(review_command)
main.add_command(batch_command)
