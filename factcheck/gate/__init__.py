"""gate: findings + suppression directives + triage ledger + baseline -> statuses, blocking ids, exit code.

Only `new` and `regressed` problems at or above `--fail-on`, not suppressed,
block (exit 1). The gate decides; factcheck.app runs the scans (this tree and
a baseline) it decides about.
"""

from factcheck.gate.decide import FAIL_ON_CHOICES, is_blocking
from factcheck.gate.review import GateOutcome, review, suppress

__all__ = ["FAIL_ON_CHOICES", "GateOutcome", "is_blocking", "review", "suppress"]
