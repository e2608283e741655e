"""Words compared as a reader compares them: `plain` spelling, Snowball `stem`.

Scraped text writes the same word with curly quotes or non-breaking hyphens,
and in several inflections; every stage that matches words (cue phrases,
entity names, group keys) compares them through these two helpers so they
agree on what "the same word" means.
"""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer

# Characters that read as plain ones: curly quotes, non-breaking and other hyphens.
PLAIN = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2011": "-",
        "\u2010": "-",
        "\u00a0": " ",
        "\u2032": "'",
    }
)


def plain(text: str) -> str:
    """Same-length text with curly quotes and special hyphens made plain."""
    return text.translate(PLAIN)


_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """The Snowball stem of `word` made plain and lower-case: "Valuations" -> "valuat"."""
    return _STEMMER.stemWord(plain(word).lower())
