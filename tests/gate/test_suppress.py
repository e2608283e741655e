"""In-article `factcheck-ignore` directives: what they silence, what is malformed, what is unused."""

from __future__ import annotations

import hashlib

import pytest

from factcheck.gate.suppress import DIRECTIVE_RULE, apply_directives, find_directives, malformed_findings
from factcheck.models import Claim, Document, Finding, Kind, Severity, Value, Verdict

CODES = {"FC101", "FC102", "FC201"}


def doc(text: str, doc_id: str = "b.md") -> Document:
    return Document(id=doc_id, path=doc_id, sha256=hashlib.sha256(text.encode()).hexdigest(), text=text)


def claim(cid: str, line: int, document: str = "b.md") -> Claim:
    return Claim(id=cid, document=document, start=0, end=1, line=line, column=1, text="1", sentence="s", kind=Kind.NUMBER, value=Value())


def finding(rule: str, claims: list[str]) -> Finding:
    return Finding(id=f"{rule}-{'-'.join(claims)}", rule=rule, rule_name="x", verdict="conflict", severity="error", claims=claims, message="m")


@pytest.mark.parametrize(
    "line, codes, reason",
    [
        ("<!-- factcheck-ignore FC101: the 2023 draft -->", ("FC101",), "the 2023 draft"),
        ("<!--factcheck-ignore FC101, FC102:  two   spaces -->", ("FC101", "FC102"), "two spaces"),
        ("text before <!-- factcheck-ignore fc201: lower case code --> and after", ("FC201",), "lower case code"),
    ],
    ids=["plain", "two-codes", "inline-lower-case"],
)
def test_well_formed_directives(line, codes, reason):
    good, bad = find_directives(doc(f"# Title\n{line}\n"), CODES)
    assert bad == []
    [d] = good
    assert (d.line, d.codes, d.reason) == (2, codes, reason)


@pytest.mark.parametrize(
    "line, problem",
    [
        ("<!-- factcheck-ignore: no code here -->", "no rule code"),
        ("<!-- factcheck-ignore -->", "no rule code"),
        ("<!-- factcheck-ignore-all -->", "no rule code"),
        ("<!-- factcheck-ignore FC999: not a rule -->", "unknown rule code FC999"),
        ("<!-- factcheck-ignore FC000: the gate's own code -->", "unknown rule code FC000"),
        ("<!-- factcheck-ignore FC101 -->", "no reason"),
        ("<!-- factcheck-ignore FC101:   -->", "no reason"),
        ("<!-- factcheck-ignore everything: please -->", "'everything' is not a rule code"),
        ("<!-- factcheck-ignore FC101: never closed", "not closed"),
    ],
    ids=["colon-no-code", "empty", "ignore-all", "unknown-code", "own-code", "no-reason", "blank-reason", "word", "unclosed"],
)
def test_malformed_directives_silence_nothing_and_say_why(line, problem):
    good, bad = find_directives(doc(f"intro\n{line}\nRocket-7 has 100 billion parameters.\n"), CODES)
    assert good == []
    [m] = bad
    assert m.line == 2 and problem in m.problem


def test_a_directive_covers_its_own_line_and_the_next_for_its_codes_only():
    text = "l1\n<!-- factcheck-ignore FC101: quoted from the 2023 draft -->\nl3\nl4\n"
    good, _ = find_directives(doc(text), CODES)
    claims = {c.id: c for c in [claim("same", 2), claim("below", 3), claim("far", 4)]}
    findings = [finding("FC101", ["below"]), finding("FC101", ["same"]), finding("FC102", ["below"]), finding("FC101", ["far"])]
    out, warnings = apply_directives(findings, claims, good)
    assert [f.suppressed for f in out] == ["quoted from the 2023 draft", "quoted from the 2023 draft", None, None]
    assert warnings == []


def test_a_directive_in_another_article_does_not_silence_this_one():
    good, _ = find_directives(doc("<!-- factcheck-ignore FC101: ok -->\n", "a.md"), CODES)
    out, warnings = apply_directives([finding("FC101", ["c"])], {"c": claim("c", 1, "b.md")}, good)
    assert out[0].suppressed is None
    assert warnings == ["a.md:1: factcheck-ignore FC101 silences nothing (no FC101 finding has a claim on this line or the next)"]


def test_each_unused_code_of_a_directive_is_reported():
    good, _ = find_directives(doc("<!-- factcheck-ignore FC101, FC201: r -->\nx\n"), CODES)
    _, warnings = apply_directives([finding("FC101", ["c"])], {"c": claim("c", 2)}, good)
    assert warnings == ["b.md:1: factcheck-ignore FC201 silences nothing (no FC201 finding has a claim on this line or the next)"]


def test_malformed_directives_become_fc000_warnings_with_a_location_and_distinct_ids():
    text = "<!-- factcheck-ignore -->\n<!-- factcheck-ignore -->\n<!-- factcheck-ignore FC101 -->\n"
    _, bad = find_directives(doc(text), CODES)
    found = malformed_findings(bad)
    assert [f.rule for f in found] == [DIRECTIVE_RULE] * 3
    assert {f.verdict for f in found} == {Verdict.INCONSISTENCY} and {f.severity for f in found} == {Severity.WARNING}
    assert [f.location.line for f in found] == [1, 2, 3]
    assert len({f.id for f in found}) == 3
    moved = malformed_findings(find_directives(doc("new first line\n" + text), CODES)[1])
    assert [f.id for f in moved] == [f.id for f in found], "ids survive lines inserted above"
