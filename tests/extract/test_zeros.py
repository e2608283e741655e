"""extract.zeros: a count told as none ("no one was killed") is the number 0 of that quantity."""

from __future__ import annotations

import pytest

from factcheck.api import scan_texts
from factcheck.models import Verdict


@pytest.mark.parametrize(
    "text, zero, quantity",
    [
        ("No one was killed in the blast, police said.", "No one", "deaths"),
        ("There were no injuries at the plant.", "no", "injured"),
        ("Nobody else was injured.", "Nobody", "injured"),
        ("No more than 5 people were killed.", None, None),
        ("He no longer lives in the town.", None, None),
        ("He had no arrest record.", None, None),
        ("There was no charge for entry.", None, None),
    ],
    ids=["no one killed", "no injuries", "nobody else injured", "a bound is no zero", "no count at all",
         "a word of the count modifying a noun", "a fee, not a charge"],
)
def test_a_count_told_as_none_is_zero(toolkit, text, zero, quantity):
    zeros = [c for c in scan_texts({"a.txt": text}, toolkit).claims if c.value.low == 0]
    assert [(c.text, c.attribute) for c in zeros] == ([(zero, quantity)] if zero else [])


@pytest.mark.parametrize(
    "text, zeros",
    [
        ("Aid workers said no one was killed or injured in the raid.", [("no one", "deaths"), ("injured", "injured")]),
        ("A spokesman said there were no dead or wounded.", [("no", "deaths"), ("wounded", "injured")]),
        ("No one was killed or died in the crash.", [("No one", "deaths")]),
    ],
    ids=["killed or injured", "dead or wounded", "a second word of the same quantity is no second count"],
)
def test_one_none_of_two_joined_quantities_is_none_of_each(toolkit, text, zeros):
    found = [c for c in scan_texts({"a.txt": text}, toolkit).claims if c.value.low == 0]
    assert [(c.text, c.attribute) for c in found] == zeros


def test_none_against_a_toll_is_a_conflict(toolkit):
    """Zero and twelve are not "too far apart to be one fact": none against some is the plainest conflict."""
    result = scan_texts(
        {
            "a.txt": "Bombs fell on the Yida camp on Thursday. No one was killed, officials said.",
            "b.txt": "Bombs fell on the Yida camp on Thursday, killing 12 people, officials said.",
        },
        toolkit,
    )
    assert Verdict.CONFLICT in {f.verdict for f in result.findings if f.attribute == "deaths"}
