"""Every engine gives the same scan: extraction in a process pool or on a Dask cluster must not change
one claim or finding (results come back in the articles' order, whatever finished first)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.app.dask_engine import partitions
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


def test_dask_local_cluster_gives_the_same_scan(sample: Path, toolkit) -> None:
    """Two workers on a LocalCluster, as `--engine dask` without --scheduler starts one."""
    pytest.importorskip("dask.distributed")
    local = scan(sample, toolkit=toolkit, engine=Engine("local", 1))
    distributed = scan(sample, toolkit=toolkit, engine=Engine("dask", 2))
    assert local.findings, "a sample without findings would prove nothing"
    assert dump(local) == dump(distributed)


def test_pool_extractions_share_the_parents_documents(sample: Path, toolkit) -> None:
    """A worker's copy of each article would hold every text twice in the parent (memory at 12,000 articles)."""
    from factcheck.app.parallel import extract_many
    from factcheck.ingest import read_documents

    docs = read_documents([sample], toolkit.knowledge, toolkit.lexicon, None, ()).documents
    extractions = [ex for ex, notes in extract_many(docs, toolkit, Engine("local", 2))]
    assert [ex.document.id for ex in extractions] == [d.id for d in docs]
    assert all(ex.document is d for ex, d in zip(extractions, docs))
