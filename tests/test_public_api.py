"""The public API: what `factcheck` exports, that importing it stays cheap, and that it is typed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import factcheck

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", factcheck.__all__)
def test_every_exported_name_resolves(name):
    assert getattr(factcheck, name) is not None


@pytest.mark.parametrize(
    ("name", "home"),
    [
        ("scan", "factcheck.app.pipeline"),
        ("scan_texts", "factcheck.app.pipeline"),
        ("build_report", "factcheck.app.reporting"),
        ("render", "factcheck.report.formats"),
        ("Report", "factcheck.models"),
        ("Settings", "factcheck.settings"),
        ("FactcheckError", "factcheck.errors"),
    ],
)
def test_exported_names_are_the_library_s_own(name, home):
    assert getattr(factcheck, name).__module__ == home


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        factcheck.nope  # noqa: B018


def test_importing_factcheck_loads_neither_spacy_nor_the_pipeline():
    code = "import sys, factcheck; print(sorted(m for m in ('spacy', 'factcheck.app', 'factcheck.extract') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_readme_one_liner_scans_the_seeds():
    code = "import factcheck; r = factcheck.scan(['seeds']); print(len(r.findings))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert int(done.stdout) > 0


def test_the_package_is_marked_typed():
    assert (Path(factcheck.__file__).parent / "py.typed").is_file()


@pytest.mark.parametrize("paths", [ROOT / "seeds", str(ROOT / "seeds"), [ROOT / "seeds"], (str(ROOT / "seeds"),)])
def test_scan_takes_one_path_or_several(toolkit, paths):
    assert len(factcheck.scan(paths, toolkit=toolkit).documents) == 5


def test_scan_texts_reads_nothing_from_disk(toolkit):
    result = factcheck.scan_texts({"x.md": "Acme raised $5 million in 2024.\n"}, toolkit)
    assert [d.path for d in result.documents] == ["x.md"] and result.claims
