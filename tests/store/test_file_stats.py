"""File stats before hashing: an article whose path, size and modification time are as the store recorded
is not read again; any change to one of them (or a file written just before its reading) reads it."""

from __future__ import annotations

import os
import time

import pytest

from articles_on_disk import write_articles

import factcheck.ingest.reader as reader
from factcheck.api import scan
from factcheck.store import StoreCache
from factcheck.store.cache import RACY_NS

ARTICLES = {
    "a.md": "Acme released Rocket-7, a model with 130 billion parameters.\n",
    "b.md": "Rocket-7 has 100 billion parameters, according to Acme.\n",
}
OLD = 1_600_000_000 * 10**9  # a modification time well before any scan


@pytest.fixture
def corpus(tmp_path):
    return write_articles(tmp_path / "arts", ARTICLES, mtime_ns=OLD)


@pytest.fixture
def reads(monkeypatch):
    """The article ids read from disk (bytes read and hashed) during a scan."""
    seen: list[str] = []
    real = reader.read_article

    def counting(path, doc_id):
        seen.append(doc_id)
        return real(path, doc_id)

    monkeypatch.setattr(reader, "read_article", counting)
    return seen


def fresh_cache(tmp_path):
    return StoreCache.open(tmp_path / "fc.db")


def test_an_unchanged_file_is_not_read_again_and_the_result_is_the_same(tmp_path, corpus, reads, toolkit):
    with fresh_cache(tmp_path) as cache:
        first = scan([corpus], toolkit=toolkit, cache=cache)
    assert sorted(reads) == ["a.md", "b.md"]
    reads.clear()
    with fresh_cache(tmp_path) as cache:
        second = scan([corpus], toolkit=toolkit, cache=cache)
    assert reads == [], "both files' stats were as recorded"
    assert second.documents == first.documents and second.findings == first.findings


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda p: p.write_text(p.read_text().replace("130", "150")) or os.utime(p, ns=(OLD, OLD + 1)), id="same size, new time"),
        pytest.param(lambda p: p.write_text(p.read_text() + "More.\n") or os.utime(p, ns=(OLD, OLD)), id="same time, new size"),
        pytest.param(lambda p: p.rename(p.with_name("z.md")), id="renamed"),
    ],
)
def test_a_changed_file_is_read_again_and_only_it(tmp_path, corpus, reads, toolkit, change):
    with fresh_cache(tmp_path) as cache:
        scan([corpus], toolkit=toolkit, cache=cache)
    reads.clear()
    change(corpus / "a.md")
    with fresh_cache(tmp_path) as cache:
        result = scan([corpus], toolkit=toolkit, cache=cache)
    assert len(reads) == 1 and reads[0] in {"a.md", "z.md"}
    assert result.documents == scan([corpus], toolkit=toolkit).documents


def test_a_file_written_just_before_its_reading_is_read_again(tmp_path, corpus, reads, toolkit):
    """Written again within the same time stamp it would look unchanged: its stat is not trusted."""
    now = time.time_ns()
    os.utime(corpus / "a.md", ns=(now, now - RACY_NS // 2))
    with fresh_cache(tmp_path) as cache:
        scan([corpus], toolkit=toolkit, cache=cache)
    reads.clear()
    with fresh_cache(tmp_path) as cache:
        scan([corpus], toolkit=toolkit, cache=cache)
    assert reads == ["a.md"]
