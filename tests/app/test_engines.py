"""Every engine gives the same scan: extraction in a process pool or on a Dask cluster, and the blocks' alignment
and evaluation on Dask workers, must not change one claim or finding (results come back in the articles' and
the blocks' order, whatever finished first)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import factcheck.app.blocks as blocks
from factcheck.app.budget import DEFAULT_BUDGET
from factcheck.app.dask_engine import block_partition, partitions
from factcheck.app.parallel import Engine
from factcheck.api import scan
from tests.conftest import SEEDS

CORPORA = Path(__file__).resolve().parents[1] / "corpora"


def dump(result) -> tuple[list[str], list[str]]:
    return [c.model_dump_json() for c in result.claims], [f.model_dump_json() for f in result.findings]


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    """The seeds and the hand-written test corpora in one folder: enough articles for a pool to split."""
    root = tmp_path_factory.mktemp("sample")
    shutil.copytree(SEEDS, root / "seeds")
    for corpus in sorted(p for p in CORPORA.iterdir() if p.is_dir()):
        shutil.copytree(corpus, root / corpus.name, ignore=shutil.ignore_patterns("*.yml", "*.yaml"))
    return root


@pytest.mark.parametrize("count, sizes", [(1, [5]), (2, [3, 2]), (5, [1, 1, 1, 1, 1]), (9, [1, 1, 1, 1, 1]), (0, [5])])
def test_partitions_keep_order_and_balance(count: int, sizes: list[int]) -> None:
    docs = list("abcde")
    parts = partitions(docs, count)  # type: ignore[arg-type]
    assert [len(p) for p in parts] == sizes
    assert [d for p in parts for d in p] == docs


def test_process_pool_gives_the_same_scan(sample: Path, toolkit) -> None:
    one = scan(sample, toolkit=toolkit, engine=Engine("local", 1))
    two = scan(sample, toolkit=toolkit, engine=Engine("local", 2))
    assert len(one.documents) >= 8, "the sample must be big enough for the pool to be used"
    assert dump(one) == dump(two)


def test_block_partition_is_stable_and_in_range() -> None:
    names = [blocks.block_name(("fam", (("unit", str(i)),), "actual", None)) for i in range(200)]
    parts = [block_partition(n, 8) for n in names]
    assert all(0 <= p < 8 for p in parts) and len(set(parts)) == 8, "200 names spread over every partition"
    assert parts == [block_partition(n, 8) for n in names]
    assert block_partition(names[0], 0) == 0


def test_dask_local_cluster_gives_the_same_scan(sample: Path, toolkit, monkeypatch) -> None:
    """Two workers on a LocalCluster, as `--engine dask` without --scheduler starts one: extraction and every
    block's alignment and evaluation run on the workers, and claims, findings and warnings are the local engine's."""
    pytest.importorskip("dask.distributed")
    local = scan(sample, toolkit=toolkit, engine=Engine("local", 1))
    every = blocks.match_and_evaluate(local.claims, toolkit.knowledge, toolkit.rules, DEFAULT_BUDGET, None, "")
    assert every.findings == local.findings and every.evaluated > 20

    def not_here(*args, **kwargs):
        raise AssertionError("a block was evaluated on the client")

    monkeypatch.setattr(blocks, "evaluate_blocks", not_here)  # this process only: each worker imports its own
    distributed = scan(sample, toolkit=toolkit, engine=Engine("dask", 2))
    assert local.findings, "a sample without findings would prove nothing"
    assert dump(local) == dump(distributed)
    assert local.warnings == distributed.warnings
    assert sum(distributed.evaluated_on.values()) == every.evaluated, "every block was evaluated on a worker"
    assert all(where.startswith(("tcp://", "inproc://")) for where in distributed.evaluated_on)


def test_pool_extractions_share_the_parents_documents(sample: Path, toolkit) -> None:
    """A worker's copy of each article would hold every text twice in the parent (memory at 12,000 articles)."""
    from factcheck.app.parallel import extract_many
    from factcheck.ingest import read_documents

    docs = read_documents([sample], toolkit.knowledge, toolkit.lexicon, None, ()).documents
    extractions = [ex for ex, notes in extract_many(docs, toolkit, Engine("local", 2))]
    assert [ex.document.id for ex in extractions] == [d.id for d in docs]
    assert all(ex.document is d for ex, d in zip(extractions, docs))


def test_dask_rescan_sends_only_the_changed_blocks(tmp_path: Path, toolkit) -> None:
    """With the store, a Dask re-scan after an edit evaluates on the workers only the blocks whose digest changed
    (the others' stored findings are kept) and gives the findings of a full local scan."""
    pytest.importorskip("dask.distributed")
    from factcheck.store import StoreCache

    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    with StoreCache.open(tmp_path / "fc.db") as cache:
        first = scan([folder], toolkit=toolkit, cache=cache)
        every = blocks.match_and_evaluate(first.claims, toolkit.knowledge, toolkit.rules, DEFAULT_BUDGET, None, "").evaluated
        article = sorted(folder.glob("*.txt"))[0]
        article.write_text(article.read_text() + "\nStepFun was founded in April 2021, the company said.\n")
        again = scan([folder], toolkit=toolkit, cache=cache, engine=Engine("dask", 2))
    full = scan([folder], toolkit=toolkit)
    assert dump(again) == dump(full) and again.warnings == full.warnings
    sent = sum(again.evaluated_on.values())
    assert 0 < sent < every, f"{sent} of {every} blocks sent: only the changed ones"
