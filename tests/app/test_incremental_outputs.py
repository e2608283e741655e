"""Writing after an edit in proportion to the edit (issue 13): HTML pages whose digest and file are as the last run
left them are kept, the cached result copies the stored claims it shares with the last one, and the Markdown
report stops rendering at its cap. Each gives the bytes a cold scan gives."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck.report.html as html
from factcheck.app import jsonreuse
from factcheck.report.jsonfile import report_json
from articles_on_disk import write_articles
from factcheck.app.artifacts import Artifacts, publish, render_context
from factcheck.app.check import check
from factcheck.app.reporting import build_report
from factcheck.report.markdown import _lines, capped, render_markdown
from factcheck.report import view
from factcheck.store import StoreCache
from factcheck.store.cache import _runs
from factcheck.triage.ledger import load_ledger

ARTICLES = {
    "a.md": "Acme had 120 staff in 2020. Acme had 40 shops in 2020. Acme sold 900 cars in 2020.\n",
    "b.md": "Acme had 150 staff in 2020. Acme had 45 shops in 2020. Acme sold 700 cars in 2020.\n",
    "c.md": "Acme had 130 staff in 2020. Acme had 41 shops in 2020. Acme sold 800 cars in 2020.\n",
}


def _tree(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file() and not p.name.startswith("fc.db")}


def _mtimes(out: Path) -> dict[str, int]:
    return {str(p.relative_to(out)): p.stat().st_mtime_ns for p in sorted(out.rglob("*.html"))}


def _publish(tmp_path: Path, toolkit, out: Path) -> None:
    ledger = load_ledger(tmp_path / "none.yml")
    checked = check([tmp_path / "news"], toolkit, ledger=ledger)
    ctx = dataclasses.replace(render_context(checked, cwd=tmp_path), html_max_bytes=1)
    publish(checked, Artifacts(out), ctx, out / "fc.db", ledger, "error")


def _edit(news: Path, old: str, new: str) -> None:
    p = news / "c.md"
    p.write_text(p.read_text().replace(old, new))


EDITS = {
    "a value changed": ("800 cars", "820 cars"),
    "a sentence reworded after its figure (same findings, other quotes)": ("cars in 2020.", "cars in 2020, it said."),
    "a value no longer in conflict": ("41 shops", "40 shops"),
}


def _paged_once(tmp_path, toolkit, monkeypatch):
    """The test articles written and published once as a paged report of one finding a page: (articles
    folder, output folder, each output file's modification time)."""
    monkeypatch.setattr(html, "PAGE_CARDS", 1)
    monkeypatch.setattr(html, "PAGED_OVER", 0)
    news = write_articles(tmp_path / "news", ARTICLES)
    out = tmp_path / "out"
    _publish(tmp_path, toolkit, out)
    return news, out, _mtimes(out)


@pytest.mark.parametrize(("old", "new"), list(EDITS.values()), ids=list(EDITS))
def test_after_an_edit_kept_pages_and_rendered_ones_are_a_cold_scans_bytes(tmp_path, toolkit, monkeypatch, old, new):
    """Pages whose findings, claims and the report's summary are unchanged are not written again, the others are;
    the folder is byte for byte what a cold scan of the edited articles writes (a page kept stale would differ)."""
    news, out, before = _paged_once(tmp_path, toolkit, monkeypatch)
    assert len(before) > 2
    _edit(news, old, new)
    _publish(tmp_path, toolkit, out)
    _publish(tmp_path, toolkit, tmp_path / "cold")
    assert _tree(out) == _tree(tmp_path / "cold")
    after = _mtimes(out)
    rewritten = [name for name in after if before.get(name) != after[name]]
    assert rewritten, "the pages the edit changed are written again"


def test_an_edit_that_leaves_the_summary_keeps_the_pages_it_does_not_touch(tmp_path, toolkit, monkeypatch):
    news, out, before = _paged_once(tmp_path, toolkit, monkeypatch)
    _edit(news, "cars in 2020.", "cars in 2020, it said.")
    _publish(tmp_path, toolkit, out)
    after = _mtimes(out)
    kept = [name for name in after if before.get(name) == after[name]]
    assert kept and len(kept) < len(after), (kept, after)


def test_page_digests_only_for_a_report_certainly_paged(seed_result, monkeypatch):
    report = build_report(seed_result)
    assert html.page_digests(report, None, "salt") is None
    monkeypatch.setattr(html, "PAGE_CARDS", 1)
    monkeypatch.setattr(html, "PAGED_OVER", 0)
    digests = html.page_digests(report, 1, "salt")
    assert digests is not None and len(digests) == len(html.render_html_pages(report, {}, None, 1)) == len(set(digests))
    assert html.page_digests(report, 1, "other salt") != digests


@given(st.lists(st.one_of(st.none(), st.integers(0, 30)), max_size=40))
def test_runs_cover_the_origins_in_order(origins):
    """Each stretch is new claims or consecutive stored positions, and together they are the origins."""
    rebuilt: list[int | None] = []
    for at, first, n in _runs(origins):
        assert at == len(rebuilt) and n > 0
        rebuilt += [None] * n if first is None else list(range(first, first + n))
    assert rebuilt == origins


def _rows(db: Path, key: str) -> list[tuple[int, str]]:
    con = sqlite3.connect(db)
    try:
        return con.execute("select position, claim from result_claims where key = ? order by position", [key]).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize(
    "shape",
    ["all stored", "one new in the middle", "all new", "reordered", "stored rows missing"],
)
def test_copied_results_are_the_rows_put_results_writes(tmp_path, seed_result, shape):
    claims = list(seed_result.claims)
    db = tmp_path / "fc.db"
    with StoreCache.open(db) as cache:
        cache.put_results("old", claims, [], [])
        n = len(claims)
        origins: list[int | None] = {
            "all stored": list(range(n)),
            "one new in the middle": [*range(n // 2), None, *range(n // 2 + 1, n)],
            "all new": [None] * n,
            "reordered": [*range(n // 2, n), *range(n // 2)],
            "stored rows missing": list(range(n)),
        }[shape]
        new = [claims[o] if o is not None else claims[i] for i, o in enumerate(origins)]
        if shape == "stored rows missing":
            cache.db.execute("delete from result_claims where key = 'old' and position = 3")
            cache.db.conn.commit()
        real, fell_back = cache.put_results, []
        cache.put_results = lambda *a, **k: (fell_back.append(1), real(*a, **k))  # type: ignore[method-assign]
        cache.copy_results("new", new, [], [], ("old", origins))
        cache.put_results = real  # type: ignore[method-assign]
        assert bool(fell_back) == (shape == "stored rows missing"), "rows are copied unless some are missing"
        cache.put_results("reference", new, [], [])
        assert _rows(db, "new") == _rows(db, "reference")
        assert cache.results("new")[0] == new


@given(st.integers(0, 40_000))
def test_markdown_stops_at_its_cap_with_the_same_text(seed_report, cap):
    """Rendering only the lines up to the cap gives the text the whole rendering, capped, gives."""
    report = seed_report
    findings = view.ordered_findings(report.findings)
    whole = "\n".join(capped(list(_lines(report, findings)), cap, len(findings))).rstrip() + "\n"
    assert render_markdown(report, cap) == whole


@pytest.fixture(scope="module")
def seed_report(seed_result):
    return build_report(seed_result)


def _table(db: Path, table: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        cols = [r[1] for r in con.execute(f"pragma table_info([{table}])") if r[1] != "run"]
        return sorted(con.execute(f"select {', '.join(f'[{c}]' for c in cols)} from [{table}]").fetchall(), key=repr)
    finally:
        con.close()


def _changed(report):
    """Another scan's report: a finding gone, one reworded, one with one claim fewer, an article retitled."""
    findings = list(report.findings)
    findings[1] = findings[1].model_copy(update={"message": findings[1].message + " (reworded)"})
    findings[2] = findings[2].model_copy(update={"claims": findings[2].claims[1:]})
    documents = [report.documents[0].model_copy(update={"title": "Another title"}), *report.documents[1:]]
    return report.model_copy(update={"findings": findings[:1] + findings[1:-1], "documents": documents})


@pytest.mark.parametrize("table", ["documents", "findings", "finding_claims", "finding_locations", "claims"])
def test_tables_updated_in_place_hold_what_a_fresh_store_holds(tmp_path, seed_report, table):
    """After one run, the next updates the scan tables row by row; each holds exactly the rows a store written
    from scratch holds (and every finding names the latest run)."""
    from factcheck.store import RunContext, record_run

    after = _changed(seed_report)
    assert len(after.findings) == len(seed_report.findings) - 1
    record_run(tmp_path / "kept.db", seed_report, RunContext())
    run = record_run(tmp_path / "kept.db", after, RunContext())
    record_run(tmp_path / "fresh.db", after, RunContext())
    assert _table(tmp_path / "kept.db", table) == _table(tmp_path / "fresh.db", table)
    con = sqlite3.connect(tmp_path / "kept.db")
    assert {r[0] for r in con.execute("select distinct run from findings")} == {run}
    con.close()


# ----------------------------------------------------------------- report.json copied from the last one

SHAPES = {
    "the same claims": lambda n: list(range(n)),
    "one claim new": lambda n: [*range(n // 2), None, *range(n // 2 + 1, n)],
    "one claim gone": lambda n: [*range(3), *range(4, n)],
    "a claim added last": lambda n: [*range(n), None],
    "halves swapped": lambda n: [*range(n // 2, n), *range(n // 2)],
    "all new": lambda n: [None] * n,
}


@pytest.mark.parametrize("piece", [7, 2**20])
@pytest.mark.parametrize("shape", list(SHAPES.values()), ids=list(SHAPES))
def test_report_json_with_claims_copied_is_the_serialized_bytes(tmp_path, seed_report, shape, piece, monkeypatch):
    """Copying each stretch of known claims from the old file (in pieces of any size) gives the bytes of
    serializing the new report whole."""
    monkeypatch.setattr(jsonreuse, "PIECE", piece)
    old = tmp_path / "report.json"
    old.write_text(report_json(seed_report), encoding="utf-8")
    claims = list(seed_report.claims)
    origins = shape(len(claims))
    fresh = claims[0].model_copy(update={"text": "a claim of the new scan"})
    new = seed_report.model_copy(update={"claims": [claims[o] if o is not None else fresh for o in origins]})
    starts = jsonreuse.item_starts(old.read_bytes())
    assert starts is not None and len(starts) == len(claims) + 1
    pieces = jsonreuse.report_json_reusing(new, old, origins, starts)
    assert b"".join(p.encode() if isinstance(p, str) else p for p in pieces) == report_json(new).encode()


def test_item_starts_ignores_nested_lists_and_empty_reports(seed_report):
    text = report_json(seed_report).encode()
    starts = jsonreuse.item_starts(text)
    assert all(text[s : s + 5] == b"    {" for s in starts[:-1]) and text[starts[-1] : starts[-1] + 3] == b"  ]"
    assert jsonreuse.item_starts(report_json(seed_report.model_copy(update={"claims": []})).encode()) is None


def test_after_an_edit_report_json_is_copied_and_the_outputs_are_a_cold_scans(tmp_path, toolkit, monkeypatch):
    """A cached re-scan after one sentence is appended to an article copies the other claims from the last
    report.json, and every file is byte for byte a cold scan's."""
    import shutil

    from factcheck.app import artifacts
    from factcheck.app.check import check_cached

    corpus = tmp_path / "corpus"
    shutil.copytree(Path(__file__).resolve().parents[2] / "seeds", corpus)
    ledger = load_ledger(tmp_path / "none.yml")

    def scan_into(out: Path) -> None:
        checked = check_cached([corpus], toolkit, cache_db=out / "fc.db", ledger=ledger)
        publish(checked, Artifacts(out), render_context(checked, cwd=tmp_path), out / "fc.db", ledger, "error")

    scan_into(tmp_path / "out")
    p = sorted(corpus.glob("*.txt"))[3]
    p.write_text(p.read_text() + "\nRevenue grew 40% last year, up from 25% a year earlier.\n")
    copied: list[int] = []
    real = artifacts.report_json_reusing
    monkeypatch.setattr(artifacts, "report_json_reusing", lambda *a: (copied.append(1), real(*a))[1])
    scan_into(tmp_path / "out")
    assert copied, "the claims were copied from the last report.json"
    scan_into(tmp_path / "cold")
    assert _tree(tmp_path / "out") == _tree(tmp_path / "cold")


@pytest.mark.parametrize("piece", [1, 5, 16, 4096])
def test_item_starts_read_in_pieces_are_those_of_the_whole_file(tmp_path, seed_report, piece, monkeypatch):
    """Read from the file in pieces of any size (patterns straddling two pieces), the starts are those of the bytes."""
    path = tmp_path / "report.json"
    path.write_text(report_json(seed_report), encoding="utf-8")
    whole = jsonreuse.item_starts(path.read_bytes())
    monkeypatch.setattr(jsonreuse, "PIECE", piece)
    with open(path, "rb") as fh:
        assert jsonreuse.item_starts(fh) == whole
