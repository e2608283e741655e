"""More forms the recognizer reads: spelled-out and Chinese numerals, fractions, scraped-text
repairs, and the date forms around relative and open periods."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.values import Lexicon, find_mentions
from factcheck.values.mentions import find_numbers_in
from factcheck.knowledge.paths import builtin_rules_dir
from factcheck.models import Kind, Qualifier

PUB = date(2025, 6, 14)


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.load([builtin_rules_dir()])


def values(text: str, lex: Lexicon) -> list[tuple[str, float]]:
    return [(text[s:e], v) for s, e, v in find_numbers_in(text, lex)]


NUMBER_LAYER = [
    ("words_with_and", "one hundred and sixteen", [("one hundred and sixteen", 116)]),
    ("words_and_digits", "4 thousand 3 hundred and 21", [("4 thousand 3 hundred and 21", 4321)]),
    ("two_numbers_not_merged", "3 hundred and 2 hundred", [("3 hundred", 300), ("2 hundred", 200)]),
    ("scale_then_new_number", "116 million and 41.64 million", [("116 million", 116e6), ("41.64 million", 41.64e6)]),
    ("fraction_words", "two thirds", [("two thirds", 2 / 3)]),
    ("and_a_half_after_scale", "3 million and a half", [("3 million and a half", 3.5e6)]),
    ("fraction_after_and", "one hundred and three quarters", [("one hundred and three quarters", 100.75)]),
    ("point_words", "two hundred point zero three", [("two hundred point zero three", 200.03)]),
    ("slash_fraction", "about 3/4 of them", [("3/4", 0.75)]),
    ("improper_fraction", "16/5", [("16/5", 3.2)]),
    ("idiom_is_not_a_fraction", "24/7 support", []),
    ("vulgar_fraction", "2½ cups", [("2½", 2.5)]),
    ("negative_word", "minus five point five", [("minus five point five", -5.5)]),
    ("ordinal_is_not_a_number", "the May 4th event", []),
    ("time_is_not_a_number", "At 2 pm everybody left", []),
    ("ip_like_digits_split", "192.168.1.2", [("192", 192), ("168", 168), ("1", 1), ("2", 2)]),
    ("zh_elided_place", "两千四百五", [("两千四百五", 2450)]),
    ("zh_wan_elided", "一万三", [("一万三", 13000)]),
    ("zh_zero_keeps_place", "一千零五", [("一千零五", 1005)]),
    ("zh_approximate_before_unit", "十多万", [("十多万", 100000)]),
    ("zh_financial_digits", "肆佰陸拾", [("肆佰陸拾", 460)]),
    ("zh_wan_yi", "四万万", [("四万万", 4e8)]),
    ("zh_fraction", "五分之一", [("五分之一", 0.2)]),
    ("zh_not_a_number_word", "我家在四川", []),
    ("zh_financial_digit_alone_is_a_word", "他在海滩上拾取贝壳", []),
    ("zh_negative_digits", "负1.1", [("负1.1", -1.1)]),
    ("fullwidth_thousands_between_fullwidth_digits", "４，５６５", [("４，５６５", 4565)]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NUMBER_LAYER], ids=[c[0] for c in NUMBER_LAYER])
def test_number_layer(lex: Lexicon, text: str, expected: list[tuple[str, float]]) -> None:
    """The plain-number view splits and joins numbers by grammar, not by whitespace."""
    got = values(text, lex)
    assert [t for t, _ in got] == [t for t, _ in expected]
    for (_, v), (_, w) in zip(got, expected):
        assert v == pytest.approx(w)


def test_fullwidth_comma_after_ascii_digits_is_punctuation(lex: Lexicon) -> None:
    """"$20，300美圆" is $20 and 300 dollars, not $20,300."""
    found = [m for m in find_mentions("在下面的价格中选一个，$20，300美圆", lex) if m.kind == Kind.MONEY]
    assert [(m.text, m.low, m.unit) for m in found] == [("$20", 20.0, "USD"), ("300美圆", 300.0, "USD")]


CHINESE_MONEY = [
    ("yuan_and_jiao", "这个手机壳五元三毛", "五元三毛", 5.3, "CNY"),
    ("measure_word_before_currency", "我有20个比特币", "20个比特币", 20.0, "BTC"),
    ("rmb_before_and_yuan_after", "人民币 8千元", "人民币 8千元", 8000.0, "CNY"),
    ("hkd", "以每股1.95港元", "1.95港元", 1.95, "HKD"),
]


@pytest.mark.parametrize("text,phrase,value,unit", [c[1:] for c in CHINESE_MONEY], ids=[c[0] for c in CHINESE_MONEY])
def test_chinese_money(lex: Lexicon, text: str, phrase: str, value: float, unit: str) -> None:
    """Chinese currency words after (and before) the amount, coins added to the main unit."""
    m = [m for m in find_mentions(text, lex) if m.text == phrase]
    assert m, [x.text for x in find_mentions(text, lex)]
    assert (m[0].kind, m[0].low, m[0].unit) == (Kind.MONEY, pytest.approx(value), unit)


RELATIVE = [
    ("this_month_name", "It launched this August.", "this August", date(2025, 8, 1), date(2025, 9, 1)),
    ("offset_from_today", "Are you free two days after today?", "two days after today", date(2025, 6, 16), date(2025, 6, 17)),
    ("rolling_past_months", "over the past six months", "the past six months", date(2024, 12, 14), date(2025, 6, 14)),
    ("in_the_next_years", "in the next three years", "in the next three years", date(2025, 6, 14), date(2028, 6, 14)),
    ("year_to_date", "down 20% in the year to date", "year to date", date(2025, 1, 1), date(2025, 6, 14)),
    ("to_date_open_start", "the largest round to date", "to date", None, date(2025, 6, 14)),
    ("weekday_of_next_week", "tuesday of next week", "tuesday of next week", date(2025, 6, 17), date(2025, 6, 18)),
    ("iso_week_number", "sales in week 31", "week 31", date(2025, 7, 28), date(2025, 8, 4)),
    # a news report of a Saturday telling "on Saturday" tells that day; "on Friday" the day before
    ("bare_weekday_of_the_report_day", "the club said on Saturday", "Saturday", date(2025, 6, 14), date(2025, 6, 15)),
    ("bare_weekday_before", "the club said on Friday", "Friday", date(2025, 6, 13), date(2025, 6, 14)),
    ("past_weekday_is_before", "it opened this past Saturday", "past Saturday", date(2025, 6, 7), date(2025, 6, 8)),
]


@pytest.mark.parametrize("text,phrase,start,end", [c[1:] for c in RELATIVE], ids=[c[0] for c in RELATIVE])
def test_more_relative_dates(lex: Lexicon, text: str, phrase: str, start: date | None, end: date | None) -> None:
    """Relative dates resolved against the published date when the text has no earlier date."""
    m = [m for m in find_mentions(text, lex, published=PUB) if m.text == phrase]
    assert m, [x.text for x in find_mentions(text, lex, published=PUB)]
    assert (m[0].date_start, m[0].date_end) == (start, end)
    assert m[0].relative and m[0].anchor == "published"


ABSOLUTE = [
    ("season_span", "We produced nothing in 2013-14.", "2013-14", date(2013, 1, 1), date(2015, 1, 1)),
    ("month_span_with_year", "APEC will happen in Korea Nov-Feb 2017", "Nov-Feb 2017", date(2016, 11, 1), date(2017, 3, 1)),
    ("day_span", "on November 18-19, 2024", "November 18-19, 2024", date(2024, 11, 18), date(2024, 11, 20)),
    ("from_to_inclusive", "from January to April 2015", "from January to April 2015", date(2015, 1, 1), date(2015, 5, 1)),
    ("after_year", "show me sales after 2018", "after 2018", date(2019, 1, 1), None),
    ("decade", "music of the 1990s", "the 1990s", date(1990, 1, 1), date(2000, 1, 1)),
    ("weekday_confirms_date", "set a call Friday 7/6/2018 with Jim", "Friday 7/6/2018", date(2018, 7, 6), date(2018, 7, 7)),
    ("fixed_holiday", "on independence day 2010", "independence day 2010", date(2010, 7, 4), date(2010, 7, 5)),
    ("iso_first_week_of_year", "How about first week of 2015", "first week of 2015", date(2014, 12, 29), date(2015, 1, 5)),
    ("last_week_of_month", "the last week of Dec 2016", "the last week of Dec 2016", date(2016, 12, 26), date(2017, 1, 2)),
]


@pytest.mark.parametrize("text,phrase,start,end", [c[1:] for c in ABSOLUTE], ids=[c[0] for c in ABSOLUTE])
def test_more_absolute_dates(lex: Lexicon, text: str, phrase: str, start: date | None, end: date | None) -> None:
    """Spans include their last unit ("2023-2024" is both years); open bounds leave an end None."""
    m = [m for m in find_mentions(text, lex, published=PUB) if m.text == phrase]
    assert m, [x.text for x in find_mentions(text, lex, published=PUB)]
    assert (m[0].date_start, m[0].date_end) == (start, end)


def test_fiscal_year_is_not_a_calendar_year(lex: Lexicon) -> None:
    """"fiscal year 2008" is a period with unknown calendar dates, marked unresolved."""
    m = [m for m in find_mentions("Show sales in the fiscal year 2008", lex) if m.text == "2008"][0]
    assert (m.kind, m.date_start, m.date_end, m.resolved) == (Kind.PERIOD, None, None, False)
    assert m.detail["fiscal_year"] == "2008"


def test_less_than_days_after_a_day(lex: Lexicon) -> None:
    """"less than 3 days after tomorrow" runs from tomorrow for three days (end exclusive)."""
    m = [m for m in find_mentions("It will be done less than 3 days after tomorrow", lex, published=PUB) if m.kind == Kind.PERIOD][0]
    assert (m.date_start, m.date_end, m.qualifier) == (date(2025, 6, 15), date(2025, 6, 18), Qualifier.UPPER_BOUND)


def test_span_records_where_its_last_unit_starts(lex: Lexicon) -> None:
    """"2014 to 2018" keeps 2018 in the interval and notes the point-to-point end in detail."""
    m = find_mentions("The range is from 2014 to 2018.", lex)[0]
    assert (m.date_start, m.date_end) == (date(2014, 1, 1), date(2019, 1, 1))
    assert m.detail["last_unit_start"] == "2018-01-01"


def test_deictic_date_keeps_the_published_reading(lex: Lexicon) -> None:
    """"This year" after "in 2023" resolves against 2023 and also records the published reading."""
    text = "The firm was founded in 2023. This year, revenue doubled."
    m = [m for m in find_mentions(text, lex, published=PUB) if m.text == "This year"][0]
    assert (m.date_start, m.anchor) == (date(2023, 1, 1), "text")
    assert m.detail["published_reading"] == "2025-01-01/2026-01-01"


def test_words_glued_by_lost_spaces_are_split(lex: Lexicon) -> None:
    """Scraped text like "modelsLess than two months later" still reads the relative date."""
    text = "By July 2023, they trained modelsLess than two months later, they shipped."
    m = [m for m in find_mentions(text, lex) if m.text == "Less than two months later"]
    assert m and m[0].qualifier == Qualifier.UPPER_BOUND


def test_acronym_after_count(lex: Lexicon) -> None:
    """A count can be of an acronym: "ten million DAU"."""
    m = [m for m in find_mentions("it can hit ten million DAU.", lex) if m.kind == Kind.NUMBER][0]
    assert (m.text, m.low, m.counted) == ("ten million DAU", 1e7, "DAU")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Released 11 models in first year", [("11 models", 11.0)]),
        ("Raised 5 rounds since 2020.", [("5 rounds", 5.0)]),
        ("Microsoft 365 is sold widely.", []),
        ("Another 23 people remain missing.", [("23 people", 23.0)]),
        ("Exactly 40 homes burned.", [("Exactly 40 homes", 40.0)]),
    ],
    ids=["past-tense verb opening a bullet", "another verb", "a product name keeps its number",
         "a determiner opening a sentence", "an adverb opening a sentence"],
)
def test_verb_opening_a_sentence_is_not_a_name_before_a_number(lex, text, expected):
    got = [(m.text, m.low) for m in find_mentions(text, lex) if m.kind == Kind.NUMBER]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It raised $5 million 2023 saw no more.", [("$5 million", 5e6, "USD")]),
        ("It hit 1 million 5 days after launch.", [("1 million", 1e6, None), ("5 days", 5, "day")]),
        ("The lab raised $10 million 2 years ago.", [("$10 million", 10e6, "USD")]),
        ("4 thousand 3 hundred and 21 items", [("4 thousand 3 hundred and 21 items", 4321, None)]),
    ],
    ids=["year after a scale word", "count after a scale word", "duration after money", "digits and scale words"],
)
def test_a_number_after_a_scale_word_starts_a_new_number(lex, text, expected):
    got = [(m.text, m.low, m.unit) for m in find_mentions(text, lex) if m.kind != Kind.DATE and m.kind != Kind.PERIOD]
    assert [g for g in got if g[0] in {e[0] for e in expected}] == expected


@pytest.mark.parametrize(
    "text, found",
    [
        ("![Ann Lee in the office](/media/2026/11/founders.jpg)\nShe raised $5m.", ["$5m"]),
        ("[Startups](/startups/2025) said 3/4 of staff agreed on 2026/11/30.", ["3/4", "2026/11/30"]),
        ("See https://example.com/a/2024/5 for the 12 cases.", ["12 cases"]),
    ],
    ids=["a photo's path", "a link's target", "a web address"],
)
def test_numbers_in_addresses_are_no_figures(lex: Lexicon, text: str, found: list[str]) -> None:
    """The year and month in a photo's path ("/media/2026/11/...") or a link's target are a site's filing, not
    figures of the story: read as figures they took the caption's names as their subjects."""
    assert [m.text for m in find_mentions(text, lex)] == found
