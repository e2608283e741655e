"""What blocks: new or regressed problems at or above --fail-on, not suppressed."""

from __future__ import annotations

import pytest

from factcheck.gate.decide import is_blocking
from factcheck.models import Finding, Status


def finding(verdict="conflict", severity="error", status=Status.NEW, suppressed=None) -> Finding:
    return Finding(
        id="abc", rule="FC101", rule_name="x", verdict=verdict, severity=severity, claims=[], message="m",
        status=status, suppressed=suppressed,
    )


@pytest.mark.parametrize(
    "kw, fail_on, blocks",
    [
        ({}, "error", True),
        ({"verdict": "inconsistency"}, "error", True),
        ({"status": Status.REGRESSED}, "error", True),
        ({"status": Status.UNCHANGED}, "error", False),
        ({"status": Status.UPDATED}, "error", False),
        ({"severity": "warning"}, "error", False),
        ({"severity": "warning"}, "warning", True),
        ({"severity": "info"}, "warning", False),
        ({"severity": "info"}, "info", True),
        ({}, "none", False),
        ({"suppressed": "a reason"}, "info", False),
        ({"verdict": "agreement", "severity": "info"}, "info", False),
        ({"verdict": "compatible", "severity": "info"}, "info", False),
    ],
    ids=["new-error", "inconsistency", "regressed", "unchanged", "updated", "warning-under-error",
         "warning-at-warning", "info-under-warning", "info-at-info", "fail-on-none", "suppressed", "agreement", "compatible"],
)
def test_blocking_table(kw, fail_on, blocks):
    assert is_blocking(finding(**kw), fail_on) is blocks
