"""The inline SVG charts: each source's interval on one shared axis, so a conflict is visible at a glance."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest
from reportkit import claim

from factcheck.models import Qualifier
from factcheck.report.charts import (
    PLOT_LEFT,
    PLOT_RIGHT,
    chart_panels,
    date_ticks,
    finding_chart,
    number_ticks,
    render_panel,
)

NS = {"svg": "http://www.w3.org/2000/svg"}


def svg_tree(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def extent(bar: ET.Element) -> tuple[float, float]:
    """The pixel span of a bar group's stated value: its dot or its solid rectangle."""
    dot = bar.find("svg:circle", NS)
    if dot is not None:
        return float(dot.get("cx")), float(dot.get("cx"))
    core = bar.find("svg:rect[@class='core']", NS)
    x = float(core.get("x"))
    return x, x + float(core.get("width"))


def bars(svg: str) -> list[ET.Element]:
    return svg_tree(svg).findall("svg:g[@class='bar']", NS)


def test_two_values_that_do_not_overlap_are_drawn_apart_in_order():
    """130B and 100B: two dots on one axis, the larger to the right, far apart."""
    a = claim("a", "a.md", "130B", "130B", 130e9, unit="params", tolerance=5e8)
    b = claim("b", "b.md", "100 billion", "100 billion", 100e9, unit="params", tolerance=5e8)
    [svg] = finding_chart([a, b])
    first, second = (extent(g) for g in bars(svg))
    assert first[0] - second[1] > (PLOT_RIGHT - PLOT_LEFT) / 2


def test_the_tolerance_band_surrounds_the_stated_value():
    c = claim("a", "a.md", "$2B", "$2B", 2e9, unit="USD", tolerance=5e8)
    other = claim("b", "b.md", "$5B", "$5B", 5e9, unit="USD")
    [svg] = finding_chart([c, other])
    group = bars(svg)[0]
    band = group.find("svg:rect[@class='slack']", NS)
    lo, hi = float(band.get("x")), float(band.get("x")) + float(band.get("width"))
    cx, _ = extent(group)
    assert lo < cx < hi
    assert abs((cx - lo) - (hi - cx)) < 0.5


@pytest.mark.parametrize(
    ("qualifier", "low", "high", "arrow_side"),
    [(Qualifier.LOWER_BOUND, 100e6, None, "right"), (Qualifier.UPPER_BOUND, None, 3e9, "left")],
)
def test_an_open_bound_runs_to_the_edge_with_an_arrow(qualifier, low, high, arrow_side):
    bound = claim("o", "a.md", "x", "x", low, high, "USD", qualifier=qualifier)
    point = claim("p", "b.md", "$1B", "$1B", 1e9, unit="USD")
    [svg] = finding_chart([bound, point])
    group = bars(svg)[0]
    x0, x1 = extent(group)
    assert (x1 if arrow_side == "right" else x0) == pytest.approx(PLOT_RIGHT if arrow_side == "right" else PLOT_LEFT)
    assert group.find("svg:path", NS) is not None


def test_dates_are_drawn_on_a_date_axis_with_month_labels():
    a = claim("a", "a.md", "Mar 2024", "Mar 2024", dates=(date(2024, 3, 1), date(2024, 4, 1)))
    b = claim("b", "b.md", "summer 2023", "summer 2023", dates=(date(2023, 7, 1), date(2023, 10, 1)))
    [panel] = chart_panels([a, b])
    assert panel.dates
    labels = [t.text for t in svg_tree(render_panel(panel)).findall("svg:text[@class='tick']", NS)]
    assert any(label.endswith("2023") for label in labels) and any(label.endswith("2024") for label in labels)
    first, second = (extent(g) for g in bars(render_panel(panel)))
    assert first[0] > second[1]  # March 2024 lies after September 2023


def test_units_that_cannot_be_compared_get_their_own_axis():
    ratio = claim("r", "a.md", "70x", "70x", 70, unit="x")
    cost = claim("c", "a.md", "$5.58M", "$5.58M", 5.58e6, unit="USD")
    panels = chart_panels([ratio, cost])
    assert [p.unit for p in panels] == ["x", "USD"]


def test_another_currency_joins_the_first_units_axis_when_a_rate_is_known():
    usd = claim("u", "a.md", "$2 billion", "$2 billion", 2e9, unit="USD")
    cny = claim("y", "a.md", "140 billion RMB", "140 billion RMB", 140e9, unit="CNY")

    def convert(low, high, source, target, when):
        return (low / 7.35, high / 6.69) if (source, target) == ("CNY", "USD") else None

    [panel] = chart_panels([usd, cny], convert=convert)
    converted = panel.bars[1]
    assert converted.lo == pytest.approx(140e9 / 7.35) and converted.hi == pytest.approx(140e9 / 6.69)
    assert "USD" in converted.value and "140 billion CNY" in converted.value
    assert len(chart_panels([usd, cny])) == 2  # without rates each currency keeps its own axis


def test_one_row_per_source_and_value_however_often_the_source_repeats_it():
    six = [claim(f"s{i}", "a.md", "Six Tigers", "Six Tigers", 6, unit="members", line=i) for i in range(1, 8)]
    five = claim("f", "b.md", "Five Tigers", "Five Tigers", 5, unit="members")
    [panel] = chart_panels([*six, five])
    assert [b.label for b in panel.bars] == ["a.md:1 +6", "b.md:1"]


def test_text_in_the_chart_is_escaped():
    a = claim("a", "<script>x</script>.md", "1", "1", 1)
    b = claim("b", "b.md", "2", "2", 2)
    [svg] = finding_chart([a, b])
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    svg_tree(svg)  # still well-formed XML


@pytest.mark.parametrize(
    ("lo", "hi", "unit", "expected"),
    [
        (97e9, 133e9, "params", ["100B", "110B", "120B", "130B"]),
        (-0.4, 10.4, "", ["0", "2", "4", "6", "8", "10"]),
        (28, 52, "percent", ["30%", "35%", "40%", "45%", "50%"]),
    ],
)
def test_number_ticks_are_round_and_compact(lo, hi, unit, expected):
    assert [label for _, label in number_ticks(lo, hi, unit)] == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2023, 6, 20), date(2024, 4, 10), ["Jul 2023", "Oct 2023", "Jan 2024", "Apr 2024"]),
        (date(2015, 3, 1), date(2025, 2, 1), ["2016", "2018", "2020", "2022", "2024"]),
        (date(2024, 3, 3), date(2024, 3, 20), ["2024-03-11"]),
    ],
    ids=["months", "years", "inside-one-month"],
)
def test_date_ticks_pick_months_or_years_by_span(start, end, expected):
    assert [label for _, label in date_ticks(start.toordinal(), end.toordinal())] == expected


@pytest.mark.parametrize(
    ("lo", "hi"),
    [(float("inf"), float("inf")), (float("nan"), 1.0), (0.0, float("inf")), (5.0, 5.0)],
    ids=["inf", "nan", "half-inf", "flat"],
)
def test_chart_ticks_on_a_degenerate_axis_are_empty_not_a_crash(lo, hi):
    """The HTML charts used to crash on infinite and NaN values (math.log10 of nan, range of inf)."""
    assert number_ticks(lo, hi) == []
