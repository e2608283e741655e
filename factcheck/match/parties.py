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
from collections.abc import Callable, Sequence

from factcheck.match.sole import first_told
from factcheck.models import Claim, Qualifier, Role


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


def join_deal(claims: Sequence[Claim], same_story: Callable[[str, str], bool] = lambda a, b: True, term: bool = False) -> list[Claim]:
    """The claims of one block of a knowledge attribute of money, with the parties of the story's deal given one
    name, and the unnamed figures of the articles that tell that deal given it too.

    A fee is told first in each outlet's lead ("Harwick City have signed Dario Lunetti from Rio Claro for a fee of
    £52 million", "Rio Claro confirm the sale of Lunetti"), naming the deal's parties; later figures are often
    unnamed ("The guaranteed fee is £48m") or given to another party. The parties are the names in the sentence
    of each article's first actual figure (a list of several figures names rivals, not parties), joined where
    two articles' leads share one; they need at least two articles that tell one story (`same_story`), and an
    unnamed figure joins only in an article of that story. Another deal of a party ("rivals Castlebury spent
    £85m") keeps its own name, and a figure compared with keeps its subject.

    `term`: a figure of the deal each article of the story tells once (a price, its add-ons, the most its fee can
    reach), each outlet giving it to the party it writes about, is one deal's even where no two leads share a
    party (`_one_term`)."""
    claims = short_forms(claims, same_story)
    names: dict[str, str] = {c.entity.casefold(): c.entity for c in claims if c.entity}
    if not names:
        return list(claims)
    per_sentence = Counter((c.document, c.sentence) for c in claims if _plain(c))
    leads: list[tuple[str, set[str]]] = []
    for doc, c in first_told(claims).items():
        if per_sentence[(doc, c.sentence)] > 1:
            continue  # "A, B and C raised ...": rivals, not a deal's parties
        words = c.sentence.replace(c.text, " ")  # not the figure's own words ("3 billion RMB" names no party)
        parties = {k for k, shown in names.items() if (c.entity and k == c.entity.casefold()) or named_in(shown, words)}
        if parties:
            leads.append((doc, parties))
    # a term told once by each article is the story's deal's, whichever party each lead names
    deal, docs = _one_term(claims, same_story) if term else (set(), set())
    told_once = bool(deal)
    if not deal:
        deal, docs = _shared_parties(leads, same_story)
    if not deal:
        return list(claims)
    counts = Counter(c.entity.casefold() for c in claims if c.entity and c.entity.casefold() in deal)
    head = max(deal, key=lambda k: (counts[k], k))
    telling = {
        c.document
        for c in claims
        if ((c.entity and c.entity.casefold() in deal) or any(named_in(names[k], c.sentence) for k in deal))
        and any(c.document == d or same_story(c.document, d) for d in docs)
    } | (docs if told_once else set())  # a term told once per article: each article's, named or not
    out = []
    for c in claims:
        key = c.entity.casefold() if c.entity else None
        if c.frame.role != Role.COMPARISON and key != head and c.document in telling and (key in deal or key is None):
            what = f"'{c.entity}' is a party of" if c.entity else "an unnamed figure of an article that tells"
            c = c.model_copy(update={"entity": names[head], "notes": [*c.notes, f"{what} the deal {names[head]} is a party of (each outlet's lead names them)"]})
        out.append(c)
    return out


def short_forms(claims: Sequence[Claim], same_story: Callable[[str, str], bool], least: int = 1) -> list[Claim]:
    """A one-word name that is the first or the last word of exactly one longer name of the block is that name, in an
    article that holds the longer name or tells one story with one that does: outlets shorten a name as they
    please ("Harwick" and "Harwick City", "Colts" and "Indianapolis Colts", "Reed" and "Ana Reed"). With two such
    names ("Manchester": City or United? "Reed": Ana or Tom?) it stays as written, and so it does in an
    unrelated story. `least`: how many articles must write the longer name as a subject; outside a deal two, since
    a longer name one article alone writes is often a headline's run of capitals ("Colts Beat Rams") or a
    family's name ("the Reed family" beside "Ana Reed")."""
    keys = {c.entity.casefold(): c.entity for c in claims if c.entity}
    docs: dict[str, set[str]] = defaultdict(set)  # name -> the articles that write it
    for c in claims:
        if c.entity:
            docs[c.entity.casefold()].add(c.document)
    full: dict[str, str] = {}
    for k in keys:
        longer = [n for n in keys if _shortens(k, n)]
        if len(longer) == 1 and len(docs[longer[0]]) >= least:
            full[k] = longer[0]

    def expand(c: Claim) -> Claim:
        key = c.entity.casefold() if c.entity else None
        if key not in full or not any(c.document == d or same_story(c.document, d) for d in docs[full[key]]):
            return c
        name = keys[full[key]]
        return c.model_copy(update={"entity": name, "notes": [*c.notes, f"'{c.entity}' is short for {name}"]})

    return [expand(c) for c in claims] if full else list(claims)


def _shortens(short: str, name: str) -> bool:
    """Is `short` one word that is the first or the last word of the longer `name` ("reed" of "ana reed")? A name
    of several words inside a longer one ("Fennick Analytics" of "rival Fennick Analytics") is as often a name
    with a description glued on as a short form."""
    return " " not in short and (name.startswith(short + " ") or name.endswith(" " + short))


def _plain(c: Claim) -> bool:
    """A figure told as the thing itself: not a bound ("could rise to £55m"), a part ("a further 12 months"), a
    comparison or a plan. A lead that gives such a figure beside the deal's own still names one deal's parties
    ("a fee of £46m, which could rise to £55m"); two plain figures in one sentence are rivals' ("A, B and C raised")."""
    return c.qualifier in (Qualifier.EXACT, Qualifier.APPROXIMATE) and c.frame.role is None and c.frame.stage is None


def _one_term(claims: Sequence[Claim], same_story: Callable[[str, str], bool]) -> tuple[set[str], set[str]]:
    """A limit of a deal told once by each article of one story (its add-ons, the most its fee can reach), each
    outlet giving it to the party it writes about (the buyer, the seller, the player): the story's deal's, one name
    for all, and those articles. Nothing where an article gives it to two subjects or tells it twice, a figure is
    one compared with, or the articles are not one story (each joined to the others, and at least half the pairs
    telling it)."""
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.frame.role == Role.COMPARISON:
            return set(), set()
        by_doc[c.document].append(c)
    docs = sorted(by_doc)
    named = {c.entity.casefold() for c in claims if c.entity}
    if len(docs) < 2 or not named or any(len({c.entity.casefold() for c in cs if c.entity}) > 1 for cs in by_doc.values()):
        return set(), set()
    if any(len({c.value.low for c in cs}) > 1 for cs in by_doc.values()):
        return set(), set()  # two amounts in one article: two deals' (or a deal and another), not one term
    same = {(a, b) for i, a in enumerate(docs) for b in docs[i + 1 :] if same_story(a, b)}
    reached, todo = {docs[0]}, [docs[0]]
    while todo:
        d = todo.pop()
        for other in docs:
            if other not in reached and ((d, other) in same or (other, d) in same):
                reached.add(other)
                todo.append(other)
    if len(reached) != len(docs) or 2 * len(same) < len(docs) * (len(docs) - 1) // 2:
        return set(), set()
    return named, set(docs)


def _shared_parties(leads: list[tuple[str, set[str]]], same_story: Callable[[str, str], bool]) -> tuple[set[str], set[str]]:
    """The parties named by the leads of at least two articles of one story that share one, joined (the largest
    such set), and those articles."""
    best: tuple[set[str], set[str]] = (set(), set())
    for i, (doc, parties) in enumerate(leads):
        joined, docs = set(parties), {doc}
        for j, (other, more) in enumerate(leads):
            if j != i and joined & more and same_story(doc, other):
                joined |= more
                docs.add(other)
        if len(docs) >= 2 and len(joined) > len(best[0]):
            best = (joined, docs)
    return best
