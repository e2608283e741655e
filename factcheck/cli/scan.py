"""`factcheck scan`: parse the options, run the gated scan (factcheck.app), print the outcome."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import click

from factcheck.app.artifacts import Artifacts, publish, render_context, scan_lock
from factcheck.app.baseline import BaselineChoice
from factcheck.app.check import check_cached
from factcheck.app.parallel import Engine, default_jobs
from factcheck.app.toolkit import Toolkit
from factcheck.cli.common import EXIT_BLOCKING, EXIT_OK, consoles, handle_errors, model_option, rules_option
from factcheck.cli.project import config_option, project_config, selection_options
from factcheck.cli.progress import StageProgress, wants_progress
from factcheck.cli.triage import ledger_option
from factcheck.gate.decide import FAIL_ON_CHOICES, UPDATED_BLOCKS_CHOICES
from factcheck.ingest import Selection
from factcheck.report.formats import STDOUT_FORMATS, Terminal, render
from factcheck.report.locations import display_paths
from factcheck.report.text import blocking_lines, gate_line, summary_line
from factcheck.settings import Settings
from factcheck.triage.ledger import load_ledger


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
    help="Where articles are extracted: this machine, or a Dask cluster (pip install 'factcheck[dask]'); "
    "aligning and evaluating claims run on this machine either way.",
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
    baseline_ref, json_output, sarif_output, junit_output, strict_inputs, no_cache, jobs, engine, scheduler, rules_dirs, model, quiet, verbose, no_color,
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
    fail_on = values.fail_on
    settings = Settings(rules_dirs=cfg.rules_dirs(), model=model, select=tuple(values.select), ignore=tuple(values.ignore))
    ledger = load_ledger(cfg.path(values.ledger), must_exist=ledger_path is not None)
    out_dir = cfg.path(values.out)
    db = db_path or out_dir / "factcheck.db"
    extra = {"html": html_output, "json": json_output, "sarif": sarif_output, "junit": junit_output}
    artifacts = Artifacts(
        out_dir, {fmt: path for fmt, path in extra.items() if path is not None}, formats=tuple(values.formats)
    )
    selection = Selection(cfg.root, cfg.excludes(), values.respect_gitignore, values.force_exclude)
    with scan_lock(db), StageProgress(err, wants_progress(paths, err, quiet)) as progress:
        toolkit = Toolkit.load(settings)
        checked = check_cached(
            paths,
            toolkit,
            cache_db=None if no_cache else db,
            ledger=ledger,
            fail_on=fail_on,
            baseline=BaselineChoice(file=baseline_file, ref=baseline_ref),
            progress=progress,
            exclude=artifacts.excluded(),  # the reports this command writes are never read back as articles
            engine=Engine(engine, jobs or default_jobs(), scheduler),
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
            f"evidence side by side: {html_output or out_dir / 'report.html'} · one finding in full: factcheck explain ID",
        ]
        text_ctx = dataclasses.replace(ctx, verbose=verbose, footer=footer, terminal=Terminal.of(out), display=shown)
        sys.stdout.write(render("text", report.model_copy(update={"warnings": []}), text_ctx))
    else:
        sys.stdout.write(render(fmt, report, ctx))
    blocked = checked.outcome.blocking or (values.strict_inputs and checked.result.diagnostics)
    sys.exit(EXIT_BLOCKING if blocked else EXIT_OK)
