"""Find the names of entities in a spaCy Doc: known aliases first, then capitalised names.

Known names come from `rules/knowledge/entities.yml` through a PhraseMatcher.
Names the knowledge files do not list still count when the text capitalises
them, so a folder of articles on a new subject works without editing data.
A capitalised common word at the start of a sentence ("Traditionally", "Recent")
and the words of a title-case heading are not names unless known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from wordfreq import zipf_frequency

from factcheck.extract.repair import plain
from factcheck.knowledge import Knowledge
from factcheck.knowledge.schema import EntitySpec

COMMON_WORD_ZIPF = 3.5  # at or above: a common English word (e.g. "recent" 5.0, "jiang" 3.2)
_CONNECTORS = frozenset({"of", "the", "de", "&", "for"})
_MONTHS = re.compile(
    r"^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|"
    r"nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$",
    re.IGNORECASE,
)
_MODEL_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9.]*(?:[- ][A-Za-z0-9.]+)*\d[A-Za-z0-9.-]*$|^[A-Za-z]+-[A-Za-z0-9-]+$")
_HAS_UPPER = re.compile(r"[A-Z]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class EntityMention:
    """A name in the text. `known` is the canonical name when the knowledge files list it."""

    start: int
    end: int
    text: str
    known: str | None
    type: str | None


@lru_cache(maxsize=65536)
def is_common_word(word: str) -> bool:
    return zipf_frequency(word.lower(), "en") >= COMMON_WORD_ZIPF


def guess_type(name: str) -> str | None:
    """A type for an unlisted name: version-like names ("GPT-4o", "DeepSeek-R1") are models."""
    if _MODEL_NAME.match(name) and any(c.isdigit() for c in name) or re.search(r"-[A-Z]\d|V\d", name):
        return "model"
    return None


class EntityFinder:
    """Built once per knowledge; call it on a Doc to get its entity mentions."""

    def __init__(self, nlp_vocab, make_doc, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.not_entities = frozenset(w.casefold() for w in knowledge.not_entities)
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

    def _known(self, doc: Doc) -> list[EntityMention]:
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
        text = doc.text
        for alias in self.cjk_aliases:
            for m in re.finditer(re.escape(alias), text):
                spec = self.alias_to[alias]
                found.append(EntityMention(m.start(), m.end(), m.group(0), spec.name, spec.type))
        return found

    # ------------------------------------------------------------- unlisted

    def _namey(self, tok: Token) -> bool:
        t = tok.text
        if not t[:1].isalnum() or not _HAS_UPPER.search(t) or _MONTHS.match(t):
            return False
        if t.casefold() in self.not_entities or t.isdigit():
            return False
        return t[0].isupper() or (t[0].isdigit() and any(c.isalpha() for c in t))

    def _unlisted(self, doc: Doc, title_case: list[tuple[int, int]]) -> list[EntityMention]:
        found = []
        lower_words = {t.lower_ for t in doc if t.is_lower}
        i, n = 0, len(doc)
        while i < n:
            if not self._namey(doc[i]):
                i += 1
                continue
            j = i + 1
            while j < n:
                if self._namey(doc[j]):
                    j += 1
                elif doc[j].lower_ in _CONNECTORS and j + 1 < n and self._namey(doc[j + 1]):
                    j += 2
                else:
                    break
            toks = list(doc[i:j])
            # Drop leading function words ("The", "In") and, at a sentence start, a common word.
            while toks and (toks[0].is_stop or toks[0].text.casefold() in self.not_entities):
                toks.pop(0)
            if toks and toks[0].is_sent_start and len(toks) == 1:
                w = toks[0].text
                if w.islower() or is_common_word(w) or w.lower() in lower_words:
                    toks = []
            if toks:
                start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
                in_title = any(s <= start < e for s, e in title_case)
                if in_title and all(t.text.istitle() and is_common_word(t.text) for t in toks):
                    toks = []
                elif len(toks) == 1 and toks[0].text.istitle() and toks[0].text.lower() in lower_words:
                    # Capitalised here, lower case elsewhere in the article: an ordinary word.
                    toks = []
            if toks:
                text = doc.text[start:end]
                found.append(EntityMention(start, end, text, None, guess_type(text)))
            i = j
        return found

    def __call__(self, doc: Doc, title_case: list[tuple[int, int]]) -> list[EntityMention]:
        known = self._known(doc)
        known.sort(key=lambda m: (m.start, -(m.end - m.start)))
        taken: list[EntityMention] = []
        last_end = -1
        for m in known:
            if m.start >= last_end:
                taken.append(m)
                last_end = m.end
        spans = [(m.start, m.end) for m in taken]
        for m in self._unlisted(doc, title_case):
            overlaps = [s for s in spans if s[0] < m.end and m.start < s[1]]
            # A known name wins over any unlisted name overlapping it.
            if not overlaps:
                taken.append(m)
        taken.sort(key=lambda m: m.start)
        return taken
