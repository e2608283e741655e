"""normalize: Claims from every article -> claims with canonical entities and dated windows.

Values were normalized when recognized (scale words, ISO currencies, intervals);
this stage does what needs the whole corpus: entity names resolved across
articles, group members resolved, time windows anchored on dates that
other articles give, and each money figure dated for its exchange rate.
"""

from __future__ import annotations

from collections.abc import Sequence

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


def normalize(extractions: Sequence[Extraction], knowledge: Knowledge) -> tuple[list[Claim], EntityResolver]:
    """Every claim of the corpus with canonical entity names, resolved time windows and dated money."""
    resolver = EntityResolver(knowledge)
    resolver.build(name_evidence(extractions))
    topics = resolve_topics(
        c.entity_text for ex in extractions for c in ex.claims if c.frame.entity_type == "topic" and c.entity_text
    )
    out: list[Claim] = []
    published = {ex.document.id: ex.document.published for ex in extractions}
    for ex in extractions:
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
    anchors = anchor_dates(out, knowledge)
    rates = RateTable(knowledge)
    final = []
    for c in out:
        if c.time is not None and c.time.anchor is not None:
            c = c.model_copy(update={"time": resolve_window(c.time, c.entity, anchors, published.get(c.document))})
        if (when := rate_date(c, published.get(c.document), rates)) is not None:
            c = c.model_copy(update={"value": c.value.model_copy(update={"rate_date": when})})
        final.append(c)
    return final, resolver


__all__ = ["EntityResolver", "normalize"]
