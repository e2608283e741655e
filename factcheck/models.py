"""The pydantic models that flow between pipeline stages.

ingest -> Document; extract -> Extraction (Mentions become Claims, each with a
typed ClaimFrame); normalize fills Claim.entity and Claim.time; match ->
MatchResult (AlignedGroups, GroupClusters, OutcomeSets); evaluate -> Finding; the report
contract (`factcheck-report/1`) is `Report`.

Conventions: character offsets are Python `str` indices into the decoded
article text; lines and columns are 1-based; numeric intervals are closed
(`low`/`high`, either may be open as None); date intervals inside the
pipeline are half-open `[start, end)`, while `TimeScope` shows the last day
inclusively because that is how people read a period.
"""

from __future__ import annotations

import bisect
import sys
from collections.abc import Iterable, Mapping
from datetime import date
from functools import cached_property
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from factcheck.kinds import Kind, Qualifier, Role, Severity, Stage, Status, Verdict  # re-exported: the model's vocabularies


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# A claim is held by the hundred thousand in a large scan, and pydantic gives every instance its own
# `__pydantic_fields_set__`: about half of a claim's memory (3.5 of 7.4 KB). Instances whose sets are equal share
# one set. Nothing here reads `model_fields_set` of claims or dumps them with exclude_unset, so an attribute set
# on one claim later (which adds its name to the shared set) changes nothing that is written.
_FIELD_SETS: dict[frozenset[str], set[str]] = {}


def _share_fields_set(model: BaseModel) -> None:
    own = model.__pydantic_fields_set__
    shared = _FIELD_SETS.setdefault(frozenset(own), own)
    if shared is not own:
        object.__setattr__(model, "__pydantic_fields_set__", shared)


def _interned(words: tuple[str, ...] | None) -> tuple[str, ...] | None:
    return None if words is None else tuple(map(sys.intern, words))  # map: a quarter faster than a generator, per claim read


class Compact(BaseModel):
    """Shares its fields set with its equals (see `_share_fields_set`) as soon as it is built or copied."""

    def model_post_init(self, context: Any, /) -> None:
        _share_fields_set(self)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        # pydantic copies the set for each copy: normalize copies every claim of the corpus at once
        copied = super().model_copy(update=update, deep=deep)
        _share_fields_set(copied)
        return copied


# --------------------------------------------------------------------- ingest


class TableCell(Frozen):
    """One cell of a Markdown table, with its row subject and column header."""

    start: int
    end: int
    row_label: str
    header: str
    first_header: str


class Block(Frozen):
    """A structural line of an article: heading, bullet, table row or paragraph."""

    kind: str  # heading | label | bullet | row | paragraph
    start: int
    end: int
    level: int = 0  # heading depth or bullet indent
    text: str = ""


class Document(BaseModel):
    """One article as read from disk."""

    model_config = ConfigDict(extra="forbid")

    id: str
    path: str
    sha256: str
    text: str
    published: date | None = None
    published_text: str | None = None
    title: str | None = None
    language: str | None = None  # ISO 639-1 code the values are read in ("de"); None: the base tables
    blocks: list[Block] = Field(default_factory=list)
    cells: list[TableCell] = Field(default_factory=list)

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        for i, ch in enumerate(self.text):
            if ch == "\n":
                starts.append(i + 1)
        return starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start : end if end != -1 else len(self.text)]


# -------------------------------------------------------------------- extract


class Mention(Frozen):
    """A numeric or dated expression found in text, its value normalized.

    Numbers: `low`/`high` after scale words ("2.5 million" -> 2.5e6), `unit`
    an ISO 4217 code for money, "percent", "x" for multipliers, "params" for
    parameter counts, a lower-case unit name for durations and other
    quantities, None for a plain number. `tolerance` is the rounding slack the
    digits imply ("$1.4B" -> 0.05e9). Dates: `date_start`/`date_end` half-open.
    """

    kind: Kind
    start: int
    end: int
    text: str
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    tolerance: float = 0.0
    per: str | None = None  # "$0.14/M tokens" -> "million tokens"
    counted: str | None = None  # the noun a bare count counts: "11 models" -> "models"
    date_start: date | None = None
    date_end: date | None = None
    relative: bool = False  # a relative date ("last year", "two months later")
    anchor: str | None = None  # what a relative date was resolved against: "text" | "published" | "writer's day" ("today")
    resolved: bool = True  # False for a relative date that had no anchor
    detail: dict[str, str] = Field(default_factory=dict)  # parser notes shown in explanations


class Value(Frozen, Compact):
    """A normalized value: a closed numeric interval with a unit, a date interval, or a win-loss record."""

    low: float | None = None
    high: float | None = None
    unit: str | None = None
    tolerance: float = 0.0
    start: date | None = None  # date-valued claims: half-open [start, end)
    end: date | None = None
    weekday: int | None = None  # a date told by its weekday alone ("on Tuesday"): Monday 0
    yearless: str | None = None  # a day or month told without its year, ISO 8601 style: "--12-06", "--05"
    record: str | None = None  # a win-loss record as its counts joined by hyphens: "52-3", "45-7-2" (wins, losses, draws)
    rate_date: date | None = None  # money: the day its exchange rate is taken at (normalize.currency.rate_date)


class TimeScope(Frozen, Compact):
    """When a claim holds. `basis` says how sure we are of it.

    stated: the claim's own clause gives it; context: an earlier sentence,
    heading or table row gives it; relative: resolved from a relative phrase
    ("first year", "two years since its establishment"); published: only the
    article's date is known.
    """

    start: date | None = None
    end: date | None = None  # last day, inclusive
    text: str | None = None
    basis: str = "stated"
    anchor: str | None = None  # symbolic anchor of a relative window, e.g. "founding"
    offset_years: tuple[float, float] | None = None


class ClaimRef(Frozen):
    """A link to another claim of the same article, by its claim id."""

    id: str


class Place(Frozen):
    """Which set of outcomes a probability belongs to: one line, or the sibling headings under one parent.

    `start` is the line's (block's) offset, or the parent heading's offset (0: no parent);
    `level` is the siblings' heading level."""

    kind: Literal["line", "under"]
    start: int
    level: int = 0

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.kind, self.start, self.level)


class GroupName(Frozen):
    """A group named by a number ("Five Little Tigers"); the claim is the number in the name."""

    words: tuple[str, ...]  # stems of the name's words without the number: ("littl", "tiger")
    head: str  # stem of the last word: "tiger"
    members: tuple[str, ...] = ()  # members listed beside the name (canonical names after normalize)
    members_complete: bool = False  # the members were given as the whole list, not as examples


# How a quantity read from a word in the sense its sentence gives it is told ("the tour earned $386
# million": a gross): a firm reading, which outranks a closed attribute's cue reading the word's usual sense.
SENSE_READING = "word in the sense its sentence gives it"
# How a win-loss record's quantity is read (extract.records): its hyphened counts say what it measures, as firmly
# as a counted noun ("52-3" is a record whatever words stand near it).
RECORD_READING = "figure's own form"


class ClaimFrame(Frozen, Compact):
    """What a claim is, besides its value: the typed contract between extract, normalize, match and evaluate.

    Extract fills it; normalize resolves `group.members`; match blocks on
    `hypothesis`, `variant`, `outcome`, `item` and a `part` role; rule types read
    `role`/`refers_to`, `place` and `group`. Every field is optional, so a field
    for a new dimension of a claim (its subject, measured quantity, stage or
    attribution) slots in beside these without touching the others. Unset fields
    are left out of JSON.
    """

    role: Role | None = None
    refers_to: ClaimRef | None = None  # the figure a conversion restates or a part belongs to
    hypothesis: str | None = None  # the hypothetical heading the figure sits under ("Bull Case")
    variant: str | None = None  # "active" for "38B active" parameters
    outcome: str | None = None  # what a probability is of, as word stems ("independ success")
    place: Place | None = None  # the set of outcomes a probability belongs to
    item: str | None = None  # the table row an event figure belongs to (lower case): a round, a release
    instance: str | None = None  # the attribute's instance named beside the figure (lower case): "series a"
    entity_type: str | None = None  # the subject's type from knowledge, or "topic" for a described population
    entity_at: int | None = None  # offset of the subject's mention in the article
    relative_date: str | None = None  # a relative date's anchor ("text", "published", "writer's day") or "unresolved"
    group: GroupName | None = None  # set on the claim a number-named group's name makes
    # The open-domain frame (read by extract/frame.py from the figure's own words):
    quantity: str | None = None  # what it measures, open: "deaths", "comment", "date of release"
    quantity_how: str | None = None  # where that was read: "counted noun", "governing verb", ...
    stage: Stage | None = None  # None: an actual figure
    attribution: str | None = None  # who the sentence credits it to ("police")
    running: bool | None = None  # True for a running count that later reports update (a toll)
    reported: date | None = None  # the day its article was published, where the article says
    terms: tuple[str, ...] | None = None  # content word stems of its sentence, for frame similarity
    near: tuple[str, ...] | None = None  # content word stems within a few words of the figure
    sole: bool | None = None  # set by the match stage: the only value its article gives for this quantity
    lead: bool | None = None  # set by the match stage: the value its article gives first for it (headline, lead)
    of_whole: bool | None = None  # a part told out of a whole stated after it ('143 of the 300 seats')
    subject_sole: bool | None = None  # set by the match stage: the only value its article gives for its named subject
    lone_bound: bool | None = None  # set by the match stage: a bound ('more than 40') its article gives alone for it

    @model_serializer(mode="wrap")
    def _without_unset(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return {k: v for k, v in handler(self).items() if v is not None}

    def model_post_init(self, context: Any, /) -> None:
        # the stems of one sentence recur in each of its claims and across articles: one string each
        _share_fields_set(self)
        d = self.__dict__
        for name in ("terms", "near"):
            if isinstance(d.get(name), tuple):
                d[name] = _interned(d[name])


class Claim(Compact):
    """One numeric or dated assertion, with where it is and what it is about."""

    model_config = ConfigDict(extra="forbid")

    id: str
    document: str
    start: int
    end: int
    line: int
    column: int
    text: str
    sentence: str
    kind: Kind
    entity: str | None = None
    entity_text: str | None = None
    attribute: str | None = None
    attribute_text: str | None = None
    value: Value
    qualifier: Qualifier = Qualifier.EXACT
    time: TimeScope | None = None
    frame: ClaimFrame = Field(default_factory=ClaimFrame)
    context: str | None = None
    notes: list[str] = Field(default_factory=list)

    def model_post_init(self, context: Any, /) -> None:
        _share_fields_set(self)
        d = self.__dict__
        for name in ("document", "sentence", "entity", "entity_text", "attribute", "context"):
            if isinstance(d.get(name), str):  # model_construct may leave required fields out
                d[name] = sys.intern(d[name])
        if isinstance(d.get("notes"), list):
            d["notes"] = list(map(sys.intern, d["notes"]))


def compact_claims(claims: Iterable[Claim]) -> None:
    """Share the fields sets of claims made by `model_copy` (which copies them), and of their parts, in place:
    a copy costs about 3.5 KB less. Called on the claims a scan keeps."""
    for c in claims:
        _share_fields_set(c)
        _share_fields_set(c.value)
        _share_fields_set(c.frame)
        if c.time is not None:
            _share_fields_set(c.time)


class Extraction(BaseModel):
    """What extract gives for one article: its claims and the aliases it states itself."""

    model_config = ConfigDict(extra="forbid")

    document: Document
    claims: list[Claim]
    aliases: list[tuple[str, str]] = Field(default_factory=list)
    names: list[list[str]] = Field(default_factory=list)  # entity names of each sentence, in order


# ---------------------------------------------------------------------- match


class AlignedGroup(Frozen):
    """Claims about one entity and attribute family, kept apart by what separates their frames."""

    entity: str
    family: str
    separated_by: tuple[tuple[str, str], ...]  # frame fields that block them: (("outcome", "success"),)
    claims: tuple[Claim, ...]
    confidence: float = 1.0  # how sure the alignment is (1.0: same named subject and known attribute)
    reasons: tuple[str, ...] = ()  # what the alignment rested on

    @property
    def documents(self) -> list[str]:
        return sorted({c.document for c in self.claims})


class GroupCluster(Frozen):
    """Number-named group labels judged to be one group, with the members listed beside any of them."""

    claims: tuple[Claim, ...]
    members: frozenset[str] = frozenset()

    @property
    def name(self) -> str:
        """The shortest label as written (then the first alphabetically): it names the group in
        findings and their fingerprints, so one more mention of a label must not change it."""
        return min({c.text for c in self.claims}, key=lambda t: (len(t), t))


class OutcomeSet(Frozen):
    """Two or more probabilities of one set of outcomes in one article (one `Place`): they must add up."""

    document: str
    attribute: str
    place: Place
    claims: tuple[Claim, ...]


class MatchResult(Frozen):
    """What match gives evaluate."""

    claims: list[Claim]  # as given, with subjects that name a group renamed to the group
    groups: list[AlignedGroup]
    clusters: list[GroupCluster]
    outcome_sets: list[OutcomeSet] = Field(default_factory=list)


# ------------------------------------------------------------- evaluate/report


class TriageDecision(Frozen):
    state: str
    reason: str | None = None
    note: str | None = None
    who: str | None = None
    when: str | None = None
    evidence: str | None = None


class SourceLocation(Frozen):
    """Where a finding that rests on no claim points (e.g. a malformed suppression directive)."""

    document: str
    line: int
    column: int = 1


class Finding(BaseModel):
    """A verdict about a set of claims, produced by one rule."""

    model_config = ConfigDict(extra="forbid")

    id: str
    rule: str
    rule_name: str
    verdict: Verdict
    severity: Severity
    entity: str | None = None
    attribute: str | None = None
    period: str | None = None
    claims: list[str]
    documents: list[str] = Field(default_factory=list)
    message: str
    explanation: list[str] = Field(default_factory=list)
    evidence: str = ""
    status: Status = Status.NEW
    triage: TriageDecision | None = None
    suppressed: str | None = None  # the reason, when an in-article directive silences it
    location: SourceLocation | None = None  # only for findings without claims
    confidence: float | None = None  # how sure the alignment of its claims is, where words decided it
    introduced: list[str] = Field(default_factory=list)  # claims of sources that joined a known finding (gate)


class KnownFinding(Frozen):
    """What is known of a finding apart from its claims: from an earlier report, the triage ledger or the store."""

    id: str
    rule: str | None = None  # a hand-written ledger entry may leave it out
    verdict: Verdict | None = None
    severity: Severity | None = None
    entity: str | None = None
    attribute: str | None = None
    period: str | None = None
    documents: tuple[str, ...] = ()
    message: str | None = None
    evidence: str | None = None


class AbsentFinding(KnownFinding):
    """A finding the ledger or the baseline knows that this scan did not produce.

    Kept apart from `Report.findings` because its claims are not in this scan:
    every finding there resolves its claim ids, an absent one cannot.
    """

    status: Status = Status.ABSENT
    known_from: list[str] = Field(default_factory=list)  # "ledger", "baseline"
    triage: TriageDecision | None = None


class DocumentInfo(Frozen):
    id: str
    path: str
    sha256: str
    published: date | None = None
    title: str | None = None


class Summary(Frozen):
    documents: int
    claims: int
    conflicts: int
    inconsistencies: int
    agreements: int
    compatible: int
    blocking: int = 0
    by_severity: dict[str, int] = Field(default_factory=dict)
    by_status: dict[str, int] = Field(default_factory=dict)


class Diagnostic(BaseModel):
    """A problem with one input file (unreadable, undecodable, failed to extract, over budget): the scan goes on
    without it, and every output format shows it so the user knows which file was left out and why."""

    code: str  # e.g. "FC900" (see factcheck.errors.DIAGNOSTIC_CODES)
    file: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}:{self.column or 1}"
        return f"{where}: {self.message} [{self.code}]"


REPORT_SCHEMA = "factcheck-report/1"


class Report(BaseModel):
    """The `factcheck-report/1` contract written to reports/report.json."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: str = Field(default=REPORT_SCHEMA, alias="schema")
    tool: dict[str, str] = Field(default_factory=dict)
    summary: Summary  # first after the header, so a streaming reader has the counts before the bulk
    documents: list[DocumentInfo]
    claims: list[Claim]
    findings: list[Finding]
    warnings: list[str] = Field(default_factory=list)
    diagnostics: list[Diagnostic] = Field(default_factory=list)
    absent: list[AbsentFinding] = Field(default_factory=list)

    @cached_property
    def claims_by_id(self) -> dict[str, Claim]:
        """The one claim index every renderer uses (built once; reports are not edited after they are built)."""
        return {c.id: c for c in self.claims}

    @cached_property
    def documents_by_id(self) -> dict[str, DocumentInfo]:
        return {d.id: d for d in self.documents}
