"""Rule files: one YAML file per rule, a stable code, a type from a closed set.

The code implements the rule *types*; the files choose codes, severities,
messages and tolerances, and carry small test articles (`tests:`) that
`factcheck rules test` runs. A project's `rules/` folder overrides a built-in
rule by using its code, or switches it off with `enabled: false`.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from factcheck.errors import RuleFileError
from factcheck.knowledge.yamlfile import load_yaml, validate
from factcheck.models import Severity, Verdict

RuleType = Literal["consistency", "conversion", "ratio", "share", "sum", "group_size"]
RULE_TYPES: tuple[str, ...] = RuleType.__args__  # type: ignore[attr-defined]

PLACEHOLDERS = frozenset({"entity", "attribute", "values", "period", "documents", "detail"})


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Tolerance(Strict):
    """How much slack a rule gives before it calls two figures different."""

    relative: float = Field(0.0, ge=0, description="extra relative slack on top of rounding")
    approximate: float = Field(0.1, ge=0, description='how far "about", "nearly", "~" reach, relative')
    percent_points: float = Field(0.5, ge=0, description="slack for percentages, in points")
    open_bound_stretch: float = Field(
        2.0, ge=1, description='an open bound ("$100M+") read as at most this many times its figure'
    )
    vague: float = Field(0.5, ge=0, description='how far "several", "dozens" reach, relative')
    rounding_cap: float = Field(
        0.025, ge=0, description='rounding slack never exceeds this share of the figure ("$2 billion" is not 1.5-2.5 billion)'
    )


class ExpectedFinding(Strict):
    verdict: Verdict
    entity: str | None = None
    attribute: str | None = None
    documents: list[str] | None = None


class RuleTest(Strict):
    name: str
    articles: dict[str, str]
    expect: list[ExpectedFinding] = Field(default_factory=list)

    @field_validator("articles")
    @classmethod
    def _names(cls, v: dict[str, str]) -> dict[str, str]:
        for name in v:
            if not name.endswith((".txt", ".md")):
                raise ValueError(f"article name {name!r} must end in .txt or .md")
        return v


class RuleSpec(Strict):
    code: str = Field(pattern=r"^FC\d{3}$")
    name: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    type: RuleType
    description: str = ""
    message: str
    severity: Severity
    enabled: bool = True
    scope: Literal["across", "within"] = "across"
    tolerance: Tolerance = Field(default_factory=Tolerance)
    tests: list[RuleTest] = Field(default_factory=list)

    @field_validator("message")
    @classmethod
    def _placeholders(cls, v: str) -> str:
        try:
            names = {f for _, f, _, _ in string.Formatter().parse(v) if f}
        except ValueError as exc:
            raise ValueError(f"message is not a valid template: {exc}") from exc
        unknown = names - PLACEHOLDERS
        if unknown:
            raise ValueError(
                f"message uses unknown placeholder(s) {sorted(unknown)}; expected some of {sorted(PLACEHOLDERS)}"
            )
        return v

    def render(self, **values: str) -> str:
        return self.message.format(**{k: values.get(k, "") for k in PLACEHOLDERS})


class RuleSet(BaseModel):
    """The enabled rules, by code, with the file each came from."""

    model_config = ConfigDict(frozen=True)

    rules: dict[str, RuleSpec]
    paths: dict[str, str]

    def of_type(self, rule_type: str) -> list[RuleSpec]:
        return [r for r in self.rules.values() if r.type == rule_type and r.enabled]

    def get(self, code: str) -> RuleSpec | None:
        return self.rules.get(code)


def rule_files(rules_dir: Path) -> list[Path]:
    """Rule files are the YAML files directly in a rules folder (knowledge/ is separate)."""
    return sorted(p for p in rules_dir.glob("*.yml") if p.is_file()) + sorted(
        p for p in rules_dir.glob("*.yaml") if p.is_file()
    )


def load_rule(path: Path) -> RuleSpec:
    data = load_yaml(path, RuleFileError)
    if data is None:
        raise RuleFileError(str(path), 1, 1, "empty rule file: expected a mapping with code, name, type, message, severity")
    if not isinstance(data, dict):
        raise RuleFileError(str(path), 1, 1, "expected a mapping with code, name, type, message, severity")
    return validate(RuleSpec, data, str(path), RuleFileError)


def load_rules(rules_dirs: Sequence[Path]) -> RuleSet:
    """Load every rule file; a later folder's rule replaces an earlier one with the same code."""
    rules: dict[str, RuleSpec] = {}
    paths: dict[str, str] = {}
    for rules_dir in rules_dirs:
        seen_here: dict[str, str] = {}
        for path in rule_files(rules_dir):
            rule = load_rule(path)
            if rule.code in seen_here:
                raise RuleFileError(
                    str(path), 1, 1, f"code {rule.code} is already used by {seen_here[rule.code]}; codes are never reused"
                )
            seen_here[rule.code] = str(path)
            rules[rule.code] = rule
            paths[rule.code] = str(path)
    return RuleSet(rules=dict(sorted(rules.items())), paths=paths)
