"""The general forms of each language that its file's words feed: open bounds, ranges, offsets,
rolling windows, decades, day-first numeric dates, parts of a month, quarters, weeks; numbers with
"and a half", decimals and fractions in words, thousands of millions; comparisons in ranges.

Every case reads its words from rules/knowledge/lang/<code>.yml; the Italian cases use a file that
was added as data only, so they also protect that a new language needs no code. The sentences are
our own; none is taken from a benchmark.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.knowledge.paths import builtin_rules_dir
from factcheck.models import Kind, Mention, Qualifier
from factcheck.values import Lexicon, find_mentions
from factcheck.values.calendar import easter
from factcheck.values.mentions import find_numbers_in

PUB = date(2025, 6, 12)  # a Thursday


def lexicon(language: str | None) -> Lexicon:
    return Lexicon.load([builtin_rules_dir()], language=language)


def dates(text: str, language: str | None) -> list[Mention]:
    return [m for m in find_mentions(text, lexicon(language), published=PUB) if m.kind in (Kind.DATE, Kind.PERIOD)]


def one_date(text: str, language: str | None) -> tuple[date | None, date | None]:
    found = dates(text, language)
    assert len(found) == 1, [m.text for m in found]
    return found[0].date_start, found[0].date_end


D = date


@pytest.mark.parametrize(
    "language, text, start, end",
    [
        # open bounds: before ends where the date starts, after starts where it ends
        ("es", "Las ventas cayeron antes de 2010.", None, D(2010, 1, 1)),
        ("es", "Subieron después de marzo de 2018.", D(2018, 4, 1), None),
        ("fr", "Le chantier reprendra après 2026.", D(2027, 1, 1), None),
        ("nl", "Het kabinet viel na 2018 niet meer.", D(2019, 1, 1), None),
        ("de", "Die Firma gehört seit 2019 zum Konzern.", D(2019, 1, 1), None),
        ("pt", "O contrato vale desde agosto de 2021.", D(2021, 8, 1), None),
        ("it", "Il ponte fu chiuso prima del 2010.", None, D(2010, 1, 1)),
        ("es", "Solo cuentan las cifras de 2012 o posterior.", D(2012, 1, 1), None),
        # two dates joined into one period, the last one included
        ("es", "El plan cubre de 2014 a 2018.", D(2014, 1, 1), D(2019, 1, 1)),
        ("es", "Hubo huelgas entre 2007 y 2009.", D(2007, 1, 1), D(2010, 1, 1)),
        ("de", "Er war vom 12. Januar 2016 bis zum 22.01.2016 im Amt.", D(2016, 1, 12), D(2016, 1, 23)),
        ("nl", "De bouw duurde van maart tot mei 2024.", D(2024, 3, 1), D(2024, 6, 1)),
        ("nl", "Het festival is tussen 2014 en 2018 gehouden.", D(2014, 1, 1), D(2019, 1, 1)),
        ("fr", "La grève a duré du 3 au 12 septembre 2024.", D(2024, 9, 3), D(2024, 9, 13)),
        ("pt", "A feira vai de 1 a 7 de maio de 2026.", D(2026, 5, 1), D(2026, 5, 8)),
        ("it", "La mostra va dal 2014 al 2018.", D(2014, 1, 1), D(2019, 1, 1)),
        ("it", "Chiuso tra il 3 e il 12 settembre 2024.", D(2024, 9, 3), D(2024, 9, 13)),
        # offsets from the published day: the word before the count, after the unit, or "in"
        ("es", "La empresa quebró hace dos años.", D(2023, 6, 12), D(2023, 6, 13)),
        ("fr", "Il a démissionné il y a 3 mois.", D(2025, 3, 12), D(2025, 3, 13)),
        ("de", "Das Werk schloss vor zwei Jahren.", D(2023, 6, 12), D(2023, 6, 13)),
        ("nl", "De fusie werd drie jaar geleden gesloten.", D(2022, 6, 12), D(2022, 6, 13)),
        ("pt", "A loja abriu dois meses atrás.", D(2025, 4, 12), D(2025, 4, 13)),
        ("it", "La legge passò tre anni fa.", D(2022, 6, 12), D(2022, 6, 13)),
        ("fr", "Le vote aura lieu dans 2 semaines.", D(2025, 6, 26), D(2025, 6, 27)),
        ("nl", "De uitspraak volgt over twee weken.", D(2025, 6, 26), D(2025, 6, 27)),
        ("es", "La obra terminará dentro de 9 meses.", D(2025, 6, 12), D(2026, 3, 12)),
        ("nl", "Vijf dagen na vandaag sluit de inschrijving.", D(2025, 6, 17), D(2025, 6, 18)),
        # rolling windows with the language's relative words before or after the count or unit
        ("es", "Creció en los últimos tres años.", D(2022, 6, 12), D(2025, 6, 12)),
        ("de", "Die Preise stiegen in den letzten 5 Jahren.", D(2020, 6, 12), D(2025, 6, 12)),
        ("fr", "Le chômage a baissé au cours des dix derniers mois.", D(2024, 8, 12), D(2025, 6, 12)),
        ("nl", "Het aantal steeg in de afgelopen 5 jaren.", D(2020, 6, 12), D(2025, 6, 12)),
        ("pt", "Caiu nos 5 anos passados.", D(2020, 6, 12), D(2025, 6, 12)),
        ("it", "È cresciuto negli ultimi tre anni.", D(2022, 6, 12), D(2025, 6, 12)),
        # decades, quarters, halves, weeks and parts of a month in the language's words
        ("es", "Ocurrió en la década de 1990.", D(1990, 1, 1), D(2000, 1, 1)),
        ("fr", "C'était dans les années 80.", D(1980, 1, 1), D(1990, 1, 1)),
        ("it", "Succedeva negli anni 90.", D(1990, 1, 1), D(2000, 1, 1)),
        ("es", "En la década de los noventa la deuda creció.", D(1990, 1, 1), D(2000, 1, 1)),
        ("nl", "Dat was in de jaren negentig gewoon.", D(1990, 1, 1), D(2000, 1, 1)),
        ("es", "Las ventas subieron en el primer trimestre de 2017.", D(2017, 1, 1), D(2017, 4, 1)),
        ("es", "El beneficio de 2019-T1 fue menor.", D(2019, 1, 1), D(2019, 4, 1)),
        ("fr", "Le chiffre du S2 2020 est en baisse.", D(2020, 7, 1), D(2021, 1, 1)),
        ("pt", "A meta vale para o 3º trimestre 2019.", D(2019, 7, 1), D(2019, 10, 1)),
        ("nl", "Het gebeurde in de laatste week van 2016.", D(2016, 12, 26), D(2017, 1, 2)),
        ("es", "Firmaron a mediados de noviembre de 2024.", D(2024, 11, 10), D(2024, 11, 21)),
        ("de", "Ab Ende 1989 gehörte das Werk zum Konzern.", D(1989, 9, 1), None),
        ("it", "Riapre a metà novembre 2024.", D(2024, 11, 10), D(2024, 11, 21)),
        ("pt", "O movimento de maio de 68 mudou a cidade.", D(1968, 5, 1), D(1968, 6, 1)),
        # numeric dates are day first where the language writes them so
        ("es", "El pago vence el 1/10/2018.", D(2018, 10, 1), D(2018, 10, 2)),
        ("de", "Ich komme am 22.04. zurück.", D(2025, 4, 22), D(2025, 4, 23)),
        ("it", "La consegna è il 5/10/2018.", D(2018, 10, 5), D(2018, 10, 6)),
        # fixed holidays and the nearest weekday where the word says so
        ("de", "Wir treffen uns an Allerheiligen 2023.", D(2023, 11, 1), D(2023, 11, 2)),
        ("nl", "Op Koningsdag 2024 was het druk.", D(2024, 4, 27), D(2024, 4, 28)),
        ("nl", "Het gebeurde afgelopen woensdag.", D(2025, 6, 11), D(2025, 6, 12)),
        ("es", "Se reunieron el martes pasado.", D(2025, 6, 3), D(2025, 6, 4)),
        # the language's of-words, quarter words after a year, "or later" that begins like "or more"
        ("fr", "Le rapport couvre la dernière semaine de décembre 2023.", D(2023, 12, 25), D(2024, 1, 1)),
        ("fr", "Les ventes ont bondi au 2024-trimestre2.", D(2024, 4, 1), D(2024, 7, 1)),
        ("fr", "Les comptes du 2019 trimestre 3 sont publiés.", D(2019, 7, 1), D(2019, 10, 1)),
        ("fr", "Le projet sera livré en 2027 ou plus tard.", D(2027, 1, 1), None),
        ("fr", "Il est rentré il ya 2 jours.", D(2025, 6, 10), D(2025, 6, 11)),
        ("fr", "Elle est partie la semaine derniere.", D(2025, 6, 2), D(2025, 6, 9)),
        # short month names English finds ambiguous, after the language's own date words
        ("nl", "De werken lopen van sep tot nov 2024.", D(2024, 9, 1), D(2024, 12, 1)),
        ("de", "Die Messe läuft von Sep bis Nov 2024.", D(2024, 9, 1), D(2024, 12, 1)),
        ("nl", "Wat vind je van jaar 2016 en hoger", D(2016, 1, 1), None),
        # centuries in the language's ordinal digits and century word
        ("nl", "Het kasteel stamt uit de 15e eeuw.", D(1400, 1, 1), D(1500, 1, 1)),
        ("fr", "Le pont date du 19e siècle.", D(1800, 1, 1), D(1900, 1, 1)),
        ("de", "Die Kirche stammt aus dem 12. Jahrhundert.", D(1100, 1, 1), D(1200, 1, 1)),
    ],
)
def test_date_forms_of_each_language(language, text, start, end):
    """One date or period with the value the language's words give it."""
    assert one_date(text, language) == (start, end)


def test_a_bound_after_a_date_keeps_its_qualifier():
    """"antes de 2010" is an upper bound, "después de 2018" a lower one."""
    before, after = dates("antes de 2010 o después de 2018", "es")
    assert (before.qualifier, after.qualifier) == (Qualifier.UPPER_BOUND, Qualifier.LOWER_BOUND)


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("We will be only 3 next week.", D(2025, 6, 16), D(2025, 6, 23)),
        ("Sales in the last 3 weeks of 2021 fell.", D(2021, 12, 11), D(2022, 1, 1)),
    ],
)
def test_english_keeps_its_own_reading(text, start, end):
    """The language forms do not take over English: a count before "next week" is not a window,
    "the last 3 weeks of 2021" stays the end of that year."""
    assert one_date(text, None) == (start, end)


@pytest.mark.parametrize(
    "language, text, value",
    [
        ("es", "tres millones y medio", 3.5e6),
        ("es", "cinco y medio", 5.5),
        ("pt", "dois milhões e meio", 2.5e6),
        ("fr", "deux millions et demi", 2.5e6),
        ("it", "tre milioni e mezzo", 3.5e6),
        ("de", "zweieinhalb Millionen", 2.5e6),
        ("de", "anderthalb Milliarden", 1.5e9),
        ("de", "ein halbes Dutzend", 6),
        ("nl", "tweeënhalf", 2.5),
        ("nl", "driekwart", 0.75),
        ("nl", "honderdenzes", 106),
        ("es", "siete con cincuenta", 7.5),
        ("es", "ciento tres con dos tercios", 103 + 2 / 3),
        ("es", "quinientos mil millones", 5e11),
        ("es", "tres billones cuatrocientos cincuenta y cinco mil doscientos millones", 3.4552e12),
        ("pt", "mil cento e dez", 1110),
        ("pt", "um sobre cento e vinte", 1 / 120),
        ("fr", "un demi-million", 5e5),
        ("es", "tres veintiunavos", 3 / 21),
        ("es", "dos millonésimas", 2e-6),
        ("es", "tres doscientosavos", 3 / 200),
        ("pt", "um vinte e um avos", 1 / 21),
        ("pt", "cento e trinta e dois cinco avos", 132 / 5),
        ("pt", "cento e trinta quintos", 130 / 5),
        ("fr", "cent et trois quarts", 100.75),
        ("fr", "trois sur quatre", 0.75),
        ("fr", "trois vingt-et-unième", 3 / 21),
        ("fr", "cent mille billionièmes", 1e-7),
        ("fr", "neuf cents", 900),
        ("fr", "trois mille six cents", 3600),
        ("fr", "5 mille 7 cents", 5700),
        ("fr", "huit crore et quatre cents", 80000400),
        ("fr", "trente et quatre septièmes", 30 + 4 / 7),
        ("fr", "quarante et un sixième", 40 + 1 / 6),
        ("fr", "quarante et un sixièmes", 41 / 6),
        ("fr", "deux trente sixièmes", 2 / 36),
        ("fr", "sept trente et unième", 7 / 31),
        ("fr", "demi", 0.5),
        ("fr", "moitié", 0.5),
        ("fr", "quart de milliard", 2.5e8),
        ("fr", "trois quarts de million", 7.5e5),
        ("en", "two thirty-fifths", 2 / 35),
        ("nl", "drie eenentwintigste", 3 / 21),
        ("nl", "een gros", 144),
        ("nl", "vijf miljard en driekwart", 5.75e9),
        ("nl", "1 op de 3", 1 / 3),
        ("fr", "trois virgule deux millions", 3.2e6),  # a scale after the decimals scales them all
        ("es", "tres coma dos millones", 3.2e6),
        ("en", "seven point five two billion", 7.52e9),
    ],
)
def test_numbers_in_words(language, text, value):
    """The whole phrase is one number with this value."""
    found = find_numbers_in(text, lexicon(language))
    assert [(s, e) for s, e, _ in found] == [(0, len(text))], found
    assert found[0][2] == pytest.approx(value)


@pytest.mark.parametrize(
    "language, text, value",
    [
        (None, "a change of -10 million", -1e7),
        ("fr", "un solde de -10 mille", -1e4),
        (None, "a change of -10", -10),
        (None, "COVID-19 million", None),  # a hyphen inside a name is no minus sign
    ],
)
def test_a_minus_sign_before_digits_and_a_scale_word_keeps_its_sign(language, text, value):
    """"-10 million" is minus ten million, as "-10" is minus ten."""
    found = [v for _, _, v in find_numbers_in(text, lexicon(language))]
    if value is None:
        assert all(v > 0 for v in found), found
    else:
        assert found[-1] == pytest.approx(value)


@pytest.mark.parametrize(
    "language, text, value, unit",
    [
        (None, "He was paid £2million last year.", 2e6, "GBP"),
        (None, "a $5billion deal", 5e9, "USD"),
        ("fr", "un budget de 3milliards d'euros", 3e9, "EUR"),
        (None, "Rovers land their striker in £50MILLION swoop", 5e7, "GBP"),
        ("pt", "mais 9 milhões de euros em bônus", 9e6, "EUR"),
        ("es", "una multa de 5 millones de euros", 5e6, "EUR"),
    ],
)
def test_a_scale_word_glued_to_the_digits_scales_them(language, text, value, unit):
    """"£2million" and a headline's "£50MILLION" are millions of pounds, not two or fifty (a value a million
    times too small); "9 milhões de euros" is nine million, not the vague "millions of" its last words spell."""
    found = [m for m in find_mentions(text, lexicon(language), published=PUB) if m.kind in (Kind.MONEY, Kind.NUMBER)]
    assert [(m.low, m.unit) for m in found] == [(value, unit)]


@pytest.mark.parametrize(
    "text, value, unit, per",
    [
        ("Rovers signed the winger for £52m.", 52e6, "GBP", None),
        ("The startup raised $3.5m in seed money.", 3.5e6, "USD", None),
        ("They paid €18m up front.", 18e6, "EUR", None),
        ("The group raised US$4 bil last year.", 4e9, "USD", None),
        ("Cloth sells at £5 per m.", 5, "GBP", "m"),
        ("The sea wall is 52m high.", 52, "metre", None),
    ],
    ids=["pounds", "dollars", "euros", "bil spaced", "a price per metre stays one", "a length stays a length"],
)
def test_a_lowercase_m_after_money_is_millions(text, value, unit, per):
    """"£52m" is 52 million pounds, as papers print fees and rounds, not 52 pounds a metre; a length
    with no currency, or a price written "per m", keeps its unit."""
    found = [m for m in find_mentions(text, lexicon(None), published=PUB) if m.kind in (Kind.MONEY, Kind.NUMBER, Kind.QUANTITY)]
    assert [(m.low, m.unit) for m in found] == [(value, unit)]
    assert found[0].per == per


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Le billet coûte deux cents euros.", 200, "EUR"),
        ("Le ticket a baissé de 40 cents.", 40, "cent"),
        ("Il paie onze euros et soixante-cinq cents.", 11.65, "EUR"),
    ],
)
def test_french_cents_are_hundreds_after_a_small_number_word_and_a_coin_otherwise(text, value, unit):
    """"deux cents" is 200; digits or a compound before "cents" make a coin, as a price writes it."""
    found = [m for m in find_mentions(text, lexicon("fr")) if m.kind == Kind.MONEY]
    assert [(m.low, m.unit) for m in found] == [(pytest.approx(value), unit)], found


@pytest.mark.parametrize(
    "language, text, values",
    [
        ("fr", "huit sur cinq", [8, 5]),
        ("fr", "vingt et trois", [20, 3]),
        ("fr", "une douzaine de millions", [12]),
        ("fr", "un prêt de 1000 euros sur 3 ans", [1000, 3]),  # "un" is the article (see article_units)
        ("en", "2000 over 3", [2000 / 3]),
    ],
)
def test_out_of_is_a_share_only_when_the_first_number_is_not_the_larger(language, text, values):
    """French "sur" is "out of" ("trois sur quatre" is 3/4): a larger first number makes two numbers,
    and English "over" keeps dividing."""
    assert [v for _, _, v in find_numbers_in(text, lexicon(language))] == pytest.approx(values)


@pytest.mark.parametrize(
    "text, value",
    [
        ("seven point five two", 7.52),
        ("one and a half", 1.5),
        ("2 thousand 5 million", 2005),  # not two thousand and five million read as one
    ],
)
def test_english_number_words_keep_their_reading(text, value):
    """Digits after "point" are still read one by one in English."""
    assert find_numbers_in(text, lexicon(None))[0][2] == pytest.approx(value)


@pytest.mark.parametrize(
    "text, figures",
    [
        ("The tour grossed $1.04 billion over 146 shows.", [("$1.04 billion", 1.04e9, 1.04e9), ("146 shows", 146, 146)]),
        ("a fee of $5 million over five years", [("$5 million", 5e6, 5e6), ("five years", 5, 5)]),
        ("Acme has over 200 staff", [("over 200 staff", 200, None)]),
        ("a fine of $2 million under 3 statutes", [("$2 million", 2e6, 2e6), ("3 statutes", 3, 3)]),
        ("one over 120", [("one over 120", 1 / 120, 1 / 120)]),
        ("The band sold 2,310,400 tickets over 96 shows.", [("2,310,400 tickets", 2310400, 2310400), ("96 shows", 96, 96)]),
        ("Reed scored 14 goals over 29 matches.", [("14 goals", 14, 14), ("29 matches", 29, 29)]),
        ("Acme hired staff over 50 years old", [("over 50 years", 50, None)]),
    ],
    ids=["a total over the shows it was earned across", "a fee over the years it is paid across", "over a count is a bound",
         "under after an amount is no bound either",
         "a fraction in words", "a count over the shows it was sold across", "goals over the matches they were scored in",
         "over after a word is a bound"],
)
def test_over_after_an_amount_is_across_not_more_than(text, figures):
    """"$1.04 billion over 146 shows" is the tour's total and its count of shows: not $7.1 million a show (a
    fraction), and not "more than 146" shows; "over 200 staff" alone is a bound, "one over 120" a fraction."""
    found = [(m.text, m.low, m.high) for m in find_mentions(text, lexicon(None), published=PUB)]
    assert found == [(t, pytest.approx(lo) if lo else lo, pytest.approx(hi) if hi else hi) for t, lo, hi in figures]


@pytest.mark.parametrize(
    "language, text, bounds",
    [
        ("fr", "plus grand que 10 et plus petit que 20", [(10, 20)]),
        ("pt", "mais alta que 1000 e mais baixa que 1500", [(1000, 1500)]),
        ("pt", "maiores que 30", [(30, None)]),
        ("es", "inferiores a 10", [(None, 10)]),
        ("pt", "igual a 5000 ou menor", [(None, 5000)]),
        ("it", "più di 40 ma meno di 60", [(40, 60)]),
        ("es", "Llegaron 200 o más personas de la región.", [(200, None)]),
        ("es", "hay 100 como máximo", [(None, 100)]),
    ],
)
def test_comparisons_in_the_language(language, text, bounds):
    """A trailing "et plus"/"e mais" that opens the next comparison is left to it, so both bounds meet."""
    found = [m for m in find_mentions(text, lexicon(language)) if m.kind == Kind.NUMBER]
    assert [(m.low, m.high) for m in found] == bounds


@pytest.mark.parametrize(
    "language, text",
    [
        ("nl", "Een ton aan guldens een waarde geven."),
        ("pt", "Contei os dólares milhares de vezes."),
    ],
)
def test_a_currency_name_before_a_number_in_words_is_not_its_currency(language, text):
    """"guldens een waarde": the article after a currency's name is not an amount of that currency."""
    assert [m.text for m in find_mentions(text, lexicon(language)) if m.kind == Kind.MONEY] == []


def test_a_currency_name_before_digits_still_is():
    """"dollar 22.5 million" (a name, then digits) keeps its currency."""
    assert [(m.unit, m.low) for m in find_mentions("dollar 22.5 million", lexicon(None)) if m.kind == Kind.MONEY] == [("USD", 22.5e6)]


@pytest.mark.parametrize(
    "language, text, day",
    [
        ("de", "Pfingsten 2022 blieb das Werk zu.", D(2022, 6, 5)),
        ("fr", "Le magasin ferme le lundi de Pâques 2024.", D(2024, 4, 1)),
        ("es", "Viernes santo de 2019 hubo procesiones.", D(2019, 4, 19)),
        ("nl", "Met Pasen is de winkel dicht.", D(2025, 4, 20)),
        ("it", "La Pasqua 2016 fu presto.", D(2016, 3, 27)),
    ],
)
def test_movable_feasts_count_from_easter(language, text, day):
    """A feast of the language's `easter_days` is that many days from Easter Sunday of its year
    (or of the published year)."""
    assert one_date(text, language) == (day, day + (D(2000, 1, 2) - D(2000, 1, 1)))


@settings(max_examples=200, deadline=None)
@given(year=st.integers(min_value=1583, max_value=4099))
def test_easter_is_a_sunday_in_its_window(year):
    """Gregorian Easter is a Sunday between 22 March and 25 April."""
    day = easter(year)
    assert day.weekday() == 6 and D(year, 3, 22) <= day <= D(year, 4, 25)


@pytest.mark.parametrize(
    "language, text, day",
    [
        ("pt", "Vamos nos ver na qua ou na sexta?", D(2025, 6, 11)),
        ("es", "Nos vemos el miérc. a las diez.", D(2025, 6, 11)),
    ],
)
def test_short_weekday_names_the_language_lists(language, text, day):
    """Weekday names of three letters are read only where the language lists them as safe; an
    abbreviation may carry its dot."""
    assert day in [m.date_start for m in dates(text, language)]


def test_a_full_weekday_name_leaves_the_full_stop():
    assert [m.text for m in dates("We met on Friday.", None)] == ["Friday"]


@pytest.mark.parametrize(
    "language, text, day",
    [
        ("es", "Volvió el diez de octubre de 2018.", D(2018, 10, 10)),
        ("es", "Firmaron el 1er de octubre de 2020.", D(2020, 10, 1)),
        ("nl", "Het akkoord kwam op negenentwintig mei 2019.", D(2019, 5, 29)),
        ("de", "Er kam am zweiten Mai 2021.", D(2021, 5, 2)),
        ("pt", "Chegou no segundo de agosto de 2017.", D(2017, 8, 2)),
    ],
)
def test_days_of_the_month_in_words(language, text, day):
    """A day written in the language's number or ordinal words before its month."""
    assert one_date(text, language)[0] == day


@pytest.mark.parametrize(
    "language, text",
    [
        ("fr", "Le chômage est passé de 8 à 9 pour cent."),
        ("it", "Il fatturato è salito da 10 a 20 milioni di euro."),
        ("es", "El paro subió de 8 a 9 por ciento."),
    ],
)
def test_a_change_from_one_value_to_another_is_not_a_range(language, text):
    """After a verb of change ("passé", "salito", "subió") "de X à Y" is two values, not one range."""
    assert all(m.qualifier != Qualifier.RANGE for m in find_mentions(text, lexicon(language)))


@pytest.mark.parametrize(
    "language, word",
    [("es", "centavos"), ("es", "octavo"), ("es", "bravo"), ("pt", "oitavo"), ("fr", "vingtième"), ("nl", "laatste"), ("nl", "eerste")],
)
def test_a_word_that_only_ends_like_a_denominator_is_not_a_number(language, word):
    """The stem before "-avo" must read as a number of the language: "cent-avos" is a coin, "oct-avo" an ordinal."""
    assert find_numbers_in(f"el {word} de hoy", lexicon(language)) == []  # a lone ordinal is not an amount


def test_digits_and_a_scale_end_before_a_number_in_words():
    """"120 milioni due anni fa": the amount is 120 million, "due anni fa" a date, not 120,000,002."""
    found = find_mentions("Il club ha pagato 120 milioni due anni fa.", lexicon("it"), published=PUB)
    assert [(m.kind, m.low) for m in found] == [(Kind.NUMBER, 120e6), (Kind.DATE, None)]
    assert found[1].date_start == D(2023, 6, 12)


@pytest.mark.parametrize(
    "language, text, values",
    [
        ("fr", "un cent cinquième", [1 / 105]),
        ("fr", "cent cinq", [105]),
        ("fr", "trois cent un", [301]),
        ("fr", "un million cent mille", [1_100_000]),
        ("fr", "deux cents", [200]),
        ("en", "one hundred", [100]),
    ],
)
def test_a_hundred_that_one_never_multiplies(language, text, values):
    """French writes "cent", never "un cent" (hundreds_without_one): after "un" the hundred starts an ordinal
    denominator ("un cent cinquième" is one hundred-and-fifth); English "one hundred" stays 100."""
    assert [v for _, _, v in find_numbers_in(text, lexicon(language))] == pytest.approx(values)


@pytest.mark.parametrize(
    "language, text, values",
    [
        ("fr", "Le sentier fait 4,5km.", []),
        ("fr", "Le sentier fait 4,5 km.", [4.5]),
        ("fr", "la bouteille de 75cl", []),
        (None, "pour 250ml of milk", []),
        (None, "a .5mg dose", []),
        (None, "a 5% rise", [5]),
        ("fr", "le budget de 3milliards", [3e9]),
    ],
)
def test_digits_glued_to_a_unit_of_measure_are_no_plain_number(language, text, values):
    """A plain number recognizer reads "4,5km" as a measurement, not the number 4.5 (find_numbers_in);
    a space before the unit, a percent sign or a glued scale word leave a number."""
    assert [v for _, _, v in find_numbers_in(text, lexicon(language))] == pytest.approx(values)


def test_digits_glued_to_a_unit_are_still_a_quantity_mention():
    """The number view drops "4,5km"; the mentions still read it as 4.5 kilometres."""
    found = find_mentions("Le sentier fait 4,5km.", lexicon("fr"))
    assert [(m.kind, m.low, m.unit) for m in found] == [(Kind.QUANTITY, 4.5, "kilometre")]


@pytest.mark.parametrize(
    "language, text, values",
    [
        ("fr", "Il a signé un contrat.", []),
        ("fr", "Une femme et un homme attendent.", []),
        ("fr", "Le club recrute un/une comptable.", []),  # both genders of the article
        ("fr", "un/deux", [1, 2]),
        ("fr", "Au moins un blessé.", [1]),  # after a bound it counts
        ("fr", "Il y a eu plus d'un blessé.", [1]),
        ("fr", "Il n'en reste qu'un.", [1]),  # a pronoun ending the clause is the number
        ("fr", "vingt et un", [21]),
        ("fr", "un sur trois", [1 / 3]),
        ("fr", "négatif un", [-1]),
        ("fr", "un million d'habitants", [1e6]),
        ("fr", "un et demi", [1.5]),
        (None, "one contract", [1]),
    ],
)
def test_a_french_article_alone_is_not_the_number_one(language, text, values):
    """"un"/"une" before a word or paired with the other gender ("un/une") is the article "a"
    (article_units), no number; inside a number, after a bound or as a pronoun it is one. English "one"
    is never an article."""
    assert [v for _, _, v in find_numbers_in(text, lexicon(language))] == pytest.approx(values)


@pytest.mark.parametrize(
    "text, values, bounds",
    [
        ("Au moins 12 morts.", [12], [(12, None)]),
        ("Le séisme a fait au moins cinq blessés.", [5], [(5, None)]),
        ("Il a levé au moins 2,5 millions.", [2.5e6], [(2.5e6, None)]),
        ("Il fait moins 5 degrés.", [-5], None),
        ("La température tombe à moins vingt.", [-20], None),
    ],
)
def test_french_au_moins_is_a_bound_not_a_minus_sign(text, values, bounds):
    """"moins" is "minus", but "au moins 12" is "at least 12": the qualifier's last word is no sign."""
    lex = lexicon("fr")
    assert [v for _, _, v in find_numbers_in(text, lex)] == pytest.approx(values)
    if bounds is not None:
        assert [(m.low, m.high) for m in find_mentions(text, lex) if m.kind == Kind.NUMBER] == bounds


@pytest.mark.parametrize(
    "language, text, values",
    [
        ("fr", "vingt-et-un", [21]),
        ("fr", "trente-et-une voix", [31]),
        ("fr", "cent-vingt-trois", [123]),
        ("fr", "deux-mille-vingt-six", [2026]),
        ("fr", "mille-deux-cents", [1200]),
        ("fr", "trois-cent-mille", [300_000]),
        ("fr", "cinq-six ans", [5, 6]),  # two numbers that cannot make one stay two
        ("fr", "les 20-25 ans", [20, 25]),  # digits keep the hyphen of a range
        ("es", "treinta y cinco", [35]),
        (None, "a one-two punch", [1, 2]),  # English hyphenates only "forty-two"
    ],
)
def test_french_numbers_may_join_every_word_by_hyphens(language, text, values):
    """The 1990 spelling hyphenates every word of a French number (hyphenated_numbers), "et" too:
    "deux-mille-vingt-et-un" is one number, as "deux mille vingt et un"."""
    assert [v for _, _, v in find_numbers_in(text, lexicon(language))] == pytest.approx(values)


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("La ville compte plus d'un million d'habitants.", Qualifier.LOWER_BOUND),
        ("Moins d’un million de visiteurs sont venus.", Qualifier.UPPER_BOUND),
        ("Le séisme a fait plus d'onze mille morts.", Qualifier.LOWER_BOUND),
        ("Le projet coûte près d'un milliard.", Qualifier.APPROXIMATE),
        ("Le projet coûte un milliard.", Qualifier.EXACT),
        ("Plus de la moitié des salariés ont voté.", Qualifier.LOWER_BOUND),
        ("Moins de la moitié des inscrits ont voté.", Qualifier.UPPER_BOUND),
        ("La moitié des salariés ont voté.", Qualifier.EXACT),
    ],
)
def test_a_french_bound_keeps_its_qualifier_when_de_is_elided(text, qualifier):
    """"plus de" becomes "plus d'" before a vowel ("plus d'un million") and takes the article before a lone
    fraction ("plus de la moitié"): still a bound, not an exact amount."""
    found = [m for m in find_mentions(text, lexicon("fr")) if m.kind == Kind.NUMBER]
    assert [m.qualifier for m in found] == [qualifier]


@pytest.mark.parametrize(
    "language,text,phrase,value",
    [
        ("nl", "Zij tekent een contract voor drie jaar bij de club.", "drie jaar", 3),
        ("nl", "De renovatie duurde zes maanden.", "zes maanden", 6),
        ("de", "Er unterschreibt einen Vertrag bis 2030, also für fünf Jahre.", "fünf Jahre", 5),
        ("pt", "O zagueiro assinou contrato de quatro anos.", "quatro anos", 4),
    ],
)
def test_a_length_of_time_in_the_language_is_a_duration(language, text, phrase, value):
    """"voor drie jaar", "quatro anos": a number and the language's word for a unit of time measure how long,
    as "three years" does in English (a contract's length compared across outlets in several languages)."""
    found = [m for m in find_mentions(text, lexicon(language), published=PUB) if m.kind == Kind.DURATION]
    assert [(m.text, m.low) for m in found] == [(phrase, value)]


@pytest.mark.parametrize(
    "language,text,start",
    [
        ("nl", "Hij vertrok twee jaar geleden.", date(2023, 6, 12)),
        ("pt", "Ele saiu há dois anos.", date(2023, 6, 12)),
    ],
)
def test_a_length_of_time_with_an_offset_word_stays_a_date(language, text, start):
    """"twee jaar geleden" is a day two years back, not a duration, with the units added."""
    assert one_date(text, language)[0] == start
