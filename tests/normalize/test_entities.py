"""normalize.entities: names resolve across articles, look-alikes stay apart."""

from __future__ import annotations

import pytest

from factcheck.knowledge import Knowledge
from factcheck.knowledge.schema import EntitySpec
from factcheck.normalize.entities import EntityResolver, NameEvidence

KNOWLEDGE = Knowledge(
    entities=(
        EntitySpec(name="StepFun", type="company", aliases=["StepStar", "Step Star"]),
        EntitySpec(name="Tencent", type="company"),
        EntitySpec(name="Tencent Yuanbao", type="product", maker="Tencent", aliases=["Yuanbao"]),
        EntitySpec(name="Zhipu AI", type="company", aliases=["Zhipu"]),
        EntitySpec(name="Baichuan", type="company"),
        EntitySpec(name="MiniMax", type="company"),
        EntitySpec(name="Moonshot AI", type="company"),
        EntitySpec(name="Step-1", type="model", maker="StepFun"),
        EntitySpec(name="Xiaomi", type="company"),
        EntitySpec(name="Jiang Daxin", type="person"),
    ),
    org_suffixes=("AI", "Intelligence", "Technology", "Cloud"),
    distinct=(frozenset({"zhihu", "zhipu"}),),
)


def resolver(*sentences: tuple[str, list[str]], aliases=()) -> EntityResolver:
    ev = NameEvidence()
    for doc, names in sentences:
        ev.add_sentence(doc, names)
    ev.aliases.extend(aliases)
    r = EntityResolver(KNOWLEDGE)
    r.build(ev)
    return r


@pytest.mark.parametrize(
    "name, canonical",
    [
        ("step star", "StepFun"),
        ("Baichuan Intelligence", "Baichuan"),
        ("Mini Max", "MiniMax"),
        ("Step-2", "Step-2"),
        ("Zhihu AI", "Zhihu AI"),
        ("Xiaoice", "Xiaoice"),
    ],
    ids=["alias any case", "org suffix", "close spelling", "digits differ", "distinct look-alike", "mid-range look-alike without context"],
)
def test_resolve_without_context(name, canonical):
    r = resolver(("a", [name]))
    assert r.resolve(name)[0] == canonical


def test_mid_range_typo_merges_when_the_maker_is_named_beside_it():
    r = resolver(("a", ["DeepSeek", "Tencent", "Yuebao"]))
    assert r.resolve("Yuebao")[0] == "Tencent Yuanbao"


def test_mid_range_typo_merges_when_it_keeps_the_same_company():
    r = resolver(
        ("a", ["Zhipu AI", "MiniMax", "Baichuan", "Moonshot AI"]),
        ("b", ["Zhizhu", "MiniMax", "Baichuan", "Moonshot AI"]),
    )
    assert r.resolve("Zhizhu")[0] == "Zhipu AI"


def test_short_form_of_a_longer_name_in_the_same_article_only():
    """"Jiang" after "Jiang Daxin" is him in that article; elsewhere it is just "Jiang"."""
    r = resolver(("a", ["Jiang Daxin"]), ("a", ["Jiang"]), ("b", ["Jiang"]))
    assert r.resolve("Jiang", "a")[0] == "Jiang Daxin"
    assert r.resolve("Jiang", "b")[0] == "Jiang"


def test_alias_stated_in_the_article_joins_an_unknown_name():
    r = resolver(("a", ["Xiyu Tech", "MiniMax"]), aliases=[("Xiyu Tech", "MiniMax")])
    assert r.resolve("Xiyu Tech")[0] == "MiniMax"


def test_unknown_spellings_across_articles_become_one_entity():
    r = resolver(("a", ["Waveform Intelligence"]), ("b", ["Waveform"]))
    assert r.resolve("Waveform")[0] == r.resolve("Waveform Intelligence")[0]


@pytest.mark.parametrize(
    "a, b, kin",
    [
        ("jerry ortiz", "jeremy ortiz", True),
        ("anna berg", "maria berg", True),
        ("katherine gomes", "catherine gomes", False),
        ("r. buckley", "robert buckley", False),
        ("rob buckley", "robert buckley", False),
        ("jerry ortiz", "jerry ortega", False),
        ("ortiz", "jerry ortiz", False),
    ],
    ids=["nickname-like first names", "two first names", "one name spelled two ways", "initial", "short form", "other family", "family name alone"],
)
def test_two_first_names_of_one_family_are_two_people(a, b, kin):
    """News about one event names relatives together: they must never merge into one subject."""
    from factcheck.normalize.entities import relatives

    assert relatives(a, b) is kin
