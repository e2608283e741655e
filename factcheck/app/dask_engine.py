"""Extraction on a Dask distributed cluster (`factcheck scan --engine dask [--scheduler ADDRESS]`).

Articles are cut into partitions and sent to the workers; each worker loads the toolkit
once (from the scan's Settings, so every worker reads the same rules and knowledge) and
extracts its partitions; the extractions come back to this process in the articles'
order, so the findings equal the local engine's. Entity resolution, alignment and
evaluation then run here, on the client: they need the names of the whole corpus, and
at the sizes measured (benchmarks/scale.py) they take a small share of the scan.
docs/scale.md describes the cluster set-up and the design for larger corpora.

Dask is an optional extra: `pip install 'factcheck[dask]'`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import Any

from factcheck.app.budget import Budget
from factcheck.app.guarded import Guarded, extract_one
from factcheck.app.toolkit import Toolkit
from factcheck.errors import ConfigError
from factcheck.models import Document
from factcheck.settings import Settings

PER_WORKER = 4  # partitions per worker: small enough to balance, large enough to keep transfers few
_TOOLKITS: dict[str, Toolkit] = {}  # per worker process: settings (JSON) -> toolkit loaded once


def _toolkit(settings: Settings) -> Toolkit:
    key = settings.model_dump_json()
    if key not in _TOOLKITS:
        _TOOLKITS[key] = Toolkit.load(settings)
    return _TOOLKITS[key]


def _extract_partition(documents: list[Document], settings: Settings, budget: Budget) -> list[Guarded]:
    """Runs on a worker: one partition's extractions (or None) and diagnostics, in order."""
    toolkit = _toolkit(settings)
    return [extract_one(d, toolkit, budget) for d in documents]


def partitions(documents: Sequence[Document], count: int) -> list[list[Document]]:
    """`documents` in at most `count` contiguous runs of near-equal length (order kept)."""
    count = max(1, min(count, len(documents)))
    size, extra = divmod(len(documents), count)
    out, start = [], 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        out.append(list(documents[start:end]))
        start = end
    return [p for p in out if p]


def _client(scheduler: str | None, workers: int) -> tuple[Any, Any]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:
        raise ConfigError("--engine dask needs Dask: pip install 'factcheck[dask]'") from e
    # Dask logs worker start-up and shut-down at WARNING; a scan's output is its report, so keep errors only.
    logging.getLogger("distributed").setLevel(logging.ERROR)
    if scheduler is not None:
        try:
            return Client(scheduler, timeout="20s"), None
        except (OSError, TimeoutError) as e:
            raise ConfigError(f"--scheduler {scheduler}: no Dask scheduler answered ({e})") from e
    cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=":0")
    return Client(cluster), cluster


def extract_on_dask(
    documents: Sequence[Document], settings: Settings, scheduler: str | None, workers: int, budget: Budget
) -> Iterator[Guarded]:
    """Each document's extraction, in order, computed on the Dask cluster at `scheduler`
    (None: a LocalCluster of `workers` processes, closed afterwards)."""
    if not documents:
        return
    client, cluster = _client(scheduler, workers)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        parts = partitions(documents, n_workers * PER_WORKER)
        futures = client.map(_extract_partition, parts, settings=settings, budget=budget, pure=False)
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    for part, extractions in zip(parts, results):
        for doc, (ex, notes) in zip(part, extractions):
            if ex is not None:
                ex.document = doc  # the client's copy, so each article's text is held once
            yield ex, notes
