"""The open news vocabulary: quantity synonyms (`quantities.yml`) and modality markers (`modality.yml`).

A claim's measured quantity is read from the article's own words; these tables only join
synonyms ("killed" = "dead" = "death toll") and name the words that make a figure a target, an
estimate, a rate, a part or someone else's figure. Words are stored as written; the extract
stage stems them, so one entry covers every inflection. Later rules folders extend earlier ones;
a concept with the same name replaces the earlier one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from factcheck.errors import DataFileError
from factcheck.knowledge.languages import LanguageFile
from factcheck.knowledge.yamlfile import load_model, load_yaml, position

Stage = Literal["actual", "estimate", "projection", "target", "talks", "rumour"]
STAGES: tuple[Stage, ...] = ("actual", "estimate", "projection", "target", "talks", "rumour")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ConceptSpec(_Strict):
    """Words that measure one thing ("killed", "dead", "fatalities" -> deaths)."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")  # lower_snake_case, as attribute names
    words: list[str] = Field(min_length=1)
    # nouns that name it only as the noun a figure counts ("146 shows"), never as a verb or a word further off
    # ("the figures show 300 people were hurt" counts no shows)
    counted: list[str] = Field(default_factory=list)
    changes: bool = False  # a running count: later reports update it
    stale_after_days: int | None = None  # reports dated further apart measure different moments (an age)
    # how much it grows each year (an age: 1): two dated reports may differ by that much per year begun between them
    grows_per_year: float | None = None
    personal: bool = False  # belongs to one person: compared only where the text ties it to a name
    # what kind of figure can measure it: "count" a bare number ("12 killed", not "fell 600m to his death"),
    # "money" an amount with a currency ("fined $2 million", not "355 damaged shops"); None: any figure
    # "record" a win-loss record ("52-3", extract.records) and no other figure; "event" only a date or a length of
    # time: a word that names what happened ("signed", "thwarted"), never what a number counts
    measures: Literal["count", "money", "record", "event"] | None = None
    # what a length of time beside one of its words measures, where several concepts name one thing then:
    # "a five-year deal" and "a five-year contract" both tell how long one agreement runs
    lasting: str | None = Field(default=None, pattern=r"^[a-z][a-z0-9_]*$")
    # words right before one of its words that give it another sense: a "heart attack" is an illness, no attack
    not_after: list[str] = Field(default_factory=list)


class SenseSpec(_Strict):
    """Words whose quantity depends on what their sentence is about: "earned $386 million" is a tour's or a
    film's gross where the sentence speaks of one (`near`), pay or profit elsewhere."""

    words: list[str] = Field(min_length=1)  # phrases ending right before the figure ("earned", "brought in")
    near: list[str] = Field(default_factory=list)  # any of these in the sentence gives the words this sense
    per: list[str] = Field(default_factory=list)  # ... or the figure is a rate per one of these ("£180,000 a week")
    not_after: list[str] = Field(default_factory=list)  # words right before the phrase that keep its usual sense ("add-ons worth")
    kinds: list[str] = Field(default_factory=list)  # only figures of these kinds ("percent": "27 seats on 11.8%"); empty: any
    concept: str = Field(pattern=r"^[a-z][a-z0-9_]*$")

    @model_validator(mode="after")
    def _conditioned(self) -> "SenseSpec":
        if not self.near and not self.per and not self.kinds:
            # the kind of figure may decide alone: "starts at" before a sum of money is a price, not an event's start
            raise ValueError("a sense needs `near` words, `per` units or `kinds`: else the words' usual sense is this one")
        return self


class ZeroWords(_Strict):
    """How a count is told as none ("no one was killed"): the none words, the words that may stand
    between them and the quantity's word, and the words that may follow it (so it ends the count)."""

    none: list[str] = Field(default_factory=list)
    between: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)
    # a count of one told in words beside a toll word ("killing one man", extract.singles), and the words after
    # it that are no noun it counts ("one of the guards")
    one: list[str] = Field(default_factory=list)
    not_counted: list[str] = Field(default_factory=list)
    # words that join a second quantity's word to the first under one none ("no one was killed or injured",
    # "no dead or wounded"): none of either
    joiners: list[str] = Field(default_factory=list)


class RecordWords(_Strict):
    """The words that make two or three hyphened counts one win-loss record ("improved his record to 12-3",
    "a 9-5 season") rather than a score ("won 24-17"): read by extract.records."""

    before: list[str] = Field(default_factory=list)  # a few words before it, ended by a `links` word ("record rose to")
    links: list[str] = Field(default_factory=list)  # the small word right before it that ends such a phrase ("to", "at")
    after: list[str] = Field(default_factory=list)  # nouns right after it ("a 9-5 season")
    not_between: list[str] = Field(default_factory=list)  # words that make the phrase a score's ("cut the lead to 14-7")
    splits: list[str] = Field(default_factory=list)  # words right after it that make it part of the record ("9-1 in close games")
    whole: list[str] = Field(default_factory=list)  # ... unless the phrase says the whole record ("25-7 on the season")
    joins: list[str] = Field(default_factory=list)  # words that end such a phrase ("in close games and ...")
    # words right before a name (past one of `articles`) that make it no owner of the record told after it
    not_owner_after: list[str] = Field(default_factory=list)  # ("in the Eastern Division with a 9-14 record")
    articles: list[str] = Field(default_factory=list)


class MoveWords(_Strict):
    """Words beside a figure that tell it is a move up (`up`: "jumped", "higher") or down (`down`: "plunged",
    "lower")."""

    up: list[str] = Field(default_factory=list)
    down: list[str] = Field(default_factory=list)


class QuantitiesFile(_Strict):
    concepts: list[ConceptSpec] = Field(default_factory=list)
    generic_counted: list[str] = Field(default_factory=list)
    light_verbs: list[str] = Field(default_factory=list)
    # verbs whose complement says what is counted ("confirmed dead", "reported missing", "left homeless")
    complement_verbs: list[str] = Field(default_factory=list)
    complement_links: list[str] = Field(default_factory=list)  # between the verb and its complement ("listed as")
    # verbs that join a quantity's noun to its figure ("turnout was 67%", "the toll stood at 12"), and the
    # small words that may stand beside them ("at", "to")
    copula_links: list[str] = Field(default_factory=list)
    copula_particles: list[str] = Field(default_factory=list)
    zero_counts: ZeroWords = Field(default_factory=ZeroWords)
    records: RecordWords = Field(default_factory=RecordWords)
    senses: list[SenseSpec] = Field(default_factory=list)
    # what each player piles up in one game ("points", "carries", "yards"): a value per player and game
    player_tallies: list[str] = Field(default_factory=list)
    tally_compounds: list[str] = Field(default_factory=list)
    # units of a size written as an adjective that names a product's model ("the 13-inch model", 'a 55" set'):
    # a price told for one model is not the price of another
    model_sizes: list[str] = Field(default_factory=list)
    # phrases right after a tally that give it for a part of the game only ("10 points in the first half")
    tally_parts: list[str] = Field(default_factory=list)
    # words that tell a figure is a move up or down ("jumped 900 points", "fell 3%"): a rise is never a fall
    moves: MoveWords = Field(default_factory=lambda: MoveWords())


class RoleMarkers(_Strict):
    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)


class Attribution(_Strict):
    verbs: list[str] = Field(default_factory=list)
    # words of a name that make it one who reports others' figures (an agency, a survey, a ministry, police, a
    # broadcaster, a spokesperson): before one of `source_verbs` it is the figure's source, never its subject
    sources: list[str] = Field(default_factory=list)
    source_verbs: list[str] = Field(default_factory=list)  # "the Geological Survey put the quake's strength at 5.4"
    # words that tell a figure's moment (a first report, a later one): two sources' figures are then an update
    moments: list[str] = Field(default_factory=list)


class ModalityFile(_Strict):
    stages: dict[Stage, list[str]] = Field(default_factory=dict)
    # passive phrases just after the figure ("15 inches of rain are still expected"): the stage of that figure
    stages_after: dict[Stage, list[str]] = Field(default_factory=dict)
    roles: dict[Literal["rate", "part", "cumulative", "comparison"], RoleMarkers] = Field(default_factory=dict)
    attribution: Attribution = Field(default_factory=Attribution)
    # words in a date's clause that make it the date of another instance of the event ("the last such patch")
    other_instance: list[str] = Field(default_factory=list)
    # units an amount per which is the unit's price, no rate ("$219 per ticket": what a ticket cost, as "an average
    # ticket price of $236")
    unit_prices: list[str] = Field(default_factory=list)
    # the concept such an amount measures (a concept of quantities.yml): "$219 per ticket" tells its price
    unit_price_quantity: str | None = None
    # small words that may stand before a day or month opening its sentence ("On Friday,", "Early on Tuesday,",
    # "Am Dienstag,"): such a day dates the verb of the clause after its comma
    date_openers: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class NewsVocabulary:
    """The merged tables of every rules folder."""

    concepts: tuple[ConceptSpec, ...] = ()
    generic_counted: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    complement_verbs: frozenset[str] = frozenset()
    complement_links: frozenset[str] = frozenset()
    copula_links: frozenset[str] = frozenset()
    copula_particles: frozenset[str] = frozenset()
    zero_counts: ZeroWords = field(default_factory=ZeroWords)
    records: RecordWords = field(default_factory=RecordWords)
    senses: tuple[SenseSpec, ...] = ()
    stages: dict[str, tuple[str, ...]] = field(default_factory=dict)
    stages_after: dict[str, tuple[str, ...]] = field(default_factory=dict)
    roles_before: dict[str, tuple[str, ...]] = field(default_factory=dict)
    roles_after: dict[str, tuple[str, ...]] = field(default_factory=dict)
    attribution: tuple[str, ...] = ()
    attribution_sources: frozenset[str] = frozenset()
    attribution_source_verbs: tuple[str, ...] = ()
    attribution_moments: frozenset[str] = frozenset()
    date_openers: frozenset[str] = frozenset()
    other_instance: tuple[str, ...] = ()
    unit_prices: frozenset[str] = frozenset()
    unit_price_quantity: str | None = None
    # casefolded words: evaluate.tallies reads them (and stems them: an open quantity is named by its noun's stem)
    player_tallies: frozenset[str] = frozenset()
    tally_compounds: frozenset[str] = frozenset()
    model_sizes: frozenset[str] = frozenset()  # casefolded units ("inch")
    tally_parts: tuple[str, ...] = ()
    moves_up: frozenset[str] = frozenset()
    moves_down: frozenset[str] = frozenset()

    @cached_property
    def _by_name(self) -> dict[str, ConceptSpec]:
        out: dict[str, ConceptSpec] = {}
        for c in self.concepts:
            out.setdefault(c.name, c)  # the first of a name
        return out

    def concept(self, name: str) -> ConceptSpec | None:
        """The concept of that name, by a dict made once: extraction asks it for every claim, the consistency
        rule for every pair of a group."""
        return self._by_name.get(name)

    def concept_names(self) -> frozenset[str]:
        return frozenset(c.name for c in self.concepts)


NEWS_FILES = {"quantities.yml": QuantitiesFile, "modality.yml": ModalityFile}


def _extend(table: dict[str, tuple[str, ...]], key: str, words: list[str]) -> None:
    table[key] = tuple(dict.fromkeys([*table.get(key, ()), *words]))


def _add_language_words(concepts: dict[str, ConceptSpec], generic: set[str], kdir: Path) -> None:
    """Each `lang/<code>.yml`'s `quantities:` words join the concept of that name (or start one),
    so "Tote" in a German article and "dead" in an English one measure the same quantity; its
    `generic_counted` nouns join the generic ones."""
    folder = kdir / "lang"
    for path in sorted(folder.glob("*.yml")) if folder.is_dir() else []:
        language = load_model(path, LanguageFile)
        generic.update(w.casefold() for w in language.generic_counted)
        for name, words in language.quantities.items():
            old = concepts.get(name)
            if old is None:
                concepts[name] = ConceptSpec(name=name, words=list(words))
            else:
                concepts[name] = old.model_copy(update={"words": list(dict.fromkeys([*old.words, *words]))})


def _check_senses(path: Path, qf: QuantitiesFile, known: set[str]) -> None:
    """Each sense names a concept of this or an earlier rules folder, or the file is refused at that line."""
    for i, sense in enumerate(qf.senses):
        if sense.concept not in known:
            line, col = position(load_yaml(path), ("senses", i, "concept"))
            raise DataFileError(str(path), line, col, f"unknown concept {sense.concept!r}: expected the name of a concept")


def load_news_vocabulary(knowledge_dirs: list[Path]) -> NewsVocabulary:
    """Merge `quantities.yml` and `modality.yml` of each knowledge folder, in order."""
    concepts: dict[str, ConceptSpec] = {}
    generic: set[str] = set()
    light: set[str] = set()
    complement: set[str] = set()
    complement_links: set[str] = set()
    links: set[str] = set()
    particles: set[str] = set()
    zero = ZeroWords()
    records = RecordWords()
    senses: list[SenseSpec] = []
    stages: dict[str, tuple[str, ...]] = {}
    stages_after: dict[str, tuple[str, ...]] = {}
    before: dict[str, tuple[str, ...]] = {}
    after: dict[str, tuple[str, ...]] = {}
    attribution: list[str] = []
    sources: set[str] = set()
    source_verbs: list[str] = []
    moments: set[str] = set()
    openers: set[str] = set()
    other_instance: list[str] = []
    unit_prices: set[str] = set()
    unit_price_quantity: str | None = None
    tallies: set[str] = set()
    compounds: set[str] = set()
    sizes: set[str] = set()
    parts: list[str] = []
    ups: set[str] = set()
    downs: set[str] = set()
    for kdir in knowledge_dirs:
        if (p := kdir / "quantities.yml").is_file():
            qf = load_model(p, QuantitiesFile)
            concepts.update({c.name: c for c in qf.concepts})
            generic.update(w.casefold() for w in qf.generic_counted)
            light.update(w.casefold() for w in qf.light_verbs)
            complement.update(w.casefold() for w in qf.complement_verbs)
            complement_links.update(w.casefold() for w in qf.complement_links)
            links.update(w.casefold() for w in qf.copula_links)
            particles.update(w.casefold() for w in qf.copula_particles)
            zero = ZeroWords(**{k: list(dict.fromkeys([*getattr(zero, k), *getattr(qf.zero_counts, k)])) for k in ZeroWords.model_fields})
            records = RecordWords(**{k: list(dict.fromkeys([*getattr(records, k), *getattr(qf.records, k)])) for k in RecordWords.model_fields})
            senses.extend(qf.senses)
            tallies.update(w.casefold() for w in qf.player_tallies)
            compounds.update(w.casefold() for w in qf.tally_compounds)
            sizes.update(w.casefold() for w in qf.model_sizes)
            parts.extend(p.casefold() for p in qf.tally_parts if p.casefold() not in parts)
            ups.update(w.casefold() for w in qf.moves.up)
            downs.update(w.casefold() for w in qf.moves.down)
            _check_senses(p, qf, {*concepts, *(c.name for c in qf.concepts)})
        if (p := kdir / "modality.yml").is_file():
            mf = load_model(p, ModalityFile)
            for stage, words in mf.stages.items():
                _extend(stages, stage, words)
            for stage, words in mf.stages_after.items():
                _extend(stages_after, stage, words)
            for role, markers in mf.roles.items():
                _extend(before, role, markers.before)
                _extend(after, role, markers.after)
            attribution.extend(w for w in mf.attribution.verbs if w not in attribution)
            sources.update(w.casefold() for w in mf.attribution.sources)
            source_verbs.extend(w for w in mf.attribution.source_verbs if w not in source_verbs)
            moments.update(w.casefold() for w in mf.attribution.moments)
            openers.update(w.casefold() for w in mf.date_openers)
            other_instance.extend(w for w in mf.other_instance if w not in other_instance)
            unit_prices.update(w.casefold() for w in mf.unit_prices)
            unit_price_quantity = mf.unit_price_quantity or unit_price_quantity
        _add_language_words(concepts, generic, kdir)
    return NewsVocabulary(
        concepts=tuple(concepts.values()),
        generic_counted=frozenset(generic),
        light_verbs=frozenset(light),
        complement_verbs=frozenset(complement),
        complement_links=frozenset(complement_links),
        copula_links=frozenset(links),
        copula_particles=frozenset(particles),
        zero_counts=zero,
        records=records,
        senses=tuple(senses),
        stages=stages,
        stages_after=stages_after,
        roles_before=before,
        roles_after=after,
        attribution=tuple(attribution),
        attribution_sources=frozenset(sources),
        attribution_source_verbs=tuple(source_verbs),
        attribution_moments=frozenset(moments),
        date_openers=frozenset(openers),
        other_instance=tuple(other_instance),
        unit_prices=frozenset(unit_prices),
        unit_price_quantity=unit_price_quantity,
        player_tallies=frozenset(tallies),
        tally_compounds=frozenset(compounds),
        model_sizes=frozenset(sizes),
        tally_parts=tuple(parts),
        moves_up=frozenset(ups),
        moves_down=frozenset(downs),
    )
