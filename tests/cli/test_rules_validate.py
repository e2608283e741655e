"""`factcheck rules validate` judges a file by its place: only knowledge/lexicon/ holds lexicon tables."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from factcheck.cli import main
from factcheck.knowledge.paths import builtin_rules_dir


def test_a_rules_folder_named_lexicon_gives_no_false_errors(tmp_path):
    """Its rule files used to be checked as lexicon tables ("code: unknown field")."""
    shutil.copytree(builtin_rules_dir(), tmp_path / "lexicon")
    res = CliRunner().invoke(main, ["rules", "validate", str(tmp_path / "lexicon")])
    assert res.exit_code == 0, res.output
    assert "unknown field" not in res.output
