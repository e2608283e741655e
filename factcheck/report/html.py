"""The HTML report: one self-contained file with the evidence of every finding side by side.

Rendered with Jinja2 and autoescaping from the Report model; the stylesheet
and the filter script are inlined, so the file opens offline from anywhere and
loads nothing. The article texts (for the view with every claim marked) and a
currency converter (to draw money in two currencies on one axis) come from the
scan when there is one (the application passes them in); without them the report still renders, with each
article's claims listed and each currency on its own axis.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from factcheck.evaluate.findings import show_value
from factcheck.knowledge import Knowledge
from factcheck.models import Claim, Finding, Report, Severity, Status
from factcheck.normalize.currency import RateTable
from factcheck.report import view
from factcheck.report.articles import MarkedLine, claim_anchor, claim_title, marked_lines
from factcheck.report.charts import PALETTE, Converter, finding_chart


@dataclass(frozen=True)
class Card:
    """One finding as the template shows it."""

    finding: Finding
    title: str
    sources: list[view.Source]
    charts: list[Markup]
    reasons: list[str]
    triage: str
    entity: str
    more_sources: int = 0  # sources left out to keep a capped page small


@dataclass(frozen=True)
class Article:
    """One document: its anchor, its lines with claims marked (None without its text) and its claims."""

    anchor: str
    id: str
    title: str | None
    published: str | None
    color: str
    claims: list[Claim]
    used: int
    lines: list[MarkedLine] | None


@lru_cache(maxsize=1)
def _environment() -> Environment:
    """One environment per process: its templates are compiled once, not once per page."""
    env = Environment(
        loader=PackageLoader("factcheck.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(
        quote=view.quote,
        show_value=show_value,
        normalized_text=view.normalized_text,
        tolerance_text=view.tolerance_text,
        period_text=view.period_text,
        attribute_label=view.attribute_label,
        line_list=view.line_list,
        plural=view.plural,
        sources_label=view.sources_label,
        short_id=view.short_id,
        claim_anchor=claim_anchor,
        is_problem=view.is_problem,
    )
    return env


def _asset(name: str) -> Markup:
    """A stylesheet or script from templates/, to be inlined (it is ours, so it is trusted markup)."""
    return Markup(files("factcheck.report").joinpath("templates", name).read_text(encoding="utf-8"))


def _card(
    f: Finding, claims: Mapping[str, Claim], colors: Mapping[str, str], convert: Converter | None, most: int | None = None
) -> Card:
    """A finding's card; with `most`, only its first `most` sources (and their claims in the chart)."""
    sources = view.sources(f, claims)
    shown = sources[:most] if most is not None else sources
    docs = {s.document for s in shown}
    charted = [c for c in view.finding_claims(f, claims) if c.document in docs]
    return Card(
        finding=f,
        title=view.finding_title(f),
        sources=shown,
        charts=[Markup(svg) for svg in finding_chart(charted, colors, convert)],
        reasons=view.reasons(f, claims),
        triage=view.triage_state(f),
        entity=f.entity or "?",
        more_sources=len(sources) - len(shown),
    )


def _used_by(findings: list[Finding]) -> dict[str, Finding]:
    """Each claim's most important finding (findings come ordered, problems first)."""
    used: dict[str, Finding] = {}
    for f in findings:
        for c in f.claims:
            used.setdefault(c, f)
    return used


def _articles(
    report: Report, texts: Mapping[str, str], colors: Mapping[str, str], used_by: Mapping[str, Finding]
) -> list[Article]:
    by_doc: dict[str, list[Claim]] = {d.id: [] for d in report.documents}
    for c in report.claims:
        by_doc.setdefault(c.document, []).append(c)
    out = []
    for i, d in enumerate(report.documents, start=1):
        claims = sorted(by_doc[d.id], key=lambda c: c.start)
        text = texts.get(d.id)
        out.append(
            Article(
                anchor=f"doc-{i}",
                id=d.id,
                title=d.title,
                published=d.published.isoformat() if d.published else None,
                color=colors[d.id],
                claims=claims,
                used=sum(1 for c in claims if c.id in used_by),
                lines=marked_lines(text, claims, used_by) if text is not None else None,
            )
        )
    return out


def _options(findings: list[Finding]) -> dict[str, list[tuple[str, int]]]:
    """The values each filter offers, with how many findings have each (known values always listed)."""

    def count(values: list[str], known: tuple[str, ...] = ()) -> list[tuple[str, int]]:
        order = list(dict.fromkeys([*known, *values]))
        return [(v, values.count(v)) for v in order]

    return {
        "verdict": count([f.verdict.value for f in findings], tuple(v.value for v, _ in view.SECTIONS)),
        "severity": count([f.severity.value for f in findings], tuple(s.value for s in Severity)),
        "entity": count(sorted((f.entity or "?" for f in findings), key=str.casefold)),
        "triage": count([view.triage_state(f) for f in findings], view.TRIAGE_STATES),
        "status": count([f.status.value for f in findings], tuple(s.value for s in Status)),
    }


HTML_MAX_BYTES = 5 * 1000 * 1000  # a page this size still opens quickly in a browser and as a CI artifact


def render_html(
    report: Report,
    texts: Mapping[str, str] | None = None,
    convert: Converter | None = None,
    max_bytes: int | None = HTML_MAX_BYTES,
) -> str:
    """The report as one HTML5 page of at most `max_bytes` where it can be: past it, the marked article
    texts go first for articles with no problem, then for all (the cards keep every quote); a line at the
    top says so. The same report, texts and rates always give the same bytes."""
    texts = texts or {}

    def over(kept: Mapping[str, str]) -> bool:
        # texts alone past the cap: a page with them cannot fit, so it is not rendered (each try costs a whole page)
        return max_bytes is not None and sum(len(t) for t in kept.values()) > max_bytes

    if not over(texts):
        page = _render(report, texts, convert)
        if max_bytes is None or len(page.encode("utf-8")) <= max_bytes:
            return page
    assert max_bytes is not None
    problem_docs = {d for f in report.findings if view.is_problem(f) for d in f.documents}
    kept = {k: v for k, v in texts.items() if k in problem_docs}
    if not over(kept):
        note = (
            f"This page is capped at {max_bytes:,} bytes: the texts of the {len(texts) - len(kept)} articles without a "
            "problem are left out (their claims are listed); report.json has everything."
        )
        page = _render(report, kept, convert, note)
        if len(page.encode("utf-8")) <= max_bytes:
            return page
    note = f"This page is capped at {max_bytes:,} bytes: the article texts are left out (their claims are listed); report.json has everything."
    page = _render(report, {}, convert, note)
    if len(page.encode("utf-8")) <= max_bytes:
        return page
    note = (
        f"This page is capped at {max_bytes:,} bytes: the articles section and all but {CAPPED_SOURCES} sources of each "
        "finding are left out; report.json and `factcheck explain ID` have everything."
    )
    return _render(report, {}, convert, note, compact=True)


CAPPED_SOURCES = 12  # sources per card on a page that is still over its cap without the article texts


@dataclass(frozen=True)
class Page:
    """One page of a paged report: its findings and the links to every page (href, label, this one)."""

    findings: list[Finding]
    nav: list[tuple[str, str, bool]]


@dataclass(frozen=True)
class _Whole:
    """What every page of one report shows or looks up from the whole report: made once for all its pages
    (made per page, a report of 150 pages sorted and indexed its findings 150 times)."""

    claims: Mapping[str, Claim]
    colors: dict[str, str]
    findings: list[Finding]
    used_by: dict[str, Finding]
    summary_line: str
    anchors: dict[str, str]
    triage_counts: dict[str, int]

    @classmethod
    def of(cls, report: Report) -> "_Whole":
        findings = view.ordered_findings(report.findings)
        return cls(
            claims=report.claims_by_id,
            colors={d.id: PALETTE[i % len(PALETTE)] for i, d in enumerate(report.documents)},
            findings=findings,
            used_by=_used_by(findings),
            summary_line=view.summary_mark(findings) + " " + " · ".join(view.summary_parts(report.summary, findings)),
            anchors={d.id: f"doc-{i}" for i, d in enumerate(report.documents, start=1)},
            triage_counts=view.triage_counts(findings),
        )


def _render(
    report: Report,
    texts: Mapping[str, str],
    convert: Converter | None,
    size_note: str = "",
    compact: bool = False,
    page: Page | None = None,
    shared: "_Whole | None" = None,
) -> str:
    whole = shared or _Whole.of(report)
    claims, colors, findings, used_by = whole.claims, whole.colors, whole.findings, whole.used_by
    shown = page.findings if page is not None else findings
    cards = [_card(f, claims, colors, convert, CAPPED_SOURCES if compact else None) for f in shown]
    articles = [] if compact else _articles(report, texts, colors, used_by)
    sections = [(verdict.value, title, [c for c in cards if c.finding.verdict == verdict]) for verdict, title in view.SECTIONS]
    template = _environment().get_template("report.html.j2")
    return template.render(
        report=report,
        summary=report.summary,
        summary_line=whole.summary_line,
        sections=sections,
        problems=[c for c in cards if view.is_problem(c.finding)],
        articles=articles,
        anchors=whole.anchors,  # as _articles names them
        colors=colors,
        options=_options(shown),
        shown_total=len(shown),
        pages=page.nav if page is not None else [],
        triage_counts=whole.triage_counts,
        claim_title=lambda c: claim_title(c, used_by.get(c.id)),
        size_note=size_note,
        css=_asset("report.css"),
        js=_asset("report.js"),
    )


PAGE_CARDS = 100  # findings on one page of a paged report
PAGED_OVER = 5 * PAGE_CARDS  # more findings than this go to pages without trying one page first


def page_name(n: int) -> str:
    """Page n (n >= 2) of a paged report, in the folder `<report stem>-pages/` beside it."""
    return f"page-{n:04d}.html"


def render_html_pages(
    report: Report,
    texts: Mapping[str, str] | None = None,
    convert: Converter | None = None,
    max_bytes: int | None = HTML_MAX_BYTES,
    folder: str = "report-pages",
) -> list[tuple[str, Callable[[], str]]]:
    """The HTML report as pages: [("", first page), ("<folder>/page-0002.html", ...), ...], each rendered when
    called. One page (`render_html`) while it fits `max_bytes`; past it, an index page with the summary and the
    first PAGE_CARDS findings (problems come first) and links to pages of PAGE_CARDS findings each, so no page
    grows with the corpus and each is rendered and written on its own."""
    findings = view.ordered_findings(report.findings)
    if len(findings) <= PAGE_CARDS or (max_bytes is None):
        return [("", lambda: render_html(report, texts, convert, max_bytes))]
    if len(findings) <= PAGED_OVER:
        single = render_html(report, texts, convert, max_bytes)
        if len(single.encode("utf-8")) <= max_bytes:
            return [("", lambda: single)]
    chunks, labels, note = _paging(findings)

    def href(target: int, here: int) -> str:
        if target == 0:
            return f"../{_main_name(folder)}" if here else "#"
        return page_name(target + 1) if here else f"{folder}/{page_name(target + 1)}"

    wholes: list[_Whole] = []

    def whole() -> _Whole:
        if not wholes:
            wholes.append(_Whole.of(report))
        return wholes[0]

    def one(i: int) -> Callable[[], str]:
        nav = [(href(t, i), labels[t], t == i) for t in range(len(chunks))]
        return lambda: _render(report, {}, convert, note, compact=True, page=Page(chunks[i], nav), shared=whole())

    return [("" if i == 0 else f"{folder}/{page_name(i + 1)}", one(i)) for i in range(len(chunks))]


def _paging(findings: list[Finding]) -> tuple[list[list[Finding]], list[str], str]:
    """The ordered findings in pages of PAGE_CARDS, each page's label, and the note every page carries."""
    chunks = [findings[i : i + PAGE_CARDS] for i in range(0, len(findings), PAGE_CARDS)]
    labels = [f"{i * PAGE_CARDS + 1}–{i * PAGE_CARDS + len(c)}" for i, c in enumerate(chunks)]
    note = (
        f"{len(findings):,} findings on {len(chunks)} pages of {PAGE_CARDS}, problems first; article texts are left "
        "out and each card shows its first sources: report.json and `factcheck explain ID` have everything."
    )
    return chunks, labels, note


@lru_cache(maxsize=1)
def _templates_hash() -> str:
    """The templates, stylesheet and script: a page's bytes depend on them as much as on the report."""
    h = hashlib.sha256()
    for p in sorted(files("factcheck.report").joinpath("templates").iterdir(), key=lambda p: p.name):
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def page_digests(
    report: Report, max_bytes: int | None, salt: str, folder: str = "report-pages",
    claim_digest: Callable[[Claim], str] | None = None,
) -> list[str] | None:
    """A digest per page of what `render_html_pages` renders on it (in its order), for a report that is
    certainly paged (past PAGED_OVER findings, with a cap); None otherwise. Why: after one article is edited most
    pages show what they showed, and rendering every page again cost most of the re-scan; a page whose digest is
    as recorded, and whose file is as written, is kept. A page shows the report's tool, warnings and summary,
    the summary line and triage counts of every finding, its place among the pages, and its own findings with
    their claims and those claims' articles' colours and anchors; all of it goes into its digest, with `salt`
    (the code and rules that render: the same digest means the same bytes).
    `claim_digest` gives a digest of a claim's JSON (factcheck.store.claimdigest knows it for the claims read back
    from the store, without serializing them again); without it, each cited claim's JSON goes in whole.
    Cost: one JSON dump of each finding and of each cited claim not known to `claim_digest`, no rendering."""
    findings = view.ordered_findings(report.findings)
    if max_bytes is None or len(findings) <= PAGE_CARDS or len(findings) <= PAGED_OVER:
        return None
    chunks, labels, note = _paging(findings)
    whole = _Whole.of(report)
    common = hashlib.sha256()
    for part in (salt, _templates_hash(), folder, note, json.dumps(labels), whole.summary_line, json.dumps(whole.triage_counts),
                 json.dumps(report.tool, sort_keys=True, default=str), report.schema_, json.dumps(report.warnings, default=str),
                 report.summary.model_dump_json()):
        common.update(part.encode() + b"\0")
    out = []
    for i, chunk in enumerate(chunks):
        h = common.copy()
        h.update(f"page {i}\0".encode())
        for f in chunk:
            h.update(f.model_dump_json().encode() + b"\0")
            for cid in f.claims:
                c = whole.claims.get(cid)
                if c is None:
                    h.update(b"-\0")
                    continue
                h.update((claim_digest(c) if claim_digest is not None else c.model_dump_json()).encode() + b"\0")
                h.update(f"{whole.colors.get(c.document)}\0{whole.anchors.get(c.document)}\0".encode())
        out.append(h.hexdigest())
    return out


def _main_name(folder: str) -> str:
    return folder.removesuffix("-pages") + ".html"


def rate_converter(knowledge: Knowledge) -> Converter:
    """A chart converter over the dated exchange rates in rules/knowledge/rates.yml."""
    return RateTable(knowledge).interval
