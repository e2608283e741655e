"""Load and merge knowledge files from the built-in rules folder and the project's.

Each folder may hold `knowledge/entities.yml`, `attributes.yml`, `rates.yml`,
`time.yml` and `documents.yml`. Later folders extend earlier ones; an entry
with the same name (entity, attribute, rate pair) replaces the earlier one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.knowledge.schema import (
    AttributeSpec,
    AttributesFile,
    Cues,
    DocumentsFile,
    EntitiesFile,
    EntitySpec,
    RatePair,
    RatesFile,
    TimeFile,
    WindowSpec,
)
from factcheck.knowledge.languages import LanguageFile
from factcheck.knowledge.news import NEWS_FILES, NewsVocabulary, load_news_vocabulary
from factcheck.knowledge.yamlfile import load_model


@dataclass(frozen=True)
class Knowledge:
    """Everything the pipeline knows beyond the articles themselves."""

    entities: tuple[EntitySpec, ...] = ()
    not_entities: frozenset[str] = frozenset()
    org_suffixes: tuple[str, ...] = ()
    organization_words: frozenset[str] = frozenset()  # casefolded
    distinct: tuple[frozenset[str], ...] = ()
    modifier_suffixes: tuple[str, ...] = ()
    titles: frozenset[str] = frozenset()  # "Mr.", "Coach" before a name (entities.yml)
    group_filler_words: frozenset[str] = frozenset()
    attributes: tuple[AttributeSpec, ...] = ()
    cues: Cues = field(default_factory=Cues)
    rates: tuple[RatePair, ...] = ()
    windows: tuple[WindowSpec, ...] = ()
    anchors: dict[str, str] = field(default_factory=dict)
    present: tuple[str, ...] = ()
    since: tuple[str, ...] = ()  # "since Saturday": a tally from that day (time.yml)
    other_clause: tuple[str, ...] = ()  # "as well as", "that": a clause about another thing opens (time.yml)
    published_cues: tuple[str, ...] = ()
    date_line_openers: tuple[str, ...] = ()  # "on Nov 10, 2011" under a headline is its date (documents.yml)
    head_lines: int = 8
    page_furniture: tuple[str, ...] = ()
    page_counters: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    news: NewsVocabulary = field(default_factory=NewsVocabulary)

    def attribute(self, name: str) -> AttributeSpec | None:
        return next((a for a in self.attributes if a.name == name), None)


KNOWLEDGE_FILES = {
    "entities.yml": EntitiesFile,
    "attributes.yml": AttributesFile,
    "rates.yml": RatesFile,
    "time.yml": TimeFile,
    "documents.yml": DocumentsFile,
    **NEWS_FILES,
}


def validate_knowledge_file(path: Path) -> bool:
    """Check one knowledge file against its schema (DataFileError on a mistake); False if the name is not one."""
    model = KNOWLEDGE_FILES.get(path.name)
    if model is None:
        return False
    load_model(path, model)
    return True


def _merge_by(items: list, new: list, key) -> list:
    index = {key(x): i for i, x in enumerate(items)}
    for item in new:
        k = key(item)
        if k in index:
            items[index[k]] = item
        else:
            index[k] = len(items)
            items.append(item)
    return items


def _with_language_cues(attributes: list[AttributeSpec], kdir: Path) -> list[AttributeSpec]:
    """Cue words of `lang/<code>.yml` join the attributes they name: "Umsatz" is revenue as "sales" is."""
    extra: dict[str, list[str]] = {}
    for path in sorted((kdir / "lang").glob("*.yml")) if (kdir / "lang").is_dir() else []:
        for name, words in load_model(path, LanguageFile).attributes.items():
            extra.setdefault(name, []).extend(words)
    return [a.model_copy(update={"cues": list(dict.fromkeys([*a.cues, *extra[a.name]]))}) if a.name in extra else a for a in attributes]


def _language_cues(kdir: Path) -> Cues:
    """The cue words of `lang/<code>.yml` that join the English ones: "davon" marks a part as "of which" does,
    "das Unternehmen" is "the company"."""
    folder = kdir / "lang"
    files = [load_model(path, LanguageFile) for path in sorted(folder.glob("*.yml"))] if folder.is_dir() else []
    return Cues(
        part_markers=[w for lf in files for w in lf.part_markers],
        organisation_anaphora=[w for lf in files for w in lf.organisation_anaphora],
    )


def load_knowledge(rules_dirs: Sequence[Path]) -> Knowledge:
    """Read the knowledge files of every folder, in order, and merge them."""
    entities: list[EntitySpec] = []
    not_entities: set[str] = set()
    suffixes: list[str] = []
    org_words: set[str] = set()
    distinct: list[frozenset[str]] = []
    modifiers: list[str] = []
    titles: set[str] = set()
    filler: set[str] = set()
    attributes: list[AttributeSpec] = []
    cues = Cues()
    rates: list[RatePair] = []
    windows: list[WindowSpec] = []
    anchors: dict[str, str] = {}
    present: list[str] = []
    since: list[str] = []
    other_clause: list[str] = []
    published_cues: list[str] = []
    date_line_openers: list[str] = []
    head_lines = 8
    furniture: list[str] = []
    counters: list[str] = []
    sources: list[str] = []

    for rules_dir in rules_dirs:
        kdir = rules_dir / "knowledge"
        if not kdir.is_dir():
            continue
        if (p := kdir / "entities.yml").is_file():
            ef = load_model(p, EntitiesFile)
            _merge_by(entities, ef.entities, lambda e: e.name.casefold())
            not_entities.update(ef.not_entities)
            suffixes.extend(s for s in ef.org_suffixes if s not in suffixes)
            org_words.update(w.casefold() for w in ef.organization_words)
            distinct.extend(frozenset(n.casefold() for n in pair) for pair in ef.distinct)
            modifiers.extend(ef.modifier_suffixes)
            titles.update(ef.titles)
            filler.update(w.casefold() for w in ef.group_filler_words)
            sources.append(str(p))
        if (p := kdir / "attributes.yml").is_file():
            af = load_model(p, AttributesFile)
            _merge_by(attributes, af.attributes, lambda a: a.name)
            cues = cues.merged(af)
            sources.append(str(p))
        attributes = _with_language_cues(attributes, kdir)
        cues = cues.merged(_language_cues(kdir))
        if (p := kdir / "rates.yml").is_file():
            _merge_by(rates, load_model(p, RatesFile).rates, lambda r: (r.base, r.quote))
            sources.append(str(p))
        if (p := kdir / "time.yml").is_file():
            tf = load_model(p, TimeFile)
            windows.extend(tf.windows)
            anchors.update(tf.anchors)
            present.extend(tf.present)
            since.extend(tf.since)
            other_clause.extend(tf.other_clause)
            sources.append(str(p))
        if (p := kdir / "documents.yml").is_file():
            df = load_model(p, DocumentsFile)
            published_cues.extend(df.published_cues)
            date_line_openers.extend(df.date_line_openers)
            head_lines = df.head_lines
            furniture.extend(df.page_furniture)
            counters.extend(df.page_counters)
            sources.append(str(p))

    return Knowledge(
        entities=tuple(entities),
        not_entities=frozenset(not_entities),
        org_suffixes=tuple(suffixes),
        organization_words=frozenset(org_words),
        distinct=tuple(distinct),
        modifier_suffixes=tuple(dict.fromkeys(modifiers)),
        titles=frozenset(titles),
        group_filler_words=frozenset(filler),
        attributes=tuple(attributes),
        cues=cues,
        rates=tuple(rates),
        windows=tuple(windows),
        anchors=anchors,
        present=tuple(dict.fromkeys(present)),
        since=tuple(dict.fromkeys(since)),
        other_clause=tuple(dict.fromkeys(other_clause)),
        published_cues=tuple(dict.fromkeys(published_cues)),
        date_line_openers=tuple(dict.fromkeys(date_line_openers)),
        head_lines=head_lines,
        page_furniture=tuple(dict.fromkeys(furniture)),
        page_counters=tuple(dict.fromkeys(counters)),
        sources=tuple(sources),
        news=load_news_vocabulary([d / "knowledge" for d in rules_dirs]),
    )
