"""Options shared by the commands that read the latest scan back (`explain`, `claims`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from factcheck.report.latest import DEFAULT_REPORT

report_option = click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_REPORT,
    show_default=True,
    help="The report.json of the scan to read (every `factcheck scan` writes one under its --out folder).",
)
no_color_option = click.option(
    "--no-color", is_flag=True, help="Never colour the output (colour is only used on a terminal anyway)."
)


def format_option(choices: Sequence[str], help_text: str) -> Callable[[Any], Any]:
    """--format with the first choice as default: one for people, the others for programs."""
    return click.option(
        "--format", "fmt", type=click.Choice(list(choices)), default=choices[0], show_default=True, help=help_text
    )
