"""In-article suppression: `<!-- factcheck-ignore FC101: reason -->` silences one rule on nearby claims.

A directive covers the claims on its own line and on the line below it, and
only findings of the codes it names. It must name at least one known rule code
and give a reason; a directive that does not is never applied (it silences
nothing, and certainly not everything) and becomes a finding of its own:
rule FC000 `suppression-directive`, verdict `inconsistency` (the article says
something about itself that cannot be right), severity `warning`. FC000 is
produced here rather than by a rule file because it is about the markup, not
about figures; it follows the same status, triage and `--fail-on` logic as any
finding. A well-formed directive that silences nothing is reported as a
warning (stderr and the JSON report's `warnings`).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from factcheck.evaluate.fingerprint import fingerprint
from factcheck.models import Claim, Document, Finding, Severity, SourceLocation, Verdict

DIRECTIVE_RULE = "FC000"
DIRECTIVE_RULE_NAME = "suppression-directive"
DIRECTIVE_RULE_DESCRIPTION = (
    "A `<!-- factcheck-ignore CODE: reason -->` comment that cannot be applied: no rule code, an unknown code, "
    "no reason, or not closed on its line. It silences nothing until it is fixed."
)
EXPECTED = "expected <!-- factcheck-ignore FC101: reason --> (one or more codes, a colon, a reason)"
_START = re.compile(r"<!--\s*factcheck-ignore", re.IGNORECASE)
_CODE = re.compile(r"^FC\d{3}$", re.IGNORECASE)


@dataclass(frozen=True)
class Directive:
    """A well-formed directive: the codes it silences and why, on `line` and `line + 1`."""

    document: str
    line: int
    column: int
    codes: tuple[str, ...]
    reason: str

    def covers(self, line: int) -> bool:
        return line in (self.line, self.line + 1)


@dataclass(frozen=True)
class MalformedDirective:
    document: str
    line: int
    column: int
    text: str
    problem: str


def _parse(body: str, rule_codes: Collection[str]) -> tuple[tuple[str, ...], str] | str:
    """(codes, reason) for a directive's body, or what is wrong with it."""
    head, colon, reason = body.partition(":")
    tokens = [t for t in re.split(r"[\s,]+", head.strip()) if t]
    if not tokens:
        return "no rule code"
    bad = [t for t in tokens if not _CODE.match(t)]
    if bad:
        return f"'{bad[0]}' is not a rule code" if colon else "no rule code, or no colon before the reason"
    codes = tuple(t.upper() for t in tokens)
    unknown = [c for c in codes if c not in rule_codes or c == DIRECTIVE_RULE]
    if unknown:
        return f"unknown rule code {unknown[0]}"
    if not colon or not reason.strip():
        return "no reason after the rule code"
    return codes, " ".join(reason.split())


def find_directives(document: Document, rule_codes: Collection[str]) -> tuple[list[Directive], list[MalformedDirective]]:
    """Every `factcheck-ignore` comment in one article, split into usable and malformed ones."""
    good: list[Directive] = []
    bad: list[MalformedDirective] = []
    if "factcheck-ignore" not in document.text.lower():
        return good, bad
    for m in _START.finditer(document.text):
        line, column = document.line_col(m.start())
        rest = document.line_text(line)[m.end() - document.line_starts[line - 1] :]
        close = rest.find("-->")
        text = document.text[m.start() : m.end() + (close + 3 if close != -1 else len(rest))]
        parsed = _parse(rest[:close], rule_codes) if close != -1 else "not closed with --> on the same line"
        if isinstance(parsed, str):
            bad.append(MalformedDirective(document.id, line, column, text.strip(), parsed))
        else:
            good.append(Directive(document.id, line, column, parsed[0], parsed[1]))
    return good, bad


def malformed_findings(malformed: Iterable[MalformedDirective]) -> list[Finding]:
    """One FC000 finding per malformed directive; identical directives in one file are told apart by order."""
    seen: dict[tuple[str, str], int] = defaultdict(int)
    out: list[Finding] = []
    for d in malformed:
        seen[(d.document, d.text)] += 1
        nth = seen[(d.document, d.text)]
        label = d.text if nth == 1 else f"{d.text} #{nth}"
        out.append(
            Finding(
                id=fingerprint(DIRECTIVE_RULE, Verdict.INCONSISTENCY, label, DIRECTIVE_RULE_NAME, None, [d.document]),
                rule=DIRECTIVE_RULE,
                rule_name=DIRECTIVE_RULE_NAME,
                verdict=Verdict.INCONSISTENCY,
                severity=Severity.WARNING,
                entity="suppression directive",
                attribute="syntax",
                claims=[],
                documents=[d.document],
                message=f"{d.document}:{d.line}: malformed suppression directive ({d.problem}); it silences nothing",
                explanation=[f"{d.document}:{d.line}:{d.column} {d.text}", EXPECTED],
                evidence=hashlib.sha256(f"{d.text}|{d.problem}".encode("utf-8")).hexdigest()[:16],
                location=SourceLocation(document=d.document, line=d.line, column=d.column),
            )
        )
    return out


def apply_directives(
    findings: Iterable[Finding], claims: Mapping[str, Claim], directives: Iterable[Directive]
) -> tuple[list[Finding], list[str]]:
    """Findings with `suppressed` set where a directive covers one of their claims, and a warning per unused code."""
    by_doc: dict[str, list[Directive]] = defaultdict(list)
    for d in directives:
        by_doc[d.document].append(d)
    used: set[tuple[Directive, str]] = set()
    out: list[Finding] = []
    for f in findings:
        hit = next(
            (
                d
                for cid in f.claims
                if (c := claims.get(cid)) is not None
                for d in by_doc.get(c.document, ())
                if f.rule in d.codes and d.covers(c.line)
            ),
            None,
        )
        if hit is not None:
            used.add((hit, f.rule))
            f = f.model_copy(update={"suppressed": hit.reason})
        out.append(f)
    warnings = [
        f"{d.document}:{d.line}: factcheck-ignore {code} silences nothing (no {code} finding has a claim on this line or the next)"
        for doc in sorted(by_doc)
        for d in by_doc[doc]
        for code in d.codes
        if (d, code) not in used
    ]
    return out, warnings
