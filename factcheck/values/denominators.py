"""Fractions whose denominator is a number: glued ("tres veintiunavos" 3/21, "dosmilésimos" 1/2000) or
followed by a word ("um vinte e um avos" 1/21).

Why: Spanish and Portuguese name any denominator this way, beyond the few fraction words of the
lexicon ("quinto", "décimo"). The endings and the word are data (`numbers.denominator_suffixes`,
`numbers.denominator_words`); the stem is read with the language's own number words.
"""

from __future__ import annotations

from factcheck.values.atoms import Atom
from factcheck.values.compounds import split_compound
from factcheck.values.number_grammar import Token, parse_number
from factcheck.values.patterns import Patterns

# A stem may have lost its last vowel to the ending: "veintiun|avo" (veintiuno), "treint|avos" (treinta),
# "quarant|ième" (quarante); or changed its last letter: "cinqu|ième" (cinq), "neuv|ième" (neuf).
_ELIDED = ("", "o", "a", "e")
_CHANGED = (("qu", "q"), ("v", "f"))


def glued_denominators(norm: str, pat: Patterns, kind_of) -> list[Token]:  # type: ignore[no-untyped-def]
    """One fraction token for each word made of a number and a denominator ending."""
    if pat.denominator_glued is None:
        return []
    out: list[Token] = []
    for m in pat.denominator_glued.finditer(norm):
        word = m.group(0)
        if word.lower() in pat.number_vocabulary:
            continue  # "milésimo": already a fraction word of the lexicon
        den = _stem_value(m.group("stem").lower(), pat, kind_of)
        if den is not None and (den >= 2 or den == 1 and m.start() > 0 and norm[m.start() - 1] == " "):
            # den 1 ("unième") only ends a compound ordinal ("vingt et unième" 21st): see numbers._compound_ordinal
            out.append(Token("F", den, m.start(), m.end(), word, many_parts=True))
    return out


def _stem_value(stem: str, pat: Patterns, kind_of) -> float | None:  # type: ignore[no-untyped-def]
    """The number a stem names ("vingt-cinqu" 25, "doscientos" 200), or None."""
    *head, last = stem.split("-")
    prefix = [w for w in head if w not in pat.denominator_joiners]
    stems = [last + tail for tail in _ELIDED] + [last[: -len(a)] + b for a, b in _CHANGED if last.endswith(a)]
    for candidate in stems:
        values = [_read_stem(w, pat, kind_of) for w in prefix + [candidate]]
        if all(v is not None for v in values):
            return _join_parts([v for v in values if v is not None])
    return None


def _join_parts(values: list[float]) -> float | None:
    """"vingt-cinq" (20, 5), "cent-trente-cinq" (100, 30, 5): each part smaller than the one before."""
    if any(b >= a for a, b in zip(values, values[1:])):
        return None
    return sum(values)


def _read_stem(word: str, pat: Patterns, kind_of) -> float | None:  # type: ignore[no-untyped-def]
    toks = split_compound(word, 0, kind_of, pat.number_vocabulary, pat.denominator_joiners)
    if not toks or any(t.kind in "FA" for t in toks):
        return None
    # "doscientos" is a count of hundreds: two tokens, as the number grammar reads it
    toks = [x for t in toks for x in ((Token("U", t.value / 100, t.start, t.end, t.text), Token("H", 100.0, t.end, t.end, t.text, gap="space")) if t.kind == "H" and t.value > 100 else (t,))]
    parsed = parse_number(toks, 0, toks[0].kind == "S")
    if parsed is None or parsed[1] != len(toks) or not parsed[0].integer:
        return None
    return parsed[0].value


def apply_denominator_words(norm: str, atoms: list[Atom], pat: Patterns) -> list[Atom]:
    """"um vinte e um avos": the number before the word is the denominator, the one before it the numerator."""
    if pat.denominator_word is None:
        return atoms
    atoms = sorted(atoms, key=lambda a: a.start)
    out: list[Atom] = []
    for a in atoms:
        m = pat.denominator_word.match(norm, a.end)
        if m is None or not a.integer or a.fraction or a.value < 2:
            out.append(a)
            continue
        start, numerator = a.start, 1.0
        prev = out[-1] if out else None
        if prev is not None and not prev.fraction and norm[prev.end : a.start].strip() == "":
            start, numerator = prev.start, prev.value
            out.pop()
        v = numerator / a.value
        out.append(Atom(start, m.end(), v, v, tolerance=0.0, words=True, integer=False, fraction=True))
    return out
