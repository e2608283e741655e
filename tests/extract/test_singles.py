"""extract.singles: a count of one told in words beside a toll or an arrest is the number 1 of that quantity."""

from __future__ import annotations

import pytest

from factcheck.api import scan_texts


@pytest.mark.parametrize(
    "text, one, quantity",
    [
        ("The blast killed one man, police said.", "one man", "deaths"),
        ("The storm hit the coast, killing one person.", "one person", "deaths"),
        ("One person was arrested at the scene.", "One person", "arrested"),
        ("A single officer was injured in the clash.", "A single officer", "injured"),
        ("Gunmen opened fire, killing one of the guards.", None, None),
        ("One path leads down to the river.", None, None),
        ("The council named one man to lead the review.", None, None),
    ],
    ids=["killed one man", "killing one person", "one person was arrested", "a single officer injured",
         "one of several is no count of one", "no toll word", "a verb of no toll"],
)
def test_a_count_of_one_beside_a_toll_word_is_one(toolkit, text, one, quantity):
    ones = [c for c in scan_texts({"a.txt": text}, toolkit).claims if c.value.low == 1]
    assert [(c.text, c.attribute) for c in ones] == ([(one, quantity)] if one else [])
