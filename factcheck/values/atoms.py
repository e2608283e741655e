"""The internal record of one number found in text, before it gets a meaning.

An `Atom` is "41.64 million", "twenty-two", "一百二十三" or "several hundred
million": a value with its span, scale and rounding slack. The recognizers in
money.py, percent.py, measures.py... turn atoms into `Mention`s.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Atom:
    start: int
    end: int
    value: float  # after the scale: "2.5 million" -> 2.5e6
    base: float  # as written before any scale word or suffix: 2.5
    scale: float = 1.0  # the scale applied (1e6), 1 when none
    tolerance: float = 0.0
    words: bool = False  # spelled out, at least partly ("twenty-two", "2.5 million")
    integer: bool = True  # written without a decimal part
    scale_text: str = ""  # the scale word or letter as written: "million", "B", "亿"
    low: float | None = None  # vague amounts: "several hundred million" -> 2e8..9e8
    high: float | None = None
    vague: bool = False
    chinese: bool = False
    approximate: bool = False  # Chinese 多/余/几 inside ("十多万")
    fraction: bool = False

    @property
    def digits(self) -> bool:
        """Written with Arabic digits (not only words)."""
        return not self.words and not self.chinese and not self.vague


def half_unit_of_last_digit(text: str) -> float:
    """Half a unit of the last significant digit written: "41.64" -> 0.005, "925,000" -> 500."""
    body = text.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "")
    body = body.lstrip("+-")
    if "." in body:
        decimals = len(body.split(".", 1)[1])
        return 0.5 * 10.0 ** (-decimals)
    stripped = body.rstrip("0")
    zeros = len(body) - len(stripped)
    if not stripped or len(body) < 4:
        return 0.5  # "50", "400": small round numbers are usually meant exactly
    return 0.5 * 10.0**zeros
