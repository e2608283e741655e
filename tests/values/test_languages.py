"""Figures as each language writes them: decimal comma, scale words, currency before or after,
percent words, bounds, ranges and dates, read with that language's lexicon (rules/knowledge/lang/).

Italian is here too: its file was added as data only, so these cases protect that a new language
needs no code.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.knowledge.paths import builtin_rules_dir
from factcheck.models import Kind, Mention, Qualifier
from factcheck.values import Lexicon, find_mentions

PUB = date(2025, 6, 14)


def lexicon(language: str | None) -> Lexicon:
    return Lexicon.load([builtin_rules_dir()], language=language)


def only(text: str, language: str | None) -> Mention:
    found = [m for m in find_mentions(text, lexicon(language), published=PUB) if m.kind != Kind.DATE or "figure" not in text]
    assert len(found) == 1, [m.text for m in found]
    return found[0]


@pytest.mark.parametrize(
    "language, text, kind, low, high, unit",
    [
        ("de", "rund 150 Mio. Euro", Kind.MONEY, 150e6, 150e6, "EUR"),
        ("de", "1,2 Mrd. €", Kind.MONEY, 1.2e9, 1.2e9, "EUR"),
        ("de", "12.500 Zuschauer", Kind.NUMBER, 12500, 12500, None),
        ("de", "12,5 %", Kind.PERCENT, 12.5, 12.5, "percent"),
        ("de", "über 300 Millionen Dollar", Kind.MONEY, 300e6, None, "USD"),
        ("de", "bis zu 40 Prozent", Kind.PERCENT, None, 40, "percent"),
        ("de", "zwischen 3 und 5 Milliarden Euro", Kind.MONEY, 3e9, 5e9, "EUR"),
        ("de", "dreihundertfünfzig", Kind.NUMBER, 350, 350, None),
        ("fr", "environ 2,5 milliards d'euros", Kind.MONEY, 2.5e9, 2.5e9, "EUR"),
        ("fr", "12 500 spectateurs", Kind.NUMBER, 12500, 12500, None),
        ("fr", "plus de 40 pour cent", Kind.PERCENT, 40, None, "percent"),
        ("fr", "jusqu'à 3 millions de dollars", Kind.MONEY, None, 3e6, "USD"),
        ("es", "más de 2 mil millones de dólares", Kind.MONEY, 2e9, None, "USD"),
        ("es", "alrededor de 45,3 millones de euros", Kind.MONEY, 45.3e6, 45.3e6, "EUR"),
        ("es", "12,5 por ciento", Kind.PERCENT, 12.5, 12.5, "percent"),
        ("es", "doscientos cuarenta y siete", Kind.NUMBER, 247, 247, None),
        ("pt", "US$ 2,07 bilhões", Kind.MONEY, 2.07e9, 2.07e9, "USD"),
        ("pt", "R$ 350 mi", Kind.MONEY, 350e6, 350e6, "BRL"),
        ("pt", "cerca de 1,5 bilhão de reais", Kind.MONEY, 1.5e9, 1.5e9, "BRL"),
        ("pt", "até 30 por cento", Kind.PERCENT, None, 30, "percent"),
        ("nl", "ongeveer 2,4 miljard euro", Kind.MONEY, 2.4e9, 2.4e9, "EUR"),
        ("nl", "meer dan 1,5 mln euro", Kind.MONEY, 1.5e6, None, "EUR"),
        ("nl", "12,5 procent", Kind.PERCENT, 12.5, 12.5, "percent"),
        ("nl", "tweeënveertig", Kind.NUMBER, 42, 42, None),
        ("it", "circa 150 milioni di euro", Kind.MONEY, 150e6, 150e6, "EUR"),
        ("it", "oltre 3.400 dipendenti", Kind.NUMBER, 3400, None, None),
        ("it", "il 12,5 per cento", Kind.PERCENT, 12.5, 12.5, "percent"),
        ("it", "tra 2 e 3 miliardi di dollari", Kind.MONEY, 2e9, 3e9, "USD"),
        ("it", "duecentocinquanta", Kind.NUMBER, 250, 250, None),
        (None, "Rs 96.88 crore", Kind.MONEY, 968.8e6, 968.8e6, "INR"),
        (None, "₹4 lakh", Kind.MONEY, 4e5, 4e5, "INR"),
        (None, "$3bn", Kind.MONEY, 3e9, 3e9, "USD"),
        (None, "£40mn", Kind.MONEY, 40e6, 40e6, "GBP"),
        (None, "$1.2tn", Kind.MONEY, 1.2e12, 1.2e12, "USD"),
        (None, "250k subscribers", Kind.NUMBER, 250e3, 250e3, None),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_figures_read_as_the_language_writes_them(language, text, kind, low, high, unit):
    """Value, bounds and unit of one figure in one language (a wrong separator gives x1000)."""
    m = only(text, language)
    assert (m.kind, m.low, m.high, m.unit) == (kind, low, high, unit), m


@pytest.mark.parametrize(
    "language, text, start, end",
    [
        ("de", "am 20. Juni 2025", date(2025, 6, 20), date(2025, 6, 21)),
        ("de", "am 22.04.2025", date(2025, 4, 22), date(2025, 4, 23)),
        ("de", "vergangene Woche", date(2025, 6, 2), date(2025, 6, 9)),
        ("fr", "le 1er juin 2025", date(2025, 6, 1), date(2025, 6, 2)),
        ("fr", "l'an dernier", date(2024, 1, 1), date(2025, 1, 1)),
        ("es", "el 20 de junio de 2025", date(2025, 6, 20), date(2025, 6, 21)),
        ("es", "la semana pasada", date(2025, 6, 2), date(2025, 6, 9)),
        ("pt", "em março de 2024", date(2024, 3, 1), date(2024, 4, 1)),
        ("pt", "ontem", date(2025, 6, 13), date(2025, 6, 14)),
        ("nl", "20 juni 2025", date(2025, 6, 20), date(2025, 6, 21)),
        ("nl", "vorig jaar", date(2024, 1, 1), date(2025, 1, 1)),
        ("it", "il 20 giugno 2025", date(2025, 6, 20), date(2025, 6, 21)),
        ("it", "l'anno scorso", date(2024, 1, 1), date(2025, 1, 1)),
    ],
)
def test_dates_in_each_language(language, text, start, end):
    """Absolute dates with month names and day suffixes, and relative dates before or after the unit."""
    m = only(text, language)
    assert (m.date_start, m.date_end) == (start, end), m


@pytest.mark.parametrize(
    "language, text, value",
    [
        ("en", "1.234 tonnes", 1.234),
        ("de", "1.234 Tonnen", 1234),
        ("en", "2,07 billion", 2.07e9),
        ("de", "1.234,5", 1234.5),
        ("en", "1.234,5", 1234.5),
        ("en", "1,234,567", 1234567),
        ("de", "1,234,567", 1234567),
        ("en", "1,5 million", 1.5e6),
    ],
)
def test_ambiguous_separators_follow_the_language_unambiguous_ones_do_not(language, text, value):
    """"1.234" is the document language's call; "1.234,5", "2,07 billion", "1,234,567" read one way only."""
    m = [x for x in find_mentions(text, lexicon(None if language == "en" else language)) if x.kind != Kind.DATE][0]
    assert m.low == pytest.approx(value)


def test_english_words_stay_english_without_a_language():
    """The base tables are untouched: "mil" is a million in English, a thousand only in Spanish."""
    assert only("$5 mil", None).low == 5e6
    assert only("5 mil euros", "es").low == 5e3


def test_a_bound_word_sets_the_qualifier():
    """"rund" is approximate, "über" a lower bound."""
    assert only("rund 3.400", "de").qualifier == Qualifier.APPROXIMATE
    assert only("über 3.400", "de").qualifier == Qualifier.LOWER_BOUND


def _written(value: int, cents: int, group: str, decimal: str) -> str:
    digits = f"{value:,}".replace(",", group)
    return f"{digits}{decimal}{cents:02d}"


@settings(max_examples=60, deadline=None)
@given(value=st.integers(min_value=1000, max_value=10**9), cents=st.integers(min_value=0, max_value=99), language=st.sampled_from(["de", "fr", "es", "pt", "nl", "it"]))
def test_a_number_written_in_the_language_style_reads_back(value, cents, language):
    """Format a number with thousands dots and a decimal comma, parse it: the same number."""
    text = f"Es sind {_written(value, cents, '.', ',')} Stück."
    found = [m for m in find_mentions(text, lexicon(language)) if m.kind == Kind.NUMBER]
    assert [m.low for m in found] == [pytest.approx(value + cents / 100)]


@settings(max_examples=40, deadline=None)
@given(value=st.integers(min_value=1000, max_value=10**9), cents=st.integers(min_value=0, max_value=99))
def test_a_number_written_in_the_english_style_reads_back(value, cents):
    """Thousands commas and a decimal point in English."""
    text = f"There are {_written(value, cents, ',', '.')} units."
    found = [m for m in find_mentions(text, lexicon(None)) if m.kind == Kind.NUMBER]
    assert [m.low for m in found] == [pytest.approx(value + cents / 100)]
