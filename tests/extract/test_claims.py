"""extract.claims: each figure gets the entity it is about, what it measures and when it holds.

One row per behaviour: (article text, the figure as written, expected entity, expected attribute,
expected time scope as "start..end" or None). Entities are checked after normalization, as
they appear in the report.
"""

from __future__ import annotations

import pytest

from factcheck.api import scan_texts

CASES = [
    # --- subjects
    ("clause subject", "Acme is valued at $2 billion.", "$2 billion", "Acme", "valuation", None),
    ("subject after a participle", "Founded in 2016 by engineer Maria Lopez, Voltara has raised $1.5 billion from investors.",
     "2016", "Voltara", "founding_date", None),
    ("comparison is not the subject", "Rocket-7 is better compared to ChatGPT-3.5 with 100 billion parameters.", "100 billion parameters",
     "Rocket-7", "parameter_count", None),
    ("respectively pairs names and figures",
     "Doubao and Tencent Yuanbao had 116 million and 41.64 million monthly active users, respectively.",
     "41.64 million monthly active users", "Tencent Yuanbao", "monthly_active_users", None),
    ("possessor modifies the next name",
     "DeepSeek, Doubao from Bytedance, and Tencent's Yuebao had 194 million, 116 million, and 41.64 million monthly active users, respectively.",
     "41.64 million monthly active users", "Tencent Yuanbao", "monthly_active_users", None),
    ("a data source is not the subject", "QuestMobile data shows that Kimi has 18.2 million monthly active users.",
     "18.2 million monthly active users", "Moonshot AI", "monthly_active_users", None),
    ("a speaker is not the subject", "Voltara is growing.\n\nLopez said Voltara employs 3,500 people.", "3,500 people",
     "Voltara", "employees", None),
    ("a place is not the subject", "Voltara sold 30,000 cars in the United States.", "30,000 cars", "Voltara", "deliveries", None),
    ("a place marker never reaches into the sentence before",
     "Its sedan is sold in 14 countries.\n\nVoltara sold 11,200 vehicles in 2024.", "11,200 vehicles", "Voltara", "deliveries", None),
    ("a place after a figure word", "Riverton United play at the 62,500-seat Harbour Park and have won 20 league titles.",
     "20 league titles", "Riverton United", "titl", None),
    ("membership is not the subject", 'Zhizhu AI, one of the "Little Tigers," secured a 3 billion RMB funding round.',
     "3 billion RMB", "Zhizhu AI", "funding_round", None),
    ("the company is the article's organisation",
     "Voltara delivered 48,000 vehicles.\n\nMaria Lopez spoke.\n\nThe company now employs about 3,500 people.",
     "about 3,500 people", "Voltara", "employees", None),
    ("a year between 'the' and 'company' dates the article's organisation",
     "Voltara delivered 48,000 vehicles.\n\nMaria Lopez spoke.\n\nThe 2019-founded company now employs 3,500 people.",
     "2019", "Voltara", "founding_date", None),
    ("a year and a participle between 'the' and 'company'",
     "Voltara delivered 48,000 vehicles.\n\nMaria Lopez spoke.\n\nThe 2019 founded company now employs 3,500 people.",
     "2019", "Voltara", "founding_date", None),
    ("a season between 'the' and another noun is no anaphor",
     "Voltara delivered 48,000 vehicles.\n\nMaria Lopez spoke.\n\nIn the 2019 season the company founded a team.",
     "2019", None, None, None),
    ("a division counts for its parent", "Alibaba Cloud plans to invest over 380 billion yuan in AI infrastructure.",
     "over 380 billion yuan", "Alibaba", "planned_investment", None),
    ("a glued sentence ends the previous subject", "Kimi is growing rapidlyThe company Acme was valued at $2 billion.",
     "$2 billion", "Acme", "valuation", None),
    ("a headline's words are not part of the name",
     "Voltara Posts Record Year\n\nVoltara is valued at $12 billion.", "$12 billion", "Voltara", "valuation", None),
    # --- attributes
    ("counted noun decides", "Acme released 11 models last year.", "11 models", "Acme", "models_released", None),
    ("nearest specific cue wins", "Zhipu's cumulative financing amount was close to 7 billion yuan.",
     "close to 7 billion yuan", "Zhipu AI", "total_funding", None),
    ("specific cue refines a generic one", "Acme will invest 13.2 billion yuan in research and development.",
     "13.2 billion yuan", "Acme", "rd_spending", None),
    ("unknown counted noun makes its own attribute", "Acme owns 14 vineyards.", "14 vineyards", "Acme", "vineyard", None),
    ("a count of something else takes no metric cue", "Acme took the top three spots with 5 million monthly active users.",
     "three spots", "Acme", "spot", None),
    ("a cue right before another count is that count's", "Acme hired 40 interns, 12 of them under age 18.",
     "12", "Acme", None, None),
    # --- time scopes
    ("a stated month", "In March 2025, Acme had 194 million monthly active users.", "194 million monthly active users",
     "Acme", "monthly_active_users", "2025-03-01..2025-03-31"),
    ("a window of the entity's own history", "Acme was founded in April 2023.\n\nAcme released 11 models in its first year.",
     "11 models", "Acme", "models_released", "2023-04-01..2024-03-31"),
    ("a date of the figure's own clause, not of the other event's before it",
     "The storm revived memories of the floods that hit Dorrel in 2011, as well as the landslide that killed 40 people "
     "in the remote hill villages of the northern province in 2015.", "40 people", None, "deaths", "2015-01-01..2015-12-31"),
    ("a date after 'by the' that names a thing dates the figure",
     "Some 900 people were killed in the valley by the 2015 landslide.", "Some 900 people", None, "deaths", "2015-01-01..2015-12-31"),
    ("a figure with a fraction is no toll",
     "Darrow province was shaken by a magnitude 6.1 earthquake today, the latest strong tremor to hit the region where "
     "five people were killed at the weekend.", "6.1", "Darrow", "magnitude", None),
    ("a toll is a whole count, in millions too", "Some 1.5 million people died in the famine.", "Some 1.5 million people",
     None, "deaths", None),
    ("lives a figure counts are a toll", "The avalanche claimed 12 lives on the pass.", "12 lives", None, "deaths", None),
    ("people living in tents are no toll", "Thousands of people are living in tents after the quake killed 12.",
     "Thousands of people", None, None, None),
    ("a place home to N people: its population", "Dorrel, home to 167,000 people, is a port.", "167,000 people",
     "Dorrel", "population", None),
    ("a quake's magnitude beside a town's name is no population",
     "A magnitude 6.1 earthquake shook the coastal town of Velmora on Sunday.", "6.1", None, "magnitude", None),
    ("fixed attributes have no period", "In 2025, Rocket-7 has 100 billion parameters.", "100 billion parameters",
     "Rocket-7", "parameter_count", None),
]


@pytest.mark.parametrize("name, text, figure, entity, attribute, scope", CASES, ids=[c[0] for c in CASES])
def test_claim(toolkit, name, text, figure, entity, attribute, scope):
    result = scan_texts({"a.md": text}, toolkit)
    claim = next((c for c in result.claims if c.text == figure), None)
    assert claim is not None, [c.text for c in result.claims]
    assert claim.entity == entity, claim.notes
    assert claim.attribute == attribute, claim.notes
    if scope is not None:
        assert claim.time is not None and f"{claim.time.start}..{claim.time.end}" == scope
    elif attribute in ("parameter_count", "founding_date"):
        assert claim.time is None


@pytest.mark.parametrize(
    "text, figure, role",
    [
        ("Acme built 2,432 stations, of which 804 are on highways.", "804", "part"),
        ("Acme is worth $2 billion (approximately 140 billion RMB).", "approximately 140 billion RMB", "conversion"),
        ("Training cost $5.58M vs industry standard $100M+.", "$100M+", "comparison"),
        ("Azure has 18,000 customers, up from 11,000 in August.", "11,000", "comparison"),
    ],
    ids=["part of a whole", "conversion in parentheses", "figure after vs", "earlier figure after up from"],
)
def test_roles_keep_figures_out_of_plain_comparison(toolkit, text, figure, role):
    claim = next(c for c in scan_texts({"a.md": text}, toolkit).claims if c.text == figure)
    assert claim.frame.role == role


def test_a_part_counts_what_its_whole_counts(toolkit):
    claims = scan_texts({"a.md": "Acme released 22 base models, of which 16 are multi-modal models."}, toolkit).claims
    part = next(c for c in claims if c.text.startswith("16"))
    assert part.attribute == "models_released"


def test_group_named_by_a_number_is_a_member_count_with_its_members(toolkit):
    claims = scan_texts({"a.md": 'The "Four Dragons" — SenseTime, Megvii, CloudWalk, and Yitu — led vision AI.'}, toolkit).claims
    label = next(c for c in claims if c.attribute == "member_count")
    assert label.value.low == 4
    assert label.frame.group is not None
    assert label.frame.group.members == ("SenseTime", "Megvii", "CloudWalk", "Yitu")
    assert label.frame.group.members_complete is True


def test_figures_in_html_comments_are_not_claims(toolkit):
    """A suppression comment's reason ("<!-- factcheck-ignore FC101: 130 billion is old -->") is no claim."""
    text = "<!-- factcheck-ignore FC101: the 130 billion figure is old -->\nRocket-7 has 100 billion parameters.\n"
    assert [c.text for c in scan_texts({"a.md": text}, toolkit).claims] == ["100 billion parameters"]


@pytest.mark.parametrize(
    "text, figure, year",
    [
        ("Published: 2026-05-20\n\nThe League won 38.2% of the vote, up from 33.9% in 2022.", "38.2%", 2026),
        ("Published: 2026-05-20\n\nThe League won 38.2% of the vote, up from 33.9% in 2022.", "33.9%", 2022),
        ("Published: 2026-05-20\n\nThe League won 33.9% in 2022. It took 97 seats.", "97 seats", 2022),
        ("Published: 2026-05-20\n\nThe League was up from 33.9% in 2022. It took 97 seats.", "97 seats", 2026),
        ("Published: 2026-05-20\n\nTurnout reached 64.9%, the highest since 2010.", "64.9%", 2026),
        ("Published: 2026-05-20\n\nRevenue has grown 40% since 2019.", "40%", 2019),
    ],
    ids=["a date after a figure compared with is not the figure's", "it is the compared figure's",
         "a date in the sentence before scopes a figure", "unless it dates a figure compared with",
         "a record since a year", "growth since a year"],
)
def test_a_date_of_a_comparison_or_a_record_does_not_scope_the_figure(toolkit, text, figure, year):
    """"38.2%, up from 33.9% in 2022": 2022 is when the 33.9% held; the 38.2% (this election's) met the
    previous election's figures as if both were of 2022. "The highest since 2010" marks a record."""
    claim = next(c for c in scan_texts({"a.md": text}, toolkit).claims if c.text == figure)
    assert claim.time is not None and claim.time.start.year == year


@pytest.mark.parametrize(
    "text, figure, start, end",
    [
        ("Published: 2026-07-09\n\nThe blaze has killed 6 people since it broke out on Saturday.", "6 people", "2026-07-04", "2026-07-09"),
        ("Published: 2026-07-09\n\nThe blaze killed 6 people on Saturday.", "6 people", "2026-07-04", "2026-07-04"),
        ("Published: 2026-07-09\n\nNo blaze has come this close to the town since the 2019 Amber Ridge fire, which killed 9 people.", "9 people", "2019-01-01", None),
        ("Veröffentlicht: 2026-07-09\n\nDas Feuer hat 6 Menschen getötet, seit es am Samstag ausgebrochen ist.", "6", "2026-07-04", "2026-07-09"),
    ],
    ids=["a tally since a day of the report's week", "a day alone dates the figure",
         "a year opens no tally", "'seit' in German, from the vocabulary"],
)
def test_a_figure_tallied_since_a_day_holds_until_its_report(toolkit, text, figure, start, end):
    """"Has killed 6 people since it broke out on Saturday": six by the day of the report, not on Saturday (which
    set it apart from another outlet's toll of that day, as if counted on another day)."""
    claim = next(c for c in scan_texts({"a.md": text}, toolkit).claims if c.text == figure)
    assert claim.time is not None
    assert (str(claim.time.start), str(claim.time.end) if claim.time.end else None) == (start, end)


@pytest.mark.parametrize(
    "text, figure, attribute",
    [
        ("Published: 2026-07-09\n\nThe fire, which broke out on July 4 near Dorran, has burned 900 acres.", "July 4", "date_of_start"),
        ("Published: 2026-07-09\n\nThe blaze started on the afternoon of Friday, July 3, near a bend on Dorran Road, according to a "
         "timeline released by the county.", "Friday, July 3", "date_of_start"),
        ("Published: 2026-07-09\n\nThe county released the timeline on July 8.", "July 8", "date_of_release"),
    ],
    ids=["a two-word event before the date, an amount after it", "a cue in the source's words after 'according to'",
         "the cue of the clause itself"],
)
def test_a_date_dates_its_own_event_word(toolkit, text, figure, attribute):
    """"Which broke out on July 4, has burned 900 acres": July 4 is the day it started, not when the 900 acres held;
    "according to a timeline released by the county" says where the date comes from, not that it was released."""
    claim = next(c for c in scan_texts({"a.md": text}, toolkit).claims if c.text == figure)
    assert claim.attribute == attribute
