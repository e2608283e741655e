"""`Lexicon`: the merged word tables and the regular expressions compiled from them.

Compiling the patterns costs far more than reading the YAML, so a Lexicon is
built once per set of rules directories and cached on the files' contents.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from factcheck.knowledge.languages import language_digest, language_paths
from factcheck.knowledge.lexicon import lexicon_digest, load_tables
from factcheck.knowledge.lexicon_schema import LexiconFile
from factcheck.values.patterns import Patterns


class Lexicon:
    """The merged word tables and the regular expressions compiled from them.

    Build it with `Lexicon.load([rules_dir, ...])`; the result is cached per
    tuple of directories and must be treated as read-only.
    """

    __slots__ = ("tables", "patterns", "dirs", "language", "_by_language")

    def __init__(self, tables: LexiconFile, dirs: tuple[Path, ...] = (), language: str | None = None) -> None:
        self.tables = tables
        self.dirs = dirs
        self.language = language
        self.patterns = Patterns(tables)
        self._by_language: dict[str | None, Lexicon] = {}

    def for_language(self, language: str | None) -> "Lexicon":
        """The lexicon of the same rules directories for `language` (itself when it has no language file).

        Kept on this lexicon, so asking once per article costs a dict lookup, not a look at the files."""
        if language == self.language or not self.dirs:
            return self
        found = self._by_language.get(language)
        if found is None:
            found = Lexicon.load(self.dirs, language)
            self._by_language[language] = found
        return found

    @classmethod
    def load(cls, rules_dirs: Sequence[Path | str], language: str | None = None) -> "Lexicon":
        """Tables from `rules_dir/knowledge/lexicon/*.yml` of each directory, later ones extending earlier ones,
        then the words of `knowledge/lang/<language>.yml` on top (None or an unknown code: the base tables).

        Cached on the folders, the language and their files' contents, so an edited table is read again."""
        key = tuple(Path(d).resolve() for d in rules_dirs)
        lang = language if language and language_paths(key, language) else None
        return _load_cached(key, lang, lexicon_digest(key) + language_digest(key, lang))

    def __repr__(self) -> str:
        return f"Lexicon(dirs={[str(d) for d in self.dirs]}, language={self.language!r})"


@lru_cache(maxsize=32)
def _load_cached(dirs: tuple[Path, ...], language: str | None, digest: str) -> Lexicon:
    return Lexicon(load_tables(dirs, language), dirs, language)
