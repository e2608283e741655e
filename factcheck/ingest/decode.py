"""Read an article's bytes and decode them as UTF-8, naming the first bad byte."""

from __future__ import annotations

import hashlib
from pathlib import Path

from factcheck.errors import ArticleDecodeError, ArticleError

BOM = "\ufeff"


def read_article(path: Path, doc_id: str) -> tuple[str, str]:
    """Return (text, sha256 of the bytes). Text keeps every character, newlines untouched, except a leading
    byte-order mark: it is not part of the article, and kept it would shift line 1's columns and enter the title.

    A file that cannot be read, is not UTF-8 or holds NUL bytes (a binary file with a .txt name) raises
    ArticleError, which the scan turns into a diagnostic on that file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(doc_id, "FC901", f"cannot read ({exc.strerror or exc}); file skipped") from exc
    digest = hashlib.sha256(raw).hexdigest()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleDecodeError(doc_id, exc.start, exc.reason) from exc
    if "\x00" in text:
        nul = text.index("\x00")
        line = text.count("\n", 0, nul) + 1
        column = nul - (text.rfind("\n", 0, nul) + 1) + 1
        raise ArticleError(doc_id, "FC904", "NUL byte: binary content, not an article; file skipped", line, column)
    return text.removeprefix(BOM), digest
