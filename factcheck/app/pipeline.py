"""Scanning: paths or in-memory texts -> a ScanResult.

    ingest -> extract -> normalize -> match -> evaluate

Reports, artifacts and the store are separate steps (factcheck.app.reporting,
.artifacts, factcheck.store), so a library user decides what to keep.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Protocol

from factcheck.app.parallel import LOCAL, Engine, extract_many
from factcheck.app.toolkit import Toolkit
from factcheck.evaluate import evaluate
from factcheck.extract.claims import Extraction
from factcheck.ingest import Selection, build_document, read_documents
from factcheck.match import match
from factcheck.models import Claim, Document, Finding
from factcheck.normalize import normalize
from factcheck.settings import Settings

Progress = Callable[[str, int, int], None]


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

    def results(self, key: str) -> tuple[list[Claim], list[Finding]] | None: ...

    def put_results(self, key: str, claims: list[Claim], findings: list[Finding]) -> None: ...


@dataclass
class ScanResult:
    """What one scan produced: documents, normalized claims, findings (not yet gated), warnings and timings."""

    documents: list[Document]
    claims: list[Claim]
    findings: list[Finding]
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    extracted: int = 0  # documents extracted in this run (the rest came from the cache)
    toolkit: Toolkit | None = None

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


def no_progress(stage: str, done: int, total: int) -> None:
    """The default progress callback: shows nothing."""
    return None


def run_pipeline(
    documents: list[Document],
    toolkit: Toolkit,
    warnings: list[str] | None = None,
    progress: Progress = no_progress,
    cache: ExtractionCache | None = None,
    engine: Engine = LOCAL,
) -> ScanResult:
    """extract -> normalize -> match -> evaluate over documents already read; extraction where `engine` says."""
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    fp = toolkit.extraction_fingerprint
    key = corpus_key(documents, fp)
    reused = cache.results(key) if cache is not None else None
    if reused is not None:
        timings["reuse"] = time.perf_counter() - t0
        claims, findings = reused
        return ScanResult(documents, claims, findings, list(warnings or []), timings, extracted=0, toolkit=toolkit)
    extractions: list[Extraction | None] = [cache.get(doc, fp) if cache is not None else None for doc in documents]
    todo = [i for i, ex in enumerate(extractions) if ex is None]
    done = len(documents) - len(todo)
    progress("extract", done, len(documents))
    for i, ex in zip(todo, extract_many([documents[i] for i in todo], toolkit, engine)):
        extractions[i] = ex
        if cache is not None:
            cache.put(ex, fp)
        done += 1
        progress("extract", done, len(documents))
    extracted = len(todo)
    progress("extract", len(documents), len(documents))
    timings["extract"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    progress("align", 0, 1)  # "align" on the terminal: normalize, then match
    claims, _ = normalize([ex for ex in extractions if ex is not None], toolkit.knowledge)
    timings["normalize"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    matched = match(claims, toolkit.knowledge)
    timings["match"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    progress("evaluate", 0, 1)
    findings = evaluate(matched, toolkit.rules, toolkit.knowledge)
    timings["evaluate"] = time.perf_counter() - t0
    if cache is not None:
        cache.put_results(key, claims, findings)
    progress("evaluate", 1, 1)
    return ScanResult(
        documents=documents,
        claims=claims,
        findings=findings,
        warnings=list(warnings or []),
        timings=timings,
        extracted=extracted,
        toolkit=toolkit,
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
    ingested = read_documents([Path(p) for p in paths], toolkit.knowledge, toolkit.lexicon, reuse, exclude, selection)
    progress("read", 1, 1)
    read_time = time.perf_counter() - t0
    result = run_pipeline(ingested.documents, toolkit, ingested.warnings, progress, cache, engine)
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
