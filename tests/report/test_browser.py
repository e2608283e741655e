"""The seed HTML report in headless Chromium: conflict cards show both sides, filters work, nothing loads from elsewhere.

Needs Debian's `chromium` and `chromium-driver` and the `selenium` package;
skipped cleanly without them (`.ci/run` installs them, so CI runs these).
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

selenium = pytest.importorskip("selenium", reason="selenium is not installed (pip install '.[test]')")
if not (shutil.which("chromium") and shutil.which("chromedriver")):
    pytest.skip("no headless Chromium (apt-get install chromium chromium-driver)", allow_module_level=True)

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "screenshots.py"


def load_screenshots_script():
    """benchmarks/screenshots.py, the one place that knows how to start Chromium offline."""
    spec = importlib.util.spec_from_file_location("factcheck_screenshots", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def page(seed_html, tmp_path_factory):
    """The seed report opened from a file, with Chromium's network log on."""
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(seed_html, encoding="utf-8")
    browser = load_screenshots_script().open_browser(tmp_path_factory.mktemp("profile"), 1366, 900)
    try:
        browser.get(path.as_uri())
        yield browser
    finally:
        browser.quit()


def visible_cards(browser) -> list:
    return [c for c in browser.find_elements(By.CSS_SELECTOR, "details.card") if c.is_displayed()]


def reset_filters(browser) -> None:
    browser.find_element(By.CSS_SELECTOR, "#filters button[type=reset]").click()


def test_page_loads_no_external_resource(page):
    """The report's document requested nothing but itself, nothing went to the network, and no resource loaded."""
    sent = [json.loads(entry["message"])["message"] for entry in page.get_log("performance")]
    requests = [m["params"] for m in sent if m["method"] == "Network.requestWillBeSent"]
    page_url = page.current_url.split("#")[0]
    ours = [r["request"]["url"] for r in requests if r.get("documentURL", "").split("#")[0] == page_url]
    assert ours and {url.split("#")[0] for url in ours} == {page_url}, ours
    network = [r["request"]["url"] for r in requests if r["request"]["url"].startswith(("http:", "https:", "ws:", "wss:"))]
    assert network == []
    assert page.execute_script("return performance.getEntriesByType('resource').length") == 0


def test_every_conflict_card_shows_both_quotes_with_their_file_names(page, seed_report):
    conflicts = [f for f in seed_report.findings if f.verdict.value == "conflict"]
    claims = {c.id: c for c in seed_report.claims}
    for f in conflicts:
        card = page.find_element(By.ID, f"f-{f.id}")
        assert card.is_displayed()
        sources = card.find_elements(By.CSS_SELECTOR, "section.source")
        assert [s.find_element(By.TAG_NAME, "h3").text for s in sources] == f.documents
        for source, document in zip(sources, f.documents):
            quote = source.find_element(By.TAG_NAME, "blockquote")
            first = next(claims[c] for c in f.claims if claims[c].document == document)
            assert quote.is_displayed() and first.text in quote.text
            assert source.find_element(By.CSS_SELECTOR, "blockquote mark.value").text == first.text


@pytest.mark.parametrize(
    ("name", "value"),
    [("verdict", "agreement"), ("verdict", "conflict"), ("severity", "error"), ("entity", "Step-1")],
)
def test_a_filter_hides_the_cards_that_do_not_match_and_clear_shows_them_again(page, seed_report, name, value):
    Select(page.find_element(By.CSS_SELECTOR, f"select[data-filter={name}]")).select_by_value(value)
    shown = visible_cards(page)
    expected = [f for f in seed_report.findings if str(getattr(f, name)) == value]
    assert len(shown) == len(expected) > 0
    assert all(c.get_attribute(f"data-{name}") == value for c in shown)
    assert page.find_element(By.ID, "shown").text == f"{len(expected)} of {len(seed_report.findings)} findings shown"
    reset_filters(page)
    assert len(visible_cards(page)) == len(seed_report.findings)


def test_the_triage_filter_shows_only_cards_in_that_state(page, seed_report):
    for state in ("untriaged", "confirmed"):
        Select(page.find_element(By.CSS_SELECTOR, "select[data-filter=triage]")).select_by_value(state)
        expected = [f for f in seed_report.findings if (f.triage.state if f.triage else "untriaged") == state]
        assert len(visible_cards(page)) == len(expected)
    reset_filters(page)
    assert len(visible_cards(page)) == len(seed_report.findings)


def test_the_search_box_keeps_only_cards_mentioning_the_words(page, seed_report):
    box = page.find_element(By.ID, "search")
    box.send_keys("Step-1V")
    shown = visible_cards(page)
    assert shown and all("step-1v" in c.get_attribute("textContent").lower() for c in shown)
    assert len(shown) < len(seed_report.findings)
    reset_filters(page)
    assert len(visible_cards(page)) == len(seed_report.findings)


def test_a_line_link_opens_the_collapsed_article_at_that_line(page):
    link = page.find_element(By.CSS_SELECTOR, "details.card.v-conflict section.source dd a[href*='-L']")
    target = link.get_attribute("href").split("#", 1)[1]
    article = page.find_element(By.ID, target.split("-L")[0])
    assert article.get_attribute("open") is None
    link.click()
    assert article.get_attribute("open") is not None
    assert page.find_element(By.ID, target).is_displayed()


@pytest.mark.parametrize("width", [400, 1400])
def test_the_report_fits_the_screen_and_chart_text_stays_readable(seed_html, tmp_path, width):
    """At phone width nothing but a chart's own box scrolls sideways, and chart labels are not shrunk below 9 px."""
    shots = load_screenshots_script()
    path = tmp_path / "report.html"
    path.write_text(seed_html, encoding="utf-8")
    browser = shots.open_browser(tmp_path / "profile", width, 860)
    try:
        shots.viewport(browser, width, 860)
        browser.get(path.as_uri())
        assert browser.execute_script("return document.documentElement.scrollWidth") <= width
        for card in browser.find_elements(By.CSS_SELECTOR, "details.card"):
            browser.execute_script("arguments[0].open = true", card)
        sizes = browser.execute_script(
            "return [...document.querySelectorAll('svg.chart text')].slice(0, 50).map(t => t.getBoundingClientRect().height)"
        )
        assert sizes and min(s for s in sizes if s > 0) >= 9
        glance = browser.find_element(By.CSS_SELECTOR, "table.glance")
        assert glance.rect["x"] + glance.rect["width"] <= width
    finally:
        browser.quit()
