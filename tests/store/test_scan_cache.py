"""The scan cache: unchanged articles are not extracted again, and what comes back equals a fresh scan."""

from __future__ import annotations

import dataclasses

import pytest

from articles_on_disk import write_articles

from factcheck.api import build_report, scan
from factcheck.report import report_json
from factcheck.store import StoreCache
from factcheck.store.cache import KEEP_RESULTS

ARTICLES = {
    "a.md": "Published: 2025-01-10\n\nAcme released Rocket-7, a model with 130 billion parameters.\n",
    "b.md": "# Rocket\n\nRocket-7 has 100 billion parameters, according to Acme.\n",
    "c.md": "| Model | Params |\n|---|---|\n| Rocket-7 | 130B |\n",
}


@pytest.fixture
def corpus(tmp_path):
    return write_articles(tmp_path / "arts", ARTICLES)


@pytest.fixture
def cache(tmp_path):
    c = StoreCache.open(tmp_path / "fc.db")
    yield c
    c.close()


def as_json(result) -> str:
    return report_json(build_report(result))


def test_a_rescan_of_an_unchanged_corpus_extracts_nothing_and_gives_the_same_report(corpus, cache, toolkit):
    first = scan([corpus], toolkit=toolkit, cache=cache)
    second = scan([corpus], toolkit=toolkit, cache=cache)
    assert (first.extracted, second.extracted) == (3, 0)
    assert set(second.timings) == {"read", "reuse"}, "no extract, normalize or evaluate stage ran"
    assert as_json(second) == as_json(first) == as_json(scan([corpus], toolkit=toolkit))


def test_only_the_changed_article_is_extracted_and_the_result_equals_a_fresh_scan(corpus, cache, toolkit):
    scan([corpus], toolkit=toolkit, cache=cache)
    (corpus / "b.md").write_text("# Rocket\n\nRocket-7 has 90 billion parameters, according to Acme.\n")
    again = scan([corpus], toolkit=toolkit, cache=cache)
    assert again.extracted == 1
    assert as_json(again) == as_json(scan([corpus], toolkit=toolkit))


def test_other_rules_or_tool_version_miss_and_prune_drops_them(corpus, cache, toolkit):
    scan([corpus], toolkit=toolkit, cache=cache)
    changed = dataclasses.replace(toolkit, rules_hash="another-rule-set")
    assert changed.extraction_fingerprint != toolkit.extraction_fingerprint
    assert scan([corpus], toolkit=changed, cache=cache).extracted == 3
    cache.prune(changed.extraction_fingerprint)
    fps = {r[0] for r in cache.db.execute("select distinct fingerprint from extractions")}
    assert fps == {changed.extraction_fingerprint}


def test_an_unreadable_cache_entry_is_a_miss_not_an_error(corpus, cache, toolkit):
    scan([corpus], toolkit=toolkit, cache=cache)
    cache.db.execute("update extractions set payload = '{\"claims\": 3}', source = 'not json'")
    cache.db.execute("delete from scan_results")
    cache.db.conn.commit()
    again = scan([corpus], toolkit=toolkit, cache=cache)
    assert again.extracted == 3
    assert as_json(again) == as_json(scan([corpus], toolkit=toolkit))


def test_only_the_newest_corpus_results_are_kept(corpus, cache, toolkit):
    for i in range(KEEP_RESULTS + 2):
        (corpus / "b.md").write_text(f"Rocket-7 has {100 + i} billion parameters.\n")
        scan([corpus], toolkit=toolkit, cache=cache)
    assert cache.db.execute("select count(*) from scan_results").fetchone()[0] == KEEP_RESULTS


def test_documents_keep_their_real_path_even_from_the_cache(corpus, cache, toolkit, tmp_path):
    """The id names the article in findings (relative to the folder scanned); the path is the file itself."""
    moved = corpus.rename(tmp_path / "moved")
    first = scan([moved], toolkit=toolkit, cache=cache)
    copy = tmp_path / "copy"
    copy.mkdir()
    for name, text in ARTICLES.items():
        (copy / name).write_text(text)
    again = scan([copy], toolkit=toolkit, cache=cache)
    assert again.extracted == 0, "same ids and bytes: every document comes from the cache"
    assert {d.id: d.path for d in first.documents} == {n: (moved / n).as_posix() for n in ARTICLES}
    assert {d.id: d.path for d in again.documents} == {n: (copy / n).as_posix() for n in ARTICLES}
    assert as_json(again) == as_json(first), "the report names articles by id, so it does not depend on the folder"
