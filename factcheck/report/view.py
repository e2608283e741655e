"""What every human-readable report shows the same way.

The HTML, Markdown and terminal reports and `factcheck explain` all order
findings, group a finding's claims by source, cut a quote around its value and
list the steps that turned the words into a value. Doing it once here keeps
the outputs telling the same story about the same finding.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from factcheck.evaluate.compare import human
from factcheck.evaluate.findings import describe_claim, show_value
from factcheck.evaluate.scopes import show
from factcheck.models import Claim, Finding, Severity, Summary, Verdict

PROBLEMS = (Verdict.CONFLICT, Verdict.INCONSISTENCY)
SECTIONS: tuple[tuple[Verdict, str], ...] = (
    (Verdict.CONFLICT, "Conflicts between sources"),
    (Verdict.INCONSISTENCY, "Sources contradicting themselves"),
    (Verdict.AGREEMENT, "Agreements"),
    (Verdict.COMPATIBLE, "Aligned but not comparable"),
)
TRIAGE_STATES = ("untriaged", "confirmed", "false_positive", "resolved")
_PLURALS = {"inconsistency": "inconsistencies", "compatible": "compatible", "info": "info"}
_VERDICT_RANK = {v: i for i, (v, _) in enumerate(SECTIONS)}


def plural(n: int, noun: str) -> str:
    """'1 conflict', '3 inconsistencies', '5 compatible': counts as people write them."""
    return f"{n} {noun if n == 1 else _PLURALS.get(noun, noun + 's')}"


def sources_label(f: Finding, n: int) -> str:
    """How many articles a finding's quotes come from; a conflict inside one article is between the sources
    that article credits ("sources inside one article disagree"), so it says so rather than "1 source"."""
    return "1 article, its sources disagree" if n == 1 and f.verdict == Verdict.CONFLICT else plural(n, "source")


def is_problem(f: Finding) -> bool:
    return f.verdict in PROBLEMS


def ordered_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Problems first (most severe first, conflicts before inconsistencies), then agreements, then compatible."""

    def key(f: Finding) -> tuple[int, int, int]:
        if is_problem(f):
            return (0, -f.severity.rank, _VERDICT_RANK[f.verdict])
        return (1, 0, _VERDICT_RANK[f.verdict])

    return sorted(findings, key=key)


def attribute_label(attribute: str | None) -> str:
    return (attribute or "?").replace("_", " ")


def finding_title(f: Finding) -> str:
    """'Step-1 · parameter count · 2024-06': what the finding is about."""
    parts = [f.entity or "?", attribute_label(f.attribute)]
    if f.period:
        parts.append(f.period)
    return " · ".join(parts)


def triage_state(f: Finding) -> str:
    return f.triage.state if f.triage else "untriaged"


def short_id(finding_id: str) -> str:
    """The first 8 characters: enough for `factcheck explain` in practice."""
    return finding_id[:8]


def severity_counts(findings: Iterable[Finding], verdict: Verdict) -> dict[Severity, int]:
    counts = {s: 0 for s in Severity}
    for f in findings:
        if f.verdict == verdict:
            counts[f.severity] += 1
    return counts


def verdict_phrase(findings: Sequence[Finding], verdict: Verdict, noun: str, total: int) -> str:
    """'4 conflicts (1 error, 3 warnings)': the count with its severities when there are any."""
    counts = severity_counts(findings, verdict)
    detail = ", ".join(plural(n, s.value) for s, n in counts.items() if n)
    return plural(total, noun) + (f" ({detail})" if detail else "")


def summary_parts(summary: Summary, findings: Sequence[Finding]) -> list[str]:
    """The counts of the linter-style summary line, in order."""
    return [
        verdict_phrase(findings, Verdict.CONFLICT, "conflict", summary.conflicts),
        verdict_phrase(findings, Verdict.INCONSISTENCY, "inconsistency", summary.inconsistencies),
        plural(summary.agreements, "agreement"),
        plural(summary.compatible, "compatible"),
    ]


def summary_mark(findings: Sequence[Finding]) -> str:
    """✖ when an error-level problem is there, ⚠ for warnings only, ✔ otherwise."""
    severities = {f.severity for f in findings if is_problem(f)}
    if Severity.ERROR in severities:
        return "✖"
    return "⚠" if Severity.WARNING in severities else "✔"


def triage_counts(findings: Iterable[Finding]) -> dict[str, int]:
    """Findings per triage state, every state listed (zero included) so reports stay comparable."""
    counts = {s: 0 for s in TRIAGE_STATES}
    for f in findings:
        state = triage_state(f)
        counts[state] = counts.get(state, 0) + 1
    return counts


# ---------------------------------------------------------------- quotes


@dataclass(frozen=True)
class Quote:
    """A sentence cut around the claim's value: before, the value as written, after."""

    before: str
    value: str
    after: str
    cut_before: bool = False
    cut_after: bool = False


def value_span(sentence: str, text: str) -> tuple[int, int] | None:
    """Where the value stands in its sentence, preferring a match not glued to other letters or digits."""
    if not text:
        return None
    found = []  # where re.finditer(re.escape(text)) finds it, without compiling a pattern per value (the cache of
    i = sentence.find(text)  # compiled patterns holds 512: a report of thousands of findings compiled most of them again)
    while i != -1:
        found.append(i)
        i = sentence.find(text, i + len(text))
    for i in found:
        before = sentence[i - 1] if i else " "
        after = sentence[i + len(text)] if i + len(text) < len(sentence) else " "
        if not (before.isalnum() or after.isalnum()):
            return i, i + len(text)
    return (found[0], found[0] + len(text)) if found else None


def quote(c: Claim, width: int | None = None) -> Quote:
    """The claim's sentence with the value picked out; `width` keeps that many characters around it."""
    s = " ".join(c.sentence.split())
    where = value_span(s, c.text)
    if where is None:
        head = s if width is None or len(s) <= width else s[:width]
        return Quote(head, "", "", cut_after=len(head) < len(s))
    i, j = where
    lo, hi = 0, len(s)
    if width is not None:
        lo = max(0, i - width // 2)
        hi = min(len(s), j + width // 2)
    return Quote(s[lo:i], s[i:j], s[j:hi], cut_before=lo > 0, cut_after=hi < len(s))


# -------------------------------------------------------------- sources


@dataclass(frozen=True)
class ValueRow:
    """Claims of one source that say the same value: shown once, with every line that says it."""

    document: str
    value: str
    claims: tuple[Claim, ...]

    @property
    def first(self) -> Claim:
        return self.claims[0]

    @property
    def lines(self) -> list[int]:
        return sorted({c.line for c in self.claims})

    @property
    def written(self) -> list[str]:
        """The distinct ways the sources wrote the value, in order of appearance."""
        return list(dict.fromkeys(c.text for c in self.claims))


@dataclass(frozen=True)
class Source:
    """One document's side of a finding."""

    document: str
    rows: tuple[ValueRow, ...]

    @property
    def claims(self) -> list[Claim]:
        return [c for r in self.rows for c in r.claims]


def finding_claims(f: Finding, claims: Mapping[str, Claim]) -> list[Claim]:
    return [claims[c] for c in f.claims if c in claims]


def value_rows(claims: Sequence[Claim]) -> list[ValueRow]:
    """Group claims by (document, value as normalized), in order of first appearance."""
    groups: dict[tuple[str, str], list[Claim]] = {}
    for c in claims:
        groups.setdefault((c.document, show_value(c)), []).append(c)
    return [ValueRow(doc, value, tuple(cs)) for (doc, value), cs in groups.items()]


def sources(f: Finding, claims: Mapping[str, Claim]) -> list[Source]:
    """The finding's claims grouped by document, each document's values grouped in rows."""
    by_doc: dict[str, list[ValueRow]] = {}
    for row in value_rows(finding_claims(f, claims)):
        by_doc.setdefault(row.document, []).append(row)
    return [Source(doc, tuple(rows)) for doc, rows in by_doc.items()]


def reasons(f: Finding, claims: Mapping[str, Claim]) -> list[str]:
    """The explanation lines that say why (comparisons, rates, tolerances), without the per-claim lines."""
    per_claim = {describe_claim(c) for c in finding_claims(f, claims)}
    return [x for x in f.explanation if x not in per_claim]


def key_reason(f: Finding, claims: Mapping[str, Claim]) -> str:
    """The one line that decided, for places with room for one: the first reason that is not a tolerance note."""
    return next((x for x in reasons(f, claims) if not x.startswith("tolerance")), f.message)


def line_list(lines: Sequence[int], most: int = 6) -> str:
    """'5, 6, 8 and 9 more': line numbers without flooding a cell."""
    shown = ", ".join(str(n) for n in lines[:most])
    return shown + (f" and {len(lines) - most} more" if len(lines) > most else "")


# ---------------------------------------------------------- normalization


def amount(x: float) -> str:
    """1.4e9 -> '1.4 billion', 500000 -> '500,000', 0.5 -> '0.5'."""
    if abs(x) >= 1e6:
        return human(x)
    return f"{int(x):,}" if float(x).is_integer() else f"{x:.4g}"


def span_text(lo: float, hi: float) -> str:
    """'19.05–20.93 billion': an interval with its scale word said once."""
    a, b = amount(lo), amount(hi)
    if a == b:
        return a
    word = b.rsplit(" ", 1)[-1]
    if word.isalpha() and a.endswith(" " + word):
        a = a[: -len(word) - 1]
    return f"{a}–{b}"


def tolerance_short(c: Claim) -> str | None:
    """'±500 million params': the rounding slack the digits imply, None when there is none."""
    t = c.value.tolerance
    if not t:
        return None
    return f"±{amount(t)}{' ' + c.value.unit if c.value.unit else ''}"


def tolerance_text(c: Claim) -> str | None:
    short = tolerance_short(c)
    return f"{short} (rounding of the digits given)" if short else None


def period_text(c: Claim) -> str:
    return show(c.time) if c.time is not None else "no stated period"


def normalized_text(c: Claim) -> str:
    """'130 billion params (exact)': the value after scale words, currency and qualifier."""
    return f"{show_value(c)} ({c.qualifier.value.replace('_', ' ')})"
