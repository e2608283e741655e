"""The consistency rule's shortcuts (issue 13): what they skip changes no verdict and no finding.

`judge_pair` does not make `align_pair` for a pair `match.prefilter.could_align` drops, and scope `within`
judges only the classes that share an article; on generated groups both give what judging everything gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck.evaluate.types.consistency as consistency
from factcheck.evaluate.context import EvalContext
from factcheck.evaluate.types.consistency import ConsistencyRule, judge_pair
from factcheck.knowledge import builtin_rules_dir, load_knowledge
from factcheck.match.prefilter import pair_key
from factcheck.match.story import StoryIndex
from factcheck.models import AlignedGroup, Claim, ClaimFrame, Kind, MatchResult, Value

KNOWLEDGE = load_knowledge([builtin_rules_dir()])
ACROSS = ConsistencyRule(code="FC101", name="across", type="consistency", scope="across", message="m", severity="error")
WITHIN = ConsistencyRule(code="FC102", name="within", type="consistency", scope="within", message="m", severity="error")
WORDS = ("kill", "quake", "harbour", "velmora", "vote", "said", "fire", "ship")


def claim(i: int, doc: str, sentence: int, entity: str | None, low: float, terms, near, sole, attribute: str) -> Claim:
    return Claim(
        id=f"c{i}", document=doc, start=i * 10, end=i * 10 + 2, line=1, column=1, text=str(low), sentence=f"s{sentence}",
        kind=Kind.NUMBER, entity=entity, attribute=attribute, value=Value(low=low, high=low),
        frame=ClaimFrame(terms=tuple(terms) or None, near=tuple(near) or None, quantity="deaths", quantity_how="counted noun", sole=sole),
    )


def claims(i: int) -> st.SearchStrategy[Claim]:
    return st.builds(
        claim,
        i=st.just(i),
        doc=st.sampled_from(["a", "b", "c"]),
        sentence=st.integers(0, 2),
        entity=st.sampled_from([None, "Acme", "bartender"]),
        low=st.sampled_from([3.0, 5.0, 5.0, 40.0]),
        terms=st.lists(st.sampled_from(WORDS), max_size=6),
        near=st.lists(st.sampled_from(WORDS), max_size=2),
        sole=st.sampled_from([None, True, False]),
        attribute=st.sampled_from(["deaths", "deaths", "age"]),
    )


groups = st.integers(2, 9).flatmap(lambda n: st.tuples(*(claims(i) for i in range(n))))


def context(cs) -> EvalContext:
    ordered = sorted(cs, key=lambda c: (c.document, c.start))
    group = AlignedGroup(entity="x", family="deaths", separated_by=(), claims=tuple(ordered), confidence=0.5, reasons=("r",))
    return EvalContext(KNOWLEDGE, MatchResult(claims=[], groups=[group], clusters=[]), story_index=StoryIndex(ordered))


@settings(max_examples=150, deadline=None)
@given(cs=groups)
def test_a_pair_judged_from_its_keys_gets_the_verdict_it_got(cs):
    """judge_pair given both claims' keys (align_pair from their sets, not made at all where the prefilter drops
    the pair) gives the verdict it gives without them."""
    ctx = context(cs)
    for a in cs:
        for b in cs:
            if a is not b:
                assert judge_pair(a, b, ACROSS, ctx, (pair_key(a), pair_key(b))) == judge_pair(a, b, ACROSS, ctx)


@settings(max_examples=150, deadline=None)
@given(cs=groups)
def test_the_findings_are_those_of_judging_every_pair(cs):
    """Both scopes' findings, with the shortcuts, equal those of judging every class pair with align_pair made."""
    shortcut = consistency.run([ACROSS, WITHIN], context(cs))
    judge = consistency.judge_pair
    with pytest.MonkeyPatch.context() as m:
        m.setattr(consistency, "_share_article", lambda *args: True)
        m.setattr(consistency, "judge_pair", lambda a, b, rule, ctx, keys=None: judge(a, b, rule, ctx))
        every = consistency.run([ACROSS, WITHIN], context(cs))
    assert shortcut == every


def test_a_within_pair_of_one_article_is_still_judged():
    """Two values of one article in two sentences (two classes) still make an inconsistency (a shortcut
    that skipped classes sharing an article would lose it)."""
    a = claim(1, "a", 0, "Tom Reed", 44.0, WORDS[:4], WORDS[:1], None, "age")
    b = claim(2, "a", 1, "Tom Reed", 47.0, WORDS[:4], WORDS[:1], None, "age")
    found = consistency.run([WITHIN], context([a, b]))
    assert [f.verdict.value for f in found] == ["inconsistency"]


def _party_share(doc: str, low: float, reported: "date | None", subject_sole: bool) -> "Claim":
    from factcheck.models import Claim, ClaimFrame, Kind, Value

    return Claim(
        id=f"{doc}-p", document=doc, start=0, end=2, line=1, column=1, text="x", sentence="x", kind=Kind.PERCENT,
        attribute="votes", entity="Tide Party", value=Value(low=low, high=low, unit="percent"),
        frame=ClaimFrame(reported=reported, subject_sole=subject_sole, sole=False, lead=False),
    )


@pytest.mark.parametrize(
    "a_day, b_day, a_sole, one",
    [
        ((2025, 5, 4), (2025, 5, 4), True, True),
        ((2025, 5, 4), (2025, 5, 5), True, False),
        (None, None, True, False),
        ((2025, 5, 4), (2025, 5, 4), False, False),
    ],
    ids=["reports of one day", "a count under way and the final one a day later", "undated reports",
         "two shares for the party in one report"],
)
def test_each_party_share_given_once_in_reports_of_one_day_tells_one_result(a_day, b_day, a_sole, one):
    """"The Tide Party won 31 seats with 27.5%" and "... on 25.9%" beside other parties' shares, both of one day:
    the party's share of one election, though neither article gives one vote share only."""
    from datetime import date

    a = _party_share("a", 27.5, date(*a_day) if a_day else None, a_sole)
    b = _party_share("b", 25.9, date(*b_day) if b_day else None, True)
    assert consistency._each_subjects_one_value(a, b) is one
