"""Read, validate and merge the lexicon tables of one or more rules directories.

Later rules directories extend earlier ones: mappings are updated key by key,
lists are appended, so a project adds words without repeating the built-in
tables. `lexicon_digest` names the files' contents, so a cache of anything
built from them can tell when a table was edited.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from factcheck.errors import ConfigError
from factcheck.knowledge.languages import load_languages
from factcheck.knowledge.lexicon_schema import LexiconFile, LexiconTable
from factcheck.knowledge.paths import knowledge_dir
from factcheck.knowledge.yamlfile import load_model


def _merge_value(old: Any, new: Any, explicit: bool) -> Any:
    if not explicit:
        return old
    if isinstance(old, list) and isinstance(new, list):
        return old + [v for v in new if v not in old]
    if isinstance(old, dict) and isinstance(new, dict) and not isinstance(new, BaseModel):
        merged = dict(old)
        for key, value in new.items():
            before = merged.get(key)
            both = isinstance(before, BaseModel) and isinstance(value, BaseModel)
            merged[key] = merge_tables(before, value) if both else value  # a currency's new names extend it
        return merged
    if isinstance(old, BaseModel) and isinstance(new, BaseModel):
        return merge_tables(old, new)
    return new


def merge_tables(base: LexiconTable, extra: LexiconTable) -> Any:
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


def load_tables(rules_dirs: Sequence[Path], language: str | None = None) -> LexiconFile:
    """Read, validate and merge every lexicon file, then the `language`'s own words on top;
    raises DataFileError naming path:line:col."""
    files = lexicon_files(rules_dirs)
    if not files:
        shown = ", ".join(str(d) for d in rules_dirs) or "(none)"
        raise ConfigError(f"no lexicon tables (knowledge/lexicon/*.yml) under {shown}")
    merged = LexiconFile()
    for path in files:
        merged = merge_tables(merged, load_model(path, LexiconFile))
    for lang in load_languages(rules_dirs, language) if language else []:
        merged = merge_tables(merged, lang.lexicon)
    return merged


def lexicon_digest(dirs: Sequence[Path]) -> str:
    """One hash of every lexicon file's path and bytes under `dirs`."""
    h = hashlib.sha256()
    for d in dirs:
        for p in sorted((d / "knowledge" / "lexicon").glob("*.y*ml")):
            h.update(str(p).encode())
            h.update(p.read_bytes())
    return h.hexdigest()
