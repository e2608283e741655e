"""Issue 13's outputs (report.json in pieces, HTML pages, the unchanged re-scan) inside issue 14's report set:
every page, every streamed file and every page removal is replaced with the database run, or not at all."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

import factcheck.report.html as html
from paged_reports import publish_paged
from factcheck.app import artifacts as artifacts_module
from factcheck.app.artifacts import Artifacts, publish
from factcheck.app.atomic import commit_set, journal_for
from factcheck.errors import FactcheckError, StoreError
from factcheck.store import latest_scan

ARTICLES = {
    "a.md": "Acme had 120 staff in 2020. Acme had 40 shops in 2020. Acme sold 900 cars in 2020.\n",
    "b.md": "Acme had 150 staff in 2020. Acme had 45 shops in 2020. Acme sold 700 cars in 2020.\n",
}


def _tree(out: Path) -> dict[str, bytes]:
    """Every file under `out` but the database (and its lock and journal), by relative path."""
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and not p.name.startswith("fc.db")
    }


def _paged(tmp_path: Path, toolkit, monkeypatch):
    """A paged report published in out/ (one finding per page), the scan and its render context."""
    return publish_paged(tmp_path, ARTICLES, toolkit, monkeypatch)


@pytest.mark.parametrize(
    "failure",
    [
        pytest.param("commit", id="the database commit fails"),
        pytest.param("render", id="a page fails to render while staged"),
    ],
)
def test_a_shrinking_report_that_fails_keeps_every_old_page(tmp_path, toolkit, monkeypatch, failure):
    """Removing the pages a smaller report no longer has is part of the set: when the set does not commit, the old
    index and all its pages stay, with the old database, and no temporary or journal is left."""
    checked, ctx, ledger, out = _paged(tmp_path, toolkit, monkeypatch)
    before, runs_before = _tree(out), latest_scan(out / "fc.db").run
    monkeypatch.setattr(html, "PAGE_CARDS", 100)
    if failure == "commit":
        def record(*args, **kwargs):
            raise StoreError("disk full")

        monkeypatch.setattr(artifacts_module, "record", record)
    else:
        def boom(*args, **kwargs):
            raise FactcheckError("cannot render")

        monkeypatch.setattr(html, "_render", boom)
    with pytest.raises(FactcheckError):
        publish(checked, Artifacts(out), ctx, out / "fc.db", ledger, "error")
    assert _tree(out) == before, "the old report set must stay whole"
    assert latest_scan(out / "fc.db").run == runs_before
    assert not journal_for(out / "fc.db").exists()
    assert [p for p in out.rglob("*.tmp")] == []


def test_a_shrinking_report_removes_its_old_pages_with_the_run(tmp_path, toolkit, monkeypatch):
    """The smaller report's set commits: the pages go, the new index and a new run come, in one set."""
    checked, ctx, ledger, out = _paged(tmp_path, toolkit, monkeypatch)
    monkeypatch.setattr(html, "PAGE_CARDS", 100)
    written = publish(checked, Artifacts(out), ctx, out / "fc.db", ledger, "error")
    assert list((out / "report-pages").glob("page-*.html")) == []
    assert [p.name for p in written] == ["report.json", "report.md", "report.html"], "removed pages are not 'written'"
    assert "report-pages/" not in (out / "report.html").read_text()
    # and the next identical scan is the unchanged re-scan: a runs row only
    again = _tree(out)
    publish(checked, Artifacts(out), ctx, out / "fc.db", ledger, "error")
    assert _tree(out) == again
    con = sqlite3.connect(out / "fc.db")
    try:
        assert [r[0] for r in con.execute("select reused from runs order by id")] == [0, 0, 1]
    finally:
        con.close()


@pytest.mark.parametrize("pieces", [["{", '"a": 1', "}\n"], [], ["é" * 5000] * 3], ids=["three", "none", "wide"])
def test_a_content_in_pieces_is_staged_whole(tmp_path, pieces):
    """A file given as an iterable of strings is written as their concatenation, in the same set."""
    target, other = tmp_path / "report.json", tmp_path / "report.md"
    commit_set([(target, iter(pieces)), (other, "md")], tmp_path / "fc.db.commit")
    assert target.read_text(encoding="utf-8") == "".join(pieces) and other.read_text() == "md"


def test_pieces_that_fail_midway_replace_nothing(tmp_path):
    """A streamed file whose pieces stop with an error leaves the old files and no temporary."""
    target, other = tmp_path / "report.json", tmp_path / "report.md"
    target.write_text("old json")
    other.write_text("old md")

    def pieces():
        yield "{\n"
        raise FactcheckError("a claim could not be written")

    with pytest.raises(FactcheckError):
        commit_set([(other, "new md"), (target, pieces())], tmp_path / "fc.db.commit")
    assert target.read_text() == "old json" and other.read_text() == "old md"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json", "report.md"]


def test_an_unchanged_rescan_settles_a_set_a_killed_scan_left(tmp_path, toolkit, monkeypatch):
    """A killed scan's journal (its set never committed) is rolled back before the unchanged re-scan compares the
    files: the temporaries go, the files stay, only a runs row is added."""
    checked, ctx, ledger, out = _paged(tmp_path, toolkit, monkeypatch)
    ctx = dataclasses.replace(ctx, html_max_bytes=1)
    before = _tree(out)
    tmp = out / ".report.json.dead.tmp"
    tmp.write_text("half")
    journal_for(out / "fc.db").write_text(
        '{"token": "dead", "database": true, "ready": false, "files": [["%s", "%s"]]}' % (tmp, out / "report.json")
    )
    publish(checked, Artifacts(out), ctx, out / "fc.db", ledger, "error")
    assert _tree(out) == before and not tmp.exists() and not journal_for(out / "fc.db").exists()
    con = sqlite3.connect(out / "fc.db")
    try:
        assert [r[0] for r in con.execute("select reused from runs order by id")] == [0, 1]
    finally:
        con.close()
