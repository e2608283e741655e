"""Pydantic schemas of the knowledge files in `rules/knowledge/`.

Knowledge is data: entity aliases, attribute cue words, exchange rates and the
phrases that anchor time windows. The code reads these tables and never names
a particular company, product or article.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from factcheck.models import Kind


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ------------------------------------------------------------------ entities

EntityType = Literal["company", "organization", "person", "product", "model", "group", "place", "other"]


class EntitySpec(Strict):
    """One known entity. Products keep their own identity and name their maker."""

    name: str
    type: EntityType = "organization"
    aliases: list[str] = Field(default_factory=list)
    maker: str | None = None  # a product or model belongs to this entity
    parent: str | None = None  # a division: its claims count as the parent's
    members: list[str] = Field(default_factory=list)  # for groups


class EntitiesFile(Strict):
    entities: list[EntitySpec] = Field(default_factory=list)
    # Capitalised words that are never entity names on their own (acronyms, titles...).
    not_entities: list[str] = Field(default_factory=list)
    # Words that end an organisation's name without changing who it is ("Zhipu AI" = "Zhipu").
    org_suffixes: list[str] = Field(default_factory=list)
    # Words that make a name of several words an organisation's ("Harbour Workers Union", "Church of ..."): no
    # person, so never the holder of a person's figure (an age)
    organization_words: list[str] = Field(default_factory=list)
    # Pairs of names that look alike but are different entities (fuzzy matching guard).
    distinct: list[list[str]] = Field(default_factory=list)
    # Last words of hyphenated modifiers made from names ("Austin-based"): such words are not names.
    modifier_suffixes: list[str] = Field(default_factory=list)
    # Titles and role words written before a person's name ("Mr. Reed", "Coach Reed", "Forward Ana Reed"):
    # not part of the name, so the person is one subject however an outlet titles them.
    titles: list[str] = Field(default_factory=list)
    # Words that vary between translations of one group's name without naming another group
    # ("Little" in "Six Little Tigers" / "Six Tigers").
    group_filler_words: list[str] = Field(default_factory=list)


# ---------------------------------------------------------------- attributes

Temporal = Literal["fixed", "state", "window", "event"]
EntityRole = Literal["subject", "object"]


class AttributeSpec(Strict):
    """An attribute and the words that signal it.

    temporal: fixed (true once and for all: founding date, a model's size),
    state (true at a time: valuation, users), window (accumulates over a period:
    revenue, models released), event (each occurrence is its own: a funding round).
    """

    name: str
    label: str | None = None
    cues: list[str] = Field(default_factory=list)
    kinds: list[Kind] = Field(default_factory=list)
    units: list[str] = Field(default_factory=list)  # restrict to these units (e.g. counted nouns)
    family: str | None = None  # attributes of one family are aligned as related metrics
    temporal: Temporal = "state"
    applies_to: list[str] = Field(default_factory=list)  # entity types; empty = any
    entity_role: EntityRole = "subject"
    counted: list[str] = Field(default_factory=list)  # counted nouns that signal this attribute
    cue_match: Literal["stem", "exact"] = "stem"  # exact: cues match only as written (case aside)
    default_for_kind: bool = False  # the attribute of a figure of this kind when no cue says otherwise
    refines: list[str] = Field(default_factory=list)  # wins over these when both are cued in one clause
    # the amount of a deal between parties (a fee, a round): outlets give it to either party (match.parties)
    deal: bool = False
    # counts whole people or things (a toll, arrests): a figure with a fraction and no scale word is never one
    # ("a magnitude 6.1 quake killed five": 6.1 is no toll; "1.5 million dead" is)
    whole: bool = False
    # the amount is itself a limit ("add-ons worth up to £9m", "taking the potential total to £58m"): a bound told
    # of it is its value, and a "could" its agreed term, not a projection
    limit: bool = False
    # a cue counts only this many words from the figure at most ("a five-year deal", "contract voor vier jaar"):
    # a deal named further off is often another ("the same deal as the Angels ... $140m over seven years")
    cue_within: int | None = None
    outcomes: bool = False  # each figure is about an outcome named beside it ("50% independent success")
    sums_to: float | None = None  # the figures of one set of outcomes add up to this (100 for probabilities)
    # names of the attribute's instances written beside a figure ("Series A", "seed round"): figures that name
    # two different ones are two facts, never compared (a figure naming none may be either)
    instances: list[str] = Field(default_factory=list)

    @field_validator("name")
    @classmethod
    def _snake(cls, v: str) -> str:
        if not v.replace("_", "").isalnum() or v.lower() != v:
            raise ValueError("attribute names are lower_snake_case")
        return v


class Cues(Strict):
    """Word lists that steer extraction. Every list merges across rules folders."""

    # Words right after a count that make it a part of the whole just named ("of which 16").
    part_markers: list[str] = Field(default_factory=list)
    # Words before an entity that make it a comparison, not the subject ("compared to X", "than X").
    comparison_markers: list[str] = Field(default_factory=list)
    # Words before a figure that make it the thing compared with ("vs $100M+", "compared with 48,000").
    figure_comparison_markers: list[str] = Field(default_factory=list)
    # Words opening a sentence that make all its figures things compared with ("By comparison, a fire in 2021 ...").
    comparison_openers: list[str] = Field(default_factory=list)
    # Words of a record before "since <date>" ("the highest since 2010"): the date marks the record, not when
    # the figure holds.
    record_words: list[str] = Field(default_factory=list)
    # Words before an entity that make it the agent of a passive verb, not the subject ("founded by X").
    agent_markers: list[str] = Field(default_factory=list)
    # Words after an entity that make it the source of a figure ("QuestMobile data shows", "Lopez said").
    source_markers: list[str] = Field(default_factory=list)
    # Verbs right after an organisation that report its own figure ("Acme Corp reported revenue of $5.2 billion"):
    # with no other name in the sentence, the organisation is the subject, not only the source.
    self_report_markers: list[str] = Field(default_factory=list)
    # Words before an entity that make it a group the subject belongs to ("one of the Little Tigers").
    membership_markers: list[str] = Field(default_factory=list)
    # Words before an entity that make it a place, not the subject ("sold in the United States").
    locative_markers: list[str] = Field(default_factory=list)
    # Pronouns that refer back to the latest subject ("its", "they").
    anaphora: list[str] = Field(default_factory=list)
    # Phrases that refer to the organisation an article is mostly about ("the company").
    organisation_anaphora: list[str] = Field(default_factory=list)
    # Nouns of an event a name before them only names ("the Kelvane fire", "the Marlow Street shooting"): the
    # figure is the event's, and the name no subject of its own (a road, a town the event is named after).
    event_nouns: list[str] = Field(default_factory=list)
    # Words in a heading that make the figures under it a hypothesis ("Bull Case", "Scenario 2").
    hypothetical_markers: list[str] = Field(default_factory=list)
    # Words that make a percentage the share of a part in a whole ("accounting for").
    share_cues: list[str] = Field(default_factory=list)
    # First-column headers of tables that list metrics, and generic value-column headers:
    # in such tables the row label names the attribute.
    table_metric_headers: list[str] = Field(default_factory=list)
    table_value_headers: list[str] = Field(default_factory=list)
    # Column headers whose cells date the whole row ("Date", "Year", "Period").
    table_time_headers: list[str] = Field(default_factory=list)
    # First-column headers whose row labels are entities ("Company", "Product", "Model").
    table_entity_headers: list[str] = Field(default_factory=list)
    # Nouns a measure right before names which one of several things is meant ("the 13-inch model",
    # "the 27-yard line"): such a measure is a label, not a figure about the thing.
    label_nouns: list[str] = Field(default_factory=list)

    def merged(self, other: "Cues") -> "Cues":
        """These lists followed by the other's, duplicates dropped."""
        return Cues(
            **{
                name: list(dict.fromkeys([*getattr(self, name), *getattr(other, name)]))
                for name in Cues.model_fields
            }
        )


class AttributesFile(Cues):
    attributes: list[AttributeSpec]

    @model_validator(mode="after")
    def _unique(self) -> "AttributesFile":
        seen: set[str] = set()
        for a in self.attributes:
            if a.name in seen:
                raise ValueError(f"attribute {a.name!r} is defined twice")
            seen.add(a.name)
        return self


# ------------------------------------------------------------ exchange rates


class RatePeriod(Strict):
    """Units of `quote` per one unit of `base` during [start, end]."""

    start: date
    end: date
    low: float = Field(gt=0)
    high: float = Field(gt=0)

    @model_validator(mode="after")
    def _ordered(self) -> "RatePeriod":
        if self.end < self.start:
            raise ValueError("end is before start")
        if self.high < self.low:
            raise ValueError("high is below low")
        return self


class RatePair(Strict):
    base: str = Field(pattern=r"^[A-Z]{3}$")
    quote: str = Field(pattern=r"^[A-Z]{3}$")
    source: str | None = None
    periods: list[RatePeriod]


class RatesFile(Strict):
    rates: list[RatePair]


# --------------------------------------------------------------- time scopes


class WindowSpec(Strict):
    """A phrase that names a window relative to an entity's own event.

    `pattern` is a regular expression; the named group `n` (a number or number
    word) gives the window's length in `unit`s; without it the length is `length`.
    """

    pattern: str
    anchor: str = "founding"

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            re.compile(v)
        except re.error as exc:
            raise ValueError(f"pattern is not a valid regular expression: {exc}") from exc
        return v
    unit: Literal["year", "month"] = "year"
    length: float | None = None
    ordinal: bool = False  # "year 2" / "second year" = the n-th unit, not the first n


class TimeFile(Strict):
    windows: list[WindowSpec] = Field(default_factory=list)
    # Attribute that supplies each anchor's date ("founding" -> founding_date).
    anchors: dict[str, str] = Field(default_factory=dict)
    # Phrases that mean "up to the article's date".
    present: list[str] = Field(default_factory=list)
    # Words before a recent day that make a figure a tally from that day to the report's ("since Saturday").
    since: list[str] = Field(default_factory=list)
    # Words that open a clause about another thing between a date and a figure ("the quakes of 2002, as well as
    # the flood that killed 300 in 2004"): a date of the figure's own clause then dates it, not the nearer one.
    other_clause: list[str] = Field(default_factory=list)


class DocumentsFile(Strict):
    """How to read an article's own metadata."""

    published_cues: list[str] = Field(default_factory=list)
    # Small words a date line near the top may start with ("on Nov 10, 2011" under the headline): still the date.
    date_line_openers: list[str] = Field(default_factory=list)
    head_lines: int = 8
    # Words that mark a line as the page's furniture, not the story ("Copyright", "Slideshow"): no claims.
    page_furniture: list[str] = Field(default_factory=list)
    # Words that, with a number and nothing else on a short line, count the page's readers or parts
    # ("5 min read", "1.2K shares", "Comments (23)", "Photo 3 of 12"): no claims.
    page_counters: list[str] = Field(default_factory=list)
