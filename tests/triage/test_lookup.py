"""Reviewers type id prefixes: one match is enough, none or several is a clear error."""

from __future__ import annotations

import pytest

from factcheck.errors import LookupFailedError
from factcheck.triage.lookup import resolve_id

IDS = ["8336b798cb707abee984", "83aa0000000000000000", "5ccd3cc8e91eb760caff"]


@pytest.mark.parametrize(
    "prefix, expected",
    [("8336", "8336b798cb707abee984"), ("5", "5ccd3cc8e91eb760caff"), ("83AA", "83aa0000000000000000"),
     ("5ccd3cc8e91eb760caff", "5ccd3cc8e91eb760caff")],
    ids=["prefix", "one-char", "upper-case", "full-id"],
)
def test_a_unique_prefix_names_the_finding(prefix, expected):
    assert resolve_id(prefix, IDS) == expected


@pytest.mark.parametrize(
    "prefix, message",
    [("83", "2 findings start with this prefix (8336b798cb707abee984, 83aa0000000000000000)"),
     ("zz", "no finding has this id"), ("  ", "empty id")],
    ids=["ambiguous-lists-candidates", "unknown", "empty"],
)
def test_no_or_several_matches_fail_with_the_candidates(prefix, message):
    with pytest.raises(LookupFailedError, match=message.replace("(", r"\(").replace(")", r"\)")):
        resolve_id(prefix, IDS)
