"""Language files (rules/knowledge/lang/<code>.yml): one file per language, data only.

They add the language's words to the value lexicon, to the news concepts and to the attribute cue
words, so a claim read in German aligns with the same claim read in English.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import DataFileError
from factcheck.knowledge import load_knowledge
from factcheck.knowledge.languages import known_languages, load_languages
from factcheck.knowledge.paths import builtin_rules_dir
from factcheck.values import Lexicon, find_mentions


def test_every_shipped_language_has_a_valid_file():
    """German, French, Spanish, Portuguese, Dutch and Italian ship; each file validates and names its code."""
    codes = known_languages([builtin_rules_dir()])
    assert {"de", "fr", "es", "pt", "nl", "it"} <= set(codes)
    for code in codes:
        (lang,) = load_languages([builtin_rules_dir()], code)
        assert lang.code == code and lang.stemmer


@pytest.mark.parametrize(
    "attribute, word",
    [("revenue", "umsatz"), ("employees", "funcionários"), ("transfer_fee", "rachat"), ("revenue", "fatturato")],
)
def test_language_cue_words_join_the_attribute(attribute, word):
    """A cue word of a language file becomes a cue of the attribute of attributes.yml it names."""
    spec = load_knowledge([builtin_rules_dir()]).attribute(attribute)
    assert spec is not None and word in spec.cues


@pytest.mark.parametrize("concept, word", [("deaths", "todesopfer"), ("injured", "blessés"), ("employees", "werknemers")])
def test_language_quantity_words_join_the_concept(concept, word):
    """A concept word of a language file joins the concept of quantities.yml with that name."""
    spec = load_knowledge([builtin_rules_dir()]).news.concept(concept)
    assert spec is not None and word in spec.words


def test_a_new_language_is_a_file(tmp_path: Path):
    """A project adds a language with one file under its rules folder: no code."""
    folder = tmp_path / "rules" / "knowledge" / "lang"
    folder.mkdir(parents=True)
    (folder / "sv.yml").write_text(
        "code: sv\nname: Swedish\nstemmer: swedish\nlexicon:\n  numbers:\n    decimal_comma: true\n"
        "    scales: {miljoner: 1.0e6, miljarder: 1.0e9}\n  currencies:\n    SEK: {names: [kronor]}\n",
        encoding="utf-8",
    )
    lexicon = Lexicon.load([builtin_rules_dir(), tmp_path / "rules"], language="sv")
    (m,) = find_mentions("2,5 miljarder kronor", lexicon)
    assert (m.low, m.unit) == (2.5e9, "SEK")


def test_a_mistake_in_a_language_file_names_its_position(tmp_path: Path):
    """A wrong key is reported as path:line:col like every other data file."""
    folder = tmp_path / "rules" / "knowledge" / "lang"
    folder.mkdir(parents=True)
    (folder / "sv.yml").write_text("code: sv\nname: Swedish\nlexicon:\n  numbers:\n    decimal_coma: true\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"sv\.yml:5"):
        Lexicon.load([builtin_rules_dir(), tmp_path / "rules"], language="sv")
