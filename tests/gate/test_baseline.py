"""Baselines: an earlier JSON report, or the same paths at another git revision (temporary worktree)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gitrepo import git, make_repo
from factcheck.errors import BaselineError
from factcheck.app.baseline import baseline_at_ref, load_baseline_report

CONFLICT = {
    "a.md": "Acme released Rocket-7, a model with 130 billion parameters.\n",
    "b.md": "Rocket-7 has 100 billion parameters, according to Acme.\n",
}


@pytest.fixture
def repo(tmp_path) -> Path:
    return make_repo(tmp_path / "repo", CONFLICT)


def test_a_report_file_gives_its_findings_as_known(tmp_path):
    path = tmp_path / "r.json"
    path.write_text(json.dumps({"schema": "factcheck-report/1", "findings": [
        {"id": "abc123", "rule": "FC101", "verdict": "conflict", "severity": "error", "evidence": "e", "documents": ["a.md"]},
        {"id": "def456", "rule": "FC999", "verdict": "from-the-future"},
    ]}))
    base = load_baseline_report(path)
    assert base.source == str(path)
    assert base.findings["abc123"].evidence == "e" and base.findings["abc123"].documents == ("a.md",)
    assert base.findings["def456"].verdict is None


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such baseline report"),
        ("{not json", ":1:2: not JSON"),
        ('{"schema": "other/1", "findings": []}', "not a factcheck-report/1 report"),
        ('{"schema": "factcheck-report/1"}', "expected a `findings` list"),
        ('{"schema": "factcheck-report/1", "findings": [{"rule": "FC101"}]}', "findings[0]: expected a finding"),
    ],
    ids=["missing", "not-json", "other-schema", "no-findings", "finding-without-id"],
)
def test_an_unusable_report_file_is_a_baseline_error(tmp_path, content, message):
    path = tmp_path / "r.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(BaselineError) as err:
        load_baseline_report(path)
    assert message in str(err.value)


def test_a_git_revision_is_scanned_in_a_temporary_worktree_that_is_removed(repo, toolkit):
    """The working tree, index and worktree list are exactly as before; the revision's findings are known."""
    (repo / "articles" / "b.md").write_text("Rocket-7 has 130 billion parameters.\n")  # uncommitted edit
    before = (git(repo, "status", "--porcelain"), git(repo, "worktree", "list"), git(repo, "stash", "list"))
    baseline, warnings = baseline_at_ref("HEAD", [repo / "articles"], toolkit, cwd=repo)
    assert warnings == []
    assert [(k.rule, k.verdict.value, k.documents) for k in baseline.findings.values()] == [("FC101", "conflict", ("a.md", "b.md"))]
    assert (git(repo, "status", "--porcelain"), git(repo, "worktree", "list"), git(repo, "stash", "list")) == before
    assert (repo / "articles" / "b.md").read_text() == "Rocket-7 has 130 billion parameters.\n"


def test_a_folder_that_did_not_exist_at_the_revision_gives_an_empty_baseline(repo, toolkit):
    (repo / "new").mkdir()
    (repo / "new" / "c.md").write_text("Rocket-7 has 130 billion parameters.\n")
    baseline, warnings = baseline_at_ref("HEAD", [repo / "new"], toolkit, cwd=repo)
    assert baseline.findings == {} and "every finding is new" in warnings[0]


@pytest.mark.parametrize("ref", ["no-such-branch", "HEAD~5", "--output=x"], ids=["unknown-name", "beyond-history", "option-like"])
def test_a_missing_revision_names_it_and_hints_at_shallow_clones(repo, toolkit, ref):
    with pytest.raises(BaselineError) as err:
        baseline_at_ref(ref, [repo / "articles"], toolkit, cwd=repo)
    assert ref in str(err.value) and "fetch-depth: 0" in str(err.value)
    assert not (repo / "x").exists()


def test_outside_a_git_repository_the_baseline_ref_is_refused(tmp_path, toolkit):
    (tmp_path / "plain").mkdir()
    with pytest.raises(BaselineError, match="not inside a git repository"):
        baseline_at_ref("HEAD", [tmp_path / "plain"], toolkit, cwd=tmp_path / "plain")
