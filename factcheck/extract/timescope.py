"""Find when a claim holds: its time scope.

In order of strength: a window relative to the entity's own history in the
clause ("in its first year", "in the 2 years since its establishment"),
kept symbolic until normalization knows the founding date ("relative"); a
date or period in the same clause or table row ("$2 billion (June 2024)",
"as of March 2025": "stated", or "inferred" when the date itself is relative,
such as "in June" whose year comes from elsewhere); a date in another clause
of the sentence or earlier in the paragraph ("context"); the article's own
date ("published"). Claims about fixed attributes (a founding
date, a model's size) have no time scope.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from factcheck.extract.context import DocContext
from factcheck.knowledge.schema import AttributeSpec
from factcheck.models import Kind, Mention, TimeScope

_DATED = (Kind.DATE, Kind.PERIOD)
TALLY_DAYS = 31  # ... a day at most this long before the report's


def scope_from_mention(m: Mention, basis: str) -> TimeScope | None:
    """A date mention as a time scope. A relative date ("in June", "last year") had its year
    inferred from another date, so it is only "inferred", too weak to separate two claims."""
    if not m.resolved or (m.date_start is None and m.date_end is None):
        return None
    start, end_excl = m.date_start, m.date_end
    if reading := m.detail.get("published_reading"):
        # "this year", "the first six months of the year": said from the article's own date.
        lo, _, hi = reading.partition("/")
        start = date.fromisoformat(lo) if lo else None
        end_excl = date.fromisoformat(hi) if hi else None
    end = end_excl - timedelta(days=1) if end_excl is not None else None
    return TimeScope(start=start, end=end, text=m.text, basis="inferred" if m.relative and basis == "stated" else basis)


@lru_cache(maxsize=16)
def _any_of(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One scan that finds where any window pattern matches (a match of the union starts wherever one of
    them would first match), so a text without windows is read once instead of once per pattern; None
    when the patterns cannot be joined (back-references, global flags)."""
    if not patterns or any(re.search(r"\(\?P=|\\[1-9]|\(\?[aiLmsux]+\)", p) for p in patterns):
        return None
    try:
        return re.compile("|".join("(?:" + re.sub(r"\(\?P<\w+>", "(?:", p) + ")" for p in patterns), re.IGNORECASE)
    except re.error:
        return None


class TimeScopeChooser:
    def __init__(
        self,
        ctx: DocContext,
        parse_number: Callable[[str], float | None],
        header_dates: Callable[[str, date | None], list[Mention]] | None = None,
        event_dates: frozenset[int] = frozenset(),
        compared: frozenset[int] = frozenset(),
    ) -> None:
        """`event_dates`: starts of dates that are claims themselves ("founded in 1892"), which date
        nothing else in their sentence. `compared`: starts of figures something is compared with ("up from
        33.9% in 2022"): a date after one of them dates it, not a figure before it."""
        self.ctx = ctx
        self.event_dates = event_dates
        self.compared = sorted(compared)
        self.parse_number = parse_number
        self.header_dates = header_dates
        self.time_headers = {h.casefold() for h in ctx.knowledge.cues.table_time_headers}
        record = ctx.knowledge.cues.record_words
        self._record = (
            re.compile(r"\b(?:" + "|".join(re.escape(w) for w in record) + r")\b(?:\s+[\w'’-]+){0,3}\s*$", re.I) if record else None
        )
        self._dated = [
            m for m in ctx.mentions if m.kind in _DATED and m.resolved and m.start not in event_dates and not self._marks_a_record(m)
        ]
        self._dated_starts = [m.start for m in self._dated]
        self.windows = [(re.compile(w.pattern, re.IGNORECASE), w) for w in ctx.knowledge.windows]
        # "since" (`since:` in time.yml) a few words before a date, in its clause: "since it broke out on Saturday"
        self._since_words = frozenset(w.casefold() for w in ctx.knowledge.since)
        self._since_before = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, ctx.knowledge.since)) + r")\b(?:\s+[\w'’-]+){0,5}\s+$", re.IGNORECASE)
            if ctx.knowledge.since
            else None
        )
        self._any_window = _any_of(tuple(w.pattern for w in ctx.knowledge.windows))
        # words that open a clause about another thing ("as well as", "that"; `other_clause:` in time.yml)
        self._other_clause = (
            re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, ctx.knowledge.other_clause)) + r")(?![\w])", re.IGNORECASE)
            if ctx.knowledge.other_clause
            else None
        )

    def window_spans(self) -> list[tuple[int, int]]:
        """Where the article names a window of an entity's history: figures there are time, not claims."""
        text = self.ctx.document.text
        if self._any_window is None:
            return sorted((m.start(), m.end()) for rx, _ in self.windows for m in rx.finditer(text))
        # One scan of the union finds every place where some window can start; each pattern is tried only
        # there, each from the end of its own last match on, which is what its own finditer would find.
        spans: list[tuple[int, int]] = []
        free = [0] * len(self.windows)
        pos = 0
        while (u := self._any_window.search(text, pos)) is not None:
            at = u.start()
            for i, (rx, _) in enumerate(self.windows):
                if at >= free[i] and (m := rx.match(text, at)) is not None:
                    spans.append((m.start(), m.end()))
                    free[i] = max(m.end(), at + 1)
            pos = at + 1
        return sorted(spans)

    def _window(self, start: int, end: int) -> TimeScope | None:
        text = self.ctx.document.text
        if self._any_window is not None and self._any_window.search(text, start, end) is None:
            return None
        for rx, spec in self.windows:
            m = rx.search(text, start, end)
            if not m:
                continue
            n = spec.length
            if "n" in rx.groupindex and m.group("n") is not None:
                n = self.parse_number(m.group("n"))
            if n is None:
                if spec.length is None and "n" not in rx.groupindex:
                    return TimeScope(text=m.group(0).strip(), basis="relative", anchor=spec.anchor, offset_years=None)
                continue
            scale = 1.0 if spec.unit == "year" else 1 / 12
            lo, hi = ((n - 1) * scale, n * scale) if spec.ordinal else (0.0, n * scale)
            return TimeScope(text=m.group(0).strip(), basis="relative", anchor=spec.anchor, offset_years=(lo, hi))
        return None

    def _behind_comparison(self, mention: Mention, d: Mention) -> bool:
        """Does a figure compared with stand between the mention and the later date d ("38.2%, up from 33.9%
        in 2022": 2022 is when the 33.9% held, not the 38.2%)?"""
        k = bisect_left(self.compared, mention.end)
        return k < len(self.compared) and self.compared[k] < d.start

    def _marks_a_record(self, d: Mention) -> bool:
        """Is d a "since" date after a record ("the highest since 2010", "its best result since 1998")?"""
        if self._record is None or not d.text.lower().startswith("since"):
            return False
        text = self.ctx.document.text
        return self._record.search(text, max(0, d.start - 60), d.start) is not None

    def _tally_from(self, d: Mention, s: TimeScope) -> TimeScope:
        """A date after "since" in the figure's clause ("has killed 12 people since it broke out on Saturday",
        "since Monday") opens the span the figure tallies: from that day to the report's, not that day alone."""
        text = self.ctx.document.text
        sent = self.ctx.sentence(d.start)
        end = self.ctx.document.published
        if end is None or s.start is None or s.start != s.end or not s.start <= end <= s.start + timedelta(days=TALLY_DAYS):
            return s  # a tally since a day of the report's own weeks, not "the deadliest since the 2019 fire"
        if self._since_before is None or d.text.split()[0].casefold() in self._since_words:
            return s  # "since Monday" read as a bound by the values library: already open-ended
        if not self._since_before.search(text, max(sent[0], d.start - 40), d.start):
            return s
        return s.model_copy(update={"end": end, "text": f"since {s.text}"})

    def _dates_a_comparison(self, d: Mention) -> bool:
        """Does a figure compared with stand before the date d in its sentence ("up from 33.9% in 2022")?"""
        k = bisect_left(self.compared, self.ctx.sentence(d.start)[0])
        return k < len(self.compared) and self.compared[k] < d.start

    def _nearest_date(self, mention: Mention, start: int, end: int) -> Mention | None:
        dated = [
            m
            for m in self.ctx.mentions_in(start, end)
            if m.kind in _DATED and m is not mention and m.resolved and m.start not in self.event_dates
            and not (m.start >= mention.end and self._behind_comparison(mention, m))
            and not self._marks_a_record(m)
        ]
        if not dated:
            return None
        nearest = min(dated, key=lambda m: min(abs(m.start - mention.end), abs(mention.start - m.end)))
        return self._own_clause_date(mention, nearest, dated)

    def _own_clause_date(self, mention: Mention, nearest: Mention, dated: list[Mention]) -> Mention:
        """The nearest date, unless it stands before a word that opens a clause about another thing and a date
        after the figure, with no such word between, closes the figure's own clause: "the quakes of 2002, as well
        as the flood that killed 300 people in 2004" dates the 300 in 2004."""
        text = self.ctx.document.text
        if self._other_clause is None or nearest.end > mention.start or not self._other_clause.search(text, nearest.end, mention.start):
            return nearest
        own = [m for m in dated if m.start >= mention.end and not self._other_clause.search(text, mention.end, m.start)]
        return min(own, key=lambda m: m.start) if own else nearest

    def choose(self, mention: Mention, clause: tuple[int, int], spec: AttributeSpec | None) -> TimeScope | None:
        if mention.kind in _DATED or (spec is not None and spec.temporal == "fixed"):
            return None
        ctx = self.ctx
        if (w := self._window(*clause)) is not None:
            return w
        row = ctx.row_cells(mention.start)
        if row:
            own = ctx.cell(mention.start)
            if own is not None and self.header_dates is not None:
                for d in self.header_dates(own.header, ctx.document.published):
                    if (s := scope_from_mention(d, "stated")) is not None:
                        return s.model_copy(update={"text": f"{d.text} (column '{own.header}')"})
            for cell in row:
                if cell.start <= mention.start <= cell.end or cell.header.casefold() not in self.time_headers:
                    continue  # only a Date/Year/Period column dates the whole row, not "Founded"
                if (d := self._nearest_date(mention, cell.start, cell.end)) is not None and (s := scope_from_mention(d, "stated")):
                    return s
        if (d := self._nearest_date(mention, *clause)) is not None and (s := scope_from_mention(d, "stated")):
            return self._tally_from(d, s)
        sent = ctx.sentence(mention.start)
        if (d := self._nearest_date(mention, *sent)) is not None and (s := scope_from_mention(d, "context")):
            return s  # another clause of the sentence: it may date something else
        block = ctx.block(mention.start)
        if block is not None:
            k = bisect_left(self._dated_starts, sent[0]) - 1
            earlier = self._dated[k] if k >= 0 and self._dated[k].start >= block.start else None
            if earlier is not None and self._dates_a_comparison(earlier):
                earlier = None  # "... up from 33.9% in 2022. It took 97 seats": 2022 dates the 33.9% only
            if earlier is not None and (s := scope_from_mention(earlier, "context")):
                return s
        for h in ctx.enclosing_headings(mention.start):
            dated = [m for m in ctx.mentions_in(h.start, h.end + 1) if m.kind in _DATED and m.resolved]
            if dated and (s := scope_from_mention(dated[0], "context")):
                return s
        published = ctx.document.published
        if published is not None:
            return TimeScope(start=published, end=published, text=ctx.document.published_text, basis="published")
        return None

