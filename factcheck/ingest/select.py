"""Which files under a scanned folder are articles: `.gitignore`, exclude globs, and --force-exclude.

A team keeps drafts, vendored packages and build output next to its
articles; git already says which of them are not part of the project, so
`.gitignore` files (at the project root and in every folder below it) are
respected by default, as ruff and ripgrep do. Exclude globs use the same
gitignore syntax, relative to the project root. A file named on the command
line is read even when excluded, unless `force` is set (pre-commit passes
every changed file by name, and only --force-exclude keeps drafts out then).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pathspec

DEFAULT_EXCLUDE: tuple[str, ...] = ("node_modules/", ".venv/", "venv/", "site-packages/", "__pycache__/")


def _relative(path: Path, root: Path) -> str | None:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return None


@dataclass
class Selection:
    """Decides whether a file found under a scanned path is left out; it caches each folder's .gitignore."""

    root: Path
    exclude: Sequence[str] = DEFAULT_EXCLUDE
    respect_gitignore: bool = True
    force: bool = False
    _specs: dict[Path, pathspec.PathSpec | None] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.root = self.root.resolve()
        self._exclude = pathspec.GitIgnoreSpec.from_lines(self.exclude)

    def _gitignore(self, folder: Path) -> pathspec.PathSpec | None:
        if folder not in self._specs:
            f = folder / ".gitignore"
            lines = f.read_text(encoding="utf-8", errors="replace").splitlines() if f.is_file() else []
            self._specs[folder] = pathspec.GitIgnoreSpec.from_lines(lines) if lines else None
        return self._specs[folder]

    def _ignored_by_git(self, path: Path) -> bool:
        full = path.resolve()
        rel = _relative(full, self.root)
        if rel is None:
            return False
        folder = self.root
        for part in Path(rel).parts[:-1] or ():
            if (spec := self._gitignore(folder)) is not None and spec.match_file(full.relative_to(folder).as_posix()):
                return True
            folder = folder / part
        spec = self._gitignore(folder)
        return spec is not None and spec.match_file(full.relative_to(folder).as_posix())

    def excludes(self, path: Path, *, named: bool = False) -> bool:
        """True when `path` is left out; a file `named` on the command line only with `force`."""
        if named and not self.force:
            return False
        rel = _relative(path, self.root) or path.name
        if self._exclude.match_file(rel):
            return True
        return self.respect_gitignore and self._ignored_by_git(path)


def keep_all(root: Path) -> Selection:
    """A selection that leaves nothing out (the library's default when no project is configured)."""
    return Selection(root=root, exclude=(), respect_gitignore=False)
