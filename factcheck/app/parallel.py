"""Where extraction runs: this process, a pool of forked processes on every core, or a Dask cluster.

Extraction is per article (no article looks at another), so it is the part of a scan that
spreads over processes; with the local engine the cross-document stages run afterwards in the
parent (with the Dask engine, alignment and evaluation go to the workers too: factcheck.app.dask_engine). Workers
are forked after the toolkit is loaded, so they share its spaCy pipeline and knowledge
without loading or pickling them; each document goes out and its Extraction comes back
pickled. Results are returned in the documents' order, so any `jobs` gives the same scan.
Cost: O(articles / jobs) wall time for extraction, plus one pickle of each result.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Literal

from factcheck.app.budget import DEFAULT_BUDGET, Budget
from factcheck.app.guarded import Guarded, extract_one
from factcheck.app.toolkit import Toolkit
from factcheck.models import Document

if TYPE_CHECKING:
    from factcheck.app.dask_engine import DaskSession

_WORKER_TOOLKIT: Toolkit | None = None  # set in the parent just before forking; read only in workers
MIN_PER_JOB = 4  # fewer documents than this per process are extracted in-process (a pool costs more)


def default_jobs() -> int:
    """The machine's cores (what `--jobs` defaults to)."""
    return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Engine:
    """Where a scan runs: `local` with `jobs` processes extracting, or `dask` on the cluster at `scheduler` (None: a
    LocalCluster of `jobs` workers on this machine), where blocks are aligned and evaluated too. `session` is
    the scan's open Dask client (`run_pipeline` sets it, so extraction and evaluation share one cluster)."""

    kind: Literal["local", "dask"] = "local"
    jobs: int = 1
    scheduler: str | None = None
    session: DaskSession | None = field(default=None, compare=False, repr=False)


LOCAL = Engine()


def _extract(doc: Document, budget: Budget) -> Guarded:
    assert _WORKER_TOOLKIT is not None, "worker started without a toolkit"
    return extract_one(doc, _WORKER_TOOLKIT, budget)


def extract_many(
    documents: Sequence[Document],
    toolkit: Toolkit,
    engine: Engine = LOCAL,
    budget: Budget = DEFAULT_BUDGET,
    release: bool = False,
) -> Iterator[Guarded]:
    """Each document's extraction (or None) and its diagnostics, in order, where `engine` says. With `release`
    (`documents` a list the caller gives away), the local engine drops each document from the list once its
    extraction is yielded, so a large corpus is not held whole beside its extractions."""
    if engine.kind == "dask":
        if engine.session is not None:
            yield from engine.session.extract(documents, toolkit.settings, budget)
            return
        from factcheck.app.dask_engine import extract_on_dask  # dask is an optional extra

        yield from extract_on_dask(documents, toolkit.settings, engine.scheduler, engine.jobs, budget)
        return
    yield from _extract_local(documents, toolkit, engine.jobs, budget, release and isinstance(documents, list))


def _extract_local(
    documents: Sequence[Document], toolkit: Toolkit, jobs: int, budget: Budget, release: bool = False
) -> Iterator[Guarded]:
    """Local extraction in `jobs` processes (1, or too few documents: this process, no pool)."""
    global _WORKER_TOOLKIT
    jobs = max(1, jobs)
    if jobs == 1 or len(documents) < jobs * MIN_PER_JOB or "fork" not in multiprocessing.get_all_start_methods():
        for k, doc in enumerate(documents):
            done = extract_one(doc, toolkit, budget)
            if release:
                documents[k] = None  # type: ignore[index]  # the caller gave the list away
            del doc
            yield done
        return
    _WORKER_TOOLKIT = toolkit.loaded()  # loaded before the fork: the workers share it
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for k, (ex, notes) in enumerate(pool.imap(partial(_extract, budget=budget), documents, chunksize=2)):
                if ex is not None:
                    ex.document = documents[k]  # the parent's copy: the worker's would hold each article's text twice
                if release:
                    documents[k] = None  # type: ignore[index]  # sent and back: the pool's feeder is past it
                yield ex, notes
    finally:
        _WORKER_TOOLKIT = None
