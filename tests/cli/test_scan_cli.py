"""`factcheck scan` through click's CliRunner: outputs, exit codes and every bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CONFLICT = {
    "a.md": "Acme released Rocket-7, a model with 130 billion parameters.\n",
    "b.md": "Rocket-7 has 100 billion parameters, according to Acme.\n",
}


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in files.items():
        p = folder / name
        p.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    return folder


def run(args, tmp_path):
    runner = CliRunner()
    return runner.invoke(main, [*args, "--out", str(tmp_path / "out")], catch_exceptions=False)


def test_format_json_prints_only_the_report_on_stdout(tmp_path):
    """stdout carries the JSON report and nothing else; the files are written too."""
    res = run(["scan", str(write(tmp_path / "c", CONFLICT)), "--format", "json"], tmp_path)
    report = json.loads(res.stdout)
    assert report["schema"] == "factcheck-report/1"
    assert (tmp_path / "out" / "report.json").read_text() == res.stdout
    assert (tmp_path / "out" / "report.md").read_text().startswith("# factcheck report")
    assert (tmp_path / "out" / "factcheck.db").exists()


def test_an_error_level_conflict_exits_1_and_none_exits_0(tmp_path):
    folder = write(tmp_path / "c", CONFLICT)
    assert run(["scan", str(folder)], tmp_path).exit_code == 1
    assert run(["scan", str(folder), "--fail-on", "none"], tmp_path).exit_code == 0
    agree = write(tmp_path / "ok", {"a.md": "Acme is valued at $2 billion.\n", "b.md": "Investors value Acme at $2 billion.\n"})
    assert run(["scan", str(agree)], tmp_path).exit_code == 0


def test_text_output_shows_both_quotes_with_file_and_line(tmp_path):
    res = run(["scan", str(write(tmp_path / "c", CONFLICT)), "--no-color"], tmp_path)
    assert "a.md:1" in res.stdout and "b.md:1" in res.stdout
    assert "130 billion" in res.stdout and "100 billion" in res.stdout
    assert "1 conflict (1 error)" in res.stdout


def test_missing_path_exits_2_naming_it(tmp_path):
    res = run(["scan", str(tmp_path / "nowhere")], tmp_path)
    assert res.exit_code == 2
    assert "nowhere: no such file or folder" in res.stderr


def test_folder_without_articles_exits_2(tmp_path):
    (tmp_path / "empty").mkdir()
    res = run(["scan", str(tmp_path / "empty")], tmp_path)
    assert res.exit_code == 2 and "no .txt or .md articles" in res.stderr


def test_bad_utf8_file_is_skipped_with_its_byte_offset_and_the_rest_is_scanned(tmp_path):
    folder = write(tmp_path / "c", {**CONFLICT, "broken.txt": b"Acme \xff\xfe valued"})
    res = run(["scan", str(folder), "--format", "json"], tmp_path)
    assert res.exit_code == 1  # the conflict in the good files still counts
    assert "broken.txt: not valid UTF-8 at byte 5" in res.stderr
    report = json.loads(res.stdout)
    assert [d["id"] for d in report["documents"]] == ["a.md", "b.md"]
    assert any("broken.txt" in w for w in report["warnings"])


def test_empty_file_is_reported_and_does_not_stop_the_scan(tmp_path):
    folder = write(tmp_path / "c", {**CONFLICT, "empty.md": ""})
    res = run(["scan", str(folder), "--format", "json"], tmp_path)
    assert res.exit_code == 1
    assert "empty.md: empty file" in res.stderr


def test_malformed_rule_file_exits_2_with_path_line_and_column(tmp_path):
    rules = write(tmp_path / "rules", {"FC999.yml": "code: FC999\nname: x\ntype: consistency\nmessage: m\nseverity: loud\n"})
    res = run(["scan", str(write(tmp_path / "c", CONFLICT)), "--rules", str(rules)], tmp_path)
    assert res.exit_code == 2
    assert f"{rules / 'FC999.yml'}:5:11: severity" in res.stderr
    assert "Traceback" not in res.stderr


def test_malformed_knowledge_file_exits_2_with_position(tmp_path):
    rules = write(tmp_path / "rules" / "knowledge", {"entities.yml": "entities:\n  - name: A\n    type: spaceship\n"})
    res = run(["scan", str(write(tmp_path / "c", CONFLICT)), "--rules", str(rules.parent)], tmp_path)
    assert res.exit_code == 2
    assert "entities.yml:3:11" in res.stderr


@pytest.mark.parametrize("flag", ["--quiet", "-q"])
def test_quiet_prints_each_blocking_finding_as_path_line_col_then_the_summary(tmp_path, flag):
    """pre-commit runs --quiet: the user must still see which finding blocks, and where, in one line each."""
    folder = write(tmp_path / "c", CONFLICT)
    res = run(["scan", str(folder), flag], tmp_path)
    lines = res.stdout.strip().splitlines()
    assert res.exit_code == 1 and len(lines) == 2, res.stdout
    assert lines[0].startswith(f"{(folder / 'b.md').resolve().as_posix()}:1:") or lines[0].startswith(
        f"{(folder / 'a.md').resolve().as_posix()}:1:"
    )
    assert "error conflict" in lines[0] and "FC101" in lines[0]
    assert "1 conflict" in lines[1]


def test_quiet_prints_only_the_summary_when_nothing_blocks(tmp_path):
    res = run(["scan", str(write(tmp_path / "c", CONFLICT)), "-q", "--fail-on", "none"], tmp_path)
    assert res.exit_code == 0 and res.stdout.strip().count("\n") == 0 and "1 conflict" in res.stdout


def test_seed_scan_writes_the_same_reports_as_committed(tmp_path):
    """reports/report.json and report.md in the repository are what scanning seeds/ gives."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    res = CliRunner().invoke(main, ["scan", str(tmp_path / "seeds"), "--out", str(tmp_path / "out")])
    assert res.exit_code in (0, 1), res.output  # 1 while seed conflicts are untriaged
    committed = SEEDS.parent / "reports"
    assert (tmp_path / "out" / "report.json").read_text() == (committed / "report.json").read_text()
    assert (tmp_path / "out" / "report.md").read_text() == (committed / "report.md").read_text()


def test_scanning_the_current_folder_does_not_read_back_its_own_reports(tmp_path, monkeypatch):
    write(tmp_path / "c", CONFLICT)
    monkeypatch.chdir(tmp_path / "c")
    for _ in range(2):
        res = CliRunner().invoke(main, ["scan", ".", "--format", "json"], catch_exceptions=False)
        assert [d["id"] for d in json.loads(res.stdout)["documents"]] == ["a.md", "b.md"]


def test_no_readable_article_exits_2(tmp_path):
    folder = write(tmp_path / "c", {"broken.txt": b"\xff\xfe"})
    res = run(["scan", str(folder)], tmp_path)
    assert res.exit_code == 2 and "could be read" in res.stderr


@pytest.mark.parametrize(
    "article, verdict",
    [
        (
            "Harbour radio says a magnitude-4.8 quake shook the island of Tessel on Sunday. The Northern Seismic Survey "
            "put the strength of the quake that shook the island of Tessel at magnitude-5.1.\n",
            "conflict",
        ),
        (
            "Ada Brenn, 54, was charged with fraud at the mill.\n",
            None,
        ),
    ],
    ids=["two sources of one article disagree", "one figure: nothing to compare"],
)
def test_a_scan_through_its_blocks_finds_what_a_whole_scan_finds(tmp_path, article, verdict):
    """The scan judges claims block by block with a context that holds no claims: counts a rule reads ("the only
    two figures of that quantity in the article") are taken over the groups judged, so a cached scan and a
    `--no-cache` scan report the sources' disagreement alike (before, the cached one found it compatible)."""
    folder = write(tmp_path / "c", {"a.txt": article})
    found = []
    for extra in (["--no-cache"], [], []):
        run(["scan", str(folder), "-q", *extra], tmp_path)
        report = json.loads((tmp_path / "out" / "report.json").read_text())
        found.append(sorted(f["verdict"] for f in report["findings"] if f["verdict"] in ("conflict", "inconsistency")))
    assert found[0] == found[1] == found[2] == ([verdict] if verdict else [])
