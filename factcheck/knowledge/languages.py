"""Per-language data: `rules/knowledge/lang/<code>.yml`, one file per language.

A language file holds everything the pipeline knows about writing in that language: the
value recognizers' words (a `lexicon:` section in the schema of `lexicon/*.yml`, merged on top
of the built-in English and Chinese tables when an article is in that language), the words of
the news vocabulary's concepts (`quantities:`, concept name -> words, joined to the concepts of
`quantities.yml`), cue words of the attributes of `attributes.yml` (`attributes:`, name ->
words), and the Snowball stemmer named for the language. Adding a
language is adding a file: no code names a language.

The date words of a language (`lexicon.dates`, schema `DateWords`) feed general forms, so each entry
reads every way the form is written: month and weekday names, day suffixes and of-words ("20 de junio de
2025"), days in words (`day_ordinals`, `cardinal_days`), relative words before or after the unit
("la semana pasada", "die nächsten 3 Tage"), offsets (`ago_words` "hace", `offset_words` "geleden",
`in_words` "dans", `within_words` "binnen"), open bounds (`since_words`, `until_words`, `before_words`,
`after_words`, `onwards_words`), ranges (`range_openers`/`range_joiners`, `pair_openers`/`pair_joiners`),
parts of months and years, halves, quarters and their code letters, n-th weeks, decades, fixed
holidays and movable feasts (`easter_days`), and whether numeric dates write the day first (`day_first`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from factcheck.knowledge.lexicon_schema import LexiconFile
from factcheck.knowledge.paths import knowledge_dir
from factcheck.knowledge.yamlfile import load_model


class LanguageFile(BaseModel):
    """One `lang/<code>.yml`: the language's lexicon words, concept words and stemmer."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=r"^[a-z]{2,3}$")
    name: str
    stemmer: str | None = None  # a snowballstemmer algorithm name ("german"); None: no stemming
    lexicon: LexiconFile = Field(default_factory=LexiconFile)
    quantities: dict[str, list[str]] = Field(default_factory=dict)
    attributes: dict[str, list[str]] = Field(default_factory=dict)  # attribute name -> cue words in this language
    # nouns that say who or what is counted but not what about them ("Menschen", "casas"): the verb decides
    generic_counted: list[str] = Field(default_factory=list)
    # words right before a count that make it a part of the whole just named ("davon 45": "of which 45")
    part_markers: list[str] = Field(default_factory=list)
    # phrases that name the organisation an article is about ("das Unternehmen"), as `organisation_anaphora`
    organisation_anaphora: list[str] = Field(default_factory=list)


def language_paths(rules_dirs: Sequence[Path], code: str) -> list[Path]:
    """`knowledge/lang/<code>.yml` of each rules directory that has one, in order."""
    paths = [knowledge_dir(Path(d)) / "lang" / f"{code}.yml" for d in rules_dirs]
    return [p for p in paths if p.is_file()]


def known_languages(rules_dirs: Sequence[Path]) -> list[str]:
    """Codes of every language that has a file in any of the rules directories, sorted."""
    codes: set[str] = set()
    for d in rules_dirs:
        folder = knowledge_dir(Path(d)) / "lang"
        if folder.is_dir():
            codes.update(p.stem for p in folder.glob("*.yml"))
    return sorted(codes)


def language_digest(rules_dirs: Sequence[Path], code: str | None) -> str:
    """One hash of the language's files, so caches built from them notice an edit."""
    h = hashlib.sha256()
    for p in language_paths(rules_dirs, code) if code else []:
        h.update(str(p).encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def load_languages(rules_dirs: Sequence[Path], code: str) -> list[LanguageFile]:
    """The language's files, validated (errors as path:line:col), earliest rules directory first."""
    return [_load(p, p.stat().st_mtime_ns) for p in language_paths(rules_dirs, code)]


@lru_cache(maxsize=64)
def _load(path: Path, _mtime: int) -> LanguageFile:
    return load_model(path, LanguageFile)
