"""The article's own date, read from its text: a report's day decides whether two tolls are an update or a
conflict, so an article whose date is missed loses that evidence. The pages are our own."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.ingest.published import find_published
from factcheck.knowledge.paths import builtin_rules_dir
from factcheck.values import Lexicon


@pytest.mark.parametrize(
    "language, text, day",
    [
        (None, "# Storm hits coast\n\nPublished: March 3, 2026\n\nThe storm ...", date(2026, 3, 3)),
        (None, "WIRE SERVICE\n\nFire kills 9\n\nBy A. Writer\nPORT ELLIS, Norvia, Aug. 19, 2026 (NPS) —\n\nThe fire ...", date(2026, 8, 19)),
        ("de", "# Waldbrand\n\nVeröffentlicht: 19.08.2026, 22:10 Uhr\n\nVon B. Autorin", date(2026, 8, 19)),
        ("nl", "Krant > Sport\n\nTitel\n\nC. Schrijver\n20 aug. 2026, 20:17 Bijgewerkt: 22:40\n\nDe club ...", date(2026, 8, 20)),
        ("nl", "# Titel\n\nGepubliceerd: maandag 9 november 2026, 14:05\n", date(2026, 11, 9)),
        ("pt", "# Título\n\nPublicado em 14/08/2026 às 18h02\n\nO clube ...", date(2026, 8, 14)),
        (None, "# Title\n\nPORT ELLIS, Norvia, Aug 20 (NPS) - The club said ...", None),
        (None, "# Title\n\nThe club said on Aug. 19, 2026 (a Wednesday) - a day late - that ...", None),
        (None, "Source: http://blog.example.org/storm-hits-dorrel\n\nStorm hits Dorrel\non Nov 10, 2031\nThe storm ...", date(2031, 11, 10)),
        (None, "Storm hits Dorrel\nThe storm reached the coast on Nov 10, 2031, officials said.", None),
    ],
    ids=["English cue", "wire dateline with its year", "German cue", "Dutch date line with a time and an update",
         "Dutch cue", "Portuguese cue", "a dateline with no year dates nothing", "a date in the story is no dateline",
         "a date line under the headline that starts with 'on'", "'on' a date inside a sentence is no date line"],
)
def test_an_article_says_its_own_date(toolkit, language, text, day):
    """A cue in the article's language ("Veröffentlicht:", "Gepubliceerd:"), a date line near the top followed
    by a time of day and an update stamp, or a wire dateline ("PORT ELLIS, Norvia, Aug. 19, 2026 (NPS) —")
    give the article's date; a dateline without a year, or a date inside the story, gives none."""
    lexicon = Lexicon.load([builtin_rules_dir()], language=language)
    assert find_published(text, toolkit.knowledge, lexicon)[0] == day
