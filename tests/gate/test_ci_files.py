"""The CI files work with the CLI as it is: README commands, the pre-commit hook, docs/ci.md's workflow, .ci/run."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import click
import pytest
import yaml
from click.testing import CliRunner

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()
CI_DOC = (ROOT / "docs" / "ci.md").read_text()


def commands(group: click.Group, prefix: str = "factcheck") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        out.append((f"{prefix} {name}", cmd))
        if isinstance(cmd, click.Group):
            out += commands(cmd, f"{prefix} {name}")
    return out


@pytest.mark.parametrize("name, cmd", commands(main), ids=[n for n, _ in commands(main)])
def test_every_command_and_option_has_help_and_the_command_is_in_the_readme(name, cmd):
    assert cmd.help and cmd.help.strip(), name
    for param in cmd.params:
        if isinstance(param, click.Option):
            assert param.help, f"{name} {param.opts}"
    assert f"`{name}" in README, f"{name} is missing from the README's Commands table"


def factcheck_options(command_line: str) -> list[str]:
    return [t.split("=")[0] for t in shlex.split(command_line) if t.startswith("--")]


def test_the_github_workflow_in_docs_is_valid_and_uses_real_options():
    [workflow] = [b for b in re.findall(r"```yaml\n(.*?)```", CI_DOC, re.S) if "codeql-action/upload-sarif" in b]
    jobs = yaml.safe_load(workflow)["jobs"]["factcheck"]
    steps = jobs["steps"]
    assert steps[0]["uses"].startswith("actions/checkout") and steps[0]["with"]["fetch-depth"] == 0
    [scan] = [s["run"] for s in steps if "factcheck scan" in s.get("run", "")]
    expression = re.sub(r"\$\{\{.*?\}\}", "--baseline-ref origin/main", scan)
    known = {opt for p in main.commands["scan"].params for opt in getattr(p, "opts", [])}
    assert set(factcheck_options(expression)) <= known
    assert {"--baseline-ref", "--sarif-output"} <= set(factcheck_options(expression))
    upload = next(s for s in steps if "upload-sarif" in s.get("uses", ""))
    assert upload["with"]["sarif_file"] in expression


def test_the_pre_commit_hook_runs_a_real_scan_command(tmp_path, monkeypatch):
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["entry"] == "factcheck scan" and hook["pass_filenames"] is False and hook["language"] == "python"
    assert re.search(hook["files"], "articles/new.md") and not re.search(hook["files"], "src/app.py")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text("Acme released Rocket-7, a model with 130 billion parameters.\n")
    res = CliRunner().invoke(main, [*hook["entry"].split()[1:], *hook["args"]])
    assert res.exit_code == 0, res.output


def test_ci_run_gates_the_seed_scan_from_the_readme():
    script = (ROOT / ".ci" / "run").read_text()
    extract = script.split("readme_command() {", 1)[1].split("}", 1)[0]
    lines = {n: subprocess.run(["bash", "-c", f"readme_command() {{{extract}}}\nreadme_command {n}"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.strip() for n in (2, 3)}
    assert lines[2].endswith("factcheck scan seeds/") and "pytest" in lines[3]
    assert script.index("$test_command") < script.index("$scan_command")
