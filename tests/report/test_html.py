"""The HTML report: valid HTML5, self-contained, one card per finding with both sides' evidence, every claim marked."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import html5lib
import pytest
from click.testing import CliRunner
from reportkit import claim, conflict_report, finding, report

from factcheck.cli import main
from factcheck.models import TriageDecision, Verdict
from factcheck.report.articles import claim_anchor
from factcheck.report.html import render_html

ROOT = Path(__file__).resolve().parents[2]
LOADING_ATTRIBUTES = ("src", "href", "action", "srcset", "poster", "data", "formaction", "background")


def tree(page: str):
    return html5lib.parse(page, namespaceHTMLElements=False)


def text_of(element) -> str:
    return " ".join("".join(element.itertext()).split())


def cards(page: str) -> list:
    return tree(page).findall(".//details[@data-verdict]")


def test_seed_report_is_valid_html5(seed_html):
    """html5lib in strict mode raises on any parse error."""
    html5lib.HTMLParser(strict=True).parse(seed_html)


def test_report_without_article_texts_is_still_valid_html5():
    rep, _ = conflict_report()
    html5lib.HTMLParser(strict=True).parse(render_html(rep))


def test_nothing_in_the_page_loads_from_elsewhere(seed_html):
    """Only in-page links: no src, no external href, no stylesheet link, no CSS url(), no @import."""
    root = tree(seed_html)
    for element in root.iter():
        for name in LOADING_ATTRIBUTES:
            value = element.get(name)
            assert value is None or value.startswith("#"), (element.tag, name, value)
    assert root.findall(".//link") == [] and root.findall(".//img") == [] and root.findall(".//iframe") == []
    for script in root.findall(".//script"):
        assert script.get("src") is None
    styles = " ".join(text_of(s) for s in root.findall(".//style"))
    assert "url(" not in styles and "@import" not in styles


def test_every_in_page_link_points_at_an_element_of_the_page(seed_html):
    root = tree(seed_html)
    ids = {e.get("id") for e in root.iter() if e.get("id")}
    targets = {e.get("href")[1:] for e in root.iter("a") if (e.get("href") or "").startswith("#")}
    assert targets and targets <= ids


def test_one_card_per_finding_problems_first(seed_html, seed_report):
    found = cards(seed_html)
    assert sorted(c.get("id") for c in found) == sorted(f"f-{f.id}" for f in seed_report.findings)
    verdicts = [c.get("data-verdict") for c in found]
    problems = sum(1 for v in verdicts if v in ("conflict", "inconsistency"))
    assert set(verdicts[:problems]) <= {"conflict", "inconsistency"}
    assert all(c.get("open") is not None for c in found[:problems])
    assert all(c.get("open") is None for c in found[problems:])


def test_each_conflict_card_shows_every_source_file_and_its_highlighted_value(seed_html, seed_report):
    claims = {c.id: c for c in seed_report.claims}
    by_id = {c.get("id"): c for c in cards(seed_html)}
    conflicts = [f for f in seed_report.findings if f.verdict == Verdict.CONFLICT]
    assert conflicts
    for f in conflicts:
        card = by_id[f"f-{f.id}"]
        sources = card.findall(".//section[@class='source']")
        assert [text_of(s.find("h3")) for s in sources] == f.documents
        for source, document in zip(sources, f.documents):
            first = next(claims[c] for c in f.claims if claims[c].document == document)
            marked = [text_of(m) for m in source.findall(".//blockquote/mark")]
            assert first.text in marked


def test_summary_shows_counts_and_triage_states(seed_html, seed_report):
    header = tree(seed_html).find(".//header")
    tiles = {text_of(t.find("dt")): text_of(t.find("dd")) for t in header.findall(".//dl[@class='tiles']/div")}
    s = seed_report.summary
    assert tiles == {
        "Articles": str(s.documents),
        "Claims": str(s.claims),
        "Conflicts": str(s.conflicts),
        "Inconsistencies": str(s.inconsistencies),
        "Agreements": str(s.agreements),
        "Compatible pairs": str(s.compatible),
    }
    assert f"untriaged {len(seed_report.findings)}" in text_of(header)


def test_every_claim_of_every_article_is_marked_once(seed_html, seed_report):
    root = tree(seed_html)
    marks = [m.get("id") for m in root.findall(".//div[@class='text']//mark") if m.get("id")]
    assert sorted(marks) == sorted(claim_anchor(c.id) for c in seed_report.claims)


def test_each_finding_with_values_has_a_chart(seed_html):
    for card in cards(seed_html):
        assert card.find(".//svg") is not None or card.find(".//{http://www.w3.org/2000/svg}svg") is not None


def test_triage_state_and_note_are_shown_on_the_card():
    rep, texts = conflict_report(TriageDecision(state="false_positive", reason="different rounds", note="see the filing"))
    [card] = cards(render_html(rep, texts))
    assert card.get("data-triage") == "false_positive"
    triage = text_of(card.find(".//p[@class='triage']"))
    assert "false positive" in triage and "different rounds" in triage and "see the filing" in triage


def test_filters_offer_every_verdict_severity_entity_and_triage_state(seed_html, seed_report):
    root = tree(seed_html)
    offered = {s.get("data-filter"): [o.get("value") for o in s.findall("option")] for s in root.findall(".//select")}
    assert offered["verdict"] == ["", "conflict", "inconsistency", "agreement", "compatible"]
    assert offered["severity"] == ["", "error", "warning", "info"]
    assert set(offered["entity"]) == {""} | {f.entity for f in seed_report.findings}
    assert offered["triage"][:5] == ["", "untriaged", "confirmed", "false_positive", "resolved"]


HOSTILE = '<script>alert("x")</script>'


def test_text_from_articles_cannot_inject_markup():
    sentence = f"Acme {HOSTILE} is worth $2 billion"
    a = claim("a", "a.md", "$2 billion", sentence, 2e9, unit="USD", entity=HOSTILE)
    b = claim("b", "b.md", "$3 billion", "Acme is worth $3 billion", 3e9, unit="USD", entity=HOSTILE)
    rep = report([a, b], [finding("f1", [a, b], entity=HOSTILE, explanation=[HOSTILE])], warnings=[HOSTILE])
    page = render_html(rep, {"a.md": sentence, "b.md": "Acme is worth $3 billion"})
    assert len(tree(page).findall(".//script")) == 1  # only the report's own
    assert HOSTILE not in page
    html5lib.HTMLParser(strict=True).parse(page)


def test_the_same_report_renders_to_the_same_bytes(seed_report, seed_result):
    from factcheck.report import RenderContext, render
    from factcheck.report.html import rate_converter

    ctx = RenderContext(texts={d.id: d.text for d in seed_result.documents}, convert=rate_converter(seed_result.toolkit.knowledge))
    assert render("html", seed_report, ctx) == render("html", seed_report, ctx)


@pytest.fixture(scope="module")
def seed_scan_out(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("seedscan")
    shutil.copytree(ROOT / "seeds", tmp / "seeds")
    extra = tmp / "extra" / "copy.html"
    res = CliRunner().invoke(main, ["scan", str(tmp / "seeds"), "--out", str(tmp / "out"), "--html-output", str(extra)])
    assert res.exit_code in (0, 1), res.output
    return tmp


def test_committed_seed_html_report_is_what_scan_writes(seed_scan_out):
    """reports/report.html in the repository is what scanning seeds/ gives (regenerate it when renderers change)."""
    assert (seed_scan_out / "out" / "report.html").read_text() == (ROOT / "reports" / "report.html").read_text()


def test_html_output_writes_the_same_report_to_the_file_given(seed_scan_out):
    assert (seed_scan_out / "extra" / "copy.html").read_text() == (seed_scan_out / "out" / "report.html").read_text()


def test_scan_writes_no_timestamp_into_the_html(seed_html):
    assert not re.search(r"\b20\d\d-\d\d-\d\dT\d\d:\d\d", seed_html)
