"""evaluate: aligned claims + YAML rules -> findings (conflict, inconsistency, agreement, compatible)."""

from factcheck.evaluate.engine import evaluate
from factcheck.evaluate.rulefile import RuleSet, RuleSpec, load_rules

__all__ = ["RuleSet", "RuleSpec", "evaluate", "load_rules"]
