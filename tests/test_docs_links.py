"""The documentation holds together: every relative link points at a file that exists, and the rule pages
SARIF's helpUri points at are the ones the rule files generate."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.app.rulepages import pages_for, stale_pages
from factcheck.cli import main
from factcheck.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DOCS = sorted([ROOT / "README.md", ROOT / "CHANGELOG.md", *ROOT.joinpath("docs").rglob("*.md")])
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def relative_links(text: str) -> list[str]:
    """Link targets that are paths in the repository (not URLs, mail or in-page anchors)."""
    text = re.sub(r"```.*?```", "", text, flags=re.S)  # examples in code blocks are not links
    return [t for t in LINK.findall(text) if not re.match(r"^[a-z][a-z0-9+.-]*:|^#", t)]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_relative_link_points_at_a_file(doc):
    missing = [t for t in relative_links(doc.read_text(encoding="utf-8")) if not (doc.parent / t.split("#")[0]).exists()]
    assert not missing, f"{doc.relative_to(ROOT)} links to missing files: {missing}"


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("see [ci](docs/ci.md) and [x](https://e.org/a.md)", ["docs/ci.md"]),
        ("[top](#usage) [mail](mailto:a@b.c)", []),
        ("```\n[not](a/link.md)\n```\n[yes](b.md#part)", ["b.md#part"]),
    ],
)
def test_relative_links_are_told_from_urls_and_code(text, links):
    assert relative_links(text) == links


def test_the_rule_pages_are_generated_from_the_rule_files():
    """docs/rules/ is what `factcheck rules docs` writes: a page per rule code, SARIF's helpUri target."""
    pages = pages_for(Settings())
    assert {f"{c}.md" for c in ("FC000", "FC101", "FC301")} <= set(pages)
    assert stale_pages(ROOT / "docs" / "rules", pages) == [], "run `factcheck rules docs`"


def test_rules_docs_check_fails_on_a_stale_page(tmp_path):
    assert CliRunner().invoke(main, ["rules", "docs", "--out", str(tmp_path)]).exit_code == 0
    (tmp_path / "FC101.md").write_text("old\n")
    res = CliRunner().invoke(main, ["rules", "docs", "--out", str(tmp_path), "--check"])
    assert res.exit_code == 1 and "FC101.md: out of date" in res.stderr
