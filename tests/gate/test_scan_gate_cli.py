"""`factcheck scan` gate options: formats on stdout, extra output files, ledger, baselines, directives."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

CONFLICT = {
    "a.md": "Acme released Rocket-7, a model with 130 billion parameters.\n",
    "b.md": "Rocket-7 has 100 billion parameters, according to Acme.\n",
}


@pytest.fixture
def articles(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in CONFLICT.items():
        (folder / name).write_text(text)
    return folder


def scan(*args: str):
    return CliRunner().invoke(main, ["scan", "articles", *args], catch_exceptions=False)


@pytest.mark.parametrize(
    "fmt, check",
    [
        ("sarif", lambda out: json.loads(out)["version"] == "2.1.0"),
        ("junit", lambda out: ET.fromstring(out.encode()).tag == "testsuites"),
        ("github", lambda out: out.startswith("::error file=articles/b.md,line=1,")),
        ("json", lambda out: json.loads(out)["schema"] == "factcheck-report/1"),
    ],
    ids=["sarif", "junit", "github", "json"],
)
def test_stdout_carries_only_the_requested_format(articles, fmt, check):
    res = scan("--format", fmt)
    assert res.exit_code == 1
    assert check(res.stdout)


def test_several_outputs_in_one_run(articles, tmp_path):
    res = scan("--sarif-output", "out/r.sarif", "--junit-output", "out/r.xml", "--json-output", "out/r.json", "--no-color")
    assert res.exit_code == 1 and "1 conflict" in res.stdout
    assert json.loads((tmp_path / "out" / "r.sarif").read_text())["runs"][0]["results"]
    assert ET.parse(tmp_path / "out" / "r.xml").getroot().get("failures") == "1"
    assert (tmp_path / "out" / "r.json").read_text() == (tmp_path / "reports" / "report.json").read_text()


def test_an_earlier_report_as_baseline_makes_its_findings_known(articles, tmp_path):
    scan("--json-output", "base.json")
    res = scan("--baseline", "base.json", "--format", "json")
    assert res.exit_code == 0
    assert {f["status"] for f in json.loads(res.stdout)["findings"]} == {"unchanged"}


@pytest.mark.parametrize(
    "args, message",
    [
        (["--baseline", "x.json", "--baseline-ref", "HEAD"], "not both"),
        (["--ledger", "missing.yml"], "missing.yml: no such ledger file"),
        (["--baseline", "missing.json"], "missing.json: no such baseline report"),
        (["--baseline-ref", "HEAD"], "not inside a git repository"),
        (["--sarif-output", "articles/a.md/x.sarif"], "cannot write"),
    ],
    ids=["both-baselines", "missing-ledger", "missing-baseline", "ref-outside-git", "unwritable-output"],
)
def test_gate_input_errors_exit_2(articles, args, message):
    res = CliRunner().invoke(main, ["scan", "articles", *args])
    assert res.exit_code == 2 and message in res.stderr and "Traceback" not in res.output


def test_a_finding_that_disappears_is_listed_as_absent(articles):
    scan("-q")
    CliRunner().invoke(main, ["triage", "adopt"])
    (articles / "b.md").write_text("Rocket-7 has 130 billion parameters, according to Acme.\n")
    report = json.loads(scan("--format", "json").stdout)
    [absent] = report["absent"]
    assert absent["status"] == "absent" and absent["known_from"] == ["ledger"] and absent["triage"]["state"] == "confirmed"
    assert report["summary"]["by_status"]["absent"] == 1


def test_directives_unused_and_malformed_are_reported(articles):
    (articles / "a.md").write_text(
        "<!-- factcheck-ignore FC201: nothing to convert here -->\nAcme released Rocket-7, a model with 130 billion parameters.\n"
        "\n<!-- factcheck-ignore -->\n"
    )
    res = scan("--format", "json", "--fail-on", "none")
    report = json.loads(res.stdout)
    assert "a.md:1: factcheck-ignore FC201 silences nothing" in res.stderr
    assert any("factcheck-ignore FC201 silences nothing" in w for w in report["warnings"])
    [bad] = [f for f in report["findings"] if f["rule"] == "FC000"]
    assert (bad["severity"], bad["location"]["line"]) == ("warning", 4)
    (articles / "b.md").write_text("Rocket-7 has 130 billion parameters.\n")  # no conflict left: only FC000 could block
    assert scan("-q").exit_code == 0
    assert scan("-q", "--fail-on", "warning").exit_code == 1


def test_a_directive_silences_the_conflict(articles):
    (articles / "b.md").write_text("<!-- factcheck-ignore FC101: Acme's 2023 figure -->\n" + CONFLICT["b.md"])
    res = scan("--format", "json")
    assert res.exit_code == 0
    [f] = [f for f in json.loads(res.stdout)["findings"] if f["verdict"] == "conflict"]
    assert f["suppressed"] == "Acme's 2023 figure"
