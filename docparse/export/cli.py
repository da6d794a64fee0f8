"""``docparse schema`` and ``docparse export``: arguments and exit codes only."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from docparse.errors import ExitCode
from docparse.export import FORMATS, load_records
from docparse.schema import schema_text, write_schema


@click.command("schema")
@click.option(
    "--write",
    "write",
    is_flag=True,
    help="Regenerate the committed models/schema/record-<version>.json instead of printing.",
)
def schema_command(write: bool) -> None:
    """Print the JSON Schema of a record (draft 2020-12), generated from the models."""
    if write:
        click.echo(f"wrote {write_schema()}")
    else:
        click.echo(schema_text(), nl=False)


@click.command("export")
@click.argument(
    "out_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), metavar="OUT_DIR"
)
@click.option(
    "--format",
    "format_name",
    required=True,
    type=click.Choice(list(FORMATS)),
    help="jsonl: one record a line; csv: one row per document; edxml: one package each.",
)
@click.option(
    "--reviewed",
    is_flag=True,
    help="Use <stem>.reviewed.json where a reviewer saved one; rejected fields are left out.",
)
@click.option(
    "--dest",
    type=click.Path(path_type=Path),
    help="Where to write: a file for jsonl and csv, a folder for edxml. "
    "Default: OUT_DIR/export/records.jsonl, records.csv or edxml/.",
)
def export_command(out_dir: Path, format_name: str, reviewed: bool, dest: Path | None) -> None:
    """Export the records docparse wrote to OUT_DIR for other systems."""
    fmt = FORMATS[format_name]
    loaded = load_records(out_dir, reviewed=reviewed)
    for error in loaded.errors:
        click.echo(f"FAILED {error}")
    if not loaded.items:
        click.echo(f"no record to export in {out_dir}")
        sys.exit(ExitCode.some_failed)
    target = dest or out_dir / "export" / fmt.DEFAULT_NAME
    try:
        warnings = fmt.write(loaded.items, target)
    except OSError as error:
        raise click.ClickException(f"cannot write {target}: {error}") from error
    for warning in warnings:
        click.echo(f"warning: {warning}")
    if reviewed:
        machine = [item.stem for item in loaded.items if item.form == "machine"]
        for stem in machine:
            click.echo(f"  {stem}: no reviewed form, machine record used")
        click.echo(f"{len(loaded.items) - len(machine)} reviewed, {len(machine)} machine records")
    click.echo(f"exported {len(loaded.items)} records as {format_name} -> {target}")
    sys.exit(ExitCode.some_failed if loaded.errors else ExitCode.ok)
