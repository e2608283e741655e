"""`Lexicon`: the merged word tables and the regular expressions compiled from them.

Compiling the patterns costs far more than reading the YAML, so a Lexicon is
built once per set of rules directories and cached on the files' contents.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from factcheck.knowledge.lexicon import lexicon_digest, load_tables
from factcheck.knowledge.lexicon_schema import LexiconFile
from factcheck.values.patterns import Patterns


class Lexicon:
    """The merged word tables and the regular expressions compiled from them.

    Build it with `Lexicon.load([rules_dir, ...])`; the result is cached per
    tuple of directories and must be treated as read-only.
    """

    __slots__ = ("tables", "patterns", "dirs")

    def __init__(self, tables: LexiconFile, dirs: tuple[Path, ...] = ()) -> None:
        self.tables = tables
        self.dirs = dirs
        self.patterns = Patterns(tables)

    @classmethod
    def load(cls, rules_dirs: Sequence[Path | str]) -> "Lexicon":
        """Tables from `rules_dir/knowledge/lexicon/*.yml` of each directory, later ones extending earlier ones.

        Cached on the folders and their files' contents, so an edited table is read again."""
        key = tuple(Path(d).resolve() for d in rules_dirs)
        return _load_cached(key, lexicon_digest(key))

    def __repr__(self) -> str:
        return f"Lexicon(dirs={[str(d) for d in self.dirs]})"


@lru_cache(maxsize=16)
def _load_cached(dirs: tuple[Path, ...], digest: str) -> Lexicon:
    return Lexicon(load_tables(dirs), dirs)
