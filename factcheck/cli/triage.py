"""`factcheck triage`: list the latest scan's findings and record reviewers' decisions in the ledger."""

from __future__ import annotations

from pathlib import Path

import click

from factcheck.app.config import load_config
from factcheck.app.latest import latest, save_ledger
from factcheck.cli.common import consoles, handle_errors
from factcheck.cli.project import ledger_option
from factcheck.cli.reading import db_option
from factcheck.models import Status
from factcheck.store import LatestScan
from factcheck.triage import policies
from factcheck.triage.ledger import STATES, Ledger, load_ledger

who_option = click.option("--who", default=None, help="Who decides [default: git config user.name, else $USER].")


@click.group("triage")
def triage_group() -> None:
    """Review findings: confirm them, mark false positives or resolved ones, in factcheck.triage.yml.

    Decisions are keyed by the finding's fingerprint, so they survive edits
    elsewhere in the articles and re-scans. A confirmed or false-positive
    finding no longer blocks; a resolved one that comes back is `regressed`
    and blocks again. The commands work on the latest scan in the database.
    """


def _inputs(db_path: Path, ledger_path: Path | None) -> tuple[LatestScan, Ledger]:
    """What every triage command works on: the latest recorded scan and the ledger (a missing one is empty)."""
    if ledger_path is None:
        cfg = load_config()
        ledger_path = cfg.path(cfg.values.ledger)
    return latest(db_path), load_ledger(ledger_path)


@triage_group.command("list")
@click.option("--all", "show_all", is_flag=True, help="Also list agreements and compatible pairs.")
@click.option(
    "--state",
    "states",
    multiple=True,
    type=click.Choice([*STATES, "none"]),
    help="Only findings with this triage state; `none` for untriaged ones (repeatable).",
)
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice([s.value for s in Status]),
    help="Only findings with this status against the ledger and baseline (repeatable).",
)
@ledger_option
@db_option
@handle_errors
def list_findings(show_all: bool, states: tuple[str, ...], statuses: tuple[str, ...], ledger_path: Path, db_path: Path) -> None:
    """List the latest scan's problems: id, status, triage state, severity, rule, verdict, what, where.

    Absent findings (known to the ledger or baseline, not produced now) come last.
    """
    out, _ = consoles()
    scan, ledger = _inputs(db_path, ledger_path)
    rows = policies.listed(scan.findings, ledger, policies.ListFilter(show_all, states, statuses))
    for row in rows:
        s, entry, f = row.stored, row.entry, row.stored.finding
        status = s.status + (",blocks" if s.blocking else "") + (",suppressed" if s.suppressed else "")
        about = " · ".join(x for x in (f.entity, f.attribute, f.period) if x)
        out.print(
            f"{f.id}  {status:<16} {(entry.decision.state if entry else '-'):<14} "
            f"{(f.severity.value if f.severity else '-'):<7} {f.rule} {(f.verdict.value if f.verdict else '-'):<13} "
            f"{about}  [{', '.join(f.documents)}]",
            markup=False,
        )
    out.print(f"{len(rows)} findings from run {scan.run} in {db_path}; {len(ledger)} decisions in {ledger.path}", markup=False)


@triage_group.command("show")
@click.argument("finding_id", metavar="ID")
@ledger_option
@db_option
@handle_errors
def show(finding_id: str, ledger_path: Path, db_path: Path) -> None:
    """Show one finding (a unique id prefix is enough): what, where, why, and its triage decision."""
    out, _ = consoles()
    scan, ledger = _inputs(db_path, ledger_path)
    stored = scan.by_id()
    fid = policies.resolve(scan.findings, ledger, finding_id)
    entry = ledger.get(fid)
    s = stored.get(fid)
    f = s.finding if s else None
    facts = f or (entry.finding if entry else None)
    lines = [
        f"id:        {fid}",
        f"rule:      {facts.rule if facts else '?'}" + (f" ({f.verdict.value}, {f.severity.value})" if f and f.verdict and f.severity else ""),
        f"about:     {' · '.join(x for x in (facts.entity, facts.attribute, facts.period) if x) if facts else '?'}",
        f"documents: {', '.join(facts.documents) if facts else ''}",
        f"status:    {s.status if s else 'absent'}" + (" (blocks)" if s and s.blocking else ""),
    ]
    if s and s.suppressed:
        lines.append(f"suppressed in the article: {s.suppressed}")
    if f and f.message:
        lines.append(f"message:   {f.message}")
    if s:
        lines += [f"  at {p}" for p in s.places] + [f"  - {x}" for x in s.explanation]
    if entry:
        d = entry.decision
        lines.append(f"triage:    {d.state}" + (f" by {d.who}" if d.who else "") + (f" on {d.when}" if d.when else ""))
        lines += [f"  reason: {d.reason}"] if d.reason else []
        lines += [f"  note:   {d.note}"] if d.note else []
        if f and d.evidence and f.evidence and d.evidence != f.evidence:
            lines.append(f"  evidence changed since the decision ({d.evidence} -> {f.evidence})")
    else:
        lines.append("triage:    none (set one with `factcheck triage set ID --state S --reason R`)")
    for line in lines:
        out.print(line, markup=False)


@triage_group.command("set")
@click.argument("finding_id", metavar="ID")
@click.option("--state", type=click.Choice(list(STATES)), required=True, help="The decision.")
@click.option("--reason", default=None, help="Why (shown in reports and SARIF suppressions).")
@click.option("--note", default=None, help="Anything else a later reviewer should know.")
@who_option
@ledger_option
@db_option
@handle_errors
def set_state(finding_id: str, state: str, reason: str | None, note: str | None, who: str | None, ledger_path: Path, db_path: Path) -> None:
    """Record a decision for finding ID (a unique prefix is enough) in the ledger.

    ID may name a finding of the latest scan or one the ledger already holds
    (e.g. to mark an absent finding resolved). The decision replaces any
    earlier one for that finding, with who and today's date.
    """
    _, err = consoles()
    scan, ledger = _inputs(db_path, ledger_path)
    fid = policies.set_decision(scan.findings, ledger, finding_id, state, reason=reason, note=note, who=who)
    save_ledger(ledger, db_path)
    err.print(f"{fid}: {state} in {ledger.path}", markup=False)


@triage_group.command("adopt")
@click.option("--state", type=click.Choice(list(STATES)), default="confirmed", show_default=True, help="The decision for each.")
@click.option("--reason", default=policies.ADOPTED, show_default=True, help="The reason recorded with each.")
@who_option
@ledger_option
@db_option
@handle_errors
def adopt(state: str, reason: str, who: str | None, ledger_path: Path, db_path: Path) -> None:
    """Record every untriaged conflict and inconsistency of the latest scan (default: confirmed).

    For starting a ledger on an existing corpus, or after the findings
    change: adopt what is there, then correct single ones with `triage set`.
    Suppressed findings and findings already in the ledger are left alone.
    """
    _, err = consoles()
    scan, ledger = _inputs(db_path, ledger_path)
    todo = policies.adopt(scan.findings, ledger, state, reason, who)
    save_ledger(ledger, db_path)
    err.print(f"{len(todo)} findings recorded as {state} in {ledger.path}", markup=False)


@triage_group.command("prune")
@click.option("--dry-run", is_flag=True, help="Only list what would be removed.")
@ledger_option
@db_option
@handle_errors
def prune(dry_run: bool, ledger_path: Path, db_path: Path) -> None:
    """Remove confirmed and false_positive decisions whose findings the latest scan no longer produces.

    Resolved decisions stay: they are what turns a returning finding into
    `regressed`.
    """
    _, err = consoles()
    scan, ledger = _inputs(db_path, ledger_path)
    stale = policies.stale(scan.findings, ledger) if dry_run else policies.prune(scan.findings, ledger)
    for fid in stale:
        err.print(f"{'would remove' if dry_run else 'removed'} {fid}", markup=False)
    if not dry_run:
        save_ledger(ledger, db_path)
    err.print(f"{len(stale)} stale decisions", markup=False)
