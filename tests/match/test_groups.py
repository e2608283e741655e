"""match.groups: number-named labels are one group by their members, not by their words."""

from __future__ import annotations

from factcheck.match import cluster_groups as _cluster
from factcheck.models import Claim, ClaimFrame, GroupName, Kind, Value

FILLER = frozenset({"ai", "the", "littl", "small", "group"})


def cluster_groups(claims):
    return _cluster(claims, FILLER)

SIX = ("Zhipu AI", "MiniMax", "Baichuan", "Moonshot AI", "StepFun", "01.AI")
FIVE = ("Zhipu AI", "MiniMax", "Baichuan", "Moonshot AI", "01.AI")
VISION = ("SenseTime", "Megvii", "CloudWalk", "Yitu")


def label(doc, start, text, n, words, members=()):
    return Claim(
        id=f"{doc}{start}", document=doc, start=start, end=start + len(text), line=1, column=1, text=text,
        sentence=text, kind=Kind.NUMBER, entity=text, attribute="member_count", value=Value(low=n, high=n, unit="members"),
        frame=ClaimFrame(
            group=GroupName(words=tuple(words.split()), head=words.split()[-1], members=members)
        ),
    )


def names(clusters):
    return sorted(sorted(f"{c.document}:{c.text}" for c in cl.claims) for cl in clusters)


def test_labels_with_overlapping_members_are_one_group_whatever_their_words():
    clusters = cluster_groups(
        [label("a", 0, "Six Tigers", 6, "tiger", SIX), label("b", 0, "Big Model Six Dragons", 6, "big model dragon", SIX),
         label("c", 0, "Five Little Tigers", 5, "littl tiger", FIVE)]
    )
    assert len(clusters) == 1


def test_same_head_word_with_disjoint_members_is_two_groups():
    clusters = cluster_groups([label("a", 0, "Four Dragons", 4, "dragon", VISION), label("b", 0, "Six Dragons", 6, "dragon", SIX)])
    assert len(clusters) == 2


def test_label_without_members_joins_by_words_and_number():
    clusters = cluster_groups([label("a", 0, "Six Tigers", 6, "tiger", SIX), label("b", 5, "Six Little Tigers", 6, "ai littl tiger")])
    assert len(clusters) == 1


def test_clashing_words_keep_a_memberless_label_apart():
    """"Hangzhou Six Little Dragons" is not "Big Model Six Dragons"."""
    clusters = cluster_groups(
        [label("a", 0, "Big Model Six Dragons", 6, "big model dragon", SIX), label("b", 0, "Hangzhou Six Little Dragons", 6, "hangzhou littl dragon")]
    )
    assert len(clusters) == 2


def test_within_one_article_a_different_number_is_a_different_label():
    clusters = cluster_groups([label("a", 0, "Four Little Dragons", 4, "ai littl dragon", VISION), label("a", 50, "Seven Little Dragons", 7, "ai littl dragon")])
    assert len(clusters) == 2


def test_without_filler_words_a_translation_variant_is_another_label():
    """The words that vary between translations come from rules/knowledge, not from code."""
    claims = [label("a", 0, "Six Tigers", 6, "tiger", SIX), label("b", 5, "Six Little Tigers", 6, "ai littl tiger")]
    assert len(_cluster(claims, FILLER)) == 1
    assert len(_cluster(claims, frozenset())) == 1  # subset of words still fits
    odd = [label("a", 0, "Big Six Tigers", 6, "big tiger", SIX), label("b", 5, "Six Little Tigers", 6, "littl tiger")]
    assert len(_cluster(odd, frozenset({"littl"}))) == 1
    assert len(_cluster(odd, frozenset())) == 2


def test_the_group_is_named_by_its_shortest_label_so_more_mentions_keep_its_name():
    labels = [label("a", 0, "AI Six Little Tigers", 6, "ai littl tiger", SIX), label("b", 0, "Six Tigers", 6, "tiger", SIX)]
    more = labels + [label("c", i, "AI Six Little Tigers", 6, "ai littl tiger") for i in range(5)]
    assert cluster_groups(labels)[0].name == cluster_groups(more)[0].name == "Six Tigers"
