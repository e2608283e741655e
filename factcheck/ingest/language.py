"""The language an article is written in, so its figures are read as that language writes them.

Detected offline with py3langid (langid.py's maintained fork: its model ships in the wheel, the
answer is deterministic, a few milliseconds per article), restricted to English, Chinese and the
languages that have a file under `rules/knowledge/lang/`. A writer can say it instead, per file
with a comment anywhere in the article (`<!-- factcheck-language: de -->`) or per folder with a
`.factcheck-language` file holding the code (the nearest folder wins). A mostly English article
with a phrase in another language stays English; its unambiguous figures ("2,07 bilhões") still
read right, since those forms do not depend on the language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from factcheck.errors import LanguageOverrideError

BASE_LANGUAGES = ("en", "zh")  # read by the built-in lexicon tables without a language file
FOLDER_FILE = ".factcheck-language"
_MARKER = re.compile(r"<!--\s*factcheck-language:\s*(?P<code>[A-Za-z]{2,3})\s*-->")
_SAMPLE = 4000  # characters looked at: enough for a clear answer, bounded cost on long articles


def detect_language(text: str, candidates: Sequence[str]) -> str:
    """The most likely of `candidates` (ISO 639-1 codes) for `text`; "en" for text without letters."""
    sample = text[:_SAMPLE]
    if not any(ch.isalpha() for ch in sample):
        return "en"
    code, _score = _identifier(tuple(sorted(set(candidates) | set(BASE_LANGUAGES)))).classify(sample)
    return str(code)


@lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(languages))
    return identifier


def stated_language(text: str, path: Path | None, known: Sequence[str]) -> str | None:
    """The language the article or its folder names, if any; raises LanguageOverrideError for an unknown code."""
    m = _MARKER.search(text)
    where = f"{path}" if path is not None else "article"
    code = m.group("code").lower() if m else None
    if code is None and path is not None:
        for folder in path.resolve().parents:
            marker = folder / FOLDER_FILE
            if marker.is_file():
                code, where = marker.read_text(encoding="utf-8").strip().lower(), str(marker)
                break
    if code is not None and code not in set(known) | set(BASE_LANGUAGES):
        allowed = ", ".join(sorted(set(known) | set(BASE_LANGUAGES)))
        raise LanguageOverrideError(f"{where}: language {code!r} has no file under rules/knowledge/lang/ (known: {allowed})")
    return code


def document_language(text: str, path: Path | None, known: Sequence[str]) -> str:
    """The stated language, else the detected one."""
    return stated_language(text, path, known) or detect_language(text, known)
