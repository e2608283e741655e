"""An organisation anaphor written around a figure ("Das 2020 gegründete Unternehmen", "the 2019-founded
company"): the year splits the anaphor's article from its noun, and the figure is still the organisation's."""

from __future__ import annotations

import pytest

from factcheck.extract.subjects import _split_anaphora
from factcheck.knowledge import builtin_rules_dir, load_knowledge

KNOWLEDGE = load_knowledge([builtin_rules_dir()])
PATTERNS = _split_anaphora(KNOWLEDGE.cues.organisation_anaphora)


@pytest.mark.parametrize(
    "text, figure, around",
    [
        ("Das 2020 gegründete Unternehmen entwickelt Software.", "2020", True),
        ("Insgesamt hat das 2018 gegründete Start-up nun Geld eingeworben.", "2018", True),
        ("Het in 2017 opgerichte bedrijf maakt software.", "2017", True),
        ("The 2019-founded company makes batteries.", "2019", True),
        ("The 2019 founded firm makes batteries.", "2019", True),
        ("In the 2019 season the company won.", "2019", False),  # two words and another article between
        ("The company made 2019 cars.", "2019", False),  # the anaphor stands before the figure, not around it
        ("Voltara was founded in 2016 as a company.", "2016", False),
    ],
)
def test_an_anaphor_around_a_figure(text: str, figure: str, around: bool) -> None:
    assert PATTERNS is not None
    before, after = PATTERNS
    at = text.index(figure)
    assert bool(before.search(text[:at]) and after.match(text, at + len(figure))) == around


def test_language_files_add_organisation_anaphora() -> None:
    """'das Unternehmen' (lang/de.yml) is the German 'the company'."""
    assert {"das unternehmen", "het bedrijf"} <= {a.casefold() for a in KNOWLEDGE.cues.organisation_anaphora}
