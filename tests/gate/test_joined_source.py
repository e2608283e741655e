"""A new article joins a conflict reviewers confirmed: the finding keeps its id, is `updated`, is annotated on
the new article's line, and blocks by `updated-blocks` (default: when its value is outside every known one)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.gate.decide import brings_new_value, is_blocking
from factcheck.models import Claim, Finding, Severity, Status, Value, Verdict

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
STEP_1_ID = "9fab77b5f997db9b575c"  # FC101 Step-1 parameter count over articles 001 and 002 (see factcheck.triage.yml)
NEW_ARTICLE = "Published: 2025-07-01\n\nIn its latest filing StepFun put the Step-1 model at 150 billion parameters.\n"


def scan(*args: str):
    return CliRunner().invoke(main, ["scan", "seeds", *args], catch_exceptions=False)


@pytest.fixture
def adopted(tmp_path, monkeypatch) -> Path:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / ".git").mkdir()  # the project root
    monkeypatch.chdir(tmp_path)
    scan("-q")
    assert CliRunner().invoke(main, ["triage", "adopt"], catch_exceptions=False).exit_code == 0
    assert scan("-q").exit_code == 0
    (tmp_path / "seeds" / "006_new.txt").write_text(NEW_ARTICLE)
    return tmp_path


def test_a_third_value_keeps_the_confirmed_id_blocks_and_is_annotated_on_the_new_line(adopted):
    res = scan("--format", "github")
    assert res.exit_code == 1
    [line] = [x for x in res.stdout.splitlines() if STEP_1_ID in x]
    assert line.startswith("::error file=seeds/006_new.txt,line=3,") and "(updated)" in line
    rep = json.loads((adopted / "reports" / "report.json").read_text())
    [f] = [f for f in rep["findings"] if f["id"] == STEP_1_ID]
    assert f["status"] == "updated" and f["triage"]["state"] == "confirmed"
    assert "006_new.txt" in f["documents"] and STEP_1_ID not in {a["id"] for a in rep.get("absent", [])}
    sarif = json.loads(scan("--format", "sarif").stdout)
    [result] = [r for r in sarif["runs"][0]["results"] if r["partialFingerprints"]["primaryLocationLineHash"] == STEP_1_ID]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "seeds/006_new.txt"
    assert "suppressions" not in result  # an open alert while it blocks


@pytest.mark.parametrize(("policy", "code"), [("never", 0), ("always", 1), ("outside", 1)])
def test_updated_blocks_is_configurable(adopted, policy, code):
    (adopted / "factcheck.toml").write_text(f'updated-blocks = "{policy}"\n')
    assert scan("-q").exit_code == code


def claim(cid: str, doc: str, low: float, high: float | None = None, tol: float = 0.0) -> Claim:
    return Claim.model_construct(id=cid, document=doc, value=Value(low=low, high=high or low, unit="params", tolerance=tol))


@pytest.mark.parametrize(
    ("old", "new", "tol", "outside"),
    [
        ([(130, 130)], (150, 150), 0.0, True),
        ([(130, 130), (100, 100)], (100, 100), 0.0, False),  # repeats a value already known
        ([(100, 130)], (120, 120), 0.0, False),  # inside a known range
        ([(130, 130)], (130.4, 130.4), 0.0, True),
        ([(130, 130)], (130.4, 130.4), 0.5, False),  # ... unless rounding covers it
    ],
)
def test_a_new_value_is_outside_only_when_it_matches_no_known_value(old, new, tol, outside):
    claims = {f"o{i}": claim(f"o{i}", "a.md", lo, hi, tol) for i, (lo, hi) in enumerate(old)}
    claims["n"] = claim("n", "new.md", *new, tol)
    f = Finding(id="x", rule="FC101", rule_name="x", verdict=Verdict.CONFLICT, severity=Severity.ERROR,
                claims=list(claims), message="m", status=Status.UPDATED, introduced=["n"])
    assert brings_new_value(f, claims) is outside
    assert is_blocking(f, "error", "outside", claims) is outside
    assert is_blocking(f, "error", "never", claims) is False


def test_an_updated_finding_without_a_joined_source_does_not_block():
    """A changed figure in an article already known is `updated` but not blocking (as before)."""
    f = Finding(id="x", rule="FC101", rule_name="x", verdict=Verdict.CONFLICT, severity=Severity.ERROR,
                claims=[], message="m", status=Status.UPDATED)
    assert not is_blocking(f, "error", "always", {})
