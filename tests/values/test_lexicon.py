"""The lexicon tables: validation errors with positions, and extension by later directories."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import ConfigError, DataFileError
from factcheck.values import Lexicon, find_mentions
from factcheck.knowledge.paths import builtin_rules_dir


def _write(root: Path, name: str, text: str) -> Path:
    folder = root / "knowledge" / "lexicon"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


BAD_FILES = [
    ("wrong_type_names_position", "currencies:\n  XYZ:\n    names: 5\n", 3, "names"),
    ("unknown_field_names_position", "cues:\n  qualifierz: []\n", 2, "unknown field"),
    ("malformed_yaml", "numbers:\n  units: [one\n", None, "malformed YAML"),
    ("unit_kind_outside_closed_set", "units:\n  parsec:\n    kind: distance\n", 3, "kind"),
]


@pytest.mark.parametrize("text,line,needle", [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES])
def test_bad_lexicon_file_names_path_line_col(tmp_path: Path, text: str, line: int | None, needle: str) -> None:
    """A bad table raises DataFileError whose message starts with path:line:col."""
    path = _write(tmp_path, "bad.yml", text)
    with pytest.raises(DataFileError) as info:
        Lexicon.load([tmp_path])
    err = info.value
    assert err.path == str(path)
    assert needle in str(err)
    if line is not None:
        assert err.line == line
        assert str(err).startswith(f"{path}:{line}:")


def test_no_tables_is_a_config_error(tmp_path: Path) -> None:
    """A rules directory without lexicon tables is refused, not silently empty."""
    with pytest.raises(ConfigError):
        Lexicon.load([tmp_path])


def test_later_directory_extends_currencies(tmp_path: Path) -> None:
    """A project table adds a currency name on top of the built-in tables."""
    _write(tmp_path, "extra.yml", "currencies:\n  KES:\n    codes: [KES]\n    names: [shilling, shillings]\n")
    lex = Lexicon.load([builtin_rules_dir(), tmp_path])
    found = find_mentions("It cost 500 shillings and $3.", lex)
    assert [(m.text, m.unit) for m in found] == [("500 shillings", "KES"), ("$3", "USD")]


def test_load_is_cached_per_directories() -> None:
    """Loading the same directories again returns the same compiled lexicon."""
    assert Lexicon.load([builtin_rules_dir()]) is Lexicon.load([builtin_rules_dir()])
