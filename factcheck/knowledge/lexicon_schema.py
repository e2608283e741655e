"""The YAML schema of the value recognizers' word tables (`rules/knowledge/lexicon/*.yml`).

Every word the recognizers know (number words, scale words, currencies,
units, cue phrases, month names) lives in those files, so a project can
extend them without code. The schema is pydantic, so a mistake in a file is
reported as `path:line:col: expected` by `load_model`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class LexiconTable(BaseModel):
    """A section of a lexicon file: unknown keys are mistakes, values never change once read."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class NumberWords(LexiconTable):
    """English number words (`numbers:` section)."""

    units: dict[str, int] = Field(default_factory=dict)
    tens: dict[str, int] = Field(default_factory=dict)
    hundred: dict[str, int] = Field(default_factory=dict)
    scales: dict[str, float] = Field(default_factory=dict)
    multiples: dict[str, int] = Field(default_factory=dict)
    fractions: dict[str, int] = Field(default_factory=dict)
    ordinals: dict[str, int] = Field(default_factory=dict)
    negative: list[str] = Field(default_factory=list)
    scale_suffixes: dict[str, float] = Field(default_factory=dict)
    # letters that are a scale only right after an amount of money ("£52m": millions, not pounds a metre)
    money_scale_suffixes: dict[str, float] = Field(default_factory=dict)
    spaced_suffixes: list[str] = Field(default_factory=list)
    vague: dict[str, tuple[float, float]] = Field(default_factory=dict)
    not_numbers: list[str] = Field(default_factory=list)
    # How digits are grouped: false reads "1.234" as 1.234 and "1,234" as 1234, true the other way
    # round (German, French, Spanish...). Unambiguous forms ("2,07 bilhões", "1.234,5") read right
    # whichever is set.
    decimal_comma: bool = False
    # Words that join the parts of one spelled-out number: "two hundred and six", "cuarenta y siete".
    and_words: list[str] = Field(default_factory=list)
    # Words for the decimal point and for "over" in spelled-out numbers ("seven point five", "sete vírgula cinco",
    # "one over three", "un sur trois").
    point_words: list[str] = Field(default_factory=list)
    over_words: list[str] = Field(default_factory=list)
    # Words for "out of" ("trois sur quatre"): a share when the first number is not the larger
    # ("huit sur cinq", "1 000 € sur 3 ans" are two numbers).
    out_of_words: list[str] = Field(default_factory=list)
    # Fraction words count several parts in the singular too ("drei viertel", "vijf achtste"; English needs "fifths").
    singular_fractions: bool = False
    # Scale words that are a number on their own ("mil", "mille" = 1000, as "a thousand").
    standalone_scales: list[str] = Field(default_factory=list)
    # And-words that join a tens word and a unit into one number ("cuarenta y siete", "vingt et un").
    tens_joiners: list[str] = Field(default_factory=list)
    # The units a tens joiner may join, where the language joins only some ("vingt et un", but "vingt et trois
    # cinquièmes" is 20 and 3/5); empty: any unit ("cuarenta y siete").
    tens_joined_units: list[str] = Field(default_factory=list)
    # Hundred words (also listed in `hundred`) that only multiply a small unit word before them ("deux cents"
    # 200): alone, after digits or after a compound ("50 cents", "quarante-cinq cents") they are a coin.
    plural_hundreds: list[str] = Field(default_factory=list)
    # Hundred words that "one" never multiplies ("cent", never "un cent"): after "un" they start an ordinal
    # denominator ("un cent cinquième" is 1/105, one hundred-and-fifth).
    hundreds_without_one: list[str] = Field(default_factory=list)
    # Unit words that are also the indefinite article ("un", "une"): alone, a plain number recognizer reads
    # them as "a" ("un vent glacial"), not as the number one; inside a number they count as usual.
    article_units: list[str] = Field(default_factory=list)
    # The language may join every word of a number by hyphens ("deux-mille-vingt-et-un", the French spelling
    # of 1990): a hyphen between number words is then a space, where English hyphenates only "forty-two".
    hyphenated_numbers: bool = False
    # Fraction words that are a number on their own, as English "half" ("demi", "la moitié").
    lone_fractions: list[str] = Field(default_factory=list)
    # Words between a fraction and its scale, as English "of a" ("deux tiers de million").
    fraction_of_words: list[str] = Field(default_factory=list)
    # And-words that also join a hundred to the tens and units after it ("cento e trinta"): a fraction word
    # after them divides the whole number ("cento e trinta quintos" is 130/5, where French "cent et trois
    # quarts" is 100 and 3/4).
    hundreds_joiners: list[str] = Field(default_factory=list)
    # Number words glued into one word ("dreihundertfünfzig", "zevenhonderd"): the language cuts them.
    compound_words: bool = False
    # Scale letters of the base tables that are words of this language ("mil" is a thousand in Spanish).
    not_suffixes: list[str] = Field(default_factory=list)
    # Words that are a count of hundreds ("doscientos": 2, "quinientos": 5).
    hundreds: dict[str, int] = Field(default_factory=dict)
    # Words worth a number that is not whole: "anderthalb" 1.5, "driekwart" 0.75.
    word_values: dict[str, float] = Field(default_factory=dict)
    # "and a half" glued after a number: "zweieinhalb", "tweeënhalf".
    and_half: list[str] = Field(default_factory=list)
    # A number made a denominator: glued endings ("veintiun-avos", "dosmil-ésimos") and words after it
    # ("vinte e um avos"); joiners inside a glued stem ("treinta-i-cinco").
    denominator_suffixes: list[str] = Field(default_factory=list)
    denominator_words: list[str] = Field(default_factory=list)
    denominator_joiners: list[str] = Field(default_factory=list)


class ChineseNumerals(LexiconTable):
    """Chinese numeral characters and percent/discount forms (`chinese:` section)."""

    digits: dict[str, int] = Field(default_factory=dict)
    financial_digits: dict[str, int] = Field(default_factory=dict)
    small_units: dict[str, int] = Field(default_factory=dict)
    financial_units: list[str] = Field(default_factory=list)
    big_units: dict[str, float] = Field(default_factory=dict)
    half: list[str] = Field(default_factory=list)
    decimal_point: list[str] = Field(default_factory=list)
    negative: list[str] = Field(default_factory=list)
    approximate: list[str] = Field(default_factory=list)
    and_fraction: list[str] = Field(default_factory=list)
    fraction_of: list[str] = Field(default_factory=list)
    dozen: list[str] = Field(default_factory=list)
    measure_words: list[str] = Field(default_factory=list)
    percent_point: list[str] = Field(default_factory=list)
    tenth_percent: list[str] = Field(default_factory=list)
    discount: list[str] = Field(default_factory=list)
    discount_half: list[str] = Field(default_factory=list)
    discount_verb: list[str] = Field(default_factory=list)
    not_numbers: list[str] = Field(default_factory=list)


class Currency(LexiconTable):
    """One currency: the unit it gives and how it is written."""

    symbols: list[str] = Field(default_factory=list)
    codes: list[str] = Field(default_factory=list)
    names: list[str] = Field(default_factory=list)
    zh: list[str] = Field(default_factory=list)
    minor: str | None = None
    minor_zh: dict[str, float] = Field(default_factory=dict)


class AmbiguousSymbol(LexiconTable):
    default: str
    alternatives: dict[str, list[str]] = Field(default_factory=dict)


class Unit(LexiconTable):
    """A unit of measure; `kind` says whether it is a duration."""

    kind: Literal["duration", "quantity"]
    words: list[str] = Field(default_factory=list)
    symbols: list[str] = Field(default_factory=list)
    zh: list[str] = Field(default_factory=list)


class Qualifiers(LexiconTable):
    approximate: list[str] = Field(default_factory=list)
    lower_bound: list[str] = Field(default_factory=list)
    upper_bound: list[str] = Field(default_factory=list)
    exact: list[str] = Field(default_factory=list)


class Trailing(LexiconTable):
    lower_bound: list[str] = Field(default_factory=list)
    upper_bound: list[str] = Field(default_factory=list)
    inclusive: list[str] = Field(default_factory=list)  # "less than 5000 or equal": the bound includes its value


class Cues(LexiconTable):
    """Cue phrases around numbers (`cues:` section)."""

    qualifiers: Qualifiers = Field(default_factory=Qualifiers)
    trailing: Trailing = Field(default_factory=Trailing)
    range_openers: list[str] = Field(default_factory=list)
    range_joiners: list[str] = Field(default_factory=list)
    change_words: list[str] = Field(default_factory=list)
    per: list[str] = Field(default_factory=list)
    multiplier_suffixes: list[str] = Field(default_factory=list)
    multiplier_fold: list[str] = Field(default_factory=list)
    multiplier_times: list[str] = Field(default_factory=list)
    multiplier_words: dict[str, float] = Field(default_factory=dict)
    multiplier_word_openers: list[str] = Field(default_factory=list)
    comparatives: list[str] = Field(default_factory=list)
    multiplier_objects: list[str] = Field(default_factory=list)  # "five times the size": what "times" compares with
    parameter_words: list[str] = Field(default_factory=list)
    parameter_markers: list[str] = Field(default_factory=list)
    count_stop_words: list[str] = Field(default_factory=list)
    count_modifiers: list[str] = Field(default_factory=list)  # "six more bodies": a word between a count and its noun
    irregular_plurals: list[str] = Field(default_factory=list)
    not_names: list[str] = Field(default_factory=list)
    # Endings of a capitalised word opening a sentence that make it a verb, not a name: "Released 11 models".
    verb_endings: list[str] = Field(default_factory=list)
    hyphen_prefixes: list[str] = Field(default_factory=list)
    domain_suffixes: list[str] = Field(default_factory=list)
    # Words for "percent" after a number ("12,5 pour cent", "30 procent").
    percent_words: list[str] = Field(default_factory=list)
    # Articles allowed after a range opener or joiner ("tussen de 20 en 30"; "the" is built in).
    articles: list[str] = Field(default_factory=list)
    # Openers whose pair is joined by an and-word: "between 20 and 30", "entre 20 y 30".
    pair_openers: list[str] = Field(default_factory=list)
    # Words that join two bounds into one interval besides the and-words: "over 10 but under 20".
    contrast_words: list[str] = Field(default_factory=list)
    # Words between a figure and its currency or unit name: "2 millones de euros", "5 millions d'euros".
    unit_joiners: list[str] = Field(default_factory=list)
    # Words that make a trailing "or more" the start of a comparison instead: "et plus petit que 20",
    # "ou mais de 190" ("than" is built in).
    than_words: list[str] = Field(default_factory=list)
    # Words between the two sides of a size: "2880 x 1800", "10 by 12 feet", "3 bij 4 meter". One character
    # ("x", "×") may touch the digits ("2880x1800"); a longer word stands between spaces.
    size_joiners: list[str] = Field(default_factory=list)
    # Words after a number that make "10 million by 2030" an amount and a date rather than a size.
    size_not_units: list[str] = Field(default_factory=list)


class DateWords(LexiconTable):
    """Calendar words (`dates:` section)."""

    months: dict[str, int] = Field(default_factory=dict)
    # Words of a line that only stamps when the page was written, besides its date and time: "Updated
    # August 8, 2012 4:43 pm EDT", "Aktualisiert am 3. März 2024, 14:30 Uhr". Such a line is no claim.
    stamp_words: list[str] = Field(default_factory=list)
    ambiguous_months: list[str] = Field(default_factory=list)
    weekdays: dict[str, int] = Field(default_factory=dict)
    # Weekday names of three letters or fewer that are not other words of the language ("qua", "qui"):
    # the short English ones ("sun", "sat") are too often words to read.
    short_weekdays: list[str] = Field(default_factory=list)
    # Short month names that English finds ambiguous ("sep", "nov") but that are no other word of this
    # language: after one of its date words ("van sep tot nov", "nach Okt") they are months.
    short_months: list[str] = Field(default_factory=list)
    year_parts: dict[str, tuple[int, int]] = Field(default_factory=dict)
    month_parts: dict[str, tuple[int, int]] = Field(default_factory=dict)
    halves: dict[str, int] = Field(default_factory=dict)
    quarters: dict[str, int] = Field(default_factory=dict)
    units: dict[str, str] = Field(default_factory=dict)
    deictic_days: dict[str, int] = Field(default_factory=dict)
    relative_words: dict[str, int] = Field(default_factory=dict)
    offset_words: dict[str, int] = Field(default_factory=dict)
    since_words: list[str] = Field(default_factory=list)
    until_words: list[str] = Field(default_factory=list)
    present_words: list[str] = Field(default_factory=list)
    holidays: dict[str, str] = Field(default_factory=dict)
    # Movable feasts: days after (or before) Easter Sunday: "Pfingsten": 49, "viernes santo": -2.
    easter_days: dict[str, int] = Field(default_factory=dict)
    non_calendar_years: list[str] = Field(default_factory=list)
    year_prepositions: list[str] = Field(default_factory=list)
    # Written after a day number: "20. Juni", "1er juin", "1º de maio" ("st", "nd"... are built in).
    day_suffixes: list[str] = Field(default_factory=list)
    # Days of the month in words: ordinals ("segundo", "zweiten", "tweede") and, where the language
    # names days with cardinals ("el diez de octubre", "negenentwintig mei"), its number words.
    day_ordinals: dict[str, int] = Field(default_factory=dict)
    cardinal_days: bool = False
    # Words between day, month and year: "20 de junio de 2025", "4th of July" ("of" is built in).
    of_words: list[str] = Field(default_factory=list)
    # Relative words written after the unit: "l'an dernier", "la semana pasada" (word -> offset).
    relative_after: dict[str, int] = Field(default_factory=dict)
    # Days named by a word, offset from the day written: "heute", "gestern", "anteayer".
    day_words: dict[str, int] = Field(default_factory=dict)
    # Open bounds besides since/until: "antes de 2010" ends where 2010 starts, "na 2018" starts after it.
    before_words: list[str] = Field(default_factory=list)
    after_words: list[str] = Field(default_factory=list)
    # After a date, "and later": "2012 o posterior", "2016 en later".
    onwards_words: list[str] = Field(default_factory=list)
    # Two dates joined into a period: "de 2008 a 2010", "vom 4. bis zum 23."; pair openers take the
    # pair joiners ("entre 2007 y 2009", "tussen 3 en 12 sept").
    range_openers: list[str] = Field(default_factory=list)
    range_joiners: list[str] = Field(default_factory=list)
    pair_openers: list[str] = Field(default_factory=list)
    pair_joiners: list[str] = Field(default_factory=list)
    # Offsets from the anchor: written before the count ("hace dos meses", "il y a 2 ans"), a day that far on
    # ("dans 2 semaines", "over twee weken"), or a period up to it ("dentro de 9 meses", "binnen 9 maanden").
    ago_words: list[str] = Field(default_factory=list)
    # Counting from a day: "tres semanas a partir de mañana", "drie weken vanaf morgen".
    from_words: list[str] = Field(default_factory=list)
    in_words: list[str] = Field(default_factory=list)
    within_words: list[str] = Field(default_factory=list)
    # Letters of quarter and half codes besides Q and H: "2019-T1" (trimestre), "S2 2020" (semestre).
    quarter_letters: list[str] = Field(default_factory=list)
    half_letters: list[str] = Field(default_factory=list)
    # The n-th week of a month or year: "la primera semana de 2015", "de laatste week van juli" (last: -1).
    nth_words: dict[str, int] = Field(default_factory=dict)
    # "more/less" of a unit: "más tarde este año", "eerder deze maand", "plus tard dans l'année".
    earlier_words: list[str] = Field(default_factory=list)
    later_words: list[str] = Field(default_factory=list)
    # Words before a decade's year: "la década de 1990", "les années 90", "de jaren '90".
    decade_words: list[str] = Field(default_factory=list)
    # Numeric dates write the day first ("1/10" is 1 October); words before a bare "22/04" that make it a date.
    day_first: bool = False
    # Relative words that name the nearest weekday, not last or next week's: "aanstaande vrijdag", "afgelopen woensdag".
    nearest_weekday_words: list[str] = Field(default_factory=list)
    numeric_context: list[str] = Field(default_factory=list)


class LexiconFile(LexiconTable):
    """One `rules/knowledge/lexicon/*.yml` file: any of the sections, all optional."""

    numbers: NumberWords = Field(default_factory=NumberWords)
    chinese: ChineseNumerals = Field(default_factory=ChineseNumerals)
    currencies: dict[str, Currency] = Field(default_factory=dict)
    minor_units: dict[str, float] = Field(default_factory=dict)
    ambiguous_symbols: dict[str, AmbiguousSymbol] = Field(default_factory=dict)
    money_cues: list[str] = Field(default_factory=list)
    units: dict[str, Unit] = Field(default_factory=dict)
    cues: Cues = Field(default_factory=Cues)
    dates: DateWords = Field(default_factory=DateWords)
