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

from factcheck.values.atoms import Atom
from factcheck.values.chinese import chinese_atoms
from factcheck.values.compounds import split_compound
from factcheck.values.denominators import apply_denominator_words, glued_denominators
from factcheck.values.identifiers import glued_identifier
from factcheck.values.number_grammar import Token, parse_number
from factcheck.values.patterns import Patterns, plain_digits


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
    toks: list[Token] = []
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
        if low in pat.hundreds:
            toks.extend(_hundreds_tokens(word, m.start(), pat))
        elif pat.compound_words and not _known_word(low, pat):
            toks.extend(split_compound(word, m.start(), lambda w: _word_kind(w, pat), pat.number_vocabulary, pat.and_joiners) or [])
        else:
            kind, value = _word_kind(low, pat)
            tok = Token(kind, value, m.start(), m.end(), word, many_parts=kind == "F" and pat.singular_fractions)
            tok.after_unit = low in pat.plural_hundreds
            tok.without_one = low in pat.hundreds_without_one
            tok.lone = low in pat.lone_fractions or low == "half"
            toks.append(tok)
    if pat.denominator_glued is not None:
        glued = glued_denominators(norm, pat, lambda w: _word_kind(w, pat))
        kept = [t for t in toks if not any(g.start <= t.start < g.end for g in glued)]  # "vingt-cinquième" is one word
        toks = sorted(kept + glued, key=lambda t: t.start)
    for a in singles:
        _apply_negative(norm, a, pat)
    atoms = singles
    for group in _groups(norm, toks, pat):
        atoms.extend(_parse_group(norm, group, pat))
    atoms = apply_denominator_words(norm, atoms, pat)
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


def _known_word(low: str, pat: Patterns) -> bool:
    tables = (pat.units, pat.tens, pat.hundred, pat.scales, pat.multiples, pat.fractions, pat.word_values, pat.and_half)
    return any(low in table for table in tables)


def _hundreds_tokens(word: str, start: int, pat: Patterns) -> list[Token]:
    """"doscientos" -> 2 and "hundred", so "doscientos cuarenta" reads as two hundred forty."""
    mid = start + max(1, len(word) // 2)
    return [Token("U", float(pat.hundreds[word.lower()]), start, mid, word), Token("H", 100.0, mid, start + len(word), word, gap="space")]


def _slash_atoms(m: re.Match[str]) -> list[Atom]:
    """"3/4" -> 0.75, "2 1/4" -> 2.25, "16/5" -> 3.2; "x/0" is two numbers."""
    text = m.group("slash")
    start = m.start()
    *whole, frac = text.rsplit(None, 1)  # the whole part is set off by a space or a tab: "2 1/2", "2\t1/2"
    whole_text = whole[0] if whole else ""
    num_text, den_text = frac.split("/")
    num, den = int(num_text), int(den_text)
    if den == 0:
        out = []
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
    if low in pat.word_values:
        return "U", float(pat.word_values[low])
    if low in pat.and_half:
        return "A", 0.5
    if low in pat.hundreds:
        return "H", 100.0 * pat.hundreds[low]
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


def _digit_token(m: re.Match[str], pat: Patterns) -> Token | None:
    text = m.group("num")
    exp = m.group("exp")
    suf = m.group("suf")
    core = text[: len(text) - len(suf or "")]
    if exp:
        core = core[: len(core) - len(exp)]
    clean = plain_digits(core, pat.decimal_comma)
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
    return Token("N", value, m.start("num"), m.end("num"), core, decimals=decimals, suffix=suffix, suffix_text=suffix_text)


def _apply_exponent(value: float, exp: str) -> float:
    """"e6", "^3", "x 10^9" applied; a power too large for a float is infinite (the sanity check drops it)."""
    try:
        return _power(value, exp)
    except (OverflowError, ZeroDivisionError):
        return math.inf


def _power(value: float, exp: str) -> float:
    e = exp.strip()
    if e[0] in "eE":
        return value * 10.0 ** int(e[1:])
    if e[0] == "^":
        sign = -1 if e[1:].count("-") % 2 else 1
        return value ** (sign * int(e.lstrip("^+-")))
    power = re.search(r"10\^?([-+]?\d+)$", e) or re.search(r"10(-\d+)$", e)
    return value * 10.0 ** int(power.group(1)) if power else value


def _groups(norm: str, toks: list[Token], pat: Patterns) -> list[list[Token]]:
    groups: list[list[Token]] = []
    for n, tok in enumerate(toks):
        if groups:
            prev = groups[-1][-1]
            gap = pat.gap.fullmatch(norm, prev.end, tok.start) if tok.start > prev.end else None
            if tok.start == prev.end and (prev.kind == "N" and tok.kind in "SHM" or tok.gap == "space"):
                tok.gap = "space"
                groups[-1].append(tok)
                continue
            if gap is not None:
                tok.gap = gap.lastgroup or "space"
                if tok.gap == "hyphen" and pat.hyphenated_numbers and prev.kind != "N" and tok.kind != "N":
                    tok.gap = "space"  # "cent-vingt", "mille-deux-cents": the 1990 spelling of "cent vingt"
                joiner = norm[prev.end : tok.start].strip(" \t-").lower()
                if tok.gap == "and" and joiner in pat.tens_joiners and prev.kind == "T" and tok.kind == "U" and tok.value < 10 and _joinable(tok, toks[n + 1] if n + 1 < len(toks) else None, pat):
                    tok.gap = "hyphen"  # "cuarenta y siete", "vingt et un": one number, as "forty-seven"
                elif tok.gap == "and" and joiner in pat.hundreds_joiners and prev.kind == "H" and tok.kind in "UT":
                    # "cento e trinta": the language's joiner inside one number, not English "and" before a
                    # fraction's own piece ("cento e trinta quintos" is 130/5, "one hundred and three quarters" is not)
                    tok.gap = "space"
                groups[-1].append(tok)
                continue
        groups.append([tok])
    return groups


def _joinable(tok: Token, nxt: Token | None, pat: Patterns) -> bool:
    """May a tens joiner make this unit part of the tens before it? French joins only "un" ("vingt et un";
    "vingt et trois cinquièmes" is 20 and 3/5), and not before a fraction of one ("vingt et un cinquième" is
    20 and 1/5, where twenty-one fifths are "vingt et un cinquièmes")."""
    if not pat.tens_joined_units:
        return True
    if tok.text.lower() not in pat.tens_joined_units:
        return False
    return nxt is None or nxt.kind != "F" or nxt.text.lower().endswith("s")


def _parse_group(norm: str, toks: list[Token], pat: Patterns) -> list[Atom]:
    out: list[Atom] = []
    i = 0
    while i < len(toks):
        lead = i == 0 or toks[i].gap in ("a", "and_a", "of_a", "of")
        lead_a = False
        if lead:
            lead_a = bool(pat.lead_a.search(norm, max(0, toks[i].start - 4), toks[i].start)) if i == 0 else toks[i].gap in ("a", "and_a", "of_a")
            lead_a = lead_a or (toks[i].kind == "S" and toks[i].text.lower() in pat.standalone_scales)
        parsed = parse_number(toks, i, lead_a)
        if parsed is None:
            i += 1
            continue
        atom, j = parsed
        if atom.words and atom.integer and toks[i].kind != "N" and _compound_ordinal(toks, j):
            # "un vingt-cinquième" 1/25, "vingt vingt cinquième" 20/25: a number, then tens or a hundred
            # that cannot go on with it and an ordinal, which together name the denominator
            v = atom.value / (toks[j].value + toks[j + 1].value)
            atom = Atom(atom.start, toks[j + 1].end, v, v, tolerance=0.0, words=True, integer=False, fraction=True)
            j += 2
        if j < len(toks) and toks[j].gap in ("over", "outof") and toks[j].kind in "NUTH" and atom.scale == 1.0:
            # ("$1.04 billion over 146 shows" is a total and a count of what it was earned over, no fraction)
            den = parse_number(toks, j, False)
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


def _compound_ordinal(toks: list[Token], j: int) -> bool:
    """Do toks[j] and toks[j + 1] make one ordinal: tens or a hundred and a unit's ordinal ("vingt cinquième")?"""
    if j + 1 >= len(toks) or toks[j].kind not in "TH" or toks[j].gap != "space":
        return False
    f = toks[j + 1]
    if f.kind != "F" or j + 2 < len(toks) and toks[j + 2].gap in ("space", "hyphen"):
        return False
    if f.value == 1:
        return f.gap == "and" and toks[j].kind == "T"  # "vingt et unième"
    return f.gap in ("space", "hyphen") and 2 < f.value < 10


def _unit_follows(norm: str, pos: int, pat: Patterns) -> bool:
    return pat.unit_after_ci.match(norm, pos) is not None or pat.unit_after.match(norm, pos) is not None


def _apply_negative(norm: str, atom: Atom, pat: Patterns) -> None:
    m = pat.negative.search(norm, max(0, atom.start - 10), atom.start)
    if m and not _ends_a_qualifier(norm, m.start(), atom.start, pat):
        atom.start = m.start()
        atom.value, atom.base = -atom.value, -atom.base
        return
    s = atom.start
    if s >= 1 and norm[s - 1] in pat.zh_negative and atom.digits:
        atom.start -= 1
        atom.value, atom.base = -atom.value, -atom.base
        return
    if s >= 1 and norm[s - 1] == "-" and (atom.digits or norm[s : s + 1].isdigit()):  # "-10 million" too
        before = norm[s - 2] if s >= 2 else " "
        if before in " \t\n([{=:;,<>$€£¥" or s == 1:
            atom.start -= 1
            atom.value, atom.base = -atom.value, -atom.base


def _ends_a_qualifier(norm: str, word_start: int, end: int, pat: Patterns) -> bool:
    """Is the minus word before `end` the last word of a bound ("au moins 5": at least five)? French
    "moins" is both "minus" and the end of "au moins"; the longer phrase is the bound, not a sign."""
    q = pat.qual_before.search(norm, max(0, word_start - 30), end)
    return q is not None and q.start() < word_start


_DIGIT_BEFORE = re.compile(r"\d\s*$")


def vague_atoms(norm: str, pat: Patterns) -> list[Atom]:
    """"several hundred million" -> 2e8..9e8, "dozens of" -> 24..99, "tens of billions" -> 2e10..9.9e10."""
    out: list[Atom] = []
    for m in pat.vague_re.finditer(norm):
        key = " ".join(m.group("vague").lower().split())
        low, high = pat.vague[key]
        scales = m.group("scales").split()
        if key in ("several", "a few", "few") and not scales:
            continue
        if _DIGIT_BEFORE.search(norm, max(0, m.start() - 12), m.start()):
            continue  # "9 milhões de euros": a scale of the number before it, not "millions of"
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
