"""Knowledge files (entities, attributes, rates, time windows) and where they live."""

from factcheck.knowledge.loader import Knowledge, load_knowledge
from factcheck.knowledge.paths import builtin_rules_dir

__all__ = ["Knowledge", "builtin_rules_dir", "load_knowledge"]
