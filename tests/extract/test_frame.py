"""The open-domain frame of a figure: what it measures, at what stage, in what role.

Sentences are written for these tests; they cover the phenomena of real news on subjects the
vocabulary was not written for, read with the default blank pipeline.
"""

from __future__ import annotations

import pytest

from factcheck.extract.frame import FrameReader
from factcheck.extract.pipeline import DocInputs, run
from factcheck.models import Kind


@pytest.fixture(scope="module")
def read(toolkit):
    """(figure text, sentence) -> the frame the extract stage reads for that figure."""
    reader = FrameReader(toolkit.knowledge.news)
    nlp = toolkit.extractor.nlp

    def frame_of(figure: str, text: str):
        doc = run(nlp, text, DocInputs(text=text))
        mentions = list(doc._.fc_mentions)
        at = text.index(figure)
        m = next(m for m in mentions if m.start <= at < m.end or at <= m.start < at + len(figure))
        sentence = next((s for s in doc._.fc_sentences if s[0] <= m.start < s[1]), (0, len(text)))
        others = tuple((x.start, x.end) for x in mentions if x is not m)
        return m, reader.read(doc, m, sentence, sentence, text, others)

    return frame_of


@pytest.mark.parametrize(
    "figure, text, quantity",
    [
        ("12", "The storm killed 12 people along the coast.", "deaths"),
        ("12", "At least 12 were dead after the storm hit the coast.", "deaths"),
        ("9", "Officials raised the death toll to 9 on Sunday.", "deaths"),
        ("Forty", "Forty villagers were wounded in the blast.", "injured"),
        ("300 homes", "The blaze destroyed 300 homes in the valley.", "structures_destroyed"),
        ("5.8", "A 5.8 magnitude tremor shook the island.", "magnitude"),
        ("61", "Maria Lund, 61, ran the bakery for three decades.", "age"),
        ("7,400", "The council received 7,400 letters about the plan.", "letter"),
        ("18 seats", "The Green party won 18 seats in the assembly.", "seats"),
        ("52,000", "About 52,000 tickets were sold for the two shows.", "tickets_sold"),
        ("6.1", "A magnitude 6.1 earthquake struck the valley.", "magnitude"),
        ("14", "Officers arrested 14 protesters outside the hall.", "arrested"),
        ("two co-workers", "The clerk killed two co-workers at the depot.", "deaths"),
        ("two young women", "She was charged with killing two young women.", "deaths"),
        ("Nine people", "Nine people have been confirmed dead after the bridge gave way.", "deaths"),
        ("three hikers", "Rescuers said three hikers were listed as missing overnight.", "missing"),
        ("Twenty residents", "Twenty residents were found dead in the flooded homes.", "deaths"),
        ("Fourteen people", "Fourteen people are now known to have died, as search teams worked through the ruins.", "deaths"),
        ("12", "Dana Pell, a mother of 12, was shot dead outside the school.", "children"),
        ("11", "Jon Hale, a father of 11, died in the crash on the ring road.", "children"),
        ("two workers", "The gunman opened fire, killing two workers at the plant.", "deaths"),
        ("four firefighters", "A blast hit the depot, injuring four firefighters.", "injured"),
        ("11.8%", "The Harbour League won 27 seats on 11.8%, the board said.", "votes"),
        ("4.9", "A magnitude-4.9 tremor rattled windows across the valley town on Sunday.", "magnitude"),
        ("four-year", "The keeper has signed a four-year deal and starts on Saturday.", "duration_of_agreement_term"),
        ("five-year", "The keeper will sign a five-year contract after his medical.", "duration_of_agreement_term"),
        ("12 lives", "The avalanche claimed 12 lives on the pass.", "deaths"),
        ("Nine people", "Nine people lost their lives on the pass.", "deaths"),
        # outlets date one event with different verbs: the news vocabulary makes them one quantity
        ("Tuesday", "The Harbour Lions signed the striker on Tuesday.", "date_of_signing"),
        ("Monday", "The Harbour Lions picked up the winger on Monday.", "date_of_signing"),
        ("Friday", "Trading in the shares was suspended on Friday.", "date_of_suspension"),
        ("yesterday", "The exchange said it was halting trading yesterday.", "date_of_suspension"),
        ("Thursday", "A coastguard ship on Thursday thwarted a raid by smugglers.", "date_of_foiled"),
        ("Thursday", "A coastguard ship intercepted the boats on Thursday.", "date_of_foiled"),
        ("Wednesday", "The Wednesday bombings in the north drew condemnation.", "date_of_attack"),
        ("Tuesday", "Jets bombed Hill state on Tuesday.", "date_of_attack"),
        # an event word is a verb that dates: a name ending in -en is none, and it counts nothing
        ("Friday", "The ferry crossed the Gulf of Aden on Friday.", "date_of_cross"),
        ("Tuesday", "The ministry stated on Tuesday that talks had failed.", "date_of_state"),
        ("12", "The club signed 12 players in the summer.", "player"),
        # event words matched as written still date their event
        ("Monday", "The Harbour Lions picked up the winger on Monday.", "date_of_signing"),
        ("Tuesday", "The Harbour Lions re-signed the striker on Tuesday.", "date_of_signing"),
        ("Sunday", "Gunmen attacked a convoy near Redmarsh on Sunday.", "date_of_attack"),
        ("Sunday", "A heart surgeon was wounded in an attack on Sunday.", "date_of_attack"),
        ("Thursday", "Jets dropped bombs Thursday near a camp.", "date_of_attack"),
        ("Sunday", "The singer Ada Morrow died after a heart attack on Sunday.", "date_of_heart_attack"),
        # a day or month opening its sentence dates the verb after its comma (a bare year is background)
        ("Tuesday", "On Tuesday, the Harbour Lions re-signed running back Tom Vey.", "date_of_signing"),
        ("August", "In August, the state high court tossed out the verdict.", "date_of_overturned"),
        ("March 3", "On March 3, the governor vetoed the bill.", "date_of_veto"),
        ("Monday", "Report. On Monday, the mayor said the bridge would reopen.", "date_of_said"),
        ("1969", "In 1969, he was indicted in Dorran.", "date_of_event"),
        ("Monday", "The bridge, on Monday, was closed.", "date_of_event"),
        # a date written as an adjective dates the event noun after it
        ("2008", "He was charged over the 2008 killings at the farm.", "date_of_deaths"),
        ("July", "In July, the appeals bench overturned the 2019 rulings.", "date_of_overturned"),
        ("2008", "Two officers were injured in the 2008 raid on the ranch.", "date_of_attack"),
        # counts told with synonym nouns or verbs are one quantity
        ("six", "Crews called in an additional six fire engines to the blaze.", "fire_engines"),
        ("four", "Crews called a further four fire appliances to help.", "fire_engines"),
        ("seven", "The trader Olm Dravi has seven wives, a court heard.", "spouses"),
        ("20", "He is alleged to be married to 20 women.", "spouses"),
        ("20", "He was charged with marrying 20 women.", "spouses"),
    ],
    ids=[
        "verb killed", "adjective dead", "death toll", "wounded", "homes destroyed", "magnitude",
        "age between commas", "unknown noun is its own quantity", "seats", "tickets_sold",
        "vocabulary word right before the figure", "verb right before a specific noun",
        "what happened to the people counted", "a verb further off does not take over",
        "confirmed dead is a toll, not an announcement", "listed as missing", "found dead",
        "known to have died, not the workers of a later clause",
        "a mother of 12 is no toll of the verb after", "a father of 11",
        "a verb in -ing before the figure: workers killed, not a head count", "injuring",
        "the share seats were won on",
        "a word joined to the figure by a hyphen",
        "a length beside 'deal' is an agreement's term", "... as beside 'contract'",
        "lives a figure counts are deaths", "lost their lives",
        "signed", "picked up is a signing", "suspended", "halting is a suspension", "thwarted",
         "intercepted is a foiled attack", "bombings after the day", "a state is no statement",
         "a name ending in -en is no verb", "a reporting verb as written", "an event word counts nothing",
         "picked up", "re-signed", "attacked", "a heart word elsewhere", "bombs as written", "a heart attack",
         "a day opening its sentence dates the clause's verb", "a month too", "a verb no vocabulary names",
         "the day of a saying", "a year opening a sentence is background", "a day inside the sentence",
         "the killings, not the charge", "the verb of the fronted month", "the raid, not the injuries",
         "engines", "appliances are engines", "wives", "married to", "marrying, not the charge"
    ],
)
def test_quantity_is_read_from_the_figures_words(read, figure, text, quantity):
    """Synonyms join through the vocabulary; a word it lacks is a quantity by its own stem."""
    _, frame = read(figure, text)
    assert frame.quantity == quantity


@pytest.mark.parametrize(
    "figure, text, not_quantity",
    [
        ("600m", "The guide fell about 600m to his death on the ridge.", "deaths"),
        ("2,000 feet", "The hiker fell 2,000 feet and died at the scene.", "deaths"),
        ("355", "Rioters left 355 damaged shops in the old town.", "fine"),
        ("40 rows", "The new hall puts its 900 seats on 40 rows.", "votes"),
        ("Hundreds of families", "Hundreds of families have been living in tents since the storm.", "deaths"),
        ("Some 80 tenants", "Some 80 tenants lived in the building when it was sold.", "deaths"),
        ("2.5 people", "The blast in the market injured 2.5 people, officials said.", "injured"),
        # an event word names its event only in its own forms and sense
        ("Saturday", "Searchers saw no signs of the climbers on Saturday.", "date_of_signing"),
        ("Sunday", "The singer Ada Morrow died of a heart attack on Sunday.", "date_of_attack"),
        ("Friday", "The goalkeeper suffered a panic attack on Friday.", "date_of_attack"),
        # a bare "engines", "appliances", "pumps" is no fire engine
        ("4,000 appliances", "Harlan Electric sold 4,000 appliances last quarter.", "fire_engines"),
        ("500 heat pumps", "Installers fitted 500 heat pumps in the town.", "fire_engines"),
        ("two engines", "The jet landed safely on two engines.", "fire_engines"),
    ],
    ids=["length beside death", "length beside died", "count beside damages", "a count after 'seats on' is no share of the vote",
         "living in tents is no toll", "tenants who lived there are no toll", "a count of people is whole",
        "signs of life are no signing", "a heart attack is no attack", "a panic attack is no attack",
        "a shop's appliances", "heat pumps", "a plane's engines",
    ],
)
def test_a_count_or_money_concept_needs_a_count_or_money(read, figure, text, not_quantity):
    """A toll is a number of people, a fine an amount of money: a length or a count never measures them."""
    _, frame = read(figure, text)
    assert frame.quantity != not_quantity


@pytest.mark.parametrize(
    "figure, text, stage",
    [
        ("$3 billion", "The firm is in talks to raise $3 billion.", "talks"),
        ("$900 million", "The company expects revenue to reach $900 million next year.", "projection"),
        ("2,000", "Officials estimated 2,000 people attended the rally.", "estimate"),
        ("$50 million", "The club reportedly agreed a fee of $50 million.", "rumour"),
        ("$2 billion", "The firm raised $2 billion last spring.", "actual"),
        ("7 wins", "Fans thought the club would get 7 wins this year.", "projection"),
        ("15 to 25 inches", "Another 15 to 25 inches of rain are still expected in the valley.", "projection"),
        ("5 percent", "Revenue rose 5 percent, more than expected.", "actual"),
        ("300 homes", "The storm destroyed 300 homes and more rain is expected on Friday.", "actual"),
        ("12 deaths", "Officials reported 12 deaths on Monday.", "actual"),
        ("$410 million", "Acme reported revenue of $410 million.", "actual"),
        ("£38m", "The £38m approach was turned down.", "talks"),
        ("£38m", "A move worth £38m was turned down.", "talks"),
        ("Wednesday", "A bail hearing was scheduled for Wednesday at the county court.", "target"),
        ("Monday", "The trial is set for Monday in the district court.", "target"),
    ],
    ids=["talks", "projection", "estimate", "rumour", "actual", "what would happen", "still expected after the figure",
         "more than expected is no forecast", "a forecast in the next clause", "reported is no rumour", "nor for a company's own figure", "an approach", "turned down after the figure",
         "a hearing scheduled for a day is a plan", "a trial set for a day"],
)
def test_stage_keeps_targets_and_talks_apart_from_actual_figures(read, figure, text, stage):
    _, frame = read(figure, text)
    assert frame.stage == stage


@pytest.mark.parametrize(
    "figure, text, role",
    [
        ("$40", "Buyers paid $40 per ton, or $2 million in all.", "rate"),
        ("$4 million", "He will earn $4 million a year under the deal.", "rate"),
        ("120", "The plant cut 120 of its 900 staff.", "part"),
        ("900", "The plant cut 120 of its 900 staff.", "whole"),
        ("3", "Sales rose to 9 units, up from 3 a year ago.", "comparison"),
        ("£41 million", "The fee beat the record, surpassing the £41 million paid for a defender.", "comparison"),
        ("$2 million", "Buyers paid $40 per ton, or $2 million in all.", "cumulative"),
        ("7.4", "Two quakes of magnitude 7.6 and 7.4 struck the coast.", "listed"),
        ("14", "The navy has seized 14 rifles in its patrols so far.", "cumulative"),
        ("two", "The judge added two extra prison terms for the assault.", "part"),
        ("six", "Divers recovered six more bodies from the lake.", "part"),
        ("nine", "Divers recovered nine bodies from the lake.", None),
        ("11", "The mayor and 11 other council members were charged.", "part"),
        ("March 3", "The last such update was released on March 3.", "comparison"),
        ("March 3", "The update was released on March 3.", None),
        ("May", "A follow-up inquiry began in May.", "comparison"),
    ],
    ids=["per unit", "a year", "part named after", "the whole after a part", "up from", "surpassing", "total beside a rate",
         "listed", "so far", "extra after the number", "more after the number", "no marker", "other after the number",
         "date of an earlier instance", "date of this instance",
         "hyphenated marker"],
)
def test_role_marks_rates_and_comparisons(read, figure, text, role):
    _, frame = read(figure, text)
    assert frame.role == role


@pytest.mark.parametrize(
    "figure, text, quantity",
    [
        ("March", "The museum opened in March after a long delay.", "date_of_start"),
        ("1998", "She was born in 1998 in a small town.", "date_of_birth"),
        ("six weeks", "The jury deliberated for six weeks.", "duration_of_deliberation"),
        ("Thursday", "The suspect was arrested last month, officials said Thursday.", "date_of_said"),
        ("1972", "He was the informant in the Deep Water scandal of 1972, a book says.", "date_of_event"),
        ("Monday", "The old mill was sold on Monday.", "date_of_event"),
        ("May 6", "Guest Tom Reed on the night program with Oden Brask, May 6.", "date_of_event"),
    ],
    ids=["opened", "born", "deliberated", "the day something was said", "a concept word inside a name",
         "what a person has dates nothing", "a name in -en is no participle"],
)
def test_dates_and_periods_measure_their_event(read, figure, text, quantity):
    m, frame = read(figure, text)
    assert m.kind in (Kind.DATE, Kind.PERIOD, Kind.DURATION)
    assert frame.quantity == quantity


def test_running_counts_are_marked_as_changing(read):
    """A toll grows as a story develops: later reports update it rather than contradict it."""
    _, killed = read("12", "The storm killed 12 people along the coast.")
    _, magnitude = read("5.8", "A 5.8 magnitude tremor shook the island.")
    assert killed.changes and not magnitude.changes


def test_attribution_names_the_source(read):
    _, frame = read("Fourteen", "Fourteen people died, the coroner said.")
    assert frame.attribution == "coroner"


@pytest.mark.parametrize(
    "text, figure, score",
    [
        ("The home side won 45-35 on Sunday.", "45", True),
        ("He is now 52-3 with 46 knockouts.", "3", True),
        ("Prices rose 5-7 percent last year.", "5", False),
        ("The vote passed 12 to 3.", "12", False),
        ("It cost $5 million in 2020.", "5", False),
    ],
    ids=["score", "record", "percent range", "spelled out with 'to'", "money"],
)
def test_scores_and_records_are_not_ranges(toolkit, text, figure, score):
    """A score or a win-loss record is two numbers of one result, never a figure to compare alone."""
    from factcheck.extract.frame import score_like

    doc = run(toolkit.extractor.nlp, text, DocInputs(text=text))
    at = text.index(figure)
    m = next(m for m in doc._.fc_mentions if m.start <= at < m.end)
    assert score_like(m, text) is score


@pytest.mark.parametrize(
    "text, figure, kept",
    [
        ("Apple asks more for the 15-inch model than for the base one.", "15-inch", False),
        ("The drive stalled at the Colts' 27-yard line.", "27-yard", False),
        ("The new screen measures 15 inches across.", "15 inches", True),
        ("Luck threw for 205 yards in the second half.", "205 yards", True),
    ],
    ids=["size naming a model", "yard line", "a size told", "a distance told"],
)
def test_a_measure_that_names_which_thing_is_no_claim(toolkit, text, figure, kept):
    """"The 13-inch model" says which model, not how big anything is: comparing it raised false alarms."""
    from factcheck.api import scan_texts

    claims = scan_texts({"a.txt": text}, toolkit).claims
    assert any(c.text.startswith(figure) for c in claims) is kept


@pytest.mark.parametrize(
    "text, kept",
    [
        ("The screen is 2880 pixels by 1800.", []),
        ("It has a 2880 x 1800 pixels display.", []),
        ("They won 3 games by 10 points.", ["3 games", "10 points"]),
        ("The 5 plants must close by 2030.", ["5 plants", "by 2030"]),
        ("Sales will reach 10 million by 2030", ["10 million", "by 2030"]),
    ],
    ids=["size with 'by'", "size with 'x'", "a margin is no size", "a deadline is no size",
         "an amount by a year at the end of the text"],
)
def test_a_size_told_in_two_numbers_is_no_claim(toolkit, text, kept):
    """"2880 x 1800 pixels" is one size: its sides compared alone made false alarms ("by 1800" read as a year)."""
    from factcheck.api import scan_texts

    assert [c.text for c in scan_texts({"a.txt": text}, toolkit).claims] == kept


@pytest.mark.parametrize(
    "figure, text, listed",
    [
        ("256GB", "It comes with a 128GB or 256GB solid state drive.", True),
        ("7.4", "Quakes of magnitude 7.6 and 7.4 struck.", True),
        ("2,300 firefighters", "The fire burned 48,000 acres, and 2,300 firefighters are on the lines.", False),
    ],
    ids=["options with one unit", "bare numbers", "two different things joined by 'and'"],
)
def test_only_alike_figures_make_a_list(read, figure, text, listed):
    _, frame = read(figure, text)
    assert (frame.role == "listed") is listed


@pytest.mark.parametrize(
    "figure, text, quantity",
    [
        ("Thursday", "Police identified the victim on Thursday as a local man.", "date_of_identifi"),
        ("1958", "He was acquitted in 1958 on charges of attempted murder.", "date_of_acquittal"),
    ],
    ids=["who is counted is no event", "acquitted is not arrested"],
)
def test_a_date_dates_the_event_word_nearest_before_it(read, figure, text, quantity):
    _, frame = read(figure, text)
    assert frame.quantity == quantity


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Storm report\n\nAugust 8, 2012 - 4:43 pm\n\nThe storm reached the coast on August 7, 2012.", ["August 7, 2012"]),
        ("Storm report\n\nFEB. 2, 2009\n\nThe storm reached the coast.", []),
        ("Storm report\n\non August 04 2011 5:46 PM\n\nThe storm reached the coast.", []),
        ("Storm report\n\nMarch 3, 2010 was the worst day of the storm.", ["March 3, 2010"]),
        ("Storm report\n\nHARBOURTON, Nov 11 -\n\nThe storm reached the coast.", []),
        ("Storm report\n\nThe council meets on June 3:\n\nThe storm reached the coast.", ["June 3"]),
    ],
    ids=["a date and a time", "a date alone", "'on' a date and a time", "a date in a sentence",
         "a wire dateline with its place", "a sentence ending in a colon"],
)
def test_a_line_that_only_stamps_a_date_is_no_claim(toolkit, text, kept):
    """When the page was written is no claim of the story: two outlets' stamps differ without contradicting."""
    from factcheck.api import scan_texts

    assert [c.text for c in scan_texts({"a.txt": text}, toolkit).claims] == kept


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Storm report\n\nThe storm reached the coast on 3 June.\n\nCopyright © 2019 The Harbour Gazette.", ["3 June"]),
        ("Storm report\n\nSlideshow (13 Images)\n\nThe storm felled 40 trees.", ["40 trees"]),
        ("Storm report\n\nHide Caption 2 of 10 Photos: the harbour at dawn\n\nThe storm felled 40 trees.", ["40 trees"]),
        ("Storm report\n\nThe storm felled 40 trees, and the harbour gallery closed its photo show.", ["40 trees"]),
        ("Storm report\n\nThe gazette lost a copyright suit for its 40 photos of the storm.", ["40 photos"]),
        ("Ad report\n\nAdvertisement spending rose to $40 billion.", ["$40 billion"]),
        ("Storm report\n\n4 min read\n\n1.2K shares\n\nThe storm felled 40 trees.", ["40 trees"]),
        ("Storm report\n\nThe storm felled 40 trees.\n\nComments (23)\n\nPhoto 3 of 12", ["40 trees"]),
        ("Storm report\n\nThe storm felled 40 trees.\n\nRelated: Top 10 storms of the decade", ["40 trees"]),
        ("Storm report\n\nThe storm felled 40 trees.\n\nFollow us on social media: 45,000 followers", ["40 trees"]),
        ("Storm report\n\nThe storm felled 40 trees and drew 300 comments from readers.", ["40 trees", "300 comments"]),
        ("Storm report\n\nBy Ana Reyes · Weather · 4 min read\n\nThe storm felled 40 trees.", ["40 trees"]),
        ("Storm report\n\nThe storm felled 40 trees.\n\nReach her at 555-0144.", ["40 trees"]),
        ("Storm report\n\nThe storm felled 40 trees.\n\nLeia também: Tempestade derruba 300 árvores", ["40 trees"]),
        ("Fund report\n\n| Fund | Holding |\n|---|---|\n| Beta Fund | 1.5M shares |\n", ["1.5M shares"]),
    ],
    ids=["a copyright line", "a gallery's count of images", "a caption bar", "a sentence of the story",
         "a story about a copyright", "a sentence that starts with a furniture word",
         "reading time and shares", "a comment count and a photo counter", "a related link",
         "a call to follow in lower case", "a count of comments inside a sentence is the story's",
         "a byline with its reading time", "a reporter's phone", "a related link in Portuguese",
         "a table row is no byline"],
)
def test_the_pages_furniture_is_no_claim(toolkit, text, kept):
    """A copyright year or a gallery's image count is the page talking about itself: two outlets' furniture
    differs without contradicting (the words are page_furniture in documents.yml)."""
    from factcheck.api import scan_texts

    assert [c.text for c in scan_texts({"a.txt": text}, toolkit).claims] == kept


def test_a_date_with_no_event_word_dates_the_story_event(read):
    """It still aligns, though only where sentences are near identical (no firm quantity to lean on)."""
    _, frame = read("2 May 2019", "The meeting in the north was on 2 May 2019.")
    assert (frame.quantity, frame.quantity_how) == ("date_of_event", "no event word")


@pytest.mark.parametrize(
    "figure, text, quantity, role",
    [
        ("64", "The party won 64 of the 150 seats in parliament.", "seats", "part"),
        ("62", "It took 62 of parliament's 150 seats.", "seats", "part"),
        ("150", "It took 62 of parliament's 150 seats.", "seats", "whole"),
        ("120", "The mill laid off 120 of its 900 staff.", "employees", "part"),
        ("24", "Buyers make 24 equal monthly payments of $20 for the phone.", "payment", None),
        ("150 seats", "The party won 64 of the 150 seats in parliament.", "seats", "whole"),
        ("900 staff", "The mill laid off 120 of its 900 staff.", "employees", "whole"),
    ],
    ids=["of the whole", "of a possessive whole", "the possessive whole itself", "a share of the subject's own whole",
         "a figure with its own noun", "the whole itself", "the whole of a layoff"],
)
def test_a_part_counts_what_its_whole_counts(read, figure, text, quantity, role):
    """"64 of the 150 seats": 64 seats, a part of the 150 (so "won 62 of 150 seats" elsewhere is compared);
    the 150 is every seat, kept apart from the seats won, also after a possessor ("of parliament's 150")."""
    _, frame = read(figure, text)
    assert (frame.quantity, frame.role) == (quantity, role)


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Lena Ostrova, age 61, was arrested at her home.", "Lena Ostrova"),
        ("Lena Ostrova, aged 61, was arrested at her home.", "Lena Ostrova"),
        ("Lena Ostrova, 61, was arrested at her home.", "Lena Ostrova"),
    ],
    ids=["age", "aged", "bare number"],
)
def test_an_age_between_commas_after_a_name_is_that_persons(toolkit, text, holder):
    from factcheck.api import scan_texts

    ages = [c for c in scan_texts({"a.txt": text}, toolkit).claims if c.attribute == "age"]
    assert [c.entity for c in ages] == [holder]


@pytest.mark.parametrize(
    "figure, text, quantity, how",
    [
        ("58%", "Turnout was 58% across the province.", "turnout", "subject of the figure"),
        ("31", "The death toll stood at 31 on Friday.", "deaths", "subject of the figure"),
        ("$649", "Prices start at $649 for the base model.", None, None),
        ("31 hikers", "Rangers said 31 hikers were still unaccounted for after the storm.", "missing", "governing verb"),
        ("Eight climbers", "Eight climbers are missing on the north face of Mount Orell.", "missing", "governing verb"),
    ],
    ids=[
        "a copula", "a linking verb and a particle", "a particle alone links nothing",
        "the predicate past the light verbs and 'still'", "a predicate in -ing",
    ],
)
def test_the_noun_a_linking_verb_joins_to_the_figure_is_its_own(read, figure, text, quantity, how):
    """"Turnout was 58%": turnout is what the figure measures, as firmly as a counted noun (so two outlets'
    turnouts in one story align); "start at $649" has no linking verb and stays a weaker reading."""
    _, frame = read(figure, text)
    if quantity is None:
        assert frame.quantity_how != "subject of the figure"
    else:
        assert (frame.quantity, frame.quantity_how) == (quantity, how)
