"""Resolve entity names across a corpus to canonical names.

Order of evidence:
1. a known name or alias (rules/knowledge/entities.yml), case-insensitive;
2. the same after dropping an organisation suffix ("Baichuan Intelligence" -> "Baichuan");
3. an alias the article states itself ("Xiyu Technology (MiniMax)", "StepFun (阶跃星辰)");
4. a short form of a longer name in the same article ("Jiang" after "Jiang Daxin");
5. a fuzzy match (rapidfuzz): close spellings merge outright; mid-range ones
   ("Yuebao" / "Yuanbao") only when the context agrees, i.e. the known entity's maker
   is named beside it, or both names keep the same company in their sentences.
   Names in `distinct`, names whose digits differ ("Step-1" / "Step-2") and very
   short names never merge fuzzily.
Unknown names that resolve to nothing stay entities of their own.

Cost: linear in the names except the look-alike search among unknown names, which is blocked
(see `similar_keys`): only keys whose lengths allow the STRONG ratio are compared, by
rapidfuzz's vectorised `process.cdist`, never every pair in Python.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler

from factcheck.knowledge import Knowledge
from factcheck.normalize.lookalike import similar_pairs
from factcheck.values.words import plain

STRONG = 85.0  # Indel ratio at or above which close spellings merge without more evidence
MEDIUM = 72.0  # ... at or above which they merge when the context agrees
MEDIUM_JW = 0.82
MIN_LEN = 4
COMPANY_WINDOW = 12  # names on each side that count as a name's company
_DIGITS = re.compile(r"\d+")


FIRST_NAMES_ALIKE = 80.0  # "Katherine"/"Catherine": one person spelled two ways; "Jerry"/"Jeremy": two


def relatives(a: str, b: str) -> bool:
    """Two full names with one family name and different first names ("Jerry Ortiz", "Jeremy Ortiz"):
    people of one family, who news about one event often names together. An initial or a short form
    ("R. Buckley", "Rob Buckley" for "Robert Buckley") is the same person."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return False
    fa, fb = wa[0].rstrip("."), wb[0].rstrip(".")
    if fa.startswith(fb) or fb.startswith(fa):
        return False
    return fuzz.ratio(fa, fb) < FIRST_NAMES_ALIKE


@lru_cache(maxsize=1 << 17)
def key(name: str) -> str:
    """Comparison key: plain characters, case-folded, single spaces, no leading article."""
    k = " ".join(plain(name).casefold().replace("’", "'").split())
    return k[4:] if k.startswith("the ") else k


@dataclass
class NameEvidence:
    """What the corpus says about names: where they occur and with whom."""

    counts: Counter = field(default_factory=Counter)  # surface -> occurrences
    docs: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # surface -> documents
    company: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))  # surface -> co-occurring names
    aliases: list[tuple[str, str]] = field(default_factory=list)  # stated by the articles
    per_doc: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # doc -> names in order

    def add_sentence(self, doc_id: str, names: Iterable[str]) -> None:
        names = list(names)
        keys = [key(n) for n in names]
        for i, n in enumerate(names):
            self.counts[n] += 1
            self.docs[n].add(doc_id)
            self.per_doc[doc_id].append(n)
            # The company a name keeps: its neighbours in the sentence (a window, so a list of
            # hundreds of names costs little).
            for k in keys[max(0, i - COMPANY_WINDOW) : i + COMPANY_WINDOW + 1]:
                if k != keys[i]:
                    self.company[n][k] += 1


class EntityResolver:
    """Maps every surface name to a canonical name, with the reason."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.known: dict[str, str] = {}
        self.maker: dict[str, str | None] = {}
        self.parents: dict[str, str] = {}
        for spec in knowledge.entities:
            for alias in (spec.name, *spec.aliases):
                self.known.setdefault(key(alias), spec.name)
            self.maker[spec.name] = spec.maker or spec.parent
            if spec.parent:
                self.parents[spec.name] = spec.parent
        self.suffixes = sorted({key(s) for s in knowledge.org_suffixes}, key=len, reverse=True)
        self.distinct = [frozenset(key(n) for n in pair) for pair in knowledge.distinct]
        self._map: dict[str, tuple[str, str]] = {}
        self._short: dict[tuple[str, str], tuple[str, str]] = {}
        self._stripped: dict[str, str] = {}
        self._known_keys = list(self.known)
        self._by_key: dict[str, list[str]] = {}
        self._by_stem: dict[str, list[str]] = {}
        self._keys_of: dict[str, set[str]] = defaultdict(set)

    # ------------------------------------------------------------ matching

    def strip_suffix(self, k: str) -> str:
        if k in self._stripped:
            return self._stripped[k]
        original = k
        changed = True
        while changed:
            changed = False
            for s in self.suffixes:
                if k.endswith(" " + s) and len(k) > len(s) + 2:
                    k = k[: -len(s) - 1].rstrip(" ,")
                    changed = True
        self._stripped[original] = k
        return k

    def _direct(self, name: str) -> tuple[str, str] | None:
        k = key(name)
        if k in self.known:
            return self.known[k], "known alias"
        stripped = self.strip_suffix(k)
        if stripped != k and stripped in self.known:
            return self.known[stripped], "known name without its suffix"
        return None

    def _guarded(self, a: str, b: str) -> bool:
        """True when two names must never be merged fuzzily."""
        if min(len(a), len(b)) < MIN_LEN:
            return True
        if relatives(a, b):
            return True
        if _DIGITS.findall(a) != _DIGITS.findall(b):
            return True
        return any({a, b} <= pair or {self.strip_suffix(a), self.strip_suffix(b)} <= pair for pair in self.distinct)

    def similarity(self, a: str, b: str) -> tuple[float, float]:
        """(Indel ratio, Jaro-Winkler) of two keys, the better of with and without suffixes."""
        sa, sb = self.strip_suffix(a), self.strip_suffix(b)
        ratio = max(fuzz.ratio(a, b), fuzz.ratio(sa, sb))
        jw = max(JaroWinkler.similarity(a, b), JaroWinkler.similarity(sa, sb))
        return ratio, jw

    def _context_agrees(self, name: str, canonical: str, ev: NameEvidence) -> bool:
        # Spellings that differ only by a suffix ("Zhizhu", "Zhizhu AI") share their context.
        # Indexes built in build(): surfaces by key and by suffix-less key, keys by their entity, so a
        # call costs the names involved, not a pass over every name of the corpus.
        mine: Counter = Counter()
        for surface in self._by_stem.get(self.strip_suffix(key(name)), ()):
            mine.update(ev.company[surface])
        maker = self.maker.get(canonical)
        if maker and any(self.known.get(k) == maker for k in mine):
            return True
        theirs: Counter = Counter()
        resolved_here = [s for k in self._keys_of.get(canonical, ()) for s in self._by_key.get(k, ())]
        unresolved = [s for s in self._by_key.get(key(canonical), ()) if s == canonical and key(s) not in self._map]
        for surface in resolved_here + unresolved:
            if surface != name:
                theirs.update(ev.company[surface])
        shared = {self.known.get(k, k) for k in mine} & {self.known.get(k, k) for k in theirs}
        shared.discard(canonical)
        return len(shared) >= 2

    def _fuzzy(self, name: str, ev: NameEvidence) -> tuple[str, str] | None:
        k = key(name)
        best: tuple[float, str, str] | None = None
        # rapidfuzz narrows the candidates; the guards and the suffix-less comparison decide.
        near = {c for c, _, _ in process.extract(k, self._known_keys, scorer=fuzz.ratio, score_cutoff=MEDIUM - 15, limit=12)}
        near |= {
            c
            for c, _, _ in process.extract(self.strip_suffix(k), self._known_keys, scorer=fuzz.ratio, score_cutoff=MEDIUM - 15, limit=12)
        }
        for alias_key in sorted(near):
            canonical = self.known[alias_key]
            if self._guarded(k, alias_key):
                continue
            ratio, jw = self.similarity(k, alias_key)
            if ratio >= STRONG or (ratio >= MEDIUM and jw >= MEDIUM_JW):
                if best is None or ratio > best[0]:
                    best = (ratio, canonical, alias_key)
        if best is None:
            return None
        ratio, canonical, alias_key = best
        if ratio >= STRONG:
            return canonical, f"close spelling of {canonical} ({ratio:.0f}%)"
        if self._context_agrees(name, canonical, ev):
            return canonical, f"spelling near {canonical} ({ratio:.0f}%) and the same context"
        return None

    # ---------------------------------------------------------------- build

    def build(self, ev: NameEvidence) -> None:
        """Resolve every name seen in the corpus."""
        self._map.clear()
        # Stated aliases join an unknown name to a known one, or two unknown names together.
        stated: dict[str, str] = {}
        for a, b in ev.aliases:
            ra, rb = self._direct(a), self._direct(b)
            if ra and not rb:
                stated[key(b)] = ra[0]
            elif rb and not ra:
                stated[key(a)] = rb[0]
            elif not ra and not rb:
                stated[key(b)] = a
        names = sorted(ev.counts, key=lambda n: (-ev.counts[n], n))
        for n in names:
            if (d := self._direct(n)) is not None:
                self._map[key(n)] = d
            elif key(n) in stated:
                self._map[key(n)] = (stated[key(n)], "alias stated in the article")
        # Short forms within one article: "Jiang" -> "Jiang Daxin" there, and only there.
        self._short.clear()
        for doc_id, seq in ev.per_doc.items():
            longer = [s for s in seq if len(s.split()) > 1]
            for n in seq:
                if key(n) in self._map or len(n.split()) != 1:
                    continue
                fulls = [f for f in longer if n in (f.split()[0], f.split()[-1]) and key(f) != key(n)]
                if not fulls:
                    continue
                # "Gomes" beside "Gary Gomes" and "Kathryn Gomes": the one the article names most (its main
                # person); when two are named as often, either, so neither.
                seen = Counter(key(self._map.get(key(f), (f, ""))[0]) for f in fulls)
                (top, count), *rest = seen.most_common()
                if rest and rest[0][1] == count:
                    continue
                full = next(f for f in fulls if key(self._map.get(key(f), (f, ""))[0]) == top)
                self._short[(doc_id, key(n))] = (self._map.get(key(full), (full, ""))[0], f"short for {full} in {doc_id}")
        self._index(ev)
        # Fuzzy: strongest first, so a name can lean on those already resolved.
        for n in names:
            if key(n) not in self._map and (f := self._fuzzy(n, ev)) is not None:
                self._map[key(n)] = f
                self._keys_of[f[0]].add(key(n))
        # Unknown names that look alike across articles form one entity, named by the commonest spelling.
        unknown = [n for n in names if key(n) not in self._map]
        near = self._lookalikes(unknown)
        for n in unknown:
            kn = key(n)
            if kn in self._map:
                continue
            self._map[kn] = (n, "name from the text")
            for ko in near.get(kn, ()):
                if ko not in self._map:
                    self._map[ko] = (n, f"spelling of {n}")

    def _index(self, ev: NameEvidence) -> None:
        """The look-ups _context_agrees needs, over the names that keep company (kept current by build)."""
        self._by_key = defaultdict(list)
        self._by_stem = defaultdict(list)
        for surface in ev.company:
            self._by_key[key(surface)].append(surface)
            self._by_stem[self.strip_suffix(key(surface))].append(surface)
        self._keys_of = defaultdict(set)
        for k, (canonical, _) in self._map.items():
            self._keys_of[canonical].add(k)

    def _lookalikes(self, unknown: Sequence[str]) -> dict[str, list[str]]:
        """Key -> the keys after it in `unknown`'s order that may join it: the same key without a
        suffix, or a STRONG ratio with or without suffixes, and not guarded. Blocked (lookalike.py)."""
        keys = list(dict.fromkeys(key(n) for n in unknown))
        stripped = [self.strip_suffix(k) for k in keys]
        pairs = similar_pairs(keys, STRONG) | similar_pairs(stripped, STRONG)
        same_stem: dict[str, list[int]] = defaultdict(list)
        for i, sk in enumerate(stripped):
            same_stem[sk].append(i)
        for group in same_stem.values():
            pairs.update((a, b) for x, a in enumerate(group) for b in group[x + 1 :])
        near: dict[str, list[str]] = defaultdict(list)
        for i, j in sorted(pairs):
            if not self._guarded(keys[i], keys[j]):
                near[keys[i]].append(keys[j])
        return near

    def resolve(self, name: str, document: str | None = None) -> tuple[str, str]:
        """(canonical name, how it was decided) for a surface name, in `document` when given."""
        k = key(name)
        if document is not None and (document, k) in self._short:
            return self._short[(document, k)]
        if k in self._map:
            return self._map[k]
        if (d := self._direct(name)) is not None:
            return d
        return name, "name from the text"

    def parent_of(self, canonical: str) -> str | None:
        """The entity whose figures a division's figures count towards, if the knowledge names one."""
        return self.parents.get(canonical)


def _topic_tokens(phrase: str) -> list[str]:
    from factcheck.values.words import stem

    return [stem(w) for w in re.findall(r"[A-Za-z]+", phrase)]


def _covers(small: list[str], big: list[str]) -> bool:
    """Every word of `small` is in `big`, a short word matching a longer one it begins ("app", "applications")."""
    return all(any(b == w or (len(w) >= 3 and b.startswith(w)) or (len(b) >= 3 and w.startswith(b)) for b in big) for w in small)


def resolve_topics(phrases: Iterable[str]) -> dict[str, str]:
    """Populations described in words ("AI native applications", "domestic AI native APP users")
    are one topic when the words of one are all in the other; named by the shortest phrase."""
    unique = sorted(set(phrases), key=lambda p: (len(_topic_tokens(p)), p))
    names: dict[str, str] = {}
    for p in unique:
        toks = _topic_tokens(p)
        for q in unique:
            if q in names and names[q] == q and len(_topic_tokens(q)) >= 2 and _covers(_topic_tokens(q), toks):
                names[p] = q
                break
        else:
            names[p] = p
    return names
