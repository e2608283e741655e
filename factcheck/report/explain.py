"""One finding in full for the terminal: every claim, its sentence, each normalization step, the rule that decided."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

import math

from factcheck.evaluate.compare import span
from factcheck.evaluate.rulefile import RuleSpec
from factcheck.evaluate.tolerance import FigureSlack
from factcheck.models import Claim, Finding, Report
from factcheck.report import view
from factcheck.report.text import highlighted

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _facts(rows: list[tuple[str, str]]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column()
    for key, value in rows:
        grid.add_row(key, value)
    return grid


def _written(canonical: str | None, written: str | None) -> str:
    if canonical is None:
        return "[dim]none found[/dim]"
    said = f" [dim](written '{escape(written)}')[/dim]" if written and written != canonical else ""
    return escape(canonical) + said


def decided_tolerance(c: Claim, slack: FigureSlack) -> str | None:
    """'±300 million USD (as the rule compared it)': the reach the decision used (the rounding the digits imply,
    capped and widened by the rule's tolerance), so explain never shows a different margin from the decision."""
    if c.value.start is not None or c.value.end is not None:
        return None
    s, v = span(c, slack), c.value
    reach = v.low - s.lo if v.low is not None and math.isfinite(s.lo) else s.hi - v.high if v.high is not None and math.isfinite(s.hi) else None
    if not reach:
        return None
    unit = f" {v.unit}" if v.unit else ""
    return f"±{view.amount(reach)}{unit} (as the rule compared it: rounding of the digits, capped, plus the rule's slack)"


def claim_facts(c: Claim, slack: FigureSlack | None = None) -> Table:
    """What the tool read for one claim, one labelled line per step from the words to the value; with the rule's
    `slack`, the tolerance shown is the one the decision used."""
    tolerance = decided_tolerance(c, slack) if slack is not None else view.tolerance_text(c)
    rows = [
        ("sentence", f"“{highlighted(c, None)}”"),
        *([("section", escape(c.context))] if c.context else []),
        ("entity", _written(c.entity, c.entity_text)),
        ("attribute", _written(view.attribute_label(c.attribute) if c.attribute else None, c.attribute_text)),
        ("value", f"'{escape(c.text)}' → [bold]{escape(view.normalized_text(c))}[/bold]"),
        *([("tolerance", escape(tolerance))] if tolerance else []),
        ("period", escape(view.period_text(c))),
    ]
    rows += [("steps" if i == 0 else "", escape(note)) for i, note in enumerate(c.notes)]
    return _facts(rows)


def _rule_facts(f: Finding, rule: RuleSpec | None) -> Table:
    rows = [("rule", f"{f.rule} {escape(f.rule_name)}")]
    if rule is not None:
        rows.append(("type", f"{rule.type}, {rule.scope} sources, severity {rule.severity.value}"))
        if rule.description:
            rows.append(("what", escape(" ".join(rule.description.split()))))
        rows.append(("tolerance", ", ".join(f"{k}={v:g}" for k, v in rule.tolerance.model_dump().items())))
    return _facts(rows)


def print_explanation(report: Report, f: Finding, console: Console, rule: RuleSpec | None = None) -> None:
    """Everything the report knows about one finding, from the quotes to the verdict."""
    claims = report.claims_by_id
    style = _STYLE[f.severity.value]
    console.print(
        f"[{style}]{f.severity.value.upper()}[/{style}] {f.verdict.value}  [bold]{escape(view.finding_title(f))}[/bold]"
    )
    triage = view.triage_state(f).replace("_", " ")
    if f.triage:
        triage += "".join(
            f" · {label} {escape(value)}"
            for label, value in (("reason", f.triage.reason), ("note", f.triage.note), ("by", f.triage.who), ("on", f.triage.when))
            if value
        )
    console.print(f"[dim]id[/dim] {f.id}  [dim]status[/dim] {f.status.value}  [dim]triage[/dim] {triage}")
    if f.suppressed:
        console.print(f"[dim]silenced in the article:[/dim] {escape(f.suppressed)}")
    console.print(escape(f.message))
    for i, c in enumerate(view.finding_claims(f, claims), start=1):
        console.print()
        console.print(f"[bold]{i}. {escape(c.document)}:{c.line}:{c.column}[/bold]  '{escape(c.text)}'")
        console.print(claim_facts(c, getattr(rule, "tolerance", None) if isinstance(getattr(rule, "tolerance", None), FigureSlack) else None))
    console.print()
    console.print("[bold]Rule[/bold]")
    console.print(_rule_facts(f, rule))
    console.print()
    console.print("[bold]Decision[/bold]")
    for line in view.reasons(f, claims):
        console.print(f"  - {escape(line)}")
    console.print(f"  → [{style}]{f.verdict.value}[/{style}] ({f.severity.value})")
