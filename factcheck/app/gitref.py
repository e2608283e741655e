"""`--baseline-ref REF`: scan the same folders as they are at another git revision.

The revision is checked out with `git worktree add --detach` into a temporary
folder and removed afterwards, so the working tree, the index and the current
branch are never touched (not even when run from a pre-commit hook, where git
points GIT_INDEX_FILE at the commit being made: that variable is dropped for
every git call here). The same toolkit (rules, tool version) scans both
sides, so a difference in findings comes from the articles, and unchanged
articles are extraction-cache hits.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from factcheck.errors import BaselineError

SHALLOW_HINT = (
    "a shallow clone? fetch the history first: `git fetch --unshallow origin` "
    "(GitHub Actions: actions/checkout with `fetch-depth: 0`)"
)
_GIT_ENV_DROPPED = ("GIT_INDEX_FILE", "GIT_WORK_TREE", "GIT_DIR", "GIT_PREFIX", "GIT_OBJECT_DIRECTORY")


def _git(args: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in _GIT_ENV_DROPPED}
    try:
        return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise BaselineError(f"--baseline-ref needs git on PATH ({exc})") from exc


def repository_root(cwd: Path) -> Path:
    done = _git(["rev-parse", "--show-toplevel"], cwd)
    if done.returncode != 0:
        raise BaselineError(f"{cwd}: not inside a git repository; --baseline-ref needs one (use --baseline FILE instead)")
    return Path(done.stdout.strip())


def source_root(cwd: Path) -> Path:
    """The work tree's top folder (what SARIF and GitHub paths are relative to), else `cwd` outside git."""
    try:
        return repository_root(cwd)
    except BaselineError:
        return cwd


def resolve_commit(ref: str, root: Path) -> str:
    done = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"], root)
    if done.returncode != 0 or not done.stdout.strip():
        raise BaselineError(f"{ref}: no such git revision in {root} ({SHALLOW_HINT})")
    return done.stdout.strip()


def relative_to_root(paths: Sequence[Path], root: Path) -> list[Path]:
    """The scanned paths as paths inside the repository, to find them again in the other revision."""
    out = []
    for p in paths:
        try:
            out.append(p.resolve().relative_to(root.resolve()))
        except ValueError as exc:
            raise BaselineError(f"{p}: outside the git repository {root}; --baseline-ref can only compare paths inside it") from exc
    return out


@contextlib.contextmanager
def checkout(ref: str, cwd: Path) -> Iterator[tuple[Path, Path]]:
    """Yield (repository root, a temporary detached checkout of `ref`); the checkout is removed on exit."""
    root = repository_root(cwd)
    commit = resolve_commit(ref, root)
    tmp = Path(tempfile.mkdtemp(prefix="factcheck-baseline-"))
    tree = tmp / "tree"
    try:
        done = _git(["worktree", "add", "--detach", "--quiet", str(tree), commit], root)
        if done.returncode != 0:
            raise BaselineError(f"{ref}: cannot check out a temporary worktree ({done.stderr.strip()})")
        yield root, tree
    finally:
        _git(["worktree", "remove", "--force", str(tree)], root)
        shutil.rmtree(tmp, ignore_errors=True)
        _git(["worktree", "prune"], root)
