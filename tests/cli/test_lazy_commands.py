"""Start-up stays light: the listing `factcheck --help` shows is the commands' own first help line, and
importing the CLI loads no subcommand, spaCy or wordfreq (timing lives in benchmarks/scale.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from factcheck.cli import COMMANDS, main


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_listed_help_is_the_commands_own(name: str) -> None:
    """A command whose help changes must not keep an old line in `factcheck --help`."""
    command = main.get_command(None, name)  # type: ignore[arg-type]
    assert command is not None
    assert (command.help or "").split("\n")[0] == COMMANDS[name][2]


def test_unknown_command_is_none() -> None:
    assert main.get_command(None, "nope") is None  # type: ignore[arg-type]


@pytest.mark.parametrize("module", ["spacy", "wordfreq", "factcheck.cli.scan", "factcheck.app", "jinja2"])
def test_help_imports_nothing_heavy(module: str) -> None:
    """`factcheck --help` must not import the pipeline (it took 1.75 s when every subcommand loaded)."""
    code = (
        "import sys; from click.testing import CliRunner; from factcheck.cli import main; "
        "r = CliRunner().invoke(main, ['--help']); assert r.exit_code == 0, r.output; "
        f"print({module!r} in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
