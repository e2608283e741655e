"""`factcheck scan`: read articles, report agreements and conflicts, record the run."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from factcheck.api import scan as run_scan
from factcheck.cli.common import EXIT_BLOCKING, EXIT_OK, consoles, handle_errors, model_option, project_rules, rules_option
from factcheck.cli.progress import StageProgress, wants_progress
from factcheck.models import Severity, Verdict
from factcheck.report import build_report, render_markdown, report_json
from factcheck.report.html import render_scan_html
from factcheck.report.text import print_text, summary_line
from factcheck.settings import Settings
from factcheck.store import record_run


def _blocking(findings, fail_on: str) -> int:
    if fail_on == "none":
        return 0
    level = Severity(fail_on).rank
    return sum(
        1
        for f in findings
        if f.verdict in (Verdict.CONFLICT, Verdict.INCONSISTENCY) and f.severity.rank >= level and not f.suppressed
    )


@click.command("scan")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="What to print on stdout. Progress and messages always go to stderr.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("reports"),
    show_default=True,
    help="Folder for report.json, report.md and report.html.",
)
@click.option(
    "--html-output",
    "html_output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="FILE",
    help="Also write the HTML report (self-contained, works offline) to FILE.",
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="SQLite database to record the run in [default: OUT/factcheck.db].",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "none"]),
    default="error",
    show_default=True,
    help="Lowest severity of a conflict or inconsistency that makes the exit code 1.",
)
@rules_option
@model_option
@click.option(
    "--quiet",
    "-q",
    is_flag=True,
    help="Print only the summary line (text format): no findings, no progress, no warnings.",
)
@click.option("--verbose", "-v", is_flag=True, help="Show every explanation line and the agreements table.")
@click.option("--no-color", is_flag=True, help="Never colour the output (colour is only used on a terminal anyway).")
@handle_errors
def scan_command(paths, fmt, out_dir, html_output, db_path, fail_on, rules_dirs, model, quiet, verbose, no_color) -> None:
    """Scan the .txt and .md articles under PATHS for agreeing and conflicting figures.

    Reads every article under the given files or folders (recursively, sorted,
    hidden folders skipped), writes OUT/report.json, OUT/report.md and
    OUT/report.html, records the run in the SQLite database, and prints the
    problems and a summary line. A progress display goes to stderr on a
    terminal for more than a few files. Exit code: 0 when no
    conflict or inconsistency reaches --fail-on, 1 when one does, 2 on a usage,
    rule or input error.
    """
    out, err = consoles(no_color=no_color)
    settings = Settings(rules_dirs=project_rules(rules_dirs), model=model)
    with StageProgress(err, wants_progress(paths, err, quiet)) as progress:
        result = run_scan(paths, settings, progress=progress)
        blocking = _blocking(result.findings, fail_on)
        report = build_report(result, blocking=blocking)
        progress("write", 0, 4)
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "report.json").write_text(report_json(report), encoding="utf-8")
        (out_dir / "report.md").write_text(render_markdown(report), encoding="utf-8")
        progress("write", 2, 4)
        html = render_scan_html(report, result)
        for target in dict.fromkeys([out_dir / "report.html", *([html_output] if html_output else [])]):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(html, encoding="utf-8")
        progress("write", 3, 4)
        record_run(db_path or out_dir / "factcheck.db", result, report)
        progress("write", 4, 4)

    if not quiet:
        for w in result.warnings:
            err.print(f"warning: {w}", markup=False)
    if fmt == "json":
        sys.stdout.write(report_json(report))
    elif fmt == "markdown":
        sys.stdout.write(render_markdown(report))
    elif quiet:
        out.print(summary_line(report), markup=False)
    else:
        footer = [f"evidence side by side: {html_output or out_dir / 'report.html'} · one finding in full: factcheck explain ID"]
        print_text(report.model_copy(update={"warnings": []}), out, verbose=verbose, footer=footer)
    sys.exit(EXIT_BLOCKING if blocking else EXIT_OK)
