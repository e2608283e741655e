"""Give each number its meaning from the words around it.

For one atom we look right (percent sign, currency, "x"/"-fold"/"times",
"parameters"/"dense"/"MoE", a unit, a trailing "+" or "or more", "/M tokens",
the counted noun) and left (currency symbol or code, "about", "at least",
"up to", "between"). Each look is one anchored regex match at a known
position, so the cost grows with the number of numbers, not with the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.values.atoms import Atom
from factcheck.values.counts import counted_noun
from factcheck.values.identifiers import name_before
from factcheck.values.money import CurrencyHit, currency_after, currency_before
from factcheck.values.patterns import Patterns
from factcheck.models import Kind, Qualifier


@dataclass(slots=True)
class Reading:
    """A number with its meaning: kind, unit, qualifier and the span that carries them."""

    atom: Atom
    start: int
    end: int
    kind: Kind = Kind.NUMBER
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = Qualifier.EXACT
    tolerance: float = 0.0
    per: str | None = None
    counted: str | None = None
    detail: dict[str, str] = field(default_factory=dict)
    currency_form: str = ""  # symbol | code | name | zh, for money
    opener: str = ""  # "between"/"from" before the number
    opener_start: int = -1
    suffixed: bool = False  # a unit, currency or percent sign follows the digits
    number_end: int = 0  # end of the digits and scale
    drop: bool = False

    @property
    def value(self) -> float:
        return self.atom.value


def read_number(norm: str, atom: Atom, pat: Patterns, floor: int) -> Reading:
    """Interpret one atom; `floor` is the end of the previous reading (context before it is not ours)."""
    r = Reading(atom=atom, start=atom.start, end=atom.end, tolerance=atom.tolerance, number_end=atom.end)
    if atom.vague:
        r.low, r.high, r.qualifier = atom.low, atom.high, Qualifier.VAGUE
    if atom.approximate:
        r.qualifier = Qualifier.LOWER_BOUND
    if atom.start > 0 and norm[atom.start - 1] in "第#":
        r.drop = True  # an ordinal (第一) or a rank (#1), not an amount
    _read_after(norm, r, pat)
    _read_before(norm, r, pat, floor)
    if r.kind == Kind.NUMBER and r.unit is None and not atom.vague:
        if atom.digits and not atom.chinese and name_before(norm, atom, pat) and r.qualifier == Qualifier.EXACT:
            r.drop = True
    return r


def _plus(norm: str, p: int, r: Reading) -> int:
    if p < len(norm) and norm[p] == "+" and not (p + 1 < len(norm) and norm[p + 1].isdigit()):
        r.qualifier = Qualifier.LOWER_BOUND
        return p + 1
    return p


def _read_after(norm: str, r: Reading, pat: Patterns) -> None:
    atom = r.atom
    p = _plus(norm, atom.end, r)
    scaled = atom.scale != 1.0
    # percent
    m = pat.percent_after.match(norm, p) or pat.percent_after_zh.match(norm, p)
    if m is not None:
        r.kind, r.unit, r.suffixed = Kind.PERCENT, "percent", True
        r.end = _plus(norm, m.end(), r)
        _trailing(norm, r, pat)
        return
    # money written after the amount
    hit = currency_after(norm, p, pat, scaled=scaled)
    if hit is not None:
        _set_money(r, hit)
        p = hit.end
        if hit.form == "code" and not scaled:
            p = _scale_after_code(norm, p, r, pat)
        r.end = _plus(norm, p, r)
        read_per(norm, r, pat)
        _trailing(norm, r, pat)
        return
    # multipliers
    m = pat.multiplier_after.match(norm, p)
    if m is not None and not (m.group("times") and atom.fraction):
        r.kind, r.unit, r.suffixed = Kind.MULTIPLIER, "x", True
        r.end = m.end()
        if m.group("times"):
            r.detail["form"] = "times"
        cm = pat.next_word.match(norm, r.end)
        if cm is not None:
            w = cm.group("w").lower()
            if w in pat.comparatives or (w.endswith("er") and len(w) > 4 and w not in pat.count_stop):
                r.detail["comparative"] = w
                r.end = cm.end()
        if r.detail.get("form") == "times" and "comparative" not in r.detail and pat.multiplier_objects:
            before = re.findall(r"[A-Za-z-]+", norm[max(0, r.start - 30) : r.start])
            before = [w.lower() for w in before if w.lower() != "by"][-1:]
            changed = bool(before) and before[0] in pat.change_words  # "grew by 5 times": a multiplier
            if not changed and (cm is None or cm.group("w").lower() not in pat.multiplier_objects):
                # "shot eleven times", "married three times": how often, not how many times larger
                r.kind, r.unit, r.counted = Kind.NUMBER, None, m.group("times")
                r.detail["form"] = "occurrences"
        return
    # parameter counts
    m = pat.params_after.match(norm, p)
    if m is not None and (scaled or m.group("w").lower() in pat.parameter_words):
        r.kind, r.unit, r.suffixed = Kind.PARAMETERS, "params", True
        w = m.group("w").lower()
        if w in pat.parameter_markers and w not in ("dense", "moe", "sparse"):
            r.detail[w] = "true"
        elif w in ("dense", "moe", "sparse"):
            r.detail["architecture"] = m.group("w")
        r.end = m.end()
        if p > atom.end:
            r.qualifier = Qualifier.LOWER_BOUND
        return
    # units (durations and other quantities); "half a year"
    unit, end = _unit_after(norm, p, atom, pat)
    if unit is None and atom.fraction and norm[atom.start : atom.end].lower() == "half":
        m_a = _A_BEFORE_UNIT.match(norm, p)
        if m_a is not None:
            unit, end = _unit_after(norm, m_a.end(), atom, pat)
    if unit is not None:
        kind = pat.units_table[unit].kind
        r.kind = Kind.DURATION if kind == "duration" and unit in _DURATION_UNITS else Kind.QUANTITY
        r.unit, r.suffixed = unit, True
        r.end = _plus(norm, end, r)
        read_per(norm, r, pat)
        _trailing(norm, r, pat)
        return
    r.end = p
    _trailing(norm, r, pat)
    if not atom.fraction or atom.value >= 1:
        cn = counted_noun(norm, r.end, atom.value, pat)
        if cn is not None:
            r.counted, r.end = cn


_A_BEFORE_UNIT = re.compile(r"[ \t]+an?(?=[ \t])", re.IGNORECASE)
_DURATION_UNITS = {"year", "month", "week", "day", "hour", "minute"}


def _unit_after(norm: str, p: int, atom: Atom, pat: Patterns) -> tuple[str | None, int]:
    m = pat.unit_after_zh.match(norm, p)
    if m is not None and atom.chinese or (m is not None and p == atom.end and not (norm[p - 1 : p].isascii() and norm[p - 1 : p].isalpha())):
        return pat.unit_zh[m.group("zh")], m.end()
    m = pat.unit_after.match(norm, p)
    if m is None:
        m = pat.unit_after_ci.match(norm, p)
        if m is None:
            return None, p
    if m.groupdict().get("sym"):
        sym = m.group("sym")
        if len(sym) <= 2 or sym in ('"',):
            # short symbols must touch the number or follow one space, and not after a year
            if atom.integer and 1900 <= atom.value <= 2100 and atom.scale == 1:
                return None, p
            if atom.words and len(sym) == 1:
                return None, p
            if sym in ("in", "C", "F", "K", "t", "l", "L", "g", "W", "V", "J", "h", '"') and not _strict_symbol_ok(norm, m.end(), sym):
                return None, p
        return pat.unit_symbols[sym], m.end()
    word = " ".join(m.group("word").lower().split())
    unit = pat.unit_words.get(word)
    return unit, m.end()


def _strict_symbol_ok(norm: str, end: int, sym: str) -> bool:
    """One-letter symbols ("in", "C", "t") only at the end of a clause or before an adjective."""
    if sym == '"':
        line_start = norm.rfind("\n", 0, end) + 1
        if norm.count('"', line_start, end - 1) % 2 == 1:
            return False  # the closing quote of a quotation, not inches
    rest = norm[end : end + 12]
    if not rest or rest[0] in ".,;:)]!?\n\"'":
        return True
    if sym == "in":
        nxt = rest.strip().split(" ")[0].lower().strip(".,;:!?") if rest.strip() else ""
        return nxt in ("thick", "long", "wide", "tall", "high", "deep", "across", "diameter")
    return rest[0] in " \t" and not rest.strip()[:1].isdigit()


def _scale_after_code(norm: str, p: int, r: Reading, pat: Patterns) -> int:
    """"75 USD million": a scale word written after the currency code."""
    m = pat.next_word.match(norm, p)
    if m is not None:
        w = m.group("w").lower()
        s = pat.scales.get(w)
        if s:
            r.atom.value *= s
            r.atom.scale *= s
            r.atom.scale_text = m.group("w")
            r.tolerance = r.atom.tolerance * s
            return m.end()
    return p


def _set_money(r: Reading, hit: CurrencyHit) -> None:
    r.kind, r.unit, r.suffixed = Kind.MONEY, hit.unit, True
    r.currency_form = hit.form
    if hit.millions:
        r.atom.value *= 1e6
        r.atom.scale *= 1e6
        r.tolerance *= 1e6


def read_per(norm: str, r: Reading, pat: Patterns) -> None:
    m = pat.per_after.match(norm, r.end)
    if m is None:
        return
    noun = m.group("noun")
    words = noun.split()
    if words and words[0].lower() in pat.count_stop and words[0].lower() not in ("a", "an"):
        return
    scale = (m.group("scale") or "").strip()
    if len(words) > 1 and words[1].lower() in pat.count_stop:
        words = words[:1]
    if len(words) > 1 and not _is_nounish(words[1]):
        words = words[:1]
    if words and " ".join(words[:1]).lower() in pat.unit_words:
        words = words[:1]
    if not scale and len(words) == 1 and words[0] in pat.scale_suffixes:
        r.per = _scale_word(words[0], pat)
        r.end = m.end("noun") - len(noun) + len(words[0])
        return
    name = " ".join(words)
    if scale:
        full = _scale_word(scale, pat)
        name = f"{full} {name}"
    r.per = name
    r.end = m.start("noun") + len(" ".join(words)) if words == noun.split() else m.start("noun") + len(words[0])
    if len(words) > 1:
        r.end = m.start("noun") + noun.find(words[-1]) + len(words[-1])


def _is_nounish(word: str) -> bool:
    return word.isalpha() and word[0].islower()


def _scale_word(text: str, pat: Patterns) -> str:
    v = pat.scale_suffixes.get(text) or pat.scales.get(text.lower())
    names = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}
    return names.get(v or 0.0, text)


def _trailing(norm: str, r: Reading, pat: Patterns) -> None:
    m = pat.qual_after.match(norm, r.end)
    if m is None:
        return
    last = m.start() + len(m.group(0).rstrip()) - len(m.group(0).split()[-1]) if m.group(0).split() else m.end()
    opens = pat.qual_phrase.match(norm, last)
    if opens is not None and opens.end() > m.end():
        return  # "20 et plus petit que 30": "plus" opens the next comparison, it does not bound 20
    a = r.atom
    year_like = a.digits and a.integer and 1000 <= a.value <= 2999
    later = pat.date_onwards.match(norm, r.end) if year_like and pat.date_onwards is not None else None
    if later is not None and later.end() > m.end():
        return  # "2018 ou plus tard": the year's "or later", left to the date reader
    if m.group("lower_bound"):
        r.qualifier = Qualifier.LOWER_BOUND
    elif m.group("upper_bound"):
        r.qualifier = Qualifier.UPPER_BOUND
    else:
        r.detail["inclusive"] = "true"
    r.end = m.end()


def _read_before(norm: str, r: Reading, pat: Patterns, floor: int) -> None:
    atom = r.atom
    s = atom.start
    if r.kind == Kind.NUMBER and r.counted is None:
        m = pat.percent_of_before.search(norm, max(floor, s - 24), s)
        if m is not None and not _number_right_before(norm, m.start(), floor):
            # "per cent of 210": the percentage written before its number
            r.kind, r.unit, r.suffixed, r.start = Kind.PERCENT, "percent", True, m.start()
            r.end = atom.end
            return
    if r.kind in (Kind.NUMBER, Kind.MONEY, Kind.QUANTITY):
        hit = currency_before(norm, s, pat, floor)
        # a currency's name before a number in words is another phrase: "guldens een waarde", "dollars one day"
        if hit is not None and hit.form == "name" and atom.words and not norm[atom.start : atom.start + 1].isdigit():
            hit = None
        if hit is not None and not (hit.form == "name" and r.kind == Kind.MONEY):
            scale = pat.money_scale_suffixes.get(norm[atom.end : r.end]) if r.kind == Kind.QUANTITY else None
            glued = r.end
            if scale is not None:
                # "£52m": a scale glued to an amount, not a price per metre
                r.kind, r.unit = Kind.NUMBER, None
                r.atom.value *= scale
                r.atom.scale *= scale
                r.tolerance *= scale
            elif r.kind == Kind.QUANTITY:
                r.per = r.unit
                r.detail["per_unit"] = r.unit or ""
            if r.kind != Kind.MONEY:
                r.counted = None if r.kind == Kind.NUMBER else r.counted
                if r.kind == Kind.NUMBER:
                    r.end = max(atom.end, _end_without_count(norm, r))
            if scale is not None:
                r.end = r.number_end = glued  # the scale letter is part of the figure
            _set_money(r, hit)
            s = hit.start
            if r.per is None:
                read_per(norm, r, pat)
    r.start = s
    m = pat.qual_before.search(norm, max(floor, s - 40), s)
    if m is not None and _preposition_after_figure(norm, m, pat):
        m = None
    if m is not None:
        q = m.lastgroup
        if q == "exact":
            r.detail["comparison"] = "equal"
        elif q == "approximate" and r.qualifier == Qualifier.EXACT:
            r.qualifier = Qualifier.APPROXIMATE
        elif q == "lower_bound":
            r.qualifier = Qualifier.LOWER_BOUND
        elif q == "upper_bound":
            r.qualifier = Qualifier.UPPER_BOUND
        r.start = m.start()
        s = m.start()
    m = pat.range_opener.search(norm, max(floor, s - 30), s)
    if m is not None:
        r.opener = m.group("op").lower()
        r.opener_start = m.start()


def _preposition_after_figure(norm: str, m: re.Match, pat: Patterns) -> bool:
    """Is the bound word before a figure a preposition of the figure before it? "grossed $1.04 billion over 146
    shows": a one-word bound right after an amount tells the shows it was earned across, not "more than 146"; so
    does "over" after an amount and its noun ("sold 4.4 million tickets over 146 shows", "17 goals over 31 matches")."""
    if m.lastgroup not in ("lower_bound", "upper_bound") or " " in m.group(0).strip():
        return False
    if pat.figure_end.search(norm, max(0, m.start() - 16), m.start()):
        return True
    return m.group(0).strip().lower() in pat.spread_words and bool(pat.counted_end.search(norm, max(0, m.start() - 40), m.start()))


def _number_right_before(norm: str, pos: int, floor: int) -> bool:
    """A number just before `pos` ("5 percent of ..."): the percent belongs to it."""
    return floor >= pos - 2 and floor > 0


def _end_without_count(norm: str, r: Reading) -> int:
    """After a currency symbol was found, the counted noun is not part of the amount."""
    end = r.atom.end
    if r.qualifier == Qualifier.LOWER_BOUND and end < len(norm) and norm[end] == "+":
        end += 1
    return end
