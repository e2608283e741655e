"""plain and stem: the one way every stage compares words."""

from __future__ import annotations

from factcheck.values.words import plain, stem


def test_plain_keeps_length_and_straightens_quotes_and_hyphens():
    s = "StepFun’s “Six Tigers” 16\u2011Year"
    assert plain(s) == "StepFun's \"Six Tigers\" 16-Year"
    assert len(plain(s)) == len(s)


def test_stem_folds_inflections_case_and_curly_quotes():
    assert stem("Valuations") == stem("valuation")
    assert stem("company’s") == stem("company's")
