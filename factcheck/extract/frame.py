"""Read a figure's open-domain frame: what it measures, at what stage, in what role, credited to whom.

The measured quantity is read from the figure's own words, nearest first: the noun it counts
("235,000 comments"), the noun after "of" ("30 hours of deliberation"), the verb that governs
it ("150 people killed"), then the other content words of its clause. The news vocabulary
(`rules/knowledge/quantities.yml`) joins synonyms into one concept ("killed" = "dead" = "death
toll"); a word it does not list is a quantity of its own, by its stem, so a new subject works
with no entry. With a trained pipeline the parse gives the counted noun and the governing verb;
with `spacy.blank` the token order does.

Dates and periods measure when (or how long) an event happened: their quantity is
"date of <event>" or "duration of <event>" for the nearest event word. A claim's `terms` (the
content stems of its sentence) let the match stage judge whether two claims tell the same fact.
"""

from __future__ import annotations

import bisect

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from spacy.attrs import IDX, NORM
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from factcheck.values.words import stem
from factcheck.knowledge.news import ConceptSpec, NewsVocabulary
from factcheck.models import SENSE_READING, Kind, Mention

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_PHRASE_WORD = re.compile(r"[^\W\d_][\w'’]*|-", re.UNICODE)
_AGE_APPOSITION = re.compile(r"(?:^|\s)[A-Z][\w.'’-]+,\s*$")
# "Lunetti, de 23 anos,", "García, de 31 años,": a small word of the language between the comma and an age in years
_AGE_APPOSITION_WORD = re.compile(r"(?:^|\s)[A-Z][\w.'’-]+,\s*[a-z]{1,3}\s+$")
_WINDOW = 6  # tokens on each side of the figure that may name what it measures
_STAGE_AFTER = 6  # tokens after the figure where a passive stage phrase ("are still expected") may stand
# ... unless the clause ends first: "destroyed 300 homes and more rain is expected" forecasts the rain
_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "and", "but", "while", "as", "after", "befor"})  # as stems
_NEAR = 3  # a concept word only this close counts when it is not the figure's own noun or verb
# The readings where a word is the noun the figure counts: its own words ("146 shows") or the noun right after it.
COUNTED_READINGS = frozenset({"figure's own words", "counted noun"})
OF_WHOLE_AFTER = "of a whole counted after it"  # the role cue of "143 of the 300 seats": a count out of a stated whole
_AGE_AFTER = re.compile(r"^(?:-year)?[- ]old\b|^\s+years?[- ]old\b", re.I)
# "won 45-35", "(52-3, 46 KOs)", "a 9-5 record": a score or a win-loss record, two numbers that are
# not a range and not two claims.
_SCORE = re.compile(r"(?<![\d.,/-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d,/%-]|[.,]\d|\s?(?:percent|per cent|million|billion|years?|months?|days?|weeks?|hours?|minutes?))")


_LIST_GLUE = re.compile(r"^\s*,?\s*(?:and|or|&)\s*$")


def _tail(figure: str) -> str:
    """The unit or noun that ends a figure's text ("128GB" -> "gb", "$5 million" -> "million"), or "#"
    for a bare number: what the items of a list share."""
    words = figure.split()
    unit = words[-1].lower().lstrip("0123456789.,$£€¥%+-") if words else ""
    return unit or "#"


def _listed(m: Mention, neighbours: tuple[tuple[int, int], ...], text: str) -> bool:
    """Is the figure one of several alike listed together ("7.6 and 7.4", "in 2001 and 2005")? Figures of
    different things joined by "and" are no list ("burned 48,000 acres, and 2,300 firefighters ...")."""
    own = _tail(m.text)
    return any(
        ((e <= m.start and _LIST_GLUE.match(text[e : m.start])) or (s >= m.end and _LIST_GLUE.match(text[m.end : s])))
        and _tail(text[s:e]) == own
        for s, e in neighbours
    )


def score_like(m: Mention, text: str) -> bool:
    """Is this number one side of a score or a record ("45-35", "52-3")?"""
    if m.kind != Kind.NUMBER:
        return False
    lo, hi = max(0, m.start - 5), min(len(text), m.end + 5)
    return any(s.start() <= m.start - lo < s.end() or s.start() < m.end - lo <= s.end() for s in _SCORE.finditer(text[lo:hi]))


@dataclass(frozen=True)
class FrameReading:
    """What one figure is, beyond its value (typed, one per claim)."""

    quantity: str | None = None  # the concept or word stem it measures: "deaths", "comment"
    quantity_words: tuple[str, ...] = ()  # the words it was read from
    quantity_how: str = ""  # "counted noun", "governing verb", "nearby word", "age apposition"...
    stage: str = "actual"
    stage_cue: str | None = None
    role: str | None = None  # rate | part | comparison
    role_cue: str | None = None
    attribution: str | None = None  # the words that credit it ("police said")
    changes: bool = False  # a running count that later reports update
    terms: frozenset[str] = field(default_factory=frozenset)  # content stems of its sentence
    near: frozenset[str] = field(default_factory=frozenset)  # content stems within a few words of it


def _marked(word: str, stemmed: str | None = None) -> str:
    """A word's stem for reading a stage: an adverb whose "-ly" the stemmer drops keeps a mark of it, so
    "reportedly" (a rumour) is not "reported" (a plain statement: "Acme reported revenue of $410 million",
    "officials reported 12 deaths")."""
    s = stemmed if stemmed is not None else stem(word)
    low = word.lower()
    if len(low) > 4 and low.endswith("ly") and s == stem(low[:-2]):
        return s + "~ly"
    return s


def _to_punctuation(toks: list[Token]) -> list[Token]:
    """The words up to the first mark: "according to the Northern Seismic Survey." names the whole survey."""
    return list(itertools.takewhile(lambda t: t.text[:1].isalnum(), toks))


def _unspaced(phrase: str) -> str:
    """A phrase as written, case and spaces aside: "Picked up" and the tokens "picked", "up" are one."""
    return "".join(phrase.split()).casefold()


def _stems(phrase: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in _WORD.findall(phrase))


def _marked_stems(phrase: str) -> tuple[str, ...]:
    return tuple(_marked(w) for w in _WORD.findall(phrase))


def _token_stems(phrase: str) -> tuple[str, ...]:
    """A vocabulary phrase as the tokenizer cuts text: "follow-up" is "follow", "-", "up"."""
    return tuple(stem(w) for w in _PHRASE_WORD.findall(phrase))


class FrameReader:
    """Built once per knowledge; `read(doc, mention, sentence, clause, text)` gives a FrameReading."""

    def __init__(self, news: NewsVocabulary) -> None:
        self.news = news
        # the small words before a day opening its sentence (`date_openers`), as written and as stems
        self.date_openers = frozenset(x for p in news.date_openers for w in p.split() for x in (w, stem(w)))
        self.concept_of: dict[tuple[str, ...], ConceptSpec] = {}
        for c in news.concepts:
            for w in c.words:
                self.concept_of.setdefault(_stems(w), c)
        self.counted_of = {stem(w): c for c in news.concepts for w in c.counted}
        self.longest = max((len(k) for k in self.concept_of), default=1)
        self.not_after = {c.name: frozenset(stem(w) for w in c.not_after) for c in news.concepts if c.not_after}
        # an event word only as written ("signed", not the noun "signs" of its stem), spaces aside ("picked up")
        self.event_written = {c.name: frozenset(_unspaced(w) for w in c.words) for c in news.concepts if c.measures == "event"}
        self.concept_first = frozenset(k[0] for k in self.concept_of if k)
        self.generic = frozenset(stem(w) for w in news.generic_counted)
        self.light = frozenset(stem(w) for w in news.light_verbs)
        self.complement = frozenset(stem(w) for w in news.complement_verbs)
        self.complement_links = frozenset(stem(w) for w in news.complement_links)
        self.links = frozenset(stem(w) for w in news.copula_links) | self.light
        self.particles = frozenset(stem(w) for w in news.copula_particles)
        self.stop = frozenset(stem(w) for w in STOP_WORDS) | self.light
        self.senses = [
            (
                _longest_first([_stems(w) for w in x.words]),
                frozenset(p for w in x.near for p in [_stems(w)] if p),
                frozenset(x.per),
                frozenset(stem(w) for w in x.not_after),
                frozenset(x.kinds),
                c,
            )
            for x in news.senses
            if (c := news.concept(x.concept)) is not None
        ]
        self.stages = {s: _longest_first([_marked_stems(w) for w in ws]) for s, ws in news.stages.items()}
        self.stages_after = {s: _longest_first([_marked_stems(w) for w in ws]) for s, ws in news.stages_after.items()}
        self.before = {r: _longest_first([_stems(w) for w in ws]) for r, ws in news.roles_before.items()}
        self.after = {r: _longest_first([_stems(w) for w in ws]) for r, ws in news.roles_after.items()}
        self.attribution = [_stems(w) for w in news.attribution]
        self.other_instance = _longest_first([_token_stems(w) for w in news.other_instance])
        self.attribution_longest = _longest_first(self.attribution)
        # the last word of each reporting phrase as written: a noun of the same stem is no report ("the state")
        self.attribution_written = frozenset(w.split()[-1].casefold() for w in news.attribution if w.strip())
        cumulative = [*news.roles_before.get("cumulative", ()), *news.roles_after.get("cumulative", ())]
        self.cumulative = _longest_first([_stems(w) for w in cumulative])
        self.before.pop("cumulative", None)
        self.after.pop("cumulative", None)

    # ------------------------------------------------------------ words

    def _concept_at(self, stems: list[str], i: int) -> tuple[ConceptSpec, int] | None:
        """The longest concept phrase starting at stems[i]."""
        if i >= len(stems) or stems[i] not in self.concept_first:
            return None  # most words start no concept: one set look-up instead of a slice per length
        for n in range(min(self.longest, len(stems) - i), 0, -1):
            if (c := self.concept_of.get(tuple(stems[i : i + n]))) is not None:
                if i > 0 and stems[i - 1] in self.not_after.get(c.name, ()):
                    return None  # "a heart attack": the word before gives it another sense
                return c, n
        return None

    def _as_written(self, concept: ConceptSpec, toks: list[Token], i: int, n: int) -> bool:
        """Whether the words at toks[i:i+n] are an event concept's words as written: its stem alone would make
        "no signs of the climbers" a signing; any other concept matches on its stems."""
        written = self.event_written.get(concept.name)
        return written is None or _unspaced("".join(t.text for t in toks[i : i + n])) in written

    @staticmethod
    def _find(stems: list[str], phrases: list[tuple[str, ...]]) -> tuple[str, ...] | None:
        """The first of `phrases` (already longest first, see `_longest_first`) found in `stems`."""
        present = set(stems)
        for p in phrases:
            if p[0] not in present:
                continue  # most phrases: a set look-up instead of a scan of every position
            n = len(p)
            for i in range(len(stems) - n + 1):
                if stems[i] == p[0] and tuple(stems[i : i + n]) == p:
                    return p
        return None

    @property
    def function_words(self) -> frozenset[str]:
        """Stems that name nothing: stop words and light verbs ("has", "was", "said")."""
        return self.stop

    def _content(self, s: str) -> bool:
        return len(s) > 1 and s not in self.stop and not s.isdigit()

    # ------------------------------------------------------------ parse

    @staticmethod
    def _parsed(doc: Doc) -> bool:
        """Has the doc a dependency parse? Asked once per doc (spaCy scans every token to answer)."""
        parsed = doc.user_data.get("fc_parsed")
        if parsed is None or parsed[0] != len(doc):
            parsed = doc.user_data["fc_parsed"] = (len(doc), doc.has_annotation("DEP"))
        return parsed[1]

    def _governing(self, doc: Doc, first: int, last: int) -> tuple[str | None, str | None, str | None]:
        """(counted noun, noun after 'of', governing verb) from the parse, as stems."""
        inside = range(first, last + 1)
        top = next((doc[i] for i in inside if doc[i].head.i not in inside or doc[i].head.i == doc[i].i), doc[first])
        noun = of_noun = verb = None
        head: Token = top.head
        if top.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "appos") and head.pos_ in ("NOUN", "PROPN"):
            noun = head
        elif top.pos_ == "NOUN":
            noun = top
        if noun is not None:
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        of_noun = pobj
        node: Token = noun or top
        for _ in range(5):
            if node.pos_ in ("VERB", "AUX") and stem(node.lemma_ or node.text) not in self.light:
                verb = node
                break
            if node.head.i == node.i:
                break
            node = node.head
        return (
            stem(noun.lemma_ or noun.text) if noun is not None else None,
            stem(of_noun.lemma_ or of_noun.text) if of_noun is not None else None,
            stem(verb.lemma_ or verb.text) if verb is not None else None,
        )

    # ------------------------------------------------------------ read

    def read(
        self,
        doc: Doc,
        m: Mention,
        sentence: tuple[int, int],
        clause: tuple[int, int],
        text: str,
        neighbours: tuple[tuple[int, int], ...] = (),
        function_words: frozenset[str] = frozenset(),
    ) -> FrameReading:
        """The frame of mention `m`; `neighbours` are the (start, end) spans of the clause's other figures;
        `function_words`: the stems of the article language's own small words ("die", "dos"), which name
        nothing even where they spell an English word."""
        starts = _token_starts(doc)
        at = bisect.bisect_left(starts, clause[0])
        toks = list(doc[at : bisect.bisect_left(starts, clause[1])])
        if not toks:
            return FrameReading()
        norms = _token_norms(doc)
        stems = [norms[at + k] or stem(t.text) for k, t in enumerate(toks)]
        raw = stems  # a phrase of the vocabulary may hold a small word ("ums Leben", "valor de mercado")
        if function_words:
            stems = ["" if w in function_words else w for w in stems]
        # the tokens the figure starts in or covers ("magnitude-5.2" is one token), else the nearest
        fig = [i for i, t in enumerate(toks) if m.start < t.idx + len(t.text) and t.idx < m.end] or [
            min(range(len(toks)), key=lambda i: abs(toks[i].idx - m.start))
        ]
        first, last = fig[0], fig[-1]
        # words between the neighbouring figures belong to the nearer one
        prev_end = max((e for s, e in neighbours if e <= m.start), default=-1)
        next_start = min((s for s, e in neighbours if s >= m.end), default=clause[1])
        lo = min(first, next((i for i, t in enumerate(toks) if t.idx >= prev_end), 0))
        hi = max(last + 1, next((i for i, t in enumerate(toks) if t.idx >= next_start), len(toks)))
        whole = _of_whole(stems, last, self._content)  # read across the next figure: "64 of the 150 seats"
        # "120 of its 900 staff", "62 of parliament's 150 seats", read across the figure before: the whole, not a part
        is_whole = any(
            first - k - 2 >= 0 and stems[first - k - 1] == "of" and _number(stems[first - k - 2]) for k in (0, 1, 2)
        )
        toks, stems, raw = toks[lo:hi], stems[lo:hi], raw[lo:hi]
        marked = [_marked(t.text, w) for t, w in zip(toks, raw)]  # for stage words only ("reportedly")
        first, last = first - lo, last - lo
        before, after = stems[:first], stems[last + 1 :]
        stage, stage_cue = self._stage(marked[:first][-_WINDOW:] + marked[first : last + 1], marked[last + 1 :])
        role, role_cue = ("rate", m.per) if m.per else self._role(before, after)
        num = max((i for i in range(first, last + 1) if toks[i].like_num), default=last)
        if role is None and num < last:  # a marker inside the figure, after its number: "two extra life sentences"
            role, role_cue = self._role([], stems[num + 1 :])
        if role == "rate" and self._unit_price(m):
            role, role_cue = None, None  # "$219 per ticket": the ticket's price, no rate
        if role == "part" and is_whole:
            role, role_cue = None, None
        if role is None and is_whole:
            role, role_cue = "whole", "of"  # "143 of the 300 seats": 300 is every seat, not those won
        if role is None and whole is not None:
            role, role_cue = "part", OF_WHOLE_AFTER
        if role is None and (p := self._find(before[-4:] + stems[first : last + 1] + after, self.cumulative)) is not None:
            role, role_cue = "cumulative", " ".join(p)  # "a total of 14 ... in five operations so far"
        if role is None and _listed(m, neighbours, text):
            role, role_cue = "listed", "and"
        if role is None and m.kind in (Kind.DATE, Kind.PERIOD) and (p := self._find(before, self.other_instance)) is not None:
            # "the last such patch was released on Oct. 23": the date of an earlier one, not of this story's
            role, role_cue = "comparison", " ".join(p)
        attribution = self._attribution(stems, toks)
        terms = self._terms(doc, sentence, function_words)
        near = frozenset(
            stems[i] for i in range(max(0, first - _WINDOW), min(len(stems), last + 1 + _WINDOW))
            if self._content(stems[i])
        )
        quantity, words, how = self._sensed(m, stems, first, text, sentence) or self._quantity(
            doc, m, toks, stems, first, last, text, whole, raw
        )
        concept = self.news.concept(quantity) if quantity else None
        return FrameReading(
            quantity=quantity,
            quantity_words=words,
            quantity_how=how,
            stage=stage,
            stage_cue=stage_cue,
            role=role,
            role_cue=role_cue,
            attribution=attribution,
            changes=bool(concept and concept.changes),
            terms=terms,
            near=near,
        )

    def _terms(self, doc: Doc, sentence: tuple[int, int], function_words: frozenset[str] = frozenset()) -> frozenset[str]:
        """The content stems of a sentence (the figure's own words count too: "battery swap stations"),
        read once per sentence of a doc, not once per figure in it (a doc is one article, of one language)."""
        cache = doc.user_data.setdefault("fc_sentence_terms", {})
        key = (id(self), sentence, function_words)
        terms = cache.get(key)
        if terms is None:
            norms = _token_norms(doc)  # one array read per doc, no Token objects
            starts = _token_starts(doc)
            lo, hi = bisect.bisect_left(starts, sentence[0]), bisect.bisect_left(starts, sentence[1])
            terms = cache[key] = frozenset(
                s for i in range(lo, hi) for s in [norms[i] or stem(doc[i].text)] if self._content(s) and s not in function_words
            )
        return terms

    def _stage(self, before: list[str], after: list[str]) -> tuple[str, str | None]:
        for stage, phrases in self.stages.items():
            if (p := self._find(before, phrases)) is not None:
                return stage, " ".join(p)
        own = after[:_STAGE_AFTER]
        cut = next((i for i, w in enumerate(own) if w in _CLAUSE_BREAKS), len(own))
        for stage, phrases in self.stages_after.items():  # "15 inches of rain are still expected"
            if (p := self._find(own[:cut], phrases)) is not None:
                return stage, " ".join(p)
        return "actual", None

    def _role(self, before: list[str], after: list[str]) -> tuple[str | None, str | None]:
        """A rate marker right after the figure ("per ton", "a year"); a part or comparison marker
        ending right before it ("of its 900", "up from 3", "compared with $2 million")."""
        first_after = after[0] if after else None
        for role, phrases in self.after.items():  # each list longest first (_longest_first)
            for p in phrases:
                if p[0] == first_after and tuple(after[: len(p)]) == p:
                    return role, " ".join(p)
        last_two = set(before[-2:])
        for role, phrases in self.before.items():
            for p in phrases:
                if p[-1] not in last_two:
                    continue  # a phrase ending right before the figure (or one word earlier) ends in one of these
                for gap in (0, 1):  # "up from 3", "up from a record 3"
                    end = len(before) - gap
                    if end - len(p) >= 0 and tuple(before[end - len(p) : end]) == p:
                        return role, " ".join(p)
        return None, None

    def _attribution(self, stems: list[str], toks: list[Token]) -> str | None:
        """Who the sentence credits its figures to: the words by the first reporting phrase written as the
        vocabulary writes it; a noun sharing a verb's stem ("public announcements", "state-owned", "available
        estimates") credits nobody."""
        found = self._phrase_as_written(stems, toks)
        if found is None:
            return None
        p, i = found
        # "police said": the word right before the verb ("Later it said" credits nobody named);
        # "according to the coroner": the words after.
        side = self._source_before(toks, i) if p[0] != stem("according") else _to_punctuation(toks[i + len(p) : i + len(p) + 5])
        who = " ".join(t.text for t in side if t.text[:1].isalpha() and stem(t.text) not in self.stop)
        return who or None

    def _phrase_as_written(self, stems: list[str], toks: list[Token]) -> tuple[tuple[str, ...], int] | None:
        """The first attribution phrase (longest first) whose last word stands as written, and where it starts."""
        present = set(stems)
        for p in self.attribution_longest:
            if p[0] not in present:
                continue
            n = len(p)
            for i in range(len(stems) - n + 1):
                if tuple(stems[i : i + n]) == p and toks[i + n - 1].text.casefold() in self.attribution_written:
                    return p, i
        return None

    def _source_before(self, toks: list[Token], i: int) -> list[Token]:
        """The word right before a reporting verb and the small-letter words that describe it ("state television
        says", "hospital officials said"): who the reviewer is told said it. Its last word names the source."""
        k = i - 1
        if k > 0 and toks[k].text[:1].isupper():
            # a source's own name ("the Transport Ministry said"): all of it, so two ministries stay two sources
            while k > max(0, i - 4) and toks[k - 1].text[:1].isupper() and toks[k - 1].is_alpha and k - 1 > 0:
                k -= 1
            return toks[max(0, k) : i]
        while k > max(0, i - 3) and toks[k - 1].text[:1].islower() and toks[k - 1].is_alpha and self._content(stem(toks[k - 1].text)):
            k -= 1
        return toks[max(0, k) : i]

    def _quantity(
        self, doc: Doc, m: Mention, toks: list[Token], stems: list[str], first: int, last: int, text: str,
        whole: str | None = None,
        raw: list[str] | None = None,
    ) -> tuple[str | None, tuple[str, ...], str]:
        """(quantity, the words it was read from, how); `whole` is the noun of the whole the figure is a part of;
        `raw`: the stems before the article language's small words were blanked in `stems`, for phrases."""
        dated = m.kind in (Kind.DATE, Kind.PERIOD)
        lasting = m.kind == Kind.DURATION
        if m.kind in (Kind.NUMBER, Kind.DURATION) and (self._age_apposition(m, text) or _AGE_AFTER.match(text[m.end : m.end + 12])):
            return "age", ("age",), "age"
        if self._unit_price(m) and (unit := self.news.unit_price_quantity) is not None:
            return unit, ((m.per or "").casefold(),), "figure's own words"  # "$219 per ticket": a ticket's price
        glued = _glued_word(toks[first], m, text) if toks else None
        if glued is not None and (concept := self.concept_of.get((glued,))) is not None and _measurable(concept, m):
            return concept.name, (glued,), "word before the figure"  # "a magnitude-5.2 quake"
        noun = of_noun = verb = None
        if self._parsed(doc):
            noun, of_noun, verb = self._governing(doc, toks[first].i, toks[last].i)
        if noun is None and whole is not None:
            noun = whole  # "64 of the 150 seats", "62 of parliament's 150 seats": the part counts seats too
        if noun is None and m.counted:
            noun = stem(m.counted.split()[-1])
        if noun is None and not dated and last + 1 < len(stems) and self._content(stems[last + 1]) and toks[last + 1].is_alpha:
            noun = stems[last + 1]
        if of_noun is None and last + 2 < len(stems) and stems[last + 1] == "of" and self._content(stems[last + 2]):
            of_noun = stems[last + 2]
        # nearest first: the figure's own words, then outwards in the clause
        order = sorted(
            (i for i in range(len(stems)) if not first <= i <= last and abs(i - first) <= _WINDOW + 2),
            key=lambda i: (min(abs(i - first), abs(i - last)), i < first),
        )
        if verb is None:
            verb = self._verb_near(toks, stems, first, last)
        covering = self._covering(raw or stems, [not w for w in stems] if raw is not None else None)
        if not (dated or lasting) and (hit := self._complement(stems, covering, first, last)):
            concept, word = hit
            if _measurable(concept, m):
                return concept.name, (word,), "governing verb"
        candidates: list[tuple[int | None, str, str]] = [(i, stems[i], "figure's own words") for i in range(first, last + 1)]
        # A specific noun says what is counted ("20 league titles won"), unless the verb names something
        # that happens to it ("300 homes destroyed", "five soldiers killed").
        verb_concept = self.concept_of.get((verb,)) if verb else None
        adjacent = verb in stems[max(0, first - 1) : first] + stems[last + 1 : last + 3]  # "killed two", "two were killed"
        if verb_concept is not None and verb_concept.changes and adjacent and _measurable(verb_concept, m):
            # "killed two co-workers", "arrested 14 protesters": what happened to the people counted is the
            # quantity, not who they are (co-workers are no head count of a firm here)
            candidates.insert(0, (None, verb, "governing verb"))
        specific = noun is not None and noun not in self.generic and not (verb_concept and verb_concept.changes)
        # A vocabulary word right before the figure names it where no counted noun does, where it tells what
        # happens to the things counted ("arrested 14 protesters"), or where the figure is no count of the
        # noun after it ("a magnitude 6.1 quake"); not "won 20 league titles", which counts titles.
        at = first - 1
        if m.kind == Kind.MONEY and first > 1 and stems[first - 1] == "of" and covering.get(first - 2) is not None:
            at = first - 2  # "a ticket price of about $236", "a fee of £50m": the noun 'of' joins to the amount
        before = covering.get(at) if at >= 0 else None
        if before is not None and (not specific or before.changes or not _whole(m)):
            candidates.append((at, stems[at], "word before the figure"))
        if not specific and (j := self._linked_subject(stems, covering, first)) is not None:
            candidates.append((j, stems[j], "subject of the figure"))
        candidates += [(None, w, how) for w, how in ((noun, "counted noun"), (of_noun, "noun after 'of'")) if w]
        if verb and not specific:
            candidates.append((None, verb, "governing verb"))
        if not specific:
            candidates += [(i, stems[i], "nearby word") for i in order if min(abs(i - first), abs(i - last)) <= _NEAR]
        for i, word, how in candidates if not (dated or lasting) else ():
            if word in self.generic and how == "counted noun":
                continue
            concept = covering.get(i) if i is not None else self.concept_of.get((word,))
            if concept is None and how in COUNTED_READINGS:
                concept = self.counted_of.get(word)  # "146 shows": a noun the figure counts, never "figures show"
            if concept is not None and _measurable(concept, m):
                return concept.name, (word,), how
        if dated and (said := self._reporting_day(stems, first, toks)) is not None:
            # "police said Wednesday", "announced on Tuesday": the day of that saying, whatever it tells
            return f"date_of_{said}", (said,), "event word"
        if dated or lasting:
            event = self._event(stems, toks, first, last, verb, lasting)
            prefix = "date_of" if dated else "duration_of"
            if event is None:
                # no word says what it dates: the story's event, aligned only by near-identical sentences
                return f"{prefix}_event", (), "no event word"
            return f"{prefix}_{event}", (event,), "event word"
        if noun and noun not in self.generic:
            return noun, (noun,), "counted noun"
        if of_noun:
            return of_noun, (of_noun,), "noun after 'of'"
        if verb:
            return verb, (verb,), "governing verb"
        return None, (), ""

    def _sensed(
        self, m: Mention, stems: list[str], first: int, text: str, sentence: tuple[int, int]
    ) -> tuple[str, tuple[str, ...], str] | None:
        """The quantity of a word right before the figure whose sense the words before it in its sentence
        decide ("the tour earned $386 million": a gross, where "Acme earned $2 billion" is a profit, and
        "Vey earned $5 million from the tour" is her pay), or the unit it is a rate per ("will earn £180,000 a
        week": a wage), or None."""
        before: frozenset[str] | None = None
        for phrases, near, per, not_after, kinds, concept in self.senses:
            if not _measurable(concept, m) or (per and (m.per or "").casefold() not in per) or (kinds and m.kind.value not in kinds):
                continue
            if before is None:
                before = frozenset(_stems(text[sentence[0] : m.start]))
            if near and not any(all(w in before for w in n) for n in near):
                continue
            for p in phrases:
                if len(p) <= first and tuple(stems[first - len(p) : first]) == p:
                    if first - len(p) > 0 and stems[first - len(p) - 1] in not_after:
                        break  # "add-ons worth £9m": the add-ons' worth, not the deal's
                    return concept.name, (" ".join(p),), SENSE_READING
        return None

    def _unit_price(self, m: Mention) -> bool:
        """An amount per a unit that is the unit's price ("$219 per ticket"), not a rate of something else per unit:
        compared with "an average ticket price of $236"."""
        return m.kind == Kind.MONEY and (m.per or "").casefold() in self.news.unit_prices

    def _linked_subject(self, stems: list[str], covering: dict[int, ConceptSpec], first: int) -> int | None:
        """Where the quantity's noun stands when only a linking verb (and small words beside it) joins it to
        the figure ("turnout was 67%", "the death toll stood at 12"), or None; not "prices start at $999",
        where no linking verb stands between."""
        j, verbs = first - 1, 0
        while j >= 0 and first - j <= 4 and (stems[j] in self.links or stems[j] in self.particles):
            verbs += stems[j] in self.links
            j -= 1
        return j if verbs and 0 <= j < first - 1 and j in covering else None

    def _complement(self, stems: list[str], covering: dict[int, ConceptSpec], first: int, last: int) -> tuple[ConceptSpec, str] | None:
        """The concept the complement of a verb beside the figure names ("16 people were confirmed dead",
        "were found dead", "left 300 homeless", "listed as missing"), or the predicate right after the light
        verbs ("were still missing"), or None. The verb comes right after
        the figure past the light verbs, or right before it; its complement right after it (after the
        figure's own words when the verb comes first)."""
        spots = []
        i = last + 1
        while i < len(stems) and i <= last + 4 and stems[i] in self.light:
            i += 1
        if i < len(stems) and stems[i] in self.complement:
            spots.append(i + 1)
        elif i > last + 1 and (concept := covering.get(i)) is not None and concept.changes:
            # "31 people were still unaccounted for", "12 are missing": the predicate past the light verbs
            # says what happened to those counted, as a verb would
            return concept, stems[i]
        if first > 0 and stems[first - 1] in self.complement:
            spots.append(last + 1)
        for k in spots:
            while k < len(stems) and stems[k] in self.complement_links:
                k += 1
            if (concept := covering.get(k)) is not None:
                return concept, stems[k]
        return None

    def _reporting_day(self, stems: list[str], first: int, toks: list[Token] | None = None) -> str | None:
        """The reporting verb a date is the day of ("said Wednesday", "announced on Tuesday"), as a stem; with
        `toks`, only a verb written as the vocabulary writes it: "the state high court", "Tessel state on
        Tuesday" name a state, which shares its stem with "stated"."""
        near = [i for i in range(max(0, first - 3), first) if stems[i] not in self.date_openers]  # "said on Tuesday"
        before = [stems[i] for i in near]
        hit = next((p for p in self.attribution if p and len(p) <= len(before) and before[-len(p) :] == list(p)), None)
        if hit is None or toks is not None and toks[near[-1]].text.casefold() not in self.attribution_written:
            return None
        concept = self.concept_of.get(tuple(hit))
        return concept.name if concept is not None else "_".join(hit)

    def _verb_near(self, toks: list[Token], stems: list[str], first: int, last: int) -> str | None:
        """Without a parse: a participle right after the figure ("12 were killed"), past the light verbs,
        else the nearest one before it ("killed 12"), or a vocabulary verb in -ing before it ("opened fire,
        killing two workers"). A capitalised word right after another word is a name ("with Oden Brask"), not a
        participle."""
        for i in range(last + 1, min(len(toks), last + 4)):
            if stems[i] in self.light:
                continue
            if _participle(toks, i) and self._content(stems[i]):
                return stems[i]
            break
        for i in range(first - 1, max(-1, first - _WINDOW - 1), -1):
            if _participle(toks, i) and self._content(stems[i]):
                return stems[i]
            if toks[i].text.endswith("ing") and (stems[i],) in self.concept_of:
                return stems[i]
        return None

    def _covering(self, stems: list[str], blank: list[bool] | None = None) -> dict[int, ConceptSpec]:
        """For each word position, the concept of the longest vocabulary phrase that covers it; `blank`: the
        positions of the article language's small words, which make no phrase alone ("die" in German)."""
        out: dict[int, tuple[int, ConceptSpec]] = {}
        for i in range(len(stems)):
            if (hit := self._concept_at(stems, i)) is not None:
                concept, n = hit
                if blank is not None and all(blank[i : i + n]):
                    continue
                for k in range(i, i + n):
                    if k not in out or out[k][0] < n:
                        out[k] = (n, concept)
        return {k: c for k, (_, c) in out.items()}

    def _event(self, stems: list[str], toks: list[Token], first: int, last: int, verb: str | None, lasting: bool = False) -> str | None:
        """The event a date or period dates: a concept word nearest before it, else its verb. A capitalised
        word inside the sentence is part of a name ("Deep Throat", "Hurricane Katrina"), not an event word.
        A length of time (`lasting`) beside a concept that names what such a length measures takes that name
        ("a five-year deal", "a five-year contract": one agreement's term)."""

        def named(i: int) -> bool:
            # a capital that opens its line or the sentence's words is no name ("- **Founded:** 2021", "* Contract:
            # five years"): only one written so mid-sentence ("Deep Throat")
            if i == 0 or not toks[i].text[:1].isupper():
                return False
            return any(t.text[:1].isalnum() for t in toks[:i]) and "\n" not in toks[i - 1].whitespace_ + toks[i - 1].text

        def event_at(i: int):
            # who is counted ("the victim", "residents") is no event: "identified the victim on Thursday";
            # nor is what a person has ("the 61-year-old ... on Monday" dates no age)
            if named(i) or stems[i] in self.generic:
                return None
            hit = self._concept_at(stems, i)
            if hit is not None and not self._as_written(hit[0], toks, i, hit[1]):
                return None
            return None if hit is not None and hit[0].personal else hit

        def name(concept: ConceptSpec) -> str:
            return concept.lasting if lasting and concept.lasting else concept.name

        if not lasting and last + 1 < len(stems) and toks[last + 1].text[:1].islower() and (hit := event_at(last + 1)) is not None:
            # "the 2019 rulings", "the Wednesday bombings": a date written as an adjective dates the noun it
            # stands before, not a verb before it ("overturned the 2019 rulings")
            return name(hit[0])
        if not lasting and (front := _fronted_clause(toks, stems, first, last, self.date_openers)) is not None:
            # "On Tuesday, the club signed ...", "In August, the court overturned ...": the day dates its clause's verb
            for i in front:
                if (said := self._reporting_day(stems, i + 1, toks)) is not None:
                    return said  # "On Monday, the mayor said ...": the day of the saying
                if (hit := event_at(i)) is not None:
                    return name(hit[0])
                # after the comma a capitalised word opens the clause and is its subject's name, no verb
                verb_form = toks[i].text.endswith("ed") and toks[i].text[:1].islower() and _participle(toks, i)
                if verb_form and self._content(stems[i]) and stems[i] not in self.generic:
                    return stems[i]
        for i in range(first - 1, max(-1, first - _WINDOW - 1), -1):
            if (hit := event_at(i)) is not None:
                return name(hit[0])
        for i in range(last + 1, min(len(stems), last + 4)):
            if (hit := event_at(i)) is not None:
                return name(hit[0])
        return verb

    @staticmethod
    def _age_apposition(m: Mention, text: str) -> bool:
        """"Jane Roe, 34, was ...": a whole number between commas after a name is an age; so is a number of
        years there after a small word ("Lunetti, de 23 anos, assinou"), which is no length of anything."""
        years = m.kind == Kind.DURATION and m.unit == "year" and not m.counted
        if not (years or m.kind == Kind.NUMBER and not m.unit and not m.counted) or m.low is None or m.low != m.high:
            return False
        if not (m.low.is_integer() and 1 <= m.low <= 120) or not (years or m.text.strip().isdigit()):
            return False
        line_start = text.rfind("\n", 0, m.start) + 1
        before = text[max(line_start, m.start - 60) : m.start]
        after = text[m.end : m.end + 2]
        listed = re.match(r",\s*(?:\d|and\s+\d|or\s+\d)", text[m.end : m.end + 8]) or before.rstrip(", ")[-1:].isdigit()
        rx = _AGE_APPOSITION_WORD if years else _AGE_APPOSITION
        return bool(rx.search(before.split(". ")[-1])) and after[:1] == "," and not listed  # "IE6, 7, 8"

    @cached_property
    def concept_names(self) -> frozenset[str]:
        return frozenset(c.name for c in self.news.concepts)


def _participle(toks: list[Token], i: int) -> bool:
    """A word in -ed or -en that is no name: a capitalised word right after another word ("with Oden Brask")
    names someone; one opening the sentence or a label's text ("Assessment: Recognized as ...") need not."""
    return toks[i].text.endswith(("ed", "en")) and not (i > 0 and toks[i].text[:1].isupper() and toks[i - 1].is_alpha)


_FRONT_REACH = 8  # tokens after the comma of a fronted day where its clause's verb may stand
_SENTENCE_ENDS = (".", "!", "?", ":", '"', "“", "”")
_YEAR = re.compile(r"^\d{4}$")


def _fronted_clause(toks: list[Token], stems: list[str], first: int, last: int, openers: frozenset[str]) -> range | None:
    """Where a day or a month opens its sentence and a comma follows it ("On Friday, the court ruled ..."), the
    positions of the clause after the comma that may hold its verb, else None: such a day dates that clause,
    whatever words stand near it. Not a bare year ("In 2005, he was convicted"): a year opening a sentence tells
    the background of a story, one of its many earlier events."""
    if last + 2 >= len(toks) or toks[last + 1].text != "," or not all(not s or s in openers for s in stems[:first]):
        return None
    if first == last and _YEAR.match(toks[first].text):
        return None
    start = toks[0]
    before = start.doc[start.i - 1] if start.i > 0 else None
    if before is not None and not (before.text.startswith(_SENTENCE_ENDS) or "\n" in before.text or "\n" in before.whitespace_):
        return None
    end = min(len(toks), last + 2 + _FRONT_REACH)
    stop = next((i for i in range(last + 2, end) if toks[i].text in (",", ";", ".")), end)
    return range(last + 2, stop)


def _glued_word(tok: Token, m: Mention, text: str) -> str | None:
    """The stem of a word joined to the figure by a hyphen in one token ("magnitude-5.2", "level-3"), which the
    tokenizer keeps whole: it says what the figure measures as a word before it would."""
    if not tok.idx < m.start <= tok.idx + len(tok.text):
        return None
    head = text[tok.idx : m.start]
    return stem(head[:-1]) if len(head) > 2 and head.endswith("-") and head[:-1].isalpha() else None


def _measurable(concept: ConceptSpec, m: Mention) -> bool:
    """Can this figure measure the concept? A toll counts ("12 killed"); a length beside "death" is no toll; what one
    person has (an age) is no amount of money ("de 34-jarige zangeres haalde 579 miljoen dollar op")."""
    if concept.personal and m.kind == Kind.MONEY:
        return False
    if concept.measures == "count":
        # whole people or things: "a magnitude 6.1 quake" near "killed" is no toll ("1.5 million dead" is)
        return m.kind == Kind.NUMBER and all(float(v).is_integer() for v in (m.low, m.high) if v is not None)
    if concept.measures == "money":
        return m.kind == Kind.MONEY
    if concept.measures == "event":
        return m.kind in (Kind.DATE, Kind.PERIOD, Kind.DURATION)  # "signed on Tuesday"; "signed 12 players" counts players
    if concept.measures == "record" or m.kind == Kind.RECORD:
        return concept.measures == "record" and m.kind == Kind.RECORD  # "52-3" measures a record, and nothing else does
    return True


def _number(word: str) -> bool:
    return word.replace(",", "").replace(".", "").isdigit()


def _of_whole(stems: list[str], last: int, content: Callable[[str], bool]) -> str | None:
    """The noun of the whole a bare number is a part of, where "of" and a number follow it within a few
    words: "64 of the 150 seats" -> "seat" (not "24 payments of $20 for ...": that figure has its noun)."""
    if last + 2 >= len(stems) or stems[last + 1] != "of" or not _number(stems[last]):
        return None
    for k in range(last + 2, min(len(stems) - 1, last + 6)):
        if _number(stems[k]):
            nxt = stems[k + 1]
            return nxt if nxt[:1].isalpha() and content(nxt) else None
    return None


def _whole(m: Mention) -> bool:
    """Could the figure count things (a whole number)?"""
    return m.low is not None and float(m.low).is_integer() and (m.high is None or float(m.high).is_integer())


def _longest_first(phrases: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Phrases in the order `FrameReader._find` tries them: longest first, ties as listed, no empty one."""
    return [p for p in sorted(phrases, key=len, reverse=True) if p]


def _token_starts(doc: Doc) -> list[int]:
    """Each token's character offset, read once per doc in one array read (no Token objects), so the tokens
    of a clause are found by bisection (not a scan of the whole doc per claim, which made a 10,000-row
    table quadratic)."""
    starts = doc.user_data.get("fc_token_starts")
    if starts is None or len(starts) != len(doc):
        starts = doc.user_data["fc_token_starts"] = doc.to_array(IDX).tolist()
    return starts


def _token_norms(doc: Doc) -> list[str]:
    """Each token's norm (set by the pipeline's norms component), read once per doc."""
    norms = doc.user_data.get("fc_token_norms")
    if norms is None or len(norms) != len(doc):
        strings = doc.vocab.strings
        norms = doc.user_data["fc_token_norms"] = [strings[h] for h in doc.to_array(NORM).tolist()]
    return norms
