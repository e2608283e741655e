"""The closed set of rule types: one line per type.

Adding a rule type is one module in factcheck/evaluate/types (its rule model,
`run` and `TYPE`) and one line here; rule files validate against the union of
these models, discriminated on `type`.
"""

from __future__ import annotations

from factcheck.evaluate.rulespec import RuleType
from factcheck.evaluate.types import consistency, conversion, group_size, ratio, share
from factcheck.evaluate.types import sum as sum_type

REGISTRY: dict[str, RuleType] = {
    t.name: t
    for t in (
        consistency.TYPE,
        conversion.TYPE,
        ratio.TYPE,
        share.TYPE,
        sum_type.TYPE,
        group_size.TYPE,
    )
}
