"""What was extracted: claims filtered by entity, attribute and file, as a table or JSON."""

from __future__ import annotations

import fnmatch
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from rich.markup import escape
from rich.table import Table

from factcheck.models import Claim, Finding
from factcheck.report import view


def _key(name: str) -> str:
    return "_".join(name.replace("-", " ").split()).casefold()


@dataclass(frozen=True)
class ClaimFilter:
    """Entity and attribute match case-insensitively (the canonical name or as written); file by id, name or glob."""

    entity: str | None = None
    attribute: str | None = None
    file: str | None = None

    def _file_ok(self, document: str) -> bool:
        if self.file is None:
            return True
        name = PurePosixPath(document).name
        return self.file in (document, name) or fnmatch.fnmatch(document, self.file) or fnmatch.fnmatch(name, self.file)

    def matches(self, c: Claim) -> bool:
        if self.entity is not None and _key(self.entity) not in {_key(c.entity or ""), _key(c.entity_text or "")}:
            return False
        if self.attribute is not None and _key(self.attribute) != _key(c.attribute or ""):
            return False
        return self._file_ok(c.document)

    def apply(self, claims: Iterable[Claim]) -> list[Claim]:
        return sorted((c for c in claims if self.matches(c)), key=lambda c: (c.document, c.start))


def findings_by_claim(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    used: dict[str, list[Finding]] = {}
    for f in view.ordered_findings(findings):
        for c in f.claims:
            used.setdefault(c, []).append(f)
    return used


def _period(c: Claim) -> str:
    t = c.time
    if t is None:
        return ""
    return f"'{t.text}' [{t.basis}]" if t.text else f"{t.start or ''}..{t.end or ''} [{t.basis}]"


def claims_table(claims: Sequence[Claim], used: Mapping[str, list[Finding]]) -> Table:
    """One row per claim: as written, normalized, entity, attribute, period, where, the findings that use it."""
    table = Table("as written", "value", "entity", "attribute", "period")
    table.add_column("where", no_wrap=True)
    table.add_column("findings", no_wrap=True)
    for c in claims:
        table.add_row(
            escape(c.text),
            escape(view.normalized_text(c)),
            escape(c.entity or "-"),
            escape(view.attribute_label(c.attribute) if c.attribute else "-"),
            escape(_period(c)),
            escape(f"{c.document}:{c.line}"),
            ", ".join(f"{f.verdict.value} {view.short_id(f.id)}" for f in used.get(c.id, [])),
        )
    return table


def claims_json(claims: Sequence[Claim], used: Mapping[str, list[Finding]]) -> str:
    """The claims as a JSON array in the report's claim shape, plus the ids of the findings using each."""
    rows = [{**c.model_dump(mode="json"), "findings": [f.id for f in used.get(c.id, [])]} for c in claims]
    return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
