"""The grammar of one written number: "two hundred and six", "4 thousand 3 hundred",
"one and a half", "three quarters billion", "twenty point five".

numbers.py cuts the text into `Token`s and groups the ones that touch;
`parse_number` reads one number from a group with a running `NumberState`,
and says where the next one starts when a sequence is not one number
("5 and 6", "4000 3 hundred").
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.values.atoms import Atom, half_unit_of_last_digit


@dataclass(slots=True)
class Token:
    """One number token: digits (with a glued scale letter) or one number word."""

    kind: str  # N digits, U unit word 0-19, T tens, H hundred, S scale, M multiple (dozen), F fraction word, A "and a half" glued on
    value: float
    start: int
    end: int
    text: str
    gap: str = ""  # how it joins the previous token: space hyphen and and_a a of_a point comma
    decimals: int = 0
    suffix: float = 1.0  # scale letter glued to digits ("10k")
    suffix_text: str = ""
    many_parts: bool = False  # a fraction word that may count several parts as written ("drei viertel")
    after_unit: bool = False  # a hundred word that only multiplies a small unit word ("deux cents")
    without_one: bool = False  # a hundred word that "one" never multiplies ("cent", never "un cent")
    lone: bool = False  # a fraction word that is a number alone ("half", "demi")


def _plural(text: str) -> bool:
    """"quarters", "halves": a fraction word that counts more than one part."""
    low = text.lower()
    return low.endswith("s") or low == "halves"


@dataclass(slots=True)
class NumberState:
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
    big_total: float = 0.0  # the total after the last scale above a thousand ("tres billones")
    big_scale: float = float("inf")

    @property
    def value(self) -> float:
        return self.total + self.cur

    def copy(self) -> "NumberState":
        return NumberState(*(getattr(self, f) for f in self.__slots__))

    def feed(self, t: Token, lead_a: bool) -> bool:
        """Add one token; False when it cannot continue this number."""
        if t.kind == "N":
            return self._feed_digits(t)
        if not self._feed_word(t, lead_a):
            return False
        self.words = True
        self.last = t.kind
        return True

    def _feed_digits(self, t: Token) -> bool:
        """Digits: a number's start, or the part after a hundred or scale word ("4 thousand 3 hundred")."""
        last = self.last
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

    def _feed_word(self, t: Token, lead_a: bool) -> bool:
        """A number word: unit, tens, hundred, scale or multiple ("dozen")."""
        k = t.kind
        last = self.last
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
            if self.hundred_in_cur or last not in ("U", "T", "N", "", "S"):
                return False  # after a scale only alone: "mil cento e dez" (1,110)
            if t.after_unit and not (last in "UN" and self.cur == self.piece and 2 <= self.piece < 10 and (last == "U" or self.last_scale)):
                return False  # "deux cents", "4 mille 3 cents" are hundreds; "50 cents", "quarante-cinq cents" are coins
            if t.without_one and last == "U" and self.cur == self.piece == 1:
                return False  # "un cent cinquième": "un" is the numerator of a hundred-and-fifth, not 100
            if last == "S":
                self.cur = 0.0
            self.cur = self.cur * 100.0 if self.cur else 100.0
            self.hundred_in_cur = True
            self.place *= 100.0
            self.limit = 100.0
            self.piece = 0.0
        elif k == "S":
            return self._feed_scale(t, lead_a)
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
        return True

    def _feed_scale(self, t: Token, lead_a: bool) -> bool:
        """A scale word: "million" after a number, or a larger one after a scale ("thousand million")."""
        last = self.last
        if last == "S" and t.value > self.last_scale:
            self.total = (self.total + self.cur) * t.value
            self.cur = 0.0
            self.place *= t.value
            self.last_scale = t.value
        elif last in ("U", "T", "H") and self.last_scale == 1e3 and t.value > 1e3 and t.value < self.big_scale:
            # "quinientos mil millones", "cuatrocientos cincuenta y cinco mil doscientos millones": thousands of millions
            group = self.total - self.big_total + self.cur
            self.total = self.big_total + group * t.value
            self.cur = 0.0
            self.place *= t.value
            self.last_scale = t.value
        elif last in ("U", "T", "N", "H", "M") or (last == "" and lead_a):
            if self.last_scale and t.value >= self.last_scale:
                return False
            if t.value > 1e3:
                self.big_total, self.big_scale = self.total + (self.cur if self.cur or last != "" else 1.0) * t.value, t.value
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
        return True


def parse_number(toks: list[Token], i: int, lead_a: bool) -> tuple[Atom, int] | None:
    """Parse one number starting at toks[i]; returns it and the index after it."""
    first = toks[i]
    if first.kind == "F":
        return _fraction_start(toks, i, lead_a)
    if first.kind in "SM" and not lead_a:
        return None
    j, st, snap = _read_whole(toks, i, lead_a)
    if j == i:
        return None
    value, j, frac = _read_extension(toks, j, st, snap)
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


def _read_whole(toks: list[Token], i: int, lead_a: bool) -> tuple[int, NumberState, tuple[int, NumberState] | None]:
    """Feed tokens from toks[i] while they continue one number; the index after it, its state, and
    the state before a piece joined by "and" (a fraction may replace that piece)."""
    n = len(toks)
    st = NumberState()
    snap: tuple[int, NumberState] | None = None  # state before the piece joined by "and"
    j = i
    while j < n:
        t = toks[j]
        k = t.kind
        if j > i and k == "U" and t.value < 1:
            break  # "en driekwart": a fraction of what came before, read by the extension
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
                if g == "comma" and k == "N" or k == "N" and t.value == 0:
                    break  # "4 mille 3 cents et 0": a zero after "and" is a number of its own
                snap = (j, st.copy())
            elif g != "space":
                break
            elif st.last == "S" and k == "N":
                nxt = toks[j + 1] if j + 1 < n else None
                if nxt is None or nxt.gap != "space" or nxt.kind not in "HS" or nxt.after_unit and not 2 <= t.value < 10:
                    break  # "$5 million 2023", "1 million 5 days": a new number; "4 thousand 3 hundred" goes on
            elif st.last == "S" and k in "UT" and toks[i].kind == "N":
                nxt = toks[j + 1] if j + 1 < n else None
                if nxt is None or nxt.gap != "space" or nxt.kind not in "HS" or nxt.after_unit and not 2 <= t.value < 10:
                    break  # "120 milioni due anni fa": digits, a scale, then a new number in words
        if not st.feed(t, lead_a and j == i):
            if snap is not None and j == snap[0] + 1 and k in "HS":
                j, st = snap  # "3 hundred and 2 hundred": the second starts a new number
                snap = None
            break
        j += 1
    return j, st, snap


def _read_extension(toks: list[Token], j: int, st: NumberState, snap: tuple[int, NumberState] | None) -> tuple[float, int, bool]:
    """Fractions and decimal words after the whole part: "one and a half", "two point five"."""
    n = len(toks)
    value = st.value
    frac = False
    if j < n:
        t = toks[j]
        if t.kind == "F" and t.gap in ("space", "hyphen") and st.last in ("U", "T", "N", "H", "S"):
            if snap is not None and snap[0] < j:
                # "one hundred and three quarters": the fraction is the piece after "and"
                piece = st.value - snap[1].value
                if piece == 1 or (t.many_parts or _plural(t.text)):
                    share, j2 = _fraction_tail(toks, j + 1, piece / t.value)
                    if j2 == j + 1 and snap[1].last == "S":
                        share *= snap[1].last_scale  # "two million and three fifths" = 2.6 million
                    value, j, frac = snap[1].value + share, j2, True
            elif value == 1 or (t.many_parts or _plural(t.text)):
                value, j = _fraction_tail(toks, j + 1, value / t.value)
                frac = True
        elif t.kind == "F" and (t.gap == "and_a" or t.gap == "and" and t.value == 2 and not _plural(t.text)) or t.kind == "A" and t.gap == "space":
            # "one and a half", "tres millones y medio", "zweieinhalb Millionen"
            share = 1.0 / t.value if t.kind == "F" else t.value
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
            sub = parse_number(toks, j, False)
            if sub is not None and sub[0].fraction:
                value += sub[0].value
                j = sub[1]
                frac = True
            elif sub is not None and sub[0].words and 0 < sub[0].value < 1:
                # "vijf miljard en driekwart": a word worth a fraction, of the scale before it
                value += sub[0].value * (st.last_scale if st.last == "S" else 1.0)
                j = sub[1]
                frac = True
        elif t.gap == "point" and (sub := _fraction_after_point(toks, j, st)) is not None:
            # "ciento tres con dos tercios", "seis millones con dos tercios": a fraction, not decimals
            value, j, frac = value + sub[0], sub[1], True
        elif t.gap == "point" and st.last in ("U", "T", "H") and (t.kind in ("U", "T") or t.kind == "S" and t.value == 1e3):
            digits, k2 = _point_digits(toks, j)
            value = value + float("0." + digits) if value >= 0 else value - float("0." + digits)
            st.place = 10.0 ** (-len(digits))
            j = k2
            if not st.last_scale and j < n and toks[j].kind == "S" and toks[j].gap in ("space", "hyphen"):
                # "three point two million", "trois virgule deux millions": the scale is the whole decimal's
                value *= toks[j].value
                st.place *= toks[j].value
                st.last_scale, st.scale_text = toks[j].value, toks[j].text
                j += 1
    return value, j, frac


def _fraction_after_point(toks: list[Token], j: int, st: NumberState) -> tuple[float, int] | None:
    """The share and end of a fraction written after a point word ("con dos tercios"), else None."""
    if toks[j].kind not in ("U", "T", "N") or st.last not in ("U", "T", "N", "H", "S"):
        return None
    sub = parse_number(toks, j, False)
    if sub is None or not sub[0].fraction:
        return None
    return sub[0].value * (st.last_scale if st.last == "S" else 1.0), sub[1]


def _point_digits(toks: list[Token], j: int) -> tuple[str, int]:
    """The digits spoken after "point": one by one ("point four two"), or as one number when it is
    written as one ("siete con cincuenta" 7.50, "coma mil quinientos" .1500)."""
    n = len(toks)
    if toks[j].kind in "TS" or j + 1 < n and toks[j + 1].kind == "H" and toks[j + 1].gap in ("space", "hyphen"):
        whole = parse_number(toks, j, toks[j].kind == "S")  # "coma mil quinientos": a scale word alone is 1000
        if whole is not None and whole[0].integer and not whole[0].fraction:
            return str(int(whole[0].value)), whole[1]
    digits = ""
    k2 = j
    while k2 < n and toks[k2].kind in ("U", "T") and (k2 == j or toks[k2].gap in ("space", "hyphen")):
        v = int(toks[k2].value)
        if toks[k2].kind == "T" and k2 + 1 < n and toks[k2 + 1].kind == "U" and toks[k2 + 1].gap in ("space", "hyphen") and toks[k2 + 1].value < 10:
            v += int(toks[k2 + 1].value)
            k2 += 1
        digits += str(v)
        k2 += 1
    return digits, k2


def _fraction_tail(toks: list[Token], j: int, value: float) -> tuple[float, int]:
    """"three quarters billion", "two thirds of a million"."""
    if j < len(toks) and toks[j].kind in "SM" and toks[j].gap in ("space", "hyphen", "of_a", "of"):
        return value * toks[j].value, j + 1  # "two thirds of a million", "ein halbes Dutzend"
    return value, j


def _fraction_start(toks: list[Token], i: int, lead_a: bool) -> tuple[Atom, int] | None:
    """"a half", "a fifth", "half a dozen", "half million", "a quarter million"."""
    t = toks[i]
    is_half = t.lone
    scaled = i + 1 < len(toks) and toks[i + 1].kind in "SM" and toks[i + 1].gap in ("space", "hyphen", "of")
    if not (lead_a or is_half or scaled):
        return None
    if t.text.lower().endswith("s") and t.text.lower() != "halves":
        return None
    value = 1.0 / t.value
    j = i + 1
    if j < len(toks) and toks[j].kind in ("S", "M", "H") and toks[j].gap in ("space", "hyphen", "a", "of_a", "of"):
        value *= toks[j].value
        j += 1
    atom = Atom(start=t.start, end=toks[j - 1].end, value=value, base=value, tolerance=0.0, words=True, integer=False, fraction=True)
    return atom, j
