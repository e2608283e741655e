"""Find the articles under the paths a user gives."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import ArticleError, NoArticlesError, PathNotFoundError
from factcheck.ingest.select import Selection

ARTICLE_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class ArticlePath:
    """An article on disk and the id it gets: its path relative to the folder scanned."""

    path: Path
    id: str


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts[:-1])


def _walk(folder: Path, problems: list[ArticleError] | None) -> list[Path]:
    """Every file under `folder`, sorted; a subfolder that cannot be listed is a problem, not a silent gap."""

    def unreadable(exc: OSError) -> None:
        if problems is not None:
            where = Path(exc.filename or folder)
            rel = where.relative_to(folder).as_posix() if where.is_relative_to(folder) else str(where)
            problems.append(ArticleError(rel + "/", "FC901", f"folder cannot be read ({exc.strerror or exc}); skipped"))

    files = []
    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs.sort()
        files += [Path(root) / n for n in names]
    return sorted(files)


def discover(
    paths: Sequence[Path],
    exclude: Sequence[Path] = (),
    selection: Selection | None = None,
    problems: list[ArticleError] | None = None,
) -> list[ArticlePath]:
    """Every .txt and .md file under `paths`, recursively, sorted, hidden folders skipped.

    A file given directly gets its own name as id; files found in a folder get
    their path relative to that folder. Files under `exclude` (the tool's own
    output folder, say) are left out. Where two files would get the same id,
    both get their path relative to the folder that holds them all. `selection`
    leaves out what `.gitignore` and the exclude globs name (see factcheck.ingest.select).
    """
    skip = [p.resolve() for p in exclude]

    def excluded(path: Path) -> bool:
        r = path.resolve()
        return any(r == s or s in r.parents for s in skip) or (
            selection is not None and selection.excludes(path, named=path in named)
        )

    named = {p for p in paths if p.is_file()}

    found: list[ArticlePath] = []
    seen: set[Path] = set()
    for given in paths:
        if not given.exists():
            raise PathNotFoundError(given)
        candidates = [(given, given.name)] if given.is_file() else [
            (path, path.relative_to(given).as_posix())
            for path in _walk(given, problems)
            if path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES and not _hidden(path.relative_to(given))
        ]
        for path, doc_id in candidates:
            if path.resolve() not in seen and not excluded(path):
                seen.add(path.resolve())
                found.append(ArticlePath(path, doc_id))
    if not found:
        raise NoArticlesError([str(p) for p in paths], "; ".join(str(p) for p in problems or []))
    counts = Counter(a.id for a in found)
    clashing = [a for a in found if counts[a.id] > 1]
    if clashing:
        root = Path(os.path.commonpath([str(a.path.resolve().parent) for a in clashing]))
        found = [
            ArticlePath(a.path, a.path.resolve().relative_to(root).as_posix()) if counts[a.id] > 1 else a for a in found
        ]
    return found
