"""Where the built-in rules and knowledge live.

The project's top-level `rules/` folder is their single source. A wheel
carries a copy at `factcheck/_bundled_rules`; a source checkout or an
editable install reads `rules/` beside the package.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]


def builtin_rules_dir() -> Path:
    bundled = _PACKAGE / "_bundled_rules"
    if bundled.is_dir():
        return bundled
    return _PACKAGE.parent / "rules"


def knowledge_dir(rules_dir: Path) -> Path:
    return rules_dir / "knowledge"
