"""A long article extracted in pieces: cut at paragraph, line, sentence or word breaks, each piece extracted as an
article of its own, the claims put back at their places in the whole article.

Why: spaCy refuses a text over its `max_length` (1,000,000 characters), and the extractor's time and memory grow
faster than the length of the text it is given. Pieces of at most PIECE_CHARS keep both bounded per piece, so an
article costs time linear in its length and memory of one piece; factcheck.app.guarded checks the budget between
pieces. An article up to PIECE_CHARS (every ordinary news article: the seeds' longest has ~24,000) is one piece,
extracted exactly as before.

Each piece keeps the article's id, date, title, language and the structure read from the whole article (headings,
table cells with their column headers), shifted to the piece; a claim's offsets, line, column, id, and the offsets in
its frame are moved back into the whole article. What a piece cannot see is the text of the pieces before it (a
heading far above, an earlier sentence giving the year): claims near a cut may have less context.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.app.budget import PIECE_CHARS
from factcheck.models import Block, Claim, ClaimRef, Document, Extraction, TableCell

_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’)\]]*\s")


def _break_in(text: str, lo: int, hi: int) -> int:
    """The best place to cut `text` between `lo` and `hi`: after the last blank line, else line break, else
    sentence end, else space in the window's second half; `hi` when there is none (a hard cut)."""
    for sep in ("\n\n", "\n"):
        at = text.rfind(sep, lo, hi)
        if at != -1:
            return at + len(sep)
    last = None
    for last in _SENTENCE_END.finditer(text, lo, hi):
        pass
    if last is not None:
        return last.end()
    at = max(text.rfind(" ", lo, hi), text.rfind("\t", lo, hi))
    return at + 1 if at != -1 else hi


def spans(text: str, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) of each piece of `text`, in order, covering it whole; one span when it fits in `size`."""
    out, start = [], 0
    while len(text) - start > size:
        end = _break_in(text, start + size // 2, start + size)
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


def piece_document(doc: Document, start: int, end: int) -> Document:
    """The part [start, end) of `doc` as an article of its own (same id and metadata, its structure shifted)."""
    blocks = [
        Block(kind=b.kind, start=max(b.start, start) - start, end=min(b.end, end) - start, level=b.level,
              text=b.text if start <= b.start and b.end <= end else doc.text[max(b.start, start) : min(b.end, end)])
        for b in doc.blocks
        if b.start < end and b.end > start
    ]
    cells = [
        TableCell(start=c.start - start, end=c.end - start, row_label=c.row_label, header=c.header, first_header=c.first_header)
        for c in doc.cells
        if start <= c.start and c.end <= end
    ]
    return doc.model_copy(update={"text": doc.text[start:end], "blocks": blocks, "cells": cells})


def _moved(claim: Claim, doc: Document, offset: int, ids: dict[str, str]) -> Claim:
    start, end = claim.start + offset, claim.end + offset
    line, column = doc.line_col(start)
    frame = claim.frame
    changes: dict[str, object] = {}
    if frame.entity_at is not None:
        changes["entity_at"] = frame.entity_at + offset
    if frame.place is not None and not (frame.place.kind == "under" and frame.place.start == 0):  # 0: no parent
        changes["place"] = frame.place.model_copy(update={"start": frame.place.start + offset})
    if frame.refers_to is not None and frame.refers_to.id in ids:
        changes["refers_to"] = ClaimRef(id=ids[frame.refers_to.id])
    return claim.model_copy(
        update={
            "id": ids[claim.id],
            "start": start,
            "end": end,
            "line": line,
            "column": column,
            "frame": frame.model_copy(update=changes) if changes else frame,
        }
    )


def place_back(ex: Extraction, doc: Document, offset: int) -> Extraction:
    """A piece's extraction with its claims moved to their places in the whole article `doc`."""
    if offset == 0 and ex.document is doc:
        return ex
    from factcheck.extract.claims import claim_id  # spaCy's import: only when a long article is cut

    ids = {c.id: claim_id(doc.id, c.start + offset, c.end + offset) for c in ex.claims}
    claims = [_moved(c, doc, offset, ids) for c in ex.claims]
    return Extraction(document=doc, claims=claims, aliases=ex.aliases, names=ex.names)


def merge(doc: Document, parts: list[Extraction]) -> Extraction:
    """The extractions of consecutive pieces (already placed back) as one extraction of `doc`."""
    if len(parts) == 1:
        return parts[0]
    return Extraction(
        document=doc,
        claims=[c for p in parts for c in p.claims],
        aliases=list(dict.fromkeys(a for p in parts for a in p.aliases)),
        names=[n for p in parts for n in p.names],
    )


def pieces(doc: Document, size: int = PIECE_CHARS) -> Iterator[tuple[int, int, Document]]:
    """(start, end, piece) of `doc` in order; the document itself when it fits in one piece."""
    bounds = spans(doc.text, size)
    if len(bounds) == 1:
        yield 0, len(doc.text), doc
        return
    for start, end in bounds:
        yield start, end, piece_document(doc, start, end)
