"""Options shared by the commands that read the latest scan back (`explain`, `claims`, `triage`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from factcheck.app.config import load_config
from factcheck.app.latest import DEFAULT_DB

report_option = click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Read this report.json (e.g. one from CI) instead of the latest scan recorded in --db.",
)
def project_db(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path:
    """No --db: the one in the project's `out` folder (reports/ at the project root), wherever the command runs."""
    if value is not None:
        return value
    cfg = load_config()
    return cfg.path(cfg.values.out) / DEFAULT_DB.name


db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    callback=project_db,
    help=f"The database the latest `factcheck scan` was recorded in [default: {DEFAULT_DB} at the project root].",
)
no_color_option = click.option(
    "--no-color", is_flag=True, help="Never colour the output (colour is only used on a terminal anyway)."
)


def format_option(choices: Sequence[str], help_text: str) -> Callable[[Any], Any]:
    """--format with the first choice as default: one for people, the others for programs."""
    return click.option(
        "--format", "fmt", type=click.Choice(list(choices)), default=choices[0], show_default=True, help=help_text
    )
