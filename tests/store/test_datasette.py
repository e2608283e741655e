"""The store opens in Datasette with factcheck's metadata: facets, descriptions, a search query."""

from __future__ import annotations

import asyncio

import pytest
import sqlite_utils
import yaml
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.cli.browse import METADATA, datasette_command

ARTICLES = {
    "a.md": "Acme released Rocket-7, a model with 130 billion parameters.\n",
    "b.md": "Rocket-7 has 100 billion parameters, according to Acme.\n",
}


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    root = tmp_path_factory.mktemp("browse")
    (root / "articles").mkdir()
    for name, text in ARTICLES.items():
        (root / "articles" / name).write_text(text)
    (root / "ledger.yml").write_text("findings: {}\n")
    res = CliRunner().invoke(main, ["scan", str(root / "articles"), "--out", str(root / "reports"), "--ledger", str(root / "ledger.yml"), "-q"])
    assert res.exit_code == 1, res.output
    return root / "reports" / "factcheck.db"


def test_every_table_view_and_facet_in_the_metadata_exists(db_path):
    meta = yaml.safe_load(METADATA.read_text())
    db = sqlite_utils.Database(db_path)
    names = set(db.table_names()) | set(db.view_names())
    for table, settings in meta["databases"]["factcheck"]["tables"].items():
        assert table in names, table
        columns = {c.name for c in db[table].columns}
        assert set(settings.get("facets", [])) <= columns, table
        for key in ("sort", "sort_desc"):
            assert settings.get(key, "id") in columns | {"id"}, table


def test_datasette_serves_facets_and_the_search_query(db_path):
    datasette_app = pytest.importorskip("datasette.app")
    ds = datasette_app.Datasette([str(db_path)], metadata=yaml.safe_load(METADATA.read_text()))

    async def fetch():
        findings = await ds.client.get("/factcheck/findings.json?_extra=facet_results")
        search = await ds.client.get("/factcheck/quotes_matching.json?q=Rocket&_shape=array")
        return findings, search

    findings, search = asyncio.run(fetch())
    assert findings.status_code == 200 and search.status_code == 200
    facets = findings.json()["facet_results"]
    facets = facets.get("results", facets)
    assert {"verdict", "severity", "status", "rule", "blocking"} <= set(facets)
    assert sorted(r["document"] for r in search.json()) == ["a.md", "b.md"]


def test_browse_runs_datasette_with_the_metadata(db_path, monkeypatch):
    calls = []
    monkeypatch.setattr("factcheck.cli.browse.importlib.util.find_spec", lambda name: object())
    monkeypatch.setattr("factcheck.cli.browse.subprocess.call", lambda cmd: calls.append(cmd) or 0)
    res = CliRunner().invoke(main, ["browse", "--db", str(db_path), "--no-open", "--port", "9001"])
    assert res.exit_code == 0
    assert calls == [datasette_command(db_path, 9001, False)]
    assert calls[0][-4:] == ["--metadata", str(METADATA), "--port", "9001"]


@pytest.mark.parametrize("missing", ["database", "datasette"])
def test_browse_explains_what_is_missing(db_path, tmp_path, monkeypatch, missing):
    if missing == "datasette":
        monkeypatch.setattr("factcheck.cli.browse.importlib.util.find_spec", lambda name: None)
    db = db_path if missing == "datasette" else tmp_path / "none.db"
    res = CliRunner().invoke(main, ["browse", "--db", str(db)])
    assert res.exit_code == 2
    assert ("pip install 'factcheck[browse]'" if missing == "datasette" else "run factcheck scan first") in res.stderr
