"""gate: findings + suppression directives + triage ledger + baseline -> statuses, blocking ids, exit code.

Only `new` and `regressed` problems at or above `--fail-on`, not suppressed,
block (exit 1). `--baseline FILE` reads an earlier JSON report;
`--baseline-ref REF` scans another git revision in a temporary worktree.
"""

from factcheck.gate.baseline import load_baseline_report
from factcheck.gate.decide import FAIL_ON_CHOICES, is_blocking
from factcheck.gate.review import GateOutcome, baseline_at_ref, review

__all__ = ["FAIL_ON_CHOICES", "GateOutcome", "baseline_at_ref", "is_blocking", "load_baseline_report", "review"]
