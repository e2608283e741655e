"""Two short reports of one event, in our own words: the verdict a reviewer expects between them.

Each case protects one way the scan tells one fact told twice (a conflict or an agreement) from two
things that only look alike (no problem finding)."""

from __future__ import annotations

import pytest

from factcheck.api import scan_texts
from factcheck.models import Verdict

PROBLEMS = (Verdict.CONFLICT, Verdict.INCONSISTENCY)


def verdicts(toolkit, a: str, b: str) -> set[Verdict]:
    """The verdicts of the findings that hold a claim of each article."""
    result = scan_texts({"a.txt": a, "b.txt": b}, toolkit)
    by_id = {c.id: c for c in result.claims}
    out = set()
    for f in result.findings:
        docs = {by_id[c].document.rsplit("/", 1)[-1] for c in f.claims if c in by_id}
        if {"a.txt", "b.txt"} <= docs:
            out.add(f.verdict)
    return out


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (
            "Jets struck the border camp at dawn. Five bombs were dropped on the market, aid workers said.",
            "Aircraft attacked the camp early in the morning. Four bombs were dropped on the market, witnesses said.",
            Verdict.CONFLICT,
        ),
        (
            "The mayor was arrested on Tuesday at his office, police said.",
            "Police said the mayor was arrested Wednesday at his office downtown.",
            Verdict.CONFLICT,
        ),
        (
            "The Ridgeback Fire has killed 14 people, officials said on Tuesday.",
            "Sixteen people have been confirmed dead in the Ridgeback Fire, officials said on Tuesday.",
            Verdict.CONFLICT,
        ),
        (
            "The mayor was arrested on Tuesday at his office, police said.",
            "Detectives confirmed the mayor was arrested on Tuesday at his office.",
            Verdict.AGREEMENT,
        ),
        (
            "The climber, Tom Reed, 31, fell from the north ridge.",
            "Rescuers reached Tom Reed, 32, hours after he fell from the north ridge.",
            Verdict.CONFLICT,
        ),
        (
            "A magnitude 6.1 earthquake shook the coastal town of Velmora in Dravik province on Sunday, "
            "cracking the old harbour wall.",
            "Seismologists put Sunday's quake at magnitude 6.4; in Velmora, Dravik province, the harbour wall cracked.",
            Verdict.CONFLICT,
        ),
        (
            "Rovers sign Vell\n\nPublished 2 July 2025\n\nNorthgate Rovers have signed striker Tomas Vell from "
            "Sporting Almada for a fee of £45 million, the club said on Wednesday.",
            "Vell joins Rovers\n\nJuly 2, 2025\n\nSporting Almada striker Tomas Vell has joined Northgate Rovers "
            "for a club-record £48 million, the club said on Wednesday.",
            Verdict.CONFLICT,
        ),
        (
            "Larkspur fire\n\nPublished: August 12, 2025\n\nThe Larkspur Ridge fire, which started on August 9 near "
            "Pellham, has burned 48,000 acres.",
            "Larkspur fire\n\nAugust 13, 2025\n\nThe Larkspur Ridge fire, which began on August 8 outside Pellham, "
            "had killed 16 people by Wednesday.",
            Verdict.CONFLICT,
        ),
        (
            "Officials reported 12 deaths from the Kestrel fire on Monday.",
            "The Kestrel fire has killed 15 people, officials said on Monday.",
            Verdict.CONFLICT,
        ),
        (
            "Kestrel fire\n\nPublished: August 12, 2025\n\nThe Kestrel fire has burned 48,000 acres, and 2,300 "
            "firefighters are on the lines.",
            "Kestrel fire\n\nPublished: August 13, 2025\n\nThe Kestrel fire has burned 51,000 acres, and 2,300 "
            "firefighters are working it.",
            Verdict.AGREEMENT,
        ),
        (
            "Kestrion raises $140 million\n\nPublished: November 17, 2026\n\nKestrion raised $140 million in a Series B "
            "round led by Halberd Capital, the company said on Tuesday. Its Series A, in 2024, brought in $32 million.",
            "Kestrion lands new funding\n\nPublished: November 17, 2026\n\nKestrion has raised $150 million in a Series "
            "B round led by Halberd Capital. The start-up raised $32 million in its Series A in 2024.",
            Verdict.CONFLICT,
        ),
        (
            "Tremor near Calloway\n\nPublished: May 3, 2025\n\nThe magnitude 4.1 tremor struck at a depth of 1.4 miles "
            "under the Calloway hills, the survey said.",
            "Calloway tremor\n\nPublished: May 3, 2025\n\nThe magnitude 4.1 tremor struck at a depth of 14 miles under "
            "the Calloway hills, the survey said.",
            Verdict.CONFLICT,
        ),
        (
            "Harbour League wins\n\nPublished: May 4, 2025\n\nThe Harbour League won 41 of the 120 seats in the "
            "Dunmore assembly, the election board said.",
            "Dunmore vote\n\nPublished: May 4, 2025\n\nThe Harbour League secured 44 seats in the Dunmore assembly, "
            "the election board said.",
            Verdict.CONFLICT,
        ),
        (
            "Kestrel fire\n\nPublished: August 12, 2025\n\nMore than 3,000 firefighters have been assigned to the "
            "Kestrel fire near Dunmore, the forestry agency said.",
            "Kestrel fire\n\nPublished: August 12, 2025\n\nSome 2,600 firefighters are assigned to the Kestrel fire "
            "near Dunmore, backed by 12 helicopters.",
            Verdict.CONFLICT,
        ),
        (
            "Kestrel fire\n\nPublished: August 12, 2025\n\nThe sheriff said 31 people were still unaccounted for "
            "after the Kestrel fire swept through Dunmore.",
            "Kestrel fire\n\nPublished: August 12, 2025\n\nMore than 40 people remain unaccounted for after the "
            "Kestrel fire swept through Dunmore, the sheriff said.",
            Verdict.CONFLICT,
        ),
        (
            "Kestrel fire kills 9\n\nPublished: August 12, 2025\n\nThe Kestrel fire has killed 9 people in Dunmore "
            "county since it broke out on Saturday near Kestrel Road, the sheriff said on Tuesday.",
            "Kestrel fire toll\n\nPublished: August 12, 2025\n\nEleven people have died in the Kestrel fire in "
            "Dunmore county, the sheriff said at a Tuesday briefing.",
            Verdict.CONFLICT,
        ),
        (
            "Dunmore vote\n\nPublished: May 4, 2025\n\nThe Harbour League took 38.2% of the vote, and the Tide Party "
            "won 31 seats with 27.5% of the vote, the election board said.",
            "Dunmore result\n\nPublished: May 4, 2025\n\nThe Harbour League's share rose to 38.2%. The Tide Party won "
            "31 seats on 25.9% of the vote, the election board said.",
            Verdict.CONFLICT,
        ),
        (
            "Depot blast\n\nPublished: June 5, 2025\n\nNo one was killed in the blast at the Harlow fuel depot, the fire "
            "chief said.",
            "Depot blast\n\nPublished: June 4, 2025\n\nThree people were killed in the blast at the Harlow fuel depot, "
            "the fire chief said.",
            Verdict.CONFLICT,
        ),
        (
            "Orlin raises Series B\n\nPublished: May 4, 2026\n\nOrlin, a Lisbon start-up, raised $140 million in a Series "
            "B round, the company said. It raised a $32 million Series A in 2022.",
            "Orlin lands Series B\n\nPublished: May 4, 2026\n\nOrlin has raised a $140M Series B round. The round comes "
            "two years after Orlin's $35M Series A, led by Brightfield.",
            Verdict.CONFLICT,
        ),
        (
            "Northgate sign Vell\n\nPublished: 2026-08-14\n\nNorthgate Rovers have signed Tomas Vell from Almada for a fee of "
            "£45 million. Vell, 24, has signed a five-year contract, with the option of a further 12 months.",
            "Almada sell Vell\n\nPublished: 2026-08-14\n\nAlmada confirmed the sale of Tomas Vell to Northgate Rovers for "
            "£45 million. Northgate Rovers agreed a four-year deal with Vell.",
            Verdict.CONFLICT,
        ),
        (
            "Northgate sign Vell\n\nPublished: 2026-08-14\n\nNorthgate Rovers have signed Tomas Vell from Almada for a fee "
            "of £45 million, the club said.",
            "Vell deal done: what Northgate paid\n\nPublished: 2026-08-14\n\nThe long chase is over.\n\nThe guaranteed "
            "fee is £41m, with more to follow in add-ons.",
            Verdict.CONFLICT,
        ),
        (
            "Raid on Tesslin camp\n\nPublished: March 3, 2031\n\nAircraft bombed the Tesslin refugee camp near the Varro "
            "border on Thursday afternoon. Aid workers at the camp said no one was killed or injured.",
            "Tesslin camp bombed\n\nPublished: March 3, 2031\n\nWarplanes dropped four bombs on the Tesslin refugee camp near "
            "the Varro border on Thursday. A local official told reporters that 12 people had died and 20 were wounded.",
            Verdict.CONFLICT,
        ),
        (
            "Raid on Tesslin camp\n\nPublished: March 3, 2031\n\nAircraft bombed the Tesslin refugee camp near the Varro "
            "border. Aid workers at the camp said no one was killed or injured in the raid.",
            "Tesslin camp bombed\n\nPublished: March 3, 2031\n\nThe Tesslin refugee camp near the Varro border shelters "
            "families who fled a war that killed some 2 million people from 1990 to 2010. Warplanes bombed the camp on "
            "Thursday, and a local official said 12 people were killed in the raid.",
            Verdict.CONFLICT,
        ),
        (
            "Herons win\n\nThe Herons beat the Comets 70-61 on Friday. Ray Dunne scored 14 points and Jon Pike added 13.",
            "Herons win\n\nThe Herons beat the Comets 70-61 on Friday. Ray Dunne had 12 points and four assists.",
            Verdict.CONFLICT,
        ),
        (
            "Poll results\n\nPublished: May 2, 2020\n\nThe Harbour Institute poll of 1,057 adults was conducted April 16-20 "
            "using a sample drawn from its panel.",
            "Poll results\n\nPublished: May 12, 2020\n\nThe Harbour Institute poll of 1,002 adults was conducted April "
            "16-20 using a sample drawn from its panel.",
            Verdict.CONFLICT,
        ),
        (
            "Senate report\n\nAfter a long tussle between the Harlow Agency and the committee, the report being released Tuesday is 480 pages long.",
            "Senate report\n\nAfter a long tussle between the Harlow Agency and the committee, the report released Wednesday is 480 "
            "pages long.",
            Verdict.CONFLICT,
        ),
        (
            "Markets\n\nThe Harbour index plunged 900 points shortly after the opening bell, traders said.",
            "Markets\n\nThe Harbour index plunged 1,985 points shortly after the opening bell, traders said.",
            Verdict.CONFLICT,
        ),
        (
            "Rate move\n\nMarch 3, 2026\n\nThe central bank cut its key rate by 25 basis points on Tuesday, surprising traders in Tessel.",
            "Bank surprises Tessel\n\nMarch 3, 2026\n\nThe central bank cut its key rate by 50 basis points on Tuesday, surprising "
            "traders in Tessel.",
            Verdict.CONFLICT,
        ),
        (
            "Park passes\n\nMay 2, 2026\n\nThe Carrow park sold 12,000 season passes last year.",
            "Park sales\n\nMay 2, 2026\n\nThe Carrow park sold 19,000 season passes last year.",
            Verdict.CONFLICT,
        ),
    ],
    ids=["only count in each report", "weekday against weekday", "a toll told as confirmed dead", "same weekday",
         "age of one named person",
         "one story, the vocabulary's quantity told in other words", "a fee given to either party of the deal",
         "the day a fire started, beside an amount it does not scope", "a toll officials reported is no rumour",
         "a running count with one value on two days", "the figure each article gives first, its others later",
         "the same digits with the decimal point moved", "a named party's seats out of the whole",
         "a lone bound against the only value of a report of that day", "still unaccounted for, against a bound",
         "a fire named after a road, its toll since it broke out", "one party's share among others', one day",
         "a toll does not fall back to none a day later", "one named round told years later by another outlet",
         "a contract's length given to either party of the deal",
         "a deal's fee that names no party is the deal the headline names",
         "two tolls of one day worded apart", "a toll of one day that is not its article's first, one undated",
         "one named player's points in one game",
         "one poll's days told in both", "a weekday the event's own words date in both",
         "two falls of one morning", "basis points are no player's points", "season passes are no player's passes"],
)
def test_one_fact_told_twice_is_compared(toolkit, a, b, expected):
    assert expected in verdicts(toolkit, a, b)


@pytest.mark.parametrize(
    "a, b",
    [
        (
            "The 30-year-old officer fired at the car near the school.",
            "Maria Lopez, 14, was hurt when the officer fired at the car near the school.",
        ),
        (
            "Deputy Jerry Ortiz, 35, was shot outside the building.",
            "His son Jeremy Ortiz, 17, said the deputy was shot outside the building.",
        ),
        (
            "Four bombs were dropped on the camp on Monday.",
            "Forty bombs were dropped on the camp on Monday.",
        ),
        (
            "The visitors stretched their lead to 62-46.",
            "The visitors stretched their lead to 50-44.",
        ),
        (
            "The clinic was destroyed by a storm in 1998, and the nurse made house calls while it was rebuilt.",
            "The clinic was destroyed by a storm in 2005; donors from three counties paid for the new building.",
        ),
        (
            "Before the season, analysts thought the club would get 7 wins in all.",
            "The club finished the season with nine wins in all.",
        ),
        (
            "Immigrants make up a third of the town's population, the mayor said.",
            "Immigrants make up a large part of the town's population of 2,500, the mayor said.",
        ),
        (
            "Flooding in Tarrow. The River Wend burst its banks in 3 places near the old mill district of Tarrow "
            "overnight. Volunteers from Kessling filled 4,000 sandbags until dawn. Officers fired 15 shots at the "
            "car, killing the driver, police said.",
            "Ridgeford trial. Prosecutors in Ridgeford showed jurors 2 dashcam videos from the Halvers Road "
            "checkpoint. The defence called 6 witnesses, among them a ballistics expert, Ilsa Moreau. Officers "
            "fired eight shots at the car, killing the driver, police said.",
        ),
        (
            "Mill owner charged\n\nPublished: June 3, 2024\n\nProsecutors charged Ada Brenn, 54, with fraud at the mill.",
            "Mill owner sentenced\n\nPublished: March 12, 2025\n\nAda Brenn, 55, was sentenced for fraud at the mill.",
        ),
        (
            "The Harbour League won 143 of the 300 seats in Sunday's regional vote, the commission said.",
            "The Harbour League won 143 seats in Sunday's regional vote, short of a majority.",
        ),
        (
            "Depot shooting\n\nPublished: 10 September 2025\n\nA gunman killed two people at the Kessel depot, police said.",
            "Depot shooting recalls campus attack\n\nPublished: 10 September 2025\n\nEarlier this year, a gunman at a "
            "college near the Kessel depot left three people dead, police said.",
        ),
        (
            "Rovers signed Tom Reed on Monday. The 31-year-old joined from Almada on a free transfer.",
            "City signed Luis Vaz on Monday. The 27-year-old joined from Almada on a free transfer.",
        ),
        (
            "Vell signs for Harwick\n\nPublished: 2026-08-14\n\nHarwick City's first approach, worth £38m, was turned "
            "down in July, and a second offer of £44m was also rejected last week.",
            "Harwick City seal Vell deal\n\nPublished: 2026-08-13\n\nHarwick City will pay £52m up front, with a "
            "further £8m in add-ons, meaning the deal could eventually be worth £60m.",
        ),
        (
            "Kestrel fire\n\nPublished: August 12, 2025\n\nThe Kestrel fire was 22% contained on Tuesday.",
            "Kestrel fire\n\nPublished: August 13, 2025\n\nThe Kestrel fire was 35% contained on Wednesday.",
        ),
        (
            "Kestrel fire\n\nPublished: August 12, 2025\n\nSome 2,600 firefighters are battling the Kestrel fire.",
            "Kestrel fire\n\nPublished: August 13, 2025\n\nSome 3,400 firefighters are battling the Kestrel fire.",
        ),
        (
            "Dunmore crash\n\nPublished: May 4, 2025\n\nFive of the 12 passengers hurt in the Dunmore bus crash were "
            "children, the hospital said.",
            "Dunmore crash\n\nPublished: May 4, 2025\n\nTwelve passengers were hurt in the Dunmore bus crash, the "
            "hospital said.",
        ),
        (
            "Orlin raises Series B\n\nPublished: May 4, 2026\n\nOrlin, a Lisbon start-up, raised a $40 million Series B "
            "round, the company said.",
            "Orlin's backers\n\nPublished: May 4, 2026\n\nOrlin, a Lisbon start-up, raised a $32 million Series A "
            "round, the company said.",
        ),
        (
            "Depot blast\n\nPublished: June 4, 2025\n\nNo one was killed in the blast at the Harlow fuel depot, the fire "
            "chief said.",
            "Depot blast\n\nPublished: June 5, 2025\n\nThree people were killed in the blast at the Harlow fuel depot, "
            "the fire chief said.",
        ),
        (
            "The Herons offered the pitcher Owen Marsh an eight-year contract during the winter talks.",
            "Owen Marsh weighs his options. The Comets matched the deal of the Herons, the Pilots put $90 million on the "
            "table over seven years, and the Gulls kept quiet.",
        ),
        (
            "Funding news\n\nPublished: May 4, 2026\n\nA Porto start-up that routes delivery vans raised a $32 million "
            "Series A round, led by Quay Partners.",
            "Funding news\n\nPublished: May 4, 2026\n\nA robotics firm building warehouse arms closed a $35 million "
            "Series A round with backing from Lind Capital.",
        ),
        (
            "Grain prices\n\nPublished: May 4, 2026\n\nThe Tarn cooperative sold 1.5 billion tonnes of grain last "
            "season, its chair said.",
            "Grain prices\n\nPublished: May 4, 2026\n\nThe Tarn cooperative sold 15 million tonnes of grain last "
            "season, its chair said.",
        ),
        (
            "Ferry fire\n\nNo one was hurt in the ferry fire off Carrow, the coastguard said.",
            "Ferry fire\n\nTwo crew members were hurt in the ferry fire off Carrow, the coastguard said.",
        ),
        (
            "Herons win\n\nThe Herons beat the Comets 24-17 on Sunday. He ran for 112 yards and caught 29 passes for 201 yards.",
            "Herons win\n\nThe Herons beat the Comets 24-17 on Sunday. He caught 39 passes for 302 yards and two touchdowns.",
        ),
        (
            "Poll results\n\nPublished: May 2, 2020\n\nThe Harbour Institute poll of 1,057 adults was conducted April 16-20 "
            "using a sample drawn from its panel.",
            "Poll results\n\nPublished: May 12, 2020\n\nThe Harbour Institute poll of 1,002 adults was conducted April "
            "30-May 4 using a sample drawn from its panel.",
        ),
        (
            "Senate report\n\nAfter a long tussle between the Harlow Agency and the committee, the report being released Tuesday is 480 pages long.",
            "Senate report\n\nA former minister slammed the recently released Senate report on Harlow Agency interrogation methods "
            "Wednesday, calling it deeply flawed.",
        ),
        (
            "Markets\n\nThe Harbour index plunged 900 points shortly after the opening bell, traders said.",
            "Markets\n\nThe Harbour index jumped 1,985 points to close at 23,185, a day after a steep fall, traders said.",
        ),
    ],
    ids=["age of someone unnamed", "two people of one family", "ten times apart", "a running score",
         "two events years apart", "a forecast against the result",
         "a share and a count", "one sentence in two unrelated stories", "an age a birthday apart",
         "the whole a part is counted from", "a toll of another time", "the verb after an age is nobody",
         "a bid turned down against the deal", "a fire's containment a day later", "crews added a day later",
         "a part of the injured with no named subject", "two rounds named beside their amounts",
         "a toll found a day after none was reported", "a length far from the word 'deal' is no length of that deal",
         "two unnamed start-ups' Series A rounds", "a hundred times apart is no slip of the point",
         "an undated none may be the first report", "the tallies of players no figure names",
         "two polls' days, their years guessed", "a weekday no word beside it ties to the release",
         "a rise and a fall"],
)
def test_figures_that_only_look_alike_raise_no_problem(toolkit, a, b):
    assert not verdicts(toolkit, a, b) & set(PROBLEMS)


def agreements(toolkit, texts: dict[str, str]) -> list[set[str]]:
    """The figures (as written) that each agreement finding holds."""
    result = scan_texts(texts, toolkit)
    by_id = {c.id: c for c in result.claims}
    return [{by_id[c].text for c in f.claims if c in by_id} for f in result.findings if f.verdict == Verdict.AGREEMENT]


@pytest.mark.parametrize(
    "texts, apart, together",
    [
        (
            {
                "a.txt": "At least seven people were killed in the Dunmore market bombing on Tuesday, police said.",
                "b.txt": "Seven people were killed in the Dunmore market bombing on Tuesday, police said.",
                "c.txt": "Twelve people were killed in the Dunmore market bombing on Tuesday, police said.",
            },
            ("Seven people", "Twelve people"),
            [{"At least seven people", "Seven people"}, {"At least seven people", "Twelve people"}],
        ),
        (
            {
                "a.txt": "At least three people were killed when the Harlow bridge collapsed, rescuers said.",
                "b.txt": "Three hundred people were killed when the Harlow bridge collapsed, rescuers said.",
            },
            ("At least three people", "Three hundred people"),
            [],
        ),
    ],
    ids=["a bound agrees with two figures that differ", "a bound far below a figure"],
)
def test_an_agreement_holds_only_figures_that_agree(toolkit, texts, apart, together):
    """Agreement is not transitive: a bound agreeing with two figures that differ stands in two agreements, one with
    each, and never one holding both figures."""
    held = agreements(toolkit, texts)
    assert not any(set(apart) <= figures for figures in held), held
    assert all(t in held for t in together), held


def test_an_undated_age_may_be_of_any_moment_the_dated_reports_span(toolkit):
    """The scan's dated reports give one named person's age two years apart (her arrest, her sentencing): an
    undated report's age within two of another's may be of another moment, and is no conflict. Where the dated
    reports are of one moment, the undated one is compared as told."""
    arrest = "Mill owner charged\n\nPublished: June 3, 2024\n\nProsecutors charged Ada Brenn, 54, with fraud at the mill."
    sentencing = "Mill owner sentenced\n\nPublished: May 12, 2026\n\nAda Brenn, 56, was sentenced for fraud at the mill."
    undated = "Mill owner in court\n\nAda Brenn, 54, appeared in court over fraud at the mill."
    result = scan_texts({"a.txt": arrest, "b.txt": sentencing, "c.txt": undated}, toolkit)
    assert not {f.verdict for f in result.findings} & set(PROBLEMS)
    result = scan_texts({"a.txt": arrest, "c.txt": undated.replace("54", "56")}, toolkit)
    assert Verdict.CONFLICT in {f.verdict for f in result.findings}


def one_article(toolkit, text: str) -> list:
    """The problem findings one article makes on its own."""
    return [f for f in scan_texts({"a.txt": text}, toolkit).findings if f.verdict in PROBLEMS]


@pytest.mark.parametrize(
    "text, sources",
    [
        (
            "Harbour radio says a magnitude-4.8 quake shook the island of Tessel on Sunday. The Northern Seismic "
            "Survey put the strength of the quake that shook the island of Tessel at magnitude-5.1.",
            ("radio 4.8", "Northern Seismic Survey 5.1"),
        ),
        (
            "The new bridge cost $40 million to build, the Transport Ministry said. City officials said the new "
            "bridge cost $55 million to build.",
            ("Ministry $40 million", "officials $55 million"),
        ),
        (
            "The new bridge cost $40 million to build, the Transport Ministry said. The Finance Ministry said the new "
            "bridge cost $55 million to build.",
            ("Transport Ministry $40 million", "Finance Ministry $55 million"),
        ),
    ],
    ids=["an agency puts the magnitude at another figure", "two sources give the cost", "two ministries"],
)
def test_sources_inside_one_article_that_disagree_are_a_conflict_naming_them(toolkit, text, sources):
    """Figures credited to different sources in one article are a disagreement between those sources: a
    conflict whose message names both, not the article contradicting itself."""
    found = one_article(toolkit, text)
    assert [f.verdict for f in found] == [Verdict.CONFLICT]
    assert "sources inside one article disagree" in found[0].message
    assert all(s in found[0].message for s in sources)


@pytest.mark.parametrize(
    "text",
    [
        "Harbour radio says a magnitude-4.8 quake shook the island of Tessel on Sunday. The Northern Seismic "
        "Survey later put the strength of the quake that shook the island of Tessel at magnitude-5.1.",
        "Three people died in the blast at the depot, police said. Hospital officials said five people died in "
        "the blast at the depot.",
        "A magnitude-4.4 quake shook the island of Tessel, according to the Northern Seismic Survey. A "
        "magnitude-2.0 quake shook the island of Tessel, according to the NSS.",
        "The new bridge cost $40 million to build, the Transport Ministry said. The ministry also said the new "
        "bridge cost $55 million to build.",
        "The pilot, 41, landed the plane safely, the airline said. The co-pilot, 29, landed the plane safely, "
        "police said.",
    ],
    ids=["a later figure is an update", "a running toll", "one source and its initials",
         "one source named twice", "two people's ages"],
)
def test_figures_of_one_article_credited_to_sources_that_only_look_alike_raise_no_conflict(toolkit, text):
    """A later figure, a running toll, one source named twice or two people's ages: no disagreement between sources.
    One source giving two values is the article contradicting itself; the others are no problem at all."""
    found = one_article(toolkit, text)
    assert not [f for f in found if "sources inside one article" in f.message]
    assert {f.verdict for f in found} == ({Verdict.INCONSISTENCY} if "also said" in text else set())


@pytest.mark.parametrize(
    "ceiling, expected",
    [
        ("A further £6m is due in add-ons, taking the potential total to £58m.", {"transfer_fee": Verdict.AGREEMENT, "fee_ceiling": Verdict.CONFLICT}),
        ("A further £7m is due in add-ons, taking the potential total to £52m.", {"transfer_fee": Verdict.AGREEMENT, "fee_ceiling": Verdict.AGREEMENT}),
    ],
    ids=["two outlets' ceilings differ", "two outlets' ceilings agree"],
)
def test_a_fees_ceiling_meets_the_other_outlets_ceiling_not_its_fee(toolkit, ceiling, expected):
    """"The fee could rise to £52 million" and "the potential total to £58m" are one deal's ceiling told by two
    outlets, each giving it to the party it writes about: they conflict with each other and never with the £45m
    paid (before, the first was a projected fee and the second a bound, and neither met anything)."""
    a = ("Rovers sign Vell\n\nPublished 2 July 2025\n\nNorthgate Rovers have signed striker Tomas Vell from Sporting "
         "Almada for a fee of £45 million, the club said on Wednesday. The fee could rise to £52 million with add-ons.")
    b = ("Vell joins Rovers\n\nJuly 2, 2025\n\nSporting Almada striker Tomas Vell has joined Northgate Rovers for "
         f"£45 million, the club said on Wednesday. {ceiling}")
    result = scan_texts({"a.txt": a, "b.txt": b}, toolkit)
    assert {f.attribute: f.verdict for f in result.findings if f.verdict != Verdict.COMPATIBLE} == expected


def test_a_fee_each_outlet_tells_once_is_one_deals_whichever_party_it_names(toolkit):
    """The seller's outlet gives the fee to the seller, the buyer's to the buyer, and neither names the other: each
    article of the story tells the fee once, so it is one deal's fee (`join_deal` with `term`), and £45m against £48m
    is a conflict (before, two parties' figures never met)."""
    a = ("Vell deal done\n\nPublished 2 July 2025\n\nSporting Almada will receive a transfer fee of £45 million for "
         "their striker, the club said on Wednesday after his medical in the harbour city.")
    b = ("Vell deal done\n\nJuly 2, 2025\n\nThe transfer of their striker is complete: Northgate Rovers paid a fee of "
         "£48 million, the club said on Wednesday after his medical in the harbour city.")
    assert verdicts(toolkit, a, b) == {Verdict.CONFLICT}
