"""Every date form has exactly one reader, and the joined regex names the form that matched."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.knowledge.paths import builtin_rules_dir
from factcheck.values import Lexicon, find_mentions
from factcheck.values.dates import absolute, relative
from factcheck.values.dates.forms import Pieces, absolute_forms, relative_forms
from factcheck.values.dates.patterns import FormMatch
from factcheck.values.mentions import date_patterns


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load([builtin_rules_dir()])


def test_every_form_has_a_reader(lexicon: Lexicon) -> None:
    pieces = Pieces.from_patterns(lexicon.patterns)
    assert [name for name, _ in absolute_forms(pieces)] == list(absolute.READERS)
    assert [name for name, _ in relative_forms(pieces)] == list(relative.READERS)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("on March 23, 2024 we", "month_day_year"),
        ("on 2024-03-23 we", "numeric_year_month_day"),
        ("in Q1 2025 we", "quarter_year"),
        ("the 1990s", "decade"),
        ("in 2013-14 we", "split_year"),
    ],
)
def test_match_names_its_form(lexicon: Lexicon, text: str, form: str) -> None:
    dp = date_patterns(lexicon.patterns)
    m = dp.absolute.search(text)
    assert m is not None and FormMatch(m, text, dp).form == form


def test_relative_form_reads_its_groups(lexicon: Lexicon) -> None:
    [m] = find_mentions("It grew less than two months later.", lexicon, published=date(2025, 6, 14))
    assert m.text == "less than two months later"
    assert (m.date_start, m.date_end) == (date(2025, 6, 14), date(2025, 8, 14))
