"""match.similarity: how much a subject on both sides adds to the confidence that two figures are one fact."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from factcheck.match.similarity import CONFLICT_CONFIDENCE, LEAD_STORY, NAMED_BONUS, align_pair, similarity
from factcheck.match.story import DAY_STORY, DIFFERENT_STORIES, StoryIndex
from factcheck.models import Claim, ClaimFrame, Kind, Value
from factcheck.values.words import stem


def aged(doc: str, entity: str, years: float, sentence: str) -> Claim:
    return Claim(
        id=f"{doc}-1", document=doc, start=0, end=2, line=1, column=1, text="x", sentence=sentence, kind=Kind.NUMBER,
        attribute="age", entity=entity, value=Value(low=years, high=years, unit="year"),
        frame=ClaimFrame(terms=tuple(stem(w) for w in sentence.split()), quantity="age", quantity_how="age"),
    )


@pytest.mark.parametrize(
    "entity, story, other_doc, bonus",
    [
        ("Tom Reed", 0.0, "b", True),
        ("张伟", 0.0, "b", True),
        ("bartender", 0.0, "b", False),
        ("bartender", 1.0, "b", True),
        ("bartender", 0.0, "a", True),
    ],
    ids=["a name is one person anywhere", "a name in a script without capitals", "a description in two stories is two people",
         "a description in one story", "a description in one article"],
)
def test_a_shared_subject_adds_confidence_only_when_it_is_one_person(entity, story, other_doc, bonus):
    """"a 30-year-old bartender" and "a 23-year-old bartender" in two unrelated articles are two people."""
    a = aged("a", entity, 30, "served drinks at two bars in the harbour district")
    b = aged(other_doc, entity, 23, "served drinks at a bar in the harbour district").model_copy(update={"id": "b-2", "start": 50})
    link = align_pair(a, b, story)
    assert link is not None
    base = similarity(a, b) + 0.15  # both name their quantity in their own words
    assert (link.confidence >= min(1.0, base + NAMED_BONUS) - 1e-9) is bonus


def test_a_day_needs_more_of_one_story_than_an_amount():
    """Two articles of one topic share its rare words and name many days: a day of an open event is compared
    only between articles closer than DAY_STORY, an amount already above DIFFERENT_STORIES."""
    words = "outbreak velmora quarantine ferries harbour clinics vaccine trial hospital nurses masks"
    other = "outbreak velmora senate vote stimulus bill markets tumbled traders banks loans"
    index = StoryIndex([aged("a", "x", 1, words), aged("b", "x", 1, other)])
    assert DIFFERENT_STORIES <= index.similarity("a", "b") < DAY_STORY
    assert not index.different_stories("a", "b")
    assert index.different_stories("a", "b", DAY_STORY)


def seats(doc: str, i: int, entity: str | None, value: float, sole: bool = True) -> Claim:
    sentence = "the party secured seats in parliament after the count"
    return Claim(
        id=f"{doc}-{i}", document=doc, start=i * 10, end=i * 10 + 2, line=1, column=1, text="x", sentence=sentence,
        kind=Kind.NUMBER, attribute="seats", entity=entity, value=Value(low=value, high=value),
        frame=ClaimFrame(terms=tuple(stem(w) for w in sentence.split()), quantity="seats", quantity_how="figure's own words", sole=sole),
    )


@pytest.mark.parametrize(
    "b_claims, sole, same",
    [
        ([seats("b", 0, None, 139), seats("b", 1, "Harbour League", 22e6), seats("b", 2, "Harbour League", 4)], True, True),
        ([seats("b", 0, None, 139), seats("b", 1, "Harbour League", 22e6)], True, False),
        ([seats("b", 0, None, 139), seats("b", 1, "Harbour League", 2), seats("b", 2, "Harbour League", 4)], False, False),
        ([seats("b", 0, None, 139), seats("b", 1, "Kestrel Party", 2), seats("b", 2, "Kestrel Party", 4)], True, False),
    ],
    ids=["the other article is mainly about the named subject", "one mention is no main subject",
         "one of several values", "another name leads the other article"],
)
def test_an_unnamed_figure_takes_the_main_subject_of_its_article(b_claims, sole, same):
    """"The party secured 139 seats" in an article whose figures are mostly the Harbour League's (the name in
    its headline) is the League's, against "the Harbour League won 143 seats" elsewhere; not where the article
    is about no name in particular, another name, or gives several seat counts."""
    a = seats("a", 0, "Harbour League", 143)
    b = b_claims[0].model_copy(update={"frame": b_claims[0].frame.model_copy(update={"sole": sole})})
    index = StoryIndex([a, b, *b_claims[1:]])
    link = align_pair(a, b, 0.0, None, lambda: index.about_named(a, b))
    assert (link is not None and any("mainly about it" in r for r in link.reasons)) is same


def announced(doc: str, day: date, relative: str | None, reported: date | None) -> Claim:
    sentence = "the cable operator announced that service was restored on alternate routes"
    return Claim(
        id=f"{doc}-1", document=doc, start=0, end=2, line=1, column=1, text="x", sentence=sentence, kind=Kind.DATE,
        attribute="date_of_announcement", value=Value(start=day, end=day + timedelta(days=1)),
        frame=ClaimFrame(terms=tuple(stem(w) for w in sentence.split()), near=("announc", "restor"), quantity="date_of_announcement",
                         quantity_how="event word", relative_date=relative, reported=reported),
    )


@pytest.mark.parametrize(
    "a_day, a_how, a_reported, b_day, b_how, b_reported, aligned",
    [
        (date(2024, 5, 3), "writer's day", date(2024, 5, 3), date(2024, 5, 9), "writer's day", date(2024, 5, 9), False),
        (date(2024, 5, 3), "writer's day", date(2024, 5, 3), date(2024, 5, 3), "writer's day", date(2024, 5, 4), True),
        (date(2024, 5, 3), "writer's day", date(2024, 5, 3), date(2024, 5, 9), None, None, True),
        (date(2024, 5, 3), "published", date(2024, 5, 3), date(2024, 5, 9), "published", date(2024, 5, 9), True),
    ],
    ids=["'today' in two reports a week apart: two moments", "'today' and 'yesterday' naming one day agree",
         "a day counted from the writer's day against a stated date", "weekdays counted from two reports' days"],
)
def test_days_counted_from_two_reports_days_are_two_moments(a_day, a_how, a_reported, b_day, b_how, b_reported, aligned):
    """"Seacom announced today" in reports of 3 May and of 9 May tells two announcements, not one told with two days."""
    a = announced("a", a_day, a_how, a_reported)
    b = announced("b", b_day, b_how, b_reported)
    assert (align_pair(a, b, 1.0) is not None) is aligned


@pytest.mark.parametrize(
    "story, a_reported, b_reported, lead",
    [
        (LEAD_STORY, None, None, True),
        (LEAD_STORY - 0.1, None, None, False),
        (0.0, date(2024, 5, 3), date(2024, 5, 4), True),
        (1.0, date(2024, 5, 3), date(2024, 5, 9), False),
    ],
    ids=["undated reports of one story", "undated reports too unlike", "reports a day apart", "reports a week apart"],
)
def test_first_figures_count_as_one_fact_only_in_reports_of_one_moment(story, a_reported, b_reported, lead):
    """Each article's first day of the death is most likely one fact where the two reports tell one moment."""
    a = announced("a", date(2024, 5, 2), None, a_reported)
    b = announced("b", date(2024, 5, 2), None, b_reported)
    a, b = (c.model_copy(update={"frame": c.frame.model_copy(update={"lead": True, "sole": False})}) for c in (a, b))
    link = align_pair(a, b, story)
    assert link is not None
    assert any("gives first" in r for r in link.reasons) is lead


def sold(doc: str, sentence: str, value: float, sole: bool | None, lead: bool | None) -> Claim:
    return Claim(
        id=f"{doc}-1", document=doc, start=0, end=2, line=1, column=1, text="x", sentence=sentence, kind=Kind.NUMBER,
        attribute="tickets_sold", value=Value(low=value, high=value),
        frame=ClaimFrame(terms=tuple(stem(w) for w in sentence.split()), quantity="tickets_sold", quantity_how="counted noun",
                         sole=sole, lead=lead),
    )


def crews(doc: str, low: float, reported: date | None, sole: bool | None, lone_bound: bool | None) -> Claim:
    sentence = "crews from three counties were assigned to the blaze near the ridge"
    return Claim(
        id=f"{doc}-1", document=doc, start=0, end=2, line=1, column=1, text="x", sentence=sentence, kind=Kind.NUMBER,
        attribute="firefighters", value=Value(low=low, high=None if lone_bound else low),
        frame=ClaimFrame(terms=tuple(stem(w) for w in sentence.split()), near=("crew", "assign"), quantity="firefighters",
                         quantity_how="counted noun", reported=reported, sole=sole, lone_bound=lone_bound),
    )


@pytest.mark.parametrize(
    "b_sole, b_lead, differ, story, sure",
    [
        (True, True, True, 1.0, True),
        (False, True, True, 1.0, True),
        (False, False, True, 1.0, False),
        (True, True, False, 1.0, False),
        (True, True, True, 0.0, False),
    ],
    ids=["each its article's only value", "the other article's first of several", "a later value of several",
         "two articles of one language sharing few words", "two languages but no shared names"],
)
def test_main_figures_of_articles_in_two_languages_stand_in_for_words(b_sole, b_lead, differ, story, sure):
    """"Veldmark sold 2.2 million tickets" and "2,1 miljoen kaartjes verkocht" share no words: where the names say
    one story and each is its article's main value, the story stands in for them, sure enough for a conflict; a
    later value (the previous tour's) does not get it."""
    a = sold("a", "the Veldmark tour sold 2.2 million tickets across forty shows", 2.2e6, True, True)
    b = sold("b", "voor de veertig concerten van Veldmark werden 2,1 miljoen kaartjes verkocht", 2.1e6, b_sole, b_lead)
    link = align_pair(a, b, story, None, lambda: False, lambda: differ)
    assert (link is not None and link.confidence >= CONFLICT_CONFIDENCE) is sure


@pytest.mark.parametrize(
    "a_reported, b_reported, counted",
    [
        (date(2024, 8, 5), date(2024, 8, 5), True),
        (date(2024, 8, 5), date(2024, 8, 12), False),
        (None, None, False),
    ],
    ids=["reports of one day", "reports a week apart", "undated reports"],
)
def test_a_lone_bound_counts_as_its_articles_value_only_in_reports_of_one_moment(a_reported, b_reported, counted):
    """"Some 2,600 firefighters" and "more than 3,000" in two reports of one day are each article's word on one
    fact; a week apart, or undated, the bound may count over another time."""
    a = crews("a", 2600, a_reported, True, None)
    b = crews("b", 3000, b_reported, None, True)
    link = align_pair(a, b, 0.0)
    assert link is not None
    assert any("only firefighters figure" in r for r in link.reasons) is counted
