"""The toolkit: everything a scan loads once (knowledge, rules, lexicon, the spaCy pipeline) and its fingerprint.

The fingerprint names what shapes results (tool version, source code, library
versions, rules, model), so caches made by anything else are never reused.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.evaluate import RuleSet, load_rules
from factcheck.values import Lexicon
from factcheck.knowledge import Knowledge, load_knowledge
from factcheck.settings import Settings
from factcheck.version import __version__

if TYPE_CHECKING:
    from factcheck.extract.claims import Extractor

PACKAGE_ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Toolkit:
    """Everything loaded once per run: knowledge, rules, lexicon and the spaCy pipeline.

    Each part is loaded when first used: the fingerprint needs none of them, so an unchanged re-scan that
    reuses its reports never parses the knowledge files or loads spaCy (about 4 of its 6 s at 1,000 articles)."""

    settings: Settings
    rules_hash: str
    dirs: tuple[Path, ...] = ()
    _knowledge: Knowledge | None = None
    _rules: RuleSet | None = None
    _lexicon: Lexicon | None = None
    _extractor: Extractor | None = None

    @classmethod
    def load(cls, settings: Settings | None = None) -> "Toolkit":
        """The toolkit of `settings`; its parts load on first use (`loaded()` loads them all now)."""
        settings = settings or Settings()
        dirs = tuple(settings.all_rules_dirs())
        return cls(settings=settings, rules_hash=_hash_rules(dirs), dirs=dirs)

    def loaded(self) -> "Toolkit":
        """Every part loaded now (before forking workers, so they share them)."""
        self.extractor  # noqa: B018 - loads knowledge and lexicon too
        self.rules  # noqa: B018
        return self

    @property
    def knowledge(self) -> Knowledge:
        if self._knowledge is None:
            self._knowledge = load_knowledge(list(self.dirs))
        return self._knowledge

    @property
    def rules(self) -> RuleSet:
        if self._rules is None:
            self._rules = load_rules(list(self.dirs)).selected(self.settings.select, self.settings.ignore)
        return self._rules

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = Lexicon.load(list(self.dirs))
        return self._lexicon

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            from factcheck.extract.claims import Extractor as _Extractor  # spaCy: imported only when extracting

            self._extractor = _Extractor(self.knowledge, self.lexicon, self.settings.model)
        return self._extractor

    @property
    def extraction_fingerprint(self) -> str:
        """Changes when anything that shapes results changes: rules, knowledge, the tool's code, the model."""
        selection = f"{','.join(self.settings.select)}|{','.join(self.settings.ignore)}"
        key = f"{__version__}|{code_hash()}|{library_versions(self.settings.model)}|{self.rules_hash}|{self.settings.model}|{selection}"
        return hashlib.sha256(key.encode()).hexdigest()[:16]


def _hash_files(root: Path, pattern: str) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob(pattern)):
        h.update(p.relative_to(root).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _hash_rules(dirs: Sequence[Path]) -> str:
    return hashlib.sha256("|".join(_hash_files(d, "*.y*ml") for d in dirs).encode()).hexdigest()[:16]


@lru_cache(maxsize=4)
def library_versions(model: str | None) -> str:
    """Versions of the libraries that shape extraction (and of the spaCy pipeline, if one is used)."""
    names = ["spacy", "wordfreq", "rapidfuzz", "snowballstemmer", "currencyconverter", *([model] if model else [])]
    found = []
    for name in names:
        try:
            found.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}=?")
    return ",".join(found)


@lru_cache(maxsize=1)
def code_hash() -> str:
    """A digest of the package's own source: a cache from another build of the code is never reused."""
    return _hash_files(PACKAGE_ROOT, "*.py")
