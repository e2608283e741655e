"""A long article is extracted in pieces: the pieces cover it exactly, claims come back at their places in the whole
article, an article over spaCy's max_length is read to its end, and the budget stops between pieces in every engine.

Small pieces (Budget.piece_chars) stand in for the default so the tests stay fast; benchmarks/robustness.py measures the
defaults on a 10,000-row table and a 5 MB line.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.app.budget import Budget
from factcheck.app.guarded import extract_one
from factcheck.app.parallel import Engine, extract_many
from factcheck.app.pieces import piece_document, spans
from factcheck.extract.claims import claim_id
from factcheck.ingest import build_document

UNBOUNDED = Budget(characters=None, claims=None, group_claims=None, seconds=None)


def document(toolkit, text: str, name: str = "a.md"):
    return build_document(name, name, text, hashlib.sha256(text.encode()).hexdigest(), toolkit.knowledge, toolkit.lexicon)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab. \n\t", max_size=400), st.integers(min_value=2, max_value=60))
def test_pieces_cover_the_text_in_order_within_the_size(text, size):
    bounds = spans(text, size)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:])), "contiguous, no gap or overlap"
    assert all(0 < end - start <= size for start, end in bounds) or text == ""


@pytest.mark.parametrize(
    ("text", "size", "cuts"),
    [
        ("aaaa bbbb cc.\n\ndd.\neeee ffff gggg", 24, [15]),  # after the blank line, though a line break is later
        ("aaaa bbbb cc. dd.\neeee. ffff gggg", 24, [18]),  # after the line break, though a sentence ends later
        ("aaaa bbbb cccc. dd eeee ffff gggg", 24, [16]),  # after the sentence end, though a space is later
        ("one two three four five six seven", 24, [24]),  # after the last space
        ("x" * 30, 24, [24]),  # no break at all: a hard cut
        ("a.\n\n" + "x" * 30, 24, [24]),  # a break in the first half would make tiny pieces: a hard cut
    ],
    ids=["paragraph", "line", "sentence", "word", "hard", "not-in-the-first-half"],
)
def test_a_piece_ends_at_the_best_break(text, size, cuts):
    """The best break in the second half of the window: blank line, line break, sentence end, space, else the size."""
    assert [end for _, end in spans(text, size)[:-1]] == cuts


STAFF = "## Acme\n\nAcme had {n} staff in 2020, the company said.\n\n| Company | Year | Revenue |\n|---|---|---|\n| Acme | 2021 | ${n}.5 million |\n\n"


def test_claims_from_pieces_are_those_of_the_whole_article(toolkit):
    """Where no claim needs the text of an earlier piece, pieces give the very claims of one pass: same ids,
    offsets, lines, columns, values, subjects and attributes."""
    text = "".join(STAFF.format(n=100 + i) for i in range(12))
    doc = document(toolkit, text)
    whole, _ = extract_one(doc, toolkit, UNBOUNDED)
    cut, _ = extract_one(doc, toolkit, replace(UNBOUNDED, piece_chars=300))
    assert len(spans(text, 300)) > 5, "the article must really be cut"
    key = lambda c: (c.id, c.start, c.end, c.line, c.column, c.text, c.value, c.entity, c.attribute, c.frame.entity_at)
    assert whole is not None and cut is not None and whole.claims
    assert [key(c) for c in cut.claims] == [key(c) for c in whole.claims]
    assert all(c.text == text[c.start : c.end] and c.id == claim_id("a.md", c.start, c.end) for c in cut.claims)
    assert cut.document is doc


def test_a_piece_keeps_the_structure_read_from_the_whole_article(toolkit):
    """The second half of a table still knows its column headers."""
    text = "| Company | Year | Revenue |\n|---|---|---|\n" + "".join(f"| Acme | {2000 + i} | ${i}.5 million |\n" for i in range(20))
    doc = document(toolkit, text)
    start = text.index("| Acme | 2015")
    piece = piece_document(doc, start, len(text))
    assert piece.text == text[start:]
    assert piece.cells and all(c.header in ("Company", "Year", "Revenue") for c in piece.cells)
    assert all(piece.text[c.start : c.end] == text[c.start + start : c.end + start] for c in piece.cells)


def test_an_article_over_spacys_max_length_is_read_to_its_end(toolkit):
    """1,050,000 characters: no max_length failure, and the figure in its last line is found where it is."""
    filler = "The weather was mild and the streets were quiet that morning.\n\n" * 16_500
    text = filler + "Acme had 120 staff in 2020.\n"
    assert len(text) > 1_000_000
    doc = document(toolkit, text)
    ex, notes = extract_one(doc, toolkit, Budget(seconds=None))
    assert notes == [] and ex is not None
    (claim,) = [c for c in ex.claims if c.text.startswith("120")]
    assert (claim.line, claim.column) == (text.count("\n"), 10) and text[claim.start : claim.end] == claim.text


def _many(toolkit, count: int):
    text = "".join(STAFF.format(n=100 + i) for i in range(12))
    return [document(toolkit, text, f"a{i}.md") for i in range(count)]


@pytest.mark.parametrize("engine", [Engine("local", 1), Engine("local", 2), Engine("dask", 2)], ids=["in-process", "pool", "dask"])
def test_the_time_budget_stops_an_article_between_pieces_in_every_engine(toolkit, engine):
    """Over its time, an article keeps the claims of the pieces read and says how much of it was read."""
    if engine.kind == "dask":
        pytest.importorskip("dask.distributed")
    docs = _many(toolkit, 8)  # enough for the pool to be used
    budget = Budget(claims=None, seconds=0.0, piece_chars=300)
    results = list(extract_many(docs, toolkit, engine, budget))
    whole, _ = extract_one(docs[0], toolkit, UNBOUNDED)
    for doc, (ex, notes) in zip(docs, results):
        first = spans(doc.text, 300)[0][1]
        assert ex is not None and ex.claims and all(c.end <= first for c in ex.claims), "only the first piece"
        assert len(ex.claims) < len(whole.claims)
        (note,) = notes
        assert note.code == "FC906" and "over the budget of 0 s" in note.message
        assert f"only the first {first:,} of {len(doc.text):,} characters extracted" in note.message


def test_the_claim_budget_stops_reading_further_pieces(toolkit):
    doc = _many(toolkit, 1)[0]
    ex, (note,) = extract_one(doc, toolkit, Budget(claims=3, seconds=None, piece_chars=300))
    first = spans(doc.text, 300)[0][1]
    assert ex is not None and len(ex.claims) == 3
    assert "over the budget of 3" in note.message and f"only the first {first:,} of" in note.message


def test_a_piece_that_fails_is_a_diagnostic_at_its_line_and_the_rest_is_kept(toolkit, monkeypatch):
    doc = _many(toolkit, 1)[0]
    bounds = spans(doc.text, 300)
    bad_start = bounds[1][0]
    real = toolkit.extractor.extract

    def extract(piece):
        if piece.text == doc.text[bounds[1][0] : bounds[1][1]]:
            raise RuntimeError("simulated failure")
        return real(piece)

    monkeypatch.setattr(toolkit.extractor, "extract", extract)
    ex, notes = extract_one(doc, toolkit, replace(UNBOUNDED, piece_chars=300))
    assert ex is not None and ex.claims
    assert not any(bounds[1][0] <= c.start < bounds[1][1] for c in ex.claims)
    assert any(c.start >= bounds[2][0] for c in ex.claims), "the pieces after the failed one are read"
    (note,) = notes
    assert (note.code, note.line) == ("FC905", doc.line_col(bad_start)[0]) and "simulated failure" in note.message
