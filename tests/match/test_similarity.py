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
