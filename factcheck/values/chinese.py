"""Chinese numerals: 一百二十三, 两千四百五, 4.78万亿, 十多万, 五分之一, 百分之五十, 八成, 七五折.

Numerals are read with the usual grammar: digits before small units (十百千)
make a section below 10,000; big units (万, 亿, 兆) multiply what came before,
and two in a row multiply each other (万亿 = 1e12). A trailing digit after a
unit is an elided next place ("两千四百五" = 2450, "一万三" = 13000) unless 零
came between. Financial digits (壹贰叁...) only count inside a numeral of two
or more characters, and common words such as 一切 or 四川 are skipped
(lexicon: chinese.not_numbers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.values.atoms import Atom
from factcheck.values.chinese_numerals import Segment, read_numeral
from factcheck.values.patterns import Patterns

def chinese_atoms(norm: str, pat: Patterns) -> list[Atom]:
    """Chinese numerals and Chinese fractions (五分之一) as atoms; 百分之X gives its X."""
    out: list[Atom] = []
    skip = _skip_spans(norm, pat)
    taken: list[tuple[int, int]] = []
    for fr in fraction_matches(norm, pat):
        atom = fr.atom
        if fr.percent:
            atom = fr.numerator
        if atom is not None:
            out.append(atom)
            taken.append((fr.start, fr.end))
    for m in _zh_matches(norm, pat):
        if any(s <= m.start() < e for s, e in taken):
            continue
        for atom in _atoms_from_match(norm, m, pat):
            if any(s <= atom.start < e for s, e in skip):
                continue
            if any(s <= atom.start < e for s, e in taken):
                continue
            out.append(atom)
    return out


_CJK_RUN = re.compile("[\u3400-\u9fff][\u3400-\u9fff\\d.,%\uff05 \t]*")


def _zh_matches(norm: str, pat: Patterns) -> list[re.Match[str]]:
    """Chinese numerals only occur next to Chinese characters: scan windows around them."""
    out: list[re.Match[str]] = []
    pos = 0
    for run in _CJK_RUN.finditer(norm):
        lo = max(pos, run.start() - 24)
        hi = run.end()
        out.extend(pat.zh_number.finditer(norm, lo, hi))
        pos = hi
    return out


def _skip_spans(norm: str, pat: Patterns) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pat.zh_not_numbers.finditer(norm)]


def _atoms_from_match(norm: str, m: re.Match[str], pat: Patterns) -> list[Atom]:
    body_start = m.start("body")
    body = m.group("body")
    neg = bool(m.group("neg"))
    out = []
    for seg in parse_numeral(body, pat):
        if seg.value != seg.value:  # NaN: a vague numeral
            continue
        text = body[seg.start : seg.end]
        stripped = text.strip()
        if not stripped:
            continue
        dozen_next = _dozen(norm, body_start + seg.end, 1.0, pat)[1] == 12
        if not seg.units and not any(ch.isdigit() for ch in stripped) and _financial_only(stripped, pat) and len(stripped) == 1 and not dozen_next:
            continue
        if len(stripped) == 1 and stripped in pat.zh_small and (pat.zh_small[stripped] != 10 or stripped in pat.zh.financial_units) or stripped in pat.zh_big:
            continue  # 百, 千, 万 alone are not numbers; 十 is ten
        if all(ch in pat.zh_big or ch in " \t" for ch in stripped):
            continue
        if all(ch.isdigit() or ch in ".," for ch in stripped):
            continue  # plain ASCII digits: read by the English scanner
        start = body_start + seg.start + (len(text) - len(text.lstrip()))
        end = body_start + seg.start + len(text.rstrip())
        value = seg.value
        if neg and seg.start == 0:
            start = m.start()
            value = -value
        end, value = _dozen(norm, end, value, pat)
        scale = 1.0
        for ch in reversed(stripped):
            if ch in pat.zh_big:
                scale = pat.zh_big[ch]
                break
        out.append(
            Atom(
                start=start,
                end=end,
                value=value,
                base=value / scale if scale != 1 else value,
                scale=scale,
                tolerance=0.5 * seg.last_place if not seg.approx else 0.0,
                words=False,
                integer=float(value).is_integer() and seg.decimals == 0,
                scale_text=next((ch for ch in reversed(stripped) if ch in pat.zh_big), ""),
                chinese=True,
                approximate=seg.approx,
            )
        )
    return out


def _financial_only(text: str, pat: Patterns) -> bool:
    return all(ch in pat.zh_financial or ch in pat.zh_small or ch in " \t" for ch in text)


def _dozen(norm: str, end: int, value: float, pat: Patterns) -> tuple[int, float]:
    j = end
    while j < len(norm) and norm[j] in " \t":
        j += 1
    if j < len(norm) and norm[j] in pat.zh.dozen:
        return j + 1, value * 12
    return end, value


def parse_numeral(body: str, pat: Patterns) -> list[Segment]:
    """Split a run of numeral characters into numbers and read each one."""
    segs: list[Segment] = []
    i = 0
    n = len(body)
    while i < n:
        if body[i] in " \t":
            i += 1
            continue
        seg = read_numeral(body, i, pat)
        if seg is None or seg.end <= i:
            i += 1
            continue
        segs.append(seg)
        i = seg.end
    return segs


@dataclass(slots=True)
class FractionMatch:
    start: int
    end: int
    percent: bool  # 百分之X, 千分之X: a percent; else a plain fraction
    value: float  # percent points for percents, else the fraction's value
    atom: Atom | None  # the fraction as a number
    numerator: Atom | None  # for percents, the X


def fraction_matches(norm: str, pat: Patterns) -> list[FractionMatch]:
    """五分之一, 三百五又三分之一, 百分之五十, 千分之二点四, 一百分之二."""
    out: list[FractionMatch] = []
    if "分" not in norm:
        return out
    rx = _fraction_regex(pat)
    for m in rx.finditer(norm):
        den_text = m.group("den") or ""
        num_text = m.group("num")
        whole_text = m.group("whole")
        match_start = m.start()
        if den_text:
            segs = parse_numeral(den_text, pat)
            if len(segs) > 1:
                den_text = den_text[segs[-1].start : segs[-1].end]
                whole_text = None
                match_start = m.start("den") + segs[-1].start
        if whole_text:
            segs = parse_numeral(whole_text, pat)
            if len(segs) > 1:
                whole_text = whole_text[segs[-1].start : segs[-1].end]
                match_start = m.start("whole") + segs[-1].start
        num_end = m.end("num")
        if not re.search(r"[kK]$", num_text):
            segs = parse_numeral(num_text, pat)
            if len(segs) > 1 or (segs and segs[0].end < len(num_text.rstrip())):
                num_text = num_text[: segs[0].end]
                num_end = m.start("num") + segs[0].end
        num_val = _value_of(num_text, pat)
        if num_val is None:
            continue
        if m.group("nneg"):
            num_val = -num_val
        den_clean = den_text.replace(" ", "").replace("\t", "")
        percent = not den_clean or (den_clean[0] in pat.zh_small or den_clean[0] in pat.zh_big) and not whole_text
        den_val = _value_of(den_text, pat) if den_clean else 100.0
        if den_clean and den_clean[0] in (pat.zh_small.keys() | pat.zh_big.keys()):
            den_val = _unit_product(den_clean, pat)
        if not den_val:
            continue
        neg = -1.0 if m.group("neg") else 1.0
        num_start = m.start("num") - (1 if m.group("nneg") else 0)
        numerator = Atom(start=num_start, end=num_end, value=num_val, base=num_val, tolerance=0.0, chinese=True, integer=float(num_val).is_integer())
        if percent:
            value = neg * num_val * 100.0 / den_val
            out.append(FractionMatch(match_start, num_end, True, value, None, numerator))
        else:
            value = neg * num_val / den_val
            if whole_text:
                w = _value_of(whole_text, pat) or 0.0
                value = neg * (w + num_val / den_val)
            if m.group("nneg") and m.group("neg"):
                value = abs(value)
            atom = Atom(start=match_start, end=num_end, value=value, base=value, tolerance=0.0, chinese=True, integer=False, fraction=True)
            out.append(FractionMatch(match_start, num_end, False, value, atom, numerator))
    return out


def _fraction_regex(pat: Patterns) -> re.Pattern[str]:
    chars = re.escape("".join(pat.zh_num_chars) + "".join(pat.zh_point))
    run = rf"(?:[\d{chars}](?:[ \t]*(?:[\d.{chars}]|,\d{{3}}))*)"
    neg = "".join(re.escape(c) for c in pat.zh_negative)
    andf = "|".join(re.escape(c) for c in pat.zh.and_fraction) or "(?!)"
    return re.compile(
        rf"(?P<neg>[{neg}])?(?:(?P<whole>{run})[ \t]*(?:{andf})[ \t]*)?(?P<den>{run})?[ \t]*分[ \t]*之[ \t]*(?P<nneg>[{neg}])?(?P<num>{run}(?:[ \t]*[kK](?![A-Za-z]))?)"
    )


def _value_of(text: str, pat: Patterns) -> float | None:
    t = text.strip()
    mult = 1.0
    if t[-1:] in ("k", "K"):
        mult = 1e3
        t = t[:-1].strip()
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", t.replace(" ", "")):
        return float(t.replace(",", "").replace(" ", "")) * mult
    segs = parse_numeral(t, pat)
    if len(segs) != 1 or segs[0].value != segs[0].value:
        return None
    return segs[0].value * mult


def _unit_product(text: str, pat: Patterns) -> float:
    """百 = 100, 千 = 1000, 百万 = 1e6, 万万 = 1e8 (a denominator written with units only)."""
    v = 1.0
    for ch in text:
        if ch in pat.zh_small:
            v *= pat.zh_small[ch]
        elif ch in pat.zh_big:
            v *= pat.zh_big[ch]
        else:
            return _value_of(text, pat) or 0.0
    return v
