"""Statuses against the ledger and the baseline: new, unchanged, updated, regressed, and the absent list."""

from __future__ import annotations

import pytest

from factcheck.evaluate.fingerprint import fingerprint
from factcheck.models import Finding, KnownFinding, Status, TriageDecision, Verdict
from factcheck.triage.ledger import load_ledger
from factcheck.triage.status import Baseline, assign_statuses

DOCS = ["a.md", "b.md"]


def finding(verdict: Verdict = Verdict.CONFLICT, evidence: str = "now") -> Finding:
    return Finding(
        id=fingerprint("FC101", verdict, "Acme", "valuation", None, DOCS), rule="FC101", rule_name="x", verdict=verdict,
        severity="error", entity="Acme", attribute="valuation", claims=[], documents=DOCS, message="m", evidence=evidence,
    )


def known(f: Finding, evidence: str) -> KnownFinding:
    return KnownFinding(id=f.id, rule=f.rule, verdict=f.verdict, entity=f.entity, attribute=f.attribute, documents=tuple(DOCS), evidence=evidence)


@pytest.mark.parametrize(
    "ledger_state, ledger_evidence, baseline_evidence, expected",
    [
        (None, None, None, Status.NEW),
        ("confirmed", "now", None, Status.UNCHANGED),
        ("confirmed", "before", None, Status.UPDATED),
        ("false_positive", None, None, Status.UNCHANGED),  # a hand-written entry without evidence
        (None, None, "now", Status.UNCHANGED),
        (None, None, "before", Status.UPDATED),
        ("confirmed", "before", "now", Status.UNCHANGED),  # the baseline says what the branch changed
        ("resolved", "now", None, Status.REGRESSED),
        ("resolved", "now", "now", Status.REGRESSED),
    ],
    ids=["unknown", "ledger-same", "ledger-changed", "ledger-no-evidence", "baseline-same", "baseline-changed",
         "baseline-wins", "resolved-is-back", "resolved-in-baseline-too"],
)
def test_status_of_a_present_finding(tmp_path, ledger_state, ledger_evidence, baseline_evidence, expected):
    f = finding()
    ledger = load_ledger(tmp_path / "l.yml")
    if ledger_state:
        ledger.record(f, TriageDecision(state=ledger_state, evidence=ledger_evidence))
    baseline = Baseline("base", {f.id: known(f, baseline_evidence)}) if baseline_evidence else None
    [out], absent = assign_statuses([f], ledger, baseline)
    assert out.status == expected
    assert (out.triage.state if out.triage else None) == ledger_state
    assert absent == []


def test_an_agreement_that_turned_into_a_conflict_is_regressed(tmp_path):
    """Same rule, entity, attribute, period and documents; the baseline had them agreeing."""
    before = finding(Verdict.AGREEMENT)
    now = finding(Verdict.CONFLICT)
    assert before.id != now.id
    [out], absent = assign_statuses([now], load_ledger(tmp_path / "l.yml"), Baseline("base", {before.id: known(before, "x")}))
    assert out.status == Status.REGRESSED
    assert [a.id for a in absent] == [before.id]


def test_known_findings_not_produced_now_are_listed_as_absent_with_their_origin(tmp_path):
    gone, kept = finding(), finding(Verdict.AGREEMENT)
    ledger = load_ledger(tmp_path / "l.yml")
    ledger.record(gone, TriageDecision(state="confirmed", reason="real"))
    baseline = Baseline("base", {gone.id: known(gone, "now"), kept.id: known(kept, "now")})
    out, absent = assign_statuses([kept], ledger, baseline)
    assert [f.status for f in out] == [Status.UNCHANGED]
    [a] = absent
    assert (a.id, a.status, a.known_from, a.triage.reason, a.entity) == (gone.id, Status.ABSENT, ["ledger", "baseline"], "real", "Acme")
