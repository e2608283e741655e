"""The Markdown report: for pull-request comments and $GITHUB_STEP_SUMMARY.

The same content as the HTML report, in tables: the summary counts, the
problems at a glance, then one block per finding with each source's quote,
value as written and normalized, the reasons and the triage state. Agreements
and compatible pairs fold into <details> so a comment stays readable.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator, Mapping

from factcheck.models import Claim, Finding, Report
from factcheck.report import view

_MARK = {"error": "✖", "warning": "⚠", "info": "ℹ"}
MARKDOWN_MAX_BYTES = 1024 * 1024  # GitHub's job summary ($GITHUB_STEP_SUMMARY) takes at most 1 MiB
_BLOCK_STARTS = ("## ", "### ", "<details>")
_SPECIAL = "\\`*_[]<>|~$"  # $ too: GitHub reads $...$ as math


def escape_md(text: str) -> str:
    """Markdown and HTML punctuation escaped, spaces kept as they are."""
    return "".join("\\" + ch if ch in _SPECIAL else ch for ch in text)


def text_cell(text: str) -> str:
    """Text safe inside a table cell: one line, punctuation escaped."""
    return escape_md(" ".join(text.split()))


def code_cell(text: str) -> str:
    """A file name or id as inline code inside a table cell."""
    return "`" + " ".join(text.split()).replace("`", "'").replace("|", "\\|") + "`"


def quote_cell(c: Claim, width: int = 180) -> str:
    """The sentence around the value, the value in bold."""
    q = view.quote(c, width)
    value = f"**{escape_md(q.value)}**" if q.value else ""
    before, after = escape_md(q.before), escape_md(q.after)
    return "“" + ("…" if q.cut_before else "") + before + value + after + ("…" if q.cut_after else "") + "”"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header), *("| " + " | ".join(r) + " |" for r in rows)]


def _summary(report: Report, findings: list[Finding]) -> list[str]:
    s = report.summary
    line = view.summary_mark(findings) + " " + " · ".join(view.summary_parts(s, findings))
    severity = " · ".join(f"{k} {n}" for k, n in s.by_severity.items())
    triage = " · ".join(f"{k.replace('_', ' ')} {n}" for k, n in view.triage_counts(findings).items())
    status = " · ".join(f"{k} {n}" for k, n in s.by_status.items()) or "none"
    return [
        f"**{line} in {view.plural(s.documents, 'file')}**",
        "",
        *_table(
            ["Articles", "Claims", "Conflicts", "Inconsistencies", "Agreements", "Compatible pairs", "Blocking"],
            [[str(x) for x in (s.documents, s.claims, s.conflicts, s.inconsistencies, s.agreements, s.compatible, s.blocking)]],
        ),
        "",
        *_table(["Problems by severity", "Triage", "Status"], [[severity, triage, status]]),
        "",
    ]


def _says(source: view.Source) -> str:
    values = ", ".join(f"**{text_cell(r.value)}**" for r in source.rows[:3]) + (" …" if len(source.rows) > 3 else "")
    lines = view.line_list(sorted({n for r in source.rows for n in r.lines}), most=3)
    return f"{values} ({code_cell(source.document)} line {lines})"


def _glance(cards: Iterable[tuple[Finding, list[view.Source]]]) -> Iterator[str]:
    """The problems' table, one row at a time (a cap may stop reading it before its end)."""
    header = ["Severity", "Verdict", "About", "What each source says", "Id"]
    yield from ["## Problems at a glance", "", *_table(header, [])]
    for f, srcs in cards:
        row = [
            f"{_MARK[f.severity.value]} {f.severity.value}",
            f.verdict.value,
            text_cell(view.finding_title(f)),
            "<br>".join(_says(s) for s in srcs),
            code_cell(view.short_id(f.id)),
        ]
        yield "| " + " | ".join(row) + " |"
    yield ""


def _source_rows(srcs: list[view.Source]) -> list[list[str]]:
    rows = []
    for s in srcs:
        for r in s.rows:
            c = r.first
            tol = view.tolerance_short(c)
            rows.append(
                [
                    code_cell(s.document),
                    view.line_list(r.lines),
                    quote_cell(c),
                    ", ".join(text_cell(w) for w in r.written),
                    text_cell(view.normalized_text(c) + (f", {tol}" if tol else "")),
                    text_cell(view.period_text(c)),
                ]
            )
    return rows


def _finding(f: Finding, srcs: list[view.Source], claims: Mapping[str, Claim]) -> list[str]:
    triage = f"**{view.triage_state(f).replace('_', ' ')}**"
    if f.triage:
        said = [f"{k}: {text_cell(v)}" for k, v in (("reason", f.triage.reason), ("note", f.triage.note)) if v]
        triage += f" ({'; '.join(said)})" if said else ""
    out = [
        text_cell(f.message),
        "",
        *_table(["Source", "Lines", "Quote", "As written", "Normalized", "Period"], _source_rows(srcs)),
        "",
    ]
    why = view.reasons(f, claims)
    if why:
        out += [f"**Why** (rule {f.rule} {f.rule_name}):", "", *(f"- {text_cell(x)}" for x in why), ""]
    out += [
        f"Triage: {triage} · status: {f.status.value} · id {code_cell(f.id)} · "
        f"details: {code_cell('factcheck explain ' + view.short_id(f.id))}",
        "",
    ]
    return out


def capped(lines: list[str], max_bytes: int | None, findings: int) -> list[str]:
    """The lines, cut before the first block (section or finding) that would pass `max_bytes`, with a line
    saying what was cut; problems come first in the report, so agreements are what a cap drops first."""
    sizes = [len(line.encode("utf-8")) + 1 for line in lines]
    if max_bytes is None or sum(sizes) <= max_bytes:
        return lines
    budget = max_bytes - 400  # room for the note
    used, cut = 0, 0
    for i, size in enumerate(sizes):
        if lines[i].startswith(_BLOCK_STARTS):
            cut = i
        if used + size > budget:
            break
        used += size
    kept = lines[:cut]
    shown = sum(1 for line in kept if line.startswith(("### ", "<details>")))
    note = (
        f"**Cut to fit {max_bytes:,} bytes**: {shown} of {findings} findings are shown above "
        "(problems first); the full report is report.html and report.json."
    )
    return [*kept, "", "---", "", note]


def _lines(report: Report, findings: list[Finding]) -> Iterator[str]:
    """The report's Markdown lines, uncapped, each finding's made only when it is reached."""
    claims = report.claims_by_id
    yield from ["# factcheck report", "", *_summary(report, findings)]
    if report.warnings:
        yield from [f"## Warnings ({len(report.warnings)})", "", *(f"- {text_cell(w)}" for w in report.warnings), ""]
    problems = [f for f in findings if view.is_problem(f)]
    if problems:
        yield from _glance((f, view.sources(f, claims)) for f in problems)
    for verdict, title in view.SECTIONS:
        section = [f for f in findings if f.verdict == verdict]
        yield from [f"## {title} ({len(section)})", ""]
        if not section:
            yield from ["None.", ""]
        for f in section:
            srcs = view.sources(f, claims)
            heading = f"{f.verdict.value} · {view.finding_title(f)} · {view.sources_label(f, len(srcs))}"
            if view.is_problem(f):
                yield from [f"### {_MARK[f.severity.value]} {f.severity.value}: {text_cell(heading)}", ""]
                yield from _finding(f, srcs, claims)
            else:
                yield from [f"<details><summary>{html.escape(heading)}</summary>", "", *_finding(f, srcs, claims), "</details>", ""]


def _prefix(lines: Iterable[str], max_bytes: int | None) -> list[str]:
    """The lines up to the first one that takes them past `max_bytes` (all of them when they fit or there is no
    cap): `capped` decides from that prefix alone, so the findings after it are never rendered (a report of
    20,000 findings rendered every card to keep the first few hundred)."""
    if max_bytes is None:
        return list(lines)
    out: list[str] = []
    used = 0
    for line in lines:
        out.append(line)
        used += len(line.encode("utf-8")) + 1
        if used > max_bytes:
            break
    return out


def render_markdown(report: Report, max_bytes: int | None = None) -> str:
    """The report as GitHub-flavoured Markdown, at most `max_bytes` (whole findings are dropped from the end);
    the same report always gives the same text."""
    findings = view.ordered_findings(report.findings)
    return "\n".join(capped(_prefix(_lines(report, findings), max_bytes), max_bytes, len(findings))).rstrip() + "\n"
