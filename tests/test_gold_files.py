"""The development gold files point at real articles in ../shared/corpora: every quote must be there.

A gold claim that quotes words its article does not hold can never be matched, so the accuracy
figures would be wrong without anyone noticing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from goldscore import _spans

GOLD = Path(__file__).parent / "gold"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
KINDS = {"conflict", "internal_inconsistency", "agreement", "different_scope", "consistent"}
FILES = sorted((GOLD / "ecbplus").glob("*.yml"))


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/corpora is not beside the project")
@pytest.mark.parametrize("gold", FILES, ids=[p.stem for p in FILES])
def test_every_gold_quote_is_in_its_article(gold: Path):
    data = yaml.safe_load(gold.read_text(encoding="utf-8"))
    folder = SHARED / data["corpus"]
    assert folder.is_dir(), data["corpus"]
    ids = [f["id"] for f in data["findings"]]
    assert len(ids) == len(set(ids)), "case ids repeat"
    for case in data["findings"]:
        assert case["kind"] in KINDS, case["id"]
        for claim in case["claims"]:
            text = (folder / claim["file"]).read_text(encoding="utf-8")
            assert _spans(text, claim["quote"], claim.get("line")), f"{case['id']}: {claim['quote']!r} not in {claim['file']}"


def test_the_development_set_covers_at_least_25_clusters():
    assert len(FILES) >= 25
