"""`factcheck scan`: read articles, report agreements and conflicts, record the run."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path

import click

from factcheck.api import Toolkit
from factcheck.cli.common import EXIT_BLOCKING, EXIT_OK, consoles, handle_errors, model_option, project_rules, rules_option
from factcheck.cli.progress import StageProgress, wants_progress
from factcheck.cli.triage import ledger_option
from factcheck.errors import FactcheckError
from factcheck.gate.check import BaselineChoice, check
from factcheck.gate.decide import FAIL_ON_CHOICES, gate_line
from factcheck.gate.gitref import source_root
from factcheck.report import render_markdown, report_json
from factcheck.report.formats import FORMATS, OutputContext, render
from factcheck.report.locations import artifact_paths
from factcheck.report.html import render_scan_html
from factcheck.report.sarif import rule_infos
from factcheck.report.text import print_text, summary_line
from factcheck.settings import Settings
from factcheck.store import RunContext, StoreCache, record_run
from factcheck.triage.ledger import DEFAULT_LEDGER, load_ledger

def write_output(path: Path, text: str) -> None:
    """Write one report file; a folder that cannot be written is an I/O error (exit 2), not a traceback."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise FactcheckError(f"{path}: cannot write ({exc.strerror or exc})") from exc


@click.command("scan")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(FORMATS)),
    default="text",
    show_default=True,
    help="What to print on stdout: text, the JSON report, Markdown, SARIF 2.1.0, JUnit XML, or GitHub "
    "annotations (blocking findings only). Progress and messages always go to stderr.",
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
    type=click.Choice(list(FAIL_ON_CHOICES)),
    default="error",
    show_default=True,
    help="Lowest severity of a new or regressed conflict or inconsistency that makes the exit code 1.",
)
@ledger_option
@click.option(
    "--baseline",
    "baseline_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="An earlier JSON report (factcheck-report/1); its findings count as known, not new.",
)
@click.option(
    "--baseline-ref",
    metavar="REF",
    default=None,
    help="A git revision (e.g. origin/main): the same paths are scanned there in a temporary worktree "
    "and its findings count as known. Needs the history (fetch-depth: 0).",
)
@click.option("--json-output", type=click.Path(dir_okay=False, path_type=Path), help="Also write the JSON report to FILE.")
@click.option("--sarif-output", type=click.Path(dir_okay=False, path_type=Path), help="Also write SARIF 2.1.0 to FILE.")
@click.option("--junit-output", type=click.Path(dir_okay=False, path_type=Path), help="Also write JUnit XML to FILE.")
@click.option("--no-cache", is_flag=True, help="Extract every article again instead of reusing unchanged ones from the database.")
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
def scan_command(
    paths, fmt, out_dir, html_output, db_path, fail_on, ledger_path, baseline_file, baseline_ref, json_output, sarif_output,
    junit_output, no_cache, rules_dirs, model, quiet, verbose, no_color,
) -> None:
    """Scan the .txt and .md articles under PATHS for agreeing and conflicting figures.

    Reads every article under the given files or folders (recursively, sorted,
    hidden folders skipped), marks each finding new, unchanged, updated or
    regressed against the triage ledger (and the baseline), writes
    OUT/report.json, OUT/report.md and OUT/report.html, records the run in the
    SQLite database, and prints the problems and a summary line. A progress
    display goes to stderr on a terminal for more than a few files. Articles
    unchanged since an earlier scan are not extracted again. Exit code: 0
    when nothing blocks, 1 when a new or
    regressed conflict or inconsistency reaches --fail-on (not suppressed, not
    triaged), 2 on a usage, rule, ledger, baseline or input error.
    """
    if baseline_file and baseline_ref:
        raise click.UsageError("give --baseline FILE or --baseline-ref REF, not both")
    out, err = consoles(no_color=no_color)
    settings = Settings(rules_dirs=project_rules(rules_dirs), model=model)
    ledger = load_ledger(ledger_path or DEFAULT_LEDGER, must_exist=ledger_path is not None)
    db = db_path or out_dir / "factcheck.db"
    with StageProgress(err, wants_progress(paths, err, quiet)) as progress:
        toolkit = Toolkit.load(settings)
        with nullcontext() if no_cache else StoreCache.open(db) as cache:
            checked = check(
                paths,
                toolkit,
                ledger=ledger,
                fail_on=fail_on,
                baseline=BaselineChoice(file=baseline_file, ref=baseline_ref),
                cache=cache,
                progress=progress,
                # The reports this command writes are never read back as articles ("factcheck scan .").
                exclude=[out_dir, *(p for p in (html_output, json_output, sarif_output, junit_output) if p)],
            )
            if cache is not None:
                cache.prune(toolkit.extraction_fingerprint)
        result, report, blocking = checked.result, checked.report, checked.outcome.blocking
        ctx = OutputContext(
            rules=rule_infos(toolkit.rules.rules.values()),
            paths=artifact_paths(paths, source_root(Path.cwd())),
            blocking=blocking,
        )
        progress("write", 0, 2)
        write_output(out_dir / "report.json", report_json(report))
        write_output(out_dir / "report.md", render_markdown(report))
        html = render_scan_html(report, result)
        for target in dict.fromkeys([out_dir / "report.html", *([html_output] if html_output else [])]):
            write_output(target, html)
        for target, name in ((json_output, "json"), (sarif_output, "sarif"), (junit_output, "junit")):
            if target is not None:
                write_output(target, render(name, report, ctx))
        run = RunContext(
            fail_on=fail_on,
            baseline=checked.baseline.source if checked.baseline else None,
            blocking=blocking,
            paths=ctx.paths,
        )
        record_run(db, result, report, run, ledger)
        progress("write", 2, 2)

    if not quiet:
        for w in result.warnings:
            err.print(f"warning: {w}", markup=False)
    if fmt != "text":
        sys.stdout.write(render(fmt, report, ctx))
    elif quiet:
        out.print(summary_line(report), markup=False)
    else:
        footer = [
            gate_line(report, fail_on),
            f"evidence side by side: {html_output or out_dir / 'report.html'} · one finding in full: factcheck explain ID",
        ]
        print_text(report.model_copy(update={"warnings": []}), out, verbose=verbose, footer=footer)
    sys.exit(EXIT_BLOCKING if blocking else EXIT_OK)
