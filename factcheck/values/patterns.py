"""Regular expressions compiled once from the lexicon tables.

Each recognizer family scans the text with one compiled pattern (numbers,
Chinese numerals, dates...) and then looks at the few characters around each
hit with small anchored patterns, so the cost is a handful of C-level regex
passes, not a Python loop over tokens. Everything here is built from the YAML
tables; no word list lives in code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.knowledge.lexicon_schema import ChineseNumerals, Cues, DateWords, LexiconFile, NumberWords

IGNORE = re.IGNORECASE
# Word boundaries that also split words glued by lost spaces in scraped text
# ("modelsLess than", "parametersBy November").
# (the capital is tested before the small letter behind it: inside a word that fails at once)
WB = r"(?:(?<![\w])|(?-i:(?=[A-Z])(?<=[a-z])))"
WE = r"(?:(?![\w])|(?-i:(?=[A-Z])(?<=[a-z])))"


_SPACE = "\x00"  # stands for "a run of spaces" inside the trie


def _trie(phrases: Iterable[str]) -> str:
    """One regex for many phrases, shared prefixes factored out ("jan(?:uary)?").

    Python's regex engine tries the branches of an alternation one by one at
    every position; a trie makes that one branch per first character, which
    is what keeps the big word lists (months, units, currencies) cheap.
    Optional tails are greedy, so the longest phrase wins as before.
    """
    root: dict[str, dict] = {}
    for p in phrases:
        key = _SPACE.join(p.strip().split())
        if not key:
            continue
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = []
        for ch in sorted(k for k in node if k):
            atom = r"[ \t]+" if ch == _SPACE else re.escape(ch)
            branches.append(atom + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            body = "(?:" + "|".join(branches) + ")?"
        return body

    return build(root) if root else r"(?!)"


def alternation(phrases: Iterable[str]) -> str:
    """Alternation of phrases as a trie; the longest phrase wins ("more than" over "more")."""
    uniq = {p for p in phrases if p.strip()}
    return "(?:" + _trie(uniq) + ")" if uniq else r"(?!)"


def words_regex(phrases: Iterable[str]) -> str:
    """Alternation with word boundaries on the sides that are word characters (one trie per kind of side)."""
    groups: dict[tuple[bool, bool], list[str]] = {}
    for p in {p for p in phrases if p.strip()}:
        q = p.strip()
        groups.setdefault((_is_word(q[0]), _is_word(q[-1])), []).append(p)
    out = []
    for (starts, ends), items in sorted(groups.items()):
        body = "(?:" + _trie(items) + ")"
        out.append((WB if starts else "") + body + (WE if ends else ""))
    return "|".join(out) or r"(?!)"


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class Patterns:
    """All compiled patterns and lookup maps, built from a merged `LexiconFile`."""

    def __init__(self, t: LexiconFile) -> None:
        self.tables = t
        self._number_words(t.numbers)
        self._chinese_numerals(t.chinese)
        self._cue_words(t.cues)
        self._money(t)
        self._units(t)
        self._multipliers_and_rates(t)
        self._date_words(t.dates)

    def _spread(self, over_words: list[str]) -> tuple[re.Pattern[str], frozenset[str]]:
        """The end of an amount and the noun it counts ("4.4 million tickets ", "17 goals "), and the words that
        after it tell what they were spread across ("sold 4.4 million tickets over 146 shows"): no bound of the next
        figure."""
        scales = alternation(list(self.scales) + list(self.scale_suffixes))
        end = re.compile(rf"(?:\d|(?<![\w])(?:{scales}))[ \t]+[^\W\d_][\w'’-]*[ \t]+$", IGNORE)
        return end, frozenset(w.lower() for w in over_words)

    def _number_words(self, n: NumberWords) -> None:
        """Number words, digit tokens and the gaps that join them into one number."""
        self.units = {k.lower(): v for k, v in n.units.items()}
        self.tens = {k.lower(): v for k, v in n.tens.items()}
        self.hundred = {k.lower(): v for k, v in n.hundred.items()}
        self.scales = {k.lower(): v for k, v in n.scales.items()}
        self.multiples = {k.lower(): v for k, v in n.multiples.items()}
        self.fractions = {k.lower(): v for k, v in n.fractions.items()}
        self.ordinals = {k.lower(): v for k, v in n.ordinals.items()}
        dropped = set(n.not_suffixes)
        self.scale_suffixes = {k: v for k, v in n.scale_suffixes.items() if k not in dropped}
        self.money_scale_suffixes = dict(n.money_scale_suffixes)
        self.vague = {k.lower(): v for k, v in n.vague.items()}
        # the end of an amount: a digit, a percent sign or a scale ("$1.04 billion", "£8m", "12%")
        self.figure_end = re.compile(
            rf"(?:\d|%|(?<![\w])(?:{alternation(list(self.scales) + list(self.scale_suffixes))}))[ \t]*$", IGNORE
        )
        self.counted_end, self.spread_words = self._spread(n.over_words)
        word_tokens = list(self.units) + list(self.tens) + list(self.hundred) + list(self.scales)
        word_tokens += list(self.multiples) + list(self.fractions)
        self.hundreds = {k.lower(): v for k, v in n.hundreds.items()}
        word_tokens += list(self.hundreds)
        self.denominator_glued, self.denominator_word = compile_denominators(tuple(n.denominator_suffixes), tuple(n.denominator_words))
        self.denominator_joiners = frozenset(w.lower() for w in n.and_words + n.denominator_joiners if " " not in w)
        self.word_values = {k.lower(): v for k, v in n.word_values.items()}
        self.and_half = frozenset(w.lower() for w in n.and_half)
        word_tokens += list(self.word_values) + list(self.and_half)
        self.compound_words = n.compound_words
        self.tens_joiners = frozenset(w.lower() for w in n.tens_joiners)
        self.hundreds_joiners = frozenset(w.lower() for w in n.hundreds_joiners)
        self.tens_joined_units = frozenset(w.lower() for w in n.tens_joined_units)
        self.plural_hundreds = frozenset(w.lower() for w in n.plural_hundreds)
        self.hundreds_without_one = frozenset(w.lower() for w in n.hundreds_without_one)
        self.lone_fractions = frozenset(w.lower() for w in n.lone_fractions)
        self.article_units = frozenset(w.lower() for w in n.article_units)
        self.hyphenated_numbers = n.hyphenated_numbers
        self.standalone_scales = frozenset(w.lower() for w in n.standalone_scales)
        self.singular_fractions = n.singular_fractions
        self.number_vocabulary = frozenset(w for w in word_tokens if " " not in w)
        self.and_joiners = frozenset(w.lower() for w in n.and_words if " " not in w)
        word_body = alternation(word_tokens)
        if n.compound_words:
            word_body = rf"{word_body}(?:(?:{alternation(self.and_joiners)})?{word_body})*"
        # units and tens only, joined as the language joins them: a day of the month in words
        small = alternation(list(self.units) + list(self.tens))
        joiners = alternation(list(self.and_joiners) + list(self.tens_joiners))
        # (at most three pieces: a longer run of number words is not a day, and an unbounded run would make
        # every number word of a long list rescan the rest of it)
        self.small_number_words = rf"{small}(?:(?:[ \t-]+(?:{joiners})[ \t-]+|[ \t-]+|(?:{joiners})?){small}){{0,3}}" if n.compound_words else rf"{small}(?:(?:[ \t-]+(?:{joiners}))?[ \t-]+{small})?"
        suffix_attached = alternation(self.scale_suffixes)
        suffix_spaced = alternation(s for s in n.spaced_suffixes if s not in dropped)
        self.decimal_comma = n.decimal_comma
        digits = (
            r"(?P<slash>(?<![\d./])(?<!\d-)(?:\d{1,3}[ \t]+)?\d+/\d+(?![\d/]|\.\d))"
            r"|(?P<vulgar>(?<![\d.])\d*[\u00bc-\u00be\u2150-\u215e])"
            rf"|(?P<dotted>(?<![\d.]){_DOT_GROUPS_AHEAD[n.decimal_comma]}\d+(?:\.\d+){{2,}}(?![\d.]))"
            r"|(?P<num>(?<!\d)(?<![^.]\.)"
            rf"(?:{digit_body(n.decimal_comma)})"
            r"(?P<exp>[eE][-+]?\d+(?![\w])|\^[-+]*\d+|\s?[x\u00d7]\s?10(?:\^[-+]?\d+|-\d+))?"
            rf"(?P<suf>(?:{suffix_attached})(?![A-Za-z0-9])|\s(?:{suffix_spaced})(?![A-Za-z0-9\-]))?)"
        )
        gate = r"[\d.,\u00bc-\u00be\u2150-\u215e]" if n.decimal_comma else r"[\d.\u00bc-\u00be\u2150-\u215e]"
        self.token = re.compile(rf"(?={gate})(?:{digits})|(?P<word>(?<![\w])(?i:{word_body})(?![\w]))")
        self.gap = re.compile(
            r"(?P<and_a>[ \t]+and[ \t]+an?[ \t]+)"
            r"|(?P<of_a>[ \t]+of[ \t]+an?[ \t]+)|(?P<a>[ \t]+an?[ \t]+)"
            + (rf"|(?P<of>[ \t]+(?:{alternation(n.fraction_of_words)})[ \t]+)" if n.fraction_of_words else "")
            + rf"|(?P<point>[ \t]+(?:{alternation(n.point_words)})[ \t]+)|(?P<and>[ \t]+(?:{alternation(n.and_words)})[ \t]+|[ \t]*&[ \t]*|-(?:{alternation(n.and_words)})-)"
            rf"|(?P<over>[ \t]+(?:{alternation(n.over_words)})[ \t]+)|(?P<outof>[ \t]+(?:out[ \t]+of|{alternation(n.out_of_words)})[ \t]+)"
            r"|(?P<hyphen>[ \t]*-[ \t]*)|(?P<comma>,[ \t]+)|(?P<space>[ \t]+)",
            IGNORE,
        )
        self.lead_a = re.compile(r"(?<![\w'])(an?)[ \t]+$", IGNORE)
        self.negative = re.compile(rf"(?<![\w])(?:{alternation(n.negative)})(?:[ \t]+|-)$", IGNORE)  # "minus 20", "minus-20"
        self.vague_re = re.compile(
            rf"(?<![\w])(?P<vague>{alternation(self.vague)})(?![\w])"
            rf"(?P<scales>(?:[ \t]+(?:{alternation(list(self.hundred) + list(self.scales) + list(self.multiples))})(?![\w]))*)",
            IGNORE,
        )
        self.not_numbers = re.compile(rf"(?<![\w])(?:{alternation(n.not_numbers)})(?![\w])", IGNORE)

    def _chinese_numerals(self, z: ChineseNumerals) -> None:
        """Chinese numeral characters and the run of them that makes one numeral."""
        self.zh_digits = {**z.digits}
        self.zh_financial = {**z.financial_digits}
        self.zh_small = {**z.small_units}
        self.zh_big = {**z.big_units}
        zh_num_chars = "".join(
            list(z.digits) + list(z.financial_digits) + list(z.small_units) + list(z.big_units) + z.half
        )
        self.zh_num_chars = set(zh_num_chars)
        self.zh_point = set(z.decimal_point)
        self.zh_negative = set(z.negative)
        self.zh_approx = set(z.approximate)
        self.zh_half = set(z.half)
        cls = re.escape(zh_num_chars)
        point = "".join(re.escape(c) for c in z.decimal_point)
        approx = "".join(re.escape(c) for c in z.approximate)
        neg = "".join(re.escape(c) for c in z.negative)
        # A run of Chinese numerals, optionally mixed with ASCII digits
        # ("100亿", "4.78万亿", "7 万5 千4 百"), with single spaces inside.
        self.zh_number = re.compile(
            rf"(?P<neg>[{neg}])?"
            rf"(?P<body>(?:\d+(?:[.,]\d+)*[ \t]*(?:[{approx}][ \t]*(?=[{cls}]))?)?[{cls}](?:[ \t]*(?:[{cls}{approx}]|[{point}][ \t]*(?=[{cls}\d])|\d+(?:\.\d+)?))*)"
        )
        self.zh_not_numbers = re.compile(alternation(z.not_numbers))
        self.zh_fraction_of = alternation(z.fraction_of)
        self.zh = z

    def _cue_words(self, c: Cues) -> None:
        """Qualifiers ("more than", "+"), range openers and joiners, and other cue word sets."""
        self.hyphen_prefixes = {w.lower() for w in c.hyphen_prefixes}
        self.not_names = {w.lower() for w in c.not_names}
        self.verb_endings = tuple(w.lower() for w in c.verb_endings)
        self.domain_suffixes = {w.lower() for w in c.domain_suffixes}
        self.count_stop = {w.lower() for w in c.count_stop_words}
        self.count_modifiers = {w.lower() for w in c.count_modifiers}
        self.irregular_plurals = {w.lower() for w in c.irregular_plurals}
        self.comparatives = {w.lower() for w in c.comparatives}
        self.multiplier_objects = {w.lower() for w in c.multiplier_objects}
        self.multiplier_words = {k.lower(): v for k, v in c.multiplier_words.items()}
        self.parameter_words = {w.lower() for w in c.parameter_words}
        self.parameter_markers = {w.lower() for w in c.parameter_markers}
        self.change_words = {w.lower() for w in c.change_words}

        q = c.qualifiers
        self.qual_before = re.compile(
            rf"(?<![<>=!])(?:(?P<exact>{words_regex(q.exact)})|(?P<approximate>{words_regex(q.approximate)})"
            rf"|(?P<lower_bound>{words_regex(q.lower_bound)})|(?P<upper_bound>{words_regex(q.upper_bound)}))[ \t]*$",
            IGNORE,
        )
        self.qual_after = re.compile(
            rf"(?:(?P<lower_bound>\+|[ \t]*(?:{words_regex([p for p in c.trailing.lower_bound if p != '+'])}))"
            rf"|[ \t]*(?P<upper_bound>{words_regex(c.trailing.upper_bound)})|[ \t]*(?P<inclusive>{words_regex(c.trailing.inclusive)}))"
            rf"(?![ \t]*(?:than(?![\w])|(?:{alternation(c.than_words)})(?![\w])|or[ \t]+equal|[\d.]\d|\d|(?i:{alternation(list(self.units) + list(self.tens) + ['a', 'an', 'half', 'quarter'])})(?![\w])))",
            IGNORE,
        )
        # a qualifier that starts inside a trailing "or more": "et plus petit que 20", "e mais baixa que 1500"
        self.qual_phrase = re.compile(rf"(?:{words_regex(q.lower_bound + q.upper_bound)})", IGNORE)
        self.pair_openers = frozenset(w.lower() for w in c.pair_openers)
        # "3 dollars and 50 cents", "3 euro en 50 cent", "3元又5角": the coins joined to the amount
        self.minor_join = re.compile(rf"[ \t]*(?:(?:{alternation(self.and_joiners)})[ \t]+|又[ \t]*|和[ \t]*)?", IGNORE)
        self.bound_join = re.compile(
            rf"[ \t]*,?[ \t]*(?:{alternation(list(self.and_joiners) + c.contrast_words)})[ \t]+|[ \t]*,[ \t]*", IGNORE
        )
        article = rf"(?:(?:{alternation(['the', *c.articles])})[ \t]+)?"
        self.range_opener = re.compile(rf"(?<![\w])(?P<op>{alternation(c.range_openers)})[ \t]+{article}$", IGNORE)
        self.range_joiner = re.compile(
            rf"(?:[ \t]*-?[ \t]*(?:{words_regex([j for j in c.range_joiners if j[0].isalpha()])})[ \t]+{article}"
            rf"|[ \t]*(?:{alternation([j for j in c.range_joiners if not j[0].isalpha()])})[ \t]*)",
            IGNORE,
        )

    def _money(self, t: LexiconFile) -> None:
        """Currency symbols, codes and names before or after a number."""
        self.currencies = t.currencies
        self.minor_units = dict(t.minor_units)
        sym_map: dict[str, str] = {}
        code_map: dict[str, str] = {}
        name_map: dict[str, str] = {}
        zh_map: dict[str, str] = {}
        zh_minor: dict[str, tuple[str, float]] = {}
        for unit, cur in t.currencies.items():
            for s in cur.symbols:
                sym_map[_key(s)] = unit
            for s in cur.codes:
                code_map[s.lower()] = unit
            for s in cur.names:
                name_map[_key(s)] = unit
            for s in cur.zh:
                zh_map[s] = unit
            for s, f in cur.minor_zh.items():
                zh_minor[s] = (unit, f)
        self.currency_symbols = sym_map
        self.currency_codes = code_map
        self.currency_names = name_map
        self.currency_zh = zh_map
        self.currency_zh_minor = zh_minor
        self.ambiguous_symbols = t.ambiguous_symbols
        self.money_cues = {w.lower() for w in t.money_cues}
        codes = alternation(code_map)
        syms = alternation(sym_map)
        names = words_regex(name_map)
        joiner = rf"(?:(?:{words_regex([j for j in t.cues.unit_joiners if j[-1].isalpha()])})[ \t]+|(?:{alternation([j for j in t.cues.unit_joiners if not j[-1].isalpha()])}))?"
        self.cur_before = re.compile(
            rf"(?:(?P<sym>{syms})|(?<![A-Za-z])(?P<mcode>M)?(?P<code>{codes})(?![A-Za-z])|(?<![\w])(?P<name>{names}))[ \t]?$",
            IGNORE,
        )
        self.cur_after = re.compile(
            rf"[ \t\u00a0\u202f]?{joiner}(?:(?P<sym>{syms})(?![A-Za-z])|(?P<mcode>M)?(?P<code>{codes})(?![A-Za-z])|(?P<name>{names}))",
            IGNORE,
        )
        self.cur_after_zh = re.compile(rf"[ \t]*(?:[个個][ \t]*)?(?P<zh>{alternation(zh_map)})")
        self.cur_before_zh = re.compile(rf"(?P<zh>{alternation(zh_map)})[ \t]*$")

    def _units(self, t: LexiconFile) -> None:
        """Units of measure, percent signs and words, and what a number must not be (times, URLs)."""
        self.units_table = t.units
        unit_words: dict[str, str] = {}
        unit_symbols: dict[str, str] = {}
        unit_zh: dict[str, str] = {}
        for unit, spec in t.units.items():
            for w in spec.words:
                unit_words[_key(w)] = unit
            for s in spec.symbols:
                unit_symbols[s] = unit
            for s in spec.zh:
                unit_zh[s] = unit
        self.unit_words = unit_words
        self.unit_symbols = unit_symbols
        self.unit_zh = unit_zh
        self.unit_after = re.compile(
            rf"(?:[ \t]*-?[ \t]*(?P<word>(?i:{words_regex(unit_words)}))"
            rf"|[ \t]?(?P<sym>{alternation(unit_symbols)})(?![A-Za-z0-9]))",
        )
        self.unit_after_ci = re.compile(rf"[ \t]*-?[ \t]*(?P<word>{words_regex(unit_words)})", IGNORE)
        self.unit_after_zh = re.compile(rf"[ \t]*(?P<zh>{alternation(unit_zh)})")
        self.percent_after = re.compile(
            rf"(?:[ \t\u00a0\u202f]?%|[ \t]*(?:{alternation(t.cues.percent_words)})(?![\w]))", IGNORE
        )
        self.time_of_day = re.compile(r"[ \t]?(?:[ap]\.?m\.?)(?![A-Za-z])", IGNORE)
        self.percent_of_before = re.compile(r"(?<![\w])(?:percent(?:age)?s?|per[ \t]+cent)[ \t]+of[ \t]+$", IGNORE)
        # a web address, a link's target or a site's path ("](/startups)", "/media/2026/11/photo.jpg"): its numbers
        # are no figures
        self.url = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+|(?<=\]\()[^)\s]+|(?<![\w/.])/[\w.-]+(?:/[\w.-]+)+", IGNORE)
        spaced = ["[ \t]*".join(re.escape(ch) for ch in p) for p in sorted(t.chinese.percent_point, key=len, reverse=True)]
        self.percent_after_zh = re.compile(rf"[ \t]*(?:{'|'.join(spaced) or '(?!)'})")

    def _multipliers_and_rates(self, t: LexiconFile) -> None:
        """"25x", "three-fold", "double", parameter counts and "per" rates."""
        c = t.cues
        mult_suf = alternation(c.multiplier_suffixes)
        self.multiplier_after = re.compile(
            rf"(?:(?P<x>{mult_suf})(?![A-Za-z0-9])|[ \t]*-?[ \t]*(?P<fold>{alternation(c.multiplier_fold)})(?![\w])"
            rf"|[ \t]+(?P<times>{alternation(c.multiplier_times)})(?![\w]))",
        )
        self.multiplier_word = re.compile(
            rf"(?<![\w])(?:(?P<opener>{alternation(c.multiplier_word_openers)})[ \t]+)?(?P<word>{alternation(self.multiplier_words)})(?![\w-])",
            IGNORE,
        )
        self.multiplier_numfold = re.compile(
            rf"(?<![\w-])(?P<word>{alternation(list(self.units) + list(self.tens))})[ \t]*-?[ \t]*(?:{alternation(c.multiplier_fold)})(?![\w])",
            IGNORE,
        )
        self.word_after = re.compile(r"[ \t]+(?P<w>[A-Za-z][\w'-]*)")
        self.next_word = re.compile(r"[ \t]*(?P<w>[A-Za-z][A-Za-z'\-]*)")
        self.params_after = re.compile(
            rf"(?:[ \t]*\+)?[ \t]*-?[ \t]*(?P<w>{words_regex(list(self.parameter_words) + list(self.parameter_markers))})",
            IGNORE,
        )
        self.per_after = re.compile(
            rf"[ \t]*(?:/[ \t]*|per[ \t]+|-?an?(?:[ \t]+|-)(?=(?:{words_regex(list(self.unit_words) + ['share', 'head', 'person', 'barrel', 'unit', 'piece', 'user', 'device'])}))|each[ \t]+)"
            rf"(?P<scale>(?:{alternation(t.numbers.scale_suffixes)})(?![A-Za-z])[ \t]*|(?:{alternation(self.scales)})[ \t]+)?"
            rf"(?P<noun>[A-Za-z][A-Za-z'\-]*(?:[ \t]+[A-Za-z][A-Za-z'\-]*)?)",
            IGNORE,
        )

    def _date_words(self, d: DateWords) -> None:
        """Month and weekday names and the words that make a bare year a date or not."""
        self.dates = d
        self.months = {k.lower(): v for k, v in d.months.items()}
        self.ambiguous_months = {m.lower() for m in d.ambiguous_months}
        self.weekdays = {k.lower(): v for k, v in d.weekdays.items()}
        self.non_calendar_year = re.compile(rf"{words_regex(d.non_calendar_years)}[ \t]*$", IGNORE)
        self.year_preposition = re.compile(rf"{words_regex(d.year_prepositions)}[ \t]+$", IGNORE) if d.year_prepositions else None
        # "2018 ou plus tard": a year's "or later", whose first words are a number's "or more" ("ou plus")
        self.date_onwards = re.compile(rf"[ \t]*,?[ \t]*{words_regex(d.onwards_words)}", IGNORE) if d.onwards_words else None

_THOUSANDS_SPACE = r"[\u00a0\u202f\u2009]"
# In a decimal-comma language "1.234.567" is a number, not a version string.
_DOT_GROUPS_AHEAD = {False: r"(?!\d{1,3}(?:\.\d{3})+,\d)", True: r"(?!\d{1,3}(?:\.\d{3})+(?![\d.]))"}


def digit_body(decimal_comma: bool) -> str:
    """The digits of one number with its separators, as the language groups them.

    Either way the unambiguous forms read right: "1.234,5" and "2,07" before a word or "%"
    have a decimal comma, "1,234,567" groups thousands with commas."""
    spaced = (
        rf"|\d{{1,3}}(?:{_THOUSANDS_SPACE}\d{{3}})+(?![\d])(?:[.,]\d+)?"
        + (r"|\d{1,3}(?: \d{3})+(?![\d])(?:,\d+)?" if decimal_comma else r"|\d{1,3}(?: \d{3}){2,}(?![\d])(?:\.\d+)?")
        + r"|\d{1,3}(?: 000)+(?![\d])(?:[.,]\d+)?"
    )
    if decimal_comma:
        return (
            r"\d{1,3}(?:,\d{3}){2,}(?![\d])(?:\.\d+)?"
            r"|\d{1,3}(?:\.\d{3})+(?![\d])(?:,\d+)?"
            r"|\d{1,2}(?:,\d{2})+,\d{3}(?![\d])(?:\.\d+)?" + spaced + r"|\d+(?:[.,]\d+)?(?![\d])|(?<![.,])[.,]\d+(?![\d])"
        )
    return (
        r"\d{1,3}(?:\.\d{3})+,\d+(?![\d])"
        r"|\d+,\d{1,2}(?![\d,])(?=[ \t\u00a0]?(?:%|[^\W\d_]{2,}))"
        r"|\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?"
        r"|\d{1,2}(?:,\d{2})+,\d{3}(?![\d])(?:\.\d+)?" + spaced + r"|\d+(?:\.\d+)?(?![\d])|(?<!\.)\.\d+(?![\d])"
    )


def plain_digits(core: str, decimal_comma: bool) -> str:
    """The digits of `core` as Python reads a float: "1.234,5" -> "1234.5", "1,234" -> "1234" (or "1.234")."""
    s = re.sub(r"[\s\u00a0\u202f\u2009]", "", core)
    if "," in s and "." in s:
        dec = "," if s.rindex(",") > s.rindex(".") else "."
    elif "," in s:
        tail = s.rsplit(",", 1)[1]
        dec = "," if s.count(",") == 1 and (decimal_comma or len(tail) != 3) else "."
    elif "." in s:
        tail = s.rsplit(".", 1)[1]
        dec = "," if decimal_comma and (s.count(".") > 1 or len(tail) == 3) else "."
    else:
        return s
    grouping = "." if dec == "," else ","
    return s.replace(grouping, "").replace(dec, ".")


def compile_denominators(suffixes: tuple[str, ...], words: tuple[str, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """A lexicon's denominator endings glued to a number word ("veintiun-avos") and denominator words after it ("avos")."""
    glued = None
    if suffixes:
        ends = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
        glued = re.compile(rf"(?<![\w-])(?P<stem>(?:[^\W\d_]+-)*[^\W\d_]{{2,}}?)(?:{ends})(?![\w])", IGNORE)
    word = None
    if words:
        alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        word = re.compile(rf"[ \t]+(?:{alts})(?![\w])", IGNORE)
    return glued, word


def _key(s: str) -> str:
    return " ".join(s.lower().split())
