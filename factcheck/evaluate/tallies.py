"""What the words beside a figure say about a game's tallies and a market's moves (`player_tallies`, `tally_parts`
and `moves` in quantities.yml).

A player's tally of a game (points, carries, yards) has a value for every player of every game; one told for a
part of the game ("10 points in the first half") is no total; a move up is never a move down.
"""

from __future__ import annotations

import re

from factcheck.knowledge.news import NewsVocabulary
from factcheck.values.words import stem

_WORD = re.compile(r"[A-Za-z]+")
_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")


def _forms(words: frozenset[str]) -> frozenset[str]:
    """Each word and its stem: a quantity is named by a concept's name or, open, by its noun's stem ("carri")."""
    return frozenset(form for w in words for form in (w, stem(w)))


def player_tally(news: NewsVocabulary, quantity: str) -> bool:
    """Is the quantity a player's tally of one game (points, carries, yards)? Every player of every game has one,
    so only the same named player's two figures can be one fact."""
    return quantity.casefold() in _forms(news.player_tallies)


def _after(sentence: str, figure: str) -> str | None:
    """The sentence after the figure's first place in it, or None where the figure is not in it as written."""
    at = sentence.find(figure)
    return sentence[at + len(figure) :] if at >= 0 else None


def compound_tally(news: NewsVocabulary, sentence: str, figure: str) -> bool:
    """Does a word of `tally_compounds` stand in the figure's words or right after it, before its noun ("25 basis
    points", "12,000 season passes")? Then the noun names another thing than a player's tally."""
    rest = _after(sentence, figure)
    words = _WORD.findall(figure) + _WORD.findall(rest or "")[:2]
    return any(w.casefold() in news.tally_compounds for w in words)


def part_of_game(news: NewsVocabulary, sentence: str, figure: str) -> bool:
    """Is the figure told for a part of a game only ("had 10 points in the first half", `tally_parts`)?"""
    rest = _after(sentence, figure)
    if rest is None:
        return False
    rest = " ".join(rest.split()).casefold()
    return any(rest.startswith(p) and (len(rest) == len(p) or not rest[len(p)].isalpha()) for p in news.tally_parts)


def move(news: NewsVocabulary, sentence: str, figure: str) -> str | None:
    """"up" or "down" where the word right before the figure ("jumped 1,985 points", "fell by 3%") or right after it
    ("closed 1,985 points higher") tells a move (`moves`); None otherwise: "rose to 12" tells a level, not a move."""
    rest = _after(sentence, figure)
    if rest is None:
        return None
    before = _WORD.findall(sentence[: len(sentence) - len(rest) - len(figure)])[-2:]
    if before and before[-1].casefold() == "by":
        before = before[:-1]  # "fell by 9.99%"
    after = _WORD_AFTER.match(rest)
    up, down = _forms(news.moves_up), _forms(news.moves_down)
    for word in ([before[-1]] if before else []) + ([after.group(1)] if after else []):
        forms = {word.casefold(), stem(word)}
        if forms & up:
            return "up"
        if forms & down:
            return "down"
    return None
