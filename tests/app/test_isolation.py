"""One bad article never aborts a scan: it becomes a diagnostic naming the file, the others are scanned.

Each case is an input that used to end the whole scan with exit 2 "internal error" and no report.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.errors import NoArticlesError
from factcheck.app.pipeline import scan

GOOD = {
    "a.md": "Acme released Rocket-7, a model with 130 billion parameters.\n",
    "b.md": "Rocket-7 has 100 billion parameters, according to Acme.\n",
}


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in files.items():
        (folder / name).write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    return folder


BAD = [
    pytest.param("Shares of Acme rose 2\t1/2 points on the news.\n", None, id="tab-before-fraction"),
    pytest.param("Acme was founded in 2001. In year 10000 of its life Acme had 5 staff.\n", None, id="year-past-9999"),
    pytest.param("Acme raised $1e308 billion in 2020 and $1e400 more later.\n", None, id="overflowing-money"),
    pytest.param(b"Acme had 12 staff.\x00\x01binary", "FC904", id="nul-bytes"),
    pytest.param(b"Acme had \xff\xfe 12 staff.", "FC902", id="not-utf8"),
    pytest.param("", "FC903", id="empty"),
]


@pytest.mark.parametrize(("body", "code"), BAD)
def test_a_bad_article_leaves_the_others_scanned(tmp_path, body, code):
    """Exit 0/1 by the findings (here the GOOD conflict: 1), the report written, the bad file named if left out."""
    folder = write(tmp_path / "c", {**GOOD, "bad.md": body})
    res = CliRunner().invoke(main, ["scan", str(folder), "--out", str(tmp_path / "out"), "--format", "json"])
    assert res.exit_code == 1, res.output
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert {"a.md", "b.md"} <= {d["id"] for d in report["documents"]}
    assert report["summary"]["conflicts"] == 1
    if code is not None:
        assert [(d["file"], d["code"]) for d in report["diagnostics"]] == [("bad.md", code)]
        assert any(w.startswith("bad.md") and code in w for w in report["warnings"])


def test_an_extraction_crash_is_a_diagnostic_on_that_file(tmp_path, toolkit, monkeypatch):
    """Whatever an article makes the extractor raise, the scan reports FC905 on it and goes on."""
    folder = write(tmp_path / "c", {**GOOD, "boom.md": "Acme had 7 staff.\n"})
    real = toolkit.extractor.extract

    def extract(doc):
        if doc.id == "boom.md":
            raise RuntimeError("simulated failure")
        return real(doc)

    monkeypatch.setattr(toolkit.extractor, "extract", extract)
    result = scan(folder, toolkit=toolkit)
    assert [d.id for d in result.documents] == ["a.md", "b.md"]
    assert [(d.file, d.code) for d in result.diagnostics] == [("boom.md", "FC905")]
    assert "simulated failure" in result.diagnostics[0].message


def test_an_unreadable_file_is_a_diagnostic(tmp_path, toolkit, monkeypatch):
    """A read error (permissions, I/O) names the file (FC901) instead of stopping the scan."""
    folder = write(tmp_path / "c", {**GOOD, "locked.md": "Acme had 7 staff.\n"})
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.md":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = scan(folder, toolkit=toolkit)
    assert [(d.file, d.code) for d in result.diagnostics] == [("locked.md", "FC901")]
    assert "Permission denied" in result.diagnostics[0].message


def test_an_unreadable_subfolder_is_named_not_skipped_silently(tmp_path, toolkit, monkeypatch):
    """os.walk's listing error on a subfolder becomes FC901 on that folder."""
    folder = write(tmp_path / "c", GOOD)
    (folder / "private").mkdir()
    real = os.walk

    def walk(top, onerror=None, **kw):
        for root, dirs, files in real(top, onerror=onerror, **kw):
            if Path(root).name == "private":
                onerror(PermissionError(13, "Permission denied", root))
                dirs[:] = []
                continue
            yield root, dirs, files

    monkeypatch.setattr(os, "walk", walk)
    result = scan(folder, toolkit=toolkit)
    assert [(d.file, d.code) for d in result.diagnostics] == [("private/", "FC901")]


def test_a_folder_of_only_empty_files_is_an_input_error_and_keeps_the_old_reports(tmp_path):
    """Nothing to scan is exit 2, and the previous reports stay as they were."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.json").write_text("previous")
    folder = write(tmp_path / "c", {"a.md": "", "b.md": "  \n"})
    res = CliRunner().invoke(main, ["scan", str(folder), "--out", str(out)])
    assert res.exit_code == 2
    assert "empty file" in res.output
    assert (out / "report.json").read_text() == "previous"


def test_a_byte_order_mark_is_not_part_of_the_text(tmp_path, toolkit):
    """Columns on line 1 and the title are the same with and without a BOM."""
    plain = write(tmp_path / "p", {"a.md": "# Acme grows\n\nAcme had 12 staff in 2020.\n"})
    bom = write(tmp_path / "b", {"a.md": "\ufeff# Acme grows\n\nAcme had 12 staff in 2020.\n".encode("utf-8")})
    with_bom, without = scan(bom, toolkit=toolkit), scan(plain, toolkit=toolkit)
    assert with_bom.documents[0].title == without.documents[0].title == "Acme grows"
    assert [(c.line, c.column, c.start) for c in with_bom.claims] == [(c.line, c.column, c.start) for c in without.claims]


def test_nothing_left_after_extraction_is_no_articles(tmp_path, toolkit, monkeypatch):
    """When every article fails, the scan is an input error (exit 2), not an empty report."""
    folder = write(tmp_path / "c", GOOD)
    monkeypatch.setattr(toolkit.extractor, "extract", lambda doc: (_ for _ in ()).throw(ValueError("x")))
    with pytest.raises(NoArticlesError, match="FC905"):
        scan(folder, toolkit=toolkit)


@pytest.mark.parametrize(("flags", "code"), [([], 0), (["--strict-inputs"], 1)], ids=["default", "strict"])
def test_strict_inputs_makes_a_diagnostic_block(tmp_path, flags, code):
    """By default a skipped file only warns; --strict-inputs makes it exit 1."""
    folder = write(tmp_path / "c", {"a.md": "Acme had 12 staff in 2020.\n", "bad.md": b"\x00"})
    res = CliRunner().invoke(main, ["scan", str(folder), "--out", str(tmp_path / "out"), *flags])
    assert res.exit_code == code, res.output
    assert "bad.md:1:1: NUL byte" in res.output


def test_strict_inputs_can_be_set_in_the_configuration(tmp_path):
    """`strict-inputs = true` in factcheck.toml is --strict-inputs for every scan of the project."""
    folder = write(tmp_path / "c", {"a.md": "Acme had 12 staff in 2020.\n", "bad.md": b"\x00"})
    (tmp_path / "factcheck.toml").write_text("strict-inputs = true\n")
    config = ["--config", str(tmp_path / "factcheck.toml")]
    res = CliRunner().invoke(main, ["scan", str(folder), *config, "--out", str(tmp_path / "out")])
    assert res.exit_code == 1, res.output


def test_a_rescan_from_the_cache_shows_the_same_diagnostics(tmp_path, toolkit, monkeypatch):
    """A corpus with an article that failed to extract is not reused whole: the second scan reports it again."""
    from factcheck.store import StoreCache

    folder = write(tmp_path / "c", {**GOOD, "boom.md": "Acme had 7 staff.\n"})
    real = toolkit.extractor.extract
    monkeypatch.setattr(toolkit.extractor, "extract", lambda doc: (_ for _ in ()).throw(RuntimeError("x")) if doc.id == "boom.md" else real(doc))
    with StoreCache.open(tmp_path / "fc.db") as cache:
        first = scan(folder, toolkit=toolkit, cache=cache)
        second = scan(folder, toolkit=toolkit, cache=cache)
    assert [d.code for d in first.diagnostics] == [d.code for d in second.diagnostics] == ["FC905"]
    assert [d.id for d in second.documents] == ["a.md", "b.md"]
