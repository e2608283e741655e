"""Find the names of entities in a spaCy Doc: known aliases first, then capitalised names.

Known names come from `rules/knowledge/entities.yml` through a PhraseMatcher.
Names the knowledge files do not list still count when the text capitalises
them, so a folder of articles on a new subject works without editing data.
A capitalised common word at the start of a sentence ("Traditionally", "Recent")
and the words of a title-case heading are not names unless known.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from typing import NamedTuple

from spacy.attrs import IDX, IS_ALPHA, IS_STOP, LIKE_NUM, LOWER, ORTH, SENT_START, SPACY
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from wordfreq import zipf_frequency

from factcheck.values.words import plain
from factcheck.knowledge import Knowledge
from factcheck.knowledge.schema import EntitySpec

COMMON_WORD_ZIPF = 3.5  # at or above: a common English word (e.g. "recent" 5.0, "jiang" 3.2)
_CONNECTORS = frozenset({"of", "the", "de", "&", "for"})
# a link's target, a URL or a path ("](/startups)", "https://...", "/media/2026/kestrion-founders.jpg"): no prose
_ADDRESS = re.compile(r"\]\([^)\s]*\)|(?:https?://|www\.)\S+|(?<![\w/])/[\w.-]+(?:/[\w.-]+)+")
_MODEL_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9.]*(?:[- ][A-Za-z0-9.]+)*\d[A-Za-z0-9.-]*$|^[A-Za-z]+-[A-Za-z0-9-]+$")
_HAS_UPPER = re.compile(r"[A-Z]")
_CJK = re.compile(r"[\u3400-\u9fff]")


class Tok(NamedTuple):
    """What name detection reads of a token, copied once (spaCy builds a Token object per access)."""

    i: int
    text: str
    idx: int
    ws: str
    lower: str
    is_stop: bool
    like_num: bool
    is_alpha: bool
    sent_start: bool
    marked: bool  # in a heading, header row or bold label, where capitals prove nothing


def token_table(doc: Doc, marked: list[tuple[int, int]]) -> list[Tok]:
    """Every token's attributes in one array read (no Token objects), built column by column: each
    distinct word's string is looked up once and the tuples are made without a Python call each."""
    n = len(doc)
    if not n:
        return []
    orths, idxs, spaces, lowers, stops, nums, alphas, sents = doc.to_array([ORTH, IDX, SPACY, LOWER, IS_STOP, LIKE_NUM, IS_ALPHA, SENT_START]).T.tolist()
    strings = doc.vocab.strings
    words = {h: strings[h] for h in {*orths, *lowers}}
    sent_start = [s == 1 for s in sents]
    sent_start[0] = True
    return list(
        map(
            tuple.__new__,
            repeat(Tok, n),
            zip(
                range(n),
                map(words.__getitem__, orths),
                idxs,
                [" " if sp else "" for sp in spaces],
                map(words.__getitem__, lowers),
                map(bool, stops),
                map(bool, nums),
                map(bool, alphas),
                sent_start,
                _inside(idxs, marked),
            ),
        )
    )


def _inside(idxs: list[int], marked: list[tuple[int, int]]) -> list[bool]:
    """For each offset (ascending), is it inside the last marked span starting at or before it?"""
    if not marked:
        return [False] * len(idxs)
    spans = sorted(marked)
    out = []
    k, last = -1, len(spans) - 1
    for idx in idxs:
        while k < last and spans[k + 1][0] <= idx:
            k += 1
        out.append(k >= 0 and idx < spans[k][1])
    return out


@dataclass(frozen=True)
class EntityMention:
    """A name in the text. `known` is the canonical name when the knowledge files list it."""

    start: int
    end: int
    text: str
    known: str | None
    type: str | None


@lru_cache(maxsize=65536)
def is_common_word(word: str, language: str | None = None) -> bool:
    """A frequent word of English or of the article's language (German capitalises every noun:
    "Umsatz" opening or inside a sentence is no name)."""
    lang = language if language and language not in ("en", "zh") else None
    return zipf_frequency(word.lower(), "en") >= COMMON_WORD_ZIPF or (lang is not None and _common_in(word.lower(), lang))


_LANGUAGE_ZIPF = 3.0  # in the article's own language, where capitals say nothing, a lower bar


def _common_in(word: str, language: str) -> bool:
    """Frequent in `language`, or a compound of two frequent words ("Hafen|betreiber", "Umsatz|plus")."""
    if zipf_frequency(word, language) >= _LANGUAGE_ZIPF:
        return True
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if zipf_frequency(tail, language) >= _LANGUAGE_ZIPF and (
            zipf_frequency(head, language) >= _LANGUAGE_ZIPF or (head.endswith("s") and zipf_frequency(head[:-1], language) >= _LANGUAGE_ZIPF)
        ):
            return True
    return False


def _shouted_words(toks: list[Tok], language: str | None = None) -> bool:
    """Several words in capitals, each a common word ("TRANSFER NEWS LIVE", "BREAKING NEWS"): a page's rubric
    shouted, not a name (a name in capitals has a word of its own: "ASHCOMBE UNITED")."""
    words = [t.text for t in toks if any(c.isalpha() for c in t.text)]
    return len(words) >= 2 and all(w.isupper() and is_common_word(w, language) for w in words)


def guess_type(name: str) -> str | None:
    """A type for an unlisted name: version-like names ("GPT-4o", "DeepSeek-R1") are models."""
    if _MODEL_NAME.match(name) and any(c.isdigit() for c in name) or re.search(r"-[A-Z]\d|V\d", name):
        return "model"
    return None


def _after_apostrophe(toks: list[Tok]) -> bool:
    """Is the last word a capitalised one after a plural's apostrophe ("Citizens' Front", "Workers' Party")? Then it
    is the name's own, even where it is also a small word ("front")."""
    return len(toks) > 2 and toks[-1].text[:1].isupper() and toks[-2].text in ("'", "’")


def _prose_lower_words(table, text: str) -> set[str]:
    """The words the article writes in lower case in its prose: a name is one it never writes so. A word in an
    address ("/media/2026/kestrion-founders.jpg", "(/startups/kestrion)") is no prose: sites write names so in
    their paths, and the name of the company in a photo's path made it an ordinary word everywhere."""
    spans = [(u.start(), u.end()) for u in _ADDRESS.finditer(text)]
    starts = [a for a, _ in spans]

    def in_address(idx: int) -> bool:
        k = bisect_right(starts, idx) - 1
        return k >= 0 and idx < spans[k][1]

    return {t.lower for t in table if t.text.islower() and not (spans and in_address(t.idx))}


class EntityFinder:
    """Built once per knowledge; call it on a Doc to get its entity mentions."""

    def __init__(self, nlp_vocab, make_doc, knowledge: Knowledge, calendar_words: frozenset[str] = frozenset()) -> None:
        """`calendar_words`: month and weekday names (from the lexicon), which are never names."""
        self.knowledge = knowledge
        self.calendar = frozenset(w.casefold() for w in calendar_words)
        self.not_entities = frozenset(w.casefold() for w in knowledge.not_entities)
        self.suffixes = frozenset(w.casefold().rstrip(".") for w in knowledge.org_suffixes)
        self.modifier_suffixes = frozenset(w.casefold() for w in knowledge.modifier_suffixes)
        self.organization_words = knowledge.organization_words
        self.titles = frozenset(w.casefold().rstrip(".") for w in knowledge.titles)
        self.alias_to: dict[str, EntitySpec] = {}
        self.case_sensitive: set[str] = set()
        for spec in knowledge.entities:
            for alias in (spec.name, *spec.aliases):
                key = plain(alias).casefold()
                self.alias_to.setdefault(key, spec)
                # Short or common-word aliases ("Byte", "Step 2") must match with their case.
                if len(alias) <= 4 or all(is_common_word(w) for w in alias.split() if w.isalpha()):
                    self.case_sensitive.add(alias)
        self.matcher = PhraseMatcher(nlp_vocab, attr="LOWER")
        patterns = [make_doc(plain(a)) for spec in knowledge.entities for a in (spec.name, *spec.aliases)]
        self.matcher.add("ENTITY", patterns)
        self.cjk_aliases = sorted((a for a in self.alias_to if _CJK.search(a)), key=len, reverse=True)

    # ----------------------------------------------------------------- known

    def _known(self, doc: Doc, text: str) -> list[EntityMention]:
        found = []
        for _, s, e in self.matcher(doc):
            span = doc[s:e]
            surface = plain(span.text)
            spec = self.alias_to.get(surface.casefold())
            if spec is None:
                continue
            variants = {plain(a) for a in (spec.name, *spec.aliases) if plain(a).casefold() == surface.casefold()}
            if variants & self.case_sensitive and surface not in variants:
                continue
            found.append(EntityMention(span.start_char, span.end_char, span.text, spec.name, spec.type))
        for alias in (a for a in self.cjk_aliases if a in text):
            for m in re.finditer(re.escape(alias), text):
                spec = self.alias_to[alias]
                found.append(EntityMention(m.start(), m.end(), m.group(0), spec.name, spec.type))
        return found

    # ------------------------------------------------------------- unlisted

    def _namey(self, t: Tok) -> bool:
        """Could this token start or continue a name? Capitalised, not a month, not a listed non-name."""
        w = t.text
        if len(w) < 2 or not w[:1].isalnum() or not _HAS_UPPER.search(w) or w.casefold() in self.calendar or _CJK.search(w):
            return False
        if w.casefold() in self.not_entities or w.isdigit():
            return False
        return w[0].isupper() or (w[0].isdigit() and any(c.isalpha() for c in w))

    @staticmethod
    def _strong(toks: list[Tok]) -> bool:
        """Names that cannot be ordinary words: camel case, digits, acronyms, a lone capital ("Step R")."""
        for t in toks:
            w = t.text
            if len(toks) > 1 and len(w) == 1 and w.isupper():
                return True
            inner_upper = any(c.isupper() for c in w[1:]) and any(c.islower() for c in w)
            if inner_upper or any(c.isdigit() for c in w) or (w.isupper() and len(w) >= 2 and w.isalpha()):
                return True
        return False

    @staticmethod
    def _initial(toks: list[Tok], i: int) -> bool:
        """No word before token i in its sentence, or only a bullet's label ending in ':'."""
        j = i - 1
        while j >= 0 and not toks[j + 1].sent_start:
            if toks[j].text == ":":
                return True  # "- **Radical cost efficiency**: ..." counts as a fresh start
            if toks[j].is_alpha:
                return False
            j -= 1
        return True

    def _prose_caps(self, toks: list[Tok], lower_words: set[str], language: str | None = None) -> set[str]:
        """Words that are names in running text: capitalised away from sentence starts and headings,
        or opening a sentence while being no common word and never written in lower case."""
        out = set()
        for t in toks:
            if not t.text[:1].isupper() or t.marked:
                continue
            if language not in (None, "en", "zh") and is_common_word(t.text, language):
                continue  # a capitalised common noun ("Umsatz") proves nothing in German
            if not self._initial(toks, t.i) or (not is_common_word(t.text) and t.lower not in lower_words):
                out.add(t.text)
        return out

    def _evidenced_run(self, toks: list[Tok], prose_caps: set[str]) -> list[Tok]:
        """The longest run of words that are names on their own evidence ("NIO" of "NIO Highlights")."""
        runs: list[list[Tok]] = [[]]
        for t in toks:
            # (a hyphen or a plural's apostrophe inside a name: "Citizens' Front")
            if t.text in prose_caps or self._strong([t]) or (t.text in ("-", "'", "’") and runs[-1]):
                runs[-1].append(t)
            elif runs[-1]:
                runs.append([])
        best = max(runs, key=len)
        while best and best[-1].text in ("-", "'", "’"):
            best.pop()
        return best

    def _after_modifier(self, toks: list[Tok]) -> list[Tok]:
        """Drop a modifier made from a name ("Shanghai-based NIO" -> "NIO", "Austin-based" -> nothing)."""
        for i in range(len(toks) - 2, 0, -1):
            if toks[i].text == "-" and toks[i + 1].lower in self.modifier_suffixes:
                return toks[i + 2 :]
        return toks

    def _untitled(self, toks: list[Tok]) -> list[Tok]:
        """Drop titles and role words before a name ("Mr. Reed", "Forward Ana Reed", "Sheriff Deputy Reed" -> the
        name): outlets title one person differently, and the title is no part of who it is. A title alone stays."""
        i = 0
        while i < len(toks) and toks[i].text.casefold().rstrip(".") in self.titles:
            dotted = toks[i].text.endswith(".") or i + 1 < len(toks) and toks[i + 1].text == "."
            j = i + 2 if i + 1 < len(toks) and toks[i + 1].text == "." else i + 1  # "Mr" "." tokenised apart
            if j >= len(toks) or not toks[j].text[:1].isupper():
                break
            # a short or dotted form ("Mr", "Dr.", "Sgt.") is always a title; a word title needs a first name and a
            # surname after it: "Forward Industries" and "Captain Morgan" are names of their own
            if not (dotted or len(toks[i].text) <= 3) and not (j + 1 < len(toks) and toks[j + 1].text[:1].isupper()):
                break
            i = j
        return toks[i:]

    def _sequence_end(self, toks: list[Tok], i: int) -> int:
        """Where a name that starts at token i ends: names, suffixes, a lone capital, hyphenated
        parts written without spaces, and "of"/"the" between names."""
        j, n = i + 1, len(toks)
        while j < n and not toks[j].sent_start:
            t, prev = toks[j], toks[j - 1]
            lone_capital = len(t.text) == 1 and t.text.isupper()
            # a company suffix, not a word's prefix: "Acme Co", never the "co" of "Acme co-founders Ann Lee"
            suffix = t.text.casefold() in self.suffixes and not (t.ws == "" and j + 1 < n and toks[j + 1].text == "-")
            if self._namey(t) or suffix or lone_capital:
                j += 1
            elif t.text == "-" and prev.ws == "" and t.ws == "" and j + 1 < n and toks[j + 1].text[:1].isalnum():
                j += 2  # "Open-Reasoner-Zero", "Step R-mini": hyphenated parts belong to the name
            elif t.lower in _CONNECTORS and j + 1 < n and self._namey(toks[j + 1]):
                j += 2
            elif t.text in ("'", "’") and prev.ws == "" and prev.text.endswith("s") and j + 1 < n and self._namey(toks[j + 1]) and (
                is_common_word(toks[j + 1].text) and not self._strong(toks[j + 1 : j + 2])
            ):
                # "Citizens' Front", "Workers’ Party": a plural's apostrophe inside a name, before a common word; not
                # a possessive before a name of its own ("Corvane Systems' Halyard-5")
                j += 2
            else:
                break
        return j

    def _trim(
        self, toks: list[Tok], table: list[Tok], lower_words: set[str], prose_caps: set[str], language: str | None = None
    ) -> list[Tok]:
        """Cut a candidate name down to the words that make it a name."""
        toks = self._after_modifier(toks)
        while toks and ((toks[0].is_stop and not toks[0].like_num) or toks[0].text.casefold() in self.not_entities):
            toks = toks[1:]  # "The", "In" go; "Six" in "Six Tigers" stays
        while toks and (toks[-1].text in ("-", "'", "’") or (toks[-1].is_stop and not _after_apostrophe(toks))):
            toks = toks[:-1]
        toks = self._untitled(toks)
        if toks and self._initial(table, toks[0].i):
            # A word capitalised mid-sentence elsewhere in the article is a name ("Lopez said ...").
            common = [(is_common_word(t.text, language) or t.lower in lower_words) and t.text not in prose_caps for t in toks if t.is_alpha]
            if all(common) and not self._strong(toks):
                return []
            if common and common[0] and len(toks) > 1 and self._strong(toks[1:]):
                toks = toks[1:]  # "Overseas StabilityAI": a common word opening the sentence
        if language not in (None, "en", "zh"):
            while toks and toks[0].text not in prose_caps and is_common_word(toks[0].text, language) and not self._strong(toks[:1]):
                toks = toks[1:]  # "Hafenbetreiber Elbkai", "Umsatz": capitalised nouns, not names
                while toks and toks[0].text == "-" and toks[0].ws == "" and len(toks) > 1:
                    toks = toks[2:]  # "Lkw-Transporten": the rest of a compound whose head is a common noun
        if toks and toks[0].marked:
            # Headlines and bold labels capitalise every word: keep only the words that are
            # names elsewhere in the article ("Voltara" of "Voltara Posts Record Year").
            toks = self._evidenced_run(toks, prose_caps)
        if len(toks) == 1 and toks[0].text.istitle() and toks[0].lower in lower_words:
            return []  # capitalised here, lower case elsewhere: an ordinary word
        return toks

    def _unlisted(
        self, doc: Doc, text: str, marked: list[tuple[int, int]], values: list[tuple[int, int]], language: str | None = None
    ) -> list[EntityMention]:
        table = token_table(doc, marked)
        full_text = text
        lower_words = _prose_lower_words(table, text)
        prose_caps = self._prose_caps(table, lower_words, language)
        value_starts = [s for s, _ in values]
        found = []
        # most words start with neither a capital nor a digit: they are passed over without a test each
        heads = [t.i for t in table if t.text[:1].isupper() or t.text[:1].isdigit()]
        i = 0
        for h in heads:
            if h < i:
                continue
            i = h
            if not self._namey(table[i]):
                continue
            j = self._sequence_end(table, i)
            toks = self._trim(table[i:j], table, lower_words, prose_caps, language)
            if toks:
                start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
                text = full_text[start:end]
                k = bisect_right(value_starts, end) - 1
                overlaps_figure = k >= 0 and values[k][1] > start  # "H2 2024", "$70M"
                if not overlaps_figure and text.casefold() not in self.not_entities and not _shouted_words(toks, language):
                    found.append(EntityMention(start, end, text, None, self._organization(text) or guess_type(text)))
            i = j
        return found

    def _organization(self, name: str) -> str | None:
        """"organization" for an unlisted name of several words one of which says it is one ("Harbour Workers
        Union", "Church of the Valley": `organization_words`), else None. A one-word name may be a person's."""
        words = name.split()
        return "organization" if len(words) > 1 and any(w.casefold() in self.organization_words for w in words) else None

    def __call__(
        self, doc: Doc, text: str, marked: list[tuple[int, int]], values: list[tuple[int, int]], language: str | None = None
    ) -> list[EntityMention]:
        """Entity names in `doc` (whose text is `text`). `marked`: spans where capitals prove nothing
        (headings, bold labels); `values`: spans of figures, which are never names."""
        known = self._known(doc, text)
        known.sort(key=lambda m: (m.start, -(m.end - m.start)))
        taken: list[EntityMention] = []
        last_end = -1
        for m in known:
            if m.start >= last_end:
                taken.append(m)
                last_end = m.end
        known_starts = [m.start for m in taken]
        known_spans = [(m.start, m.end) for m in taken]
        for m in self._unlisted(doc, text, marked, values, language):
            # A known name wins over any unlisted name overlapping it.
            lo, hi = bisect_right(known_starts, m.start) - 1, bisect_right(known_starts, m.end - 1)
            if not any(s < m.end and m.start < e for s, e in known_spans[max(0, lo) : hi]):
                taken.append(m)
        taken.sort(key=lambda m: m.start)
        return taken
