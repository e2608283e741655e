"""Chinese percent and discount forms: 百分之五十, 千分之二点四, 八成, 七成六, 三成半, 75折, 打对折.

"X%", "X percent" and "X个百分点" are read next to the number (readings.py);
the forms here put the number after a word (百分之X) or count tenths (成) and
discounts (折: 75折 pays 75%, 8折 pays 80%), so they need their own pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.values.chinese import fraction_matches, parse_numeral
from factcheck.values.patterns import Patterns


@dataclass(slots=True)
class PercentHit:
    start: int
    end: int
    value: float
    form: str  # fraction | tenths | discount


def chinese_percents(norm: str, pat: Patterns) -> list[PercentHit]:
    out: list[PercentHit] = []
    for fr in fraction_matches(norm, pat):
        if fr.percent:
            out.append(PercentHit(fr.start, fr.end, fr.value, "fraction"))
    z = pat.zh
    if not any(c in norm for c in z.tenth_percent + z.discount):
        return out
    rx = _tenths_regex(pat)
    for m in rx.finditer(norm):
        hit = _read(m, pat)
        if hit is not None:
            out.append(hit)
    return out


@lru_cache(maxsize=8)
def _tenths_regex_cached(chars: str, point: str, tenth: str, disc: str, half_disc: str, verb: str) -> re.Pattern[str]:
    run = rf"(?:[\d{chars}](?:[ \t]*[\d.{chars}{point}])*)"
    return re.compile(
        rf"(?P<verb>[{verb}])?(?P<half>{half_disc})"
        rf"|(?P<num>{run})[ \t]*(?P<unit>[{tenth}{disc}])(?:[ \t]*(?P<extra>[一二三四五六七八九]|半))?"
        rf"|(?P<hnum>半)[ \t]*(?P<hunit>[{tenth}{disc}])"
    )


def _tenths_regex(pat: Patterns) -> re.Pattern[str]:
    z = pat.zh
    chars = re.escape("".join(sorted(set(z.digits) | set(z.financial_digits) | set(z.small_units))))
    point = re.escape("".join(z.decimal_point))
    half_disc = "|".join(re.escape(h) for h in z.discount_half) or "(?!)"
    return _tenths_regex_cached(chars, point, re.escape("".join(z.tenth_percent)), re.escape("".join(z.discount)), half_disc, re.escape("".join(z.discount_verb)) or "(?!)")


def _read(m: re.Match[str], pat: Patterns) -> PercentHit | None:
    z = pat.zh
    if m.group("half"):
        text = m.group("half")
        if text.startswith(("对", "對")) and not m.group("verb"):
            return None
        return PercentHit(m.start("half"), m.end(), 50.0, "discount")
    if m.group("hnum"):
        is_tenth = m.group("hunit") in z.tenth_percent
        return PercentHit(m.start(), m.end(), 5.0 if is_tenth else 50.0, "tenths" if is_tenth else "discount")
    num_text = m.group("num")
    value = _number(num_text, pat)
    if value is None:
        return None
    unit = m.group("unit")
    extra = m.group("extra")
    end = m.end()
    if unit in z.tenth_percent:
        v = value * 10
        if extra:
            v += 5 if extra == "半" else pat.zh_digits.get(extra, 0)
        if not 0 < v <= 100:
            return None
        return PercentHit(m.start("num"), end, v, "tenths")
    # discounts: 8折 = 80%, 75折 = 75%, 9.9折 = 99%
    if extra:
        end = m.end("unit")
    if value >= 10:
        if value == 10 or value >= 100:
            return None
        v = value
    else:
        v = value * 10
    return PercentHit(m.start("num"), end, v, "discount")


def _number(text: str, pat: Patterns) -> float | None:
    t = text.strip()
    digits = re.fullmatch(r"(\d)[ \t]+(\d)", t)
    if digits:
        return float(digits.group(1) + digits.group(2))
    parts = t.split()
    if len(parts) == 2 and all(len(p) == 1 and p in pat.zh_digits for p in parts):
        return float(f"{pat.zh_digits[parts[0]]}{pat.zh_digits[parts[1]]}")  # "九 九折"
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t)
    segs = parse_numeral(t, pat)
    if len(segs) != 1 or segs[0].value != segs[0].value:
        # "陆 点 五": spaces around the point
        return None
    return segs[0].value
