"""Scanning: paths or in-memory texts -> a ScanResult.

    ingest -> extract -> normalize -> match -> evaluate

Reports, artifacts and the store are separate steps (factcheck.app.reporting,
.artifacts, factcheck.store), so a library user decides what to keep.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol

from factcheck.app.blocks import match_and_evaluate, warm_word_ranks
from factcheck.app.incremental import NormalizeState, changed_documents, normalize_changed
from factcheck.app.budget import DEFAULT_BUDGET, Budget
from factcheck.app.heap import long_lived
from factcheck.app.parallel import LOCAL, Engine, extract_many
from factcheck.app.toolkit import Toolkit
from factcheck.errors import NoArticlesError
from factcheck.evaluate import evaluate
from factcheck.ingest import Selection, build_document, read_documents
from factcheck.match import match
from factcheck.models import Claim, Diagnostic, Document, Extraction, Finding, MatchResult, compact_claims
from factcheck.normalize import evidence_digest, normalize_corpus
from factcheck.settings import Settings
from factcheck.store.cache import StoreCache
from factcheck.store.claimdigest import ClaimDigests

Progress = Callable[[str, int, int], None]
# From this many articles the word lists behind the story index are dropped once it has its ranks (about 200 MB,
# factcheck.app.blocks.warm_word_ranks); a small scan keeps them, since its extraction may read them again.
LARGE_CORPUS = 500


class ExtractionCache(Protocol):
    """Where the work on unchanged files is kept between scans (see factcheck.store.StoreCache).

    Documents and extractions are keyed by (document id, sha256 of the bytes,
    toolkit fingerprint). Normalized claims and findings are keyed by the whole
    corpus (`corpus_key`), because aligning articles depends on all of them:
    a re-scan of an unchanged corpus reuses them and runs no stage at all.
    """

    def document(self, doc_id: str, sha256: str, fingerprint: str) -> Document | None: ...

    def get(self, document: Document, fingerprint: str) -> Extraction | None: ...

    def put(self, extraction: Extraction, fingerprint: str) -> None: ...

    def results(self, key: str) -> tuple[list[Claim], list[Finding], list[Diagnostic]] | None: ...

    def put_results(
        self, key: str, claims: list[Claim], findings: list[Finding], diagnostics: Sequence[Diagnostic] = ()
    ) -> None: ...


@dataclass
class ScanResult:
    """What one scan produced: documents, normalized claims, findings (not yet gated), warnings and timings.

    `diagnostics` are the articles left out or cut short (each is also one line of `warnings`)."""

    documents: list[Document]
    claims: list[Claim]
    findings: list[Finding]
    warnings: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    extracted: int = 0  # documents extracted in this run (the rest came from the cache)
    toolkit: Toolkit | None = None
    corpus: str = ""  # corpus_key of the documents scanned: names the claims and findings before the gate
    copied: tuple[str, list[int | None]] | None = None  # the last scan's corpus key, each claim's position among its claims
    digests: ClaimDigests | None = None  # the digests of the claims read back from the store (the claims table's changed rows)
    evaluated_on: dict[str, int] = field(default_factory=dict)  # blocks aligned and evaluated on each Dask worker (by address)

    @cached_property
    def claims_by_id(self) -> dict[str, Claim]:
        """The claim index the gate looks claims up in (built once per result)."""
        return {c.id: c for c in self.claims}


def corpus_key(documents: Sequence[Document], fingerprint: str) -> str:
    """Names a whole corpus as the toolkit sees it: every document id and byte hash, in order."""
    h = hashlib.sha256(fingerprint.encode())
    for d in documents:
        h.update(f"\n{d.id}\0{d.sha256}".encode())
    return h.hexdigest()[:32]


class _Later:
    """A toolkit part loaded on first use: reading articles whose documents the store keeps needs none."""

    def __init__(self, load: Callable[[], Any]) -> None:
        self._load = load
        self._value: Any = None

    def __getattr__(self, name: str) -> Any:
        if self._value is None:
            self._value = self._load()
        return getattr(self._value, name)


def no_progress(stage: str, done: int, total: int) -> None:
    """The default progress callback: shows nothing."""
    return None


def slim(document: Document) -> Document:
    """The document as the later stages need it: its text and metadata without the blocks and table cells
    extraction read (they repeat the text, and a large scan holds every document until the report is written)."""
    if not document.blocks and not document.cells:
        return document
    return document.model_copy(update={"blocks": [], "cells": []})


def bounded(matched: MatchResult, budget: Budget, diags: list[Diagnostic]) -> MatchResult:
    """Groups over `budget.group_claims` keep their first claims in article order, with a diagnostic per article."""
    limit = budget.group_claims
    if limit is None or all(len(g.claims) <= limit for g in matched.groups):
        return matched
    groups = []
    for g in matched.groups:
        if len(g.claims) > limit:
            kept = tuple(sorted(g.claims, key=lambda c: (c.document, c.start))[:limit])
            for doc in sorted({c.document for c in g.claims} - {c.document for c in kept} or {kept[-1].document}):
                note = Diagnostic(
                    code="FC906", file=doc,
                    message=f"{len(g.claims):,} claims about {g.entity} {g.family}, over the budget of {limit:,} "
                    "compared in one group: only the first compared",
                )
                if note not in diags:
                    diags.append(note)
            g = g.model_copy(update={"claims": kept})
        groups.append(g)
    return matched.model_copy(update={"groups": groups})


def _incremental(
    documents: list[Document], toolkit: Toolkit, cache: ExtractionCache | None, fp: str, engine: Engine, budget: Budget,
    diags: list[Diagnostic], progress: Progress, timings: dict[str, float], origins: list[int | None] | None = None,
) -> tuple[list[Claim], list[Document], int, NormalizeState] | None:
    """The corpus's normalized claims with only the changed articles extracted and normalized (factcheck.app.incremental);
    None when the last scan's state cannot be used. `documents` is thinned in place only when it succeeds.
    `origins` gets each claim's position among the last scan's stored claims (None: normalized now)."""
    get_state = getattr(cache, "normalize_state", None)
    state = get_state(fp) if get_state is not None else None
    changed = changed_documents(documents, state) if state is not None else None
    if cache is None or state is None or changed is None:
        return None
    t0 = time.perf_counter()
    exs: dict[int, Extraction | None] = {i: cache.get(documents[i], fp) for i in changed}
    todo = [i for i in changed if exs[i] is None]
    notes_all: list[Diagnostic] = []
    extracted = 0
    for i, (ex, notes) in zip(todo, extract_many([documents[i] for i in todo], toolkit, engine, budget)):
        notes_all += notes
        if ex is not None:
            extracted += 1
            if not notes:
                cache.put(ex, fp)
            compact_claims(ex.claims)
        exs[i] = ex
    progress("align", 0, 1)
    t1 = time.perf_counter()
    claims = normalize_changed(documents, exs, state, cache, toolkit.knowledge, origins)  # type: ignore[arg-type]
    if claims is None:
        return None
    timings["extract"] = t1 - t0
    timings["normalize"] = time.perf_counter() - t1  # mostly reading the last scan's claims back
    diags += notes_all
    kept: list[Document] = []
    digests: dict[str, list[str]] = {}
    for i, doc in enumerate(documents):
        if i in exs and exs[i] is None:
            continue
        thin = slim(doc)
        documents[i] = thin
        kept.append(thin)
        digests[doc.id] = [doc.sha256, evidence_digest(exs[i]) if i in exs else state.documents[doc.id][1]]  # type: ignore[arg-type]
    if not kept and documents:
        raise NoArticlesError(sorted({d.id for d in documents}), "; ".join(str(d) for d in diags))
    return claims, kept, extracted, NormalizeState(state.corpus, digests, state.context)


def _full_normalize(
    documents: list[Document], toolkit: Toolkit, cache: ExtractionCache | None, fp: str, engine: Engine, budget: Budget,
    diags: list[Diagnostic], progress: Progress, timings: dict[str, float], t0: float,
) -> tuple[list[Claim], list[Document], int, NormalizeState]:
    """Extract what the cache lacks, then normalize the whole corpus; each document thinned in place once extracted."""
    cached: list[Extraction | None] = [cache.get(doc, fp) if cache is not None else None for doc in documents]
    todo = [i for i, ex in enumerate(cached) if ex is None]
    fresh = iter(extract_many([documents[i] for i in todo], toolkit, engine, budget, release=True))  # in order
    extractions: list[Extraction] = []
    kept: list[Document] = []
    extracted = 0
    for i, doc in enumerate(documents):
        progress("extract", i, len(documents))
        ex, cached[i] = cached[i], None
        if ex is None:
            ex, notes = next(fresh)
            diags += notes
            if ex is None:
                continue
            extracted += 1
            if cache is not None and not notes:
                cache.put(ex, fp)
            compact_claims(ex.claims)  # claims come back from a worker sharing their parts only within the article
        # the later stages and the report need no blocks or cells: each document is thinned as soon as its
        # extraction is in, in the extraction and in `documents` itself (the caller's list, replaced in place)
        thin = slim(doc)
        ex.document = thin
        documents[i] = thin
        extractions.append(ex)
        kept.append(thin)
    del fresh, cached
    progress("extract", len(documents), len(documents))
    timings["extract"] = time.perf_counter() - t0
    if not kept and documents:
        raise NoArticlesError(sorted({d.id for d in documents}), "; ".join(str(d) for d in diags))

    t0 = time.perf_counter()
    progress("align", 0, 1)  # "align" on the terminal: normalize, then match
    digests = {ex.document.id: [ex.document.sha256, evidence_digest(ex)] for ex in extractions}
    claims, context = normalize_corpus(extractions, toolkit.knowledge, release=True)
    del extractions  # the claims as extracted: normalize made the ones kept
    timings["normalize"] = time.perf_counter() - t0
    return claims, kept, extracted, NormalizeState("", digests, context.state())


def run_pipeline(
    documents: list[Document],
    toolkit: Toolkit,
    warnings: list[str] | None = None,
    progress: Progress = no_progress,
    cache: ExtractionCache | None = None,
    diagnostics: list[Diagnostic] | None = None,
    budget: Budget = DEFAULT_BUDGET,
    engine: Engine = LOCAL,
) -> ScanResult:
    """extract -> normalize -> match -> evaluate over documents already read; extraction where `engine` says.
    Each document of `documents` is replaced in place by its slim copy once extracted (see `slim`).

    An article that fails to extract is left out with a diagnostic; when none is left, NoArticlesError.
    With the Dask engine one client serves the whole scan: extraction, then the blocks' alignment and evaluation."""
    if engine.kind == "dask" and engine.session is None:
        from factcheck.app.dask_engine import DaskSession  # dask is an optional extra

        with DaskSession(engine.scheduler, engine.jobs) as session:
            return run_pipeline(
                documents, toolkit, warnings, progress, cache, diagnostics, budget, dataclasses.replace(engine, session=session)
            )
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    diags = list(diagnostics or [])
    fp = toolkit.extraction_fingerprint
    key = corpus_key(documents, fp)
    # no digests kept for an unchanged corpus: its outputs are reused, its claims not compared
    reused = (cache.results(key, remember=False) if isinstance(cache, StoreCache) else cache.results(key)) if cache is not None else None
    if reused is not None:
        timings["reuse"] = time.perf_counter() - t0
        claims, findings, notes = reused  # notes: what matching said about this corpus (groups over budget)
        diags += notes
        shown = [*(warnings or []), *(str(d) for d in notes if str(d) not in (warnings or []))]
        return ScanResult(
            [slim(d) for d in documents], claims, findings, shown, diags, timings, extracted=0, toolkit=toolkit, corpus=key,
            digests=getattr(cache, "digests", None),
        )
    if len(documents) >= LARGE_CORPUS:
        warm_word_ranks()  # before the corpus's claims are held: the word lists read for them are not held with them
    extraction_notes = len(diags)
    origins: list[int | None] = []
    inc = _incremental(documents, toolkit, cache, fp, engine, budget, diags, progress, timings, origins)
    copied: tuple[str, list[int | None]] | None = None  # the stored claims these are, by position (the rows to copy)
    if inc is not None:
        claims, documents, extracted, state = inc
        copied = (state.corpus, origins) if state.corpus != key else None
    else:
        claims, documents, extracted, state = _full_normalize(documents, toolkit, cache, fp, engine, budget, diags, progress, timings, t0)
    state.corpus = key
    diags_before_match = len(diags)
    compact_claims(claims)

    with long_lived():  # the claims are held to the end: the collector's full passes skip them (factcheck.app.heap)
        t0 = time.perf_counter()
        progress("evaluate", 0, 1)
        blockwise = cache is not None and hasattr(cache, "block_results")
        if blockwise or engine.session is not None:
            # block by block, keeping each block's findings in the store: a re-scan after an edit aligns and
            # evaluates only the blocks whose claims changed (factcheck.app.blocks); on the Dask engine, on its workers
            evaluator = engine.session.evaluate_blocks if engine.session is not None else None
            store = cache if blockwise else None
            done = match_and_evaluate(claims, toolkit.knowledge, toolkit.rules, budget, store, fp, evaluator)  # type: ignore[arg-type]
            diags += [n for n in done.notes if n not in diags]
            findings = done.findings
            timings["match+evaluate"] = time.perf_counter() - t0
        else:
            matched = bounded(match(claims, toolkit.knowledge), budget, diags)
            timings["match"] = time.perf_counter() - t0
            t0 = time.perf_counter()
            findings = evaluate(matched, toolkit.rules, toolkit.knowledge)
            timings["evaluate"] = time.perf_counter() - t0
        if cache is not None and diags_before_match == extraction_notes:
            # only a corpus every article of which was extracted whole is reused; what matching noted is kept with it,
            # so a re-scan shows the same diagnostics
            if copied is not None and hasattr(cache, "copy_results"):
                cache.copy_results(key, claims, findings, diags[diags_before_match:], copied)  # type: ignore[attr-defined]
            else:
                cache.put_results(key, claims, findings, diags[diags_before_match:])
            if (put_state := getattr(cache, "put_normalize_state", None)) is not None:
                put_state(fp, state)
    progress("evaluate", 1, 1)
    return ScanResult(
        documents=documents,
        claims=claims,
        findings=findings,
        warnings=[*(warnings or []), *(str(d) for d in diags if str(d) not in (warnings or []))],
        diagnostics=diags,
        timings=timings,
        extracted=extracted,
        toolkit=toolkit,
        corpus=key,
        copied=copied,
        digests=getattr(cache, "digests", None),
        evaluated_on=dict(engine.session.evaluated_on) if engine.session is not None else {},
    )


def scan(
    paths: Sequence[Path | str] | Path | str,
    settings: Settings | None = None,
    *,
    toolkit: Toolkit | None = None,
    progress: Progress = no_progress,
    cache: ExtractionCache | None = None,
    exclude: Sequence[Path] = (),
    selection: Selection | None = None,
    engine: Engine = LOCAL,
) -> ScanResult:
    """Read the articles under `paths` (files or folders; leaving out `exclude`: the tool's own reports, and
    what `selection` leaves out: .gitignore, exclude globs) and report where they agree and conflict.
    One path may be given on its own."""
    if isinstance(paths, (str, Path)):
        paths = [paths]  # a bare string is one path, not a sequence of one-letter paths
    toolkit = toolkit or Toolkit.load(settings)
    t0 = time.perf_counter()
    progress("read", 0, 1)
    fp = toolkit.extraction_fingerprint
    reuse = (lambda doc_id, sha256: cache.document(doc_id, sha256, fp)) if cache is not None else None
    same = getattr(cache, "unchanged", None)  # optional: a cache that records file stats (factcheck.store.StoreCache)
    unchanged = (lambda doc_id, path, size, mtime: same(doc_id, path, size, mtime, fp)) if same is not None else None
    ingested = read_documents(
        [Path(p) for p in paths], _Later(lambda: toolkit.knowledge), _Later(lambda: toolkit.lexicon), reuse, exclude,
        selection, DEFAULT_BUDGET.characters, unchanged, structure=False,  # blocks made again where extracted
    )
    if (put_stats := getattr(cache, "put_stats", None)) is not None and ingested.stats:
        put_stats([(doc_id, st.path, st.size, st.mtime_ns, st.sha256) for doc_id, st in ingested.stats.items()])
    progress("read", 1, 1)
    read_time = time.perf_counter() - t0
    result = run_pipeline(
        ingested.documents, toolkit, ingested.warnings, progress, cache, ingested.diagnostics, engine=engine
    )
    result.timings = {"read": read_time, **result.timings}
    return result


def scan_texts(
    articles: Mapping[str, str], toolkit: Toolkit | None = None, *, settings: Settings | None = None
) -> ScanResult:
    """Scan articles given as text (name -> text), e.g. the small articles in rule tests; nothing is read from disk."""
    toolkit = toolkit or Toolkit.load(settings)
    docs = [
        build_document(name, name, text, hashlib.sha256(text.encode("utf-8")).hexdigest(), toolkit.knowledge, toolkit.lexicon)
        for name, text in sorted(articles.items())
    ]
    return run_pipeline(docs, toolkit)
