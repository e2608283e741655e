"""Entry points of the recognizer package (implementation in progress)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from pydantic import BaseModel

from factcheck.models import Mention


class Lexicon(BaseModel):
    """Word tables the recognizers need (numbers, scales, currencies, units, dates)."""

    @classmethod
    def load(cls, rules_dirs: Sequence[Path]) -> "Lexicon":
        return cls()


def find_mentions(text: str, lexicon: Lexicon, published: date | None = None) -> list[Mention]:
    raise NotImplementedError("recognizers are being written")
