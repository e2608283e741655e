"""`explain` shows the tolerance the decision used, not the raw rounding of the digits.

"12,000 employees" is rounded to the thousand (±500), but the rule caps rounding at 2.5 % of the figure, so the
comparison used ±300: explain used to print ±500.
"""

from __future__ import annotations

import pytest

from factcheck.app.pipeline import scan_texts
from factcheck.report.explain import decided_tolerance


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("Acme had 12,000 employees in 2020.", "±300"),
        ("Acme had about 12,000 employees in 2020.", "±600"),
        ("Acme had 12,345 employees in 2020.", "±0.5"),
    ],
    ids=["capped-rounding", "approximate", "exact-digits"],
)
def test_explain_shows_the_tolerance_the_rule_used(toolkit, sentence, shown):
    (c,) = [c for c in scan_texts({"a.md": sentence + "\n"}, toolkit).claims if c.attribute == "employees"]
    text = decided_tolerance(c, toolkit.rules.rules["FC101"].tolerance)
    assert text is not None and text.startswith(shown + " "), text
