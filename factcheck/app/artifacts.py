"""After a gated scan: write the report files, record the run in the store, keep the cache lean.

    OUT/report.json, OUT/report.md, OUT/report.html (+ --html-output, --json/sarif/junit-output)
    record_run(db)   the latest scan's tables, its whole report, a `runs` row, the ledger's mirror

Files are written in a fixed order and carry no timestamps, so two scans of
the same articles give the same bytes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.app.atomic import Artifact, commit_set, journal_for, recover, write_all
from factcheck.app.check import Checked
from factcheck.app.gitref import source_root
from factcheck.app.heap import long_lived
from factcheck.app.jsonreuse import report_json_reusing, reusable_starts
from factcheck.app.outputs import file_stats, outputs_key, outputs_record, previous_outputs, recorded_files, unchanged
from factcheck.report.formats import RenderContext, render
from factcheck.app.toolkit import Toolkit
from factcheck.report.charts import Converter
from factcheck.report.html import page_digests, rate_converter, render_html_pages
from factcheck.report.jsonfile import report_json_chunks
from factcheck.report.locations import artifact_paths, finding_places
from factcheck.report.sarif import rule_infos
from factcheck.store import RunContext, committed, last_outputs, record_reused, record_run, scan_lock, set_outputs
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
        convert=_later_converter(toolkit) if toolkit else None,
    )


def _later_converter(toolkit: Toolkit) -> Converter:
    """The rate converter, made when a chart first converts: an unchanged re-scan renders nothing and never
    loads the knowledge it is made from."""
    made: list[Converter] = []

    def convert(*args: Any, **kwargs: Any) -> Any:
        if not made:
            made.append(rate_converter(toolkit.knowledge))
        return made[0](*args, **kwargs)

    return convert


class _Lazy:
    """A file's text made when it is written (again on each iteration): pages of a large report one at a time."""

    def __init__(self, make: Callable[[], Iterable[str | bytes] | str]) -> None:
        self.make = make

    def __iter__(self) -> Iterator[str | bytes]:
        made = self.make()
        return iter([made]) if isinstance(made, str) else iter(made)


@dataclass
class _Pages:
    """The HTML pages of this set: each page's digest (factcheck.report.html.page_digests), and the pages the last
    run wrote from the same digest, untouched since, which stay as they are instead of being rendered again."""

    previous: Mapping[str, Any] = field(default_factory=dict)  # the last run's outputs record (parsed)
    salt: str = ""  # what renders (the toolkit's fingerprint); empty: no page is reused
    digests: dict[str, str] = field(default_factory=dict)
    reused: list[Path] = field(default_factory=list)

    def keep(self, target: Path, digest: str) -> bool:
        self.digests[str(target)] = digest
        was = self.previous.get("files", {}).get(str(target))
        if self.previous.get("pages", {}).get(str(target)) != digest or was is None:
            return False
        if file_stats([target]) != {str(target): was}:
            return False
        self.reused.append(target)
        return True


def _html_files(path: Path, checked: Checked, ctx: RenderContext, pages: _Pages) -> list[tuple[Path, _Lazy]]:
    """report.html, and for a report past its cap the pages in `<stem>-pages/` beside it (those `pages` keeps
    are left out: their files stay)."""
    folder = f"{path.stem}-pages"
    made = render_html_pages(checked.report, ctx.texts, ctx.convert, ctx.html_max_bytes, folder=folder)
    known = checked.result.digests.of if checked.result.digests is not None else None  # claims' digests without a dump
    digests = page_digests(checked.report, ctx.html_max_bytes, pages.salt, folder, known) if pages.salt else None
    if digests is None or len(digests) != len(made):
        digests = [None] * len(made)
    out = []
    for (name, make), digest in zip(made, digests):
        target = path if not name else path.parent / name
        if digest is None or not pages.keep(target, digest):
            out.append((target, _Lazy(make)))
    return out


def render_all(
    checked: Checked, artifacts: Artifacts, ctx: RenderContext, pages: _Pages | None = None
) -> list[tuple[Path, str | Iterable[str]]]:
    """Every file of `artifacts` rendered before any is replaced (report.json is written in pieces and the HTML
    pages one by one while they are staged; an error there also leaves every old file): a rendering error
    changes no file. HTML pages `pages` keeps as they are are not among them."""
    pages = pages if pages is not None else _Pages()
    rendered: dict[str, str | Iterable[str]] = {}
    out: list[tuple[Path, str | Iterable[str]]] = []
    for path, fmt in artifacts.files():
        if fmt == "html":
            out += _html_files(path, checked, ctx, pages)
            continue
        if fmt not in rendered:
            report = checked.report
            rendered[fmt] = _json(checked, path, pages.previous) if fmt == "json" else render(fmt, report, ctx)
        out.append((path, rendered[fmt]))
    return out


def _json(checked: Checked, path: Path, previous: Mapping[str, Any]) -> _Lazy:
    """report.json in pieces; after an edit, the claims the last report.json holds copied from it (jsonreuse)."""
    report, copied = checked.report, checked.result.copied

    def make() -> Iterable[str | bytes]:
        if copied is not None and len(copied[1]) == len(report.claims):
            starts = reusable_starts(previous, path, copied[0], copied[1])
            if starts is not None:
                return report_json_reusing(report, path, copied[1], starts)
        return report_json_chunks(report)

    return _Lazy(make)


def _stale_pages(artifacts: Artifacts, files: Iterable[Artifact], kept_too: Iterable[Path] = ()) -> list[Artifact]:
    """Pages an earlier, larger report left beside an HTML file that now has fewer (or none), as (page, None):
    removed with the set, so an interruption never leaves the old index without its pages or the reverse."""
    kept = {path for path, _ in files} | set(kept_too)
    gone: list[Artifact] = []
    for path, fmt in artifacts.files():
        folder = path.parent / f"{path.stem}-pages"
        if fmt == "html" and folder.is_dir():
            gone += [(old, None) for old in sorted(folder.glob("page-*.html")) if old not in kept]
    return gone


def _report_set(checked: Checked, artifacts: Artifacts, ctx: RenderContext, pages: _Pages | None = None) -> list[Artifact]:
    """Every file to write (rendered as it is staged) and every stale page to remove, as one set."""
    pages = pages if pages is not None else _Pages()
    files: list[Artifact] = list(render_all(checked, artifacts, ctx, pages))
    return files + _stale_pages(artifacts, files, pages.reused)


def _kept(files: Iterable[Artifact]) -> list[Path]:
    return [path for path, content in dict(files).items() if content is not None]


def write_artifacts(checked: Checked, artifacts: Artifacts, ctx: RenderContext) -> list[Path]:
    """Render and write every file of `artifacts` (atomically, see factcheck.app.atomic); the files written."""
    files = _report_set(checked, artifacts, ctx)
    write_all(files)
    return _kept(files)


def _salt(checked: Checked) -> str:
    """What renders a page besides its report: the code, rules and knowledge (the toolkit's fingerprint)."""
    toolkit = checked.result.toolkit
    return toolkit.extraction_fingerprint if toolkit is not None and checked.result.corpus else ""


def publish(
    checked: Checked, artifacts: Artifacts, ctx: RenderContext, db: Path, ledger: Ledger, fail_on: str
) -> list[Path]:
    """Render every file, then replace them (streamed report.json, every HTML page, the removal of stale pages)
    and record the run in the database as one set (factcheck.app.atomic): after an interruption the previous
    reports and database are there, or the new ones. Hold the scan lock. The files written.

    When the last run wrote the same files from the same inputs (factcheck.app.outputs) and none was touched
    since, only a `runs` row is added: the files, the scan tables and the committed set are kept as they are.
    Otherwise an HTML page whose digest is the one the last run recorded for it, and whose file is as that run
    left it, is kept as it is (the same bytes a rendering would give): after one edit most pages are."""
    with long_lived():  # the scan's claims and findings: the collector's full passes skip them (factcheck.app.heap)
        return _publish(checked, artifacts, ctx, db, ledger, fail_on)


def _publish(
    checked: Checked, artifacts: Artifacts, ctx: RenderContext, db: Path, ledger: Ledger, fail_on: str
) -> list[Path]:
    journal, is_committed = journal_for(db), (lambda token: committed(db, token))
    recover(journal, is_committed)  # a set a killed scan left half-replaced is finished before the files are compared
    files = artifacts.files()
    key = outputs_key(checked, files, ctx, ledger, fail_on)
    last = last_outputs(db)
    if unchanged(last, key, [p for p, _ in files]):
        reused = dataclasses.replace(run_context(checked, ctx.paths, fail_on, places=False), outputs=last)
        record_reused(db, checked.report, reused, ledger)
        return recorded_files(last)
    runs: list[int] = []
    pages = _Pages(previous=previous_outputs(last), salt=_salt(checked))
    written = _report_set(checked, artifacts, ctx, pages)
    commit_set(
        written,
        journal,
        commit=lambda token: runs.append(record(db, checked, ctx, ledger, fail_on, token)),
        committed=is_committed,
    )
    kept = _kept(written) + pages.reused
    if runs:
        corpus, claims = checked.result.corpus, len(checked.report.claims)
        set_outputs(db, runs[0], outputs_record(key, kept, pages.digests, corpus, claims))  # after the renames: the files' times are final
    return kept


def run_context(checked: Checked, paths: Mapping[str, str], fail_on: str, places: bool = True) -> RunContext:
    """What the store records beside the report: the gate's decisions, file paths and places, how the scan went."""
    report = checked.report
    return RunContext(
        fail_on=fail_on,
        baseline=checked.baseline.source if checked.baseline else None,
        blocking=checked.outcome.blocking,
        paths=paths,
        places={f.id: finding_places(f, report.claims_by_id, report.documents_by_id, paths) for f in report.findings}
        if places
        else {},
        extracted=checked.result.extracted,
        timings=checked.result.timings,
    )


def record(
    db: Path, checked: Checked, ctx: RenderContext, ledger: Ledger, fail_on: str, token: str | None = None
) -> int:
    """Record the run in the store (one transaction, with the report set's `token`); the run id."""
    return record_run(db, checked.report, run_context(checked, ctx.paths, fail_on), ledger, token, checked.result.digests)
