"""Compare the time scopes of two claims before their values.

Only scopes stated in the claims' own words (or resolved from a relative
phrase such as "first year") can separate two claims. A scope borrowed from
an earlier sentence or the article's date is too weak to call two figures
different periods; it is shown in explanations but does not decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from factcheck.models import TimeScope

FIRM = ("stated", "relative")
WINDOW_SLACK_DAYS = 45


@dataclass(frozen=True)
class ScopeRelation:
    kind: str  # same | different | unknown
    reason: str


def show(t: TimeScope | None) -> str:
    if t is None:
        return "no stated period"
    if t.start and t.end:
        when = f"{t.start}" if t.start == t.end else f"{t.start} to {t.end}"
    elif t.start:
        when = f"from {t.start}"
    elif t.end:
        when = f"until {t.end}"
    elif t.offset_years:
        lo, hi = t.offset_years
        when = f"years {lo:g}-{hi:g} after {t.anchor}"
    else:
        when = f"since {t.anchor}" if t.anchor else "?"
    said = f"'{t.text}'" if t.text else ""
    return f"{when} {said} [{t.basis}]".replace("  ", " ")


def compare_scopes(a: TimeScope | None, b: TimeScope | None, temporal: str) -> ScopeRelation:
    if temporal == "fixed":
        return ScopeRelation("same", "holds at any time")
    if a is None or b is None or a.basis not in FIRM or b.basis not in FIRM:
        return ScopeRelation("unknown", f"periods not both stated ({show(a)}; {show(b)})")
    if a.anchor and b.anchor and a.anchor == b.anchor and (a.start is None or b.start is None):
        if a.offset_years == b.offset_years:
            return ScopeRelation("same", f"same window after {a.anchor}")
        return ScopeRelation("different", f"different windows after {a.anchor}: {show(a)}; {show(b)}")
    if a.start is None and a.end is None or b.start is None and b.end is None:
        return ScopeRelation("unknown", f"a window without a date ({show(a)}; {show(b)})")
    a0, a1 = a.start or date.min, a.end or date.max
    b0, b1 = b.start or date.min, b.end or date.max
    if temporal == "window":
        near = abs((a0 - b0).days) <= WINDOW_SLACK_DAYS if date.min not in (a0, b0) else a0 == b0
        near_end = abs((a1 - b1).days) <= WINDOW_SLACK_DAYS if date.max not in (a1, b1) else a1 == b1
        if near and near_end:
            return ScopeRelation("same", f"same period ({show(a)}; {show(b)})")
        return ScopeRelation("different", f"different periods: {show(a)}; {show(b)}")
    if a0 <= b1 and b0 <= a1:
        if temporal == "state" and _pins_no_moment(a0, a1, b0, b1):
            # "$2B+ (2023-2024)" against "~$1B (Mar 2024)": a state over several years says
            # nothing about the month inside it.
            return ScopeRelation("different", f"a state over several years and one moment in it: {show(a)}; {show(b)}")
        return ScopeRelation("same", f"overlapping periods ({show(a)}; {show(b)})")
    return ScopeRelation("different", f"different periods: {show(a)}; {show(b)}")


MULTI_YEAR_DAYS = 366


def _pins_no_moment(a0: date, a1: date, b0: date, b1: date) -> bool:
    """One bounded period spans more than a year and the other lies inside it."""
    if date.min in (a0, b0) or date.max in (a1, b1):
        return False
    la, lb = (a1 - a0).days, (b1 - b0).days
    if la > MULTI_YEAR_DAYS and la > lb and a0 <= b0 and b1 <= a1:
        return True
    return lb > MULTI_YEAR_DAYS and lb > la and b0 <= a0 and a1 <= b1
