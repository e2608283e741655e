"""The triage ledger: round-trip edits keep people's comments and order, errors have positions, writes are atomic."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.errors import LedgerError
from factcheck.models import Finding, TriageDecision
from factcheck.triage.ledger import load_ledger

HAND_WRITTEN = """\
# our ledger: keep this comment
version: 1
findings:
  ffff000000000000aaaa:   # the tigers
    rule: FC301
    state: confirmed
    reason: five vs six
    note: keep until the 2026 review  # inline note
  0000aaaaaaaaaaaaaaaa:
    state: resolved
"""


def finding(fid: str = "8888000000000000bbbb", **kw) -> Finding:
    base = dict(
        id=fid, rule="FC101", rule_name="figures-across-sources", verdict="conflict", severity="error",
        entity="Acme", attribute="valuation", claims=[], documents=["a.md", "b.md"], message="m", evidence="e1",
    )
    return Finding(**{**base, **kw})


def test_recording_a_decision_keeps_comments_order_and_other_entries(tmp_path):
    """A reviewer's hand-written comments and key order survive `triage set`."""
    path = tmp_path / "factcheck.triage.yml"
    path.write_text(HAND_WRITTEN)
    ledger = load_ledger(path)
    ledger.record(finding(), TriageDecision(state="false_positive", reason="same round", who="ann", when="2025-01-02", evidence="e1"))
    ledger.save()
    text = path.read_text()
    assert "# our ledger: keep this comment" in text
    assert "# the tigers" in text and "# inline note" in text
    assert text.index("ffff000000000000aaaa") < text.index("0000aaaaaaaaaaaaaaaa"), "people's order is kept"
    again = load_ledger(path)
    assert again.get("8888000000000000bbbb").decision.state == "false_positive"
    assert again.get("ffff000000000000aaaa").decision.note == "keep until the 2026 review"


def test_new_entries_go_in_id_order_so_parallel_pull_requests_rarely_conflict(tmp_path):
    path = tmp_path / "l.yml"
    ledger = load_ledger(path)
    for fid in ("cccccc", "aaaaaa", "bbbbbb"):
        ledger.record(finding(fid), TriageDecision(state="confirmed"))
    ledger.save()
    assert list(load_ledger(path).entries) == ["aaaaaa", "bbbbbb", "cccccc"]


def test_a_new_decision_replaces_the_old_one_as_a_whole(tmp_path):
    """A reason written for `confirmed` does not linger under `resolved`."""
    path = tmp_path / "l.yml"
    ledger = load_ledger(path)
    ledger.record(finding(), TriageDecision(state="confirmed", reason="real", note="n"))
    ledger.record(finding(), TriageDecision(state="resolved"))
    ledger.save()
    entry = load_ledger(path).get("8888000000000000bbbb")
    assert (entry.decision.state, entry.decision.reason, entry.decision.note) == ("resolved", None, None)


def test_an_unquoted_date_is_read_back_as_the_text_written(tmp_path):
    path = tmp_path / "l.yml"
    path.write_text("findings:\n  abcdef:\n    state: confirmed\n    when: 2025-03-04\n")
    assert load_ledger(path).get("abcdef").decision.when == "2025-03-04"


@pytest.mark.parametrize(
    "text, where, what",
    [
        ("findings:\n  abcdef:\n    state: maybe\n", ":3:12", "state"),
        ("findings:\n  abcdef:\n    state: confirmed\n    stat: x\n", ":4:5", "unknown field"),
        ("findings:\n  abcdef:\n    reason: x\n", ":3:5", "state: required field is missing"),
        ("findings: [1, 2]\n", ":1:11", "findings"),
        ("- just\n- a list\n", ":1:1", "expected a mapping"),
        ("findings:\n  abcdef: {state: confirmed\n", ":3:1", "malformed YAML"),
        ("version: 2\n", ":1:10", "version"),
    ],
    ids=["bad-state", "typo-key", "no-state", "findings-not-mapping", "not-a-mapping", "broken-yaml", "future-version"],
)
def test_a_malformed_ledger_names_file_line_and_column(tmp_path, text, where, what):
    path = tmp_path / "factcheck.triage.yml"
    path.write_text(text)
    with pytest.raises(LedgerError) as err:
        load_ledger(path)
    assert f"{path}{where}" in str(err.value) and what in str(err.value)


def test_a_missing_ledger_is_empty_unless_it_was_asked_for(tmp_path):
    assert len(load_ledger(tmp_path / "none.yml")) == 0
    with pytest.raises(LedgerError, match="no such ledger"):
        load_ledger(tmp_path / "none.yml", must_exist=True)


def test_an_interrupted_write_leaves_the_old_ledger_and_no_temporary_file(tmp_path, monkeypatch):
    """SIGINT during the save: readers see the previous ledger, whole."""
    path = tmp_path / "factcheck.triage.yml"
    path.write_text(HAND_WRITTEN)
    ledger = load_ledger(path)
    ledger.record(finding(), TriageDecision(state="confirmed"))

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        ledger.save()
    assert path.read_text() == HAND_WRITTEN
    assert sorted(p.name for p in tmp_path.iterdir()) == ["factcheck.triage.yml"]


def test_saving_keeps_the_file_mode(tmp_path):
    path = tmp_path / "l.yml"
    path.write_text("findings:\n")
    path.chmod(0o640)
    ledger = load_ledger(path)
    ledger.record(finding(), TriageDecision(state="confirmed"))
    ledger.save()
    assert Path(path).stat().st_mode & 0o777 == 0o640
