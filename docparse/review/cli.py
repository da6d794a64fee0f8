"""``docparse review``: arguments only; the app is in ``docparse.review.app``."""

from __future__ import annotations

import getpass
from pathlib import Path

import click

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@click.command("review")
@click.argument(
    "out_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), metavar="OUT_DIR"
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8765, show_default=True, help="Port to listen on.")
@click.option("--reviewer", help="Name recorded with each decision. Default: the login name.")
def review_command(out_dir: Path, host: str, port: int, reviewer: str | None) -> None:
    """Serve a web app to check and correct the records in OUT_DIR beside their scans."""
    # Imported here so that the other commands do not load the web stack.
    import uvicorn

    from docparse.review.app import create_app

    name = reviewer or getpass.getuser()
    app = create_app(out_dir, name)
    shown_host = f"[{host}]" if ":" in host else host
    click.echo(f"docparse review: {out_dir.resolve()}, decisions recorded as {name}")
    click.echo(f"open http://{shown_host}:{port}/?token={app.state.token}")
    if host not in LOOPBACK:
        click.echo(f"warning: listening on {host}: whoever reaches it with the token can review")
    click.echo("Ctrl+C stops the server; every decision is saved as it is taken.")
    uvicorn.run(app, host=host, port=port, log_level="warning")
