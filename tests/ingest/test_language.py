"""The language of an article: detected offline, or stated by the article or its folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import LanguageOverrideError
from factcheck.ingest.language import FOLDER_FILE, detect_language, document_language, stated_language
from factcheck.knowledge.languages import known_languages
from factcheck.knowledge.paths import builtin_rules_dir

KNOWN = known_languages([builtin_rules_dir()])


@pytest.mark.parametrize(
    "code, text",
    [
        ("en", "The club paid about 150 million euros for the striker, the paper reported on Monday."),
        ("de", "Der Verein zahlte rund 150 Mio. Euro für den Stürmer, wie die Zeitung am Montag berichtete."),
        ("fr", "Le club a versé environ 150 millions d'euros pour l'attaquant, selon le journal de lundi."),
        ("es", "El club pagó más de 150 millones de euros por el delantero, según informó el diario el lunes."),
        ("pt", "O clube pagou cerca de 150 milhões de euros pelo atacante, segundo o jornal desta segunda-feira."),
        ("nl", "De club betaalde ongeveer 150 miljoen euro voor de spits, meldde de krant maandag."),
        ("it", "Il club ha pagato circa 150 milioni di euro per l'attaccante, secondo il giornale di lunedì."),
        ("zh", "该俱乐部以约1.5亿欧元签下这名前锋，报纸周一报道。"),
    ],
)
def test_each_supported_language_is_detected(code, text):
    """One news sentence per language is read as that language."""
    assert detect_language(text, KNOWN) == code


def test_an_english_article_with_a_foreign_phrase_stays_english():
    """A quoted Tagalog or Chinese phrase does not change how the article's figures are read."""
    text = (
        "The mayor said the city budget rose to 2 billion pesos this year. 'Salamat po sa inyong lahat,' she told "
        "the crowd of about 3,000 people, before a band played. The council will vote on the plan next month, "
        "and officials expect the new hospital to open in 2027, a year later than first planned (新医院)."
    )
    assert detect_language(text, KNOWN) == "en"


def test_text_without_letters_is_english():
    """A table of digits has no language: the base tables read it."""
    assert detect_language("| 2024 | 1,234 | 5.6% |", KNOWN) == "en"


def test_the_article_can_state_its_language(tmp_path: Path):
    """A comment in the article overrides detection."""
    text = "<!-- factcheck-language: nl -->\nThe club paid 150 million euros."
    assert document_language(text, tmp_path / "a.md", KNOWN) == "nl"


def test_a_folder_states_the_language_of_its_articles(tmp_path: Path):
    """`.factcheck-language` in a folder (or above it) names the language of every article below."""
    (tmp_path / FOLDER_FILE).write_text("pt\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    assert stated_language("Any text at all.", tmp_path / "sub" / "a.txt", KNOWN) == "pt"


def test_an_unknown_language_is_a_typed_error(tmp_path: Path):
    """A code with no file under rules/knowledge/lang/ is named in the error, not silently ignored."""
    with pytest.raises(LanguageOverrideError, match="'xx'"):
        stated_language("<!-- factcheck-language: xx -->", tmp_path / "a.md", KNOWN)
