"""Every explanation names the files of its own finding, however many articles repeat the same claims.

The consistency rule judges one pair per class of identical claims (a corpus of syndicated copies repeats
itself); the places it prints must still be the finding's own, not the first copy's.
"""

from __future__ import annotations

import re

import pytest

from factcheck.api import scan_texts

SELF_CONTRADICTING = "Acme Robotics employs 120 engineers, the company said.\n\nLater it said Acme Robotics employs 180 engineers.\n"
CONFLICTING = "Acme Robotics employs 120 engineers.\n"
OTHER = "Acme Robotics employs 180 engineers.\n"


def files_named(lines: list[str]) -> set[str]:
    return {m for line in lines for m in re.findall(r"([\w-]+\.md):\d+", line)}


@pytest.mark.parametrize("copies", [2, 5])
def test_each_self_contradiction_names_its_own_article(toolkit, copies):
    articles = {f"copy-{i}.md": SELF_CONTRADICTING for i in range(copies)}
    findings = [f for f in scan_texts(articles, toolkit).findings if f.verdict.value == "inconsistency"]
    assert len(findings) == copies
    for f in findings:
        assert files_named(f.explanation) == set(f.documents), (f.documents, f.explanation)


@pytest.mark.parametrize(("copies", "first"), [(1, {}), (4, {}), (2, {"a-both.md": SELF_CONTRADICTING})])
def test_a_conflict_between_copies_names_two_different_articles_of_the_finding(toolkit, copies, first):
    """With an article that gives both values sorted first, the judged pair is two claims of that one article."""
    articles = {**first, **{f"wire-{i}.md": CONFLICTING for i in range(copies)}, "local.md": OTHER}
    [f] = [f for f in scan_texts(articles, toolkit).findings if f.verdict.value == "conflict"]
    pairs = [line for line in f.explanation if " vs " in line]
    assert pairs
    for line in pairs:  # "a.md:1 vs b.md:1: why"
        named = re.findall(r"([\w-]+\.md):\d+", line)
        assert len(set(named)) == 2 and set(named) <= set(f.documents), line
    assert files_named(f.explanation) <= set(f.documents)
