"""Throw-away git repositories for the tests of baselines and the CI scenario."""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from pathlib import Path


def git(repo: Path, *args: str) -> str:
    """Run git in `repo` and return its output (tests build throw-away repositories)."""
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


def make_repo(root: Path, articles: Mapping[str, str], folder: str = "articles", commit: bool = True) -> Path:
    """A git repository at `root` with `articles` under `folder` (committed on branch main unless told not)."""
    (root / folder).mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "ci@example.org")
    git(root, "config", "user.name", "CI")
    for name, text in articles.items():
        (root / folder / name).write_text(text)
    if commit:
        git(root, "add", ".")
        git(root, "commit", "-qm", "articles")
    return root
