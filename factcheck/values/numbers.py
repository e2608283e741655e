"""Find the numbers in text: digits, English number words, Chinese numerals.

One regex pass finds number tokens (digit strings with their separators and
scale letters, and number words); tokens that touch through a space, a hyphen
or "and" are grouped and parsed by a small grammar ("two hundred and six",
"4 thousand 3 hundred", "one and a half", "three quarters billion"). Invalid
sequences split into separate numbers ("5 and 6", "4000 3 hundred"). A second
pass reads vague amounts ("several hundred million", "dozens of") and a third
reads Chinese numerals (chinese.py). Digits that belong to names are dropped
(identifiers.py).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from factcheck.values.atoms import Atom, half_unit_of_last_digit
from factcheck.values.chinese import chinese_atoms
from factcheck.values.identifiers import glued_identifier
from factcheck.values.patterns import Patterns


@dataclass(slots=True)
class _Tok:
    kind: str  # N digits, U unit word 0-19, T tens, H hundred, S scale, M multiple (dozen), F fraction word
    value: float
    start: int
    end: int
    text: str
    gap: str = ""  # how it joins the previous token: space hyphen and and_a a of_a point comma
    decimals: int = 0
    suffix: float = 1.0  # scale letter glued to digits ("10k")
    suffix_text: str = ""


def find_numbers(norm: str, pat: Patterns, *, chinese: bool = True) -> list[Atom]:
    """Every number in the normalized text, sorted by start, identifiers removed."""
    atoms = english_atoms(norm, pat)
    atoms.extend(vague_atoms(norm, pat))
    if chinese and _has_cjk(norm):
        atoms.extend(chinese_atoms(norm, pat))
    atoms.sort(key=lambda a: (a.start, -a.end))
    if "/" in norm or "www" in norm:
        urls = [(m.start(), m.end()) for m in pat.url.finditer(norm)]
        if urls:
            atoms = [a for a in atoms if not any(s <= a.start < e for s, e in urls)]
    return _drop_overlaps(atoms)


_WORD_BEFORE = re.compile(r"[A-Za-z]+$")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])", re.IGNORECASE)
_CJK = re.compile("[\u3400-\u9fff]")


def _has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def _drop_overlaps(atoms: list[Atom]) -> list[Atom]:
    out: list[Atom] = []
    for a in atoms:
        if out and a.start < out[-1].end:
            if (a.end - a.start) > (out[-1].end - out[-1].start):
                out[-1] = a
            continue
        out.append(a)
    return out


def english_atoms(norm: str, pat: Patterns) -> list[Atom]:
    toks: list[_Tok] = []
    singles: list[Atom] = []
    for m in pat.token.finditer(norm):
        if m.group("slash"):
            singles.extend(_slash_atoms(m))
            continue
        if m.group("vulgar"):
            text = m.group("vulgar")
            whole = float(text[:-1]) if len(text) > 1 else 0.0
            v = whole + unicodedata.numeric(text[-1])
            singles.append(Atom(m.start(), m.end(), v, v, tolerance=0.0, integer=False, fraction=True))
            continue
        if m.group("dotted"):
            pos = m.start()
            for part in m.group("dotted").split("."):
                singles.append(Atom(pos, pos + len(part), float(part), float(part), tolerance=0.5))
                pos += len(part) + 1
            continue
        if m.group("num") is not None:
            tok = _digit_token(m, pat)
            if tok is not None:
                toks.append(tok)
            continue
        word = m.group("word")
        low = word.lower()
        kind, value = _word_kind(low, pat)
        toks.append(_Tok(kind, value, m.start(), m.end(), word))
    for a in singles:
        _apply_negative(norm, a, pat)
    atoms = singles
    for group in _groups(norm, toks, pat):
        atoms.extend(_parse_group(norm, group, pat))
    out = []
    for a in atoms:
        first = norm[a.start : a.start + 1]
        if (first.isdigit() or first == ".") and glued_identifier(norm, a, pat):
            continue
        if a.fraction and "/" in norm[a.start : a.end] and _not_number_phrase(norm, a, pat):
            continue  # "24/7", "50/50": idioms, not fractions
        if a.digits and a.integer and _ORDINAL.match(norm, a.end):
            continue  # "4th", "21st": ordinals, not amounts
        if a.digits and pat.time_of_day.match(norm, a.end):
            continue  # "2 pm", "2.13 am": times of day
        if a.words and first.isalpha():
            if _not_number_phrase(norm, a, pat):
                continue
            if a.start >= 2 and norm[a.start - 1] == "-" and norm[a.start - 2].isalpha():
                word = _WORD_BEFORE.search(norm, max(0, a.start - 20), a.start - 1)
                if word is None or word.group(0).lower() not in pat.units:
                    continue  # "Open-Reasoner-Zero": part of a name
        out.append(a)
    return out


def _slash_atoms(m: re.Match[str]) -> list[Atom]:
    """"3/4" -> 0.75, "2 1/4" -> 2.25, "16/5" -> 3.2; "x/0" is two numbers."""
    text = m.group("slash")
    start = m.start()
    whole_text, _, frac = text.rpartition(" ") if (" " in text or "\t" in text) else ("", "", text)
    num_text, den_text = frac.split("/")
    num, den = int(num_text), int(den_text)
    if den == 0:
        out = []
        pos = start
        for part in re.finditer(r"\d+", text):
            out.append(Atom(start + part.start(), start + part.end(), float(part.group()), float(part.group()), tolerance=0.5))
        return out
    value = num / den + (float(whole_text.strip()) if whole_text.strip() else 0.0)
    return [Atom(start, m.end(), value, value, tolerance=0.0, integer=False, fraction=True)]


def _not_number_phrase(norm: str, a: Atom, pat: Patterns) -> bool:
    lo = max(0, a.start - 12)
    for m in pat.not_numbers.finditer(norm, lo, min(len(norm), a.end + 12)):
        if m.start() <= a.start and m.end() >= a.start + 1:
            return True
    return False


def _word_kind(low: str, pat: Patterns) -> tuple[str, float]:
    if low in pat.units:
        return "U", float(pat.units[low])
    if low in pat.tens:
        return "T", float(pat.tens[low])
    if low in pat.hundred:
        return "H", float(pat.hundred[low])
    if low in pat.scales:
        return "S", float(pat.scales[low])
    if low in pat.multiples:
        return "M", float(pat.multiples[low])
    return "F", float(pat.fractions[low])


def _digit_token(m: re.Match[str], pat: Patterns) -> _Tok | None:
    text = m.group("num")
    exp = m.group("exp")
    suf = m.group("suf")
    core = text[: len(text) - len(suf or "")]
    if exp:
        core = core[: len(core) - len(exp)]
    clean = re.sub(r"[,\s\u00a0\u202f\u2009]", "", core)
    try:
        value = float(clean)
    except ValueError:
        return None
    decimals = len(clean.split(".", 1)[1]) if "." in clean else 0
    if exp:
        try:
            value = _apply_exponent(value, exp)
        except (OverflowError, ZeroDivisionError):
            return None
        decimals = 3
    if not math.isfinite(value):
        return None
    suffix = 1.0
    suffix_text = ""
    if suf:
        suffix_text = suf.strip()
        suffix = pat.scale_suffixes.get(suffix_text, 1.0)
    return _Tok("N", value, m.start("num"), m.end("num"), core, decimals=decimals, suffix=suffix, suffix_text=suffix_text)


def _apply_exponent(value: float, exp: str) -> float:
    e = exp.strip()
    if e[0] in "eE":
        return value * 10.0 ** int(e[1:])
    if e[0] == "^":
        sign = -1 if e[1:].count("-") % 2 else 1
        return value ** (sign * int(e.lstrip("^+-")))
    power = re.search(r"10\^?([-+]?\d+)$", e) or re.search(r"10(-\d+)$", e)
    return value * 10.0 ** int(power.group(1)) if power else value


def _groups(norm: str, toks: list[_Tok], pat: Patterns) -> list[list[_Tok]]:
    groups: list[list[_Tok]] = []
    for tok in toks:
        if groups:
            prev = groups[-1][-1]
            gap = pat.gap.fullmatch(norm, prev.end, tok.start) if tok.start > prev.end else None
            if tok.start == prev.end and prev.kind == "N" and tok.kind in "SHM":
                tok.gap = "space"
                groups[-1].append(tok)
                continue
            if gap is not None:
                tok.gap = gap.lastgroup or "space"
                groups[-1].append(tok)
                continue
        groups.append([tok])
    return groups


def _parse_group(norm: str, toks: list[_Tok], pat: Patterns) -> list[Atom]:
    out: list[Atom] = []
    i = 0
    while i < len(toks):
        lead = i == 0 or toks[i].gap in ("a", "and_a", "of_a")
        lead_a = False
        if lead:
            lead_a = bool(pat.lead_a.search(norm, max(0, toks[i].start - 4), toks[i].start)) if i == 0 else toks[i].gap in ("a", "and_a", "of_a")
        parsed = _parse_from(toks, i, lead_a)
        if parsed is None:
            i += 1
            continue
        atom, j = parsed
        if j < len(toks) and toks[j].gap in ("over", "outof") and toks[j].kind in "NUT":
            den = _parse_from(toks, j, False)
            if den is not None and den[0].value and not _unit_follows(norm, den[0].end, pat) and (toks[j].gap == "over" or atom.value <= den[0].value):
                atom = Atom(atom.start, den[0].end, atom.value / den[0].value, atom.value / den[0].value, tolerance=0.0, words=True, integer=False, fraction=True)
                j = den[1]
        if i == 0 and lead_a and atom.words and toks[i].kind in "SHMF":
            m = pat.lead_a.search(norm, max(0, atom.start - 4), atom.start)
            if m:
                atom.start = m.start()
        _apply_negative(norm, atom, pat)
        out.append(atom)
        i = j
    return out


def _unit_follows(norm: str, pos: int, pat: Patterns) -> bool:
    return pat.unit_after_ci.match(norm, pos) is not None or pat.unit_after.match(norm, pos) is not None


def _apply_negative(norm: str, atom: Atom, pat: Patterns) -> None:
    m = pat.negative.search(norm, max(0, atom.start - 10), atom.start)
    if m:
        atom.start = m.start()
        atom.value, atom.base = -atom.value, -atom.base
        return
    s = atom.start
    if s >= 1 and norm[s - 1] in pat.zh_negative and atom.digits:
        atom.start -= 1
        atom.value, atom.base = -atom.value, -atom.base
        return
    if s >= 1 and norm[s - 1] == "-" and atom.digits:
        before = norm[s - 2] if s >= 2 else " "
        if before in " \t\n([{=:;,<>$€£¥" or s == 1:
            atom.start -= 1
            atom.value, atom.base = -atom.value, -atom.base


def _plural(text: str) -> bool:
    low = text.lower()
    return low.endswith("s") or low == "halves"


@dataclass(slots=True)
class _State:
    """Running value of an English number while its tokens are read."""

    total: float = 0.0
    cur: float = 0.0
    piece: float = 0.0
    last: str = ""
    last_scale: float = 0.0
    limit: float = float("inf")
    place: float = 1.0
    words: bool = False
    decimals: int = 0
    scale_text: str = ""
    hundred_in_cur: bool = False

    @property
    def value(self) -> float:
        return self.total + self.cur

    def copy(self) -> "_State":
        return _State(*(getattr(self, f) for f in self.__slots__))

    def feed(self, t: _Tok, lead_a: bool) -> bool:
        """Add one token; False when it cannot continue this number."""
        k = t.kind
        last = self.last
        if k == "N":
            if last == "":
                self.cur = t.value
            elif last in ("H", "S") and t.value < self.limit and t.suffix == 1.0:
                self.cur += t.value
            else:
                return False
            self.piece = t.value
            self.decimals = t.decimals
            if t.suffix != 1.0 or last != "":
                self.place = 10.0 ** (-t.decimals) if t.decimals else 1.0
            else:
                self.place = 10.0 ** (-t.decimals) if t.decimals else 2 * half_unit_of_last_digit(t.text)
            self.last = "N"
            if t.suffix != 1.0:
                self.total += self.cur * t.suffix
                self.cur = 0.0
                self.last_scale = t.suffix
                self.place *= t.suffix
                self.scale_text = t.suffix_text
                self.last = "S"
                self.limit = t.suffix
            return True
        if k == "U":
            if last in ("", "H", "S") and t.value < self.limit:
                self.cur += t.value
                self.piece = t.value
            elif last == "T" and t.value < 10 and self.piece % 10 == 0:
                self.cur += t.value
                self.piece += t.value
            else:
                return False
            self.place = 1.0
        elif k == "T":
            if last in ("", "H", "S") and t.value < self.limit:
                self.cur += t.value
                self.piece = t.value
            else:
                return False
            self.place = 1.0
        elif k == "H":
            if self.hundred_in_cur or last not in ("U", "T", "N", ""):
                return False
            self.cur = self.cur * 100.0 if self.cur else 100.0
            self.hundred_in_cur = True
            self.place *= 100.0
            self.limit = 100.0
            self.piece = 0.0
        elif k == "S":
            if last == "S" and t.value > self.last_scale:
                self.total = (self.total + self.cur) * t.value
                self.cur = 0.0
                self.place *= t.value
                self.last_scale = t.value
            elif last in ("U", "T", "N", "H", "M") or (last == "" and lead_a):
                if self.last_scale and t.value >= self.last_scale:
                    return False
                self.total += (self.cur if self.cur or last != "" else 1.0) * t.value
                self.cur = 0.0
                self.place *= t.value
                self.last_scale = t.value
            else:
                return False
            self.scale_text = t.text
            self.limit = t.value
            self.hundred_in_cur = False
            self.piece = 0.0
        elif k == "M":
            if last in ("U", "T", "N"):
                self.cur = self.cur - self.piece + self.piece * t.value
            elif last == "" and lead_a:
                self.cur = t.value
            else:
                return False
            self.place = 1.0
            self.piece = 0.0
        else:
            return False
        self.words = True
        self.last = k
        return True


def _parse_from(toks: list[_Tok], i: int, lead_a: bool) -> tuple[Atom, int] | None:
    """Parse one number starting at toks[i]; returns it and the index after it."""
    n = len(toks)
    first = toks[i]
    if first.kind == "F":
        return _fraction_start(toks, i, lead_a)
    if first.kind in "SM" and not lead_a:
        return None
    st = _State()
    snap: tuple[int, _State] | None = None  # state before the piece joined by "and"
    j = i
    while j < n:
        t = toks[j]
        k = t.kind
        if j > i:
            g = t.gap
            if g == "hyphen":
                if not (st.last == "T" and k == "U" and t.value < 10) and not (st.last in "UTN" and k in "SHM" and j == i + 1):
                    break
            elif g in ("and", "comma"):
                if st.last not in ("H", "S") or k not in ("U", "T", "N"):
                    break
                if st.last == "S" and k == "N":
                    break  # "116 million and 41.64 million" are two numbers
                if g == "comma" and k == "N":
                    break
                snap = (j, st.copy())
            elif g != "space":
                break
            elif st.last == "S" and k == "N":
                nxt = toks[j + 1] if j + 1 < n else None
                if nxt is None or nxt.gap != "space" or nxt.kind not in "HS":
                    break  # "$5 million 2023", "1 million 5 days": a new number; "4 thousand 3 hundred" goes on
        if not st.feed(t, lead_a and j == i):
            if snap is not None and j == snap[0] + 1 and k in "HS":
                j, st = snap  # "3 hundred and 2 hundred": the second starts a new number
                snap = None
            break
        j += 1
    if j == i:
        return None
    value = st.value
    frac = False
    # Extensions: fractions and decimal words after the integer part.
    if j < n:
        t = toks[j]
        if t.kind == "F" and t.gap in ("space", "hyphen") and st.last in ("U", "T", "N", "H", "S"):
            if snap is not None and snap[0] < j:
                # "one hundred and three quarters": the fraction is the piece after "and"
                piece = st.value - snap[1].value
                if piece == 1 or _plural(t.text):
                    share, j2 = _fraction_tail(toks, j + 1, piece / t.value)
                    if j2 == j + 1 and snap[1].last == "S":
                        share *= snap[1].last_scale  # "two million and three fifths" = 2.6 million
                    value, j, frac = snap[1].value + share, j2, True
            elif value == 1 or _plural(t.text):
                value, j = _fraction_tail(toks, j + 1, value / t.value)
                frac = True
        elif t.gap == "and_a" and t.kind == "F":
            share = 1.0 / t.value
            j += 1
            if j < n and toks[j].kind == "S" and toks[j].gap == "space":
                if st.last == "S":
                    value = value + share * toks[j].value
                else:
                    value = (value + share) * toks[j].value
                    st.scale_text = toks[j].text
                    st.last_scale = toks[j].value
                j += 1
            elif st.last == "S":
                value = value + share * st.last_scale
            else:
                value = value + share
            frac = True
        elif t.gap == "and" and t.kind in ("U", "T", "N"):
            sub = _parse_from(toks, j, False)
            if sub is not None and sub[0].fraction:
                value += sub[0].value
                j = sub[1]
                frac = True
        elif t.gap == "point" and st.last in ("U", "T", "H") and t.kind in ("U", "T"):
            digits = ""
            k2 = j
            while k2 < n and toks[k2].kind in ("U", "T") and (k2 == j or toks[k2].gap in ("space", "hyphen")):
                v = int(toks[k2].value)
                if toks[k2].kind == "T" and k2 + 1 < n and toks[k2 + 1].kind == "U" and toks[k2 + 1].gap in ("space", "hyphen") and toks[k2 + 1].value < 10:
                    v += int(toks[k2 + 1].value)
                    k2 += 1
                digits += str(v)
                k2 += 1
            value = value + float("0." + digits) if value >= 0 else value - float("0." + digits)
            st.place = 10.0 ** (-len(digits))
            j = k2
    start, end = toks[i].start, toks[j - 1].end
    scale = st.last_scale if st.last_scale and not frac else 1.0
    base = value / scale if scale != 1.0 else value
    atom = Atom(
        start=start,
        end=end,
        value=value,
        base=base,
        scale=scale,
        tolerance=0.0 if frac else 0.5 * st.place,
        words=st.words,
        integer=(st.decimals == 0 and not frac and float(value).is_integer()),
        scale_text=st.scale_text,
        fraction=frac,
    )
    return atom, j


def _fraction_tail(toks: list[_Tok], j: int, value: float) -> tuple[float, int]:
    """"three quarters billion", "two thirds of a million"."""
    if j < len(toks) and toks[j].kind == "S" and toks[j].gap in ("space", "of_a"):
        return value * toks[j].value, j + 1
    return value, j


def _fraction_start(toks: list[_Tok], i: int, lead_a: bool) -> tuple[Atom, int] | None:
    """"a half", "a fifth", "half a dozen", "half million", "a quarter million"."""
    t = toks[i]
    is_half = t.text.lower() in ("half",)
    scaled = i + 1 < len(toks) and toks[i + 1].kind == "S" and toks[i + 1].gap == "space"
    if not (lead_a or is_half or scaled):
        return None
    if t.text.lower().endswith("s") and t.text.lower() != "halves":
        return None
    value = 1.0 / t.value
    j = i + 1
    if j < len(toks) and toks[j].kind in ("S", "M", "H") and toks[j].gap in ("space", "a", "of_a"):
        value *= toks[j].value
        j += 1
    atom = Atom(start=t.start, end=toks[j - 1].end, value=value, base=value, tolerance=0.0, words=True, integer=False, fraction=True)
    return atom, j


def vague_atoms(norm: str, pat: Patterns) -> list[Atom]:
    """"several hundred million" -> 2e8..9e8, "dozens of" -> 24..99, "tens of billions" -> 2e10..9.9e10."""
    out: list[Atom] = []
    for m in pat.vague_re.finditer(norm):
        key = " ".join(m.group("vague").lower().split())
        low, high = pat.vague[key]
        scales = m.group("scales").split()
        if key in ("several", "a few", "few") and not scales:
            continue
        mult = 1.0
        for s in scales:
            s = s.lower()
            mult *= pat.hundred.get(s) or pat.scales.get(s) or pat.multiples.get(s) or 1.0
        lo, hi = low * mult, high * mult
        out.append(
            Atom(
                start=m.start(),
                end=m.end(),
                value=lo,
                base=low,
                scale=mult,
                words=True,
                integer=True,
                low=lo,
                high=hi,
                vague=True,
                scale_text=scales[-1] if scales else "",
            )
        )
    return out
