"""Extraction and block evaluation on a Dask distributed cluster (`factcheck scan --engine dask [--scheduler ADDRESS]`).

What runs where, in one scan (one client, `DaskSession`, started on first use and closed with the scan):

- **Extraction, on the workers.** Articles are cut into contiguous partitions (PER_WORKER per worker); each worker
  loads the toolkit once (from the scan's Settings, so every worker reads the same rules and knowledge) and
  extracts its partitions. The extractions come back in the articles' order. O(characters / workers).
- **Normalize and entity resolution, here.** They need every name of the corpus before any claim has its
  block key (factcheck.normalize); the digests of the blocks too (factcheck.app.blocks). Linear, apart from the
  look-alike search among unknown names.
- **Alignment and the group rules, on the workers.** The blocks whose digest changed (all of them in a cold scan)
  are shuffled by block key: each goes to the partition a stable hash of its name picks (PER_WORKER per worker,
  several blocks per task); the story index, knowledge, rules and budget are scattered to every worker once.
  Each worker aligns and evaluates its blocks with `factcheck.app.blocks.evaluate_blocks`, the function the local
  engine calls, and the per-block findings are gathered back. O(pairs compared in a block) per block, divided by
  the workers.
- **Finishing, here.** The stored blocks' results, the cross-corpus rules (clusters, outcome sets: linear) and
  `finish` run as in the local engine, in the same block order, so the findings are the local engine's.

Dask is an optional extra: `pip install 'factcheck[dask]'`; docs/scale.md describes the cluster set-up.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from factcheck.app.blocks import BlockOutcome, block_name, evaluate_blocks, warm_word_ranks
from factcheck.app.budget import Budget
from factcheck.app.guarded import Guarded, extract_one
from factcheck.app.toolkit import Toolkit
from factcheck.errors import ConfigError
from factcheck.evaluate.rulefile import RuleSet
from factcheck.knowledge import Knowledge
from factcheck.match.story import StoryIndex
from factcheck.models import Claim, Document
from factcheck.normalize.ecb import ecb_currencies
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


def _warm_evaluation() -> None:
    """Runs on each worker once its extraction is done, while the client normalizes: what every block's evaluation
    reads first (the story index's word ranks, the ECB's currencies: seconds each) is loaded before the blocks come."""
    warm_word_ranks()
    ecb_currencies()


@dataclass
class _Shared:
    """What every block's evaluation reads besides its claims: scattered to each worker once per scan."""

    knowledge: Knowledge
    rules: RuleSet
    stories: StoryIndex
    budget: Budget


def _evaluate_partition(blocks: list[tuple[tuple, list[Claim]]], shared: _Shared) -> tuple[str, list[BlockOutcome]]:
    """Runs on a worker: each block's outcome (`evaluate_blocks`, as the local engine), and where it ran."""
    from distributed import get_worker

    found = list(evaluate_blocks(blocks, shared.knowledge, shared.rules, shared.stories, shared.budget))
    return get_worker().address, found


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


def block_partition(name: str, count: int) -> int:
    """The partition a block goes to: a hash of its name that every process and run agrees on (Python's `hash`
    of a string is salted per process)."""
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "big") % max(1, count)


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


class DaskSession:
    """One scan's Dask client: started on first use (a scan whose results are reused starts none), shared by
    extraction and block evaluation (the workers keep their toolkit between them), closed by `close`.
    `evaluated_on` counts the blocks each worker evaluated."""

    def __init__(self, scheduler: str | None, workers: int) -> None:
        self.scheduler = scheduler
        self.workers = max(1, workers)
        self.evaluated_on: Counter[str] = Counter()
        self._client: Any = None
        self._cluster: Any = None

    def client(self) -> Any:
        if self._client is None:
            self._client, self._cluster = _client(self.scheduler, self.workers)
        return self._client

    def partitions(self) -> int:
        """How many tasks a stage is cut into: PER_WORKER per worker of the cluster."""
        return max(1, len(self.client().nthreads()) or self.workers) * PER_WORKER

    def _warm(self, client: Any) -> None:
        """`_warm_evaluation` on every worker, not waited for (the blocks' tasks queue behind it)."""
        from distributed import fire_and_forget

        for worker in client.nthreads():  # every worker's address (scheduler_info may list only some)
            fire_and_forget(client.submit(_warm_evaluation, pure=False, workers=[worker], allow_other_workers=False))

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = self._cluster = None

    def __enter__(self) -> "DaskSession":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def extract(self, documents: Sequence[Document], settings: Settings, budget: Budget) -> Iterator[Guarded]:
        """Each document's extraction, in order, computed on the workers."""
        if not documents:
            return
        client = self.client()
        parts = partitions(documents, self.partitions())
        futures = client.map(_extract_partition, parts, settings=settings, budget=budget, pure=False)
        results = client.gather(futures)
        del futures
        self._warm(client)
        for part, extractions in zip(parts, results):
            for doc, (ex, notes) in zip(part, extractions):
                if ex is not None:
                    ex.document = doc  # the client's copy, so each article's text is held once
                yield ex, notes

    def evaluate_blocks(
        self, blocks: Iterable[tuple[tuple, list[Claim]]], knowledge: Knowledge, rules: RuleSet, stories: StoryIndex,
        budget: Budget,
    ) -> list[BlockOutcome]:
        """`factcheck.app.blocks.evaluate_blocks` on the workers (a `BlockEvaluator`): the blocks shuffled by a hash
        of their key into PER_WORKER partitions per worker, what they all read scattered once, the outcomes gathered
        back in the blocks' order."""
        todo = list(blocks)
        if not todo:
            return []
        client = self.client()
        count = self.partitions()
        parts: list[list[int]] = [[] for _ in range(count)]
        for i, (key, _) in enumerate(todo):
            parts[block_partition(block_name(key), count)].append(i)
        parts = [p for p in parts if p]
        shared = client.scatter(_Shared(knowledge, rules, stories, budget), broadcast=True, hash=False)
        futures = client.map(_evaluate_partition, [[todo[i] for i in p] for p in parts], shared=shared, pure=False)
        gathered = client.gather(futures)
        del futures, shared
        out: dict[int, BlockOutcome] = {}
        for part, (worker, outcomes) in zip(parts, gathered):
            self.evaluated_on[worker] += len(outcomes)
            out.update(zip(part, outcomes))
        return [out[i] for i in range(len(todo))]


def extract_on_dask(
    documents: Sequence[Document], settings: Settings, scheduler: str | None, workers: int, budget: Budget
) -> Iterator[Guarded]:
    """Each document's extraction, in order, on a session of its own (the cluster at `scheduler`; None: a
    LocalCluster of `workers` processes), closed afterwards. A scan shares one session (`DaskSession`)."""
    with DaskSession(scheduler, workers) as session:
        yield from session.extract(documents, settings, budget)
