"""Groups named by a number ("Five Little Tigers", "Big Model Six Dragons") and their members.

The number in the name is a claim about how many members the group has. A
list of members next to the name ("(MiniMax, Zhipu AI, ...)", ": A, B, C",
"— A, B and C —", "including A, B") or in the short sentence after it
("Besides A and B, there was also C.") tells which group it is, so that two
names with different words are matched by their members later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.context import DocContext
from factcheck.values.words import stem
from factcheck.extract.entities import EntityMention
from factcheck.models import Kind, Mention

# Introducers that give the whole list, and those that give examples.
_DEFINING = re.compile(r"\(|:|—|–|\s-\s|\bnamely\b|\bconsisting of\b|\bcomprising\b|\bmade up of\b|\bincluded\b", re.I)
_EXAMPLES = re.compile(r"\bincluding\b|\bsuch as\b|\blike\b|\bfor example\b", re.I)
_LIST_GAP = re.compile(r"^[\s,、/&]*(?:and\s+|or\s+|as well as\s+)?[\s\"'“”‘’]*$", re.I)
_QUOTES = "\"'“”‘’「」"


@dataclass(frozen=True)
class GroupLabel:
    """One mention of a number-named group."""

    start: int
    end: int
    text: str  # the whole name as written, e.g. "AI Six Little Tigers"
    number: float
    words: tuple[str, ...]  # stems of the name's words without the number ("ai", "littl", "tiger")
    head: str  # stem of the last word ("tiger")
    members: tuple[str, ...]  # names as written or canonical when known
    complete: bool  # the members were given as the whole list


def _is_label(m: Mention, text: str) -> bool:
    if m.kind != Kind.NUMBER or not m.counted or m.qualifier.value != "exact":
        return False
    words = m.counted.split()
    if not words or not all(w[:1].isupper() for w in words if w.isalpha()):
        return False
    number_part = text[m.start : m.end][: len(text[m.start : m.end]) - len(m.counted)].strip()
    quoted = text[max(0, m.start - 1) : m.start] in _QUOTES or any(
        ch in _QUOTES for ch in text[max(0, m.start - 25) : m.start].split("\n")[-1][-25:]
    )
    return (number_part[:1].isupper() and number_part.isalpha()) or (number_part.isdigit() and quoted)


class GroupFinder:
    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx

    def _prefix(self, start: int) -> int:
        """Extend a name leftwards over capitalised words: "Big Model" + "Six Dragons"."""
        text = self.ctx.document.text
        pos = start
        for _ in range(3):
            m = re.search(r"([A-Z][A-Za-z]*)\s+$", text[max(0, pos - 25) : pos])
            if not m or m.group(1).lower() in ("the", "a", "an", "of", "in"):
                break
            pos = pos - len(m.group(0))
        return pos

    def _list_after(self, pos: int, end: int) -> list[EntityMention]:
        """Entities forming a list from `pos`: consecutive names separated only by commas/and."""
        text = self.ctx.document.text
        ents = [e for e in self.ctx.entities_in(pos, end)]
        out: list[EntityMention] = []
        prev = pos
        for e in ents:
            gap = text[prev : e.start]
            if out and not _LIST_GAP.match(gap):
                break
            if not out and len(gap.strip(" \"'“”‘’")) > 3:
                break
            out.append(e)
            prev = e.end
        return out

    def _members(self, label_end: int, sent: tuple[int, int]) -> tuple[list[EntityMention], bool]:
        text = self.ctx.document.text
        window_end = min(sent[1], label_end + 90)
        for rx, complete in ((_DEFINING, True), (_EXAMPLES, False)):
            for m in rx.finditer(text, label_end, window_end):
                between = text[label_end : m.start()]
                if re.search(r"\d", between) or ";" in between:
                    break
                listed = self._list_after(m.end(), sent[1])
                if len(listed) >= 2:
                    return listed, complete
        # The short sentence right after: "Besides SenseTime and Megvii, there was also CloudWalk."
        nxt = self.ctx.sentence(sent[1] + 1)
        if nxt[0] > sent[1]:
            body = text[nxt[0] : nxt[1]]
            ents = self.ctx.entities_in(*nxt)
            if len(ents) >= 2 and len(body.split()) <= 25 and not re.search(r"\d", body):
                return ents, False
        return [], False

    def find(self) -> list[tuple[Mention, GroupLabel]]:
        text = self.ctx.document.text
        found = []
        for m in self.ctx.mentions:
            if not _is_label(m, text):
                continue
            start = self._prefix(m.start)
            name = text[start : m.end]
            words = tuple(stem(w) for w in re.findall(r"[A-Za-z]+", name[: m.start - start] + " " + m.counted))
            sent = self.ctx.sentence(m.start)
            members, complete = self._members(m.end, sent)
            found.append(
                (
                    m,
                    GroupLabel(
                        start=start,
                        end=m.end,
                        text=name,
                        number=m.low if m.low is not None else 0.0,
                        words=words,
                        head=words[-1] if words else "",
                        members=tuple(e.known or e.text for e in members),
                        complete=complete,
                    ),
                )
            )
        return found
