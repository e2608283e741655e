"""SARIF 2.1.0: schema-valid, our fingerprint, newest article as the primary location, suppressions."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest
from gated_scan import gated_report, write

from factcheck.models import Report, TriageDecision
from factcheck.report.formats import RenderContext, render
from factcheck.triage.ledger import load_ledger

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
ARTICLES = {
    "a.md": "Published: 2025-03-01\n\nAcme released Rocket-7, a model with 130 billion parameters.\n",
    "b.md": "Published: 2025-01-10\n\nRocket-7 has 100 billion parameters, according to Acme.\n",
    "c.md": "Zephyr released Nimbus-3, a model with 40 billion parameters.\n",
    "d.md": "<!-- factcheck-ignore FC101: Zephyr corrected this later -->\nNimbus-3 has 70 billion parameters.\n",
    "e.md": "# Notes\n\n<!-- factcheck-ignore everything -->\nNothing else.\n",
}


@pytest.fixture(scope="module")
def sarif(toolkit, tmp_path_factory):
    folder = write(tmp_path_factory.mktemp("s") / "articles", ARTICLES)
    report, _, ctx = gated_report(toolkit, folder)
    return json.loads(render("sarif", report, ctx)), report


def results_by_entity(log):
    return {r["properties"]["entity"] or r["ruleId"]: r for r in log["runs"][0]["results"]}


def test_the_log_validates_against_the_sarif_2_1_0_schema(sarif):
    jsonschema.Draft4Validator(SCHEMA).validate(sarif[0])


def test_each_problem_is_a_result_keyed_by_our_fingerprint(sarif):
    log, report = sarif
    problems = {f.id for f in report.findings if f.verdict.value in ("conflict", "inconsistency") and not f.suppressed}
    results = log["runs"][0]["results"]
    assert {r["partialFingerprints"]["primaryLocationLineHash"] for r in results} == problems
    assert all(r["baselineState"] == "new" for r in results)


def test_the_primary_location_is_the_newest_article_and_the_other_source_is_related(sarif):
    rocket = results_by_entity(sarif[0])["Rocket-7"]
    primary = rocket["locations"][0]["physicalLocation"]
    assert primary["artifactLocation"] == {"uri": "articles/a.md", "uriBaseId": "%SRCROOT%"}
    assert primary["region"]["startLine"] == 3 and primary["region"]["snippet"]["text"] == "130 billion parameters"
    [related] = rocket["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "articles/b.md"
    assert related["physicalLocation"]["region"]["startLine"] == 3


def test_rules_come_from_the_rule_files_plus_the_gates_fc000(sarif):
    log, _ = sarif
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    codes = [r["id"] for r in rules]
    assert codes == sorted(codes) and {"FC000", "FC101", "FC201", "FC301"} <= set(codes)
    for r in log["runs"][0]["results"]:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]


def test_suppressed_results_are_left_out_unless_asked_for(sarif, toolkit, tmp_path):
    """Code scanning shows a suppressed result as an open alert, so it is not in the log by default."""
    assert "Nimbus-3" not in results_by_entity(sarif[0])
    folder = write(tmp_path / "articles", ARTICLES)
    report, _, ctx = gated_report(toolkit, folder)
    log = json.loads(render("sarif", report, dataclasses.replace(ctx, include_suppressed=True)))
    assert "Nimbus-3" in results_by_entity(log)


def test_every_rule_has_help_text_markdown_and_a_help_uri_to_its_page(sarif):
    for rule in sarif[0]["runs"][0]["tool"]["driver"]["rules"]:
        assert rule["help"]["text"] and rule["help"]["markdown"].startswith(f"# {rule['id']}")
        assert rule["helpUri"].endswith(f"/docs/rules/{rule['id']}.md")


@pytest.mark.parametrize("sources, listed, said", [(3, 2, False), (1001, 1000, False), (1300, 1000, True)])
def test_related_locations_are_capped_at_1000_and_the_rest_summarised(sarif, sources, listed, said):
    """GitHub keeps 1,000 related locations per result; the message says how many more there are."""
    _, report = sarif
    f = next(f for f in report.findings if f.verdict.value == "conflict" and not f.suppressed)
    claim = report.claims_by_id[f.claims[0]]
    many = [claim.model_copy(update={"id": f"c:{i}", "line": i + 1}) for i in range(sources)]
    one = f.model_copy(update={"claims": [c.id for c in many]})
    big = Report.model_validate({**report.model_dump(), "findings": [one.model_dump()], "claims": [c.model_dump() for c in many]})
    [result] = json.loads(render("sarif", big, RenderContext(paths={claim.document: "articles/x.md"})))["runs"][0]["results"]
    assert len(result.get("relatedLocations", [])) == listed
    assert ("more sources are not listed" in result["message"]["text"]) is said


def test_an_in_article_directive_is_an_in_source_suppression_and_a_malformed_one_a_warning(toolkit, tmp_path):
    folder = write(tmp_path / "articles", ARTICLES)
    report, _, ctx = gated_report(toolkit, folder)
    by = results_by_entity(json.loads(render("sarif", report, dataclasses.replace(ctx, include_suppressed=True))))
    assert by["Nimbus-3"]["suppressions"] == [{"kind": "inSource", "status": "accepted", "justification": "Zephyr corrected this later"}]
    bad = by["suppression directive"]
    assert bad["level"] == "warning"
    assert bad["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "articles/e.md"
    assert bad["locations"][0]["physicalLocation"]["region"]["startLine"] == 3


def test_a_confirmed_finding_is_an_external_suppression_and_unchanged(toolkit, tmp_path):
    folder = write(tmp_path / "articles", {k: ARTICLES[k] for k in ("a.md", "b.md")})
    report, outcome, _ = gated_report(toolkit, folder)
    ledger = load_ledger(tmp_path / "l.yml")
    [f] = [f for f in outcome.findings if f.verdict.value == "conflict"]
    ledger.record(f, TriageDecision(state="confirmed", reason="both published", evidence=f.evidence))
    report, _, ctx = gated_report(toolkit, folder, ledger)
    assert json.loads(render("sarif", report, ctx))["runs"][0]["results"] == []  # accepted: not an open alert
    [result] = json.loads(render("sarif", report, dataclasses.replace(ctx, include_suppressed=True)))["runs"][0]["results"]
    assert result["baselineState"] == "unchanged"
    assert result["suppressions"] == [{"kind": "external", "status": "accepted", "justification": "both published"}]


def test_identical_scans_give_identical_bytes(toolkit, tmp_path):
    folder = write(tmp_path / "articles", ARTICLES)
    one, _, ctx1 = gated_report(toolkit, folder)
    two, _, ctx2 = gated_report(toolkit, folder)
    assert render("sarif", one, ctx1) == render("sarif", two, ctx2)
