"""Write small articles to disk for tests that scan folders."""

from __future__ import annotations

import os
from pathlib import Path


def write_articles(folder: Path, articles: dict[str, str], mtime_ns: int | None = None) -> Path:
    """Write `articles` (name -> text) into a new `folder`, optionally all with one modification time."""
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text)
        if mtime_ns is not None:
            os.utime(folder / name, ns=(mtime_ns, mtime_ns))
    return folder
