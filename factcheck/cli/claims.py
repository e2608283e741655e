"""`factcheck claims`: what was extracted, filtered, as a table or JSON."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from factcheck.app.latest import latest_report
from factcheck.app.pipeline import scan as run_scan
from factcheck.cli.common import consoles, handle_errors, model_option, project_rules, rules_option
from factcheck.cli.reading import db_option, format_option, no_color_option, report_option
from factcheck.report.listing import ClaimFilter, claims_json, claims_table, findings_by_claim
from factcheck.report.view import plural
from factcheck.settings import Settings

WIDE = 240


@click.command("claims", short_help="List the extracted claims, filtered, as a table or JSON.")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path), metavar="[PATH]...")
@click.option("--entity", metavar="E", help="Only claims about entity E (its canonical name or as written; any case).")
@click.option("--attribute", metavar="A", help="Only claims of attribute A (e.g. valuation, 'parameter count').")
@click.option("--file", "file", metavar="F", help="Only claims from article F: its id, its file name or a glob such as '00*.md'.")
@format_option(
    ["table", "json"],
    "table: one row per claim for people; json: the claims as in report.json, with the ids of their findings.",
)
@db_option
@report_option
@rules_option
@model_option
@no_color_option
@handle_errors
def claims_command(paths, entity, attribute, file, fmt, db_path, report_path, rules_dirs, model, no_color) -> None:
    """List the claims that were extracted: where, as written, normalized, entity, attribute, period, findings.

    Without PATH, lists the claims of the latest scan (recorded in --db, or the --report file).
    With PATH (files or folders of articles), scans them now without writing
    any report, to see what would be extracted. The count goes to stderr.
    """
    out, err = consoles(no_color=no_color)
    if paths:
        result = run_scan(paths, Settings(rules_dirs=project_rules(rules_dirs), model=model))
        claims, findings = result.claims, result.findings
    else:
        report = latest_report(db_path, report_path)
        claims, findings = report.claims, report.findings
    chosen = ClaimFilter(entity=entity, attribute=attribute, file=file).apply(claims)
    used = findings_by_claim(findings)
    if fmt == "json":
        sys.stdout.write(claims_json(chosen, used))
    elif chosen:
        if not out.is_terminal:
            out.width = WIDE  # a file or a pipe: one row per line rather than 80-column wrapping
        out.print(claims_table(chosen, used))
    err.print(f"{plural(len(chosen), 'claim')} of {len(claims)}", markup=False)
