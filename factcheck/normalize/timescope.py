"""Turn symbolic time windows ("first year", "2 years since its establishment") into dates.

A window is anchored on an event of the claim's own entity; the anchor's date
comes from the corpus (the founding date that any article states). Without it
the window stays symbolic: it can still be compared with another window on
the same anchor, but not with a calendar period.
"""

from __future__ import annotations

from datetime import date, timedelta

from factcheck.values.calendar import OutOfCalendar, years_after
from factcheck.knowledge import Knowledge
from factcheck.models import Claim, TimeScope


def anchor_dates(claims: list[Claim], knowledge: Knowledge) -> dict[tuple[str, str], date]:
    """(entity, anchor) -> the earliest date any claim gives for the anchor's attribute."""
    found: dict[tuple[str, str], date] = {}
    for anchor, attribute in knowledge.anchors.items():
        for c in claims:
            if c.attribute == attribute and c.entity and c.value.start is not None:
                k = (c.entity, anchor)
                if k not in found or c.value.start < found[k]:
                    found[k] = c.value.start
    return found


def resolve_window(scope: TimeScope, entity: str | None, anchors: dict[tuple[str, str], date], published: date | None) -> TimeScope:
    """The window's dates from its anchor; a window past year 9999 ("in year 10000") stays symbolic."""
    if scope.anchor is None or entity is None:
        return scope
    start = anchors.get((entity, scope.anchor))
    if start is None:
        return scope
    if scope.offset_years is None:
        return scope.model_copy(update={"start": start, "end": published})
    lo, hi = scope.offset_years
    try:
        return scope.model_copy(
            update={"start": years_after(start, lo), "end": years_after(start, hi) - timedelta(days=1)}
        )
    except (OutOfCalendar, OverflowError):
        return scope
