"""What every rule type's `run(rules, ctx)` may look at: the matched claims, groups and clusters, knowledge."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from factcheck.knowledge import Knowledge
from factcheck.knowledge.schema import AttributeSpec
from factcheck.match.story import StoryIndex
from factcheck.models import AlignedGroup, Claim, GroupCluster, MatchResult
from factcheck.normalize.currency import RateTable
from factcheck.values.words import stem


@dataclass(frozen=True)
class _Tallies:
    """Counts over a set of claims that rules compare a pair against."""

    per_article: Counter  # (document, attribute) -> how many figures of it the article gives
    reported_days: dict[tuple[str, str], tuple[date, date]]  # (named subject, attribute) -> first and last report day

    @classmethod
    def of(cls, claims: Iterable[Claim]) -> _Tallies:
        per_article: Counter = Counter()
        days: dict[tuple[str, str], tuple[date, date]] = {}
        for c in claims:
            if c.attribute:
                per_article[(c.document, c.attribute)] += 1
            if c.entity and c.attribute and c.frame.reported is not None:
                key = (c.entity.casefold(), c.attribute)
                first, last = days.get(key, (c.frame.reported, c.frame.reported))
                days[key] = (min(first, c.frame.reported), max(last, c.frame.reported))
        return cls(per_article, days)


@dataclass
class EvalContext:
    knowledge: Knowledge
    matched: MatchResult
    story_index: StoryIndex | None = None  # the match stage's, when given: else one over `matched.claims`
    rates: RateTable = field(init=False)
    specs: dict[str, AttributeSpec] = field(init=False)
    by_id: dict[str, Claim] = field(init=False)
    by_sentence: dict[tuple[str, str], list[Claim]] = field(init=False)
    _tallies: tuple[MatchResult, _Tallies] | None = field(default=None, init=False, repr=False)

    @property
    def claims(self) -> list[Claim]:
        return self.matched.claims

    @property
    def groups(self) -> list[AlignedGroup]:
        """The match stage's aligned groups: claims about one entity and attribute family."""
        return self.matched.groups

    @property
    def clusters(self) -> list[GroupCluster]:
        """The match stage's clusters of number-named group labels."""
        return self.matched.clusters

    def __post_init__(self) -> None:
        self.rates = RateTable(self.knowledge)
        self.specs = {a.name: a for a in self.knowledge.attributes}
        self.by_id = {c.id: c for c in self.claims}
        self.by_sentence = defaultdict(list)
        for c in self.claims:
            self.by_sentence[(c.document, c.sentence)].append(c)

    @cached_property
    def stories(self) -> StoryIndex:
        """Which articles tell one story (the same index the match stage aligned with)."""
        if self.story_index is not None:
            return self.story_index
        return StoryIndex(self.claims, self.knowledge.news.concept_names())

    @cached_property
    def moments(self) -> frozenset[str]:
        """The stems of the words that tell a figure's moment (news vocabulary `attribution.moments`)."""
        return frozenset(stem(w) for w in self.knowledge.news.attribution_moments)

    def _group_tallies(self) -> _Tallies:
        """The tallies over the claims of the groups being judged, made once per `matched`: the rules read only
        groups, so a block's findings (`block_findings`, whose context holds no claims and is reused from block to
        block) are those a whole scan gives for its groups. A block holds every figure of its quantity family."""
        if self._tallies is None or self._tallies[0] is not self.matched:
            self._tallies = (self.matched, _Tallies.of({c.id: c for g in self.groups for c in g.claims}.values()))
        return self._tallies[1]

    def per_article(self, document: str, attribute: str | None) -> int:
        """How many figures of that attribute the article gives, among the groups judged."""
        return self._group_tallies().per_article[(document, attribute)]

    def story(self, a: Claim, b: Claim) -> float:
        return self.stories.for_pair(a, b)

    def temporal(self, attribute: str | None) -> str:
        spec = self.specs.get(attribute or "")
        return spec.temporal if spec else "state"

    def maker_note(self, entity: str | None) -> list[str]:
        """"Step-1 is made by StepFun": a product keeps its own identity, and its maker is said."""
        spec = next((e for e in self.knowledge.entities if e.name == entity), None)
        if spec is not None and spec.maker:
            return [f"{spec.name} is a {spec.type} made by {spec.maker}"]
        return []

    def referred(self, c: Claim) -> Claim | None:
        """The claim `c` refers to (the figure it converts, the whole it is part of), if it was kept."""
        ref = c.frame.refers_to
        return self.by_id.get(ref.id) if ref is not None else None

    def reported_years(self, c: Claim) -> int:
        """Over how many years begun the dated reports of the scan give the claim's subject this attribute (0 for one
        year or none): an undated report of it may be of any moment between them."""
        span = self._group_tallies().reported_days.get(((c.entity or "").casefold(), c.attribute or ""))
        return math.ceil((span[1] - span[0]).days / 365.25) if span else 0

    def sentence_of(self, c: Claim) -> list[Claim]:
        return sorted(self.by_sentence[(c.document, c.sentence)], key=lambda x: x.start)
