"""JUnit XML: parses, one testcase per finding, failures exactly for the blocking ones."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from gated_scan import gated_report, write

from factcheck.models import Finding, Report, Summary, TriageDecision
from factcheck.report.junit import render_junit
from factcheck.report.formats import render
from factcheck.triage.ledger import load_ledger

ARTICLES = {
    "a.md": "Acme released Rocket-7, a model with 130 billion parameters.\n",
    "b.md": "Rocket-7 has 100 billion parameters, according to Acme.\n",
    "c.md": "Rocket-7 has 130 billion parameters.\n",
    "d.md": "Zephyr released Nimbus-3, a model with 40 billion parameters.\n",
    "e.md": "Nimbus-3 has 70 billion parameters. <!-- factcheck-ignore FC101: a known typo -->\n",
    "f.md": "Zephyr released Orbit-2, a model with 10 billion parameters.\n",
    "g.md": "Orbit-2 has 20 billion parameters.\n",
}


def test_one_testcase_per_finding_failures_for_blocking_skips_for_silenced(toolkit, tmp_path):
    folder = write(tmp_path / "articles", ARTICLES)
    _, outcome, _ = gated_report(toolkit, folder)
    ledger = load_ledger(tmp_path / "l.yml")
    orbit = next(f for f in outcome.findings if f.entity == "Orbit-2" and f.verdict.value == "conflict")
    ledger.record(orbit, TriageDecision(state="false_positive", reason="different models"))
    report, outcome, ctx = gated_report(toolkit, folder, ledger)

    root = ET.fromstring(render("junit", report, ctx).encode("utf-8"))
    [suite] = root.findall("testsuite")
    cases = suite.findall("testcase")
    assert len(cases) == len(report.findings) == int(root.get("tests"))
    failed = [c for c in cases if c.find("failure") is not None]
    skipped = {c.find("skipped").get("message") for c in cases if c.find("skipped") is not None}
    assert [c.get("name").rsplit("[", 1)[1].rstrip("]") for c in failed] == outcome.blocking
    assert len(failed) == 1 and failed[0].get("file") == "articles/c.md" and failed[0].get("classname") == "factcheck.FC101"
    assert skipped == {"suppressed in the article: a known typo", "triaged false_positive: different models"}
    assert (root.get("failures"), root.get("skipped"), suite.get("errors")) == ("1", "2", "0")


def test_characters_xml_cannot_carry_are_replaced_so_the_file_still_parses():
    """Articles may hold form feeds or other control characters; a CI parser must not choke on them."""
    f = Finding(id="abc", rule="FC101", rule_name="x", verdict="conflict", severity="error", claims=[],
                message="page\fbreak \x01 and <tags> & \"quotes\"", explanation=["bell\x07"])
    report = Report(documents=[], claims=[], findings=[f], summary=Summary(documents=0, claims=0, conflicts=1, inconsistencies=0, agreements=0, compatible=0))
    case = ET.fromstring(render_junit(report, paths={}, blocking=["abc"]).encode("utf-8")).find("testsuite/testcase")
    failure = case.find("failure")
    assert failure.get("message") == 'page\ufffdbreak \ufffd and <tags> & "quotes"'
    assert failure.text.endswith("bell\ufffd")
