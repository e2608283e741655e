"""Screenshots of the HTML report in headless Chromium: the first screen and one conflict card, on a desktop
(1400 px) and on a phone (400 px).

    PYTHONPATH=. python benchmarks/screenshots.py [reports/report.html] [--out docs/screenshots]

Needs Debian's `chromium` and `chromium-driver` and the `selenium` package
(the `test` extra). Nothing is downloaded: the driver is /usr/bin/chromedriver
and the browser runs with every background-networking feature off.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


def open_browser(profile: Path, width: int, height: int) -> webdriver.Chrome:
    """A headless Chromium with a fresh profile; performance logs on, so callers can list every request."""
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


def viewport(browser: webdriver.Chrome, width: int, height: int) -> None:
    """Set the page's viewport exactly (the window size would include the browser's own bars)."""
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}
    )


def take(report: Path, out: Path, width: int = 1366, height: int = 900) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    first, card = out / "report-first-screen.png", out / "report-conflict-card.png"
    with tempfile.TemporaryDirectory() as profile:
        browser = open_browser(Path(profile), width, height)
        try:
            viewport(browser, width, height)
            browser.get(report.resolve().as_uri())
            browser.save_screenshot(str(first))
            conflict = browser.find_element(By.CSS_SELECTOR, "details.card.v-conflict")
            # the filter bar sticks to the top of the window: scroll the card to just below it
            viewport(browser, width, max(height, conflict.size["height"] + 160))
            browser.execute_script(
                "var bar = document.getElementById('filters');"
                "window.scrollTo(0, arguments[0].getBoundingClientRect().top + window.scrollY - bar.offsetHeight - 24);",
                conflict,
            )
            conflict.screenshot(str(card))
        finally:
            browser.quit()
    return [first, card]


def take_phone(report: Path, out: Path, width: int = 400, height: int = 860) -> list[Path]:
    """The first screen and the first conflict card at phone width; prints how wide the page is (it must fit)."""
    out.mkdir(parents=True, exist_ok=True)
    first, card = out / f"report-first-screen-{width}.png", out / f"report-conflict-card-{width}.png"
    with tempfile.TemporaryDirectory() as profile:
        browser = open_browser(Path(profile), width, height)
        try:
            viewport(browser, width, height)
            browser.get(report.resolve().as_uri())
            print(f"{width} px: page scroll width {browser.execute_script('return document.documentElement.scrollWidth')} px")
            browser.save_screenshot(str(first))
            conflict = browser.find_element(By.CSS_SELECTOR, "details.card.v-conflict")
            viewport(browser, width, max(height, conflict.size["height"] + 40))
            browser.execute_script("arguments[0].scrollIntoView(true);", conflict)
            conflict.screenshot(str(card))
        finally:
            browser.quit()
    return [first, card]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", nargs="?", type=Path, default=Path("reports/report.html"))
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    for path in [*take(args.report, args.out, width=1400), *take_phone(args.report, args.out)]:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
