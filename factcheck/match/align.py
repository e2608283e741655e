"""Block claims into aligned groups: same entity, same attribute family, same separating frame fields.

Blocking keeps the cost near-linear: only claims in one block are compared
with each other. Frame fields keep apart what only looks alike: figures under a
hypothesis heading, a model's active parameters, the outcome a probability
is about, the round a funding amount belongs to, a part of a whole. Figures
restating another one (a conversion in parentheses) or standing for the
thing compared with ("vs $100M+") are left to their own rules.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from factcheck.knowledge import Knowledge
from factcheck.match.groups import label_names
from factcheck.match.similarity import Alignment, Words, align_pair, different_instances, named, subject_key
from factcheck.match.candidates import candidate_pairs
from factcheck.match.parties import join_deal, join_parties, short_forms
from factcheck.match.prefilter import could_align, pair_key
from factcheck.match.sole import mark_sole
from factcheck.match.story import SAME_STORY, StoryIndex
from factcheck.models import AlignedGroup, Claim, GroupCluster, Kind, Role, Stage

EVENT = "the reported event"  # the subject of claims that name none: what their articles report

SEPARATING_FIELDS = ("hypothesis", "variant", "outcome", "item")
NOT_ALIGNED_ROLES = (Role.CONVERSION, Role.COMPARISON, Role.LISTED)
SCOPING_ROLES = (Role.RATE, Role.CUMULATIVE)  # compared only with figures in the same role


def separating_key(c: Claim) -> tuple[tuple[str, str], ...]:
    """The frame fields that keep a claim apart from look-alikes, as (field, value) pairs.

    The pairs also enter finding fingerprints, so their names and order are stable."""
    keys = [(f, v) for f in SEPARATING_FIELDS if (v := getattr(c.frame, f)) is not None]
    if c.frame.role in (Role.PART, Role.WHOLE) and not _named_share(c):
        keys.append(("role", c.frame.role.value))
    return tuple(keys)


def _named_share(c: Claim) -> bool:
    """A named subject's count out of a stated whole ("the Harbour League won 41 of the 120 seats"): the subject's
    own count, told as other outlets tell "41 seats", not a part of another figure ("five of the 12 dead were
    children" names no subject; "of which 804" refers to the figure before)."""
    return c.frame.role == Role.PART and bool(c.frame.of_whole) and named(c)


def with_group_entities(claims: Sequence[Claim], clusters: Sequence[GroupCluster]) -> list[Claim]:
    """Claims whose subject is a number-named group ("left the Six Tigers") get the group's name,
    so that "Six Tigers" in one article and "Six Dragons" in another are one entity."""
    labels = label_names(claims, clusters)
    by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for (doc, start), (end, name) in labels.items():
        by_doc[doc].append((start, end, name))
    out = []
    for c in claims:
        pos = c.frame.entity_at
        if pos is not None and c.frame.group is None:
            hit = next((name for s, e, name in by_doc.get(c.document, ()) if s <= pos < e), None)
            if hit is not None:
                c = c.model_copy(update={"entity": hit, "notes": [*c.notes, f"'{c.entity_text}' names the group {hit}"]})
        out.append(c)
    return out


def _block_key(c: Claim, family: dict[str, str]) -> tuple:
    """Only claims of one quantity, stage and role, kept apart by the same frame fields, are compared."""
    role = c.frame.role if c.frame.role in SCOPING_ROLES and (c.frame.role == Role.RATE or c.attribute not in family) else None
    # An estimate is compared, loosely; a known attribute says its own stage ("planned_investment").
    stage = None if c.frame.stage == Stage.ESTIMATE or c.attribute in family else c.frame.stage
    return (family.get(c.attribute or "", c.attribute), separating_key(c), stage, role)


class _Components:
    """Union-find over the claims of one block that never joins two different named subjects."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.parent = list(range(len(claims)))
        self.subjects = [{k} if (k := subject_key(c)) else set() for c in claims]
        self.confidence = [1.0] * len(claims)
        self.reasons: list[tuple[str, ...]] = [()] * len(claims)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int, link: Alignment) -> None:
        a, b = self.find(i), self.find(j)
        if a == b or len(self.subjects[a] | self.subjects[b]) > 1:
            return
        self.parent[b] = a
        self.subjects[a] |= self.subjects[b]
        if link.confidence < min(self.confidence[a], self.confidence[b]):
            self.reasons[a] = link.reasons
        elif self.confidence[b] < self.confidence[a]:
            self.reasons[a] = self.reasons[b]
        self.confidence[a] = min(self.confidence[a], self.confidence[b], link.confidence)


def _link(a: Claim, b: Claim, known: frozenset[str], stories: StoryIndex, sets: tuple[Words, Words] | None = None) -> Alignment | None:
    if different_instances(a, b):
        return None  # "Series A" and "Series B": two instances of the attribute
    if a.attribute in known and named(a) and named(b) and subject_key(a) == subject_key(b):
        return Alignment(1.0, (f"same subject {a.entity} and attribute {a.attribute}",))
    # the story and the articles' main subjects only where they decide (align_pair)
    return align_pair(
        a, b, lambda: stories.for_pair(a, b), sets, lambda: stories.about_named(a, b),
        lambda: stories.languages_differ(a.document, b.document),
    )


def block_claims(claims: Sequence[Claim], knowledge: Knowledge) -> dict[tuple, list[Claim]]:
    """The claims that can be aligned, by block key (`_block_key`), each block in the order of `claims`.
    Only claims of one block are ever compared, so a block's groups depend on its claims and on the story
    index's view of their articles alone (`align_block`): an incremental scan aligns again only the blocks
    where either changed."""
    family = {a.name: a.family or a.name for a in knowledge.attributes}
    blocks: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if not c.attribute or c.frame.group is not None or c.frame.role in NOT_ALIGNED_ROLES and not (c.frame.role == Role.LISTED and c.entity):
            continue
        if not c.entity and not c.frame.terms:
            continue
        if not c.entity and (concept := knowledge.news.concept(c.attribute)) is not None and concept.personal:
            continue  # an age of someone unnamed: no other figure can be known to be that person's
        blocks[_block_key(c, family)].append(c)
    return blocks


def align_block(key: tuple, claims: Sequence[Claim], knowledge: Knowledge, stories: StoryIndex) -> list[AlignedGroup]:
    """The aligned groups of one block (`block_claims`), in no particular order (`align` sorts them). Besides the
    block's claims they depend on `stories` only through the articles of those claims (`StoryIndex.document_key`)."""
    known = frozenset(a.name for a in knowledge.attributes)
    fam, sep, _stage, _role = key
    deal = any(a.deal and a.name == fam for a in knowledge.attributes)
    # "Reed" in one outlet, "Ana Reed" in two others of the story: one subject
    claims = short_forms(claims, lambda a, b: not stories.different_stories(a, b, least=SAME_STORY), least=2)
    if fam in known and (deal or all(c.kind == Kind.MONEY for c in claims)):
        # a fee or a price, or another term of a deal (how long a contract runs): the parties of one deal
        claims = join_parties(claims)
        if deal:
            # one story: English articles that share its rare words, or an article in another language (which
            # shares only names with an English one); a figure of the deal each article tells once (a price, its
            # add-ons, its ceiling) is the story's deal's whichever party each outlet gives it to
            claims = join_deal(claims, lambda a, b: not stories.different_stories(a, b, least=SAME_STORY), term=True)
    # a main fact is a quantity the vocabulary or knowledge names; an open noun ("rebounds") has one value per player or game
    facts = fam in known or str(fam).removeprefix("date_of_").removeprefix("duration_of_") in stories.concepts
    cs = mark_sole(sorted(claims, key=lambda c: (c.document, c.start)), leads=facts)
    comps = _Components(cs)
    keys = [pair_key(c) for c in cs]
    for i, j in candidate_pairs(cs, [k.subject for k in keys]):
        # could_align drops only pairs _link rejects (match.prefilter), at a tenth of the cost
        if could_align(keys[i], keys[j]) and (link := _link(cs[i], cs[j], known, stories, (keys[i].words, keys[j].words))) is not None:
            comps.join(i, j, link)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(cs)):
        members[comps.find(i)].append(i)
    groups = []
    for root, idx in members.items():
        if len(idx) < 2:
            continue
        named = sorted(comps.subjects[root])
        entity = next((cs[i].entity for i in idx if cs[i].entity and subject_key(cs[i]) in named), None)
        groups.append(
            AlignedGroup(
                entity=entity or EVENT,
                family=fam,
                separated_by=sep,
                claims=tuple(cs[i] for i in idx),
                confidence=round(comps.confidence[root], 2),
                reasons=comps.reasons[root],
            )
        )
    return groups


def story_index(claims: Sequence[Claim], knowledge: Knowledge) -> StoryIndex:
    """The story index alignment weighs pairs with, over every claim of the corpus."""
    return StoryIndex(claims, knowledge.news.concept_names())


def group_order(g: AlignedGroup) -> tuple:
    """The stable order of aligned groups."""
    return (g.entity.casefold(), g.family, g.separated_by, g.claims[0].document, g.claims[0].start)


def align(claims: Sequence[Claim], knowledge: Knowledge) -> list[AlignedGroup]:
    """Aligned groups of two or more claims, in a stable order.

    Claims of one block are joined when `align_pair` is confident they tell the same fact: the
    same named subject with a known attribute always; otherwise by frame similarity. A group
    never holds two different named subjects. Cost: linear in the claims outside blocks; inside a block,
    the square of its size while it is small (one story's articles), else the pairs that share a rare
    word or a subject (`match.candidates`); each pair first through `match.prefilter.could_align` (a few set
    operations on sets made once per claim), and only the pairs it keeps through `_link` (about half of them
    at 12,000 articles)."""
    stories = story_index(claims, knowledge)
    groups = [g for key, cs in block_claims(claims, knowledge).items() for g in align_block(key, cs, knowledge, stories)]
    return sorted(groups, key=group_order)
