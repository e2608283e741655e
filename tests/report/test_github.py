"""GitHub annotations: blocking findings as errors, open warnings too, on the newest (or joining) article's line,
at most 10 per level."""

from __future__ import annotations

import pytest
from gated_scan import gated_report, write

from factcheck.models import Finding, Report, Severity, Status, Summary
from factcheck.report.github import PER_LEVEL, render_github


def test_blocking_findings_are_annotated_at_the_newest_articles_line_and_silenced_ones_not(toolkit, tmp_path):
    folder = write(tmp_path / "articles", {
        "a.md": "Published: 2025-01-10\n\nAcme released Rocket-7, a model with 130 billion parameters.\n",
        "b.md": "Published: 2025-03-01\n\nIntro.\n\nRocket-7 has 100 billion parameters, according to Acme.\n",
        "c.md": "Nimbus-3 has 40 billion parameters.\n\nNimbus-3 has 70 billion parameters. <!-- factcheck-ignore FC101, FC102: typo -->\n",
    })
    report, outcome, ctx = gated_report(toolkit, folder)
    lines = render_github(report, paths=ctx.paths, blocking=ctx.blocking).splitlines()
    assert len(outcome.blocking) == 1 and len(lines) == 1
    assert lines[0].startswith("::error file=articles/b.md,line=5,col=14,endColumn=36,title=factcheck FC101 conflict (new)::")
    assert "%0AOther sources%3A" not in lines[0] and "%0AOther sources: articles/a.md:3" in lines[0]


def fake(n: int, severity: Severity) -> Finding:
    return Finding(id=f"{severity.value}{n:04}", rule="FC101", rule_name="x", verdict="conflict", severity=severity,
                   claims=[], message=f"50% off, a:b\nline {n}", status=Status.NEW)


def test_open_problems_that_do_not_block_are_warnings_and_known_ones_are_not_annotated():
    """A warning below --fail-on never reached the pull request before; a confirmed, unchanged one stays quiet."""
    findings = [fake(1, Severity.WARNING), fake(2, Severity.ERROR), fake(3, Severity.INFO),
                fake(4, Severity.ERROR).model_copy(update={"status": Status.UNCHANGED})]
    report = Report(documents=[], claims=[], findings=findings, summary=Summary(documents=0, claims=0, conflicts=0, inconsistencies=0, agreements=0, compatible=0))
    lines = render_github(report, paths={}, blocking=["error0002"]).splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "::warning", "::notice"]
    assert "does not block" in lines[1] and "does not block" not in lines[0]


@pytest.mark.parametrize("errors, warnings, left_out", [(3, 2, 0), (12, 0, 2), (11, 13, 4)], ids=["under", "errors-over", "both-over"])
def test_at_most_ten_per_level_then_one_notice_per_level_with_the_count(errors, warnings, left_out):
    findings = [fake(i, Severity.ERROR) for i in range(errors)] + [fake(i, Severity.WARNING) for i in range(warnings)]
    report = Report(documents=[], claims=[], findings=findings, summary=Summary(documents=0, claims=0, conflicts=0, inconsistencies=0, agreements=0, compatible=0))
    lines = render_github(report, paths={}, blocking=[f.id for f in findings]).splitlines()
    assert sum(line.startswith("::error") for line in lines) == min(errors, PER_LEVEL)
    assert sum(line.startswith("::warning") for line in lines) == min(warnings, PER_LEVEL)
    notices = [line for line in lines if line.startswith("::notice::")]
    assert sum(int(n.split()[0].removeprefix("::notice::")) for n in notices) == left_out
    assert len(notices) == (errors > PER_LEVEL) + (warnings > PER_LEVEL)
    assert all("50%25 off, a:b%0Aline" in line for line in lines if not line.startswith("::notice"))
