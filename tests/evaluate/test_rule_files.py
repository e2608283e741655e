"""Every rule file's `tests:` cases run under pytest (ids: rule code + case name), so CI runs them."""

from __future__ import annotations

import pytest

from factcheck.evaluate.rulefile import ExpectedFinding, RuleTest, load_rules
from factcheck.app.ruletests import case_problems
from factcheck.models import Verdict
from factcheck.settings import Settings

RULES = load_rules(Settings().all_rules_dirs())
CASES = [(rule, case) for rule in RULES.rules.values() for case in rule.tests]


def test_every_rule_file_has_cases():
    assert CASES and {rule.code for rule, _ in CASES} == set(RULES.rules)


@pytest.mark.parametrize("rule,case", CASES, ids=[f"{rule.code}-{case.name}" for rule, case in CASES])
def test_rule_file_case(toolkit, rule, case):
    assert case_problems(toolkit, rule, case) == ()


def test_a_case_expecting_what_does_not_happen_fails(toolkit):
    """The check can fail: a conflict expected from one article that states one figure is missing."""
    rule = RULES.rules["FC101"]
    case = RuleTest(
        name="impossible",
        articles={"a.md": "Acme raised $5 million in 2024.\n"},
        expect=[ExpectedFinding(verdict=Verdict.CONFLICT)],
    )
    assert case_problems(toolkit, rule, case) == ("expected conflict was not found",)
