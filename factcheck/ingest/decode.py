"""Read an article's bytes and decode them as UTF-8, naming the first bad byte."""

from __future__ import annotations

import hashlib
from pathlib import Path

from factcheck.errors import ArticleDecodeError, InputError


def read_article(path: Path, doc_id: str) -> tuple[str, str]:
    """Return (text, sha256 of the bytes). Text keeps every character, newlines untouched."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{doc_id}: cannot read ({exc.strerror or exc})") from exc
    digest = hashlib.sha256(raw).hexdigest()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleDecodeError(doc_id, exc.start, exc.reason) from exc
    return text, digest
