"""Reports and re-scans built for size (issue 13): an unchanged scan rewrites nothing, report.json streams the
same bytes it always had, the HTML of a large report is pages, the store keeps each claim once, a corpus's cached
results keep what matching said about it, and claims share what equal claims have in common."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

import factcheck.report.html as html
from articles_on_disk import write_articles
from paged_reports import publish_paged
from factcheck.app.artifacts import Artifacts, publish, render_context
from factcheck.app.budget import Budget
from factcheck.app.check import check
from factcheck.app.pipeline import run_pipeline
from factcheck.app.reporting import build_report
from factcheck.ingest import build_document
from factcheck.models import Claim, Report
from factcheck.report.jsonfile import report_json, report_json_chunks
from factcheck.store import StoreCache, latest_scan
from factcheck.triage.ledger import load_ledger

ARTICLES = {
    "a.md": "Acme had 120 staff in 2020. Acme had 40 shops in 2020. Acme sold 900 cars in 2020.\n",
    "b.md": "Acme had 150 staff in 2020. Acme had 45 shops in 2020. Acme sold 700 cars in 2020.\n",
    "c.md": "Acme had 130 staff in 2020. Acme had 41 shops in 2020. Acme sold 800 cars in 2020.\n",
}


@pytest.fixture(scope="module")
def seed_report(seed_result) -> Report:
    return build_report(seed_result)


def stats(folder: Path) -> dict[str, int]:
    """Each report file's modification time (the database and its journal left out)."""
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in sorted(folder.rglob("report*")) if p.is_file()}


def runs(db: Path) -> list[tuple[int, int]]:
    con = sqlite3.connect(db)
    try:
        return con.execute("select id, reused from runs order by id").fetchall()
    finally:
        con.close()


def scan_and_publish(tmp_path: Path, toolkit, ledger, out: Path):
    checked = check([tmp_path / "news"], toolkit, ledger=ledger)
    publish(checked, Artifacts(out), render_context(checked, cwd=tmp_path), out / "fc.db", ledger, "error")
    return checked


def test_an_unchanged_scan_adds_a_runs_row_and_rewrites_no_file(tmp_path, toolkit):
    write_articles(tmp_path / "news", ARTICLES)
    ledger, out = load_ledger(tmp_path / "none.yml"), tmp_path / "out"
    first = scan_and_publish(tmp_path, toolkit, ledger, out)
    before = stats(out)
    scan_and_publish(tmp_path, toolkit, ledger, out)
    assert stats(out) == before, "an unchanged scan must not rewrite its reports"
    assert runs(out / "fc.db") == [(1, 0), (2, 1)]
    assert latest_scan(out / "fc.db").report == first.report


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda tmp, out: (out / "report.md").write_text("edited by hand\n"), id="a report edited"),
        pytest.param(lambda tmp, out: (out / "report.html").unlink(), id="a report deleted"),
        pytest.param(lambda tmp, out: (tmp / "news" / "c.md").write_text("Acme had 10 staff in 2020.\n"), id="an article edited"),
    ],
)
def test_a_scan_after_a_change_writes_the_reports_again(tmp_path, toolkit, change):
    write_articles(tmp_path / "news", ARTICLES)
    out = tmp_path / "out"
    scan_and_publish(tmp_path, toolkit, load_ledger(tmp_path / "none.yml"), out)
    change(tmp_path, out)
    checked = scan_and_publish(tmp_path, toolkit, load_ledger(tmp_path / "none.yml"), out)
    assert json.loads((out / "report.json").read_text()) == json.loads(report_json(checked.report))
    assert "edited by hand" not in (out / "report.md").read_text()
    assert (out / "report.html").exists()


def _variants(report: Report) -> list[Report]:
    return [
        report,
        report.model_copy(update={"claims": [], "findings": [], "documents": []}),
        report.model_copy(update={"claims": report.claims[:1], "findings": report.findings[:1], "warnings": ["w"]}),
    ]


@pytest.mark.parametrize("which", [0, 1, 2], ids=["seeds", "empty lists", "one of each"])
def test_report_json_in_pieces_is_the_same_bytes(seed_report, which):
    report = _variants(seed_report)[which]
    pieces = list(report_json_chunks(report))
    assert "".join(pieces) == report_json(report)
    if report.claims:
        assert len(pieces) > len(report.claims), "the claims must be written one by one, not as one string"


def test_the_store_keeps_each_claim_once_and_gives_the_whole_report_back(tmp_path, toolkit):
    write_articles(tmp_path / "news", ARTICLES)
    out = tmp_path / "out"
    checked = scan_and_publish(tmp_path, toolkit, load_ledger(tmp_path / "none.yml"), out)
    con = sqlite3.connect(out / "fc.db")
    payload = json.loads(con.execute("select payload from report").fetchone()[0])
    con.close()
    assert payload["claims"] == [] and payload["summary"]["claims"] == len(checked.report.claims) > 0
    assert latest_scan(out / "fc.db").report == checked.report


def test_a_large_html_report_is_pages_each_finding_on_one(seed_report, monkeypatch):
    monkeypatch.setattr(html, "PAGE_CARDS", 3)
    monkeypatch.setattr(html, "PAGED_OVER", 0)
    pages = html.render_html_pages(seed_report, {}, None, max_bytes=1)
    assert len(pages) == -(-len(seed_report.findings) // 3) > 1
    names = [name for name, _ in pages]
    seen: list[str] = []
    for i, (name, make) in enumerate(pages):
        page = make()
        seen += [f.id for f in seed_report.findings if f'id="f-{f.id}"' in page]
        for target in names[1:]:
            link = target if i == 0 else target.split("/")[-1]
            assert f'href="{link}"' in page or target == name, f"page {i + 1} must link to {target}"
        if i:
            assert 'href="../report.html"' in page
    assert sorted(seen) == sorted(f.id for f in seed_report.findings), "each finding must be on exactly one page"


def test_a_report_under_its_cap_stays_one_page(seed_report, seed_result):
    texts = {d.id: d.text for d in seed_result.documents}
    [(name, make)] = html.render_html_pages(seed_report, texts, None, max_bytes=None)
    assert name == "" and make() == html.render_html(seed_report, texts, None, max_bytes=None)


def test_pages_of_a_larger_report_go_when_it_shrinks(tmp_path, toolkit, monkeypatch):
    checked, ctx, ledger, out = publish_paged(tmp_path, ARTICLES, toolkit, monkeypatch)
    monkeypatch.setattr(html, "PAGE_CARDS", 100)
    publish(checked, Artifacts(out), ctx, out / "fc.db", ledger, "error")
    assert list((out / "report-pages").glob("page-*.html")) == []


def test_cached_results_keep_what_matching_said(tmp_path, toolkit):
    texts = {f"{i}.md": "Acme had 120 staff in 2020. Acme had 150 staff in 2020.\n" for i in range(3)}
    docs = [
        build_document(n, n, t, hashlib.sha256(t.encode()).hexdigest(), toolkit.knowledge, toolkit.lexicon)
        for n, t in sorted(texts.items())
    ]
    with StoreCache.open(tmp_path / "c.db") as cache:
        budget = Budget(group_claims=2)
        cold = run_pipeline(docs, toolkit, cache=cache, budget=budget)
        again = run_pipeline(docs, toolkit, cache=cache, budget=budget)
    assert any(d.code == "FC906" for d in cold.diagnostics), "the budget must cut a group for this test to mean anything"
    assert again.extracted == 0 and "reuse" in again.timings
    assert again.diagnostics == cold.diagnostics and again.findings == cold.findings


@pytest.mark.parametrize("field", ["__pydantic_fields_set__"])
def test_claims_share_fields_sets_and_stay_equal(seed_report, field):
    a = Claim.model_validate_json(seed_report.claims[0].model_dump_json())
    b = Claim.model_validate_json(seed_report.claims[0].model_dump_json())
    assert getattr(a, field) is getattr(b, field) and getattr(a.frame, field) is getattr(b.frame, field)
    assert a == b == seed_report.claims[0]
    assert a.model_dump_json() == seed_report.claims[0].model_dump_json()


def test_after_an_edit_the_store_updates_claims_in_place_and_its_search_follows(tmp_path, toolkit):
    write_articles(tmp_path / "news", ARTICLES)
    out, ledger = tmp_path / "out", load_ledger(tmp_path / "none.yml")
    scan_and_publish(tmp_path, toolkit, ledger, out)
    (tmp_path / "news" / "c.md").write_text("Acme had 170 staff in 2020. Zenith sold 300 bikes in 2021.\n")
    (tmp_path / "news" / "b.md").unlink()
    checked = scan_and_publish(tmp_path, toolkit, ledger, out)
    assert latest_scan(out / "fc.db").report == checked.report
    con = sqlite3.connect(out / "fc.db")
    try:
        ids = sorted(r[0] for r in con.execute("select id from claims"))
        found = con.execute("select count(*) from claims_fts where claims_fts match 'Zenith'").fetchone()[0]
        stale = con.execute("select count(*) from claims_fts where claims_fts match 'shops'").fetchone()[0]
    finally:
        con.close()
    assert ids == sorted(c.id for c in checked.report.claims), "the claims table must hold exactly this scan's claims"
    assert found >= 1, "a new claim must be found by the full-text search"
    assert stale == sum(1 for c in checked.report.claims if "shops" in c.sentence), "removed claims must leave the index"
