"""The reviewer and CI story end to end, in a temporary git repository (issue 5's scenario).

adopt an existing corpus -> a new conflicting article blocks, annotated on its own line -> false_positive
unblocks -> lines inserted above keep the fingerprint -> a changed value is `updated` -> a deleted article
leaves the finding `absent` -> `--baseline-ref HEAD~1` blocks a branch adding a conflicting article and
passes one adding an agreeing article, without touching the working tree.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from gitrepo import git, make_repo
from factcheck.cli import main

SARIF_SCHEMA = json.loads((Path(__file__).parent / "report" / "data" / "sarif-schema-2.1.0.json").read_text())
CORPUS = {
    "a.md": "Published: 2025-01-10\n\nAcme released Rocket-7, a model with 130 billion parameters.\n",
    "c.md": "Published: 2025-01-12\n\nZephyr released Nimbus-3, a model with 40 billion parameters.\n",
    "d.md": "Published: 2025-01-15\n\nNimbus-3 has 70 billion parameters, according to Zephyr.\n",
}
NEW_ARTICLE = "Published: 2025-03-01\n\nRocket-7 has 100 billion parameters, according to Acme.\n"


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    root = make_repo(tmp_path / "repo", CORPUS, commit=False)
    monkeypatch.chdir(root)
    return root


def scan(tmp: Path, *args: str):
    """Reports and the database go outside the repository, so the working tree only changes where the test says."""
    return CliRunner().invoke(main, ["scan", "articles", "--out", str(tmp / "out"), *args], catch_exceptions=False)


def triage(tmp: Path, *args: str):
    return CliRunner().invoke(main, ["triage", *args, "--db", str(tmp / "out" / "factcheck.db")], catch_exceptions=False)


def report(tmp: Path) -> dict:
    return json.loads((tmp / "out" / "report.json").read_text())


def rocket_conflict(rep: dict) -> dict:
    [f] = [f for f in rep["findings"] if f["entity"] == "Rocket-7" and f["verdict"] == "conflict"]
    return f


def test_reviewers_and_ci_story(repo, tmp_path):
    # 1. an existing corpus with a known conflict: adopt it
    assert scan(tmp_path, "-q").exit_code == 1
    assert "1 findings recorded as confirmed" in triage(tmp_path, "adopt").stderr
    assert scan(tmp_path, "-q").exit_code == 0
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "corpus and its ledger")

    # 2. a new article conflicts: exit 1, annotated on the new file's line, SARIF valid
    (repo / "articles" / "b.md").write_text(NEW_ARTICLE)
    res = scan(tmp_path, "--format", "github", "--sarif-output", str(tmp_path / "r.sarif"))
    assert res.exit_code == 1
    [annotation] = res.stdout.splitlines()
    assert annotation.startswith("::error file=articles/b.md,line=3,")
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(json.loads((tmp_path / "r.sarif").read_text()))
    conflict = rocket_conflict(report(tmp_path))
    assert conflict["status"] == "new"

    # 3. a reviewer marks it a false positive
    assert triage(tmp_path, "set", conflict["id"][:8], "--state", "false_positive", "--reason", "different variants").exit_code == 0
    assert scan(tmp_path, "-q").exit_code == 0

    # 4. lines inserted above the claim: same fingerprint, still fine
    (repo / "articles" / "b.md").write_text(NEW_ARTICLE.replace("\n\n", "\n\n## Specs\n\nA new paragraph.\n\n", 1))
    assert scan(tmp_path, "-q").exit_code == 0
    moved = rocket_conflict(report(tmp_path))
    assert (moved["id"], moved["status"]) == (conflict["id"], "unchanged")

    # 5. the conflicting value changes: same finding, `updated`
    (repo / "articles" / "b.md").write_text(NEW_ARTICLE.replace("100 billion", "90 billion"))
    assert scan(tmp_path, "-q").exit_code == 0
    changed = rocket_conflict(report(tmp_path))
    assert (changed["id"], changed["status"], changed["triage"]["state"]) == (conflict["id"], "updated", "false_positive")

    # 6. the article is deleted: the decision's finding is `absent`
    (repo / "articles" / "b.md").unlink()
    assert scan(tmp_path, "-q").exit_code == 0
    assert [(a["id"], a["status"]) for a in report(tmp_path)["absent"]] == [(conflict["id"], "absent")]

    # 7. branches compared with their parent through --baseline-ref, with an empty ledger:
    #    only the baseline makes the Nimbus-3 conflict known
    git(repo, "checkout", "-q", "--", ".")
    empty = tmp_path / "empty.triage.yml"
    empty.write_text("findings: {}\n")
    for branch, text, expected in (
        ("conflicting", "Published: 2025-04-01\n\nRocket-7 has 100 billion parameters.\n", 1),
        ("agreeing", "Published: 2025-04-01\n\nRocket-7 has 130 billion parameters.\n", 0),
    ):
        git(repo, "checkout", "-q", "-b", branch, "main")
        (repo / "articles" / "e.md").write_text(text)
        git(repo, "add", ".")
        git(repo, "commit", "-qm", f"{branch} article")
        before = (git(repo, "status", "--porcelain"), git(repo, "worktree", "list"), git(repo, "rev-parse", "HEAD"))
        res = scan(tmp_path, "--baseline-ref", "HEAD~1", "--ledger", str(empty), "--format", "github")
        assert res.exit_code == expected, (branch, res.stdout, res.stderr)
        if expected:
            assert res.stdout.startswith("::error file=articles/e.md,line=3,")
        assert (git(repo, "status", "--porcelain"), git(repo, "worktree", "list"), git(repo, "rev-parse", "HEAD")) == before
