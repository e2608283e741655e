"""Decide whether digits are part of a name or identifier, not a quantity.

"Step-1", "GPT-4o", "Qwen2.5", "R1", "o3", "5Y Capital", "58.com", "01.AI",
"Microsoft 365", "#1", a list marker "1." or a heading "### 1.2" all contain
digits that no article means as an amount. The rules are general (letters
glued to the digits, a name before them, a hyphen joining them to a word);
the word lists they consult (hyphen prefixes, domain suffixes, words that are
not names) come from the lexicon.
"""

from __future__ import annotations

import re

from factcheck.values.atoms import Atom
from factcheck.values.patterns import Patterns

_LETTERS_BEFORE = re.compile(r"([A-Za-z]+)$")
_LETTERS_AFTER = re.compile(r"([A-Za-z]+)")
_WORD_HYPHEN_BEFORE = re.compile(r"(?<![\d.])([A-Za-z][A-Za-z0-9]*)-$")
_NAME_BEFORE = re.compile(r"(?<![\w.$])([A-Z][A-Za-z0-9+]*(?:[ \t-][A-Z][A-Za-z0-9+]*)*)[ \t]$")
_RANK_CHAIN = re.compile(r"#\d+-$")
_ORDINAL_SUFFIX = {"st", "nd", "rd", "th", "s"}


def glued_identifier(norm: str, atom: Atom, pat: Patterns) -> bool:
    """Digits glued to letters, a hyphenated name, '#', a domain, a list marker or heading number."""
    s, e = atom.start, atom.end
    prev = norm[s - 1] if s > 0 else ""
    nxt = norm[e] if e < len(norm) else ""
    if prev.isascii() and prev.isalpha():
        run = _LETTERS_BEFORE.search(norm, max(0, s - 12), s)
        letters = run.group(1).lower() if run else ""
        if letters in pat.currency_codes or (letters[:1] == "m" and letters[1:] in pat.currency_codes):
            return False
        return True
    if prev == "-" and _RANK_CHAIN.search(norm, max(0, s - 10), s):
        return True  # "#1-2"
    if prev == "-" and s >= 2 and norm[s - 2].isalnum():
        m = _WORD_HYPHEN_BEFORE.search(norm, max(0, s - 30), s)
        if m and m.group(1).lower() not in pat.hyphen_prefixes:
            return True
    if prev == "#" or (prev in " \t" and s >= 2 and norm[s - 2] == "#" and _heading_prefix(norm, s)):
        return True
    if nxt.isascii() and nxt.isalpha():
        run = _LETTERS_AFTER.match(norm, e)
        tail = run.group(1) if run else ""
        if not _allowed_tail(tail, pat):
            return True
    if nxt == "." and e + 1 < len(norm):
        run = _LETTERS_AFTER.match(norm, e + 1)
        if run and run.group(1).lower() in pat.domain_suffixes:
            after = norm[run.end() : run.end() + 1]
            if not after.isalpha():
                return True
    line_start = norm.rfind("\n", 0, s) + 1
    before = norm[line_start:s]
    if not before.strip() and atom.integer and atom.scale == 1 and not atom.words:
        if norm[e : e + 1] in (".", ")") and norm[e + 1 : e + 2] in (" ", "\t"):
            return True
    if _heading_prefix(norm, s):
        return True
    if prev == ":" and s >= 2 and norm[s - 2].isdigit():
        return True  # "1:10", "9:30"
    if nxt == ":" and norm[e + 1 : e + 2].isdigit():
        return True
    return False


def _heading_prefix(norm: str, s: int) -> bool:
    line_start = norm.rfind("\n", 0, s) + 1
    before = norm[line_start:s]
    return bool(before) and before.strip(" \t#") == "" and "#" in before


def _allowed_tail(tail: str, pat: Patterns) -> bool:
    """Letters that may follow digits directly: units, scale letters, "x", ordinals, currency codes."""
    if not tail:
        return True
    low = tail.lower()
    if tail in pat.unit_symbols or low in pat.unit_words or low in _ORDINAL_SUFFIX:
        return True
    if tail in pat.scale_suffixes or low in pat.scales:
        return True
    if tail in ("x", "X"):
        return True
    if low in pat.currency_codes or (low[:1] == "m" and low[1:] in pat.currency_codes):
        return True
    return False


def name_before(norm: str, atom: Atom, pat: Patterns) -> bool:
    """A capitalised name right before a bare number: "Microsoft 365", "Gemini 2.5 Pro", "Step 3".

    Years ("AIME 2024") and words that are not names ("In 2007", "Over 400")
    are left alone; so are numbers with a scale word, unit or currency, which
    the caller checks.
    """
    m = _NAME_BEFORE.search(norm, max(0, atom.start - 60), atom.start)
    if not m:
        return False
    words = m.group(1).replace("-", " ").split()
    last = words[-1].lower().rstrip(".")
    if last in pat.not_names or last in pat.months or last in pat.weekdays:
        return False
    if last in pat.currency_codes or last in pat.currency_names:
        return False
    if atom.integer and 1900 <= atom.value <= 2100 and atom.scale == 1:
        return False
    start = m.start(1)
    # A capitalised word that only starts a sentence is not a name.
    before = norm[max(0, start - 3) : start]
    sentence_start = start == 0 or bool(re.search(r"(?:[.!?:;\n]\s*|^\s*)$", before)) or before.endswith("\n")
    if sentence_start and len(words) == 1 and (
        words[0].lower() in pat.count_stop or (pat.verb_endings and words[0].lower().endswith(pat.verb_endings))
    ):
        return False  # "Over 400", "Released 11 models": a sentence opening with a word, not a name
    return True
