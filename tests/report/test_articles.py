"""The article view: the text as the tool read it, one <mark> per extracted claim, escaped."""

from __future__ import annotations

import re

from reportkit import claim, finding

from factcheck.models import Severity, Verdict
from factcheck.report.articles import claim_anchor, marked_lines

TEXT = "Acme <b>grew</b> to $2 billion.\nIt has 300 staff.\n"


def test_each_claim_gets_one_mark_whose_title_says_what_was_read():
    money = claim("m", "a.md", "$2 billion", TEXT, 2e9, unit="USD")
    staff = claim("s", "a.md", "300 staff", TEXT, 300, attribute="employees", line=2)
    lines = marked_lines(TEXT, [money, staff], {money.id: finding("f1", [money])})
    html = "".join(line.html for line in lines)
    assert html.count("<mark") == 2
    assert f'id="{claim_anchor(money.id)}"' in html and f'id="{claim_anchor(staff.id)}"' in html
    assert 'title="Acme · valuation · 2 billion USD — conflict f1"' in html
    assert 'title="Acme · employees · 300 — in no finding"' in html


def test_marks_say_whether_a_claim_is_in_a_problem_an_agreement_or_nothing():
    a = claim("a", "a.md", "$2 billion", TEXT, 2e9, unit="USD")
    b = claim("b", "a.md", "300 staff", TEXT, 300, line=2)
    agree = finding("ok", [b], Verdict.AGREEMENT, Severity.INFO)
    html = "".join(line.html for line in marked_lines(TEXT, [a, b], {b.id: agree}))
    assert re.search(r'class="claim unused"[^>]*>\$2 billion<', html)
    assert re.search(r'class="claim aligned"[^>]*>300 staff<', html)
    assert 'href="#f-ok"' in html


def test_article_text_is_escaped_and_split_in_its_lines():
    lines = marked_lines(TEXT, [], {})
    assert [line.number for line in lines] == [1, 2, 3]
    assert lines[0].html == "Acme &lt;b&gt;grew&lt;/b&gt; to $2 billion."


def test_a_claim_across_a_line_break_is_marked_on_both_lines_with_one_id():
    text = "worth two\nbillion dollars today"
    c = claim("x", "a.md", "two\nbillion dollars", text, 2e9, unit="USD")
    lines = marked_lines(text, [c], {})
    assert "<mark" in lines[0].html and "<mark" in lines[1].html
    assert "".join(line.html for line in lines).count('id="claim-x"') == 1


def test_a_claim_overlapping_an_earlier_one_is_not_marked_twice():
    text = "between $2 and $3 billion"
    wide = claim("w", "a.md", "$2 and $3 billion", text, 2e9, 3e9, "USD")
    inner = claim("i", "a.md", "$3 billion", text, 3e9, unit="USD")
    html = "".join(line.html for line in marked_lines(text, [wide, inner], {}))
    assert html.count("<mark") == 1 and "$2 and $3 billion</mark>" in html
