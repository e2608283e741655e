"""Run the small test articles in rule files (`tests:`) and compare with what they expect.

`factcheck rules test` and the pytest suite (tests/evaluate/test_rule_files.py)
both run them through `case_problems`, so CI and the command agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.app.pipeline import scan_texts
from factcheck.app.toolkit import Toolkit
from factcheck.evaluate.rulespec import ExpectedFinding, RuleBase, RuleTest
from factcheck.models import Finding


@dataclass(frozen=True)
class RuleTestResult:
    code: str
    name: str
    passed: bool
    problems: tuple[str, ...]


def _matches(expected: ExpectedFinding, f: Finding) -> bool:
    if f.verdict != expected.verdict:
        return False
    if expected.entity is not None and (f.entity or "").casefold() != expected.entity.casefold():
        return False
    if expected.attribute is not None and f.attribute != expected.attribute:
        return False
    return expected.documents is None or sorted(expected.documents) == f.documents


def _describe(f: Finding) -> str:
    return f"{f.verdict.value} {f.entity} / {f.attribute} in {', '.join(f.documents)}"


def case_problems(toolkit: Toolkit, rule: RuleBase, case: RuleTest) -> tuple[str, ...]:
    """What is wrong with one test case: expected findings not found and findings not expected."""
    found = [f for f in scan_texts(case.articles, toolkit).findings if f.rule == rule.code]
    problems = []
    left = list(found)
    for exp in case.expect:
        hit = next((f for f in left if _matches(exp, f)), None)
        if hit is None:
            problems.append(
                f"expected {exp.verdict.value}"
                + (f" {exp.entity}" if exp.entity else "")
                + (f" / {exp.attribute}" if exp.attribute else "")
                + " was not found"
            )
        else:
            left.remove(hit)
    problems.extend(f"unexpected {_describe(f)}" for f in left)
    return tuple(problems)


def run_rule_tests(toolkit: Toolkit, rules: list[RuleBase] | None = None) -> list[RuleTestResult]:
    """Each rule's findings on each of its test cases must match `expect` one to one."""
    results = []
    for rule in rules if rules is not None else list(toolkit.rules.rules.values()):
        for case in rule.tests:
            problems = case_problems(toolkit, rule, case)
            results.append(RuleTestResult(rule.code, case.name, not problems, problems))
    return results
