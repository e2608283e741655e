"""Which mentions cannot be figures a news article states, and why.

Why: a recognizer reads whatever looks like a number; a fuzzer, a log file or
a list of ids then gives "1e+296 trillion USD", "-0", "1 million percent" or a
five-way self-contradiction out of "1,2,3,4,5". Such mentions are dropped here,
once, with the reason logged at debug level, so no later stage sees them.
"""

from __future__ import annotations

import logging
import math
import re

from factcheck.models import Kind, Mention

log = logging.getLogger(__name__)

MAX_MONEY = 1e16  # ten quadrillion of any currency: beyond every economy, so a misreading
MAX_NUMBER = 1e18  # counts, parameters, quantities
# Hyperinflation is news in percent far past a 100-fold rise (10,000 %): Venezuela's 1,000,000 % (2018),
# Zimbabwe's 231,000,000 % (2008) and the 89.7 sextillion % (8.97e22) estimated for its peak month.
MAX_PERCENT = 1e24
IDENTIFIER_DIGITS = 13  # an ungrouped run this long is a phone number, an id or a hash, not an amount

# "1,2,3,4,5": three or more comma-joined digit groups that are not thousands groups (a list)
# (written to start with a digit, so the scan skips to digits: the test of what stands before the run's
# first digit comes after it)
_DIGIT_LIST = re.compile(r"\d(?<![\d.]\d)\d*(?:,\d+){2,}(?![\d.])")
_LONG_RUN = re.compile(rf"(?<![\d.,])\d{{{IDENTIFIER_DIGITS},}}(?![\d,])")


def _list_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _DIGIT_LIST.finditer(text) if any(len(g) != 3 for g in m.group().split(",")[1:])]


def why_not_a_figure(m: Mention, lists: list[tuple[int, int]] = (), text: str = "") -> str | None:  # type: ignore[assignment]
    """The reason `m` cannot be a figure, or None when it can. `lists`: digit-list spans of the text."""
    values = [v for v in (m.low, m.high, m.tolerance) if v is not None]
    if any(not math.isfinite(v) for v in values):
        return "not a finite number"
    if m.kind in (Kind.DATE, Kind.PERIOD):
        return None
    bound = MAX_MONEY if m.kind == Kind.MONEY else MAX_PERCENT if m.kind == Kind.PERCENT else MAX_NUMBER
    if any(abs(v) > bound for v in (m.low, m.high) if v is not None):
        return f"magnitude beyond {bound:g} for a {m.kind.value}"
    if any(v == 0 and math.copysign(1.0, v) < 0 for v in (m.low, m.high) if v is not None):
        return "negative zero"
    if any(a < m.end and m.start < b for a, b in lists):
        return "part of a list of digits, not an amount"
    if text and _LONG_RUN.search(text, m.start, m.end):
        return f"{IDENTIFIER_DIGITS} or more digits without grouping: an identifier"
    return None


def sane_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` without the ones that cannot be figures (each dropped with a debug reason)."""
    lists = _list_spans(text) if "," in text else []
    kept = []
    for m in mentions:
        reason = why_not_a_figure(m, lists, text)
        if reason is None:
            kept.append(m)
        else:
            log.debug("not a figure: %r at %d: %s", m.text, m.start, reason)
    return kept
