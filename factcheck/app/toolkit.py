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

from factcheck.evaluate import RuleSet, load_rules
from factcheck.extract.claims import Extractor
from factcheck.values import Lexicon
from factcheck.knowledge import Knowledge, load_knowledge
from factcheck.settings import Settings
from factcheck.version import __version__

PACKAGE_ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Toolkit:
    """Everything loaded once per run: knowledge, rules, lexicon and the spaCy pipeline."""

    settings: Settings
    knowledge: Knowledge
    rules: RuleSet
    lexicon: Lexicon
    extractor: Extractor
    rules_hash: str

    @classmethod
    def load(cls, settings: Settings | None = None) -> "Toolkit":
        settings = settings or Settings()
        dirs = settings.all_rules_dirs()
        knowledge = load_knowledge(dirs)
        rules = load_rules(dirs).selected(settings.select, settings.ignore)
        lexicon = Lexicon.load(dirs)
        return cls(
            settings=settings,
            knowledge=knowledge,
            rules=rules,
            lexicon=lexicon,
            extractor=Extractor(knowledge, lexicon, settings.model),
            rules_hash=_hash_rules(dirs),
        )

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
