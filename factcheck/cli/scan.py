"""`factcheck scan`: parse the options, run the gated scan (factcheck.app), print the outcome."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import Any

import click

from factcheck.cli.common import EXIT_BLOCKING, EXIT_OK, consoles, handle_errors, model_option, rules_option
from factcheck.cli.project import config_option, ledger_option, project_config, selection_options
from factcheck.store.lock import scan_lock

# The choices of factcheck.report.formats.STDOUT_FORMATS and factcheck.gate.decide (FAIL_ON_CHOICES,
# UPDATED_BLOCKS_CHOICES), written out so that this module imports nothing heavy before the scan lock is taken
# (tests/cli/test_scan_lock.py checks they agree).
STDOUT_FORMATS = ("text", "json", "markdown", "sarif", "junit", "github")
FAIL_ON_CHOICES = ("error", "warning", "info", "none")
UPDATED_BLOCKS_CHOICES = ("outside", "always", "never")


@click.command("scan")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@config_option
@selection_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(STDOUT_FORMATS)),
    default="text",
    show_default=True,
    help="What to print on stdout: text, the JSON report, Markdown, SARIF 2.1.0, JUnit XML, or GitHub "
    "annotations (blocking findings only). Progress and messages always go to stderr.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for report.json, report.md and report.html [default: `out` in the configuration, else "
    "reports/ at the project root].",
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
    default=None,
    help="Lowest severity of a new or regressed conflict or inconsistency that makes the exit code 1 "
    "[default: `fail-on` in the configuration, else error].",
)
@click.option(
    "--updated-blocks",
    type=click.Choice(list(UPDATED_BLOCKS_CHOICES)),
    default=None,
    help="When a known problem that a new source joined blocks: outside (the new value lies outside every value "
    "it had; the default), always, never.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1024),
    default=None,
    help="Cap on the Markdown report (GitHub's job summary takes 1 MiB) [default: 1048576].",
)
@click.option(
    "--sarif-include-suppressed",
    is_flag=True,
    default=None,
    help="Keep suppressed and triaged (confirmed, false positive) results in SARIF; left out by default so code "
    "scanning does not show them as open alerts.",
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
@click.option(
    "--strict-inputs",
    is_flag=True,
    default=None,
    help="Make an article left out or cut short (a diagnostic: unreadable, not UTF-8, binary, empty, failed to "
    "extract, over budget) block: exit code 1 even when no finding blocks [default: `strict-inputs` in the "
    "configuration, else off].",
)
@click.option(
    "--wait",
    "lock_wait",
    type=click.FloatRange(min=0),
    default=0.0,
    show_default=True,
    metavar="SECONDS",
    help="When another scan is using the same database, wait up to SECONDS for it to finish instead of refusing "
    "at once (the lock is taken before any article is read).",
)
@click.option("--no-cache", is_flag=True, help="Extract every article again instead of reusing unchanged ones from the database.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that extract articles in parallel (results are the same for any number) "
    "[default: the machine's cores]. With --engine dask and no --scheduler: the local workers.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where the scan runs: this machine, or a Dask cluster (pip install 'factcheck[dask]'), whose workers "
    "extract the articles and align and evaluate the claims block by block; entity resolution and the report "
    "stay on this machine. The findings are the same either way.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="The Dask scheduler to use with --engine dask (e.g. tcp://scheduler-host:8786) "
    "[default: a local cluster of --jobs workers].",
)
@rules_option
@model_option
@click.option(
    "--quiet",
    "-q",
    is_flag=True,
    help="Print one line per blocking finding (path:line:col) and the summary line (text format): no other "
    "findings, no progress, no warnings.",
)
@click.option("--verbose", "-v", is_flag=True, help="Show every explanation line and the agreements table.")
@click.option("--no-color", is_flag=True, help="Never colour the output (colour is only used on a terminal anyway).")
@handle_errors
def scan_command(
    paths, config_file, exclude, extend_exclude, force_exclude, respect_gitignore, select, ignore, fmt, out_dir,
    html_output, db_path, fail_on, updated_blocks, max_bytes, sarif_include_suppressed, ledger_path, baseline_file,
    baseline_ref, json_output, sarif_output, junit_output, strict_inputs, lock_wait, no_cache, jobs, engine, scheduler, rules_dirs, model, quiet, verbose, no_color,
) -> None:
    """Scan the .txt and .md articles under PATHS for agreeing and conflicting figures.

    Reads every article under the given files or folders (recursively, sorted,
    hidden folders, .gitignore'd files and excludes skipped; without PATHS, the
    `paths` of the configuration: [tool.factcheck] in pyproject.toml or
    factcheck.toml, found by walking up from the paths), marks each finding new, unchanged, updated or
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
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    out, err = consoles(no_color=no_color)
    cfg = project_config(
        paths, config_file, out=out_dir, ledger=ledger_path, rules=rules_dirs, exclude=exclude,
        extend_exclude=extend_exclude, select=select, ignore=ignore, fail_on=fail_on, force_exclude=force_exclude,
        respect_gitignore=respect_gitignore, updated_blocks=updated_blocks, max_bytes=max_bytes,
        sarif_include_suppressed=sarif_include_suppressed, strict_inputs=strict_inputs,
    )
    values = cfg.values
    paths = paths or tuple(cfg.scan_paths())
    if not paths:
        raise click.UsageError("give the PATHS to scan, or set `paths` in [tool.factcheck] (see `factcheck config`)")
    out_dir = cfg.path(values.out)
    db = db_path or out_dir / "factcheck.db"
    # The lock comes first: a second scan of this database refuses (or waits) before it loads spaCy or reads a file.
    extra = {"html": html_output, "json": json_output, "sarif": sarif_output, "junit": junit_output}
    with scan_lock(db, wait=lock_wait):
        checked, ctx = _locked_scan(
            paths, cfg, err, db,
            dict(ledger_path=ledger_path, model=model, quiet=quiet, extra=extra, baseline_file=baseline_file,
                 baseline_ref=baseline_ref, no_cache=no_cache, jobs=jobs, engine=engine, scheduler=scheduler),
        )
    _print_outcome(checked, ctx, out, err, fmt, quiet, verbose, html_output or out_dir / "report.html", values)


def _locked_scan(paths: Any, cfg: Any, err: Any, db: Path, opts: dict[str, Any]) -> tuple[Any, Any]:
    """The scan itself, with the database's lock held: load the toolkit, scan, gate, write the report set.
    Everything heavy (spaCy, the renderers) is imported here, after the lock."""
    from factcheck.app.artifacts import Artifacts, publish, render_context
    from factcheck.app.baseline import BaselineChoice
    from factcheck.app.check import check_cached
    from factcheck.app.parallel import Engine, default_jobs
    from factcheck.app.toolkit import Toolkit
    from factcheck.cli.progress import StageProgress, wants_progress
    from factcheck.ingest import Selection
    from factcheck.settings import Settings
    from factcheck.triage.ledger import load_ledger

    values = cfg.values
    fail_on = values.fail_on
    settings = Settings(rules_dirs=cfg.rules_dirs(), model=opts["model"], select=tuple(values.select), ignore=tuple(values.ignore))
    ledger = load_ledger(cfg.path(values.ledger), must_exist=opts["ledger_path"] is not None)
    artifacts = Artifacts(
        cfg.path(values.out), {f: p for f, p in opts["extra"].items() if p is not None}, formats=tuple(values.formats)
    )
    selection = Selection(cfg.root, cfg.excludes(), values.respect_gitignore, values.force_exclude)
    with StageProgress(err, wants_progress(paths, err, opts["quiet"])) as progress:
        toolkit = Toolkit.load(settings)
        checked = check_cached(
            paths,
            toolkit,
            cache_db=None if opts["no_cache"] else db,
            ledger=ledger,
            fail_on=fail_on,
            baseline=BaselineChoice(file=opts["baseline_file"], ref=opts["baseline_ref"]),
            progress=progress,
            exclude=artifacts.excluded(),  # the reports this command writes are never read back as articles
            engine=Engine(opts["engine"], opts["jobs"] or default_jobs(), opts["scheduler"]),
            selection=selection,
            updated_blocks=values.updated_blocks,
        )
        ctx = dataclasses.replace(
            render_context(checked),
            max_bytes=values.max_bytes,
            include_suppressed=values.sarif_include_suppressed,
        )
        progress("write", 0, 2)
        publish(checked, artifacts, ctx, db, ledger, fail_on)  # all files and the database, or none
        progress("write", 2, 2)
    return checked, ctx


def _print_outcome(
    checked: Any, ctx: Any, out: Any, err: Any, fmt: str, quiet: bool, verbose: bool, html_path: Path, values: Any
) -> None:
    """Warnings to stderr, the chosen format to stdout, then the exit code."""
    from factcheck.report.formats import Terminal, render
    from factcheck.report.locations import display_paths
    from factcheck.report.text import blocking_lines, gate_line, summary_line

    fail_on = values.fail_on
    report = checked.report
    shown = display_paths(checked.result.documents, Path.cwd())
    if not quiet:
        for w in checked.result.warnings:
            err.print(f"warning: {w}", markup=False)
    if fmt == "text" and quiet:
        for line in blocking_lines(report, checked.outcome.blocking, shown):
            out.print(line, markup=False)
        out.print(summary_line(report), markup=False)
    elif fmt == "text":
        footer = [
            gate_line(report, fail_on),
            f"evidence side by side: {html_path} · one finding in full: factcheck explain ID",
        ]
        text_ctx = dataclasses.replace(ctx, verbose=verbose, footer=footer, terminal=Terminal.of(out), display=shown)
        sys.stdout.write(render("text", report.model_copy(update={"warnings": []}), text_ctx))
    else:
        sys.stdout.write(render(fmt, report, ctx))
    blocked = checked.outcome.blocking or (values.strict_inputs and checked.result.diagnostics)
    sys.exit(EXIT_BLOCKING if blocked else EXIT_OK)
