"""`factcheck triage` through CliRunner: list, show, set, adopt, prune, and their errors."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.triage.ledger import load_ledger

ARTICLES = {
    "a.md": "Acme released Rocket-7, a model with 130 billion parameters.\n",
    "b.md": "Rocket-7 has 100 billion parameters, according to Acme.\n",
    "c.md": "Zephyr released Nimbus-3, a model with 40 billion parameters.\n",
    "d.md": "Nimbus-3 has 70 billion parameters, according to Zephyr.\n",
}


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A folder with articles, scanned once; commands run inside it with the default paths."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    for name, text in ARTICLES.items():
        (tmp_path / "articles" / name).write_text(text)
    res = CliRunner().invoke(main, ["scan", "articles", "-q"])
    assert res.exit_code == 1, res.output
    return tmp_path


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def problem_ids(project) -> dict[str, str]:
    from factcheck.store import latest_scan

    return {s.finding.entity: s.finding.id for s in latest_scan(project / "reports" / "factcheck.db").findings}


def test_set_records_the_decision_with_who_and_when_and_unblocks(project):
    rocket = problem_ids(project)["Rocket-7"]
    res = cli("triage", "set", rocket[:6], "--state", "false_positive", "--reason", "different models", "--note", "ask Acme", "--who", "ann")
    assert res.exit_code == 0, res.output
    entry = load_ledger(project / "factcheck.triage.yml").get(rocket)
    d = entry.decision
    assert (d.state, d.reason, d.note, d.who) == ("false_positive", "different models", "ask Acme", "ann")
    assert d.when and d.evidence and entry.finding.entity == "Rocket-7" and entry.finding.documents == ("a.md", "b.md")
    assert CliRunner().invoke(main, ["scan", "articles", "-q"]).exit_code == 1, "Nimbus-3 still blocks"
    cli("triage", "set", problem_ids(project)["Nimbus-3"], "--state", "confirmed")
    assert CliRunner().invoke(main, ["scan", "articles", "-q"]).exit_code == 0


def test_list_filters_by_state_and_status(project):
    ids = problem_ids(project)
    cli("triage", "set", ids["Rocket-7"], "--state", "confirmed")
    confirmed = cli("triage", "list", "--state", "confirmed").output
    untriaged = cli("triage", "list", "--state", "none").output
    assert ids["Rocket-7"] in confirmed and ids["Nimbus-3"] not in confirmed
    assert ids["Nimbus-3"] in untriaged and ids["Rocket-7"] not in untriaged
    assert ids["Nimbus-3"] in cli("triage", "list", "--status", "new").output
    assert "0 findings" in cli("triage", "list", "--status", "regressed").output


def test_show_gives_quotes_explanation_and_decision(project):
    rocket = problem_ids(project)["Rocket-7"]
    cli("triage", "set", rocket, "--state", "confirmed", "--reason", "both published", "--who", "ann")
    out = cli("triage", "show", rocket[:5]).output
    assert "status:    new (blocks)" in out
    assert "at articles/b.md:1: Rocket-7 has 100 billion parameters" in out
    assert "triage:    confirmed by ann" in out and "reason: both published" in out


def test_adopt_records_every_untriaged_problem_and_keeps_existing_decisions(project):
    ids = problem_ids(project)
    cli("triage", "set", ids["Rocket-7"], "--state", "false_positive", "--reason", "mine")
    res = cli("triage", "adopt", "--who", "bot")
    assert "1 findings recorded as confirmed" in res.stderr
    ledger = load_ledger(project / "factcheck.triage.yml")
    assert ledger.get(ids["Rocket-7"]).decision.reason == "mine"
    assert ledger.get(ids["Nimbus-3"]).decision.state == "confirmed"
    assert CliRunner().invoke(main, ["scan", "articles", "-q"]).exit_code == 0


def test_prune_drops_decisions_for_findings_gone_but_keeps_resolved_ones(project):
    ids = problem_ids(project)
    cli("triage", "adopt")
    cli("triage", "set", ids["Nimbus-3"], "--state", "resolved", "--reason", "fixed")
    (project / "articles" / "b.md").write_text("Rocket-7 has 130 billion parameters, according to Acme.\n")
    (project / "articles" / "d.md").write_text("Nimbus-3 has 40 billion parameters, according to Zephyr.\n")
    CliRunner().invoke(main, ["scan", "articles", "-q"])
    assert "absent" in cli("triage", "list", "--status", "absent").output
    dry = cli("triage", "prune", "--dry-run")
    assert f"would remove {ids['Rocket-7']}" in dry.stderr and len(load_ledger(project / "factcheck.triage.yml")) == 2
    cli("triage", "prune")
    assert list(load_ledger(project / "factcheck.triage.yml").entries) == [ids["Nimbus-3"]]


@pytest.mark.parametrize(
    "args, message",
    [
        (["triage", "set", "zzzz", "--state", "confirmed"], "zzzz: no finding has this id"),
        (["triage", "show", ""], "empty id"),
        (["triage", "set", "abc", "--state", "maybe"], "Invalid value for '--state'"),
    ],
    ids=["unknown-id", "empty-id", "bad-state"],
)
def test_bad_ids_and_states_exit_2(project, args, message):
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 2 and message in res.stderr


def test_an_ambiguous_prefix_lists_the_candidates(project):
    """Candidates come from the latest scan and the ledger alike."""
    rocket = problem_ids(project)["Rocket-7"]
    twin = rocket[:4] + ("0" if rocket[4] != "0" else "1") * 16
    (project / "factcheck.triage.yml").write_text(f"findings:\n  {twin}:\n    state: resolved\n")
    res = CliRunner().invoke(main, ["triage", "set", rocket[:4], "--state", "confirmed"])
    assert res.exit_code == 2 and "2 findings start with this prefix" in res.stderr
    assert rocket in res.stderr and twin in res.stderr


def test_without_a_recorded_scan_the_commands_say_to_run_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for args in (["triage", "list"], ["triage", "adopt"], ["triage", "set", "abc", "--state", "confirmed"]):
        res = CliRunner().invoke(main, args)
        assert res.exit_code == 2 and "run factcheck scan first" in res.stderr
    assert not (tmp_path / "factcheck.triage.yml").exists()


def test_a_malformed_ledger_stops_scan_and_triage_with_its_position(project):
    (project / "factcheck.triage.yml").write_text("findings:\n  abcdef:\n    state: maybe\n")
    for args in (["scan", "articles"], ["triage", "list"]):
        res = CliRunner().invoke(main, args)
        assert res.exit_code == 2 and "factcheck.triage.yml:3:12" in res.stderr
