"""The terminal summary, printed with rich: each problem with both quotes, then counts."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from factcheck.evaluate.findings import show_value
from factcheck.models import Claim, Report, Severity, Verdict

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _highlight(c: Claim, width: int = 160) -> str:
    s = c.sentence
    i = s.find(c.text)
    if i == -1:
        return escape(s[:width])
    lo = max(0, i - width // 2)
    hi = min(len(s), i + len(c.text) + width // 2)
    pre, mid, post = s[lo:i], s[i : i + len(c.text)], s[i + len(c.text) : hi]
    return f"{'…' if lo else ''}{escape(pre)}[bold]{escape(mid)}[/bold]{escape(post)}{'…' if hi < len(s) else ''}"


def summary_line(report: Report) -> str:
    s = report.summary
    problems = [f for f in report.findings if f.verdict in (Verdict.CONFLICT, Verdict.INCONSISTENCY)]
    errors = sum(1 for f in problems if f.severity == Severity.ERROR)
    warnings = sum(1 for f in problems if f.severity == Severity.WARNING)
    mark = "✖" if errors else ("⚠" if warnings else "✔")
    return (
        f"{mark} {s.conflicts} conflicts · {s.inconsistencies} inconsistencies "
        f"({errors} errors, {warnings} warnings) · {s.agreements} agreements · {s.compatible} compatible "
        f"in {s.documents} files"
    )


def print_text(report: Report, console: Console, *, verbose: bool = False) -> None:
    claims = {c.id: c for c in report.claims}
    for w in report.warnings:
        console.print(f"[yellow]warning:[/yellow] {escape(w)}")
    problems = [f for f in report.findings if f.verdict in (Verdict.CONFLICT, Verdict.INCONSISTENCY)]
    for f in problems:
        style = _STYLE[f.severity]
        status = f" [dim]{f.status.value}[/dim]" if f.status.value != "new" else ""
        triage = f" [dim]triaged {f.triage.state}[/dim]" if f.triage else ""
        console.print(
            f"[{style}]{f.severity.value.upper()}[/{style}] {f.rule} {f.verdict.value}: "
            f"[bold]{escape(f.entity or '?')}[/bold] · {escape((f.attribute or '?').replace('_', ' '))}"
            + (f" · {escape(f.period)}" if f.period else "")
            + f" [dim]{f.id}[/dim]{status}{triage}"
        )
        for cid in f.claims[:6]:
            c = claims.get(cid)
            if c is None:
                continue
            console.print(f"   [dim]{escape(c.document)}:{c.line}[/dim]  {escape(show_value(c))}  “{_highlight(c)}”")
        if len(f.claims) > 6:
            console.print(f"   [dim]... and {len(f.claims) - 6} more claims[/dim]")
        reason = next((x for x in f.explanation if " vs " in x or "not " in x or "overlap" in x), f.message)
        console.print(f"   [italic]{escape(reason)}[/italic]")
        if verbose:
            for line in f.explanation:
                console.print(f"     [dim]- {escape(line)}[/dim]")
        console.print()
    benign = [f for f in report.findings if f.verdict in (Verdict.AGREEMENT, Verdict.COMPATIBLE)]
    if benign and verbose:
        table = Table(title="Agreements and compatible pairs", show_lines=False)
        for col in ("verdict", "entity", "attribute", "values"):
            table.add_column(col)
        for f in benign:
            vals = "; ".join(claims[c].text for c in f.claims if c in claims)
            table.add_row(f.verdict.value, escape(f.entity or "?"), escape(f.attribute or "?"), escape(vals[:80]))
        console.print(table)
    console.print(summary_line(report))
