"""Mentions that cannot be news figures are dropped (values/sanity.py), and ordinary figures are kept.

Each row is a phrase and whether a mention must survive; the nonsense rows used to give claims such as a
five-way self-contradiction from "1,2,3,4,5 employees" or "1e+296 trillion USD".
"""

from __future__ import annotations

import pytest

from factcheck.values import Lexicon, find_mentions
from factcheck.knowledge.paths import builtin_rules_dir
from factcheck.models import Kind, Mention
from factcheck.values.sanity import why_not_a_figure


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.load([builtin_rules_dir()])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The firm had 1,2,3,4,5 employees.", []),
        ("It raised 1e+296 trillion USD.", []),
        ("It raised $1e308 billion.", []),
        ("Revenue was -0 dollars.", []),
        ("Its share reached 1e+30 percent.", []),
        ("Inflation reached 1 million percent.", ["1 million percent"]),
        ("Call 4155550123456 for details.", []),
        ("The firm had 1,234,567 employees.", ["1,234,567 employees"]),
        ("Revenue was $5.2 billion.", ["$5.2 billion"]),
        ("Sales rose 1,500% in a decade.", ["1,500%"]),
        ("Shares rose 2\t1/2 points.", ["2\t1/2 points"]),
        ("It lost 3 million dollars.", ["3 million dollars"]),
    ],
    ids=[
        "digit-list", "sci-overflow-trillion", "inf-money", "negative-zero", "sci-overflow-percent", "hyperinflation-percent", "identifier",
        "thousands-groups", "money", "big-growth-percent", "tab-fraction", "plain-money-words",
    ],
)
def test_only_figures_a_news_article_can_state_are_kept(lex, text, kept):
    assert [m.text for m in find_mentions(text, lex) if m.kind not in (Kind.DATE, Kind.PERIOD)] == kept


@pytest.mark.parametrize(
    ("kind", "low", "reason"),
    [
        (Kind.MONEY, float("nan"), "not a finite number"),
        (Kind.MONEY, 2e16, "magnitude beyond"),
        (Kind.NUMBER, 2e18, "magnitude beyond"),
        (Kind.PERCENT, 2e24, "magnitude beyond"),
        (Kind.MONEY, 9e15, None),
        (Kind.PERCENT, 9e22, None),
    ],
)
def test_each_limit_gives_its_reason(kind, low, reason):
    """The debug reason names the limit; values just inside a limit are kept."""
    m = Mention(kind=kind, start=0, end=1, text="x", low=low, high=low)
    got = why_not_a_figure(m)
    assert (got is None) if reason is None else (reason in got)
