"""Currency around a number: "$48.2 million", "USD34.6 million", "140 billion RMB", "100亿元".

A currency is read from the symbol or code before the digits or the code,
name or Chinese name after them (the lexicon's `currencies` table). "¥" means
yuan unless the text nearby says yen; "pounds" is money only after a scale
word or near a money word, else it is a weight (the caller falls back to the
units table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.values.patterns import Patterns


@dataclass(slots=True)
class CurrencyHit:
    unit: str
    start: int
    end: int
    millions: bool = False  # "MUSD", "MAUD": the amount is in millions
    form: str = "symbol"  # symbol | code | name | zh


def _key(s: str) -> str:
    return " ".join(s.lower().split())


def currency_before(norm: str, pos: int, pat: Patterns, floor: int = 0) -> CurrencyHit | None:
    """A currency symbol, code or name ending right before `pos` (one space allowed)."""
    lo = max(floor, pos - 16)
    m = pat.cur_before.search(norm, lo, pos)
    if m is not None:
        if m.group("sym"):
            sym = m.group("sym")
            unit = pat.currency_symbols.get(_key(sym))
            if unit is None:
                return None
            if sym.strip() in pat.ambiguous_symbols:
                unit = _disambiguate(norm, m.start(), sym.strip(), pat)
            if sym[:1].isalpha() and m.start("sym") > 0 and norm[m.start("sym") - 1].isalpha():
                return None
            return CurrencyHit(unit, m.start(), m.end(), form="symbol")
        if m.group("code"):
            return CurrencyHit(pat.currency_codes[m.group("code").lower()], m.start(), m.end(), bool(m.group("mcode")), "code")
        if m.group("name"):
            name = _key(m.group("name"))
            unit = pat.currency_names.get(name)
            if unit is None or unit in ("pence", "cent") or name.startswith("pound"):
                return None
            return CurrencyHit(unit, m.start(), m.end(), form="name")
    mz = pat.cur_before_zh.search(norm, max(floor, pos - 8), pos)
    if mz is not None and mz.group("zh") in ("人民币", "人民幣", "美元", "港币", "港幣"):
        return CurrencyHit(pat.currency_zh[mz.group("zh")], mz.start(), mz.end(), form="zh")
    return None


def currency_after(norm: str, pos: int, pat: Patterns, *, scaled: bool) -> CurrencyHit | None:
    """A currency code, name, symbol or Chinese name right after `pos`."""
    mz = pat.cur_after_zh.match(norm, pos)
    if mz is not None:
        text = mz.group("zh")
        return CurrencyHit(pat.currency_zh[text], mz.start("zh"), mz.end(), form="zh")
    m = pat.cur_after.match(norm, pos)
    if m is None:
        return None
    if m.group("sym"):
        sym = m.group("sym")
        if sym[:1].isalpha():
            return None
        unit = pat.currency_symbols.get(_key(sym))
        if unit is None:
            return None
        if sym.strip() in pat.ambiguous_symbols:
            unit = _disambiguate(norm, pos, sym.strip(), pat)
        return CurrencyHit(unit, m.start("sym"), m.end(), form="symbol")
    if m.group("code"):
        return CurrencyHit(pat.currency_codes[m.group("code").lower()], m.start("mcode") if m.group("mcode") else m.start("code"), m.end(), bool(m.group("mcode")), "code")
    name = _key(m.group("name"))
    unit = pat.currency_names.get(name)
    if unit is None:
        return None
    if name.startswith("pound") and unit == "GBP" and not scaled and not money_context(norm, pos, pat):
        return None
    return CurrencyHit(unit, m.start("name"), m.end(), form="name")


_WORDS = re.compile(r"[A-Za-z]+")


def money_context(norm: str, pos: int, pat: Patterns) -> bool:
    """A money word within the few words before `pos` ("paid", "cost", "fined"...)."""
    window = norm[max(0, pos - 50) : pos].lower()
    return any(w in pat.money_cues for w in _WORDS.findall(window)[-7:])


def _disambiguate(norm: str, pos: int, symbol: str, pat: Patterns) -> str:
    spec = pat.ambiguous_symbols[symbol]
    window = norm[max(0, pos - 60) : pos + 60].lower()
    for unit, cues in spec.alternatives.items():
        for cue in cues:
            if cue.lower() in window:
                return unit
    return spec.default
