"""The words of a page's own lines are each language's data: a line that only stamps when the page was
written and a size told as two numbers are no claims, in the article's language (dates.stamp_words,
cues.size_joiners, cues.size_not_units)."""

from __future__ import annotations

import pytest

from factcheck.extract.pagewords import page_words, size_regex
from factcheck.knowledge.paths import builtin_rules_dir
from factcheck.values import Lexicon


def _claims(toolkit, text: str, language: str) -> list[str]:
    from factcheck.api import scan_texts

    marked = f"<!-- factcheck-language: {language} -->\n{text}"
    return [c.text for c in scan_texts({"a.txt": marked}, toolkit).claims]


@pytest.mark.parametrize(
    "language, text, kept",
    [
        ("de", "Sturmbericht\n\nAktualisiert am 3. März 2024, 14:30 Uhr\n\nDer Sturm erreichte die Küste am 2. März 2024.", ["2. März 2024"]),
        ("de", "Sturmbericht\n\nStand: 3. März 2024\n\nDer Sturm erreichte die Küste.", []),
        ("fr", "Rapport de tempête\n\nMis à jour le 3 mars 2024 à 14h30\n\nLa tempête a atteint la côte le 2 mars 2024.", ["2 mars 2024"]),
        ("nl", "Stormverslag\n\nBijgewerkt op 3 maart 2024 om 14:30 uur\n\nDe storm bereikte de kust op 2 maart 2024.", ["2 maart 2024"]),
        ("de", "Sturmbericht\n\nAm 3. März 2024 erreichte der Sturm die Küste.", ["3. März 2024"]),
    ],
    ids=["German 'aktualisiert am ... Uhr'", "German 'Stand:'", "French 'mis à jour le ... à'", "Dutch 'bijgewerkt op ... om ... uur'",
         "a German sentence with a date stays a claim"],
)
def test_a_stamp_line_in_the_articles_language_is_no_claim(toolkit, language, text, kept):
    """Two outlets' stamps differ without contradicting, in every language the article may be written in."""
    assert [k for k in _claims(toolkit, text, language) if k in ("2. März 2024", "3. März 2024", "2 mars 2024", "2 maart 2024")] == kept


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Het scherm meet 3 bij 4 meter.", []),
        ("De omzet groeit tot 2 miljoen bij 2030", ["tot 2 miljoen", "2030"]),
    ],
    ids=["a Dutch size with 'bij'", "an amount 'bij' a year is no size"],
)
def test_a_dutch_size_is_no_claim(toolkit, text, kept):
    assert _claims(toolkit, text, "nl") == kept


def test_english_page_words_are_the_base_tables():
    """English (and an article with no language) reads the base tables; every language adds to them."""
    rules = [builtin_rules_dir()]
    base = page_words(Lexicon.load(rules))
    assert {"updated", "published", "pm", "edt"} <= base.stamps
    for code in ("de", "fr", "es", "pt", "nl", "it"):
        assert base.stamps < page_words(Lexicon.load(rules, language=code)).stamps


@pytest.mark.parametrize(
    "text, size",
    [
        ("2880 x 1800", True),
        ("2880x1800", True),
        ("10 by 12 feet", True),
        ("2880 pixels by 1800;", True),
        ("10 million by 2030", False),
        ("3 games by 10 points", False),
        ("5 trillion by 2030", False),
    ],
)
def test_the_size_regex_reads_the_joiners_it_is_given(text, size):
    rx = size_regex(("x", "×", "by"), ("million", "billion", "trillion", "thousand", "percent", "per", "point", "points"))
    assert (rx.search(text) is not None) is size


def test_no_joiners_no_size():
    assert size_regex((), ()).search("2880 x 1800") is None
