"""Read one Chinese numeral character by character: 一百二十三, 两千四百五, 4.78万亿, 十多万, 一九九一.

A small state machine: digits before small units (十百千) build a section
below 10,000; big units (万, 亿, 兆) multiply what came before; a trailing
digit after a unit is an elided next place ("两千四百五" = 2450) unless 零 came
between. Each character class has its own step; a step says whether the
numeral goes on, stops before the character, or is not a number at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.values.patterns import Patterns

NOT_DECIMAL_DIGITS = set("两兩倆")
_ASCII_NUM = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


@dataclass(slots=True)
class Segment:
    """One numeral read from a run of Chinese numeral characters."""

    start: int  # offsets relative to the body string
    end: int
    value: float
    approx: bool
    decimals: int
    units: bool  # used a unit character
    last_place: float


Step = bool | Segment  # True: go on; False: stop before this character; a Segment: return it as is


def read_numeral(body: str, i: int, pat: Patterns) -> Segment | None:
    """The numeral starting at body[i], or None when none starts there."""
    return _NumeralReader(body, i, pat).read()


class _NumeralReader:
    __slots__ = (
        "body", "i", "pat", "total", "section", "num", "last_small", "last_big", "prev_kind", "zero", "approx",
        "units", "decimals", "frac_digits", "last_place", "digit_string", "j", "end",
    )

    def __init__(self, body: str, i: int, pat: Patterns) -> None:
        self.body, self.i, self.pat = body, i, pat
        self.total = 0.0
        self.section = 0.0
        self.num: float | None = None
        self.last_small = 0.0  # last small unit in this section
        self.last_big = 0.0  # largest big unit so far
        self.prev_kind = ""  # A ASCII digits, D digit, Z zero, S small unit, B big unit
        self.zero = False
        self.approx = False
        self.units = False
        self.decimals = 0
        self.frac_digits = ""
        self.last_place = 1.0
        self.digit_string = ""
        self.j = i
        self.end = i

    def read(self) -> Segment | None:
        body, n = self.body, len(self.body)
        spaced = False
        while self.j < n:
            ch = body[self.j]
            if ch in " \t":
                self.j += 1
                spaced = True
                continue
            was_spaced, spaced = spaced, False
            step = self._step(ch, was_spaced)
            if step is True:
                continue
            if step is False:
                break
            return step
        return self._finish()

    def _step(self, ch: str, was_spaced: bool) -> Step:
        pat = self.pat
        if ch.isdigit():
            return self._ascii_digits(was_spaced)
        if ch in pat.zh_digits or ch in pat.zh_financial:
            return self._digit(ch, was_spaced)
        if ch in pat.zh_half:
            if self.num is not None:
                return False
            self.num = 0.5
            return self._advance("D")
        if ch in pat.zh_small:
            return self._small_unit(ch)
        if ch in pat.zh_big:
            return self._big_unit(ch)
        if ch in pat.zh_approx and self.prev_kind in ("S", "D", "Z", "A"):
            return self._approximate(ch)
        if ch in pat.zh_point:
            self._decimal_point()
        return False

    def _advance(self, kind: str) -> bool:
        self.prev_kind = kind
        self.j += 1
        self.end = self.j
        return True

    def _skip_spaces(self, k: int) -> int:
        while k < len(self.body) and self.body[k] in " \t":
            k += 1
        return k

    def _ascii_digits(self, was_spaced: bool) -> Step:
        """"100亿", "7 万5 千": ASCII digits mixed into a numeral."""
        body, pat = self.body, self.pat
        m = _ASCII_NUM.match(body, self.j)
        if self.num is not None or self.digit_string:
            return False
        assert m is not None
        if self.prev_kind and (was_spaced or "." in m.group(0)):
            k = self._skip_spaces(m.end())
            unit_next = k < len(body) and (body[k] in pat.zh_small or body[k] in pat.zh_big)
            if not (self.prev_kind in ("B", "S") and "." not in m.group(0) and unit_next):
                return False
        text = m.group(0)
        self.num = float(text.replace(",", ""))
        if "." in text:
            self.decimals = len(text.split(".")[1])
            self.last_place = 10.0**-self.decimals
        else:
            self.last_place = 1.0
        self.j = m.end()
        self.end = self.j
        self.prev_kind = "A"
        return True

    def _digit(self, ch: str, was_spaced: bool) -> Step:
        """A digit character; 零 keeps a place empty; 一九九一 is a digit string."""
        pat = self.pat
        v = pat.zh_digits.get(ch, pat.zh_financial.get(ch))
        if v == 0:
            if self.num is not None and self.prev_kind == "D" and self.digit_string:
                self.digit_string += "0"
                self.j += 1
                self.end = self.j
                return True
            if self.prev_kind in ("", "S", "B", "Z") or self.prev_kind == "D":
                self.zero = True
                if self.prev_kind == "":
                    self.num = 0.0
                    self.digit_string = "0"
                return self._advance("Z")
        if self.num is not None and self.prev_kind in ("D", "A"):
            plain_digits = not was_spaced and not self.units and self.total == 0 and self.section == 0
            if self.prev_kind == "D" and plain_digits and ch not in NOT_DECIMAL_DIGITS:
                # a digit string: 一九九一, 二〇二四
                self.digit_string = (self.digit_string or str(int(self.num))) + str(v)
                self.num = float(self.digit_string)
                self.j += 1
                self.end = self.j
                return True
            return False
        self.num = float(v)  # type: ignore[arg-type]
        return self._advance("D")

    def _small_unit(self, ch: str) -> Step:
        """十, 百, 千: multiply the digit before into this section."""
        u = float(self.pat.zh_small[ch])
        if self.digit_string and len(self.digit_string) > 1:
            # "二三十": two digits then a unit is a vague "twenty or thirty", not a number
            return Segment(self.i, self.j + 1, float("nan"), True, 0, True, 1.0)
        if self.last_small and u >= self.last_small:
            return False  # units fall within a section: 五十千 is 五十, then 千
        num = self.num
        base = num if num is not None and not (num == 0 and self.prev_kind == "Z") else 1.0
        if self.prev_kind in ("S",) and num is None:
            return False
        self.section += base * u
        self.num = None
        self.digit_string = ""
        self.last_small = u
        self.units = True
        self.zero = False
        self.last_place = u if base.is_integer() else u * 0.1
        return self._advance("S")

    def _big_unit(self, ch: str) -> Step:
        """万, 亿, 兆: multiply everything before; 万亿 multiplies twice."""
        b = float(self.pat.zh_big[ch])
        val = self.section + (self.num or 0.0)
        if self.prev_kind == "B":
            self.total = self.total * b
            self.last_big = max(self.last_big, b)
        elif self.prev_kind == "" or (val == 0 and not self.approx):
            return False
        elif b > self.last_big:
            self.total = (self.total + val) * b
            self.last_big = b
        else:
            self.total += val * b
        self.section = 0.0
        self.num = None
        self.digit_string = ""
        self.last_small = 0.0
        self.units = True
        self.zero = False
        if self.prev_kind == "A":
            self.last_place = b * (10.0**-self.decimals if self.decimals else 1.0)
        elif self.prev_kind != "B":
            self.last_place = b
        return self._advance("B")

    def _approximate(self, ch: str) -> Step:
        """"十多万", "二十几万", "五百余万": only before a unit counts as part of the number."""
        body, pat = self.body, self.pat
        k = self._skip_spaces(self.j + 1)
        if k < len(body) and (body[k] in pat.zh_big or body[k] in pat.zh_small):
            self.approx = True
            if ch in ("几", "幾") and self.prev_kind in ("S", "Z"):
                self.num = 0.0
            self.prev_kind = "D" if self.prev_kind != "A" else "A"
            self.j = k
            self.end = self.j
            return True
        return False

    def _decimal_point(self) -> None:
        """点 and the digits after it; nothing may follow them ("1.5万" is written with digits)."""
        body, pat = self.body, self.pat
        k = self._skip_spaces(self.j + 1)
        digits = ""
        while k < len(body) and (body[k] in pat.zh_digits or body[k] in pat.zh_financial or body[k] in " \t"):
            c = body[k]
            if c in " \t":
                k += 1
                continue
            if c in NOT_DECIMAL_DIGITS:
                break
            digits += str(pat.zh_digits.get(c, pat.zh_financial.get(c)))
            k += 1
        if not digits or self.prev_kind == "":
            return
        self.frac_digits = digits
        self.decimals = len(digits)
        self.last_place = 10.0**-self.decimals
        self.j = k
        self.end = k

    def _finish(self) -> Segment | None:
        """The value read, with an elided last place filled in ("两千四百五" = 2450)."""
        if self.end == self.i or self.prev_kind == "":
            return None
        num, frac_digits = self.num, self.frac_digits
        plain_digit = num is not None and num < 10 and not self.digit_string and not self.zero and self.prev_kind == "D"
        if plain_digit and self.last_small >= 100:
            self.section += num * self.last_small / 10  # type: ignore[operator]
            self.last_place = self.last_small / 10
        elif plain_digit and self.last_small == 0 and self.last_big >= 1e4 and self.section == 0 and not frac_digits:
            self.section += num * self.last_big / 10  # type: ignore[operator]
            self.last_place = self.last_big / 10
        elif num is not None:
            self.section += num
            if self.prev_kind in ("D",) and not frac_digits:
                self.last_place = 1.0
        value = self.total + self.section
        if frac_digits:
            value += float("0." + frac_digits)
            self.last_place = 10.0**-len(frac_digits)
        end = self.end
        while end > self.i and self.body[end - 1] in " \t":
            end -= 1  # trailing spaces are not part of it
        return Segment(self.i, end, value, self.approx, self.decimals, self.units, self.last_place)
