"""match.story: two articles that share an event's rare words tell one story; common words tell nothing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.match.story import OTHER_STORY, SAME_STORY, StoryIndex, rarity
from factcheck.models import Claim, ClaimFrame, Kind, Value
from factcheck.values.words import stem


def claim(doc: str, words: str, quantity: str | None = None, i: int = 0) -> Claim:
    return Claim(
        id=f"{doc}-{i}", document=doc, start=i, end=i + 1, line=1, column=1, text="1", sentence=words, kind=Kind.NUMBER,
        value=Value(low=1.0, high=1.0), frame=ClaimFrame(terms=tuple(stem(w) for w in words.split()), quantity=quantity),
    )


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("quake velmora dravik harbour magnitude", "velmora dravik harbour quake seismologists", True),
        ("said people year government time", "said people year government week", False),
    ],
    ids=["rare names and event words shared", "only common words shared"],
)
def test_rare_shared_words_make_one_story(a, b, same):
    index = StoryIndex([claim("a", a), claim("b", b)])
    assert (index.strength("a", "b") == 1.0) is same
    assert (index.strength("a", "b") == 0.0) is (not same)


def test_common_words_weigh_less_than_rare_ones():
    assert rarity(stem("said")) < rarity(stem("magnitude")) < rarity("velmora")


@pytest.mark.parametrize("word", ["und", "wurde", "polizei", "années", "porque"])
def test_common_words_of_other_languages_are_no_evidence(word):
    """Two unrelated German articles share "und" and "wurde": that must not make them one story."""
    assert rarity(stem(word)) < rarity(stem("magnitude"))


def test_an_article_with_itself_is_no_second_report():
    index = StoryIndex([claim("a", "quake velmora")])
    assert index.similarity("a", "a") == 1.0
    assert index.strength("a", "a") == 0.0


@pytest.mark.parametrize(
    "quantity, counts",
    [("deaths", True), ("date_of_deaths", True), ("carri", False), (None, False)],
    ids=["a vocabulary quantity", "the date of one", "an open noun", "no quantity"],
)
def test_only_the_vocabularys_quantities_lean_on_the_story(quantity, counts):
    words = "quake velmora dravik harbour"
    a, b = claim("a", words, quantity), claim("b", words, quantity)
    index = StoryIndex([a, b], concepts=frozenset({"deaths"}))
    assert (index.for_pair(a, b) > 0) is counts


WORDS = st.lists(st.sampled_from(["said", "year", "quake", "velmora", "harbour", "vote", "dravik", "people", "zorn"]), max_size=8)


@settings(max_examples=60, deadline=None)
@given(WORDS, WORDS, WORDS)
def test_similarity_is_symmetric_bounded_and_unmoved_by_a_third_article(a, b, c):
    """Incremental re-scans rely on it: a pair's similarity depends on those two articles alone."""
    two = StoryIndex([claim("a", " ".join(a)), claim("b", " ".join(b))])
    three = StoryIndex([claim("a", " ".join(a)), claim("b", " ".join(b)), claim("c", " ".join(c))])
    s = two.similarity("a", "b")
    assert 0.0 <= s <= 1.0 + 1e-9
    assert s == two.similarity("b", "a") == three.similarity("a", "b")
    assert 0.0 <= three.strength("a", "b") <= 1.0
    assert OTHER_STORY < SAME_STORY


@pytest.mark.parametrize(
    "a, b, different",
    [
        ("a strong quake shook the harbour town of velmora in the province of dravik",
         "flood waters covered the river town of tarrow and volunteers from kessling filled sandbags", True),
        ("a strong quake shook the harbour town of velmora in the province of dravik and seismologists "
         "recorded the aftershock", "the quake in velmora", False),
        ("a strong quake shook the harbour town of velmora in the province of dravik",
         "seismologists said the quake that shook velmora in dravik province damaged the harbour", False),
    ],
    ids=["two unrelated stories", "a one-line update contained in the story", "one story"],
)
def test_different_stories(a, b, different):
    """Only articles that share few rare words, neither mostly held by the other, are two stories: their
    figures are never one fact (a conflict between them would be two events)."""
    assert StoryIndex([claim("a", a), claim("b", b)]).different_stories("a", "b") is different


def test_an_article_in_another_language_is_never_called_another_story():
    """An English and a German report of one transfer share only the names: few shared rare words is no
    evidence that they tell two stories, so their figures stay comparable."""
    english = "the striker joined the club on a five year contract after a long negotiation"
    german = "der stürmer wechselt nach langen verhandlungen mit einem vertrag über fünf jahre zum verein"
    index = StoryIndex([claim("a", english), claim("b", german)])
    assert index.similarity("a", "b") < 0.2
    assert not index.different_stories("a", "b")


TRANSFER_EN = (
    "the striker tomas vell joined northgate rovers from almada for a record fee after protracted negotiations "
    "midfielder hamstring physiotherapists scouting dossier amortisation wages bonuses loyalty clause sell-on percentage"
)


@pytest.mark.parametrize(
    "english, foreign, same",
    [
        (TRANSFER_EN, "der stürmer tomas vell wechselt von almada zu northgate rovers für eine rekordablöse nach "
         "wochenlangen verhandlungen sommertransferfenster vertragsverlängerung ablösesumme leistungsdaten "
         "oberschenkelzerrung sportvorstand beraterhonorar weiterverkaufsbeteiligung treueprämie", True),
        (TRANSFER_EN, "die kestrion gmbh aus halvenburg sammelt in einer finanzierungsrunde geld ein", False),
    ],
    ids=["one transfer in English and German", "a transfer and a German funding round"],
)
def test_an_english_and_a_foreign_article_are_one_story_by_their_names(english, foreign, same):
    """Across languages only names are shared, so the story is told by the names alone: the German report of
    one transfer is the English one's story (its figures earn the story's confidence), another is not."""
    index = StoryIndex([claim("a", english), claim("b", foreign)])
    assert (index.strength("a", "b") == 1.0) is same


def test_articles_of_common_words_only_are_never_called_two_stories():
    """Figure sentences made of the commonest words weigh nothing: no evidence of one story is no evidence of
    two, and their figures stay comparable."""
    words = "the fire killed people police said on the day"
    index = StoryIndex([claim("a", words), claim("b", words)])
    assert not index.different_stories("a", "b")
