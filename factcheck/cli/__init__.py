"""The `factcheck` command line: a thin layer over the library API."""

from __future__ import annotations

import click

from factcheck.version import __version__
from factcheck.cli.browse import browse_command
from factcheck.cli.claims import claims_command
from factcheck.cli.config import config_command
from factcheck.cli.explain import explain_command
from factcheck.cli.rules import rules_group
from factcheck.cli.scan import scan_command
from factcheck.cli.triage import triage_group


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def main() -> None:
    """Find where articles about the same subject contradict each other.

    factcheck reads a folder of articles, extracts every numeric and dated
    claim, lines up the claims that talk about the same thing and reports
    agreements, conflicts and sources that contradict themselves, with the
    quotes, files and lines on each side.
    """


main.add_command(scan_command)
main.add_command(explain_command)
main.add_command(claims_command)
main.add_command(rules_group)
main.add_command(triage_group)
main.add_command(browse_command)
main.add_command(config_command)
