"""The terminal: problems with both quotes, a linter-style last line, colour only on a terminal, progress on stderr."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from reportkit import conflict_report
from rich.console import Console

from factcheck.cli import main
from factcheck.cli.progress import StageProgress, wants_progress
from factcheck.report.text import print_text, summary_line

CONFLICT = {
    "a.md": "Acme released Rocket-7, a model with 130 billion parameters.\n",
    "b.md": "Rocket-7 has 100 billion parameters, according to Acme.\n",
}
COLOUR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-8]|9[0-7])[;m]")  # a foreground colour; bold alone is not colour


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in files.items():
        (folder / name).write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    return folder


def plain_console() -> Console:
    return Console(file=io.StringIO(), width=200, no_color=True, highlight=False, soft_wrap=True)


def test_a_problem_shows_each_source_with_value_and_quote_then_how_to_see_more():
    rep, _ = conflict_report()
    console = plain_console()
    print_text(rep, console, footer=["evidence side by side: out/report.html"])
    lines = console.file.getvalue().splitlines()
    assert lines[0].startswith("ERROR conflict  Acme · valuation")
    assert lines[1].split()[:3] == ["a.md:1:19", "2", "billion"] and "“Acme is valued at $2 billion" in lines[1]
    assert lines[2].split()[:3] == ["b.md:1:23", "3", "billion"]
    assert "→ factcheck explain f00dfeed" in console.file.getvalue()
    assert lines[-2] == "evidence side by side: out/report.html"
    assert lines[-1] == summary_line(rep)


@pytest.mark.parametrize(
    ("env", "flags", "coloured"),
    [
        ({}, [], False),
        ({"FORCE_COLOR": "1"}, [], True),
        ({"FORCE_COLOR": "1"}, ["--no-color"], False),
    ],
    ids=["pipe", "terminal", "terminal-no-color"],
)
def test_colour_only_on_a_terminal_and_never_with_no_color(tmp_path, env, flags, coloured):
    folder = write(tmp_path / "c", CONFLICT)
    res = CliRunner().invoke(main, ["scan", str(folder), "--out", str(tmp_path / "out"), *flags], env=env)
    assert bool(COLOUR.search(res.stdout)) is coloured
    assert "in 2 files" in res.stdout.splitlines()[-1]


def test_locations_are_paths_from_the_current_folder_with_line_and_column():
    """Terminals and editors open `path/to/file.txt:182:16`; a bare file name without the folder does not."""
    rep, _ = conflict_report()
    console = plain_console()
    print_text(rep, console, paths={"a.md": "news/2025/a.md", "b.md": "news/b.md"})
    lines = console.file.getvalue().splitlines()
    assert lines[1].split()[0] == "news/2025/a.md:1:19" and lines[2].split()[0] == "news/b.md:1:23"


def test_quiet_prints_the_blocking_finding_and_the_summary_line_and_no_warnings(tmp_path, monkeypatch):
    folder = write(tmp_path / "c", {**CONFLICT, "empty.md": ""})
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["scan", "c", "--out", str(tmp_path / "out"), "--quiet"])
    first, summary = res.stdout.splitlines()
    assert re.match(r"c/[ab]\.md:1:\d+: error conflict Rocket-7 · parameter count \[FC101 \w{8}\]$", first), first
    assert summary == "✖ 1 conflict (1 error) · 0 inconsistencies · 0 agreements · 0 compatible in 2 files · 1 input warning"
    assert "empty file" not in res.stderr


@pytest.mark.parametrize(
    ("terminal", "files", "quiet", "shown"),
    [(True, 5, False, True), (True, 4, False, False), (False, 5, False, False), (True, 5, True, False)],
    ids=["terminal-many-files", "few-files", "not-a-terminal", "quiet"],
)
def test_progress_only_on_a_terminal_without_quiet_for_more_than_a_few_files(tmp_path, terminal, files, quiet, shown):
    folder = write(tmp_path / "c", {f"{i}.md": f"Acme has {i} staff.\n" for i in range(files)})
    console = Console(file=io.StringIO(), force_terminal=terminal)
    assert wants_progress([folder], console, quiet) is shown


def test_progress_names_every_stage_on_its_console():
    err = io.StringIO()
    with StageProgress(Console(file=err, force_terminal=True, width=100), enabled=True) as progress:
        for stage in ("read", "extract", "align", "evaluate", "write"):
            progress(stage, 0, 2)
            progress(stage, 1, 2)
    seen = err.getvalue()
    assert all(stage in seen for stage in ("read", "extract", "align", "evaluate", "write"))


def test_disabled_progress_writes_nothing():
    err = io.StringIO()
    with StageProgress(Console(file=err, force_terminal=True), enabled=False) as progress:
        progress("read", 0, 1)
    assert err.getvalue() == ""
