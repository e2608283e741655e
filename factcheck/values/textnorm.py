"""Repair scraped text for matching, without moving any character.

Articles come with curly quotes, non-breaking hyphens (U+2011), minus signs,
full-width digits and punctuation. The recognizers match on a copy where each
of these is replaced by its plain ASCII twin, one character for one
character, so every offset found in the copy is an offset in the original:
spans never need an offset map. Spaces are left alone on purpose (a narrow
no-break space is a thousands separator: "40 000").
"""

from __future__ import annotations

import re
from functools import lru_cache

_SINGLE: dict[str, str] = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\ufe63": "-", "\u00ad": "-",
    "\u301c": "~", "\u223c": "~",
    "\u00d7": "\u00d7",
    "\uff0c": "\uff0c",  # full-width comma: decided by its neighbours, see normalize()
    "\u3002": "\u3002",
    "\uffe5": "\u00a5",
    "\u2009": "\u2009",
}


@lru_cache(maxsize=1)
def translation_table() -> dict[int, str]:
    """Character map used by `normalize`: every entry maps one character to one character."""
    table: dict[int, str] = {ord(k): v for k, v in _SINGLE.items() if k != v}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII: ０-９, Ａ-Ｚ, ％, ．, ＄ ...
        if code == 0xFF0C:
            continue
        table[code] = chr(code - 0xFEE0)
    return table


# Every character the table may map: the non-ASCII ones and the backtick.
_MAPPABLE = re.compile("[^\x00-\x5f\x61-\x7f]")
_FULLWIDTH_COMMA_IN_DIGITS = re.compile("(?<=[\uff10-\uff19])\uff0c(?=[\uff10-\uff19])")


def normalize(text: str) -> str:
    """Same-length plain copy of `text` (see module doc).

    A full-width comma becomes a thousands separator only between full-width
    digits ("４，５６５"); after ASCII digits it is punctuation ("$20，300美圆").
    """
    table = translation_table()
    if len(text.encode("utf-8")) - len(text) < len(text) // 50:
        # few non-ASCII characters (most European text): one C scan finds them, and only they are mapped
        out = _MAPPABLE.sub(lambda m: table.get(ord(m.group()), m.group()), text)
    else:
        out = text.translate(table)
    if "\uff0c" in text:
        for m in _FULLWIDTH_COMMA_IN_DIGITS.finditer(text):
            out = out[: m.start()] + "," + out[m.end() :]
    return out
