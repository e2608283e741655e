"""extract.records: a win-loss record ("52-3") is one claim measuring the record, never two numbers or a score."""

from __future__ import annotations

import pytest

from factcheck.api import scan_texts
from factcheck.evaluate.findings import show_value
from factcheck.models import Kind, Verdict


def records(toolkit, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, subject, value) of each record claim one article of `text` makes."""
    return [(c.text, c.entity, c.value.record) for c in scan_texts({"a.txt": text}, toolkit).claims if c.kind == Kind.RECORD]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dario Venn (31-2, 25 KOs) stopped his rival in the fifth round.", [("31-2", "Dario Venn", "31-2")]),
        ("Dario Venn, 31-2, 25 KOs, stopped his rival in the fifth round.", [("31-2", "Dario Venn", "31-2")]),
        ("Ilse Marrow (18-4-1) won a split decision on Friday.", [("18-4-1", "Ilse Marrow", "18-4-1")]),
        ("Dario Venn improved his record to 31-2 on Saturday.", [("31-2", "Dario Venn", "31-2")]),
        ("The win, his third this year-improved the champion to 31-2.", [("31-2", None, "31-2")]),
        ("The Harriers stand at 11-4 after three straight wins.", [("11-4", "Harriers", "11-4")]),
        ("The Harriers finished with a 2-14 mark in their first year.", [("2-14", "Harriers", "2-14")]),
        ("Dario Venn, who improved his record to 31-2, was never in trouble.", [("31-2", "Dario Venn", "31-2")]),
        ("On Friday, the win gave the Harriers a 9-5 season.", [("9-5", "Harriers", "9-5")]),
        ("They sit last in the Eastern Division with a 9-14 record.", [("9-14", None, "9-14")]),
        ("It was a third win over Tomas Ried, and with it he improves to 31-2.", [("31-2", None, "31-2")]),
        ("The Harriers won 31-27 at home on Sunday.", []),
        ("It was a 24-17 win for the Harriers.", []),
        ("The Harriers cut the lead to 14-7 before half-time.", []),
        ("The Harriers joined the league in the 2013-14 season.", []),
        ("Between 10-15 people watched the Harriers train.", []),
        ("Call the Harriers on 555-123-4567 for tickets.", []),
    ],
    ids=[
        "in brackets after a name", "between commas after a name, before a count", "wins, losses and draws",
        "after 'record ... to'", "a cue glued to the word before it", "the name before a relative clause",
        "the name before 'a 9-5 season'", "a place is no owner", "the other side is no owner", "after 'stand at'", "before 'mark', fewer wins than losses", "a score after 'won'",
        "a score before 'win'", "a score after 'the lead to'", "a season's years", "a range of people", "a phone number",
    ],
)
def test_a_win_loss_record_is_one_claim(toolkit, text, expected):
    assert records(toolkit, text) == expected


@pytest.mark.parametrize(
    "text, figure, variant",
    [
        ("The Harriers moved their record to 9-1 in close games.", "9-1", "in close games"),
        ("The win improved the Harriers to 40-21 all-time in cup play.", "40-21", "all-time in cup play"),
        ("Dario Venn improved his record to 31-2 with 25 knockouts.", "31-2", None),
        ("The Harriers improved to 25-7 on the season and face the Owls next.", "25-7", None),
        ("The Harriers posted a record of 43-39 in 2004-05.", "43-39", None),
        ("The Harriers moved their record to 9-1 in close games and won again.", "9-1", "in close games"),
    ],
    ids=["a record in some games", "an all-time record in one event", "a count after 'with' is no part",
         "'on the season' is the whole record", "a season's years are no part", "the part ends at 'and'"],
)
def test_a_part_of_a_record_is_kept_apart_by_its_words(toolkit, text, figure, variant):
    """"9-1 in close games" is no season record: its words keep it apart from the whole one (frame.variant)."""
    claim = next(c for c in scan_texts({"a.txt": text}, toolkit).claims if c.text == figure)
    assert (claim.kind, claim.frame.variant) == (Kind.RECORD, variant)


@pytest.mark.parametrize(
    "b_record, verdict",
    [("31-2", Verdict.AGREEMENT), ("32-2", Verdict.CONFLICT), ("31-2-0", Verdict.AGREEMENT)],
    ids=["the same record", "one more win", "no draws told and none"],
)
def test_two_records_of_one_fighter_agree_or_conflict(toolkit, b_record, verdict):
    result = scan_texts(
        {
            "a.txt": "Dario Venn (31-2, 25 KOs) stopped Tomas Ried in the fifth round in Halden on Saturday.",
            "b.txt": f"Dario Venn ({b_record}, 25 KOs) stopped Tomas Ried in the fifth round in Halden on Saturday.",
        },
        toolkit,
    )
    found = [f for f in result.findings if f.attribute == "record"]
    assert [f.verdict for f in found] == [verdict]
    claims = {c.id: c for c in result.claims}
    assert sorted(show_value(claims[i]) for i in found[0].claims) == sorted(["31-2", b_record])
    assert not [x for x in found[0].explanation if x.startswith("tolerance")]  # compared count for count, no rounding
