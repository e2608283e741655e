"""normalize: Claims from every article -> claims with canonical entities and dated windows.

Values were normalized when recognized (scale words, ISO currencies, intervals);
this stage does what needs the whole corpus: entity names resolved across
articles, group members resolved, time windows anchored on dates that
other articles give, and each money figure dated for its exchange rate.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from factcheck.knowledge import Knowledge
from factcheck.models import Claim, Extraction
from factcheck.normalize.currency import RateTable, rate_date
from factcheck.normalize.entities import EntityResolver, NameEvidence, resolve_topics
from factcheck.normalize.timescope import anchor_dates, resolve_window


def name_evidence(extractions: Sequence[Extraction]) -> NameEvidence:
    ev = NameEvidence()
    for ex in extractions:
        for names in ex.names:
            ev.add_sentence(ex.document.id, names)
        ev.aliases.extend(ex.aliases)
    return ev


@dataclass
class NormalizeContext:
    """What normalizing one article's claims needs from the whole corpus: the resolved names, the topics and
    the anchor dates. Kept between scans (`state`), it lets an incremental scan normalize a changed article
    alone when the article's share of that evidence (`evidence_digest`, `anchor_facts`) is unchanged."""

    resolver: EntityResolver
    topics: dict[str, str]
    anchors: dict[tuple[str, str], date]

    def state(self) -> dict:
        """A JSON-able copy (see `from_state`)."""
        return {
            "map": self.resolver._map,
            "short": [[d, k, v] for (d, k), v in self.resolver._short.items()],
            "topics": self.topics,
            "anchors": [[e, a, d.isoformat()] for (e, a), d in self.anchors.items()],
        }

    @classmethod
    def from_state(cls, state: dict, knowledge: Knowledge) -> "NormalizeContext":
        resolver = EntityResolver(knowledge)
        resolver._map = {k: (v[0], v[1]) for k, v in state["map"].items()}
        resolver._short = {(d, k): (v[0], v[1]) for d, k, v in state["short"]}
        anchors = {(e, a): date.fromisoformat(d) for e, a, d in state["anchors"]}
        return cls(resolver, dict(state["topics"]), anchors)


def topic_phrases(extraction: Extraction) -> list[str]:
    return [c.entity_text for c in extraction.claims if c.frame.entity_type == "topic" and c.entity_text]


def evidence_digest(extraction: Extraction) -> str:
    """What an article adds to the corpus-wide evidence of normalize (names by sentence, stated aliases, topic
    phrases): while it is unchanged, editing the article changes no other article's normalized claims."""
    names = [list(n) for n in extraction.names if n]  # a sentence without names adds nothing (name_evidence)
    aliases = [list(a) for a in extraction.aliases]
    text = json.dumps([names, aliases, sorted(set(topic_phrases(extraction)))], ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def anchor_facts(claims: Sequence[Claim], knowledge: Knowledge) -> set[tuple[str, str, str]]:
    """What the claims tell `anchor_dates`: (entity, anchor, date) of each dated anchor event."""
    return {(key[0], key[1], d.isoformat()) for key, d in _anchor_pairs(claims, knowledge)}


def _anchor_pairs(claims: Sequence[Claim], knowledge: Knowledge) -> list[tuple[tuple[str, str], date]]:
    return [
        ((c.entity, anchor), c.value.start)
        for anchor, attribute in knowledge.anchors.items()
        for c in claims
        if c.attribute == attribute and c.entity and c.value.start is not None
    ]


def _named(ex: Extraction, resolver: EntityResolver, topics: dict[str, str]) -> list[Claim]:
    out: list[Claim] = []
    for c in ex.claims:
        update: dict = {}
        notes = list(c.notes)
        if (group := c.frame.group) is not None:
            members = tuple(dict.fromkeys(resolver.resolve(m)[0] for m in group.members))
            update["frame"] = c.frame.model_copy(update={"group": group.model_copy(update={"members": members})})
        elif c.entity_text and c.frame.entity_type == "topic":
            update["entity"] = topics.get(c.entity_text, c.entity_text)
            if update["entity"] != c.entity_text:
                notes.append(f"'{c.entity_text}' describes the same population as '{update['entity']}'")
        elif c.entity_text:
            canonical, how = resolver.resolve(c.entity_text, c.document)
            if canonical != c.entity:
                notes.append(f"'{c.entity_text}' is {canonical} ({how})")
            if (parent := resolver.parent_of(canonical)) is not None:
                notes.append(f"{canonical} is part of {parent}: its figures count as {parent}'s")
                canonical = parent
            update["entity"] = canonical
        update["notes"] = notes
        out.append(c.model_copy(update=update))
    return out


def _dated(claims: list[Claim], anchors: dict[tuple[str, str], date], published: dict, rates: RateTable) -> list[Claim]:
    final = []
    for c in claims:
        if c.time is not None and c.time.anchor is not None:
            c = c.model_copy(update={"time": resolve_window(c.time, c.entity, anchors, published.get(c.document))})
        if (when := rate_date(c, published.get(c.document), rates)) is not None:
            c = c.model_copy(update={"value": c.value.model_copy(update={"rate_date": when})})
        final.append(c)
    return final


def normalize_corpus(
    extractions: Sequence[Extraction], knowledge: Knowledge, release: bool = False
) -> tuple[list[Claim], NormalizeContext]:
    """Every claim of the corpus with canonical entity names, resolved time windows and dated money, and the
    corpus-wide context that decided them. With `release`, each extraction's claims are dropped from it once
    its normalized copies are made, so a large corpus never holds both copies of every claim."""
    resolver = EntityResolver(knowledge)
    resolver.build(name_evidence(extractions))
    topics = resolve_topics(p for ex in extractions for p in topic_phrases(ex))
    out: list[Claim] = []
    for ex in extractions:
        out += _named(ex, resolver, topics)
        if release:
            ex.claims = []
    anchors = anchor_dates(out, knowledge)
    published = {ex.document.id: ex.document.published for ex in extractions}
    return _dated(out, anchors, published, RateTable(knowledge)), NormalizeContext(resolver, topics, anchors)


def normalize_one(extraction: Extraction, context: NormalizeContext, knowledge: Knowledge) -> list[Claim]:
    """One article's claims normalized in a corpus whose context is `context`: what `normalize_corpus` gives
    for them when the article's evidence (`evidence_digest`, `anchor_facts`) is what the context was made with."""
    named = _named(extraction, context.resolver, context.topics)
    published = {extraction.document.id: extraction.document.published}
    return _dated(named, context.anchors, published, RateTable(knowledge))


def normalize(extractions: Sequence[Extraction], knowledge: Knowledge) -> tuple[list[Claim], EntityResolver]:
    """Every claim of the corpus with canonical entity names, resolved time windows and dated money."""
    claims, context = normalize_corpus(extractions, knowledge)
    return claims, context.resolver


__all__ = ["EntityResolver", "NormalizeContext", "anchor_facts", "evidence_digest", "normalize", "normalize_corpus", "normalize_one"]
