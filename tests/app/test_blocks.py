"""Incremental re-scans (factcheck.app.incremental, factcheck.app.blocks): after any edit, a re-scan that normalizes
the changed article alone when its evidence allows and reuses the stored results of unchanged blocks gives exactly
the claims, findings and warnings of a full scan, and it does normalize alone and reuse blocks where it can."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import factcheck.app.blocks as blocks
import factcheck.app.pipeline as pipeline
from factcheck.api import scan
from factcheck.store import StoreCache

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
EV = REPO / "tests" / "corpora" / "ev"


def _bump_percentages(folder: Path) -> None:
    """Three shares changed (no founding date, which anchors other articles' time windows)."""
    p = sorted(folder.glob("*.txt"))[1]
    p.write_text(re.sub(r"\d+(?:\.\d+)?(?=%)", lambda m: str(float(m.group()) * 3 + 1), p.read_text(), count=3))


def _change_founding_year(folder: Path) -> None:
    """The first figures of an article, its founding year among them: other articles' windows may move."""
    p = sorted(folder.glob("*.txt"))[1]
    p.write_text(re.sub(r"\d+(?:\.\d+)?", lambda m: str(float(m.group()) * 3 + 1), p.read_text(), count=3))


def _add_article(folder: Path) -> None:
    shutil.copy(EV / "a_wire.txt", folder / "z_added.txt")


def _delete_article(folder: Path) -> None:
    sorted(folder.glob("*.txt"))[2].unlink()


def _rename_entity(folder: Path) -> None:
    """A name spelled otherwise in one article: entity resolution over the corpus may decide otherwise."""
    p = sorted(folder.glob("*.txt"))[1]
    p.write_text(p.read_text().replace("StepFun", "Stepfun Inc."))


def _append_conflict(folder: Path) -> None:
    p = sorted(folder.glob("*.txt"))[0]
    p.write_text(p.read_text() + "\nStepFun was founded in April 2021, the company said.\n")


def _append_unnamed(folder: Path) -> None:
    p = sorted(folder.glob("*.txt"))[3]
    p.write_text(p.read_text() + "\nRevenue grew 40% last year, up from 25% a year earlier.\n")


# edit -> whether the changed article alone can be normalized (its names, aliases and topics unchanged; None: either)
EDITS = {
    "shares changed": (_bump_percentages, True),
    "the founding year changed": (_change_founding_year, False),
    "a sentence appended": (_append_unnamed, None),
    "an article added": (_add_article, False),
    "an article deleted": (_delete_article, False),
    "an entity spelled otherwise": (_rename_entity, False),
    "a conflicting sentence appended": (_append_conflict, False),
}


@pytest.fixture
def aligned(monkeypatch):
    """How many blocks were aligned (not reused) in the scans since the last clear."""
    count: list[int] = []
    real = blocks.align_block

    def counting(key, claims, knowledge, stories):
        count.append(1)
        return real(key, claims, knowledge, stories)

    monkeypatch.setattr(blocks, "align_block", counting)
    return count


def _same(a, b) -> None:
    assert [f.model_dump() for f in a.findings] == [f.model_dump() for f in b.findings]
    assert a.warnings == b.warnings and a.claims == b.claims


@pytest.fixture
def full_normalize(monkeypatch):
    """How many times the whole corpus was normalized."""
    count: list[int] = []
    real = pipeline.normalize_corpus

    def counting(extractions, knowledge, **options):
        count.append(1)
        return real(extractions, knowledge, **options)

    monkeypatch.setattr(pipeline, "normalize_corpus", counting)
    return count


@pytest.mark.parametrize(("edit", "alone"), list(EDITS.values()), ids=list(EDITS))
def test_a_rescan_after_an_edit_equals_a_full_scan_and_reuses_unchanged_blocks(tmp_path, toolkit, aligned, full_normalize, edit, alone):
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    with StoreCache.open(tmp_path / "fc.db") as cache:
        first = scan([folder], toolkit=toolkit, cache=cache)
        _same(first, scan([folder], toolkit=toolkit))  # the block path's cold scan is the plain one's
        all_blocks = len(aligned)
        aligned.clear()
        full_normalize.clear()
        edit(folder)
        again = scan([folder], toolkit=toolkit, cache=cache)
        normalized_whole = len(full_normalize)
        reread = scan([folder], toolkit=toolkit, cache=cache)  # the cached result (its claims copied when alone)
    full = scan([folder], toolkit=toolkit)
    _same(again, full)
    _same(reread, full)
    if alone is not None:
        assert normalized_whole == (0 if alone else 1)
    assert all_blocks > 0 and len(aligned) < all_blocks, "the blocks the edit did not touch were reused"
