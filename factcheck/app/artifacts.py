"""After a gated scan: write the report files, record the run in the store, keep the cache lean.

    OUT/report.json, OUT/report.md, OUT/report.html (+ --html-output, --json/sarif/junit-output)
    record_run(db)   the latest scan's tables, its whole report, a `runs` row, the ledger's mirror

Files are written in a fixed order and carry no timestamps, so two scans of
the same articles give the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.app.atomic import commit_set, journal_for, write_all
from factcheck.app.check import Checked
from factcheck.app.gitref import source_root
from factcheck.report.formats import RenderContext, render
from factcheck.report.html import rate_converter
from factcheck.report.locations import artifact_paths, finding_places
from factcheck.report.sarif import rule_infos
from factcheck.store import RunContext, committed, record_run, scan_lock
from factcheck.triage.ledger import Ledger


__all__ = ["Artifacts", "publish", "record", "render_all", "render_context", "scan_lock", "write_artifacts"]


@dataclass(frozen=True)
class Artifacts:
    """Where one scan's files go: the --out folder and the extra files named on the command line."""

    out_dir: Path = Path("reports")
    extra: Mapping[str, Path] = field(default_factory=dict)  # format ("html", "json", "sarif", "junit") -> file
    formats: tuple[str, ...] = ("json", "markdown", "html")  # written into out_dir (the configuration's `formats`)

    def files(self) -> list[tuple[Path, str]]:
        """(file, format) in the order they are written; a file named twice is written once."""
        names = {"json": "report.json", "markdown": "report.md", "html": "report.html", "sarif": "report.sarif", "junit": "junit.xml"}
        named = [(self.out_dir / names[fmt], fmt) for fmt in names if fmt in self.formats]
        named += [(path, fmt) for fmt, path in self.extra.items()]
        return list(dict.fromkeys(named))

    def excluded(self) -> list[Path]:
        """What a scan must never read back as articles (`factcheck scan .`)."""
        return [self.out_dir, *self.extra.values()]


def render_context(checked: Checked, cwd: Path | None = None) -> RenderContext:
    """Everything the formats need from this scan: repository paths, blocking ids, rules, texts, rates."""
    result = checked.result
    toolkit = result.toolkit
    return RenderContext(
        rules=rule_infos(toolkit.rules.rules.values()) if toolkit else (),
        paths=artifact_paths(result.documents, source_root(cwd or Path.cwd())),
        blocking=checked.outcome.blocking,
        texts={d.id: d.text for d in result.documents},
        convert=rate_converter(toolkit.knowledge) if toolkit else None,
    )


def render_all(checked: Checked, artifacts: Artifacts, ctx: RenderContext) -> list[tuple[Path, str]]:
    """Every file of `artifacts` rendered, before any is written: a rendering error changes no file."""
    rendered: dict[str, str] = {}
    for _, fmt in artifacts.files():
        if fmt not in rendered:
            rendered[fmt] = render(fmt, checked.report, ctx)
    return [(path, rendered[fmt]) for path, fmt in artifacts.files()]


def write_artifacts(checked: Checked, artifacts: Artifacts, ctx: RenderContext) -> list[Path]:
    """Render and write every file of `artifacts` (atomically, see factcheck.app.atomic); the files written."""
    return write_all(render_all(checked, artifacts, ctx))


def publish(
    checked: Checked, artifacts: Artifacts, ctx: RenderContext, db: Path, ledger: Ledger, fail_on: str
) -> list[Path]:
    """Render every file, then replace them and record the run in the database as one set (factcheck.app.atomic):
    after an interruption the previous reports and database are there, or the new ones. Hold the scan lock."""
    return commit_set(
        render_all(checked, artifacts, ctx),
        journal_for(db),
        commit=lambda token: record(db, checked, ctx, ledger, fail_on, token),
        committed=lambda token: committed(db, token),
    )


def run_context(checked: Checked, paths: Mapping[str, str], fail_on: str) -> RunContext:
    """What the store records beside the report: the gate's decisions, file paths and places, how the scan went."""
    report = checked.report
    return RunContext(
        fail_on=fail_on,
        baseline=checked.baseline.source if checked.baseline else None,
        blocking=checked.outcome.blocking,
        paths=paths,
        places={f.id: finding_places(f, report.claims_by_id, report.documents_by_id, paths) for f in report.findings},
        extracted=checked.result.extracted,
        timings=checked.result.timings,
    )


def record(
    db: Path, checked: Checked, ctx: RenderContext, ledger: Ledger, fail_on: str, token: str | None = None
) -> int:
    """Record the run in the store (one transaction, with the report set's `token`); the run id."""
    return record_run(db, checked.report, run_context(checked, ctx.paths, fail_on), ledger, token)
