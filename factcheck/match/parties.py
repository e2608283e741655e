"""Two names that are the parties of one deal (applied to money figures of a knowledge attribute only): "Rovers signed Vell for £45 million" and "Vell joined
Rovers for £48 million" give the same fee to different subjects.

A fee, a price or a funding amount belongs to a deal between parties (a buyer and a seller, a club and a
player, an investor and a startup), and outlets choose different parties as the sentence's subject. Two
named subjects of one knowledge attribute are taken as one deal's parties when a sentence about each
names the other, in two different articles, and neither sentence gives another figure of the attribute
(a list of rivals' figures names every rival): then their figures are one figure told twice, and the
claims of the less named party take the more named one's name (with a note saying so). Open
quantities are left alone: two players named in one sentence each have their own points.

Cost: linear in the block's claims, plus a substring test for each claim and each distinct subject of the block
(a word search only where it is one).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from factcheck.models import Claim


def named_in(name: str, sentence: str) -> bool:
    """Is the name, or the last word of a name of several words, in the sentence as a word? A form that is not
    even a substring of the sentence is not searched for as a word: `join_parties` asks this for every claim
    and every subject of a block, and most names are in no sentence of the others."""
    words = name.split()
    forms = [name] + ([words[-1]] if len(words) > 1 and len(words[-1]) >= 4 else [])
    return any(f in sentence and re.search(rf"(?<!\w){re.escape(f)}(?!\w)", sentence) for f in forms)


def _find(parent: dict[str, str], k: str) -> str:
    while parent[k] != k:
        parent[k] = parent[parent[k]]
        k = parent[k]
    return k


def join_parties(claims: Sequence[Claim]) -> list[Claim]:
    """The claims of one block of a knowledge attribute, with the subjects of one deal given one name."""
    names: dict[str, str] = {}
    docs: dict[str, set[str]] = defaultdict(set)  # subject -> documents where it is the subject
    for c in claims:
        if c.entity:
            names.setdefault(c.entity.casefold(), c.entity)
            docs[c.entity.casefold()].add(c.document)
    if len(names) < 2:
        return list(claims)
    # which other subjects a sentence about each subject names, and in which documents
    names_other: dict[tuple[str, str], set[str]] = defaultdict(set)
    per_sentence = Counter((c.document, c.sentence) for c in claims)
    for c in claims:
        if not c.entity or per_sentence[(c.document, c.sentence)] > 1:
            continue  # "A, B and C had 194, 116 and 41 million users": each name has its own figure
        own = c.entity.casefold()
        for other, shown in names.items():
            if other != own and named_in(shown, c.sentence):
                names_other[(own, other)].add(c.document)
    parent = {k: k for k in names}
    for (a, b), docs_a in names_other.items():
        docs_b = names_other.get((b, a), set())
        if docs_b and any(x != y for x in docs_a for y in docs_b):
            parent[_find(parent, a)] = _find(parent, b)
    counts = Counter(c.entity.casefold() for c in claims if c.entity)
    members: dict[str, list[str]] = defaultdict(list)
    for k in names:
        members[_find(parent, k)].append(k)
    rename: dict[str, str] = {}
    for keys in members.values():
        if len(keys) > 1:
            head = max(keys, key=lambda k: (counts[k], k))
            rename.update({k: head for k in keys if k != head})
    if not rename:
        return list(claims)
    out = []
    for c in claims:
        head = rename.get(c.entity.casefold()) if c.entity else None
        if head is not None:
            note = f"'{c.entity}' and {names[head]} are the parties of one deal (each named where the other is the subject)"
            c = c.model_copy(update={"entity": names[head], "notes": [*c.notes, note]})
        out.append(c)
    return out
