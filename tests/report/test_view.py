"""The presentation rules every report shares: counts, order, quotes, grouping by source."""

from __future__ import annotations

import pytest
from reportkit import claim, finding, report

from factcheck.models import Severity, Verdict
from factcheck.report import view
from factcheck.report.text import summary_line


@pytest.mark.parametrize(
    ("n", "noun", "expected"),
    [
        (1, "conflict", "1 conflict"),
        (2, "conflict", "2 conflicts"),
        (1, "inconsistency", "1 inconsistency"),
        (3, "inconsistency", "3 inconsistencies"),
        (5, "compatible", "5 compatible"),
        (0, "error", "0 errors"),
        (2, "info", "2 info"),
    ],
)
def test_plural_writes_counts_as_people_do(n, noun, expected):
    assert view.plural(n, noun) == expected


@pytest.mark.parametrize(
    "verdict, n, expected",
    [
        (Verdict.CONFLICT, 1, "1 article, its sources disagree"),
        (Verdict.CONFLICT, 2, "2 sources"),
        (Verdict.INCONSISTENCY, 1, "1 source"),
    ],
    ids=["sources inside one article", "two articles", "an article contradicting itself"],
)
def test_a_conflict_inside_one_article_is_labelled_as_its_sources_disagreeing(verdict, n, expected):
    """A conflict whose quotes all come from one article is between the sources it credits, not "1 source"."""
    c = claim("x", "a.md", "1", "1")
    assert view.sources_label(finding("f", [c], verdict, Severity.WARNING), n) == expected


def test_findings_are_ordered_problems_by_severity_then_agreements_then_compatible():
    c = claim("x", "a.md", "1", "1")
    fs = [
        finding("compat", [c], Verdict.COMPATIBLE, Severity.INFO),
        finding("agree", [c], Verdict.AGREEMENT, Severity.INFO),
        finding("incons-warn", [c], Verdict.INCONSISTENCY, Severity.WARNING),
        finding("conf-warn", [c], Verdict.CONFLICT, Severity.WARNING),
        finding("incons-err", [c], Verdict.INCONSISTENCY, Severity.ERROR),
        finding("conf-err", [c], Verdict.CONFLICT, Severity.ERROR),
    ]
    assert [f.id for f in view.ordered_findings(fs)] == [
        "conf-err", "incons-err", "conf-warn", "incons-warn", "agree", "compat",
    ]


@pytest.mark.parametrize(
    ("findings", "documents", "expected"),
    [
        ([], 2, "✔ 0 conflicts · 0 inconsistencies · 0 agreements · 0 compatible in 2 files"),
        (
            [(Verdict.CONFLICT, Severity.ERROR)],
            2,
            "✖ 1 conflict (1 error) · 0 inconsistencies · 0 agreements · 0 compatible in 2 files",
        ),
        (
            [(Verdict.CONFLICT, Severity.ERROR), (Verdict.CONFLICT, Severity.ERROR), (Verdict.CONFLICT, Severity.WARNING),
             (Verdict.CONFLICT, Severity.WARNING), (Verdict.INCONSISTENCY, Severity.WARNING),
             (Verdict.AGREEMENT, Severity.INFO), (Verdict.COMPATIBLE, Severity.INFO)],
            5,
            "✖ 4 conflicts (2 errors, 2 warnings) · 1 inconsistency (1 warning) · 1 agreement · 1 compatible in 5 files",
        ),
        (
            [(Verdict.INCONSISTENCY, Severity.WARNING)],
            1,
            "⚠ 0 conflicts · 1 inconsistency (1 warning) · 0 agreements · 0 compatible in 1 file",
        ),
    ],
    ids=["nothing", "one-error", "linter-style-mix", "warnings-only"],
)
def test_summary_line_counts_verdicts_with_their_severities(findings, documents, expected):
    claims = [claim(f"c{i}", f"d{i}.md", "1", "1") for i in range(documents)]
    fs = [finding(f"f{i}", claims[:1], v, s) for i, (v, s) in enumerate(findings)]
    assert summary_line(report(claims, fs)) == expected


def test_summary_line_mentions_input_warnings():
    c = claim("c", "a.md", "1", "1")
    assert summary_line(report([c], [], warnings=["b.txt: empty file"])).endswith("in 1 file · 1 input warning")


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        ("It released 22 models in 2 years", "2", (25, 26)),
        ("Acme is worth $2 billion.", "$2 billion", (14, 24)),
        ("Model2 has 2 heads", "2", (11, 12)),
        ("no such value here", "7", None),
    ],
    ids=["standalone-digit-not-inside-22", "money", "not-glued-to-a-name", "absent"],
)
def test_value_span_finds_the_value_not_a_digit_inside_another_number(sentence, text, expected):
    assert view.value_span(sentence, text) == expected


def test_quote_cuts_long_sentences_around_the_value_and_says_so():
    sentence = "word " * 60 + "the figure is $5 million today " + "tail " * 60
    c = claim("q", "a.md", "$5 million", sentence, 5e6, unit="USD")
    q = view.quote(c, width=40)
    assert q.value == "$5 million"
    assert q.cut_before and q.cut_after
    assert len(q.before) <= 20 and len(q.after) <= 20


def test_value_rows_group_one_sources_repeated_value_with_all_its_lines():
    six = [claim(f"s{i}", "a.md", "Six Tigers", "the Six Tigers", 6, unit="members", line=i) for i in (3, 9, 12)]
    five = claim("f", "b.md", "Five Tigers", "the Five Tigers", 5, unit="members", line=4)
    rows = view.value_rows([*six, five])
    assert [(r.document, r.value, r.lines) for r in rows] == [
        ("a.md", "6 members", [3, 9, 12]),
        ("b.md", "5 members", [4]),
    ]


def test_reasons_leave_out_the_per_claim_lines_the_sources_already_show():
    from factcheck.evaluate.findings import describe_claim

    a = claim("a", "a.md", "1", "1", 1)
    f = finding("f", [a], explanation=[describe_claim(a), "1 and 2 do not overlap"])
    assert view.reasons(f, {a.id: a}) == ["1 and 2 do not overlap"]


@pytest.mark.parametrize(
    ("x", "expected"),
    [(500000, "500,000"), (0.5, "0.5"), (5e8, "500 million"), (1.4e9, "1.4 billion")],
)
def test_amount_never_prints_scientific_notation(x, expected):
    assert view.amount(x) == expected


@pytest.mark.parametrize(
    ("lo", "hi", "expected"),
    [(19.05e9, 20.93e9, "19.05–20.93 billion"), (5e8, 1.5e9, "500 million–1.5 billion"), (3, 3, "3")],
)
def test_span_text_says_the_scale_word_once(lo, hi, expected):
    assert view.span_text(lo, hi) == expected
