"""Triage policies as data: which findings `triage list` shows, what `adopt`, `prune` and `set` change."""

from __future__ import annotations

import pytest

from factcheck.errors import LookupFailedError
from factcheck.models import KnownFinding, TriageDecision, Verdict
from factcheck.triage import policies
from factcheck.triage.ledger import load_ledger
from factcheck.triage.policies import ListFilter, StoredFinding

CONFLICT = StoredFinding(KnownFinding(id="aaaa1111", rule="FC101", verdict=Verdict.CONFLICT, evidence="e1"), "new", blocking=True)
AGREEMENT = StoredFinding(KnownFinding(id="bbbb2222", rule="FC101", verdict=Verdict.AGREEMENT, evidence="e2"), "new")
SILENCED = StoredFinding(KnownFinding(id="cccc3333", rule="FC102", verdict=Verdict.INCONSISTENCY), "new", suppressed="quoted")
KNOWN = StoredFinding(KnownFinding(id="dddd4444", rule="FC101", verdict=Verdict.CONFLICT, evidence="e4"), "unchanged")
GONE = StoredFinding(KnownFinding(id="eeee5555", rule="FC101", verdict=Verdict.CONFLICT), "absent")
SCAN = [CONFLICT, AGREEMENT, SILENCED, KNOWN, GONE]


@pytest.fixture
def ledger(tmp_path):
    ledger = load_ledger(tmp_path / "factcheck.triage.yml")
    ledger.record(KNOWN.finding, TriageDecision(state="confirmed", evidence="e4"))
    ledger.record(KnownFinding(id="ffff6666", rule="FC101"), TriageDecision(state="false_positive"))
    ledger.record(KnownFinding(id="abab7777", rule="FC101"), TriageDecision(state="resolved"))
    return ledger


@pytest.mark.parametrize(
    ("chosen", "ids"),
    [
        (ListFilter(), ["aaaa1111", "cccc3333", "dddd4444", "eeee5555"]),
        (ListFilter(show_all=True), ["aaaa1111", "bbbb2222", "cccc3333", "dddd4444", "eeee5555"]),
        (ListFilter(states=("none",)), ["aaaa1111", "cccc3333", "eeee5555"]),
        (ListFilter(states=("confirmed",)), ["dddd4444"]),
        (ListFilter(statuses=("absent", "unchanged")), ["dddd4444", "eeee5555"]),
        (ListFilter(states=("resolved",)), []),
    ],
)
def test_list_filters(ledger, chosen, ids):
    assert [row.stored.finding.id for row in policies.listed(SCAN, ledger, chosen)] == ids


def test_listed_rows_carry_their_ledger_entry(ledger):
    rows = {r.stored.finding.id: r.entry for r in policies.listed(SCAN, ledger, ListFilter())}
    assert rows["dddd4444"].decision.state == "confirmed" and rows["aaaa1111"] is None


def test_adopt_records_only_untriaged_unsuppressed_present_problems(ledger):
    adopted = policies.adopt(SCAN, ledger, "confirmed", policies.ADOPTED, who="ann")
    assert [f.id for f in adopted] == ["aaaa1111"]
    d = ledger.get("aaaa1111").decision
    assert (d.state, d.reason, d.who, d.evidence) == ("confirmed", policies.ADOPTED, "ann", "e1")


def test_stale_keeps_resolved_decisions_and_prune_removes_the_rest(ledger):
    assert policies.stale(SCAN, ledger) == ["ffff6666"]
    assert "ffff6666" in ledger, "stale() only reports"
    assert policies.prune(SCAN, ledger) == ["ffff6666"]
    assert "ffff6666" not in ledger and "abab7777" in ledger


@pytest.mark.parametrize(
    ("prefix", "fid", "evidence"),
    [
        ("aaaa", "aaaa1111", "e1"),  # a finding of the scan: its current evidence
        ("ffff", "ffff6666", None),  # one only the ledger knows: the evidence the decision had
    ],
)
def test_set_decision_by_prefix(ledger, prefix, fid, evidence):
    assert policies.set_decision(SCAN, ledger, prefix, "resolved", reason="fixed", who="bo") == fid
    d = ledger.get(fid).decision
    assert (d.state, d.reason, d.who, d.evidence) == ("resolved", "fixed", "bo", evidence)


def test_set_decision_on_an_unknown_id_fails(ledger):
    with pytest.raises(LookupFailedError):
        policies.set_decision(SCAN, ledger, "9999", "confirmed")
