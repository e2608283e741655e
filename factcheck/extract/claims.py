"""extract: Document -> Claims. Runs the spaCy pipeline and turns each mention into a claim.

A claim is a mention plus what it is about (subject entity), what it measures
(attribute), when it holds (time scope) and a typed frame (models.ClaimFrame)
that keeps unlike figures apart: its role ("conversion" for the "(about 6.7 million yuan)"
restating a figure just given, "comparison" for the figure after "vs",
"part" for "of which 16"), a hypothesis heading ("Bull Case"), a variant
("38B active"), a probability's outcome, or a funding round's name.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import date

from factcheck.extract.attributes import AttributeChoice, AttributeChooser, as_year
from factcheck.extract.context import DocContext
from factcheck.extract.entities import EntityMention
from factcheck.extract.cues import CueMention
from factcheck.extract.frame import OF_WHOLE_AFTER, FrameReader, FrameReading, score_like
from factcheck.extract.holder import described_after_name, holder
from factcheck.extract.groups import GroupFinder, GroupLabel
from factcheck.extract.markers import marker_before, words_re
from factcheck.extract.pagewords import page_words
from factcheck.extract.pipeline import DocInputs, build_nlp, run
from factcheck.extract.variants import model_size
from factcheck.values import Lexicon, find_mentions
from factcheck.values.words import stem
from factcheck.extract.subjects import Subject, SubjectChooser
from factcheck.extract.timescope import TimeScopeChooser
from factcheck.extract.records import Records
from factcheck.extract.singles import SingleCounts
from factcheck.extract.zeros import ZeroCounts
from factcheck.ingest.published import dateline_spans, furniture_spans
from factcheck.knowledge import Knowledge
from factcheck.knowledge.schema import AttributeSpec
from factcheck.models import (
    Claim,
    ClaimFrame,
    ClaimRef,
    Document,
    Extraction,
    GroupName,
    Kind,
    Mention,
    Place,
    Qualifier,
    RECORD_READING,
    Role,
    SENSE_READING,
    Stage,
    Value,
)

# Where the open reading of a figure beats a cue word found nearby: its own noun or verb says what it
# counts ("168,000 people were killed" measures deaths, whatever "people" cues elsewhere).
STRONG_READINGS = frozenset({"figure's own words", "counted noun", "governing verb", "age"})
_CONVERSION_GAP = re.compile(r"^\s*[(（]\s*(?:approximately|approx\.?|about|around|roughly|some|or|i\.e\.,?|equivalent to)?\s*$", re.I)
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_OUTCOME_AFTER = re.compile(r"^\s*([A-Za-z][A-Za-z -]{2,40}?)(?=\s+(?:within|in|by|of|over|for|at)\b|[,;.)(\n]|$)")
_OUTCOME_BEFORE = re.compile(r"([A-Za-z][A-Za-z -]{2,40}?)\s*[(（]\s*$")


def claim_id(doc_id: str, start: int, end: int) -> str:
    return "c:" + hashlib.sha1(f"{doc_id}|{start}|{end}".encode()).hexdigest()[:16]


_COMMENT = re.compile(r"<!--.*?-->", re.S)
# Lines about the page, not the story: its address, and the line that dates it.
_ADDRESS_LINE = re.compile(r"^[ \t]*(?:[A-Za-z]+:[ \t]*)?https?://\S+[ \t]*$", re.M)
# A clock time is not a figure we compare: "at 3:30 p.m.", "1200 GMT", "12: 41 GMT".
_CLOCK_AFTER = re.compile(r"^\s?(?::\s?\d\d)?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|GMT|UTC|ET|EST|EDT|PST|PDT|CET|BST|local time|hrs|h\b)", re.I)
_CLOCK_BEFORE = re.compile(r"\d\s?:\s?$")
_CLOCK_OWN = re.compile(r"\d\s*(?:GMT|UTC|EST|EDT|PST|PDT|CET|BST|hrs)$")  # the zone read as a counted noun


def _date_stamp_line(m: Mention, text: str, stamps: frozenset[str]) -> tuple[int, int] | None:
    """The line of a date alone on it but for a time, a zone and a stamp word ("August 8, 2012 - 4:43 pm",
    "FEB. 2, 2009", "on August 04 2011 5:46 PM"): when the page was written, no claim (None otherwise).
    `stamps`: the language's stamp words (`dates.stamp_words`, lower case)."""
    lo = text.rfind("\n", 0, m.start) + 1
    hi = text.find("\n", m.end)
    hi = len(text) if hi < 0 else hi
    if hi - lo > 120:
        return None
    rest = text[lo : m.start] + " " + text[m.end : hi]
    words = re.findall(r"[A-Za-zÀ-ÖØ-öø-ɏ]+", rest.replace(".", ""))  # Latin letters, accented too: "veröffentlicht"
    # a wire dateline: "Mumbai, Nov 11 -", "TNN Nov 12, 2011, 05.51AM IST MUMBAI:" (a place and an agency)
    dateline = bool(re.search(r"[-–—:]\s*$", text[lo:hi])) and len(words) <= 6
    return (lo, hi) if all(
        w.lower() in stamps or (dateline and w[:1].isupper()) for w in words
    ) else None


_DIGIT = re.compile(r"\d")
# A site's breadcrumb trail: "[TechLedger](/) / [Startups](/startups)", "Courier > Sport > Football" (not "|": a table row).
_BREADCRUMB = re.compile(r"^[^\S\n]*[^\n]{1,60}?(?:[^\S\n]+[/>›»][^\S\n]+[^\n]{1,60}?){2,}[^\S\n]*$", re.MULTILINE)


def _page_spans(text: str, furniture: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines where the page talks about itself (its `furniture` lines, breadcrumbs): a name there ("Sign up
    for the Courier Sport newsletter", "TechLedger / Startups") is the site's, never a figure's subject."""
    crumbs = [(m.start(), m.end()) for m in _BREADCRUMB.finditer(text) if len(m.group(0)) <= 200 and not _DIGIT.search(m.group(0))]
    return furniture + crumbs


def _outside(entities: list[EntityMention], spans: list[tuple[int, int]]) -> list[EntityMention]:
    """The entity mentions outside every span."""
    return [e for e in entities if not any(a <= e.start < b for a, b in spans)] if spans else entities


def _metadata_spans(document: Document, knowledge: Knowledge, furniture: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The address, publication and `furniture` lines of an article: the page's data, not claims."""
    text = document.text
    spans = [(m.start(), m.end()) for m in _ADDRESS_LINE.finditer(text)] + dateline_spans(text, knowledge) + furniture
    if document.published_text and (at := text.find(document.published_text)) >= 0:
        spans.append((at, at + len(document.published_text)))
    return spans


_OWNER_REACH = 40  # characters between a record and the name it is told after, at most ("Roe, who improved his record to")
_CLAUSE_OPENER = re.compile(r"^[\s\W]*(?:[a-z]+[,]?\s+){0,3}$")  # "Acme ...", "The company Acme ..."
# A wire story's dateline before its first sentence ("HALVERTON, Aldora (CW) — ", "LONDON, Dec 7 (Reuters) - "):
# the name after it opens the clause.
_DATELINE = re.compile(r"[\s\W]*[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.'’ -]{0,30}){0,2}\s*(?:\([^()\n]{1,40}\))?\s*[—–-]{1,2}\s+")
# A short prepositional phrase closed by a comma before the clause's subject ("On Sunday, ", "With all
# votes counted, "): the name after it still opens the clause, for the counts and amounts it holds
# (a date inside the phrase is no figure of that name: "In 1957, Gigante ...").
_INTRO_PHRASE = re.compile(r"^[\s\W]*(?:With|On|In|At|After|By|Under|For)(?:\s+[\w'’.-]+){1,4},\s+")
# "The Greens won 22 seats", "Mara Kessel's Centre Alliance won 62": a name after the sentence's opening
# article or a possessor is its subject too, for the counts and amounts it holds (not for the day of an
# event: "The Larkspur Ridge fire, which began on August 8")
_ARTICLE_OPENER = re.compile(
    r"^[\s\W]*(?:(?:The|A|An)\s+)?(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)  # ... and up to two lowercase modifiers before the name ("Vey's globe-trotting Lanterns Tour grossed £290m")

# "Its most likely partner, the Green-Left Alliance, took 27 seats": a short description, then the name between
# commas that says who it is; the name is the clause's subject
_APPOSED_OPENER = re.compile(r"^[\s\W]*(?:The|Its|Their|His|Her|A|An)(?:\s+[\w'’-]+){1,4},\s+(?:the\s+)?$")


def _opens_clause(
    subject: "Subject | None", clause: tuple[int, int], text: str, after_article: bool = False, timed_opening: bool = False
) -> bool:
    """Is the subject the name the clause starts with ("Acme is valued at ...")? In English that is
    the grammatical subject, which a figure later in the clause is about. `after_article`: the name may
    follow the sentence's opening "The" or a possessor ("The Greens won ...", "Kessel's party won ..."),
    or a short prepositional phrase that dates nothing (`timed_opening` false): "On Friday, the index
    closed 531 points lower" tells one day's move, which another day's report does not contradict."""
    if subject is None or subject.start is None or not clause[0] <= subject.start < clause[1]:
        return False
    opening = text[_past_dateline(text, clause[0], subject.start) : subject.start]
    if after_article and not timed_opening and (intro := _INTRO_PHRASE.match(opening)) is not None:
        opening = opening[intro.end() :]  # "With all votes counted, the Centre party won ...": the name after it
    apposed = subject.end is not None and text[subject.end : subject.end + 1] == "," and _APPOSED_OPENER.match(opening)
    return bool(_CLAUSE_OPENER.match(opening) or (after_article and (_ARTICLE_OPENER.match(opening) or apposed)))


def _past_dateline(text: str, start: int, end: int) -> int:
    """Where a clause's words begin after a wire dateline ("LONDON, Dec 7 (Reuters) - ", which dates the story,
    not the clause); `start` where there is none. A dateline opens a paragraph, never a clause inside one."""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k and text[k - 1] != "\n":
        return start
    dateline = _DATELINE.match(text, start, end)
    return dateline.end() if dateline is not None else start


def _timed_before(ctx: DocContext, clause: tuple[int, int], subject: "Subject | None") -> bool:
    """Does a date, period or duration stand in the clause before its subject ("On Friday, the index ...")?"""
    if subject is None or subject.start is None:
        return False
    start = _past_dateline(ctx.document.text, clause[0], subject.start)
    return any(x.kind in (Kind.DATE, Kind.PERIOD, Kind.DURATION) for x in ctx.mentions_in(start, subject.start))


INSTANCE_REACH = 12  # characters between a figure and the instance named beside it ("$140 million in a Series B")


def _instance(text: str, m: Mention, clause: tuple[int, int], instances: list[str]) -> str | None:
    """The instance of its attribute a figure names right beside it ("a $32 million Series A", "its Series B of
    $140 million"), lower case: the nearest within INSTANCE_REACH characters of its clause with no comma or stop
    between ("$181 million, including a $9 million seed round" names the seed round for $9 million only)."""
    best: tuple[int, str] | None = None
    lo, hi = max(clause[0], m.start - INSTANCE_REACH - 30), min(clause[1], m.end + INSTANCE_REACH + 30)
    for hit in _instance_pattern(tuple(instances)).finditer(text, lo, hi):
        between = text[hit.end() : m.start] if hit.end() <= m.start else text[m.end : hit.start()] if hit.start() >= m.end else ""
        if len(between) > INSTANCE_REACH or any(ch in between for ch in ",;.:()"):
            continue
        if best is None or len(between) < best[0]:
            best = (len(between), " ".join(hit.group(0).lower().replace("-", " ").split()))  # "Series-B" is "series b"
    return best[1] if best else None


def _instance_pattern(instances: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for an attribute's instance names, longest first, a space in a name matching any run of
    spaces (compiled once per pattern text by `re`'s own cache)."""
    words = sorted(instances, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")(?!\w)", re.IGNORECASE)


def _comparable_date(m: Mention) -> bool:
    """Can a date or period be compared across articles? Only a stated one (or one counted from the
    article's own date) no longer than a year; decades, seasons and unanchored weekdays cannot."""
    if m.kind not in (Kind.DATE, Kind.PERIOD):
        return True
    if m.detail.get("weekday_index") or m.detail.get("yearless"):
        # "on Tuesday", "on 6 December": one event falls on one weekday and one day of the year, whichever
        # year the article's other dates lend it
        return True
    if m.relative and m.anchor not in ("published", "writer's day"):
        return False
    if m.date_start is None or m.date_end is None:
        return False
    return (m.date_end - m.date_start).days <= 366


_SCOPED_KINDS = (Kind.MONEY, Kind.PERCENT, Kind.QUANTITY, Kind.PARAMETERS)  # amounts a date beside them scopes
_NOT_NOW = re.compile(r"\b(?:then|under|over|at least|below|above)[- ]$", re.I)  # before a personal figure
_OPEN_KINDS = (Kind.NUMBER, Kind.DATE, Kind.PERIOD, Kind.DURATION)  # what open quantities measure; money stays cued
_DESCRIBED = re.compile(r"(?:-year|\s+years?)?[- ]old\s+([a-z][a-z-]+)\b")
_DEFINITE = re.compile(r"\b[Tt]he\s+$")  # "The 23-year-old will fly ...": the person just named
_PREPOSITION_BEFORE = re.compile(r"\b(?:from|at|in|to|into|for|against|with|by|near)\s+$", re.I)  # "from Castlemere"
_ROLE_BEFORE = re.compile(r"\b([a-z][a-z-]{2,})\s+$")  # "striker Tomas Vell", "goalkeeper Ivo Brandt": a role word
_VERB_FORM = re.compile(r"(?:ed|ing|[^s]s)$")  # "has joined Northgate Rovers", "signs Vell": a verb, no role word
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")  # "a Harwick player": a lower-case word after a name makes it a modifier


def _described(text: str, m: Mention, function_words: frozenset[str]) -> Subject | None:
    """The person a personal figure describes when no name holds it: "a 12-year-old girl" -> "girl";
    not "the 25-year-old has ..." or "the 31-year-old joined ...", where the word after is a verb or a
    function word."""
    hit = _DESCRIBED.match(text, m.end)
    if hit is None or stem(hit.group(1)) in function_words or hit.group(1).lower().endswith("ed"):
        return None  # "the 31-year-old joined ...": a verb, not who is described
    return Subject(hit.group(1), None, "topic", "the person the figure describes", hit.start(1), hit.end(1))


def _named_before(ctx: DocContext, m: Mention, function_words: frozenset[str], described: bool = False) -> Subject | None:
    """The person "The 23-year-old" opening a sentence stands for: the name nearest before it in the sentence
    before ("... for midfielder Dario Lunetti. The 23-year-old will fly ..."), past names used as a modifier
    ("a Harwick player") and names after a preposition ("from Castlemere", "at Elmfield"), which are no person
    told of; None where the age stands later in its sentence ("his assault on the 12-year-old": another person).
    With a noun of its own (`described`: "The 22-year-old striker, whose ..."), the sentence before must give
    no age itself: "Police named the victim as Jane Roe, 34. The 29-year-old suspect ..." is someone else."""
    text = ctx.document.text
    sentence = ctx.sentence(m.start)
    if not (hit := _DEFINITE.search(text, max(0, m.start - 5), m.start)) or text[sentence[0] : hit.start()].strip(" \t\n\"'“‘*-—"):
        return None  # only the sentence's opening words: "his assault on the 12-year-old" is someone else
    start = ctx.sentence(max(0, sentence[0] - 1))[0] if sentence[0] > 0 else sentence[0]
    if described and any(x.kind in (Kind.NUMBER, Kind.DURATION) for x in ctx.mentions_in(start, sentence[0])):
        return None  # the sentence before gives a figure of its own (an age, a count): the noun may be anyone
    if described and (noun := _DESCRIBED.match(text, m.end)) is not None and re.match(r"\s+[A-Z]", text[noun.end(1) : noun.end(1) + 3]):
        return None  # "The 36-year-old champion Klitschko": the name after the noun is the person
    told: list[EntityMention] = []
    for e in reversed(ctx.entities_in(start, m.start)):
        nxt = _NEXT_WORD.match(text, e.end, e.end + 30)
        if nxt is not None and stem(nxt.group(1)) not in function_words:
            continue
        if _PREPOSITION_BEFORE.search(text, max(start, e.start - 8), e.start):
            continue  # "the arrival of goalkeeper Ruben Aldecott from Castlemere": a place or a club, not him
        told.append(e)
    for e in told:
        role = _ROLE_BEFORE.search(text, max(start, e.start - 30), e.start)
        if role is not None and stem(role.group(1)) not in function_words and not _VERB_FORM.search(role.group(1)):
            # "Sporting Almada striker Tomas Vell has joined Northgate Rovers": the name a role word introduces is
            # the person, not the club named nearer
            return Subject.of(e, "the person named before ('the N-year-old')")
    return Subject.of(told[0], "the person named before ('the N-year-old')") if told else None


def _written_after(ctx: DocContext, m: Mention, records: Records) -> Subject | None:
    """The name a record is told right after in its sentence ("Roe improved to 31-2", "gave the Hawks a 9-5
    season", "Roe, who improved his record to 31-2"): a record is always someone's. Not a name further off, across
    another figure, or governed by a word that makes it a place or another side ("in Harwick", "over Roe")."""
    names = ctx.entities_in(ctx.sentence(m.start)[0], m.start)
    if not names:
        return None
    name, text = names[-1], ctx.document.text
    if m.start - name.end > _OWNER_REACH or any(ch.isdigit() for ch in text[name.end : m.start]):
        return None
    if records.governed(text, name.start):
        return None
    return Subject.of(name, "the name the record is told right after")


def _clock_time(m: Mention, text: str) -> bool:
    """Is this number part of a time of day ("3:30 p.m.", "1200 GMT")?"""
    return m.kind == Kind.NUMBER and (
        bool(_CLOCK_AFTER.match(text[m.end : m.end + 12]))
        or bool(_CLOCK_BEFORE.search(text[max(0, m.start - 3) : m.start]))
        or bool(_CLOCK_OWN.search(m.text))
    )


def _dimension(m: Mention, text: str, size: re.Pattern[str]) -> bool:
    """One side of a size told as two numbers: "2880 x 1800 pixels", "2880 pixels by 1800", "10 by 12 feet";
    not a margin ("won 3 games by 10 points"). `size`: the language's size regex (extract.pagewords)."""
    lo, hi = max(0, m.start - 24), min(len(text), m.end + 24)
    return any(d.start() < m.end - lo and m.start - lo < d.end() for d in size.finditer(text[lo:hi]))


def _labels_a_thing(m: Mention, text: str, nouns: re.Pattern[str]) -> bool:
    """A measure with its unit right before a label noun: "the 15-inch version", "on the 16-yard line"."""
    return m.kind in (Kind.NUMBER, Kind.QUANTITY) and m.unit is not None and bool(nouns.match(text, m.end))


_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")


def _marked_spans(document: Document) -> tuple[tuple[int, int], ...]:
    """Where capitals prove nothing: title-case headings, header rows, and bold labels."""
    spans = []
    for b in document.blocks:
        if b.kind in ("heading", "label") or (b.kind == "row" and b.level == 0):
            words = _TITLE_WORD.findall(b.text)
            if words and sum(w[0].isupper() for w in words) >= 0.6 * len(words):
                spans.append((b.start, b.end))
        if b.kind in ("bullet", "label", "row"):
            spans.extend((m.start(), m.end()) for m in _BOLD.finditer(document.text, b.start, b.end))
    return tuple(spans)


class Extractor:
    """Holds the spaCy pipeline and the knowledge; `extract(document)` is the stage function."""

    def __init__(self, knowledge: Knowledge, lexicon: Lexicon, model: str | None = None) -> None:
        self.knowledge = knowledge
        self.lexicon = lexicon
        self._function_cache: dict[str | None, frozenset[str]] = {}
        self.nlp = build_nlp(knowledge, lexicon, model)
        self._cue_finder = self.nlp.get_pipe("fc_cues").state
        self._header_cues: dict[str, list[CueMention]] = {}
        self._comparison = marker_before(knowledge.cues.figure_comparison_markers, max_between=3)
        self._part = marker_before(knowledge.cues.part_markers, max_between=1)
        self._opener = (
            re.compile(r"[\s\W]*(?:" + "|".join(re.escape(w) for w in knowledge.cues.comparison_openers) + r")\b", re.I)
            if knowledge.cues.comparison_openers
            else None
        )
        self._hypo = words_re(knowledge.cues.hypothetical_markers)
        self.label_nouns = (
            re.compile(r"[\s-]+(?:" + "|".join(re.escape(n) for n in knowledge.cues.label_nouns) + r")\b", re.I)
            if knowledge.cues.label_nouns
            else None
        )
        self.frames = FrameReader(knowledge.news)
        self.zeros = ZeroCounts(knowledge.news)
        self.singles = SingleCounts(knowledge.news)
        self.records = Records(knowledge.news)

    # ------------------------------------------------------------ helpers

    def cue_texts(self, text: str) -> list[CueMention]:
        """Cues in a short text such as a table header (matched by stem, every attribute)."""
        if text not in self._header_cues:
            doc = self.nlp.make_doc(text)
            for tok in doc:
                tok.norm_ = stem(tok.text)
            self._header_cues[text] = self._cue_finder(doc, header=True)
        return self._header_cues[text]

    def header_dates(self, text: str, published) -> list[Mention]:
        """Dates in a table header ("H1 2024 Deliveries"): they date every cell of the column."""
        return [m for m in find_mentions(text, self.lexicon, published) if m.kind in (Kind.DATE, Kind.PERIOD)]

    def parse_number(self, text: str) -> float | None:
        if text.isdigit():
            return float(text)
        for m in find_mentions(text, self.lexicon):
            if m.kind == Kind.NUMBER and m.low is not None:
                return m.low
        return None

    def _roles(self, ctx: DocContext) -> dict[int, tuple[Role, Mention | None]]:
        """Role of each mention (by start): conversion of the figure before it, comparison, part."""
        text = ctx.document.text
        roles: dict[int, tuple[Role, Mention | None]] = {}
        prev: Mention | None = None
        for m in ctx.mentions:
            if (
                prev is not None
                and m.kind == prev.kind == Kind.MONEY
                and m.unit != prev.unit
                and _CONVERSION_GAP.match(text[prev.end : m.start])
            ):
                roles[m.start] = (Role.CONVERSION, prev)
            else:
                clause = ctx.clause(m.start, m.end)
                before = text[clause[0] : m.start]
                if self._part and self._part.search(before[-40:]):
                    roles[m.start] = (Role.PART, prev)
                elif self._comparison and self._comparison.search(before[-60:]):
                    roles[m.start] = (Role.COMPARISON, None)
                elif self._opener and self._opener.match(text, ctx.sentence(m.start)[0]):
                    roles[m.start] = (Role.COMPARISON, None)  # "By comparison, the 2021 fire destroyed 1,600 homes"
            prev = m
        return roles

    def _model_size(self, ctx: DocContext, m: Mention) -> str | None:
        """The size that names the product model a sum of money is told for ("the 13-inch model starts at
        $1,199"), bounded by the sentence's other sums (extract.variants)."""
        sentence = ctx.sentence(m.start)
        sums = tuple((x.start, x.end) for x in ctx.mentions_in(*sentence) if x is not m and x.kind == Kind.MONEY)
        return model_size(ctx.document.text, m.start, m.end, sentence, sums, self.knowledge.news.model_sizes)

    def _function_stems(self, language: str | None) -> frozenset[str]:
        """The stems of an article language's own small words (its articles, prepositions, conjunctions: the
        words that end a count, and those that are no name), less English ones: "die" in a German article is
        an article, not the English verb, and "dos" in a Portuguese one is no counted noun. Empty for English."""
        found = self._function_cache.get(language)
        if found is None:
            english = self.lexicon.patterns
            own = self.lexicon.for_language(language).patterns if language else english
            words = (own.count_stop | own.not_names) - (english.count_stop | english.not_names)
            found = self._function_cache[language] = frozenset(stem(w) for w in words if " " not in w)
        return found

    def _hypothesis(self, ctx: DocContext, offset: int) -> str | None:
        if self._hypo is None:
            return None
        for h in ctx.enclosing_headings(offset):
            if self._hypo.search(h.text):
                return h.text
        return None

    def _outcome(self, ctx: DocContext, m: Mention) -> str | None:
        """What a probability is the probability of: "50% independent success", "Success (30% probability)"."""
        text = ctx.document.text
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line_end = len(text) if line_end == -1 else line_end
        before = text[line_start : m.start]
        if (b := _OUTCOME_BEFORE.search(before.split(":")[-1])) is not None:
            return " ".join(stem(w) for w in b.group(1).split())
        if (a := _OUTCOME_AFTER.match(text[m.end : line_end])) is not None and "probab" not in a.group(1).lower():
            return " ".join(stem(w) for w in a.group(1).split())
        return None

    def _place(self, ctx: DocContext, m: Mention) -> Place:
        """Which set of outcomes a probability belongs to: its line, or its heading's siblings."""
        block = ctx.block(m.start)
        if block is not None and block.kind in ("heading", "label"):
            parent = next((h for h in ctx.enclosing_headings(block.start) if h.level < block.level), None)
            return Place(kind="under", start=parent.start if parent else 0, level=block.level)
        return Place(kind="line", start=block.start if block else m.start)

    def _aliases(self, ctx: DocContext) -> list[tuple[str, str]]:
        """Aliases the article states: "StepFun (阶跃星辰)", "5Y Capital (formerly Morningside)"."""
        text = ctx.document.text
        pairs = []
        ents = ctx.entities
        for a, b in zip(ents, ents[1:]):
            gap = text[a.end : b.start]
            if re.fullmatch(r"\s*[(（]\s*(?:formerly|previously|aka|a\.k\.a\.|also known as|or)?\s*", gap, re.I) and text[
                b.end : b.end + 2
            ].lstrip().startswith((")", "）")):
                if a.known and b.known and a.known != b.known:
                    continue  # two different known entities: "Qwen (Alibaba)" names a maker
                pairs.append((a.known or a.text, b.known or b.text))
        for a in ents:
            m = re.match(r"\s*[(（]([\u3400-\u9fff·]{2,12})[)）]", text[a.end : a.end + 20])
            if m:
                pairs.append((a.known or a.text, m.group(1)))
        return pairs

    # -------------------------------------------------------------- stage

    def _unwritten(self, text: str, found: list[Mention]) -> list[Mention]:
        """Counts the values library leaves out, told in words next to a toll or an arrest: none ("no one was
        killed") and one ("killing one man")."""
        zeros = self.zeros.find(text, found)
        return [*zeros, *self.singles.find(text, [*found, *zeros])]

    def extract(self, document: Document) -> Extraction:
        inputs = DocInputs(
            published=document.published,
            title_case=_marked_spans(document),
            cell_starts=tuple(c.start for c in document.cells),
            language=document.language,
        )
        doc = run(self.nlp, document.text, inputs)
        furniture = furniture_spans(document.text, self.knowledge)  # the page's own lines, read once
        ctx = DocContext(
            document=document,
            doc=doc,
            knowledge=self.knowledge,
            mentions=self.records.mentions(document.text, [*doc._.fc_mentions, *self._unwritten(document.text, doc._.fc_mentions)]),
            entities=_outside(list(doc._.fc_entities), _page_spans(document.text, furniture)),
            cues=list(doc._.fc_cues),
            sentences=list(doc._.fc_sentences),
        )
        attributes = AttributeChooser(ctx, self.cue_texts)
        subjects = SubjectChooser(ctx)
        event_dates = frozenset(
            m.start
            for m in ctx.mentions
            if (choice := attributes.choose(m, ctx.clause(m.start, m.end))) is not None
            and choice.kind in (Kind.DATE, Kind.PERIOD)
        )
        roles = self._roles(ctx)
        compared = frozenset(start for start, (role, _) in roles.items() if role == Role.COMPARISON)
        times = TimeScopeChooser(ctx, self.parse_number, self.header_dates, event_dates, compared)
        groups = {m.start: g for m, g in GroupFinder(ctx).find()}
        claims: list[Claim] = []
        made: dict[int, Claim] = {}  # claim of each mention, by its start
        windows = times.window_spans()
        header_rows = [(b.start, b.end) for b in document.blocks if b.kind == "code" or (b.kind == "row" and b.level == 0)]
        comments = [(m.start(), m.end()) for m in _COMMENT.finditer(document.text)]
        page = page_words(self.lexicon.for_language(document.language))  # the article language's stamp and size words
        metadata = _metadata_spans(document, self.knowledge, furniture) + [
            line for m in ctx.mentions if m.kind == Kind.DATE and (line := _date_stamp_line(m, document.text, page.stamps)) is not None
        ]
        for m in ctx.mentions:
            if score_like(m, document.text) or _clock_time(m, document.text):
                continue  # "won 45-35", "(52-3)", "3:30 p.m.": a score, a record or a clock time
            if m.kind in (Kind.NUMBER, Kind.QUANTITY, Kind.DATE, Kind.PERIOD) and _dimension(m, document.text, page.size):
                continue  # "2880 x 1800 pixels": one size in two numbers, neither a figure alone
            if self.label_nouns is not None and _labels_a_thing(m, document.text, self.label_nouns):
                continue  # "the 13-inch model", "the 27-yard line": which one, not how big
            if any(s <= m.start < e for s, e in metadata):
                continue  # the page's address and date line
            if any(ws <= m.start and m.end <= we for ws, we in windows):
                continue  # "year 1", "the 2 years since its establishment": a time scope, not a claim
            if any(hs <= m.start < he for hs, he in header_rows):
                continue  # "| H1 2024 Deliveries |" labels its column; code in ``` fences is no prose
            if any(cs <= m.start < ce for cs, ce in comments):
                continue  # "<!-- factcheck-ignore FC101: ... -->": a note to the tool, not the article
            if m.start in groups:
                claims.append(self._group_claim(ctx, m, groups[m.start]))
            else:
                claims.append(self._claim(ctx, m, attributes, subjects, times, roles, made))
            made[m.start] = claims[-1]
        names = [[e.known or e.text for e in ctx.entities_in(s, e)] for s, e in ctx.sentences]
        return Extraction(document=document, claims=claims, aliases=self._aliases(ctx), names=names)

    def _base(self, ctx: DocContext, start: int, end: int, m: Mention) -> dict:
        document = ctx.document
        line, column = document.line_col(start)
        block = ctx.block(start)
        s_start, s_end = (block.start, block.end) if block is not None and block.kind == "row" else ctx.sentence(start)
        return dict(
            id=claim_id(document.id, start, end),
            document=document.id,
            start=start,
            end=end,
            line=line,
            column=column,
            text=document.text[start:end],
            sentence=document.text[s_start:s_end],
        )

    def _group_claim(self, ctx: DocContext, m: Mention, g: GroupLabel) -> Claim:
        frame = ClaimFrame(group=GroupName(words=g.words, head=g.head, members=g.members, members_complete=g.complete))
        notes = [f"'{g.text}' names a group of {g.number:g}"]
        if g.members:
            notes.append(f"members listed nearby: {', '.join(g.members)}")
        return Claim(
            **self._base(ctx, g.start, g.end, m),
            kind=Kind.NUMBER,
            entity=g.text,
            entity_text=g.text,
            attribute="member_count",
            attribute_text="number in the group's name",
            value=Value(low=g.number, high=g.number, unit="members"),
            qualifier=Qualifier.EXACT,
            frame=frame,
            notes=notes,
        )

    def _scopes_a_figure(self, ctx: DocContext, m: Mention, clause: tuple[int, int], event: str) -> bool:
        """Does the clause hold an amount (money, a percent, a quantity) this date or period can only scope?
        Not where the word of the event it dates stands on its other side ("the fire, which started on
        August 9, has burned 48,000 acres": August 9 is when it started; "revenue for 2025" scopes)."""
        amounts = [x for x in ctx.mentions_in(*clause) if x is not m and x.kind in _SCOPED_KINDS]
        if not amounts:
            return False
        event = event.removeprefix("date_of_").removeprefix("duration_of_")

        def names_event(*words: str) -> bool:
            concept = self.frames.concept_of.get(words)
            return words == (event,) or (concept is not None and concept.name == event)

        text = ctx.document.text
        found = list(_TITLE_WORD.finditer(text, clause[0], clause[1]))
        stems = [stem(w.group()) for w in found]
        # one word ("started") or two ("broke out", "kicked off")
        sides = {
            w.start() < m.start
            for k, w in enumerate(found)
            if names_event(stems[k]) or (k + 1 < len(found) and names_event(stems[k], stems[k + 1]))
        }
        return not any(all((x.start < m.start) != side for x in amounts) for side in sides)

    @staticmethod
    def _neighbours(ctx: DocContext, m: Mention, clause: tuple[int, int]) -> tuple[tuple[int, int], ...]:
        return tuple((x.start, x.end) for x in ctx.mentions_in(*clause) if x is not m)

    @staticmethod
    def _open_frame(reading: FrameReading, frame: dict[str, object], reported: date | None) -> dict[str, object]:
        """The ClaimFrame fields of the open-domain reading: quantity, stage, role, source, terms."""
        out: dict[str, object] = {
            "quantity": reading.quantity,
            "quantity_how": reading.quantity_how or None,
            "stage": Stage(reading.stage) if reading.stage != Stage.ACTUAL else None,
            "attribution": reading.attribution,
            "running": True if reading.changes else None,
            "reported": reported,
            "terms": tuple(sorted(reading.terms)) or None,
            "near": tuple(sorted(reading.near)) or None,
        }
        if reading.role and "role" not in frame:
            out["role"] = Role(reading.role)
            if reading.role_cue == OF_WHOLE_AFTER:
                out["of_whole"] = True
        return out

    @staticmethod
    def _limit_value(m: Mention, value: Value, frame: dict[str, object], notes: list[str]) -> tuple[Value, Qualifier]:
        """The value of a figure that measures a limit ("add-ons worth up to £9m", "the fee could rise to £60m"): the
        bound is the figure itself, agreed now (not a projection), so that two outlets' ceilings compare as values."""
        qualifier = m.qualifier
        if qualifier == Qualifier.UPPER_BOUND and value.high is not None:
            value = value.model_copy(update={"low": value.high})
            qualifier = Qualifier.EXACT
            notes.append(f"'{m.text}' is the most it can reach: the figure itself, not a bound")
        if frame.get("stage") == Stage.PROJECTION:
            del frame["stage"]  # "could rise to": the limit is agreed, not forecast
        if frame.get("role") == Role.PART:
            # "a further £10m in add-ons", "£9m more": a limit on top of the fee is no part of another figure's whole
            del frame["role"]
            frame.pop("refers_to", None)
        return value, qualifier

    def _claim(self, ctx, m: Mention, attributes, subjects, times, roles, made: dict[int, Claim]) -> Claim:
        clause = ctx.clause(m.start, m.end)
        role, other = roles.get(m.start, (None, None))
        whole = made.get(other.start) if other is not None else None
        if role == Role.PART and whole is not None and whole.attribute is not None:
            # "2,432 stations, of which 804 ...": a part counts what its whole counts.
            spec = self.knowledge.attribute(whole.attribute) or AttributeSpec(name=whole.attribute, kinds=[whole.kind])
            choice = AttributeChoice(spec, whole.attribute_text or "", "part of the figure before", None, whole.kind)
        else:
            choice = attributes.choose(m, clause)
        spec = choice.spec if choice else None
        frame: dict[str, object] = {}  # ClaimFrame fields, gathered as they are found
        notes: list[str] = []
        subject: Subject | None = None
        if role == Role.COMPARISON:
            frame["role"] = Role.COMPARISON
            notes.append("the figure something is compared with: not attributed to the clause's subject")
        else:
            cue_span = (choice.at, choice.end) if choice and choice.at is not None and choice.end is not None else None
            subject = subjects.choose(m, clause, spec, choice.at if choice else None, cue_span)
            if role is not None:
                frame["role"] = role
                if other is not None and other.start in made:
                    frame["refers_to"] = ClaimRef(id=made[other.start].id)
        if (h := self._hypothesis(ctx, m.start)) is not None:
            frame["hypothesis"] = h
        if m.detail.get("active") in ("true", "yes", "1"):
            frame["variant"] = "active"
        if m.kind == Kind.RECORD and "split" in m.detail:
            frame["variant"] = m.detail["split"]  # "9-1 in close games": a part of the record, apart from the whole
        if m.kind == Kind.MONEY and "variant" not in frame and (size := self._model_size(ctx, m)) is not None:
            frame["variant"] = size  # "$1,099 for the 13-inch version": that model's price, not the 15-inch one's
        if spec is not None and spec.outcomes:
            if (o := self._outcome(ctx, m)) is not None:
                frame["outcome"] = o
            frame["place"] = self._place(ctx, m)
        if spec is not None and spec.temporal == "event" and (cell := ctx.cell(m.start)) is not None:
            frame["item"] = cell.row_label.lower()
        if spec is not None and spec.instances and (instance := _instance(ctx.document.text, m, clause, spec.instances)) is not None:
            frame["instance"] = instance
        kind = choice.kind if choice else m.kind
        unit = "params" if kind == Kind.PARAMETERS and m.kind != Kind.PARAMETERS else m.unit
        weekday = int(m.detail["weekday_index"]) if m.kind == Kind.DATE and m.detail.get("weekday_index") else None
        yearless = m.detail.get("yearless") if m.kind == Kind.DATE else None
        value = Value(
            low=m.low, high=m.high, unit=unit, tolerance=m.tolerance, start=m.date_start, end=m.date_end, weekday=weekday, yearless=yearless,
            record=m.detail.get("record") if m.kind == Kind.RECORD else None,
        )
        if kind == Kind.DATE and m.kind == Kind.NUMBER and (year := as_year(m)) is not None:
            value = Value(start=date(year, 1, 1), end=date(year + 1, 1, 1))  # a year read as a date
        attribute, attribute_text = (spec.name, choice.cue) if spec and choice else (None, None)
        reading = self.frames.read(
            ctx.doc, m, ctx.sentence(m.start), clause, ctx.document.text, self._neighbours(ctx, m, clause),
            self._function_stems(ctx.document.language),
        )
        if m.kind == Kind.RECORD and self.records.concept is not None:
            # "(52-3, 46 KOs)": hyphened counts the text calls a record measure the record, whatever words are near
            reading = replace(reading, quantity=self.records.concept, quantity_words=(self.records.concept,), quantity_how=RECORD_READING)
        if (cell := ctx.cell(m.start)) is not None:
            # A table cell's words are its row label and column header ("| Founded | 1893 |").
            labels = frozenset(w for w in map(stem, re.findall(r"[^\W\d_][\w'-]*", f"{cell.row_label} {cell.header}")) if len(w) > 1)
            reading = replace(reading, terms=reading.terms | labels, near=reading.near | labels)
        if reading.quantity and m.kind in (Kind.DATE, Kind.PERIOD) and self._scopes_a_figure(ctx, m, clause, reading.quantity):
            # "10 billion yuan revenue for 2025": the year is when that figure holds, not an event's date
            reading = replace(reading, quantity=None)
        if reading.quantity_how == "no event word" and any(
            x is not m and x.kind not in (Kind.DATE, Kind.PERIOD) for x in ctx.mentions_in(*clause)
        ):
            # "In 2023, Acme had 150 employees": a date no word ties to an event is the time of the figure beside it
            reading = replace(reading, quantity=None)
        if reading.quantity and (m.kind == Kind.MULTIPLIER or not _comparable_date(m)):
            # "70x cheaper" compares two figures (the ratio rule reads it); "this year", "the 1950s" or a
            # "Thursday" with no date to anchor it can be compared with nothing
            reading = replace(reading, quantity=None)
        frame.update(self._open_frame(reading, frame, ctx.document.published))
        if role != Role.COMPARISON and (source := subjects.observer_before(ctx.sentence(m.start)[0], m.start)) is not None:
            frame["attribution"] = source  # "the Geological Survey put the quake's strength at 5.4": who tells it
        if reading.quantity and m.kind == Kind.MONEY and reading.quantity_how == "governing verb" and reading.quantity not in self.frames.concept_names:
            # "Congress provided $350 billion": an amount of money a verb no vocabulary knows governs says
            # nothing of what it is (a loan, a grant, a package); its noun or a cue must say
            reading = replace(reading, quantity=None)
        limit = spec is not None and spec.limit and attribute == spec.name  # "the potential total of £58m": a limit's cue
        if reading.quantity and not limit and (
            reading.changes  # a toll or an age: whose it is decides everything
            or ((concept := self.knowledge.news.concept(reading.quantity)) is not None and concept.stale_after_days is not None)
            or attribute is None
            or (reading.quantity_how == SENSE_READING and reading.quantity != attribute)  # (a cue that says as much keeps its subject)
            or choice is not None and choice.how.startswith("counted noun (no cue")
            # a closed attribute's cue about no subject our knowledge knows says too little on real news
            # (below), while the figure's own words do: "sentenced to 2 years" measures the prison term
            or (subject is None and kind in _OPEN_KINDS and reading.quantity_how in (*STRONG_READINGS, "event word"))
            or (
                reading.quantity_how in STRONG_READINGS
                and reading.quantity in self.frames.concept_names
                and choice is not None
                and choice.how.startswith("cue word")
                and reading.quantity != attribute
                and m.kind == Kind.NUMBER  # a count: "people" cues employees far less surely than "were killed"
                and not (choice.at is not None and m.start <= choice.at < m.end)  # "130 billion parameters"
            )
        ):
            # No knowledge attribute: the open quantity read from the figure's own words measures it,
            # and it belongs to a name only where the text ties it to one (else to the event).
            attribute, attribute_text = reading.quantity, " ".join(reading.quantity_words)
            notes.append(f"measures {reading.quantity} ({reading.quantity_how})")
            if role != Role.COMPARISON:
                personal = (concept := self.knowledge.news.concept(reading.quantity)) is not None and concept.personal
                held = holder(
                    ctx.doc, m, ctx.entities_in(*ctx.sentence(m.start)), ctx.document.text, self.frames.function_words if personal else None
                )
                if personal and frame.get("role") == Role.PART:
                    del frame["role"]  # "the signing of the 24-year-old": one person's age is no part of a whole
                    frame.pop("refers_to", None)
                described = _described(ctx.document.text, m, self.frames.function_words) if personal else None
                named = _named_before(ctx, m, self.frames.function_words, described is not None) if personal and held is None else None
                apposed = described_after_name(m, ctx.entities_in(*ctx.sentence(m.start)), ctx.document.text) if described else None
                if apposed is not None:  # "Ada Brenn, a 30-year-old nurse": her age, told with what she is
                    subject = Subject.of(apposed, "named before its description")
                elif described is not None and named is None:  # "Dravi's 16-year-old daughter": the daughter's age
                    subject = described
                elif named is not None:
                    subject = named
                elif held is not None:
                    subject = Subject.of(held, "tied to the figure")
                elif personal or not _opens_clause(
                    subject, clause, ctx.document.text, m.kind not in (Kind.DATE, Kind.PERIOD), _timed_before(ctx, clause, subject)
                ):
                    # a place, a witness or a source nearby: the figure is the event's; an age not tied
                    # to a name is the person the words after it describe ("the 12-year-old girl"); a record is
                    # that of the name it is written after
                    subject = _written_after(ctx, m, self.records) if m.kind == Kind.RECORD else None
                if personal and _NOT_NOW.search(ctx.document.text, max(0, m.start - 8), m.start):
                    # "then-15-year-old", "an under-17-year-old": another moment's age, or a legal limit
                    subject = None
                    notes.append("an age of another moment or a limit, not the person's age now")
        elif attribute is not None and subject is None and kind in _OPEN_KINDS:
            # A closed attribute's cue word near a figure about no subject our knowledge knows ("members",
            # "worth") says too little on real news; with no quantity of its own the figure stays unaligned.
            notes.append(f"'{attribute_text}' alone does not say what it measures here")
            attribute, attribute_text = None, None
        if subject is not None:
            notes.append(f"about {subject.known or subject.surface} ({subject.how})")
            if subject.type:
                frame["entity_type"] = subject.type
            if subject.start is not None:
                frame["entity_at"] = subject.start
        if choice is not None and attribute == choice.spec.name:
            notes.append(f"measures {choice.spec.name} ({choice.how} '{choice.cue}')")
        scope = times.choose(m, clause, spec)
        value, qualifier = self._limit_value(m, value, frame, notes) if limit and attribute == spec.name else (value, m.qualifier)  # type: ignore[union-attr]
        if m.relative:
            frame["relative_date"] = m.anchor or "unresolved"  # weaker evidence for a conflict
        if m.relative and m.resolved:
            notes.append(f"relative date resolved against the {m.anchor or 'text'} date")
        elif m.relative:
            notes.append("relative date with no anchor: left unresolved")
        return Claim(
            **self._base(ctx, m.start, m.end, m),
            kind=kind,
            entity=(subject.known or subject.surface) if subject else None,
            entity_text=subject.surface if subject else None,
            attribute=attribute,
            attribute_text=attribute_text,
            value=value,
            qualifier=qualifier,
            time=scope,
            frame=ClaimFrame(**frame),
            context=" / ".join(h.text for h in reversed(ctx.enclosing_headings(m.start))) or None,
            notes=notes,
        )


__all__ = ["Extraction", "Extractor", "claim_id"]  # Extraction lives in factcheck.models; importable here too
