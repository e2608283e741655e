"""`factcheck rules validate` checks language files (rules/knowledge/lang/*.yml) like the other data files."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import main


def _lang_file(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "rules" / "knowledge" / "lang"
    folder.mkdir(parents=True)
    path = folder / "sv.yml"
    path.write_text(body, encoding="utf-8")
    return path


def test_a_valid_language_file_passes(tmp_path: Path):
    """A well-formed language file validates on its own (exit 0)."""
    path = _lang_file(tmp_path, "code: sv\nname: Swedish\nlexicon:\n  numbers:\n    decimal_comma: true\n")
    res = CliRunner().invoke(main, ["rules", "validate", str(path)])
    assert res.exit_code == 0, res.output


def test_a_misspelt_key_in_a_language_file_exits_2_with_its_position(tmp_path: Path):
    """A wrong key is named with path:line:col and the command exits 2."""
    path = _lang_file(tmp_path, "code: sv\nname: Swedish\nlexicon:\n  numbers:\n    decimal_coma: true\n")
    res = CliRunner().invoke(main, ["rules", "validate", str(path)])
    assert res.exit_code == 2
    assert "sv.yml:5:5" in res.output
