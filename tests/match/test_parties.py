"""match.parties: the two parties of one deal, each the subject in one outlet's sentence, are one subject."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.match.parties import join_deal, join_parties, named_in, short_forms
from factcheck.models import Claim, ClaimFrame, Kind, Qualifier, Role, Value


def fee(
    doc: str, entity: str | None, sentence: str, i: int = 0, role: Role | None = None, qualifier: Qualifier = Qualifier.EXACT
) -> Claim:
    return Claim(
        id=f"{doc}-{i}", document=doc, start=i, end=i + 1, line=1, column=1, text="£45 million", sentence=sentence,
        kind=Kind.MONEY, entity=entity, attribute="transfer_fee", value=Value(low=45e6, high=45e6, unit="GBP"),
        frame=ClaimFrame(role=role), qualifier=qualifier,
    )


@pytest.mark.parametrize(
    "claims, one_subject",
    [
        (
            [fee("a", "Tomas Vell", "Rovers signed Tomas Vell from Almada for £45 million."),
             fee("b", "Northgate Rovers", "Vell joined Northgate Rovers for £48 million.")],
            True,
        ),
        (
            [fee("a", "Tomas Vell", "Tomas Vell was sold for £45 million."),
             fee("b", "Northgate Rovers", "Vell joined Northgate Rovers for £48 million.")],
            False,
        ),
        (
            [fee("a", "Acme", "Acme, Brightline and Corvo raised £45 million, £30 million and £9 million.", 0),
             fee("a", "Brightline", "Acme, Brightline and Corvo raised £45 million, £30 million and £9 million.", 1),
             fee("b", "Brightline", "Brightline, ahead of Acme, raised £30 million; Acme raised £45 million.", 2),
             fee("b", "Acme", "Brightline, ahead of Acme, raised £30 million; Acme raised £45 million.", 3)],
            False,
        ),
        (
            [fee("a", "Tomas Vell", "Rovers signed Tomas Vell for £45 million.", 0),
             fee("a", "Northgate Rovers", "Vell joined Northgate Rovers for £48 million.", 1)],
            False,
        ),
    ],
    ids=["each names the other, in two articles", "only one names the other", "a list of rivals", "one article only"],
)
def test_parties_of_one_deal_get_one_name(claims, one_subject):
    joined = join_parties(claims)
    assert (len({c.entity for c in joined}) == 1) is one_subject
    if one_subject:
        assert any("parties of one deal" in n for c in joined for n in c.notes)


@pytest.mark.parametrize(
    "name, sentence, found",
    [("Northgate Rovers", "He joined Rovers on Monday.", True), ("Tomas Vell", "Vellman scored.", False), ("Acme", "ACME rose.", False)],
    ids=["last word of a long name", "part of another word", "case matters"],
)
def test_a_name_is_found_as_a_word(name, sentence, found):
    assert named_in(name, sentence) is found


@settings(max_examples=300, deadline=None)
@given(
    name=st.sampled_from(["Rovers", "Tom Vell", "Vell", "A.B. Corp", "Ann", "Real Madrid"]),
    sentence=st.lists(st.sampled_from(["Rovers", "Vell", "Vells", "Tom", "Madrid", "A.B.", "Corp", "Ann", "Anne", ",", "for", "-"]), max_size=8).map(" ".join),
)
def test_the_substring_test_only_spares_searches(name, sentence):
    """named_in (a word search only where the form is a substring) answers as the word search alone does."""
    words = name.split()
    forms = [name] + ([words[-1]] if len(words) > 1 and len(words[-1]) >= 4 else [])
    assert named_in(name, sentence) == any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", sentence) for f in forms)


DEAL = [
    fee("a", "Northgate Rovers", "Northgate Rovers have signed Tomas Vell from Almada for a fee of £45 million.", 0),
    fee("a", "Castlebury", "Rivals Castlebury spent £85 million on a winger last summer.", 5),
    fee("b", "Almada", "Almada confirmed the sale of their striker to Northgate Rovers for £48 million.", 0),
    fee("b", None, "The guaranteed fee is £44 million.", 3),
    fee("b", None, "That beats the £41 million paid for a defender in 2024.", 4, Role.COMPARISON),
    fee("c", None, "The fee is £46 million, a source said.", 0),
]


@pytest.mark.parametrize(
    "claims, index, entity",
    [
        (DEAL, 0, "Northgate Rovers"),
        (DEAL, 2, "Northgate Rovers"),
        (DEAL, 3, "Northgate Rovers"),
        (DEAL, 1, "Castlebury"),
        (DEAL, 4, None),
        (DEAL, 5, None),
        (DEAL[:2], 0, "Northgate Rovers"),
        ([fee("a", "Acme", "Acme, Brightline and Corvo raised £45 million, £30 million and £9 million.", 0),
          fee("a", "Brightline", "Acme, Brightline and Corvo raised £45 million, £30 million and £9 million.", 1),
          fee("b", "Brightline", "Brightline raised £30 million, ahead of Acme.", 0)], 2, "Brightline"),
    ],
    ids=["the buyer named in a lead", "the seller whose lead names the buyer", "an unnamed figure of an article telling the deal",
         "a rival's deal keeps its name", "a figure compared with keeps none", "an article that names no party stays unnamed",
         "one article's lead alone joins nothing", "a list of rivals is no deal"],
)
def test_the_parties_of_the_story_deal_get_one_name(claims, index, entity):
    """Each outlet's first fee names the deal's parties (the buyer in one, the seller in another); where two
    articles' leads share a party, the parties are one subject, and so are the unnamed figures of an article
    that names a party; another deal of a rival, a figure compared with, an article that names no party and a
    list of several figures keep what they had."""
    assert join_deal(claims)[index].entity == entity


def test_a_lead_with_a_ceiling_beside_the_fee_still_names_the_deal():
    """"a fee of £46m, which could rise to £55m": a bound beside the deal's own figure is no rival's figure, so the
    lead still names the deal's parties (two plain figures in one sentence would be rivals')."""
    lead = "Northgate Rovers signed Tomas Vell for £46 million, a fee that could rise to £55 million."
    claims = [
        fee("a", "Northgate Rovers", lead, 0),
        fee("a", "Northgate Rovers", lead, 1, qualifier=Qualifier.UPPER_BOUND),
        fee("b", "Tomas Vell", "Tomas Vell joined Northgate Rovers for £50 million.", 0),
    ]
    assert {c.entity for c in join_deal(claims)} == {"Northgate Rovers"}


@pytest.mark.parametrize(
    "names, one_story, joined",
    [
        (["Northgate Rovers", "Northgate"], True, {"Northgate Rovers"}),
        (["Northgate Rovers", "Northgate City", "Northgate"], True, {"Northgate Rovers", "Northgate City", "Northgate"}),
        (["Northgate Rovers", "Northgate"], False, {"Northgate Rovers", "Northgate"}),
    ],
    ids=["one longer name", "two longer names: which one?", "the longer name only in an unrelated story"],
)
def test_a_short_name_in_one_outlet_is_the_full_name_of_another(names, one_story, joined):
    """"Northgate" in one article and "Northgate Rovers" in another of the same story are one party; with two clubs
    whose names begin so, or in unrelated stories, the short name stays as written."""
    claims = [fee(chr(ord("a") + i), n, "The fee was agreed.", i) for i, n in enumerate(names)]
    assert {c.entity for c in short_forms(claims, lambda a, b: one_story)} == joined


def term(doc: str, entity: str | None, value: float, i: int = 0) -> Claim:
    """A limit of a deal (its add-ons) as one outlet tells it."""
    return Claim(
        id=f"{doc}-{i}", document=doc, start=i, end=i + 1, line=1, column=1, text="£8m", sentence="The add-ons were agreed.",
        kind=Kind.MONEY, entity=entity, attribute="add_ons", value=Value(low=value, high=value, unit="GBP"), frame=ClaimFrame(),
    )


@pytest.mark.parametrize(
    "claims, one_story, is_term, joined",
    [
        ([term("a", "Northgate Rovers", 8e6), term("b", "Tomas Vell", 10e6), term("c", None, 9e6)], True, True, 1),
        ([term("a", "Northgate Rovers", 8e6), term("b", "Tomas Vell", 10e6), term("c", None, 9e6)], True, False, 3),
        ([term("a", "Northgate Rovers", 8e6), term("b", "Tomas Vell", 10e6)], False, True, 2),
        ([term("a", "Northgate Rovers", 8e6), term("a", "Northgate Rovers", 3e6, 1), term("b", "Tomas Vell", 10e6)], True, True, 2),
        ([term("a", "Northgate Rovers", 8e6), term("a", "Castlebury", 8e6, 1), term("b", "Tomas Vell", 10e6)], True, True, 3),
    ],
    ids=["each outlet's party, or none: one deal's", "a deal's amount needs shared leads",
         "two stories keep their names", "two amounts in one article: two deals", "two subjects in one article: rivals"],
)
def test_a_limit_told_once_per_article_of_one_story_is_its_deals(claims, one_story, is_term, joined):
    """Add-ons, or the most a fee can reach, are told once by each outlet of one story, each giving them to the party
    it writes about (the buyer, the seller, the player, or no one): one deal's term, one subject (`join_deal` with
    `term`). An article that tells two such amounts or gives them to two subjects speaks of more than one deal."""
    assert len({c.entity for c in join_deal(claims, lambda a, b: one_story, term=is_term)}) == joined


@pytest.mark.parametrize(
    "names, joined",
    [
        (["Ana Pellowe", "Ana Pellowe", "Pellowe"], {"Ana Pellowe"}),
        (["Harrowgate Falcons", "Harrowgate Falcons", "Falcons"], {"Harrowgate Falcons"}),
        (["Ana Pellowe", "Ana Pellowe", "Tom Pellowe", "Tom Pellowe", "Pellowe"], {"Ana Pellowe", "Tom Pellowe", "Pellowe"}),
        (["Ana Pellowe", "Pellowe"], {"Ana Pellowe", "Pellowe"}),
        (["Brisk Analytics", "Brisk Analytics", "Rival Brisk Analytics"], {"Brisk Analytics", "Rival Brisk Analytics"}),
    ],
    ids=[
        "a surname", "a team's last word", "two people of one surname: which one?",
        "the full name in one article only", "a name of two words is no short form",
    ],
)
def test_a_surname_or_last_word_in_one_outlet_is_the_name_two_others_write(names, joined):
    """"Pellowe" in one article and "Ana Pellowe" in two others of the story are one person, as "Falcons" and
    "Harrowgate Falcons" are one team; a longer name one article alone writes may be a headline's run of capitals
    or a family's name, and two people of one surname leave the short form as written."""
    claims = [fee(chr(ord("a") + i), n, "The fee was agreed.", i) for i, n in enumerate(names)]
    assert {c.entity for c in short_forms(claims, lambda a, b: True, least=2)} == joined
