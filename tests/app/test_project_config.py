"""A team's repository: [tool.factcheck] in pyproject.toml, a .gitignore'd drafts folder, an unrelated rules/
file elsewhere. The configuration is found by walking up, its paths are relative to it, and the project
root anchors rules/, the ledger and reports/, so where the command is started does not change the result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from gitrepo import make_repo
from factcheck.app.config import FileConfig, load_config, looks_like_rules
from factcheck.cli import main
from factcheck.errors import ConfigError

ARTICLES = {
    "a.md": "Acme released Rocket-7, a model with 130 billion parameters.\n",
    "b.md": "Rocket-7 has 130 billion parameters, according to Acme.\n",
}
DRAFT = "Rocket-7 has 20 billion parameters, a draft says.\n"
PYPROJECT = """[project]
name = "newsroom"

[tool.factcheck]
paths = ["content/articles"]
extend-exclude = ["content/articles/archive/"]
out = "build/factcheck"
"""


@pytest.fixture
def team_repo(tmp_path: Path) -> Path:
    root = make_repo(tmp_path / "repo", ARTICLES, folder="content/articles", commit=False)
    (root / "pyproject.toml").write_text(PYPROJECT)
    (root / ".gitignore").write_text("drafts/\n")
    for folder in ("content/articles/drafts", "content/articles/node_modules/pkg", "content/articles/archive"):
        (root / folder).mkdir(parents=True)
        (root / folder / "x.md").write_text(DRAFT)
    (root / "content" / "rules").mkdir()
    (root / "content" / "rules" / "semgrep.yml").write_text("rules:\n  - id: no-eval\n    pattern: eval(...)\n")
    return root


def scan_json(cwd: Path, monkeypatch, *args: str) -> tuple[int, dict]:
    monkeypatch.chdir(cwd)
    res = CliRunner().invoke(main, ["scan", *args, "--format", "json"], catch_exceptions=False)
    return res.exit_code, json.loads(res.stdout)


def test_a_subfolder_gives_the_same_result_as_the_root_and_skips_drafts(team_repo, monkeypatch):
    code_root, at_root = scan_json(team_repo, monkeypatch)
    code_sub, in_sub = scan_json(team_repo / "content", monkeypatch)
    assert code_root == code_sub == 0
    assert [d["id"] for d in at_root["documents"]] == ["a.md", "b.md"]  # no drafts, node_modules or archive
    assert at_root == in_sub
    assert (team_repo / "build" / "factcheck" / "report.json").is_file()  # `out`, relative to pyproject.toml
    assert not (team_repo / "content" / "reports").exists()


def test_an_unrelated_rules_folder_is_not_read(team_repo, monkeypatch):
    assert not looks_like_rules(team_repo / "content" / "rules")
    code, _ = scan_json(team_repo / "content", monkeypatch, "articles")
    assert code == 0


def test_gitignore_can_be_turned_off_and_a_named_file_is_excluded_only_with_force(team_repo, monkeypatch):
    _, rep = scan_json(team_repo, monkeypatch, "--no-respect-gitignore")
    assert "drafts/x.md" in [d["id"] for d in rep["documents"]]
    draft = "content/articles/drafts/x.md"
    _, named = scan_json(team_repo, monkeypatch, draft, "content/articles/a.md")
    assert sorted(d["id"] for d in named["documents"]) == ["a.md", "x.md"]
    _, forced = scan_json(team_repo, monkeypatch, draft, "content/articles/a.md", "--force-exclude")
    assert [d["id"] for d in forced["documents"]] == ["a.md"]


@pytest.mark.parametrize(
    ("flags", "codes"),
    [
        ([], {"FC101", "FC102", "FC201", "FC202", "FC203", "FC204", "FC301"}),
        (["--select", "FC1"], {"FC101", "FC102"}),
        (["--ignore", "FC101,FC2"], {"FC102", "FC301"}),
        (["--select", "FC1", "--ignore", "FC102"], {"FC101"}),
    ],
)
def test_select_and_ignore_choose_the_rules_that_run(team_repo, monkeypatch, flags, codes):
    _, rep = scan_json(team_repo, monkeypatch, *flags)
    ran = {f["rule"] for f in rep["findings"]}
    assert ran <= codes
    monkeypatch.chdir(team_repo)
    sarif = CliRunner().invoke(main, ["scan", *flags, "--format", "sarif"], catch_exceptions=False).stdout
    assert {r["id"] for r in json.loads(sarif)["runs"][0]["tool"]["driver"]["rules"]} - {"FC000"} == codes


def test_a_code_that_names_no_rule_is_an_error(team_repo, monkeypatch):
    monkeypatch.chdir(team_repo)
    res = CliRunner().invoke(main, ["scan", "--select", "FC9"])
    assert res.exit_code == 2 and "FC9 names no rule" in res.stderr


def test_config_command_names_the_file_and_its_values(team_repo, monkeypatch):
    monkeypatch.chdir(team_repo / "content" / "articles")
    res = CliRunner().invoke(main, ["config", "--format", "json"], catch_exceptions=False)
    doc = json.loads(res.stdout)
    assert doc["file"] == str(team_repo / "pyproject.toml") and doc["root"] == str(team_repo)
    assert doc["values"]["paths"] == ["content/articles"] and doc["values"]["fail-on"] == "error"
    assert doc["resolved"]["ledger"] == str(team_repo / "factcheck.triage.yml")


@pytest.mark.parametrize(
    ("files", "expected_file", "expected_root"),
    [
        ({"factcheck.toml": "fail-on = 'warning'\n"}, "factcheck.toml", "."),
        ({"pyproject.toml": "[project]\nname='x'\n", ".git/HEAD": ""}, None, "."),  # no table: the git root
        ({"sub/factcheck.toml": "", "pyproject.toml": "[tool.factcheck]\n"}, "sub/factcheck.toml", "sub"),
        ({"pyproject.toml": "[tool.factcheck]\nout = 'x'\n"}, "pyproject.toml", "."),
    ],
)
def test_the_nearest_configuration_wins_and_its_folder_is_the_root(tmp_path, files, expected_file, expected_root):
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    (tmp_path / "sub" / "deep").mkdir(parents=True, exist_ok=True)
    cfg = load_config([tmp_path / "sub" / "deep"], cwd=tmp_path)
    assert cfg.file == ((tmp_path / expected_file) if expected_file else None)
    assert cfg.root == (tmp_path / expected_root).resolve()


@pytest.mark.parametrize(
    ("table", "problem"),
    [("fail-on = 'sometimes'", "fail-on"), ("colour = true", "colour"), ("paths = 'one'", "paths"), ("fail-on = ", "TOML")],
)
def test_a_bad_configuration_names_the_file_and_the_key(tmp_path, table, problem):
    (tmp_path / "factcheck.toml").write_text(table + "\n")
    with pytest.raises(ConfigError, match=problem) as err:
        load_config([tmp_path], cwd=tmp_path)
    assert "factcheck.toml" in str(err.value)


def test_every_key_has_a_kebab_case_name():
    assert all("_" not in f.alias for f in FileConfig.model_fields.values())


def test_formats_choose_the_files_written_into_out(team_repo, monkeypatch):
    (team_repo / "factcheck.toml").write_text('paths = ["content/articles"]\nextend-exclude = ["archive/"]\nformats = ["json", "sarif"]\nout = "ci"\n')
    code, _ = scan_json(team_repo / "content", monkeypatch)
    assert code == 0
    written = sorted(p.name for p in (team_repo / "ci").iterdir() if not p.name.startswith("factcheck.db"))  # and its lock
    assert written == ["report.json", "report.sarif"]
