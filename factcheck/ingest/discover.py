"""Find the articles under the paths a user gives."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import NoArticlesError, PathNotFoundError

ARTICLE_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class ArticlePath:
    """An article on disk and the id it gets: its path relative to the folder scanned."""

    path: Path
    id: str


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts[:-1])


def discover(paths: Sequence[Path]) -> list[ArticlePath]:
    """Every .txt and .md file under `paths`, recursively, sorted, hidden folders skipped.

    A file given directly gets its own name as id; files found in a folder get
    their path relative to that folder. When two folders hold the same relative
    path, the folder's name is put in front so ids stay unique.
    """
    found: list[ArticlePath] = []
    for given in paths:
        if not given.exists():
            raise PathNotFoundError(given)
        if given.is_file():
            found.append(ArticlePath(given, given.name))
            continue
        for path in sorted(given.rglob("*")):
            rel = path.relative_to(given)
            if path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES and not _hidden(rel):
                found.append(ArticlePath(path, rel.as_posix()))
    if not found:
        raise NoArticlesError([str(p) for p in paths])
    counts: dict[str, int] = {}
    for a in found:
        counts[a.id] = counts.get(a.id, 0) + 1
    if any(n > 1 for n in counts.values()):
        found = [
            ArticlePath(a.path, f"{a.path.parent.name}/{a.id}" if counts[a.id] > 1 else a.id) for a in found
        ]
    seen: set[Path] = set()
    unique = []
    for a in found:
        if a.path.resolve() not in seen:
            seen.add(a.path.resolve())
            unique.append(a)
    return unique
