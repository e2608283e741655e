"""`factcheck browse`: open the store in Datasette with the facets and descriptions factcheck ships."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import click

from factcheck.cli.reading import project_db

from factcheck.cli.common import handle_errors
from factcheck.errors import ConfigError, StoreError

METADATA = Path(__file__).resolve().parents[1] / "store" / "datasette.yml"


def datasette_command(db: Path, port: int, open_browser: bool) -> list[str]:
    command = [sys.executable, "-m", "datasette", "serve", str(db), "--metadata", str(METADATA), "--port", str(port)]
    return [*command, "--open"] if open_browser else command


@click.command("browse")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    callback=project_db,
    help="The database a scan was recorded in [default: reports/factcheck.db at the project root].",
)
@click.option("--port", type=int, default=8001, show_default=True, help="Port for Datasette to listen on.")
@click.option("--open/--no-open", "open_browser", default=True, help="Open a browser window.")
@handle_errors
def browse_command(db_path: Path, port: int, open_browser: bool) -> None:
    """Browse findings, claims (with full-text search), triage and runs in Datasette.

    Needs the optional extra: pip install 'factcheck[browse]'.
    """
    if not db_path.exists():
        raise StoreError(f"{db_path}: no database yet; run factcheck scan first (or give --db)")
    if importlib.util.find_spec("datasette") is None:
        raise ConfigError("Datasette is not installed: pip install 'factcheck[browse]'")
    sys.exit(subprocess.call(datasette_command(db_path, port, open_browser)))
