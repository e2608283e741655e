"""Normalize after an edit without the whole corpus: the changed articles alone, against the last scan's context.

Normalize has three corpus-wide steps: entity names resolved over every name of the corpus, topics
merged over every topic phrase, and anchor dates (the earliest founding date any article gives). The
last complete scan keeps what they decided (`NormalizeContext.state`), each article's sha256 and its
share of that evidence (`evidence_digest`: names by sentence, stated aliases, topic phrases), and its
normalized claims (the results cache). When every changed, added or removed article leaves its share
unchanged, and its dated anchor events (`anchor_facts`) are those it had, the corpus-wide decisions are
the same, so the other articles' normalized claims are the stored ones and the changed articles are
normalized alone (`normalize_one`). Otherwise (a name added or removed, an article with names added or
deleted) the scan normalizes the whole corpus as before: the result is a full run's either way.

Cost: the changed articles' extraction and normalization, plus reading the last scan's claims back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

from factcheck.knowledge import Knowledge
from factcheck.models import Claim, Document, Extraction
from factcheck.normalize import NormalizeContext, anchor_facts, evidence_digest, normalize_one
from factcheck.store.cache import NormalizeState

EMPTY = evidence_digest(Extraction.model_construct(document=None, claims=[], aliases=[], names=[]))
MAX_CHANGED = 0.2  # past this share of the corpus changed, a full normalize is as cheap


class StateStore(Protocol):
    def normalize_state(self, fingerprint: str) -> NormalizeState | None: ...

    def put_normalize_state(self, fingerprint: str, state: NormalizeState) -> None: ...

    def results(self, key: str) -> tuple[list[Claim], list, list] | None: ...


def changed_documents(documents: Sequence[Document], state: NormalizeState) -> list[int] | None:
    """Indexes of the documents not in `state` with these bytes; None when too many changed to gain."""
    changed = [i for i, d in enumerate(documents) if state.documents.get(d.id, [None])[0] != d.sha256]
    if len(changed) > MAX_CHANGED * max(1, len(documents)):
        return None
    return changed


def normalize_changed(
    documents: Sequence[Document],
    changed: dict[int, Extraction | None],
    state: NormalizeState,
    store: StateStore,
    knowledge: Knowledge,
    origins: list[int | None] | None = None,
) -> list[Claim] | None:
    """Every claim of the corpus normalized, `changed` (document index -> its new extraction, None when it
    failed) normalized alone against `state`; None when the corpus-wide decisions may differ (see the module).
    `origins`, when given, is filled with each returned claim's position among the stored claims of
    `state.corpus` (None for a claim normalized now): the store copies those rows instead of writing them again."""
    ids = {d.id for d in documents}
    gone = [doc for doc in state.documents if doc not in ids]
    if any(state.documents[doc][1] != EMPTY for doc in gone):
        return None
    for i, ex in changed.items():
        was = state.documents.get(documents[i].id, [None, EMPTY])[1]
        if (evidence_digest(ex) if ex is not None else EMPTY) != was:
            return None
    stored = store.results(state.corpus)
    if stored is None:
        return None
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    where: dict[str, list[int]] = defaultdict(list)
    for pos, c in enumerate(stored[0]):
        by_doc[c.document].append(c)
        where[c.document].append(pos)
    context = NormalizeContext.from_state(state.context, knowledge)
    fresh: dict[int, list[Claim]] = {}
    for i, ex in changed.items():
        claims = normalize_one(ex, context, knowledge) if ex is not None else []
        if anchor_facts(claims, knowledge) != anchor_facts(by_doc.get(documents[i].id, []), knowledge):
            return None
        fresh[i] = claims
    for doc in gone:
        if anchor_facts(by_doc.get(doc, []), knowledge):
            return None
    if origins is not None:
        origins[:] = [p for i, d in enumerate(documents) for p in ([None] * len(fresh[i]) if i in fresh else where.get(d.id, []))]
    return [c for i, d in enumerate(documents) for c in (fresh[i] if i in fresh else by_doc.get(d.id, []))]
