"""match.prefilter: the pairs `could_align` drops are pairs `_link` rejects, so alignment gives the same groups."""

from __future__ import annotations

import dataclasses
import functools
import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.knowledge import builtin_rules_dir, load_knowledge
from factcheck.match.prefilter import could_align, pair_key
from factcheck.match.similarity import FIRM_READINGS, align_pair, words
from factcheck.models import Claim, ClaimFrame, Kind, Value

align = importlib.import_module("factcheck.match.align")  # the package exports a function of that name

KNOWN = frozenset({"age"})
WORDS = ("kill", "quake", "harbour", "velmora", "vote", "said", "year", "fire", "bank", "ship")


class Stories:
    """A story index stub: every pair of articles tells one story as surely as `strength` says, in two languages
    where `differ`."""

    def __init__(self, strength: float, differ: bool = False) -> None:
        self.strength = strength
        self.differ = differ

    def languages_differ(self, a: str, b: str) -> bool:
        return self.differ and a != b

    def for_pair(self, a: Claim, b: Claim) -> float:
        return self.strength

    def about_named(self, a: Claim, b: Claim) -> bool:
        return self.strength >= 1.0  # in one story, the unnamed side's article is about the named subject

    def document_key(self, doc: str) -> str:
        return doc


def claim(i: int, doc: str = "a", entity: str | None = None, terms=(), near=(), quantity=None, how=None, sole=None,
          attribute: str = "deaths", lead=None) -> Claim:
    return Claim(
        id=f"c{i}", document=doc, start=i * 10, end=i * 10 + 2, line=1, column=1, text="5", sentence=f"s{i}",
        kind=Kind.NUMBER, entity=entity, attribute=attribute, value=Value(low=5.0, high=5.0),
        frame=ClaimFrame(terms=tuple(terms) or None, near=tuple(near) or None, quantity=quantity, quantity_how=how, sole=sole, lead=lead),
    )


claims = st.builds(
    claim,
    i=st.integers(0, 10_000),
    doc=st.sampled_from(["a", "b", "c"]),
    entity=st.sampled_from([None, "Acme", "acme", "Tom Reed", "bartender"]),
    terms=st.lists(st.sampled_from(WORDS), max_size=8),
    near=st.lists(st.sampled_from(WORDS), max_size=3),
    quantity=st.sampled_from([None, "deaths", "age"]),
    how=st.sampled_from([None, "counted noun", "word further off", "no event word"]),
    sole=st.sampled_from([None, True, False]),
    lead=st.sampled_from([None, True, False]),
    attribute=st.sampled_from(["deaths", "age"]),
)


@settings(max_examples=400, deadline=None)
@given(a=claims, b=claims, strength=st.sampled_from([0.0, 0.5, 1.0]), differ=st.booleans())
def test_a_dropped_pair_is_one_link_rejects(a, b, strength, differ):
    """Whatever the story index says, `_link` gives None for every pair `could_align` drops: skipping it
    changes no group."""
    if not could_align(pair_key(a), pair_key(b)):
        assert align._link(a, b, KNOWN, Stories(strength, differ)) is None


@settings(max_examples=150, deadline=None)
@given(cs=st.lists(claims, min_size=2, max_size=12, unique_by=lambda c: c.id), strength=st.sampled_from([0.0, 1.0]),
       differ=st.booleans())
def test_the_groups_are_those_of_every_pair(cs, strength, differ):
    """align_block with the prefilter gives the groups (claims, confidence, reasons) of comparing every
    candidate pair."""
    key = ("deaths", (), None, None)
    knowledge = _knowledge()
    filtered = align.align_block(key, cs, knowledge, Stories(strength, differ))
    with pytest.MonkeyPatch.context() as m:
        m.setattr(align, "could_align", lambda a, b: True)
        every = align.align_block(key, cs, knowledge, Stories(strength, differ))
    assert filtered == every


def _pair(**fields):
    """Two claims of two articles, `fields` given to both (then to each by a `_a`/`_b` suffix)."""
    common = {k: v for k, v in fields.items() if not k.endswith(("_a", "_b"))}
    a = claim(1, doc="a", **common, **{k[:-2]: v for k, v in fields.items() if k.endswith("_a")})
    b = claim(2, doc=fields.get("doc_b", "b"), **{k: v for k, v in common.items()},
              **{k[:-2]: v for k, v in fields.items() if k.endswith("_b") and k != "doc_b"})
    return a, b


FIRM = sorted(FIRM_READINGS)[0]
KEPT_BY_ONE_CLAUSE = {
    "one named subject, a known attribute, no word shared": dict(entity="Acme", attribute="age", terms_a=["kill"], terms_b=["vote"]),
    "a near word shared, no sentence word": dict(near=["quake"], terms_a=["kill"], terms_b=["vote"]),
    "sole firm figures of one quantity in one story": dict(quantity="deaths", how=FIRM, sole=True, terms_a=["kill"], terms_b=["vote"]),
    "first firm figures of one quantity in two languages": dict(
        quantity="deaths", how=FIRM, sole=False, lead=True, terms_a=["kill"], terms_b=["vote"]
    ),
    "exactly a fifth of the larger sentence's words shared": dict(
        entity="bartender", doc_b="a", terms_a=list(WORDS[:3]) + [f"w{i}" for i in range(12)], terms_b=list(WORDS[:3])
    ),
}


@pytest.mark.parametrize("fields", KEPT_BY_ONE_CLAUSE.values(), ids=KEPT_BY_ONE_CLAUSE.keys())
def test_each_way_a_pair_aligns_is_kept(fields):
    """One pair per way `_link` can align a pair that nothing else keeps: a prefilter missing that clause (or
    rounding 3 of 15 words below a fifth) would drop a pair that aligns."""
    a, b = _pair(**fields)
    assert align._link(a, b, KNOWN, Stories(1.0, differ=True)) is not None
    assert could_align(pair_key(a), pair_key(b))


def test_a_stricter_prefilter_is_caught():
    """The property test fails for a prefilter that drops a pair that aligns (here: one that ignores near words)."""
    a, b = _pair(**KEPT_BY_ONE_CLAUSE["a near word shared, no sentence word"])
    ka, kb = pair_key(a), pair_key(b)
    mutant = could_align(dataclasses.replace(ka, near=frozenset()), kb)
    assert not mutant and align._link(a, b, KNOWN, Stories(1.0)) is not None


@functools.cache
def _knowledge():
    return load_knowledge([builtin_rules_dir()])


@settings(max_examples=300, deadline=None)
@given(a=claims, b=claims, strength=st.sampled_from([0.0, 0.5, 1.0]))
def test_align_pair_from_kept_sets_is_align_pair(a, b, strength):
    """align_pair given the claims' word sets (as alignment and the consistency rule keep them per claim) gives
    the alignment, confidence and reasons it makes from the claims alone."""
    assert align_pair(a, b, strength, (words(a), words(b))) == align_pair(a, b, strength)
    assert align_pair(a, b, lambda: strength, (pair_key(a).words, pair_key(b).words)) == align_pair(a, b, strength)
