"""Behaviour of the value recognizer, one table of cases per form.

Each case names the phrase and what it must give: kind, value interval,
unit, qualifier and the exact span. The ids say which behaviour is protected.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.values import Lexicon, find_mentions
from factcheck.knowledge.paths import builtin_rules_dir
from factcheck.models import Kind, Mention, Qualifier

PUB = date(2025, 6, 14)


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.load([builtin_rules_dir()])


def one(text: str, lex: Lexicon, phrase: str, published: date | None = PUB) -> Mention:
    """The mention whose span is exactly `phrase`."""
    found = find_mentions(text, lex, published=published)
    hits = [m for m in found if m.text == phrase]
    assert hits, f"no mention {phrase!r} in {[m.text for m in found]}"
    return hits[0]


def check(m: Mention, kind: Kind, low: float | None, high: float | None, unit: str | None, qualifier: Qualifier) -> None:
    assert m.kind == kind
    assert m.unit == unit
    assert m.qualifier == qualifier
    for got, want in ((m.low, low), (m.high, high)):
        if want is None:
            assert got is None
        else:
            assert got == pytest.approx(want, rel=1e-9)


E, A, LB, UB, R, V = (
    Qualifier.EXACT,
    Qualifier.APPROXIMATE,
    Qualifier.LOWER_BOUND,
    Qualifier.UPPER_BOUND,
    Qualifier.RANGE,
    Qualifier.VAGUE,
)

MONEY = [
    ("symbol_scale_word", "The startup raised $2 billion from investors.", "$2 billion", 2e9, 2e9, "USD", E),
    ("scale_applied_not_48_2", "won a $48.2 million army contract", "$48.2 million", 48.2e6, 48.2e6, "USD", E),
    ("code_glued_not_6_million", "a loan of USD34.6 million was signed", "USD34.6 million", 34.6e6, 34.6e6, "USD", E),
    ("rmb_after_with_approximately", "$2 billion (approximately 140 billion RMB)", "approximately 140 billion RMB", 140e9, 140e9, "CNY", A),
    ("yuan_name", "targets 10 billion yuan (~$1.4B) in revenue", "10 billion yuan", 10e9, 10e9, "CNY", E),
    ("tilde_is_approximate", "targets 10 billion yuan (~$1.4B) in revenue", "~$1.4B", 1.4e9, 1.4e9, "USD", A),
    ("range_scale_both_ends", "valuations of $2-3 billion", "$2-3 billion", 2e9, 3e9, "USD", R),
    ("range_hundreds_of_millions", "at $100-200 million valuations", "$100-200 million", 100e6, 200e6, "USD", R),
    ("hkd_symbol", "sales of HK$ 10 million", "HK$ 10 million", 10e6, 10e6, "HKD", E),
    ("pound_symbol", "fined £50 million", "£50 million", 50e6, 50e6, "GBP", E),
    ("euro_after", "it costs 10 € now", "10 €", 10.0, 10.0, "EUR", E),
    ("bare_yen_symbol_is_cny", "the fee is ¥300 in total", "¥300", 300.0, 300.0, "CNY", E),
    ("yen_symbol_near_yen_word", "Tokyo rents, paid in yen, rose to ¥300,000.", "¥300,000", 300000.0, 300000.0, "JPY", E),
    ("zh_yi_yuan", "公司今年营收目标为100亿元。", "100亿元", 1e10, 1e10, "CNY", E),
    ("zh_usd", "中国资金净流出1200亿美元", "1200亿美元", 1.2e11, 1.2e11, "USD", E),
    ("lower_bound_plus", "raised $500M+ in total", "$500M+", 500e6, None, "USD", LB),
    ("more_than_money", "a loss of more than $30 million", "more than $30 million", 30e6, None, "USD", LB),
    ("dollars_and_cents", "it only cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, 3.5, "USD", E),
    ("vague_several_hundred_million", "raised several hundred million dollars", "several hundred million dollars", 2e8, 9e8, "USD", V),
    ("us_dollars_words", "a median salary of 925,000 US dollars (about 6.7 million yuan)", "925,000 US dollars", 925000.0, 925000.0, "USD", E),
]


@pytest.mark.parametrize("text,phrase,low,high,unit,qualifier", [c[1:] for c in MONEY], ids=[c[0] for c in MONEY])
def test_money(lex: Lexicon, text: str, phrase: str, low: float, high: float | None, unit: str, qualifier: Qualifier) -> None:
    """Money: currency to ISO 4217, scale words applied, bounds and ranges kept."""
    check(one(text, lex, phrase), Kind.MONEY, low, high, unit, qualifier)


PER_UNIT = [
    ("per_million_tokens_slash_M", "The API costs $0.14/M tokens.", "$0.14/M tokens", 0.14, "USD", "million tokens"),
    ("yuan_per_million_tokens", "only 0.06 yuan/million tokens.", "0.06 yuan/million tokens", 0.06, "CNY", "million tokens"),
    ("per_kg", "rose to $680 per kg", "$680 per kg", 680.0, "USD", "kg"),
    ("hyphenated_a_week", "on a £95,000-a-week deal", "£95,000-a-week", 95000.0, "GBP", "week"),
    ("hyphenated_a_month", "a $4,000-a-month flat", "$4,000-a-month", 4000.0, "USD", "month"),
]


@pytest.mark.parametrize("text,phrase,value,unit,per", [c[1:] for c in PER_UNIT], ids=[c[0] for c in PER_UNIT])
def test_per_unit_prices(lex: Lexicon, text: str, phrase: str, value: float, unit: str, per: str) -> None:
    """A price per unit keeps the price as the value and names the unit in `per`."""
    m = one(text, lex, phrase)
    check(m, Kind.MONEY, value, value, unit, E)
    assert m.per == per


COUNTS = [
    ("digits_plural_noun", "The lab has released 11 models.", "11 models", 11, 11, "models", E),
    ("word_number_capitalised_group", "They are known as the Five Little Tigers.", "Five Little Tigers", 5, 5, "Little Tigers", E),
    ("qualifier_in_span", "Since then, at least 22 executives have left.", "at least 22 executives", 22, None, "executives", LB),
    ("adjectives_before_head", "a total of 13 AI executives from 5 companies", "13 AI executives", 13, 13, "AI executives", E),
    ("irregular_plural", "seven core technical personnel left", "seven core technical personnel", 7, 7, "core technical personnel", E),
    ("hyphenated_word_number", "twenty-two startups", "twenty-two startups", 22, 22, "startups", E),
    ("a_dozen", "from over a dozen new investors", "over a dozen new investors", 12, None, "new investors", LB),
    ("range_of_counts", "~150-200 employees", "~150-200 employees", 150, 200, "employees", R),
    ("vague_dozens_of", "dozens of companies joined", "dozens of companies", 24, 99, "companies", V),
    ("modifier_more", "Divers found six more bodies on Sunday.", "six more bodies", 6, 6, "more bodies", E),
    ("modifier_extra_two_words", "The judge added two extra prison terms.", "two extra prison terms", 2, 2, "extra prison terms", E),
]


@pytest.mark.parametrize("text,phrase,low,high,counted,qualifier", [c[1:] for c in COUNTS], ids=[c[0] for c in COUNTS])
def test_counts(lex: Lexicon, text: str, phrase: str, low: float, high: float | None, counted: str, qualifier: Qualifier) -> None:
    """A count followed by its noun: the span covers qualifier, number and noun; `counted` is the noun phrase."""
    m = one(text, lex, phrase)
    check(m, Kind.NUMBER, low, high, None, qualifier)
    assert m.counted == counted


NUMBERS = [
    ("separators", "a population of 1,259 people", "1,259 people", 1259),
    ("decimal_scale", "with 41.64 million users", "41.64 million users", 41.64e6),
    ("mixed_words_scale", "2.5 million", "2.5 million", 2.5e6),
    ("a_billion", "worth a billion", "a billion", 1e9),
    ("one_and_a_half", "one and a half stars", "one and a half stars", 1.5),
    ("suffix_K", "a 200K context", "200K", 200e3),
    ("suffix_MM", "target of 1MM", "1MM", 1e6),
    ("indian_lakh", "I can give you 13 lakh", "13 lakh", 1.3e6),
    ("indian_crore", "There are 1 crore boxes", "1 crore boxes", 1e7),
    ("bare_130B_is_a_number_not_bytes", "a bare 130B figure", "130B", 1.3e11),
    ("chinese_numeral", "一百二十三", "一百二十三", 123),
    ("chinese_liang_qian", "两千", "两千", 2000),
    ("fullwidth_digits", "共有１２３个", "１２３", 123),
    ("chinese_wan", "3万", "3万", 30000),
    ("chinese_yi", "4.78万亿", "4.78万亿", 4.78e12),
]


@pytest.mark.parametrize("text,phrase,value", [c[1:] for c in NUMBERS], ids=[c[0] for c in NUMBERS])
def test_numbers(lex: Lexicon, text: str, phrase: str, value: float) -> None:
    """Plain numbers in digits, words, scales, suffixes, Indian and Chinese numerals."""
    m = one(text, lex, phrase)
    assert m.kind == Kind.NUMBER
    assert m.low == pytest.approx(value) and m.high == pytest.approx(value)


PERCENTS = [
    ("decimal_percent", "The model scored 88.9% on the benchmark.", "88.9%", 88.9, 88.9, E),
    ("trailing_plus", "Gross margins are 50%+.", "50%+", 50.0, None, LB),
    ("percent_word", "a 20 percent rise", "20 percent", 20.0, 20.0, E),
    ("over_percent", "over 60% of these contracts", "over 60%", 60.0, None, LB),
    ("zh_baifenzhi", "上升了百分之五十", "百分之五十", 50.0, 50.0, E),
    ("zh_cheng", "九成", "九成", 90.0, 90.0, E),
    ("zh_discount", "全场75折", "75折", 75.0, 75.0, E),
    ("zh_percentage_points", "上涨12个百分点", "12个百分点", 12.0, 12.0, E),
]


@pytest.mark.parametrize("text,phrase,low,high,qualifier", [c[1:] for c in PERCENTS], ids=[c[0] for c in PERCENTS])
def test_percent(lex: Lexicon, text: str, phrase: str, low: float, high: float | None, qualifier: Qualifier) -> None:
    """Percents are percent points with unit "percent"; Chinese 百分之, 成 and 折 forms included."""
    check(one(text, lex, phrase), Kind.PERCENT, low, high, "percent", qualifier)


MULTIPLIERS = [
    ("x_suffix", "Inference is now 25x faster.", "25x faster", 25.0, "faster"),
    ("comparative_kept", "The new model is 70x cheaper than its predecessor.", "70x cheaper", 70.0, "cheaper"),
    ("a_full_double", "a full double of last year's 80 billion", "a full double", 2.0, None),
    ("four_fold", "a four-fold increase", "four-fold", 4.0, None),
    ("times", "revenue increased by 5 times year-on-year", "5 times", 5.0, None),
    ("times_the", "the new site is three times the size of the old one", "three times", 3.0, None),
]

OCCURRENCES = [
    ("after_a_verb", "The suspect was shot eleven times near the station.", "eleven times", 11.0),
    ("before_for", "She ran the ball 31 times for 140 yards.", "31 times", 31.0),
    ("over_a_period", "The panel met 25 times over three months.", "25 times", 25.0),
]


@pytest.mark.parametrize("text,phrase,value", [c[1:] for c in OCCURRENCES], ids=[c[0] for c in OCCURRENCES])
def test_times_that_count_occurrences_are_counts(lex: Lexicon, text: str, phrase: str, value: float) -> None:
    """"shot eleven times" says how often, not how many times larger: a count, which no ratio rule checks."""
    m = one(text, lex, phrase)
    assert m.kind == Kind.NUMBER and m.low == value and m.unit is None


BOUNDED_MULTIPLIER_WORDS = [
    ("more_than_doubled", "Cases more than doubled in a week, from 270 to 655.", "more than doubled", LB),
    ("doubled", "Cases doubled in a week, from 270 to 540.", "doubled", E),
]


@pytest.mark.parametrize("text,phrase,qualifier", [c[1:] for c in BOUNDED_MULTIPLIER_WORDS], ids=[c[0] for c in BOUNDED_MULTIPLIER_WORDS])
def test_a_bound_before_a_multiplier_word_bounds_it(lex: Lexicon, text: str, phrase: str, qualifier: Qualifier) -> None:
    """"more than doubled" is at least twice: read as exactly twice, the ratio rule flags "270 to 655"."""
    m = one(text, lex, phrase)
    assert m.kind == Kind.MULTIPLIER and m.low == 2.0 and m.qualifier == qualifier


@pytest.mark.parametrize("text,phrase,value,comparative", [c[1:] for c in MULTIPLIERS], ids=[c[0] for c in MULTIPLIERS])
def test_multipliers(lex: Lexicon, text: str, phrase: str, value: float, comparative: str | None) -> None:
    """Multipliers get unit "x"; a comparative after them is kept in detail."""
    m = one(text, lex, phrase)
    check(m, Kind.MULTIPLIER, value, value, "x", E)
    assert m.detail.get("comparative") == comparative


PARAMETERS = [
    ("dense_marker", "The flagship is a 130B dense model.", "130B dense", 130e9, 130e9, E, {}),
    ("total_before_active", "The model has 321B (38B active) parameters.", "321B", 321e9, 321e9, E, {}),
    ("active_in_parentheses", "The model has 321B (38B active) parameters.", "38B active", 38e9, 38e9, E, {"active": "true"}),
    ("lower_bound_moe", "The lab trained a 1T+ MoE model.", "1T+ MoE", 1e12, None, LB, {}),
    ("parameters_word", "compared to ChatGPT-3.5 with 100 billion parameters", "100 billion parameters", 100e9, 100e9, E, {}),
    ("trillion_parameter_adjective", "a trillion-parameter model", "a trillion-parameter", 1e12, 1e12, E, {}),
    ("params_abbreviation", "video model (30B params)", "30B params", 30e9, 30e9, E, {}),
]


@pytest.mark.parametrize("text,phrase,low,high,qualifier,detail", [c[1:] for c in PARAMETERS], ids=[c[0] for c in PARAMETERS])
def test_parameters(lex: Lexicon, text: str, phrase: str, low: float, high: float | None, qualifier: Qualifier, detail: dict) -> None:
    """AI model sizes are parameter counts (unit "params"), never bytes."""
    m = one(text, lex, phrase)
    check(m, Kind.PARAMETERS, low, high, "params", qualifier)
    for k, v in detail.items():
        assert m.detail.get(k) == v


MEASURES = [
    ("years", "a career spanning 16 years with", "16 years", Kind.DURATION, 16.0, 16.0, "year", E),
    ("hyphenated_year", "Jiang Daxin's 16-Year Microsoft Legacy", "16-Year", Kind.DURATION, 16.0, 16.0, "year", E),
    ("months_lower_bound", "StepFun has 48+ months of runway", "48+ months", Kind.DURATION, 48.0, None, "month", LB),
    ("range_years", "acquisition within 2-3 years", "2-3 years", Kind.DURATION, 2.0, 3.0, "year", R),
    ("half_a_year", "suspended for half a year", "half a year", Kind.DURATION, 0.5, 0.5, "year", E),
    ("kilometres", "at 1,500,000 kilometres from Earth", "1,500,000 kilometres", Kind.QUANTITY, 1.5e6, 1.5e6, "kilometre", E),
    ("hyphen_to_range", "an 8- to 16-metre telescope", "8- to 16-metre", Kind.QUANTITY, 8.0, 16.0, "metre", R),
    ("between_and", "between 44 and 50 mg", "between 44 and 50 mg", Kind.QUANTITY, 44.0, 50.0, "milligram", R),
]


@pytest.mark.parametrize("text,phrase,kind,low,high,unit,qualifier", [c[1:] for c in MEASURES], ids=[c[0] for c in MEASURES])
def test_measures(lex: Lexicon, text: str, phrase: str, kind: Kind, low: float, high: float | None, unit: str, qualifier: Qualifier) -> None:
    """Durations and other quantities carry lower-case British unit names."""
    check(one(text, lex, phrase), kind, low, high, unit, qualifier)


def test_two_values_sharing_a_unit_are_not_a_range(lex: Lexicon) -> None:
    """"5 and 6 kg" is two values of 5 kg and 6 kg, never the range 5..6."""
    found = find_mentions("They were given 5 and 6 kg.", lex)
    assert [(m.text, m.low, m.high, m.unit, m.qualifier) for m in found] == [
        ("5", 5.0, 5.0, "kilogram", E),
        ("6 kg", 6.0, 6.0, "kilogram", E),
    ]


RANGES_AND_BOUNDS = [
    ("between_words", "The number is between 20 and 30.", "between 20 and 30", 20, 30, R),
    ("up_to", "cut up to 700 contract workers", "up to 700 contract workers", None, 700, UB),
    ("no_fewer_than", "no fewer than 40 firms", "no fewer than 40 firms", 40, None, LB),
    ("about", "about 25 cities", "about 25 cities", 25, 25, A),
    ("paired_bounds", "There're at most 100 and at least 20 apples.", "at most 100 and at least 20 apples", 20, 100, R),
    ("inconsistent_bounds_stay_apart", "More than 40 and less than 10 are two ranges", "More than 40", 40, None, LB),
    ("potential_total", "Add-ons could take the potential total to £58m.", "potential total to £58m", None, 58e6, UB),
]


@pytest.mark.parametrize("text,phrase,low,high,qualifier", [c[1:] for c in RANGES_AND_BOUNDS], ids=[c[0] for c in RANGES_AND_BOUNDS])
def test_ranges_and_bounds(lex: Lexicon, text: str, phrase: str, low: float | None, high: float | None, qualifier: Qualifier) -> None:
    """Bounds set one end of the interval and leave the other open; ranges set both."""
    m = one(text, lex, phrase)
    assert m.qualifier == qualifier
    assert (m.low, m.high) == (low, high)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Funding has grown since it was founded in 2021 to $148 million.", [("2021", None), ("$148 million", 148e6)]),
        ("The model was trained on 14.8 trillion tokens.", [("14.8 trillion tokens", 14.8e12)]),
        ("Estimates run from 20 to 30 million people.", [("from 20 to 30 million people", 20e6)]),
    ],
    ids=["a year cannot borrow a later amount's millions", "a decimal before a scale word is no day and month",
         "a first end borrows the scale"],
)
def test_a_number_next_to_a_scaled_one_keeps_its_own_reading(lex: Lexicon, text: str, expected) -> None:
    """"in 2021 to $148 million" was read as the range 2,021 to 148 million dollars, which then agreed with
    every funding round; "14.8 trillion tokens" was 14 August."""
    assert [(m.text, m.low) for m in find_mentions(text, lex)] == expected


def test_change_from_to_is_not_a_range(lex: Lexicon) -> None:
    """"rose from 11,000 to 18,000 customers" gives two values, not a range."""
    found = find_mentions("Customers rose from 11,000 to 18,000 customers.", lex)
    assert [m.qualifier for m in found] == [E, E]
    assert [m.low for m in found] == [11000.0, 18000.0]


TOLERANCES = [
    ("decimal_scale", "$1.4B", "$1.4B", 0.05e9),
    ("integer_years", "16 years", "16 years", 0.5),
    ("two_decimals_million", "41.64 million", "41.64 million", 0.005e6),
    ("full_integer_trailing_zeros", "925,000 people", "925,000 people", 500.0),
]


@pytest.mark.parametrize("text,phrase,tolerance", [c[1:] for c in TOLERANCES], ids=[c[0] for c in TOLERANCES])
def test_tolerance_from_digits(lex: Lexicon, text: str, phrase: str, tolerance: float) -> None:
    """Tolerance is half a unit of the last significant digit written."""
    assert one(text, lex, phrase).tolerance == pytest.approx(tolerance)


DATES = [
    ("month_year", "The company was founded in April 2023.", "April 2023", Kind.DATE, date(2023, 4, 1), date(2023, 5, 1)),
    ("abbrev_month_year", "The model was released in Mar 2024.", "Mar 2024", Kind.DATE, date(2024, 3, 1), date(2024, 4, 1)),
    ("full_date", "The deal closed on March 23, 2024.", "March 23, 2024", Kind.DATE, date(2024, 3, 23), date(2024, 3, 24)),
    ("numeric_dateline", "06/27 2025 535", "06/27 2025", Kind.DATE, date(2025, 6, 27), date(2025, 6, 28)),
    ("bare_year", "Release | 2024 |", "2024", Kind.DATE, date(2024, 1, 1), date(2025, 1, 1)),
    ("half_year", "Launch is planned for H2 2024.", "H2 2024", Kind.DATE, date(2024, 7, 1), date(2025, 1, 1)),
    ("quarter", "results for Q1 2025 were weak", "Q1 2025", Kind.DATE, date(2025, 1, 1), date(2025, 4, 1)),
    ("early_year_first_third", "backing by early 2023", "by early 2023", Kind.PERIOD, None, date(2023, 5, 1)),
    ("early_year", "in early 2023 the firm", "early 2023", Kind.PERIOD, date(2023, 1, 1), date(2023, 5, 1)),
    ("year_range_both_years", "Original Positioning (2023-2024):", "2023-2024", Kind.PERIOD, date(2023, 1, 1), date(2025, 1, 1)),
    ("since_open_end", "Since 2024, at least 23 executives", "Since 2024", Kind.PERIOD, date(2024, 1, 1), None),
    ("before_open_start", "It was founded before 2018.", "before 2018", Kind.PERIOD, None, date(2018, 1, 1)),
    ("by_the_year_naming_a_thing", "Farms were flooded by the 2019 storm.", "2019", Kind.DATE, date(2019, 1, 1), date(2020, 1, 1)),
    ("by_the_end_of_is_a_bound", "It opens by the end of 2027.", "by the end of 2027", Kind.PERIOD, None, date(2028, 1, 1)),
    ("to_the_present_uses_published", "left from 2024 to the present.", "from 2024 to the present", Kind.PERIOD, date(2024, 1, 1), PUB),
    ("end_of_month", "As of the end of February 2025, users", "the end of February 2025", Kind.PERIOD, date(2025, 2, 16), date(2025, 3, 1)),
]


@pytest.mark.parametrize("text,phrase,kind,start,end", [c[1:] for c in DATES], ids=[c[0] for c in DATES])
def test_absolute_dates(lex: Lexicon, text: str, phrase: str, kind: Kind, start: date | None, end: date | None) -> None:
    """Absolute dates and periods as half-open [start, end); open ends are None."""
    m = one(text, lex, phrase)
    assert m.kind == kind
    assert (m.date_start, m.date_end) == (start, end)
    assert m.relative is False


def test_relative_dates_resolve_against_earlier_text_date(lex: Lexicon) -> None:
    """"By July 2023 ... Less than two months later ... By November" anchor on July 2023."""
    text = (
        "By July 2023, the team commenced training for their modelsLess than two months later, they unveiled "
        "Step-1 with 100 billion parametersBy November, Step-1V was also completed."
    )
    later = one(text, lex, "Less than two months later")
    assert (later.date_start, later.date_end) == (date(2023, 7, 1), date(2023, 10, 1))
    assert later.relative and later.anchor == "text" and later.resolved
    by_nov = one(text, lex, "By November")
    assert (by_nov.date_start, by_nov.date_end) == (None, date(2023, 12, 1))
    assert by_nov.anchor == "text"


RELATIVE_PUBLISHED = [
    ("first_half_of_the_year", "Revenue doubled in the first half of the year.", "the first half of the year", date(2025, 1, 1), date(2025, 7, 1)),
    ("last_year", "Compared with last year, funding fell.", "last year", date(2024, 1, 1), date(2025, 1, 1)),
    ("this_year", "This year, DeepSeek rose.", "This year", date(2025, 1, 1), date(2026, 1, 1)),
    ("in_june", "In June, the whispers began.", "June", date(2025, 6, 1), date(2025, 7, 1)),
    ("two_months_ago", "It happened two months ago.", "two months ago", date(2025, 4, 14), date(2025, 4, 15)),
]


@pytest.mark.parametrize("text,phrase,start,end", [c[1:] for c in RELATIVE_PUBLISHED], ids=[c[0] for c in RELATIVE_PUBLISHED])
def test_relative_dates_fall_back_to_published(lex: Lexicon, text: str, phrase: str, start: date, end: date) -> None:
    """Without an earlier date in the text, relative dates use the published date."""
    m = one(text, lex, phrase)
    assert (m.date_start, m.date_end) == (start, end)
    assert m.relative and m.anchor == "published" and m.resolved


def test_relative_date_without_any_anchor_is_marked_unresolved(lex: Lexicon) -> None:
    """No earlier date and no published date: resolved=False and no guessed dates."""
    m = one("Last year, funding fell.", lex, "Last year", published=None)
    assert m.relative and not m.resolved
    assert (m.date_start, m.date_end, m.anchor) == (None, None, None)


NOT_NUMBERS = [
    ("hyphenated_model_name", "they unveiled Step-1, a large model", "1"),
    ("model_name_with_letter", "Competitive with GPT-4o today", "4"),
    ("version_after_name", "better than ChatGPT-3.5 in tests", "3.5"),
    ("company_with_digit", "investors such as 5Y Capital joined", "5"),
    ("domain_name", "58.com's layoffs", "58"),
    ("dotted_company", "Excluding 01.AI, which is out", "01"),
    ("glued_version", "the Qwen2.5 ecosystem", "2.5"),
    ("letter_digit", "DeepSeek R1 pushed it", "1"),
    ("product_name", "projects on Microsoft Azure, and Microsoft 365.", "365"),
    ("rank", "HealthBench #1 globally", "1"),
    ("list_marker", "Intro\n1. **Scaling Reinforcement Learning**", "1"),
    ("heading_number", "### 1.2 Competitive Differentiation Matrix", "1.2"),
]


@pytest.mark.parametrize("text,digits", [c[1:] for c in NOT_NUMBERS], ids=[c[0] for c in NOT_NUMBERS])
def test_numbers_inside_names_are_not_mentions(lex: Lexicon, text: str, digits: str) -> None:
    """Digits that belong to names, ranks, list markers and headings give no mention."""
    found = find_mentions(text, lex)
    assert not [m for m in found if digits in m.text], [m.text for m in found]


REPAIRS = [
    ("curly_quotes_around_count", "the \u201cFive Little Tigers\u201d in the industry", "Five Little Tigers"),
    ("non_breaking_hyphen_range", "valuations of $2\u20113 billion", "$2\u20113 billion"),
    ("en_dash_range", "150\u2013200 employees", "150\u2013200 employees"),
    ("fullwidth_percent", "增长８８．９％", "８８．９％"),
]


@pytest.mark.parametrize("text,phrase", [c[1:] for c in REPAIRS], ids=[c[0] for c in REPAIRS])
def test_scraped_characters_are_read_and_spans_kept(lex: Lexicon, text: str, phrase: str) -> None:
    """Curly quotes, U+2011, dashes and full-width forms are read as plain ones; spans index the original."""
    m = one(text, lex, phrase)
    assert text[m.start : m.end] == m.text == phrase


def test_mentions_are_sorted_non_overlapping_and_exact(lex: Lexicon) -> None:
    """Spans are sorted by start, never overlap, and equal the source text."""
    text = "In April 2023, StepFun raised $2-3 billion; 11 models, 88.9% share, 25x faster, since 2024."
    found = find_mentions(text, lex, published=PUB)
    assert [m.start for m in found] == sorted(m.start for m in found)
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start
    for m in found:
        assert text[m.start : m.end] == m.text
    assert [m.kind for m in found] == [Kind.DATE, Kind.MONEY, Kind.NUMBER, Kind.PERCENT, Kind.MULTIPLIER, Kind.PERIOD]


YEAR_LABELS = [
    ("before_a_name", "Who will host the 2014 Oscars?", "2014", Kind.DATE),
    ("after_the", "It was the 2008 season that changed him.", "2008", Kind.DATE),
    ("a_count", "About 2000 people marched downtown.", "About 2000 people", Kind.NUMBER),
]


@pytest.mark.parametrize("text,phrase,kind", [c[1:] for c in YEAR_LABELS], ids=[c[0] for c in YEAR_LABELS])
def test_a_year_that_names_what_follows_is_a_date(lex: Lexicon, text: str, phrase: str, kind: Kind) -> None:
    """"the 2014 Oscars" is that year's ceremony, not a count of 2,014 of them."""
    assert one(text, lex, phrase).kind == kind


HYPHENED_MEASURES = [
    ("magnitude", "A magnitude-5.2 quake shook the island.", "5.2", 5.2),
    ("minus", "Crews worked in minus-20 degree cold.", "minus-20 degree", -20.0),
]


@pytest.mark.parametrize("text,phrase,value", [c[1:] for c in HYPHENED_MEASURES], ids=[c[0] for c in HYPHENED_MEASURES])
def test_a_measure_word_hyphened_to_its_figure_is_no_identifier(lex: Lexicon, text: str, phrase: str, value: float) -> None:
    """"magnitude-5.2" and "minus-20" are figures, unlike "Step-2"; the minus keeps its sign."""
    assert one(text, lex, phrase).low == value
