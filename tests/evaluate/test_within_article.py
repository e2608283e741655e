"""One article telling two figures of one name and attribute: when that is the article contradicting itself.

Real articles name many days and give figures of other people beside a name; only the same thing told twice
in like words is a self-contradiction (FC102)."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.evaluate.context import EvalContext
from factcheck.evaluate.types.consistency import ConsistencyRule, judge_pair
from factcheck.knowledge import builtin_rules_dir, load_knowledge
from factcheck.models import Claim, ClaimFrame, Kind, MatchResult, Value
from factcheck.values.words import stem

KNOWLEDGE = load_knowledge([builtin_rules_dir()])
RULE = ConsistencyRule(code="FC102", name="self-contradiction", type="consistency", scope="within", message="m", severity="warning")


def claim(
    i: int, sentence: str, value: Value, kind: Kind, attribute: str, quantity_how: str | None = None, entity: str = "Tom Reed"
) -> Claim:
    """A claim of a.md about Tom Reed (or `entity`); a known attribute read from a cue word has no quantity of its own."""
    return Claim(
        id=f"c{i}", document="a.md", start=i * 100, end=i * 100 + 2, line=i, column=1, text="x", sentence=sentence,
        kind=kind, attribute=attribute, entity=entity, value=value,
        frame=ClaimFrame(
            terms=tuple(stem(w) for w in sentence.lower().split()),
            quantity=attribute if quantity_how else None,
            quantity_how=quantity_how,
        ),
    )


def verdict(a: Claim, b: Claim) -> str | None:
    ctx = EvalContext(KNOWLEDGE, MatchResult(claims=[a, b], groups=[], clusters=[]))
    pv = judge_pair(a, b, RULE, ctx)
    return pv.verdict if pv is not None else None


def age(v: float) -> Value:
    return Value(low=v, high=v, unit="year")


def day(d: date) -> Value:
    return Value(start=d, end=date.fromordinal(d.toordinal() + 1))


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (
            claim(1, "Tom Reed, 44, was taken to the stroke unit of the city hospital", age(44), Kind.NUMBER, "age"),
            claim(2, "Tom Reed, 47, was taken to the stroke unit of the hospital", age(47), Kind.NUMBER, "age"),
            "conflict",
        ),
        (
            claim(1, "Tom Reed, 44, was taken to the stroke unit of the city hospital", age(44), Kind.NUMBER, "age"),
            claim(2, "the median age for that kind of stroke is 74", age(74), Kind.NUMBER, "age"),
            "compatible",
        ),
        (
            claim(1, "the guard leaves a wife and two children, a 16-year-old son and a grown daughter", age(16), Kind.NUMBER, "age", "age", "son"),
            claim(2, "the driver leaves a wife and three children, a 17-year-old son and two daughters", age(17), Kind.NUMBER, "age", "age", "son"),
            "compatible",
        ),
        (
            claim(1, "Tom Reed, 44, leaves a wife and two children", age(44), Kind.NUMBER, "age", "age"),
            claim(2, "Tom Reed, 47, leaves a wife and two children", age(47), Kind.NUMBER, "age", "age"),
            "conflict",
        ),
    ],
    ids=["one person's age told twice", "a statistic beside the name", "two people described alike",
         "one named person's age in its own words"],
)
def test_one_article_contradicts_itself_only_on_one_thing_told_twice(a, b, expected):
    assert verdict(a, b) == expected


@pytest.mark.parametrize(("how", "expected"), [("event word", "conflict"), ("no event word", "compatible")])
def test_days_no_word_ties_to_an_event_are_no_self_contradiction(how, expected):
    """An article names many days; two of them that no word ties to one event ("Real Time, May 1" and
    "Real Time, May 8") are not the article dating one event twice, while two days of its named event are."""
    a = claim(1, "the show went on air with the host and Tom Reed as the guest", day(date(2020, 5, 1)), Kind.DATE, "date_of_show", how)
    b = claim(2, "the show went on air with the host and Tom Reed as its guest", day(date(2020, 5, 8)), Kind.DATE, "date_of_show", how)
    assert verdict(a, b) == expected


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        ("Tom Reed had 10 points in the first half of the win over the Comets", "compatible"),
        ("Tom Reed had 10 points in the win over the Comets", "conflict"),
    ],
    ids=["a part of the game", "the game told twice"],
)
def test_a_players_tally_for_part_of_the_game_is_no_second_total(later, expected):
    """"Had 23 points" and "had 10 points in the first half" (`tally_parts`): a part of the game
    beside its total, not the article contradicting itself; the same game's total told twice is."""
    a = claim(1, "Tom Reed had 23 points in the win over the Comets", Value(low=23, high=23), Kind.NUMBER, "points", "counted noun")
    b = claim(2, later, Value(low=10, high=10), Kind.NUMBER, "points", "counted noun")
    a, b = a.model_copy(update={"text": "23 points"}), b.model_copy(update={"text": "10 points"})
    assert verdict(a, b) == expected
