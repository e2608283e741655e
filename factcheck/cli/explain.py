"""`factcheck explain ID`: one finding of the latest scan in full."""

from __future__ import annotations

import json
import sys

import click

from factcheck.app.latest import find_finding, latest_report
from factcheck.cli.common import consoles, handle_errors, project_rules, rules_option
from factcheck.cli.reading import db_option, format_option, no_color_option, report_option
from factcheck.evaluate import load_rules
from factcheck.report.explain import print_explanation
from factcheck.report.view import finding_claims
from factcheck.settings import Settings


@click.command("explain", short_help="Print one finding in full, from the quotes to the rule.")
@click.argument("finding_id", metavar="ID")
@db_option
@report_option
@format_option(["text", "json"], "text: the finding for people; json: the finding and its claims as in report.json.")
@rules_option
@no_color_option
@handle_errors
def explain_command(finding_id, db_path, report_path, fmt, rules_dirs, no_color) -> None:
    """Print one finding in full: every claim, its sentence, each normalization step and the rule that decided.

    ID is a finding id from a report, or any prefix of it that names one
    finding (the 8 characters the other reports show are enough). Reads the
    latest scan recorded in --db (or the --report file); exit 2 when there is
    none or when ID matches no finding or several (the candidates are listed).
    """
    report = latest_report(db_path, report_path)
    finding = find_finding(report, finding_id)
    if fmt == "json":
        payload = {
            "finding": finding.model_dump(mode="json"),
            "claims": [c.model_dump(mode="json") for c in finding_claims(finding, report.claims_by_id)],
        }
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        return
    rules = load_rules(Settings(rules_dirs=project_rules(rules_dirs)).all_rules_dirs())
    out, _ = consoles(no_color=no_color)
    print_explanation(report, finding, out, rules.get(finding.rule))
