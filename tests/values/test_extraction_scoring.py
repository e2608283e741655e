"""The extraction benchmark's scoring rule (benchmarks/extraction.py) for dates: gold that needs an
unrecorded "now" is not scored, and a span "X to Y" counts in either convention, once.

The items are our own, in the benchmark's line format.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "extraction.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("extraction_bench", _PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["extraction_bench"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "ref, text, value, checkable",
    [
        (None, "demain", "2016-11-08", False),  # resolved against the day the gold was made: unknown
        (None, "la semaine prochaine", ["2016-11-14", "2016-11-21"], False),
        (None, "avant 2018", [None, "2018-01-01"], True),
        (None, "de novembre à février 2017", ["2016-11-01", "2017-02-01"], True),  # one year written suffices
        (None, "15.05.99", "1999-05-15", True),
        ("2016-11-07T00:00:00", "demain", "2016-11-08", True),
        (None, "hier", None, False),
    ],
)
def test_only_gold_that_needs_no_unrecorded_now_is_scored(bench, ref, text, value, checkable):
    case = {"text": text, "expected": [], **({"ref_date": ref} if ref else {})}
    item = {"text": text, "value": value, "kind": "date" if isinstance(value, str) else "date_range"}
    assert bench.checkable(case, item) is checkable


def test_a_span_matches_gold_of_either_convention_once(bench):
    pred = {"value": ["2016-12-04", "2016-12-24"], "readings": [["2016-12-04", "2016-12-23"]], "unit": None}
    inclusive = {"value": ["2016-12-04", "2016-12-24"], "unit": None}
    to_point = {"value": ["2016-12-04", "2016-12-23"], "unit": None}
    assert bench.match_count([to_point], [pred]) == 1
    assert bench.match_count([to_point], [pred], strict=True) == 0
    assert bench.match_count([inclusive, to_point], [pred]) == 1  # one prediction, one gold item


def test_the_error_listing_names_what_the_matching_left_over(bench, tmp_path, capsys):
    """`--errors FILE` lists a missed gold item and a prediction that matched none, with the same
    one-to-one matching the score uses (a second gold item never takes a used prediction)."""
    found, used = bench.match_pairs([{"value": 3, "unit": None}, {"value": 3, "unit": None}], [{"value": 3, "unit": None}, {"value": 7, "unit": None}])
    assert (found, used) == ([True, False], [True, False])
    case = {"id": "own-1", "text": "Il y a trois chats et 12 chiens.", "expected": [{"text": "trois", "value": 3, "unit": None, "kind": "number"}, {"text": "douze", "value": 13, "unit": None, "kind": "number"}]}
    path = tmp_path / "fr_number.jsonl"
    path.write_text(__import__("json").dumps(case) + "\n", encoding="utf-8")
    bench.print_errors(path, bench.file_lexicon(path))
    out = capsys.readouterr().out
    assert "own-1" in out and "missed 'douze' 13" in out and "false  '12' 12.0" in out and "'trois'" not in out.split("\n", 1)[1]
