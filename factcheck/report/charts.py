"""Inline SVG: every source's value as an interval on one shared axis.

One row per source and value; the stated interval is a solid bar (a dot for a
point), the rounding tolerance a pale band around it, an open bound ("at
least") runs to the edge with an arrow, dates sit on a date axis. Money in
another currency joins the first unit's axis when a converter (dated exchange
rates) can place it; anything else gets its own axis with its unit, so two
figures are never drawn as comparable when they are not.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from markupsafe import escape

from factcheck.evaluate.findings import show_value
from factcheck.models import Claim, Qualifier
from factcheck.report.view import ValueRow, amount, line_list, span_text, value_rows

# (low, high, source unit, target unit, when) -> the converted interval, or None when no rate is known
Converter = Callable[[float, float, str, str, date | None], tuple[float, float] | None]

# Okabe-Ito, colour-blind safe; yellow swapped for a brown that reads on white.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C564B", "#555555")
WIDTH, LABEL_RIGHT, PLOT_LEFT, PLOT_RIGHT, VALUE_LEFT = 840, 188, 196, 520, 532
ROW, TOP, AXIS = 22, 18, 26
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DATE_AXIS = "date"


@dataclass(frozen=True)
class Bar:
    """One row: the stated interval (None = open) and the interval with its tolerance."""

    label: str
    title: str
    value: str
    color: str
    lo: float | None
    hi: float | None
    slack_lo: float | None
    slack_hi: float | None


@dataclass(frozen=True)
class Panel:
    """Bars that share one axis: one unit, or dates."""

    unit: str
    bars: tuple[Bar, ...]

    @property
    def dates(self) -> bool:
        return self.unit == DATE_AXIS


def _short(doc: str, most: int = 22) -> str:
    return doc if len(doc) <= most else f"{doc[:11]}…{doc[-(most - 12):]}"


def _interval(c: Claim) -> tuple[float | None, float | None, float] | None:
    """(low, high, tolerance) on the claim's own axis: numbers as they are, dates as day numbers."""
    v = c.value
    if v.start is not None or v.end is not None:
        lo = float(v.start.toordinal()) if v.start else None
        hi = float(v.end.toordinal() - 1) if v.end else None
        return lo, hi, 0.0
    if v.low is None and v.high is None:
        return None
    lo, hi = v.low, v.high
    if c.qualifier == Qualifier.LOWER_BOUND:
        hi = None
    elif c.qualifier == Qualifier.UPPER_BOUND:
        lo = None
    if lo is None and hi is None or any(x is not None and not math.isfinite(x) for x in (lo, hi, v.tolerance)):
        return None  # an infinite or NaN value has no place on an axis: the card shows it as text only
    return lo, hi, v.tolerance


def _axis(c: Claim) -> str:
    v = c.value
    return DATE_AXIS if v.start is not None or v.end is not None else (v.unit or "")


def _rates(c: Claim, target: str, convert: Converter) -> tuple[float, float] | None:
    """Target units per one unit of the claim's currency (low, high) at the claim's date, or None."""
    got = convert(1.0, 1.0, c.value.unit or "", target, c.value.rate_date)
    return (got[0], got[1]) if got is not None else None


def _range(interval: tuple[float | None, float | None, float], rates: tuple[float, float]) -> str:
    lo, hi, _ = interval
    if lo is None:
        return f"≤ {amount(hi * rates[1])}"  # type: ignore[operator]
    if hi is None:
        return f"≥ {amount(lo * rates[0])}"
    return span_text(lo * rates[0], hi * rates[1])


def _bar(
    row: ValueRow,
    color: str,
    interval: tuple[float | None, float | None, float],
    value: str,
    rates: tuple[float, float] = (1.0, 1.0),
) -> Bar:
    """A row's bar; `rates` moves it onto another currency's axis (low end at the low rate, high at the high)."""
    lo, hi, tol = interval
    lines = row.lines
    label = f"{_short(row.document)}:{lines[0]}" + (f" +{len(lines) - 1}" if len(lines) > 1 else "")
    written = ", ".join(f"'{w}'" for w in row.written)
    title = f"{row.document} line{'s' if len(lines) > 1 else ''} {line_list(lines)}: {written} → {value}"
    rl, rh = rates
    return Bar(
        label=label,
        title=title,
        value=value,
        color=color,
        lo=lo * rl if lo is not None else None,
        hi=hi * rh if hi is not None else None,
        slack_lo=(lo - tol) * rl if lo is not None else None,
        slack_hi=(hi + tol) * rh if hi is not None else None,
    )


def chart_panels(
    claims: Sequence[Claim], colors: Mapping[str, str] | None = None, convert: Converter | None = None
) -> list[Panel]:
    """Claims -> panels of bars: the first claim's unit sets the main axis; others join it only when convertible."""
    colors = colors or {}
    order: dict[str, str] = {}
    panels: dict[str, list[Bar]] = {}
    base: str | None = None
    for row in value_rows(claims):
        c = row.first
        interval = _interval(c)
        if interval is None:
            continue
        color = colors.get(row.document) or order.setdefault(row.document, PALETTE[len(order) % len(PALETTE)])
        axis = _axis(c)
        base = axis if base is None else base
        value = show_value(c)
        rates = (1.0, 1.0)
        if axis != base and convert is not None and axis and base and DATE_AXIS not in (axis, base):
            found = _rates(c, base, convert)
            if found is not None:
                rates, axis = found, base
                value = f"{value} ({_range(interval, found)} {base})"
        panels.setdefault(axis, []).append(_bar(row, color, interval, value, rates))
    return [Panel(unit, tuple(bars)) for unit, bars in panels.items()]


# ----------------------------------------------------------------- scales


def _domain(bars: Sequence[Bar], dates: bool) -> tuple[float, float]:
    points = [x for b in bars for x in (b.lo, b.hi, b.slack_lo, b.slack_hi) if x is not None]
    lo, hi = min(points), max(points)
    span = hi - lo or (30.0 if dates else max(abs(hi) * 0.2, 1.0))
    pad = span * 0.08
    open_lo = any(b.lo is None for b in bars)
    open_hi = any(b.hi is None for b in bars)
    return lo - pad - (span * 0.2 if open_lo else 0), hi + pad + (span * 0.2 if open_hi else 0)


def compact(x: float, unit: str = "") -> str:
    """Tick labels: 130B, 5.58M, 50%."""
    suffix = "%" if unit == "percent" else ""
    ax = abs(x)
    for size, word in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if ax >= size:
            return f"{x / size:.3g}{word}{suffix}"
    return f"{x:.3g}{suffix}"


def number_ticks(lo: float, hi: float, unit: str = "") -> list[tuple[float, str]]:
    """Round ticks (1, 2 or 5 times a power of ten) inside [lo, hi], four to six of them; none on a degenerate axis."""
    raw = (hi - lo) / 6
    if not (math.isfinite(lo) and math.isfinite(hi) and math.isfinite(raw) and raw > 0):
        return []
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.ceil(lo / step)
    return [(k * step, compact(k * step, unit)) for k in range(first, math.floor(hi / step) + 1)]


def date_ticks(lo: float, hi: float) -> list[tuple[float, str]]:
    """Year starts for long spans, else month starts every 1, 2, 3 or 6 months: at most seven labels."""
    start, end = date.fromordinal(math.ceil(lo)), date.fromordinal(math.floor(hi))
    months = (end.year - start.year) * 12 + end.month - start.month
    if months > 36:
        step = max(1, math.ceil((end.year - start.year) / 6))
        years = range(start.year + (start != date(start.year, 1, 1)), end.year + 1, step)
        return [(float(date(y, 1, 1).toordinal()), str(y)) for y in years]
    step = next(s for s in (1, 2, 3, 6, 12) if months / s <= 4)
    y, m = start.year, start.month
    if start.day != 1:
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    ticks = []
    while date(y, m, 1) <= end:
        if (m - 1) % step == 0:
            ticks.append((float(date(y, m, 1).toordinal()), f"{MONTHS[m - 1]} {y}"))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    if not ticks:
        middle = date.fromordinal(round((lo + hi) / 2))
        ticks.append((float(middle.toordinal()), middle.isoformat()))
    return ticks


# ---------------------------------------------------------------- drawing


def _f(x: float) -> str:
    return f"{x:.1f}"


def _arrow(x: float, y: float, right: bool, color: str) -> str:
    d = 7 if right else -7
    return f'<path d="M{_f(x)} {_f(y - 6)} L{_f(x + d)} {_f(y)} L{_f(x)} {_f(y + 6)} Z" fill="{color}"/>'


def _draw_bar(b: Bar, y: float, x_of: Callable[[float], float]) -> list[str]:
    left, right = PLOT_LEFT, PLOT_RIGHT
    out = [f'<g class="bar"><title>{escape(b.title)}</title>']
    out.append(
        f'<text x="{LABEL_RIGHT}" y="{_f(y + 4)}" text-anchor="end" class="row-label">{escape(b.label)}</text>'
    )
    s0 = x_of(b.slack_lo) if b.slack_lo is not None else left
    s1 = x_of(b.slack_hi) if b.slack_hi is not None else right
    if s1 - s0 > 0.5:
        out.append(
            f'<rect class="slack" x="{_f(s0)}" y="{_f(y - 7)}" width="{_f(s1 - s0)}" height="14" '
            f'fill="{b.color}" fill-opacity="0.22" rx="3"/>'
        )
    if b.lo is not None and b.hi is not None and b.lo == b.hi:
        out.append(f'<circle class="point" cx="{_f(x_of(b.lo))}" cy="{_f(y)}" r="5" fill="{b.color}"/>')
    else:
        x0 = x_of(b.lo) if b.lo is not None else left
        x1 = x_of(b.hi) if b.hi is not None else right
        width = max(x1 - x0, 3.0)
        out.append(
            f'<rect class="core" x="{_f(x0)}" y="{_f(y - 4)}" width="{_f(width)}" height="8" fill="{b.color}" rx="2"/>'
        )
        if b.lo is None:
            out.append(_arrow(left, y, False, b.color))
        if b.hi is None:
            out.append(_arrow(right, y, True, b.color))
    value = b.value if len(b.value) <= 50 else b.value[:49] + "…"
    out.append(f'<text x="{VALUE_LEFT}" y="{_f(y + 4)}" class="row-value">{escape(value)}</text>')
    out.append("</g>")
    return out


def render_panel(panel: Panel, caption: str = "") -> str:
    """One SVG: rows of bars over a shared axis, with tick labels and the unit."""
    lo, hi = _domain(panel.bars, panel.dates)

    def x_of(v: float) -> float:
        return PLOT_LEFT + (v - lo) / (hi - lo) * (PLOT_RIGHT - PLOT_LEFT)

    rows = len(panel.bars)
    base_y = TOP + rows * ROW
    height = base_y + AXIS
    ticks = date_ticks(lo, hi) if panel.dates else number_ticks(lo, hi, panel.unit)
    unit = "" if panel.dates or panel.unit == "percent" else panel.unit
    label = caption or f"{rows} value{'s' if rows != 1 else ''}{' in ' + unit if unit else ''} on a shared axis"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-label="{escape(label)}">',
        f'<text x="{PLOT_LEFT}" y="11" class="axis-unit">{escape(unit or ("dates" if panel.dates else ""))}</text>',
    ]
    for v, text in ticks:
        x = x_of(v)
        out.append(f'<line x1="{_f(x)}" y1="{TOP - 4}" x2="{_f(x)}" y2="{base_y}" stroke="#e3e3e3"/>')
        out.append(f'<text x="{_f(x)}" y="{base_y + 16}" text-anchor="middle" class="tick">{escape(text)}</text>')
    out.append(f'<line x1="{PLOT_LEFT}" y1="{base_y}" x2="{PLOT_RIGHT}" y2="{base_y}" stroke="#999"/>')
    for i, bar in enumerate(panel.bars):
        out.extend(_draw_bar(bar, TOP + i * ROW + ROW / 2, x_of))
    out.append("</svg>")
    return "".join(out)


def finding_chart(
    claims: Sequence[Claim], colors: Mapping[str, str] | None = None, convert: Converter | None = None
) -> list[str]:
    """The SVG of each panel for a finding's claims (empty when no claim has a value to draw)."""
    return [render_panel(p) for p in chart_panels(claims, colors, convert)]
