"""One article's parsed state, shared by the choosers that turn mentions into claims.

Holds the spaCy Doc, the sentences and clauses as character spans, the
entity and cue mentions in order, and the structural context of every offset
(which heading, label, bullet or table cell it sits in).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from spacy.attrs import IDX
from spacy.tokens import Doc

from factcheck.extract.cues import CueMention
from factcheck.extract.entities import EntityMention
from factcheck.knowledge import Knowledge
from factcheck.models import Block, Document, Mention, TableCell

# Clause breaks inside a sentence: semicolons, and ", and/but/while/whereas" unless a figure follows
# (", and 41.64 million" continues a list of figures).
_CLAUSE_BREAK = re.compile(
    r";\s+|,\s+(?:and|but|while|whereas|although|though)\s+(?![\d$€£¥~≈]|(?:about|over|nearly|more than)\s)"
)


@dataclass
class DocContext:
    document: Document
    doc: Doc
    knowledge: Knowledge
    mentions: list[Mention]
    entities: list[EntityMention]
    cues: list[CueMention]
    sentences: list[tuple[int, int]]
    _token_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._token_starts = self.doc.to_array([IDX]).tolist() if len(self.doc) else []
        self._sentence_starts = [s for s, _ in self.sentences]
        self._entity_starts = [e.start for e in self.entities]
        self._cue_starts = [c.start for c in self.cues]
        self._mention_starts = [m.start for m in self.mentions]
        self._block_starts = [b.start for b in self.document.blocks]
        self._cell_starts = [c.start for c in self.document.cells]

    # ------------------------------------------------------------ positions

    def token_index(self, offset: int) -> int:
        """Index of the token holding `offset`."""
        return max(0, bisect_right(self._token_starts, offset) - 1)

    def token_distance(self, a: int, b: int) -> int:
        """How many tokens lie between two character offsets (0 when adjacent)."""
        ta, tb = self.token_index(a), self.token_index(b)
        return abs(tb - ta)

    def sentence(self, offset: int) -> tuple[int, int]:
        i = max(0, bisect_right(self._sentence_starts, offset) - 1)
        return self.sentences[i] if self.sentences else (0, len(self.document.text))

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause of the sentence holding [start, end): split at semicolons and ', and ...'."""
        s_start, s_end = self.sentence(start)
        breaks = self._clause_breaks.get((s_start, s_end))
        if breaks is None:  # each sentence is scanned once, not once per figure in it
            text = self.document.text
            breaks = self._clause_breaks[(s_start, s_end)] = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text, s_start, s_end)]
        lo, hi = s_start, s_end
        for b_start, b_end in breaks:
            if b_end <= start:
                lo = b_end
            elif b_start >= end:
                hi = b_start
                break
        return lo, hi

    @cached_property
    def _clause_breaks(self) -> dict[tuple[int, int], list[tuple[int, int]]]:
        return {}

    def block(self, offset: int) -> Block | None:
        i = bisect_right(self._block_starts, offset) - 1
        if i >= 0 and self.document.blocks[i].start <= offset <= self.document.blocks[i].end:
            return self.document.blocks[i]
        return None

    def cell(self, offset: int) -> TableCell | None:
        i = bisect_right(self._cell_starts, offset) - 1
        if i >= 0 and self.document.cells[i].start <= offset <= self.document.cells[i].end:
            return self.document.cells[i]
        return None

    def row_cells(self, offset: int) -> list[TableCell]:
        """Every cell of the table row holding `offset`."""
        block = self.block(offset)
        if block is None or block.kind != "row":
            return []
        lo = bisect_left(self._cell_starts, block.start)
        hi = bisect_right(self._cell_starts, block.end)
        return self.document.cells[lo:hi]

    # ------------------------------------------------------------- mentions

    def entities_in(self, start: int, end: int) -> list[EntityMention]:
        lo = bisect_left(self._entity_starts, start)
        hi = bisect_left(self._entity_starts, end)
        return self.entities[lo:hi]

    def cues_in(self, start: int, end: int) -> list[CueMention]:
        lo, hi = bisect_left(self._cue_starts, start), bisect_left(self._cue_starts, end)
        return [c for c in self.cues[lo:hi] if c.end <= end]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        lo, hi = bisect_left(self._mention_starts, start), bisect_left(self._mention_starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    # ------------------------------------------------------------ structure

    @cached_property
    def headings(self) -> list[Block]:
        return [b for b in self.document.blocks if b.kind in ("heading", "label")]

    @cached_property
    def _heading_ends(self) -> list[int] | None:
        """Where each heading ends, when they end in text order (then those above an offset are a prefix)."""
        ends = [h.end for h in self.headings]
        return ends if all(a <= b for a, b in zip(ends, ends[1:])) else None

    def enclosing_headings(self, offset: int) -> list[Block]:
        """Headings and labels above `offset`, innermost first (a label is below any heading)."""
        ends = self._heading_ends
        if ends is None:
            return self._chain([h for h in self.headings if h.end < offset])
        # every offset after the same headings has the same chain: walked once per heading, not per figure
        k = bisect_left(ends, offset)
        chain = self._chains.get(k)
        if chain is None:
            chain = self._chains[k] = self._chain(self.headings[:k])
        return list(chain)

    @cached_property
    def _chains(self) -> dict[int, list[Block]]:
        return {}

    @staticmethod
    def _chain(above: list[Block]) -> list[Block]:
        chain: list[Block] = []
        level = 99
        for h in reversed(above):
            if h.level < level:
                chain.append(h)
                level = h.level
            if level <= 1:
                break
        return chain

    def text(self, start: int, end: int) -> str:
        return self.document.text[start:end]
