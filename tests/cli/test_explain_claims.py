"""`factcheck explain ID` and `factcheck claims`: the latest scan read back (from the store, or a --report file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

ARTICLES = {
    "a.md": "Acme released Rocket-7, a model with 130 billion parameters.\nAcme is valued at $2 billion.\n",
    "b.md": "Rocket-7 has 100 billion parameters, according to Acme.\nInvestors value Acme at $2 billion.\n",
}


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory) -> Path:
    """A scan of two articles: one conflict (parameters) and one agreement (valuation)."""
    tmp = tmp_path_factory.mktemp("scan")
    folder = tmp / "articles"
    folder.mkdir()
    for name, body in ARTICLES.items():
        (folder / name).write_text(body, encoding="utf-8")
    res = invoke("scan", str(folder), "--out", str(tmp / "out"))
    assert res.exit_code == 1, res.output
    return tmp / "out" / "report.json"


@pytest.fixture(scope="module")
def report(scanned) -> dict:
    return json.loads(scanned.read_text())


def conflict_id(report: dict) -> str:
    return next(f["id"] for f in report["findings"] if f["verdict"] == "conflict")


@pytest.mark.parametrize("length", [20, 8, 4], ids=["full-id", "short-id", "prefix"])
def test_explain_prints_every_claim_its_sentence_steps_and_the_rule(scanned, report, length):
    res = invoke("explain", conflict_id(report)[:length], "--report", str(scanned))
    assert res.exit_code == 0, res.output
    out = res.stdout
    assert "conflict" in out and "Rocket-7 · parameter count" in out
    assert "a.md:1:" in out and "b.md:1:" in out
    assert "Acme released Rocket-7, a model with 130 billion parameters." in out
    assert "'130 billion parameters' → 130 billion params (exact)" in out
    assert "tolerance" in out and "period" in out and "steps" in out
    assert "FC101 figures-across-sources" in out and "consistency" in out
    assert "do not overlap" in out


def test_explain_json_gives_the_finding_and_its_claims(scanned, report):
    res = invoke("explain", conflict_id(report)[:8], "--report", str(scanned), "--format", "json")
    payload = json.loads(res.stdout)
    assert payload["finding"]["id"] == conflict_id(report)
    assert [c["id"] for c in payload["claims"]] == payload["finding"]["claims"]


def test_an_ambiguous_prefix_exits_2_and_lists_the_candidates(tmp_path, report):
    twins = json.loads(json.dumps(report))
    twins["findings"][0]["id"] = "abc1" + "0" * 16
    twins["findings"][1]["id"] = "abc2" + "0" * 16
    path = tmp_path / "report.json"
    path.write_text(json.dumps(twins))
    res = invoke("explain", "abc", "--report", str(path))
    assert res.exit_code == 2
    assert "abc: 2 findings start with this prefix" in res.stderr
    assert "abc10000" in res.stderr and "abc20000" in res.stderr


def test_an_unknown_id_exits_2_and_lists_what_there_is(scanned, report):
    res = invoke("explain", "zzzz", "--report", str(scanned))
    assert res.exit_code == 2
    assert "zzzz: no finding has this id or id prefix" in res.stderr and conflict_id(report)[:12] in res.stderr


@pytest.mark.parametrize("command", [["explain", "abcd"], ["claims"]])
def test_nothing_scanned_yet_exits_2_with_what_to_do(tmp_path, command):
    res = invoke(*command, "--report", str(tmp_path / "reports" / "report.json"))
    assert res.exit_code == 2
    assert "no scan found; run `factcheck scan PATH` first" in res.stderr
    assert "Traceback" not in res.stderr


@pytest.mark.parametrize("body", ["{not json", '{"schema": "other/1"}', '{"schema": "factcheck-report/1"}'])
def test_a_file_that_is_not_a_report_exits_2(tmp_path, body):
    path = tmp_path / "report.json"
    path.write_text(body)
    res = invoke("claims", "--report", str(path))
    assert res.exit_code == 2 and str(path) in res.stderr


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ([], {("a.md", 1), ("a.md", 2), ("b.md", 1), ("b.md", 2)}),
        (["--entity", "rocket-7"], {("a.md", 1), ("b.md", 1)}),
        (["--attribute", "parameter count"], {("a.md", 1), ("b.md", 1)}),
        (["--attribute", "valuation", "--file", "b.md"], {("b.md", 2)}),
        (["--file", "a.*"], {("a.md", 1), ("a.md", 2)}),
        (["--entity", "Nobody"], set()),
    ],
    ids=["all", "entity-any-case", "attribute-with-space", "attribute-and-file", "file-glob", "no-match"],
)
def test_claims_filters_by_entity_attribute_and_file(scanned, filters, expected):
    res = invoke("claims", "--report", str(scanned), "--format", "json", *filters)
    assert res.exit_code == 0
    rows = json.loads(res.stdout)
    assert {(c["document"], c["line"]) for c in rows if c["attribute"]} == expected


def test_claims_json_names_the_findings_that_use_each_claim(scanned, report):
    rows = json.loads(invoke("claims", "--report", str(scanned), "--format", "json", "--entity", "Rocket-7").stdout)
    assert all(conflict_id(report) in c["findings"] for c in rows if c["attribute"] == "parameter_count")


def test_claims_table_shows_where_as_written_and_value(scanned):
    res = invoke("claims", "--report", str(scanned), "--attribute", "parameter_count")
    assert "130 billion parameters" in res.stdout and "130 billion params (exact)" in res.stdout
    assert "a.md:1" in res.stdout and "b.md:1" in res.stdout
    assert "2 claims of" in res.stderr


def test_claims_with_a_path_scans_it_now_and_writes_no_report(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("articles").mkdir()
    Path("articles/a.md").write_text(ARTICLES["a.md"])
    res = invoke("claims", "articles", "--format", "json")
    assert res.exit_code == 0
    assert {c["document"] for c in json.loads(res.stdout)} == {"a.md"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles"]
