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
    ],
    ids=[
        "verb killed", "adjective dead", "death toll", "wounded", "homes destroyed", "magnitude",
        "age between commas", "unknown noun is its own quantity", "seats", "tickets_sold",
        "vocabulary word right before the figure", "verb right before a specific noun",
    ],
)
def test_quantity_is_read_from_the_figures_words(read, figure, text, quantity):
    """Synonyms join through the vocabulary; a word it lacks is a quantity by its own stem."""
    _, frame = read(figure, text)
    assert frame.quantity == quantity


@pytest.mark.parametrize(
    "figure, text, stage",
    [
        ("$3 billion", "The firm is in talks to raise $3 billion.", "talks"),
        ("$900 million", "The company expects revenue to reach $900 million next year.", "projection"),
        ("2,000", "Officials estimated 2,000 people attended the rally.", "estimate"),
        ("$50 million", "The club reportedly agreed a fee of $50 million.", "rumour"),
        ("$2 billion", "The firm raised $2 billion last spring.", "actual"),
        ("7 wins", "Fans thought the club would get 7 wins this year.", "projection"),
        ("nine points", "The forward needed nine points to pass the record.", "target"),
    ],
    ids=["talks", "projection", "estimate", "rumour", "actual", "what would happen", "what was needed"],
)
def test_stage_keeps_targets_and_talks_apart_from_actual_figures(read, figure, text, stage):
    _, frame = read(figure, text)
    assert frame.stage == stage


@pytest.mark.parametrize(
    "figure, text, role",
    [
        ("$40", "Buyers paid $40 per ton, or $2 million in all.", "rate"),
        ("$4 million", "He will earn $4 million a year under the deal.", "rate"),
        ("120", "The plant cut 120 of its 900 staff.", None),
        ("3", "Sales rose to 9 units, up from 3 a year ago.", "comparison"),
        ("$2 million", "Buyers paid $40 per ton, or $2 million in all.", "cumulative"),
        ("7.4", "Two quakes of magnitude 7.6 and 7.4 struck the coast.", "listed"),
        ("14", "The navy has seized 14 rifles in its patrols so far.", "cumulative"),
    ],
    ids=["per unit", "a year", "part named after", "up from", "total beside a rate", "listed", "so far"],
)
def test_role_marks_rates_and_comparisons(read, figure, text, role):
    _, frame = read(figure, text)
    assert frame.role == role


@pytest.mark.parametrize(
    "figure, text, quantity",
    [
        ("March", "The museum opened in March after a long delay.", "date_of_release"),
        ("1998", "She was born in 1998 in a small town.", "date_of_birth"),
        ("six weeks", "The jury deliberated for six weeks.", "duration_of_deliberation"),
        ("Thursday", "The suspect was arrested last month, officials said Thursday.", "date_of_said"),
        ("1972", "He was the informant in the Deep Water scandal of 1972, a book says.", None),
    ],
    ids=["opened", "born", "deliberated", "the day something was said", "a concept word inside a name"],
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
