"""Win-loss records: "Roe (12-3, 9 KOs)", "improved his record to 12-3", "the Hawks stand at 10-5", "a 9-5 season".

The values library reads "12-3" as two numbers (or "2-14" as a range), and the claim stage drops numbers that
look like a score ("won 24-17"). Where the text says the hyphened counts are a record, this gives them as one
mention of kind `record` instead, replacing the numbers it covers: its value is the counts as written, wins,
losses and (if told) draws, so "52-3" and "53-3" about one fighter conflict and two "52-3" agree.

A record is said so (a) in brackets or between commas right after a name ("Roe (12-3)", "Roe, 12-3, 9 KOs,"),
where a score is not written; (b) by a phrase before it ended by a link word ("record rose to", "stand at",
"improved the fighter to") with no score word in it ("cut the lead to 14-7"); (c) by a noun right after it
("a 9-5 season"). Every word is data (`records:` in rules/knowledge/quantities.yml). A year pair ("2013-14"),
a phone number or an id (more hyphened digits), a percent or a counted range ("10-15 people") is never one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.knowledge.news import NewsVocabulary
from factcheck.models import Kind, Mention

# Two or three counts of one to three digits joined by hyphens or dashes, not inside a longer chain of digits,
# a decimal, a date, an amount or a word ("2013-14", "555-1234", "1-800-555", "A-12-3", "$2-3").
_COUNTS = re.compile(r"(?<![\w.,/$£€¥#-])(\d{1,3})[-–](\d{1,3})(?:[-–](\d{1,3}))?(?![\w/%]|[.,]\d|[-–]\d)")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*(?:'s|’s)?[ \t]*(?:\([ \t]*|,[ \t]+)$")  # "Roe (", "Roe, "
_BRACKET_CLOSE = re.compile(r"[ \t]*(?:[),;]|$)")  # "(12-3)", "(12-3, 9 KOs)", "(12-3;"
_COUNT_AFTER = re.compile(r",[ \t]+\d{1,3}[ \t]+[^\W\d_]")  # "Roe, 12-3, 9 KOs": an apposition of counts
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SPLIT = re.compile(r"(?:[ \t]*\([^()\n\w]{0,3}\d[^()\n]{0,8}\))?[ \t]+([^,;:.()\n]{1,60})")  # the words after it, past "(.535)"


@dataclass(frozen=True)
class RecordHit:
    """One record: its span and its counts as written ("52-3")."""

    start: int
    end: int
    counts: tuple[int, ...]

    @property
    def value(self) -> str:
        """The record as reports show it, with a plain hyphen whatever dash was written: "52-3"."""
        return "-".join(str(n) for n in self.counts)


def _folded(words: list[str]) -> frozenset[str]:
    """The words as matched: case-folded."""
    return frozenset(w.casefold() for w in words)


class Records:
    """Finds win-loss records in a text with the vocabulary's `records:` words."""

    def __init__(self, news: NewsVocabulary) -> None:
        words = news.records
        self.before = _folded(words.before)
        self.links = _folded(words.links)
        self.after = _folded(words.after)
        self.not_between = _folded(words.not_between)
        self.splits = _folded(words.splits)
        self.whole = tuple(w.casefold() for w in words.whole)
        self.joins = _folded(words.joins)
        self.not_owner_after = _folded(words.not_owner_after)
        self.articles = _folded(words.articles)
        self.concept = next((c.name for c in news.concepts if c.measures == "record"), None)

    def find(self, text: str) -> list[RecordHit]:
        """Every record the text says is one, in order."""
        if self.concept is None:
            return []
        return [
            RecordHit(m.start(), m.end(), tuple(int(g) for g in m.groups() if g is not None))
            for m in _COUNTS.finditer(text)
            if self._after_name(text, m.start(), m.end()) or self._phrase_before(text, m.start()) or self._noun_after(text, m.end())
        ]

    @staticmethod
    def _after_name(text: str, start: int, end: int) -> bool:
        """In brackets right after a name ("Roe (12-3, 9 KOs)"), or between commas after one and followed by a
        count ("Roe, 12-3, 9 KOs,"): a score is written neither way."""
        head = _NAME_BEFORE.search(text, max(0, start - 40), start)
        if head is None:
            return False
        if "(" in head.group():
            return _BRACKET_CLOSE.match(text, end) is not None
        return _COUNT_AFTER.match(text, end) is not None

    def _phrase_before(self, text: str, start: int) -> bool:
        """A cue word up to four words before, the phrase ended by a link word right before the record, with no
        score word and no other figure between: "record rose to 9-5", "stand at 10-5"."""
        lo = max(text.rfind("\n", 0, start) + 1, start - 60)
        words = list(_WORD.finditer(text, lo, start))
        if not words or words[-1].group().casefold() not in self.links or text[words[-1].end() : start].strip(" \t"):
            return False
        for w in reversed(words[-6:-1]):
            word = w.group().casefold()
            if word in self.not_between or re.search(r"[\d;:.!?]", text[w.end() : words[-1].start()]):
                return False  # a score's phrase, or another figure or clause between
            if word in self.before or word.rsplit("-", 1)[-1] in self.before:
                return True  # "this year-improved the champion to 31-2": a cue glued to the word before it
        return False

    def _noun_after(self, text: str, end: int) -> bool:
        """A noun of the vocabulary right after it: "a 9-5 season", "a 2-14 mark"."""
        nxt = _WORD.match(text, end + 1) if text[end : end + 1] in (" ", "\t") else None
        return nxt is not None and nxt.group().casefold() in self.after

    def split_words(self, text: str, end: int) -> str | None:
        """The words after a record that make it a part of the whole record ("in one-score games", "on the road",
        "with the Hawks"), past a bracket of its share of wins ("(.535)"), up to the clause's end or a conjunction and
        at most four words; None for a whole record ("on the season"), or where the words hold a figure or a date
        ("with 46 KOs", "in 2004-05")."""
        rest = _SPLIT.match(text, end)
        if rest is None:
            return None
        tokens = rest.group(1).split()[:4]
        if not tokens or tokens[0].casefold() not in self.splits or any(ch.isdigit() for t in tokens for ch in t):
            return None
        words = [w.casefold() for w in _WORD.findall(" ".join(tokens))]
        words = words[: next((i for i, w in enumerate(words) if w in self.joins), len(words))]
        phrase = " ".join(words)
        if any(phrase == w or phrase.startswith(w + " ") for w in self.whole):
            return None
        return phrase

    def governed(self, text: str, start: int) -> bool:
        """Does a word that makes a name no record's owner stand right before it, past an article ("in the
        Eastern Division", "over Roe")?"""
        before = [w.casefold() for w in _WORD.findall(text[max(0, start - 30) : start])][-2:]
        if before and before[-1] in self.articles:
            before = before[:-1]
        return bool(before) and before[-1] in self.not_owner_after

    def mentions(self, text: str, found: list[Mention]) -> list[Mention]:
        """`found` with each record given as one mention of kind record, in place of the numbers it covers; a
        record over any other figure (a percent, a counted range "10-15 people", a date) is no record."""
        out = list(found)
        for hit in self.find(text):
            covered = [m for m in out if m.start < hit.end and hit.start < m.end]
            if any(not self._plain(m, hit) for m in covered):
                continue
            detail = {"record": hit.value}
            if (split := self.split_words(text, hit.end)) is not None:
                detail["split"] = split
            out = [m for m in out if m not in covered]
            out.append(Mention(kind=Kind.RECORD, start=hit.start, end=hit.end, text=text[hit.start : hit.end], detail=detail))
        return sorted(out, key=lambda m: m.start)

    def _plain(self, m: Mention, hit: RecordHit) -> bool:
        """Is the mention a bare number inside the record ("52", "3"), or a range of its two counts ("2-14") whose
        noun, if any, is a record's ("a 2-14 mark")?"""
        if m.kind != Kind.NUMBER or m.unit is not None or m.start < hit.start or m.end > hit.end + 12:
            return False
        return m.counted is None or m.counted.casefold().split()[-1] in self.after
