"""After a gated scan: which files are written, in what order, and what the store records."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.app.artifacts import Artifacts, record, render_context, write_artifacts
from factcheck.app.check import check_cached
from factcheck.store import latest_scan
from factcheck.triage.ledger import load_ledger

OUT = Path("out")


@pytest.mark.parametrize(
    ("extra", "files"),
    [
        ({}, [(OUT / "report.json", "json"), (OUT / "report.md", "markdown"), (OUT / "report.html", "html")]),
        (
            {"html": Path("page.html"), "sarif": Path("x.sarif")},
            [(OUT / "report.json", "json"), (OUT / "report.md", "markdown"), (OUT / "report.html", "html"),
             (Path("page.html"), "html"), (Path("x.sarif"), "sarif")],
        ),
        ({"html": OUT / "report.html"}, [(OUT / "report.json", "json"), (OUT / "report.md", "markdown"), (OUT / "report.html", "html")]),
    ],
    ids=["default", "extra-files", "same-file-once"],
)
def test_the_files_of_a_scan_in_writing_order(extra, files):
    assert Artifacts(OUT, extra).files() == files


def test_excluded_covers_the_out_folder_and_every_extra_file():
    assert Artifacts(OUT, {"junit": Path("j.xml")}).excluded() == [OUT, Path("j.xml")]


ARTICLES = {
    "a.md": "Acme released Rocket-7, a model with 130 billion parameters.\n",
    "b.md": "Rocket-7 has 100 billion parameters, according to Acme.\n",
}


@pytest.mark.parametrize("cached", [True, False], ids=["cache", "no-cache"])
def test_a_gated_scan_writes_its_files_and_records_the_run(tmp_path, toolkit, cached):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text)
    db = tmp_path / "fc.db"
    ledger = load_ledger(tmp_path / "none.yml")
    checked = check_cached([folder], toolkit, cache_db=db if cached else None, ledger=ledger)
    ctx = render_context(checked, cwd=tmp_path)
    assert ctx.paths == {"a.md": "articles/a.md", "b.md": "articles/b.md"}, "from the documents' own paths"
    written = write_artifacts(checked, Artifacts(tmp_path / "out"), ctx)
    assert [p.name for p in written] == ["report.json", "report.md", "report.html"]
    run = record(db, checked, ctx, ledger, "error")
    latest = latest_scan(db)
    assert latest.run == run and latest.report == checked.report
    assert [s.blocking for s in latest.findings] == [True]
    assert latest.findings[0].places[0].startswith("articles/")
