"""Every command and option has help text, and every command is listed in the README's Commands table."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from factcheck.cli import main

README = Path(__file__).resolve().parents[2] / "README.md"


def walk(group: click.Command, prefix: tuple[str, ...] = ("factcheck",)) -> list[tuple[str, click.Command]]:
    """(path, command) for the group and everything under it."""
    found = [(" ".join(prefix), group)]
    if isinstance(group, click.Group):
        for name, sub in sorted(group.commands.items()):
            found += walk(sub, (*prefix, name))
    return found


COMMANDS = walk(main)
LEAVES = [(path, cmd) for path, cmd in COMMANDS if not isinstance(cmd, click.Group)]
OPTIONS = [
    (f"{path} {param.opts[0]}", param)
    for path, cmd in COMMANDS
    for param in cmd.params
    if isinstance(param, click.Option)
]


def readme_commands() -> list[str]:
    """The first cell of each row of the table under '## Commands', without its arguments."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Commands", 1)[1].split("\n## ", 1)[0]
    cells = re.findall(r"^\| `([^`]+)` \|", section, flags=re.M)
    return [" ".join(w for w in cell.split() if re.fullmatch(r"[a-z][a-z-]*", w)) for cell in cells]


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[p for p, _ in COMMANDS])
def test_every_command_has_help_text(path, command):
    assert (command.help or "").strip(), f"{path} has no help text"


@pytest.mark.parametrize(("where", "option"), OPTIONS, ids=[w for w, _ in OPTIONS])
def test_every_option_has_help_text(where, option):
    assert (option.help or "").strip(), f"{where} has no help text"


@pytest.mark.parametrize("path", [p for p, _ in LEAVES])
def test_every_command_is_listed_in_the_readme(path):
    assert path in readme_commands(), f"{path} is missing from the Commands table in README.md"


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS])
def test_help_runs_for_every_command(path):
    res = CliRunner().invoke(main, [*path.split()[1:], "--help"])
    assert res.exit_code == 0 and "Usage:" in res.stdout


def test_the_walk_sees_the_whole_command_tree():
    """Guards the tests above: if the walk found nothing they would pass vacuously."""
    assert {"factcheck scan", "factcheck explain", "factcheck claims", "factcheck rules list"} <= {p for p, _ in LEAVES}
