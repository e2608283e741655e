"""The recognizer's word tables: YAML schema, loading, merging and caching.

Every word the recognizers know (number words, scale words, currencies,
units, cue phrases, month names) lives in `rules/knowledge/lexicon/*.yml`, so
a project can extend them without code. Files are validated with pydantic
through `load_model`, so a mistake is reported as `path:line:col: expected`.
Later rules directories extend earlier ones: mappings are updated key by key,
lists are appended. The compiled form (`Lexicon`) is cached per tuple of
directories, so loading it again is free.
"""

from __future__ import annotations

import hashlib

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.errors import ConfigError
from factcheck.knowledge.paths import knowledge_dir
from factcheck.knowledge.yamlfile import load_model


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NumberWords(_Table):
    """English number words (`numbers:` section)."""

    units: dict[str, int] = Field(default_factory=dict)
    tens: dict[str, int] = Field(default_factory=dict)
    hundred: dict[str, int] = Field(default_factory=dict)
    scales: dict[str, float] = Field(default_factory=dict)
    multiples: dict[str, int] = Field(default_factory=dict)
    fractions: dict[str, int] = Field(default_factory=dict)
    ordinals: dict[str, int] = Field(default_factory=dict)
    negative: list[str] = Field(default_factory=list)
    scale_suffixes: dict[str, float] = Field(default_factory=dict)
    spaced_suffixes: list[str] = Field(default_factory=list)
    vague: dict[str, tuple[float, float]] = Field(default_factory=dict)
    not_numbers: list[str] = Field(default_factory=list)


class ChineseNumerals(_Table):
    """Chinese numeral characters and percent/discount forms (`chinese:` section)."""

    digits: dict[str, int] = Field(default_factory=dict)
    financial_digits: dict[str, int] = Field(default_factory=dict)
    small_units: dict[str, int] = Field(default_factory=dict)
    financial_units: list[str] = Field(default_factory=list)
    big_units: dict[str, float] = Field(default_factory=dict)
    half: list[str] = Field(default_factory=list)
    decimal_point: list[str] = Field(default_factory=list)
    negative: list[str] = Field(default_factory=list)
    approximate: list[str] = Field(default_factory=list)
    and_fraction: list[str] = Field(default_factory=list)
    fraction_of: list[str] = Field(default_factory=list)
    dozen: list[str] = Field(default_factory=list)
    measure_words: list[str] = Field(default_factory=list)
    percent_point: list[str] = Field(default_factory=list)
    tenth_percent: list[str] = Field(default_factory=list)
    discount: list[str] = Field(default_factory=list)
    discount_half: list[str] = Field(default_factory=list)
    discount_verb: list[str] = Field(default_factory=list)
    not_numbers: list[str] = Field(default_factory=list)


class Currency(_Table):
    """One currency: the unit it gives and how it is written."""

    symbols: list[str] = Field(default_factory=list)
    codes: list[str] = Field(default_factory=list)
    names: list[str] = Field(default_factory=list)
    zh: list[str] = Field(default_factory=list)
    minor: str | None = None
    minor_zh: dict[str, float] = Field(default_factory=dict)


class AmbiguousSymbol(_Table):
    default: str
    alternatives: dict[str, list[str]] = Field(default_factory=dict)


class Unit(_Table):
    """A unit of measure; `kind` says whether it is a duration."""

    kind: Literal["duration", "quantity"]
    words: list[str] = Field(default_factory=list)
    symbols: list[str] = Field(default_factory=list)
    zh: list[str] = Field(default_factory=list)


class Qualifiers(_Table):
    approximate: list[str] = Field(default_factory=list)
    lower_bound: list[str] = Field(default_factory=list)
    upper_bound: list[str] = Field(default_factory=list)
    exact: list[str] = Field(default_factory=list)


class Trailing(_Table):
    lower_bound: list[str] = Field(default_factory=list)
    upper_bound: list[str] = Field(default_factory=list)
    inclusive: list[str] = Field(default_factory=list)  # "less than 5000 or equal": the bound includes its value


class Cues(_Table):
    """Cue phrases around numbers (`cues:` section)."""

    qualifiers: Qualifiers = Field(default_factory=Qualifiers)
    trailing: Trailing = Field(default_factory=Trailing)
    range_openers: list[str] = Field(default_factory=list)
    range_joiners: list[str] = Field(default_factory=list)
    change_words: list[str] = Field(default_factory=list)
    per: list[str] = Field(default_factory=list)
    multiplier_suffixes: list[str] = Field(default_factory=list)
    multiplier_fold: list[str] = Field(default_factory=list)
    multiplier_times: list[str] = Field(default_factory=list)
    multiplier_words: dict[str, float] = Field(default_factory=dict)
    multiplier_word_openers: list[str] = Field(default_factory=list)
    comparatives: list[str] = Field(default_factory=list)
    parameter_words: list[str] = Field(default_factory=list)
    parameter_markers: list[str] = Field(default_factory=list)
    count_stop_words: list[str] = Field(default_factory=list)
    irregular_plurals: list[str] = Field(default_factory=list)
    not_names: list[str] = Field(default_factory=list)
    # Endings of a capitalised word opening a sentence that make it a verb, not a name: "Released 11 models".
    verb_endings: list[str] = Field(default_factory=list)
    hyphen_prefixes: list[str] = Field(default_factory=list)
    domain_suffixes: list[str] = Field(default_factory=list)


class DateWords(_Table):
    """Calendar words (`dates:` section)."""

    months: dict[str, int] = Field(default_factory=dict)
    ambiguous_months: list[str] = Field(default_factory=list)
    weekdays: dict[str, int] = Field(default_factory=dict)
    year_parts: dict[str, tuple[int, int]] = Field(default_factory=dict)
    month_parts: dict[str, tuple[int, int]] = Field(default_factory=dict)
    halves: dict[str, int] = Field(default_factory=dict)
    quarters: dict[str, int] = Field(default_factory=dict)
    units: dict[str, str] = Field(default_factory=dict)
    deictic_days: dict[str, int] = Field(default_factory=dict)
    relative_words: dict[str, int] = Field(default_factory=dict)
    offset_words: dict[str, int] = Field(default_factory=dict)
    since_words: list[str] = Field(default_factory=list)
    until_words: list[str] = Field(default_factory=list)
    present_words: list[str] = Field(default_factory=list)
    holidays: dict[str, str] = Field(default_factory=dict)
    non_calendar_years: list[str] = Field(default_factory=list)
    year_prepositions: list[str] = Field(default_factory=list)


class LexiconFile(_Table):
    """One `rules/knowledge/lexicon/*.yml` file: any of the sections, all optional."""

    numbers: NumberWords = Field(default_factory=NumberWords)
    chinese: ChineseNumerals = Field(default_factory=ChineseNumerals)
    currencies: dict[str, Currency] = Field(default_factory=dict)
    minor_units: dict[str, float] = Field(default_factory=dict)
    ambiguous_symbols: dict[str, AmbiguousSymbol] = Field(default_factory=dict)
    money_cues: list[str] = Field(default_factory=list)
    units: dict[str, Unit] = Field(default_factory=dict)
    cues: Cues = Field(default_factory=Cues)
    dates: DateWords = Field(default_factory=DateWords)


def _merge_value(old: Any, new: Any, explicit: bool) -> Any:
    if not explicit:
        return old
    if isinstance(old, list) and isinstance(new, list):
        return old + [v for v in new if v not in old]
    if isinstance(old, dict) and isinstance(new, dict) and not isinstance(new, BaseModel):
        merged = dict(old)
        merged.update(new)
        return merged
    if isinstance(old, BaseModel) and isinstance(new, BaseModel):
        return merge_tables(old, new)
    return new


def merge_tables(base: _Table, extra: _Table) -> Any:
    """`extra` extends `base`: mappings updated key by key, lists appended, unset fields kept."""
    values = {}
    for name in type(base).model_fields:
        values[name] = _merge_value(getattr(base, name), getattr(extra, name), name in extra.model_fields_set)
    return type(base).model_construct(_fields_set=base.model_fields_set | extra.model_fields_set, **values)


def lexicon_files(rules_dirs: Sequence[Path]) -> list[Path]:
    """The lexicon YAML files of each rules directory, directory by directory, names sorted."""
    files: list[Path] = []
    for rules_dir in rules_dirs:
        folder = knowledge_dir(Path(rules_dir)) / "lexicon"
        if folder.is_dir():
            files.extend(sorted(p for p in folder.iterdir() if p.suffix in (".yml", ".yaml") and p.is_file()))
    return files


def load_tables(rules_dirs: Sequence[Path]) -> LexiconFile:
    """Read, validate and merge every lexicon file; raises DataFileError naming path:line:col."""
    files = lexicon_files(rules_dirs)
    if not files:
        shown = ", ".join(str(d) for d in rules_dirs) or "(none)"
        raise ConfigError(f"no lexicon tables (knowledge/lexicon/*.yml) under {shown}")
    merged = LexiconFile()
    for path in files:
        merged = merge_tables(merged, load_model(path, LexiconFile))
    return merged


class Lexicon:
    """The merged word tables and the regular expressions compiled from them.

    Build it with `Lexicon.load([rules_dir, ...])`; the result is cached per
    tuple of directories and must be treated as read-only.
    """

    __slots__ = ("tables", "patterns", "dirs")

    def __init__(self, tables: LexiconFile, dirs: tuple[Path, ...] = ()) -> None:
        from factcheck.extract.recognizers.patterns import Patterns

        self.tables = tables
        self.dirs = dirs
        self.patterns = Patterns(tables)

    @classmethod
    def load(cls, rules_dirs: Sequence[Path | str]) -> "Lexicon":
        """Tables from `rules_dir/knowledge/lexicon/*.yml` of each directory, later ones extending earlier ones.

        Cached on the folders and their files' contents, so an edited table is read again."""
        key = tuple(Path(d).resolve() for d in rules_dirs)
        return _load_cached(key, _digest(key))

    def __repr__(self) -> str:
        return f"Lexicon(dirs={[str(d) for d in self.dirs]})"


def _digest(dirs: tuple[Path, ...]) -> str:
    h = hashlib.sha256()
    for d in dirs:
        for p in sorted((d / "knowledge" / "lexicon").glob("*.y*ml")):
            h.update(str(p).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=16)
def _load_cached(dirs: tuple[Path, ...], digest: str) -> Lexicon:
    return Lexicon(load_tables(dirs), dirs)
