"""Rule files: one YAML file per rule, a stable code, a type from a closed set.

The code implements the rule *types* (factcheck.evaluate.registry); the files
choose codes, severities, messages and the settings their type reads, and carry
small test articles (`tests:`) that `factcheck rules test` and pytest run. A
rule file is validated as a union discriminated on `type`, so a setting the
type does not read is an error at its `path:line:col`. A project's `rules/`
folder overrides a built-in rule by using its code, or switches it off with
`enabled: false`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from factcheck.errors import ConfigError, RuleFileError
from factcheck.evaluate.registry import REGISTRY
from factcheck.evaluate.rulespec import ExpectedFinding, RuleBase, RuleTest
from factcheck.knowledge.yamlfile import load_yaml, validate

RULE_TYPES: tuple[str, ...] = tuple(REGISTRY)

RuleSpec = Annotated[Union[tuple(t.spec for t in REGISTRY.values())], Field(discriminator="type")]  # type: ignore[valid-type]
_RULE = TypeAdapter(RuleSpec)


class RuleSet(BaseModel):
    """The enabled rules, by code, with the file each came from."""

    model_config = ConfigDict(frozen=True)

    rules: dict[str, RuleSpec]
    paths: dict[str, str]

    def of_type(self, rule_type: str) -> list[RuleBase]:
        return [r for r in self.rules.values() if r.type == rule_type and r.enabled]

    def get(self, code: str) -> RuleBase | None:
        return self.rules.get(code)

    def selected(self, select: Sequence[str] = (), ignore: Sequence[str] = ()) -> "RuleSet":
        """Only the rules whose code starts with a `select` entry (all when empty) and with no `ignore` one,
        as ruff's --select/--ignore; an entry that names no rule is a ConfigError (a typo would go unnoticed)."""
        for code in (*select, *ignore):
            if not any(c.startswith(code) for c in self.rules):
                raise ConfigError(f"--select/--ignore: {code} names no rule (known: {', '.join(self.rules)})")
        keep = {
            c: r
            for c, r in self.rules.items()
            if (not select or any(c.startswith(s) for s in select)) and not any(c.startswith(i) for i in ignore)
        }
        return RuleSet(rules=keep, paths={c: p for c, p in self.paths.items() if c in keep})


def rule_files(rules_dir: Path) -> list[Path]:
    """Rule files are the YAML files directly in a rules folder (knowledge/ is separate)."""
    return sorted(p for p in rules_dir.glob("*.yml") if p.is_file()) + sorted(
        p for p in rules_dir.glob("*.yaml") if p.is_file()
    )


def load_rule(path: Path) -> RuleBase:
    data = load_yaml(path, RuleFileError)
    if data is None:
        raise RuleFileError(str(path), 1, 1, "empty rule file: expected a mapping with code, name, type, message, severity")
    if not isinstance(data, dict):
        raise RuleFileError(str(path), 1, 1, "expected a mapping with code, name, type, message, severity")
    return validate(_RULE, data, str(path), RuleFileError, union_tag="type")


def load_rules(rules_dirs: Sequence[Path]) -> RuleSet:
    """Load every rule file; a later folder's rule replaces an earlier one with the same code."""
    rules: dict[str, RuleBase] = {}
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


__all__ = ["RULE_TYPES", "ExpectedFinding", "RuleBase", "RuleSet", "RuleSpec", "RuleTest", "load_rule", "load_rules"]
