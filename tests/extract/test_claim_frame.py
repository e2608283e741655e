"""The typed claim frame: links are claim references, sets are typed, unset fields stay out of JSON."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from factcheck.api import scan_texts
from factcheck.models import Claim, ClaimFrame, ClaimRef, GroupName, Place, Qualifier, Role


def claim_of(toolkit, text: str, figure: str) -> Claim:
    """The claim one article of `text` makes with the figure written `figure`."""
    return next(c for c in scan_texts({"a.md": text}, toolkit).claims if c.text == figure)


@pytest.mark.parametrize(
    "text, figure, role, refers_to",
    [
        ("Acme is worth $2 billion (approximately 140 billion RMB).", "approximately 140 billion RMB", Role.CONVERSION, "$2 billion"),
        ("Acme built 2,432 stations, of which 804 are on highways.", "804", Role.PART, "2,432 stations"),
        ("Training cost $5.58M vs industry standard $100M+.", "$100M+", Role.COMPARISON, None),
    ],
    ids=["conversion", "part", "comparison"],
)
def test_a_role_links_to_the_claim_it_restates_or_belongs_to(toolkit, text, figure, role, refers_to):
    claims = scan_texts({"a.md": text}, toolkit).claims
    claim = next(c for c in claims if c.text == figure)
    assert claim.frame.role == role
    linked = next((c.text for c in claims if claim.frame.refers_to and c.id == claim.frame.refers_to.id), None)
    assert linked == refers_to


def test_probabilities_on_one_line_share_a_place(toolkit):
    text = "# Acme\n\n- **Survival probability**: 50% independent success, 50% acquisition within 2-3 years\n"
    claims = scan_texts({"a.md": text}, toolkit).claims
    places = {c.frame.place for c in claims if c.kind.value == "percent"}
    assert len(places) == 1 and next(iter(places)).kind == "line"


@pytest.mark.parametrize(
    "frame, json",
    [
        (ClaimFrame(), "{}"),
        (ClaimFrame(role=Role.PART, refers_to=ClaimRef(id="c:1")), '{"role":"part","refers_to":{"id":"c:1"}}'),
        (ClaimFrame(place=Place(kind="under", start=0, level=2)), '{"place":{"kind":"under","start":0,"level":2}}'),
        (
            ClaimFrame(group=GroupName(words=("tiger",), head="tiger", members=("A", "B"), members_complete=True)),
            '{"group":{"words":["tiger"],"head":"tiger","members":["A","B"],"members_complete":true}}',
        ),
    ],
    ids=["empty", "part of", "place", "group"],
)
def test_frame_json_leaves_out_unset_fields_and_reads_back(frame, json):
    assert frame.model_dump_json() == json
    assert ClaimFrame.model_validate_json(json) == frame


@pytest.mark.parametrize(
    "data", [{"facet": "x"}, {"members_complete": "yes"}, {"entity_at": "twelve"}, {"role": "halfway"}], ids=str
)
def test_frame_rejects_untyped_or_unknown_fields(data):
    with pytest.raises(ValidationError):
        ClaimFrame.model_validate(data)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("First published: June 3, 2021 10:02 AM\n\nThe storm killed 12 people.", "June 3, 2021"),
        ("Originally published 06/03/2021\n\nThe storm killed 12 people.", "06/03/2021"),
        ("Voting closes at 1300 GMT, officials said.", "1300 GMT"),
    ],
    ids=["first published line", "originally published line", "a clock time in GMT"],
)
def test_the_page_dating_itself_and_clock_times_are_not_claims(toolkit, text, figure):
    claims = scan_texts({"a.md": text}, toolkit).claims
    assert figure not in {c.text for c in claims}


@pytest.mark.parametrize(
    "text, figure, dated",
    [
        ("The firm targets 10 billion yuan in revenue for 2025.", "2025", False),
        ("The firm was founded in 2015 in a small office.", "2015", True),
    ],
    ids=["the year a figure holds for", "the year of an event"],
)
def test_a_date_beside_an_amount_scopes_it_and_is_no_event_date(toolkit, text, figure, dated):
    claim = claim_of(toolkit, text, figure)
    assert (claim.frame.quantity is not None and claim.frame.quantity.startswith("date_of")) is dated


@pytest.mark.parametrize(
    "text, figure, holder",
    [
        ("The trial of 16-year-old Sam Reed opened on Monday.", "16-year", "Sam Reed"),
        ("Prosecutors said the then 15-year-old Sam Reed fired the shot.", "15-year", None),
        ("The law treats any under-17-year-old Sam Reed meets as a minor.", "17-year", None),
        ("Rovers agreed a fee for midfielder Dario Vell. The 23-year-old will fly in on Monday.", "23-year", "Dario Vell"),
        ("Dario Vell is a Rovers player. The 23-year-old will fly in on Monday.", "23-year", "Dario Vell"),
        ("Sam Reed was jailed for his assault on the 12-year-old.", "12-year", None),
        ("Police arrested Sam Reed. A 12-year-old was taken to hospital.", "12-year", None),
        ("Rovers finally landed Dario Vell. The 23-year-old winger, whose pace stood out, signed on Monday.", "23-year", "Dario Vell"),
        ("Officers named the victim as Ann Pike, 41. The 29-year-old suspect was held overnight.", "29-year", "suspect"),
        ("Rovers confirmed the arrival of keeper Ivo Brandt from Castlemoor for £9m. The 27-year-old signed on Monday.", "27-year", "Ivo Brandt"),
        ("Almada striker Tomas Vell has joined Northgate Rovers. The 25-year-old has agreed terms.", "25-year", "Tomas Vell"),
        ("Ivo Brandt lost the title on Saturday. The 31-year-old champion Rami Osk floored him in the fifth.", "31-year", "champion"),
        ("Ada Brenn, a 30-year-old nurse at the clinic, said she was worried.", "30-year", "Ada Brenn"),
        ("The clinic hired two nurses, a 30-year-old nurse and a porter.", "30-year", "nurse"),
        ("The older leader of the Harbour Valley Church of Saint Marel was charged after taking a 12-year old girl and "
         "a 15-year girl as brides.", "15-year", None),
    ],
    ids=["an age now", "an age at another moment", "a legal limit", "'The 23-year-old' opening a sentence is the person just named",
         "past a name used as a modifier", "an age later in its sentence is someone else's", "an indefinite age is someone new",
         "'The 23-year-old winger' opening a sentence is the person just named too",
         "... unless the sentence before gives an age of its own: someone else",
         "past a name after a preposition (a club, a place)",
         "the name a role word introduces, not the club named nearer",
         "a name right after the described noun: not the person named before",
         "a description set beside a name is the named person's", "a description with no name beside it",
         "an organisation's name (organization_words) holds no age"],
)
def test_an_age_of_another_moment_or_a_limit_is_nobodys_age_now(toolkit, text, figure, holder):
    """"The 23-year-old will fly ..." opening a sentence stands for the person just named (a transfer story's
    player is told "the 23-year-old" in one outlet and "Vell, 24," in another); "his assault on the 12-year-old"
    and "a 12-year-old" are someone else, and "then 15-year-old" another moment."""
    claim = next(c for c in scan_texts({"a.md": text}, toolkit).claims if c.text.startswith(figure))
    assert claim.entity == holder


@pytest.mark.parametrize(
    "text, figure, attribute, entity",
    [
        ("Harbour League won 41 seats in the regional vote.", "41 seats", "seats", "Harbour League"),
        ("With every ballot counted, the Harbour League secured 41 seats.", "41 seats", "seats", "Harbour League"),
        ("While two rivals withdrew, the Harbour League secured 41 seats.", "41 seats", "seats", None),
        ("On Friday, the Harbour League won 41 seats.", "41 seats", "seats", None),
        ("DUNMORE, Valdoria (Wire) — The Harbour League won 41 seats.", "41 seats", "seats", "Harbour League"),
        ("Ada Brenn's Harbour League (HL) won 41 seats.", "41 seats", "seats", "Harbour League"),
        ("Ada Brenn's resurgent Harbour League won 41 seats.", "41 seats", "seats", "Harbour League"),
        ("DUNMORE, Dec 7 (Wire) - The Harbour League won 41 seats.", "41 seats", "seats", "Harbour League"),
        ("Harbour League candidates took 120,000 votes in the city.", "120,000 votes", "votes", "Harbour League"),
        ("The Harbour League came second with 33 seats.", "33 seats", "seats", "Harbour League"),
        ("Ada Brenn's Harbour League won 41 seats.", "41 seats", "seats", "Harbour League"),
        ("The Kestrel Hill fire, which began on 8 August near Dunmore, has burned 900 acres.", "8 August", None, None),
        ("| Party | Seats |\n|---|---|\n| Harbour League | 41 |\n", "41", "seats", "Harbour League"),
        ("Results\n\n| Party | Seats |\n|---|---|\n| Harbour League | 41 |\n| Others | 9 |\n", "9", "seats", "Others"),
        ("Its likely partner, the Harbour League, took 41 seats.", "41 seats", "seats", "Harbour League"),
        ("Its likely partner, the Harbour League, took 41 seats on 12.5%.", "12.5%", "votes", "Harbour League"),
        ("Ada Brenn's Harbour League (HL) won 41 seats with 30.2% of the vote.", "30.2%", "votes", "Harbour League"),
    ],
    ids=["seats won are no votes", "a name after an opening prepositional phrase",
         "a name after a subordinate clause is not taken", "nor after a phrase that dates the clause",
         "a name after a wire dateline", "a name, not its short form in brackets",
         "a possessor and a modifier before the name", "a name after a dated dateline", "votes stay votes",
         "a name after the opening article", "a name after a possessor", "not the day of an event",
         "a results table's column of seats", "a row a results table labels with no name",
         "a name between commas after a description",
         "the share the seats were won on", "a cue that says as much keeps the clause's subject"],
)
def test_seats_won_are_no_votes(toolkit, text, figure, attribute, entity):
    """Seats won in an election are their own quantity, about the party that opens the clause ("Harbour
    League won 41 seats"); read as votes (or as a venue's capacity) they met figures of another kind."""
    claim = claim_of(toolkit, text, figure)
    assert (claim.attribute if attribute else None, claim.entity) == (attribute, entity)


@pytest.mark.parametrize(
    "text, figure, attribute",
    [
        ("The Orrin-2 model has 40 billion parameters and was trained on 2,000 GPUs.", "2,000", "gpus"),
        ("Cellar and Leaf had 90 million and 12.5 million monthly active users.", "90 million", "monthly_active_users"),
        ("Orrin-2 cost about $9 million to train, its makers said.", "about $9 million", "training_cost"),
    ],
    ids=["an earlier figure's own noun is not this one's cue", "a noun shared by a list of figures",
         "what it cost to train"],
)
def test_a_cue_belongs_to_the_figure_it_is_written_with(toolkit, text, figure, attribute):
    """The noun written with one figure ("40 billion parameters") does not say what a later figure in the
    clause measures; a noun after a list of figures is shared by all of them."""
    claim = claim_of(toolkit, text, figure)
    assert claim.attribute == attribute


@pytest.mark.parametrize(
    "text, figure, entity",
    [
        ("Quillfeather raised $20 million. The Lisbon company was founded in 2017.", "2017", "Quillfeather"),
        ("Quillfeather raised $20 million. The Lisbon-based startup employs 210 people.", "210 people", "Quillfeather"),
        ("Quillfeather raised $20 million. The Harbour Group employs 90 people.", "90 people", "Harbour Group"),
    ],
    ids=["a city before 'company'", "a hyphenated place before 'startup'", "a name that ends in 'Group'"],
)
def test_a_name_that_only_says_where_the_company_is_is_not_its_subject(toolkit, text, figure, entity):
    """"The Lisbon company" is the company the article is about, not Lisbon: a founding year given to the
    city would never meet the company's founding year in another outlet."""
    claim = claim_of(toolkit, text, figure)
    assert claim.entity == entity

@pytest.mark.parametrize(
    "text, figure, entity",
    [
        ("[Ledgerline](/) / [Startups](/startups)\n\n# A new unicorn in freight\n\n## At a glance\n\n"
         "- **Headcount:** 210 employees\n", "210 employees", None),
        ("Harbour Courier > Business > Tech\n\n# A new unicorn in freight\n\n## At a glance\n\n"
         "- **Headcount:** 210 employees\n", "210 employees", None),
        ("# A new unicorn in freight\n\nSign up for the Ledgerline Money newsletter\n\n- **Headcount:** 210 employees\n",
         "210 employees", None),
        ("# Quillfeather raises $20 million\n\nSign up for the Ledgerline Money newsletter\n\n- **Headcount:** 210 employees\n",
         "210 employees", "Quillfeather"),
        ("DAILY LEDGER\n\nA new unicorn in freight\n\nBy Ann Lee\n\n- **Headcount:** 210 employees\n", "210 employees", None),
        ("Rovers said the fee could rise to £55 million if add-ons, linked to European qualification, are met.",
         "£55 million", "Rovers"),
        ("BREAKING NEWS LIVE: Quillfeather land a new backer, plus the latest\n\n- **Headcount:** 210 employees\n",
         "210 employees", "Quillfeather"),
        ("# Quillfeather raises $20 million\n\n![Ann Lee in the office](/media/2026/quillfeather-founders.jpg)\n\n"
         "- **Headcount:** 210 employees\n", "210 employees", "Quillfeather"),
        ("# Quillfeather raises $20 million\n\n*Quillfeather co-founders Ann Lee and Bo Park.*\n\n"
         "- **Headcount:** 210 employees\n", "210 employees", "Quillfeather"),
    ],
    ids=["a breadcrumb of links", "a breadcrumb of words", "a newsletter call", "the headline's name", "a masthead in capitals",
         "a people's adjective is no name", "a rubric shouted in common words is no name",
         "a name in lower case in a photo's path is still a name", "co-founders are no company suffix"],
)
def test_the_site_named_on_its_page_is_no_subject(toolkit, text, figure, entity):
    """A bullet with no name is about what the article's headline names, never about the site named in its
    breadcrumb trail or in a call to sign up for its newsletter (the site's name never meets the company's
    headcount in another outlet)."""
    assert claim_of(toolkit, text, figure).entity == entity



@pytest.mark.parametrize(
    "text, figure, attribute",
    [
        ("The Lantern Tour earned $96 million from 40 concerts.", "$96 million", "gross"),
        ("Her second film brought in $31 million in its first week.", "$31 million", "gross"),
        ("Corvel earned $2.1 billion last quarter, the filing showed.", "$2.1 billion", "net_income"),
        ("The Lantern Tour played 40 concerts.", "40 concerts", "performances"),
        ("Taylor Vey earned $5 million from the tour.", "$5 million", "net_income"),
        ("The deal is worth £60m, the club said.", "£60m", "price"),
        ("Corvel is now worth $2 billion, its investors said.", "$2 billion", "valuation"),
        ("Vell will earn a weekly wage of £180,000 at Rovers.", "£180,000", "compensation"),
        ("Rovers will pay £52m up front for Vell.", "£52m", "transfer_fee"),
        ("He will earn about £180,000 a week, according to reports.", "about £180,000 a week", "compensation"),
        ("Vell signed a five-year contract worth £200,000 a week.", "£200,000 a week", "compensation"),
        ("Rovers will pay £52m up front, with a further £8m in add-ons.", "£8m", "add_ons"),
        ("Rovers will pay £52m up front, with a further £8m in add-ons.", "£52m", "transfer_fee"),
        ("A transferência foi fechada por 60 milhões de euros, mais 9 milhões de euros em bônus.", "9 milhões de euros", "add_ons"),
        ("Congress provided $350 billion for small business loans.", "$350 billion", None),
        ("Rovers said the fee could rise to £55 million if add-ons worth up to £9 million are met.", "up to £9 million", "add_ons"),
        ("Rovers said the fee could rise to £55 million if add-ons worth up to £9 million are met.", "£55 million", "fee_ceiling"),
        ("The Kestrel fire was 25% contained on Tuesday, officials said.", "25%", "containment"),
        ("The Kestrel fire, which began in 2021, was 40% contained.", "40%", "containment"),
    ],
    ids=["a tour's earnings are its gross", "a film's takings are its gross", "a company's earnings stay income",
         "concerts counted", "a singer's earnings from a tour are no gross", "a deal's worth is its price",
         "a company's worth is its valuation", "a weekly wage", "paying a fee is the deal's price, no wage",
         "earning so much a week is pay", "a contract worth so much a week is pay", "add-ons are no fee",
         "the add-ons' words belong to the amount they follow", "add-ons in Portuguese",
         "an amount a verb no vocabulary knows governs measures nothing said", "add-ons' worth keeps its sense",
         "the words right before another amount are its own",
         "a fire's containment", "after the fire's start"],
)
def test_a_word_takes_the_sense_its_sentence_gives_it(toolkit, text, figure, attribute):
    """"Earned" measures a gross where the words before it speak of a tour or a film (`senses` in
    quantities.yml): read as income, a tour's $386 million never met another outlet's "grossed $412 million".
    "A weekly wage of £180,000" is pay, and so is any pay per week ("earn £180,000 a week"); "will pay £52m" the
    deal's price, and "£8m in add-ons" the add-ons, not the fee (the words after an amount are its own); "fired" shares its stem with "fire", and as a
    layoffs cue it made a wildfire's containment a count of layoffs."""
    assert claim_of(toolkit, text, figure).attribute == attribute


@pytest.mark.parametrize(
    "text, figure, attribute, entity",
    [
        ("Quillfeather's annual recurring revenue reached $38 million in October.", "$38 million", "recurring_revenue", "Quillfeather"),
        ("# Quillfeather raises $20 million\n\n- **ARR:** $38M, up from $11M a year earlier\n", "$38M", "recurring_revenue", "Quillfeather"),
        ("On revenue, Quillfeather is at around $30m in ARR, people said.", "around $30m", "recurring_revenue", "Quillfeather"),
        ("# Quillfeather sammelt Geld ein\n\nDie wiederkehrenden Jahresumsätze (ARR) von Quillfeather beliefen sich auf 38 Millionen Dollar.",
         "38 Millionen Dollar", "recurring_revenue", "Quillfeather"),
        ("Quillfeather booked revenue of $12 million last year.", "$12 million", "revenue", "Quillfeather"),
    ],
    ids=["annual recurring revenue", "an ARR label", "in ARR", "German, with ARR in brackets", "revenue stays revenue"],
)
def test_recurring_revenue_is_its_own_metric_and_arr_no_name(toolkit, text, figure, attribute, entity):
    """A subscription business's annual recurring revenue (ARR) is a run rate, not the revenue of a period: its own
    attribute, which "ARR", "annual recurring revenue" and German "wiederkehrende Jahresumsätze" all name. "ARR" in
    capitals is a metric, never the subject of the figures after it (`not_entities`)."""
    claim = claim_of(toolkit, text, figure)
    assert (claim.attribute, claim.entity) == (attribute, entity)


@pytest.mark.parametrize(
    "text, figure, attribute, quantity",
    [
        ("# Quillfeather raises $20 million\n\n- **Founded:** 2021\n", "2021", "founding_date", "date_of_founding"),
        ("Quillfeather was founded in 2021, the company said.", "2021", "founding_date", "date_of_founding"),
        ("# Quillfeather sammelt Geld ein\n\nDie 2019 gegründete Quillfeather entwickelt Software für Häfen.",
         "2019", "founding_date", None),
    ],
    ids=["a fact sheet's label", "founded in prose", "German"],
)
def test_a_founding_year_is_one_quantity_however_labelled(toolkit, text, figure, attribute, quantity):
    """"Founded: 2021" opening a fact sheet's line dates the founding as "founded in 2021" does: a capital that opens
    a line is no name (it read as "Founded", an open quantity of its own, and the two years never met); German
    "gegründete" is the founding's word too (`lang/de.yml`)."""
    claim = claim_of(toolkit, text, figure)
    assert claim.attribute == attribute
    assert quantity is None or claim.frame.quantity == quantity


@pytest.mark.parametrize(
    "text, figure, entity",
    [
        ("# Vote count\n\n| Party | Seats |\n|---|---|\n| Citizens' Front (CF) | 79 |\n| Green Union (GU) | 30 |\n\n"
         "The Citizens' Front (CF) fell to 79 seats.", "79", "Citizens' Front"),
        ("# Vote count\n\nThe Workers' Party won 40 seats on Sunday.", "40 seats", "Workers' Party"),
        ("# Chips\n\nRivals trained Harlow Systems' Orca-5 on about 16,000 GPUs.", "about 16,000", None),
    ],
    ids=["a party's name with a plural's apostrophe, in a table", "in prose", "a possessive before a name of its own"],
)
def test_a_plurals_apostrophe_inside_a_name(toolkit, text, figure, entity):
    """"Citizens' Front" is one name, even though "front" is a small word: cut at the apostrophe, a table's "Citizens"
    never met another outlet's "CF" or "Citizens' Front". "Harlow Systems' Orca-5" stays a possessor and its
    product (no name "Harlow Systems' Orca-5")."""
    claim = claim_of(toolkit, text, figure)
    assert claim.entity == entity if entity else claim.entity != "Harlow Systems' Orca-5"


@pytest.mark.parametrize(
    "text, entity",
    [
        ("Harwick City have finally got their man. Tomas Vell is a Harwick player, with the club confirming the signing "
         "of the 24-year-old Almada midfielder on Friday.", "Tomas Vell"),
        ("Police said the driver was the 34-year-old Jane Roe.", "Jane Roe"),
        ("Officers arrested the 29-year-old Elmfield man on Sunday, police said.", None),
    ],
    ids=["a club naming the noun after the age: the player named before", "a name after the age is the person's",
         "a place naming the noun, no one named before"],
)
def test_an_age_before_a_name_that_modifies_a_noun(toolkit, text, entity):
    """"The signing of the 24-year-old Rio Claro midfielder": the club's name modifies "midfielder", so the age is
    the person named before it in the sentence, not the club's, and one person's age is no part of a whole ("of
    the"); "the 34-year-old Jane Roe" stays hers."""
    claim = next(c for c in scan_texts({"a.md": text}, toolkit).claims if c.attribute == "age")
    assert (claim.entity, claim.frame.role) == (entity, None)


def test_a_compound_whose_head_is_a_common_noun_is_no_name(toolkit):
    """"Lkw-Transporten" in a German article: "Lkw" is a common noun, and the rest of the compound is no name either
    (it became the subject "-Transporten" of the sentence's year)."""
    text = ("# Quillfeather sammelt Geld ein\n\nDas 2020 gegründete Unternehmen entwickelt Software, die Verspätungen "
            "vorhersagt, etwa bei Lkw-Transporten, in Häfen und in Lagerhäusern.")
    assert claim_of(toolkit, text, "2020").entity != "-Transporten"


@pytest.mark.parametrize(
    "text, figure",
    [
        ("O Lumen-2 tem 412 bilhões de parâmetros, segundo a empresa.", "412 bilhões"),
        ("El modelo Lumen-2 tiene 70.000 millones de parámetros.", "70.000 millones"),
        ("Le modèle Lumen-2 compte 70 milliards de paramètres.", "70 milliards"),
        ("Il modello Lumen-2 ha 70 miliardi di parametri.", "70 miliardi"),
    ],
    ids=["Portuguese", "Spanish", "French", "Italian"],
)
def test_a_models_parameters_in_other_languages(toolkit, text, figure):
    """"412 bilhões de parâmetros" is the parameter count another outlet writes "412 billion parameters": the word
    is vocabulary in each language (`lang/*.yml`), else the Portuguese figure measured nothing and never met it."""
    assert claim_of(toolkit, text, figure).attribute == "parameter_count"


@pytest.mark.parametrize(
    "text, figure, attribute, value",
    [
        ("Rovers said the fee could rise to £55 million if add-ons are met.", "£55 million", "fee_ceiling", 55e6),
        ("Rovers will pay £52m up front, meaning the deal could eventually be worth £60m.", "£60m", "fee_ceiling", 60e6),
        ("Rovers will pay £52m up front, meaning the deal could eventually be worth £60m.", "£52m", "transfer_fee", 52e6),
        ("The guaranteed fee is £40m, with a further £6m in add-ons, taking the potential total to £46m.",
         "potential total to £46m", "fee_ceiling", 46e6),
        ("The guaranteed fee is £40m, with a further £6m in add-ons, taking the potential total to £46m.", "£6m", "add_ons", 6e6),
        ("Rovers said add-ons worth up to £9 million are linked to appearances.", "up to £9 million", "add_ons", 9e6),
        ("Up to £7m more is tied to goals, which would lift the total package to £50m.", "£50m", "fee_ceiling", 50e6),
        ("Via bonussen kan het bedrag met 4 miljoen euro oplopen, tot maximaal 30 miljoen euro.",
         "tot maximaal 30 miljoen euro", "fee_ceiling", 30e6),
        ("Via bonussen kan het bedrag met 4 miljoen euro oplopen, tot maximaal 30 miljoen euro.", "4 miljoen euro", "add_ons", 4e6),
        ("Corvel said its revenue could rise to $5 billion next year.", "$5 billion", "revenue", None),
    ],
    ids=["the fee could rise to", "the deal's eventual worth", "the fee beside its ceiling", "a potential total",
         "a further amount of add-ons is the add-ons, no part", "add-ons up to a bound", "a total package",
         "a Dutch maximum", "Dutch add-ons before the maximum", "revenue that could rise is no fee's ceiling"],
)
def test_a_fee_ceiling_and_add_ons_are_limits_told_as_values(toolkit, text, figure, attribute, value):
    """The most a fee can reach with its add-ons is its own quantity (`fee_ceiling`), never the fee paid, and a
    limit's bound is its value ("add-ons worth up to £9m" is £9m of add-ons; `limit` in attributes.yml): two
    outlets' ceilings or add-ons then compare as figures, not as bounds that can both hold. The words are a fee's
    or its add-ons', never "rise to" alone (revenue may rise to anything)."""
    claim = claim_of(toolkit, text, figure)
    assert claim.attribute == attribute
    if value is not None:
        assert (claim.value.low, claim.value.high, claim.qualifier) == (value, value, Qualifier.EXACT)
        assert claim.frame.stage is None and claim.frame.role is None


@pytest.mark.parametrize(
    "text, figure, attribute",
    [
        ("The new Quorra tablet starts at $449 and ships in May.", "$449", "price"),
        ("The Quorra Max is priced at $899 in the United States.", "$899", "price"),
        ("The base Quorra retails for $329, the company said.", "$329", "price"),
        ("Brindle will ask $1,249 for the larger model.", "$1,249", "price"),
        ("The Quorra comes in $449 and $549 versions.", "$549", "price"),
        ("The Quorra plant started at 6 a.m. on Monday.", "6 a.m. on Monday", None),
        ("The Kestrel fire started on Monday near Arlo.", "Monday", "date_of_start"),
    ],
    ids=["'starts at' before a sum is a price", "'priced at'", "'retails for'", "a seller asks a price",
         "a sum of money before 'versions'", "'started at' before a time is no price", "a fire's start is no price"],
)
def test_a_products_price_is_told_with_sale_words(toolkit, text, figure, attribute):
    """"Starts at", "priced at", "retails for" before a sum of money say what a product sells for (a sense
    decided by the figure's kind in quantities.yml): read by their nearest word, "starts at $1,199" measured a
    "start" and "retails for $1,199" nothing, so two outlets' prices of one product never met."""
    claim = next((c for c in scan_texts({"a.txt": text}, toolkit).claims if c.text == figure), None)
    assert (claim.attribute if claim is not None else None) == attribute


@pytest.mark.parametrize(
    "text, figure, variant",
    [
        ("The 11-inch Quorra starts at $449, while the 13-inch will sell for $599.", "$449", "11-size"),
        ("The 11-inch Quorra starts at $449, while the 13-inch will sell for $599.", "$599", "13-size"),
        ("Brindle will ask $449 for the base 11-inch model and $599 for a 13-inch one.", "$449", "11-size"),
        ("Brindle will ask $449 for the base 11-inch model and $599 for a 13-inch one.", "$599", "13-size"),
        ('The 13" Quorra costs $599 in stores.', "$599", "13-size"),
        ("The 13-inch model comes in $599 and $699 versions; the 15-inch model in $899 and $999 versions.", "$699", "13-size"),
        ("The 13-inch model comes in $599 and $699 versions; the 15-inch model in $899 and $999 versions.", "$899", "15-size"),
        ("The basic Quorra starts at $449.", "$449", None),
        ("The storm dropped 15 inches of rain and caused $3 million in damage.", "$3 million", None),
    ],
    ids=["the size before the price", "the size after 'while'", "the size after the price", "the next size after the price",
         "a size in inch marks", "a size before a list of prices", "a size after a semicolon", "no size",
         "a depth in inches names no model"],
)
def test_a_price_belongs_to_the_model_its_size_names(toolkit, text, figure, variant):
    """A launch lists one price per model ("the 13-inch at $1,199, the 15-inch at $1,799"): the size that names the
    model keeps each price apart (frame.variant), so that two models' prices are never one conflicting figure."""
    assert claim_of(toolkit, text, figure).frame.variant == variant


@pytest.mark.parametrize(
    "text, figure, attribute, role",
    [
        ("Fans paid an average of £90 per ticket for the Marrow Tour.", "£90 per ticket", "price", None),
        ("That works out to an average of $118 per ticket.", "$118 per ticket", "price", None),
        ("The mine sold coal for $40 per ton last year.", "$40 per ton", None, Role.RATE),
    ],
    ids=["paid so much per ticket is the ticket price", "an average per ticket", "so much per ton stays a rate"],
)
def test_an_amount_per_ticket_is_the_tickets_price(toolkit, text, figure, attribute, role):
    """"$219 per ticket" is what a ticket cost, the figure another outlet gives as "an average ticket price of
    $236": a price (`unit_prices` in modality.yml), not a rate compared only with rates; "$40 per ton" stays a
    rate."""
    c = claim_of(toolkit, text, figure)
    assert c.frame.role == role
    if attribute is not None:
        assert c.attribute == attribute


@pytest.mark.parametrize(
    "text, figure, quantity",
    [
        ("That works out to an average of $118 per ticket.", "$118 per ticket", "price"),
        ("Fans paid about £90 per seat for the Marrow Tour.", "about £90 per seat", "price"),
        ("The mine sold coal for $40 per ton last year.", "$40 per ton", None),
    ],
    ids=["an average per ticket", "paid so much per seat", "so much per ton is no unit price"],
)
def test_an_amount_per_ticket_names_its_price_in_its_own_words(toolkit, text, figure, quantity):
    """"$219 per ticket" says in its own words what it measures (`unit_price_quantity` in modality.yml): as
    firmly as "a ticket price was $236", the strongest sign two outlets tell one fact."""
    c = claim_of(toolkit, text, figure)
    if quantity is None:
        assert c.frame.quantity_how != "figure's own words" or c.frame.quantity != "price"
    else:
        assert (c.frame.quantity, c.frame.quantity_how) == (quantity, "figure's own words")


@pytest.mark.parametrize(
    "text, figure, how",
    [
        ("Fans paid an average price of about $118 for the Marrow Tour.", "about $118", "word before the figure"),
        ("Fans paid an average price of $118 for the Marrow Tour.", "$118", "word before the figure"),
    ],
    ids=["a price of about an amount", "a price of an amount"],
)
def test_an_amounts_noun_before_of_names_it(toolkit, text, figure, how):
    """"an average price of about $236": the noun 'of' joins to an amount names it as firmly as the word right
    before it (amounts only: "a depth of 2.7 miles" may be one of two quakes' depths, told alike)."""
    c = claim_of(toolkit, text, figure)
    assert (c.frame.quantity, c.frame.quantity_how) == ("price", how)


@pytest.mark.parametrize(
    "text, figure, attribute",
    [
        ("The Marrow Tour played 52 shows in nine countries.", "52 shows", "performances"),
        ("Voor de 52 concerten van de Marrow Tour werden kaarten verkocht.", "52", "performances"),
        ("The figures show 300 people were hurt in the crush.", "300 people", "injured"),
        ("Records showed 1,500 people were evacuated.", "1,500 people", "evacuated"),
        ("The Marrow Tour by leg:\n\n| Leg | Shows |\n|---|---|\n| East | 40 |\n| West | 12 |\n", "40", "performances"),
        ("Doran closed the run with three sold-out shows at the harbour park.", "three sold-out shows", "performances"),
        ("Doran played to 90,000 fans over four sold-out nights.", "four sold-out nights", "night"),
    ],
    ids=["shows counted are performances", "Dutch concerts are the same performances", "'figures show' counts no shows",
         "'records showed' counts no shows", "a column headed Shows counts performances",
         "sold-out shows sold no units", "sold-out nights sold no units"],
)
def test_a_noun_counted_names_what_its_verb_does_not(toolkit, text, figure, attribute):
    """"146 shows" and "146 concerten" count one thing, a tour's performances; "show" as a verb ("the figures show
    300 people were hurt") names nothing, so the noun is a concept's word only where the figure counts it
    (`counted` in quantities.yml)."""
    assert claim_of(toolkit, text, figure).attribute == attribute


@pytest.mark.parametrize(
    "text, figure, attribute",
    [
        ("Bei dem Brand in der Stadt wurden am Montag 260 Häuser zerstört, teilte die Polizei mit.", "260", "structures_destroyed"),
        ("Die Partei gewann bei der Wahl am Sonntag 90 Sitze im Parlament.", "90", "seats"),
        ("Mehr als 3500 Menschen wurden evakuiert, sagte ein Sprecher.", "Mehr als 3500", "evacuated"),
        ("O incêndio matou nove pessoas e destruiu 240 casas, segundo as autoridades.", "nove pessoas", "deaths"),
        ("O incêndio matou nove pessoas e destruiu 240 casas, segundo as autoridades.", "240 casas", "structures_destroyed"),
        ("O partido conquistou 88 cadeiras no parlamento, segundo o tribunal.", "88 cadeiras", "seats"),
        ("De partij won bij de verkiezingen 88 zetels, meldde de kiesraad.", "88 zetels", "seats"),
        ("Die Sängerin spielte auf ihrer Tournee die 68 Konzerte vor ausverkauften Hallen, berichtete die Zeitung.", "68",
         "performances"),
        ("Bei dem Brand kamen am Montag 12 Menschen ums Leben, teilte die Polizei mit.", "12 Menschen ums", "deaths"),
        ("Die Tournee der Sängerin spielte rund 95 Millionen Dollar ein, berichtete das Blatt.", "rund 95 Millionen Dollar", "gross"),
        ("Die Europa-Etappe mit 20 Shows brachte 31 Millionen Dollar ein.", "31 Millionen Dollar", "gross"),
        ("De Europese etappe van de tournee leverde 31 miljoen dollar op.", "31 miljoen dollar", "gross"),
        ("A turnê da cantora rendeu 95 milhões de dólares, segundo a revista.", "95 milhões de dólares", "gross"),
        ("Die 31-jährige Sängerin nahm damals 12 Millionen Euro mit.", "12 Millionen Euro", None),
        ("Met de vorige reeks haalde de 34-jarige zangeres nog 57 miljoen dollar op.", "57 miljoen dollar", None),
    ],
    ids=["German houses destroyed", "German seats", "German people evacuated", "Portuguese people killed",
         "Portuguese houses destroyed", "Portuguese seats", "Dutch seats", "a German article is no English verb",
         "a small word inside a phrase still counts", "a German tour 'spielte ... ein' its gross",
         "a German leg 'brachte ... ein' its gross", "a Dutch leg 'leverde ... op' its gross", "a Portuguese tour 'rendeu' its gross",
         "a German singer's age is no amount of money", "a Dutch singer's age is no amount of money"],
)
def test_a_foreign_article_measures_what_an_english_one_does(toolkit, text, figure, attribute):
    """The hidden sets mix German, Dutch and Portuguese pages with English ones: a figure there measures the
    same quantity its English counterpart does (the words are each language's `quantities:` and
    `generic_counted:`; "Menschen" or "casas" says who is counted, the verb beside it what happened)."""
    assert claim_of(toolkit, text, figure).attribute == attribute


@pytest.mark.parametrize(
    "text, figure, role",
    [
        ("By comparison, the Brantley fire two years ago destroyed 1,600 homes.", "1,600 homes", Role.COMPARISON),
        ("The Kestrel fire destroyed 1,600 homes, by comparison with 900 last year.", "1,600 homes", None),
    ],
    ids=["a sentence opening with a comparison", "the comparison only later"],
)
def test_a_sentence_opening_with_a_comparison_tells_no_figure_of_the_story(toolkit, text, figure, role):
    """"By comparison, ..." puts another event's figures beside the story's: they are compared with, never
    its own (an earlier fire's homes destroyed met this fire's in one group)."""
    assert claim_of(toolkit, text, figure).frame.role == role


@pytest.mark.parametrize(
    "text, figure, entity",
    [
        ("The fire, which broke out on May 3 in dry brush along Kestrel Road, has burned 900 acres.", "May 3", None),
        ("The fire, which broke out on May 3 in dry brush off Kestrel Road, has burned 900 acres.", "May 3", None),
    ],
    ids=["a road the fire started along", "a road the fire started off"],
)
def test_a_place_named_in_a_relative_clause_is_not_the_subject(toolkit, text, figure, entity):
    """"along Cedar Hollow Road" names where a fire began: the day it began is the fire's, not the road's
    (another outlet's day of the fire's start never met it)."""
    assert claim_of(toolkit, text, figure).entity == entity



@pytest.mark.parametrize(
    "text, figure, attribute",
    [
        ("Police rounded up almost 100 people in a dawn raid on the port.", "almost 100 people", "arrested"),
        ("Officers detained 40 members of the gang on Tuesday.", "40 members", "arrested"),
        ("Harlow Bakeries employs 300 people across the region.", "300 people", "employees"),
        ("The startup has 900 employees.", "900 employees", "employees"),
    ],
    ids=["people rounded up are arrests", "members detained are arrests", "people employed are staff", "employees"],
)
def test_people_and_members_are_counted_by_what_happened_to_them(toolkit, text, figure, attribute):
    """"People" and "members" say who is counted, not what about them: the verb decides, so a raid's 100
    people are no company's staff and a gang's members no service's subscribers."""
    assert claim_of(toolkit, text, figure).attribute == attribute


@pytest.mark.parametrize(
    "text, figure, instance",
    [
        ("Orlin raised a $32 million Series A in 2022.", "$32 million", "series a"),
        ("Orlin raised $140 million in a Series B funding round.", "$140 million", "series b"),
        ("Die Series-B-Runde von Orlin brachte 140 Millionen Dollar.", "140 Millionen Dollar", None),
        ("Orlin has raised $181 million, including a $9 million seed round.", "$181 million", None),
        ("Orlin has raised $181 million, including a $9 million seed round.", "$9 million", "seed round"),
        ("Orlin raised $50 million last year.", "$50 million", None),
    ],
    ids=["after the figure", "a few small words between", "too far off", "a list's total names none",
         "the listed round", "none named"],
)
def test_a_funding_figure_names_the_round_written_beside_it(toolkit, text, figure, instance):
    """A round named right beside its amount ("a $32 million Series A") is that figure's instance: two figures of
    two rounds are never compared, two of one round are one fact whatever day each article was written."""
    assert claim_of(toolkit, text, figure).frame.instance == instance


@pytest.mark.parametrize(
    "text, figure, entity",
    [
        ("The Dorran fire has killed 9 people since it started near Dorran Road.", "9 people", None),
        ("Brisk Hollow blaze kills 4 near Dorran", "4", None),
        ("The Quill Street shooting left three people dead.", "three people", None),
        ("The 2017 Tessby fire killed 22 people in the hills.", "22 people", None),
        ("Halvern Mills employs 900 workers near the river.", "900 workers", "Halvern Mills"),
    ],
    ids=["a name before 'fire' beside a road of that name", "a headline without 'the'", "a street's shooting",
         "a year before the name", "a name with no event noun stays the subject"],
)
def test_a_name_before_an_event_noun_only_names_the_event(toolkit, text, figure, entity):
    """"The Dorran fire has killed 9": the toll is the fire's, the story's event, not that of Dorran Road that the
    fire is named after (so that it meets the toll an outlet tells without naming the fire)."""
    assert claim_of(toolkit, text, figure).entity == entity


@pytest.mark.parametrize(
    "text, figure, attribute, entity",
    [
        ("Kelso Rovers said Tomas Brandt signed a five-year contract on Friday.", "five-year", "contract_length", "Tomas Brandt"),
        ("Tomas Brandt has agreed a five-year deal, with an option for a sixth season.", "five-year", "contract_length", "Tomas Brandt"),
        ("Tomas Brandt joins Kelso Rovers.\n\n* Contract: five years\n", "five years", "contract_length", "Tomas Brandt"),
    ],
    ids=["a five-year contract", "a five-year deal", "a label 'Contract:' in a list"],
)
def test_how_long_a_contract_runs_is_one_attribute_whatever_the_word(toolkit, text, figure, attribute, entity):
    """"a five-year contract", "a five-year deal", "Contract: five years" and "contract voor vier jaar" all tell
    how long one agreement runs: outlets that choose different words are compared."""
    claim = next(c for c in scan_texts({"a.md": text}, toolkit).claims if c.text == figure)
    assert (claim.attribute, claim.entity) == (attribute, entity)


def test_a_dutch_contract_for_four_years_is_its_length(toolkit):
    """"een contract voor vier jaar": the Dutch words for years make a length, and "contract" says of what."""
    text = "Kelso Rovers en Hallam zijn het eens geworden over de transfer. Tomas Brandt, die de keuring doorstond, tekent bij Kelso een contract voor vier jaar."
    claim = next(c for c in scan_texts({"a.md": text}, toolkit).claims if c.text == "vier jaar")
    assert (claim.attribute, claim.value.low) == ("contract_length", 4)


def test_years_between_commas_after_a_name_and_a_small_word_are_an_age(toolkit):
    """"Vell, de 23 anos, assinou ...": the Portuguese way to give an age, not a length of the contract beside it."""
    text = "O clube confirmou a venda do atacante ao rival. Vell, de 23 anos, assinou contrato de cinco anos com o clube."
    claims = {c.text: (c.attribute, c.entity) for c in scan_texts({"a.md": text}, toolkit).claims}
    assert claims["23 anos"] == ("age", "Vell")
    assert claims["cinco anos"] == ("contract_length", "Vell")


def test_a_length_far_from_the_word_deal_is_no_length_of_that_deal(toolkit):
    """"The Comets matched the deal of the Herons, the Pilots put $90 million on the table over seven years": the
    deal named at the clause's start is another club's; only a word right beside a length says what it lasts."""
    text = "Owen Marsh weighs his options. The Comets matched the deal of the Herons, the Pilots put $90 million on the table over seven years."
    claim = next(c for c in scan_texts({"a.md": text}, toolkit).claims if "seven years" in c.text)
    assert claim.attribute != "contract_length"


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Northgate Rovers sign Tomas Vell.\n\n* £40m up front to Almada\n", "£40m"),
        ("Northgate Rovers land Tomas Vell in £40MILLION swoop.", "£40MILLION"),
        ("Almada en Northgate Rovers zijn het eens over de transfer. De Engelse club betaalt 46 miljoen euro voor de spits Tomas Vell.",
         "46 miljoen euro"),
        ("O Almada confirmou nesta sexta-feira a venda do atacante Tomas Vell ao Northgate, que pagou 50 milhões de euros.",
         "50 milhões de euros"),
        ("Der FC Nordhafen hat Stürmer Tomas Vell verpflichtet. Der Klub zahlt 40 Millionen Euro an den FC Almada.",
         "40 Millionen Euro"),
    ],
    ids=["paid up front", "a tabloid's swoop", "Dutch 'betaalt'", "Portuguese 'pagou'", "German 'zahlt'"],
)
def test_the_words_outlets_use_for_a_fee_paid_cue_it(toolkit, text, figure):
    """"£40m up front", "a £40MILLION swoop", "betaalt 46 miljoen euro": the price paid in the deal, compared with
    the fee the other outlets give."""
    assert claim_of(toolkit, text, figure).attribute == "transfer_fee"


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The bill would create a $200 billion fund giving hazard pay to nurses.", "$200 billion"),
        ("About $90 billion for back pay for furloughed staff.", "About $90 billion"),
    ],
    ids=["hazard pay", "back pay"],
)
def test_pay_as_a_noun_is_no_fee_paid(toolkit, text, figure):
    """"Hazard pay" is wages, not a price paid in a deal: only "paid", "will pay", "is paying" cue a fee."""
    assert claim_of(toolkit, text, figure).attribute != "transfer_fee"


@pytest.mark.parametrize(
    "text, figure, entity, attribution",
    [
        ("The Northern Seismic Survey put the quake's strength at magnitude-5.1.", "5.1", None, "Northern Seismic Survey"),
        ("The Coastal Weather Bureau measured the gusts at 140 km/h.", "140 km/h", None, "Coastal Weather Bureau"),
        ("The Tessel Valley Authority reported revenue of $9 billion.", "$9 billion", "Tessel Valley Authority", ...),
        ("A magnitude-4.4 quake shook Tessel, according to the Northern Seismic Survey.", "4.4", None, "Northern Seismic Survey"),
        ("Acme Robotics reported revenue of $5.2 billion.", "$5.2 billion", "Acme Robotics", ...),
        ("Harbor News Corp reported revenue of $5.2 billion.", "$5.2 billion", "Harbor News Corp", ...),
        ("Harbour state television says a magnitude-4.8 quake shook the island.", "4.8", None, "state television"),
        ("Five people were hurt in the crash, hospital officials said.", "Five people", None, "hospital officials"),
    ],
    ids=["a survey puts a figure at", "a bureau measured", "a public body reports its own revenue", "according to a named survey", "a firm reports its own figure",
         "a firm named for news reports its own figure", "a broadcaster described", "officials described"],
)
def test_a_source_naming_a_figure_is_its_attribution_not_its_subject(toolkit, text, figure, entity, attribution):
    """An agency, a survey, a ministry or a broadcaster that puts, measures or reports a figure about something
    else is who tells it: the figure stays the event's, credited to that source."""
    claim = claim_of(toolkit, text, figure)
    assert claim.entity == entity
    assert attribution is ... or claim.frame.attribution == attribution  # (...: a firm's own figure, source unchecked)


@pytest.mark.parametrize(
    "text, figure, entity",
    [
        ("Mr. Pellowe was fined $500 on Monday.", "$500", "Pellowe"),
        ("Forward Ida Marskog, 23, signed a new deal.", "23", "Ida Marskog"),
        ("Sheriff Deputy Ron Tasker, 41, was shot twice.", "41", "Ron Tasker"),
        ("Coach Bram Oduya was paid $2 million last year.", "$2 million", "Bram Oduya"),
        ("Mr Pellowe was fined $500 on Monday.", "$500", "Pellowe"),
        ("Forward Castings reported revenue of $9 million last year.", "$9 million", "Forward Castings"),
    ],
    ids=["Mr.", "a player's position", "two titles", "a coach", "Mr without a stop",
         "a firm whose name begins with a title's word"],
)
def test_a_title_before_a_name_is_no_part_of_it(toolkit, text, figure, entity):
    """"Mr. Pellowe" in one outlet and "Gus Pellowe" in another are one person; the title ("Mr.", "Forward",
    "Sheriff Deputy") would keep them two subjects."""
    claim = claim_of(toolkit, text, figure)
    assert claim.entity == entity


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Over 60% of the tenders went to state-owned builders last year.", "Over 60%"),
        ("The firm made more than 40 public announcements of new orders.", "more than 40 public announcements"),
        ("Publicly available estimates put few numbers on the 300 shops.", "300 shops"),
    ],
    ids=["a compound sharing the stem of 'stated'", "a noun sharing the stem of 'announced'",
         "a noun sharing the stem of 'estimated'"],
)
def test_a_noun_sharing_a_reporting_verbs_stem_credits_no_source(toolkit, text, figure):
    """Only a reporting word written as the vocabulary writes it ("said", "stated", "announced") credits a
    figure to a source: "state-owned", "announcements" or "estimates" would make "tenders" or "public" a source
    and keep two figures of one article from being compared."""
    assert claim_of(toolkit, text, figure).frame.attribution is None


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Die Firma Brauwerk beschäftigt rund 300 Mitarbeiter, davon etwa 80 in Bremen.", "etwa 80"),
        ("La société Vernel emploie 300 salariés, dont 80 à Lyon.", "80"),
        ("La empresa Ocaña emplea a 300 personas, de las cuales 80 en Sevilla.", "80"),
    ],
    ids=["German davon", "French dont", "Spanish de las cuales"],
)
def test_of_which_in_another_language_makes_a_part(toolkit, text, figure):
    """"davon etwa 80" is a part of the 300 staff just named, as "of which 80" is: told as the staff count it
    would conflict with the 300 another outlet gives (lang/*.yml part_markers)."""
    assert claim_of(toolkit, text, figure).frame.role == Role.PART


@pytest.mark.parametrize(
    "text, figure, attribute",
    [
        ("Analysts said the startup could eventually be worth $10 billion.", "$10 billion", "fee_ceiling"),
        ("Her pay was $12 million including bonuses, filings show.", "$12 million", "fee_ceiling"),
    ],
    ids=["a startup's worth", "pay with bonuses"],
)
def test_words_of_worth_or_bonuses_alone_make_no_fee_ceiling(toolkit, text, figure, attribute):
    """A fee's ceiling is told with words of a fee or a deal ("the deal could eventually be worth"): "could
    eventually be worth" of a startup is its valuation, and "including bonuses" anyone's pay."""
    assert claim_of(toolkit, text, figure).attribute != attribute
