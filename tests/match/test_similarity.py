"""match.similarity: how much a subject on both sides adds to the confidence that two figures are one fact."""

from __future__ import annotations

import pytest

from factcheck.match.similarity import NAMED_BONUS, align_pair, similarity
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
