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


# Which earlier date of the text may anchor a relative date. Texts written for these tests.
@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected", "anchor"),
    [
        # a decade or a century anchors nothing: no Thursday of 1970, no "yesterday" of the 1950s
        ("She was a star in the 1970s. She died on Thursday at home.", "Thursday", None, None, None),
        ("She was a star in the 1950s. She died yesterday at home.", "yesterday", None, None, None),
        ("A hit of the 1960s.\nThe singer died on Friday.", "Friday", date(2024, 3, 10), (date(2024, 3, 8), date(2024, 3, 9)), "published"),
        # a day in the same paragraph anchors a weekday said after it
        ("The storm hit on May 2, 2023, and on Thursday the river rose.", "Thursday", None, (date(2023, 4, 27), date(2023, 4, 28)), "text"),
        # a day told in an earlier paragraph (a history) does not date the article's own news
        ("On Oct. 10, 1972, the papers ran the story.\nHe died Thursday.", "Thursday", date(2024, 3, 10), (date(2024, 3, 7), date(2024, 3, 8)), "published"),
        # "the following year" may still count from a year named before it
        ("In 2019 the plant opened. The following year it closed.", "The following year", None, (date(2020, 1, 1), date(2021, 1, 1)), "text"),
        # a day counted from the report's own day is marked so: two reports of two days tell two moments
        ("The company said today that it had hired 40 people.", "today", date(2024, 3, 10), (date(2024, 3, 10), date(2024, 3, 11)), "writer's day"),
    ],
)
def test_which_date_anchors_a_relative_date(lexicon: Lexicon, text: str, phrase: str, published: date | None, expected: tuple[date, date] | None, anchor: str | None) -> None:
    [m] = [m for m in find_mentions(text, lexicon, published=published) if m.text == phrase]
    assert (None if m.date_start is None else (m.date_start, m.date_end)) == expected
    assert m.anchor == anchor
