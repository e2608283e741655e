"""The terminal report, printed with rich: each problem with its sources' quotes, then a linter-style summary.

Colour comes from the console: rich colours only on a terminal, and the CLI
turns it off for --no-color. The last line is always the summary, so `tail -1`
of a scan says how it went.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from factcheck.models import Claim, Finding, Report, Severity
from factcheck.report import view
from factcheck.report.locations import finding_places

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_MARK_STYLE = {"✖": "bold red", "⚠": "bold yellow", "✔": "bold green"}
MOST_ROWS = 6


def summary_line(report: Report) -> str:
    """'✖ 4 conflicts (1 error, 3 warnings) · 3 inconsistencies · 14 agreements · 5 compatible in 5 files'."""
    findings = report.findings
    parts = view.summary_parts(report.summary, findings)
    line = f"{view.summary_mark(findings)} {' · '.join(parts)} in {view.plural(report.summary.documents, 'file')}"
    return line + (f" · {view.plural(len(report.warnings), 'input warning')}" if report.warnings else "")


def gate_line(report: Report, fail_on: str) -> str:
    """One line for the terminal: how many findings block, and the statuses behind that."""
    s = report.summary
    statuses = ", ".join(f"{n} {name}" for name, n in s.by_status.items()) or "no findings"
    verdict = f"{s.blocking} blocking" if s.blocking else "nothing blocks"
    return f"gate (--fail-on {fail_on}): {verdict} · {statuses}"


def highlighted(c: Claim, width: int = 150) -> str:
    """The quote around the value as rich markup, the value in bold."""
    q = view.quote(c, width)
    return (
        ("…" if q.cut_before else "")
        + escape(q.before)
        + (f"[bold underline]{escape(q.value)}[/bold underline]" if q.value else "")
        + escape(q.after)
        + ("…" if q.cut_after else "")
    )


def _where(row: view.ValueRow, paths: Mapping[str, str]) -> str:
    """`path:line:col`, the path relative to the current folder, so a terminal or editor opens it."""
    lines = row.lines
    more = f" +{len(lines) - 1}" if len(lines) > 1 else ""
    first = row.first
    return f"{paths.get(row.document, row.document)}:{first.line}:{first.column}{more}"


def blocking_lines(report: Report, blocking: Collection[str], paths: Mapping[str, str]) -> list[str]:
    """One line per blocking finding (`--quiet`): where the change put it, severity, verdict, what, rule and id."""
    blocked = set(blocking)
    out = []
    for f in view.ordered_findings(report.findings):
        if f.id not in blocked:
            continue
        places = finding_places(f, report.claims_by_id, report.documents_by_id, paths)
        where = f"{places[0].path}:{places[0].line}:{places[0].column}: " if places else ""
        out.append(f"{where}{f.severity.value} {f.verdict.value} {view.finding_title(f)} [{f.rule} {view.short_id(f.id)}]")
    return out


def print_finding(
    f: Finding, claims: dict[str, Claim], console: Console, *, verbose: bool = False, paths: Mapping[str, str] = {}
) -> None:
    """One problem: header, one line per source and value with its quote, the reason, the explain command."""
    style = _STYLE[f.severity]
    extra = "" if f.status.value == "new" else f" [dim]{f.status.value}[/dim]"
    if f.triage:
        extra += f" [dim]triaged {escape(f.triage.state)}[/dim]"
    console.print(
        f"[{style}]{f.severity.value.upper()}[/{style}] {f.verdict.value}  [bold]{escape(view.finding_title(f))}[/bold]"
        f"  [dim]{f.rule} {view.short_id(f.id)}[/dim]{extra}"
    )
    rows = [r for s in view.sources(f, claims) for r in s.rows]
    shown = rows[:MOST_ROWS]
    where_width = max((len(_where(r, paths)) for r in shown), default=0)
    value_width = max((len(r.value) for r in shown), default=0)
    for row in shown:
        where, value = _where(row, paths).ljust(where_width), row.value.ljust(value_width)
        console.print(f"   [dim]{escape(where)}[/dim]  [bold]{escape(value)}[/bold]  “{highlighted(row.first)}”")
    if len(rows) > MOST_ROWS:
        console.print(f"   [dim]… and {view.plural(len(rows) - MOST_ROWS, 'more value')}[/dim]")
    lines = view.reasons(f, claims) if verbose else [view.key_reason(f, claims)]
    for line in lines:
        console.print(f"   [italic]why:[/italic] {escape(line)}")
    console.print(f"   [dim]→ factcheck explain {view.short_id(f.id)}[/dim]")
    console.print()


def _benign_table(findings: Sequence[Finding], claims: dict[str, Claim]) -> Table:
    table = Table(title="Agreements and compatible pairs", title_justify="left")
    for col in ("verdict", "about", "values", "sources", "id"):
        table.add_column(col)
    for f in findings:
        srcs = view.sources(f, claims)
        values = "; ".join(dict.fromkeys(r.value for s in srcs for r in s.rows))
        table.add_row(f.verdict.value, escape(view.finding_title(f)), escape(values[:90]), str(len(srcs)), view.short_id(f.id))
    return table


def print_text(
    report: Report,
    console: Console,
    *,
    verbose: bool = False,
    footer: Sequence[str] = (),
    paths: Mapping[str, str] = {},
) -> None:
    """Problems first (most severe first), agreements as a table with --verbose, hints, then the summary line."""
    claims = report.claims_by_id
    for w in report.warnings:
        console.print(f"[yellow]warning:[/yellow] {escape(w)}")
    findings = view.ordered_findings(report.findings)
    for f in findings:
        if view.is_problem(f):
            print_finding(f, claims, console, verbose=verbose, paths=paths)
    benign = [f for f in findings if not view.is_problem(f)]
    if benign and verbose:
        console.print(_benign_table(benign, claims))
        console.print()
    for line in footer:
        console.print(f"[dim]{escape(line)}[/dim]")
    mark = view.summary_mark(report.findings)
    console.print(f"[{_MARK_STYLE[mark]}]{escape(summary_line(report))}[/{_MARK_STYLE[mark]}]")
