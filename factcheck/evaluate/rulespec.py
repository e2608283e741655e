"""What every rule file has, whatever its type: code, name, message, severity and `tests:`.

Each rule type (factcheck.evaluate.types) subclasses `RuleBase` with its
`type` literal and the settings it reads, so a rule file that sets a key its
type does not read fails validation at that key.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from factcheck.models import Finding, Severity, Verdict

if TYPE_CHECKING:
    from factcheck.evaluate.context import EvalContext

PLACEHOLDERS = frozenset({"entity", "attribute", "values", "period", "documents", "detail"})


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


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


class RuleBase(Strict):
    """The fields every rule file has; a rule type adds `type: Literal[...]` and its own settings."""

    code: str = Field(pattern=r"^FC\d{3}$")
    name: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    type: str
    description: str = ""
    message: str
    severity: Severity
    enabled: bool = True
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

    def settings_lines(self) -> list[str]:
        """The type's own settings as 'key: value' lines (for `factcheck rules show`)."""
        lines = []
        for key in type(self).model_fields.keys() - RuleBase.model_fields.keys():
            value = getattr(self, key)
            if isinstance(value, BaseModel):
                value = ", ".join(f"{k}={v:g}" for k, v in value.model_dump().items())
            lines.append(f"{key}: {value}")
        return sorted(lines)


@dataclass(frozen=True)
class RuleType:
    """One entry of the registry: the rule model a file of this type validates against, and its `run`."""

    spec: type[RuleBase]
    run: Callable[[Sequence[Any], "EvalContext"], list[Finding]]

    @property
    def name(self) -> str:
        """The `type:` value, read from the model's `type` literal."""
        return self.spec.model_fields["type"].annotation.__args__[0]  # type: ignore[union-attr]
