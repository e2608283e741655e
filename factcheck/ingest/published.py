"""Find an article's publication date in its own text.

Scraped articles put it near the top ("June 14, 2025 31", "06/27 2025 535")
or behind a cue anywhere ("Last Updated: November 2025"). Relative dates
("last year") are resolved against it when the text gives no earlier date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from datetime import date

from factcheck.values import Lexicon, find_mentions
from factcheck.knowledge import Knowledge
from factcheck.models import Kind, Mention

_TRAILING_COUNTER = re.compile(r"^[\s\d,.|·•-]*$")
MAX_FURNITURE_LINE = 300  # characters: a caption or a copyright line; a longer line is the story's
MAX_DATE_LINE = 200  # characters: a line stating a date is short; reading a 5 MB line for one would be quadratic work
# A date in the article's own address: ".../2011/11/10/story", ".../story-2011-11-10.html"
_URL = re.compile(r"https?://\S+")
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?!\d)")
# A date line near the top followed by a time of day or a "last updated" stamp is the article's date too
# ("20 aug. 2026, 20:17 Bijgewerkt: 22:40"): the cue words of the stamp are `published_cues`.
_CLOCK = re.compile(r"^[\s,|·•-]*(?:\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.|gmt|utc|cet|cest|bst|et|edt|est))?)?[\s,|·•-]*", re.IGNORECASE)
# A wire dateline: "DRUMMOND FALLS, Westmarch, Aug. 19, 2026 (NPS) —" (the place in capitals, the date, the agency).
_WIRE_DATELINE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,},(?P<rest>[^()\n]{4,60}?)\s*\([^)\n]{1,30}\)\s*[-—–]")


def url_date(line: str) -> date | None:
    """The date an address carries in its path, if it is a real day."""
    for url in _URL.findall(line):
        if (m := _URL_DATE.search(url)) is not None:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    return None


def _date_mention(line: str, lexicon: Lexicon) -> Mention | None:
    for m in find_mentions(line, lexicon, published=None):
        if m.kind == Kind.DATE and m.date_start is not None and not m.relative and not m.detail.get("yearless"):
            return m
    return None


def _dateline_date(line: str, lexicon: Lexicon) -> Mention | None:
    """The date of a wire dateline ("DRUMMOND FALLS, Westmarch, Aug. 19, 2026 (NPS) — ..."), with its year."""
    m = _WIRE_DATELINE.match(line)
    if m is None:
        return None
    return _date_mention(m.group("rest"), lexicon)


def _cue_re(knowledge: Knowledge) -> re.Pattern[str] | None:
    return _cue_pattern(tuple(knowledge.published_cues))


def _alternation(words: tuple[str, ...]) -> str:
    """The words as one regex alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=8)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    """A line that starts with a publication cue, the rest captured (built once per cue list, not per article)."""
    if not cues:
        return None
    return re.compile(rf"^\W*(?:{_alternation(cues)})\W*\s*:?\s*(.*)$", re.IGNORECASE)


def dateline_spans(text: str, knowledge: Knowledge) -> list[tuple[int, int]]:
    """Every short line that starts with a publication cue ("Updated: ...", "First published ..."): the
    page dating itself, never a claim of the story."""
    cue_re = _cue_re(knowledge)
    if cue_re is None:
        return []
    return _short_lines(text, MAX_DATE_LINE, lambda line: cue_re.match(line.strip()) is not None)


def _short_lines(text: str, limit: int, keep: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The spans of the lines of at most `limit` characters that `keep` holds."""
    spans, at = [], 0
    for line in text.split("\n"):
        if len(line) <= limit and keep(line):
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


@lru_cache(maxsize=8)
def _furniture_re(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A line that starts with a furniture word (built once per word list): "Copyright © 2019", "Slideshow (13
    Images)", "Read more: ...". A single word followed by prose in lower case is the story's ("Advertisement
    spending rose 12%"); a call of several words is not ("Sign up for our newsletter", "Follow us on ...")."""
    if not words:
        return None
    single = tuple(w for w in words if " " not in w.strip())
    several = tuple(w for w in words if " " in w.strip())
    forms = [rf"(?:{_alternation(several)})(?!\w)"] if several else []
    forms += [rf"(?:{_alternation(single)})(?!\w)(?![ \t]+(?-i:[a-z]))"] if single else []
    return re.compile(rf"^\W*(?:{'|'.join(forms)})", re.IGNORECASE)


_COUNT = r"[\d.,]+[ \t]?[KkMm]?"


_BYLINE_PARTS = re.compile(r"[·•]")  # the separators of a byline's parts (not "|": a table row's cells)


@lru_cache(maxsize=8)
def _counter_re(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A line that is a number and a counter word, nothing else (built once per word list): "5 min read",
    "1.2K shares", "Comments (23)", "Photo 3 of 12"."""
    if not words:
        return None
    w = _alternation(words)
    return re.compile(
        rf"^\W*(?:{_COUNT}[ \t]+(?:{w})|(?:{w})[ \t]*[(:]?[ \t]*{_COUNT}(?:[ \t]+(?:of|/)[ \t]+{_COUNT})?[ \t]*\)?)\W*$",
        re.IGNORECASE,
    )


def furniture_spans(text: str, knowledge: Knowledge) -> list[tuple[int, int]]:
    """Every short line that starts with a word of the page's furniture (`page_furniture` in documents.yml:
    "Copyright © 2019 ...", "Slideshow (13 Images)", "Hide Caption 2 of 10 Photos") or that only counts the
    page's readers or parts (`page_counters`: "5 min read", "1.2K shares"): the page talking about itself,
    never a claim of the story. A sentence about a copyright lawsuit does not start so."""
    found = _furniture_re(knowledge.page_furniture)
    counted = _counter_re(knowledge.page_counters)
    if found is None and counted is None:
        return []

    def furniture(line: str) -> bool:
        if found is not None and found.match(line):
            return True
        # "4 min read", or a byline ending in one: "By Ana Reyes · Tech · 4 min read"
        return counted is not None and any(counted.match(part.strip()) for part in _BYLINE_PARTS.split(line))

    return _short_lines(text, MAX_FURNITURE_LINE, furniture)


def _opened(before: str, knowledge: Knowledge) -> bool:
    """Is what stands before a date on a line near the top one small word that opens a date line ("on Nov 10,
    2011" under a headline, `date_line_openers`)? The line is then the article's date all the same."""
    return before.strip().casefold() in {w.casefold() for w in knowledge.date_line_openers}


def find_published(text: str, knowledge: Knowledge, lexicon: Lexicon) -> tuple[date | None, str | None]:
    """The date the article says it was published or updated, and the words that say so."""
    lines = text.split("\n")
    cue_re = _cue_re(knowledge)
    # A cue line anywhere wins: it says what it is.
    if cue_re is not None:
        for line in lines:
            m = cue_re.match(line.strip()) if len(line) <= MAX_DATE_LINE else None
            if m and (found := _date_mention(m.group(1), lexicon)) is not None:
                return found.date_start, line.strip()
    # Otherwise a line near the top that is a date and little else (a view counter may follow).
    seen = 0
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > knowledge.head_lines:
            break
        if len(stripped) > MAX_DATE_LINE:
            continue
        if (found := _dateline_date(stripped, lexicon)) is not None:
            return found.date_start, stripped
        found = _date_mention(stripped, lexicon)
        if found is None or (found.start > 2 and not _opened(stripped[: found.start], knowledge)):
            continue
        tail = stripped[found.end :]
        tail = tail[_CLOCK.match(tail).end() :]
        if _TRAILING_COUNTER.match(tail) or (cue_re is not None and cue_re.match(tail)):
            return found.date_start, stripped
    # Last, the date in the article's address, where its first lines give one.
    for line in lines[: knowledge.head_lines]:
        if (day := url_date(line)) is not None:
            return day, line.strip()
    return None, None
