"""What counts as already known besides the ledger: an earlier JSON report, or a scan of a git revision.

`--baseline FILE` reads only the fields a status needs (id, evidence, and what
the finding was about), so reports from earlier versions of the tool still
work as long as they carry the same schema name. `--baseline-ref REF` scans the
same paths at another revision, in a temporary worktree, with the same toolkit.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.app.gitref import checkout, relative_to_root
from factcheck.app.pipeline import ExtractionCache, scan
from factcheck.app.toolkit import Toolkit
from factcheck.errors import BaselineError, InputError
from factcheck.gate.review import suppress
from factcheck.models import REPORT_SCHEMA as SCHEMA
from factcheck.models import KnownFinding, Severity, Verdict
from factcheck.triage.status import Baseline, known_findings


@dataclass(frozen=True)
class BaselineChoice:
    """Where known findings come from besides the ledger: an earlier report, a git revision, or nowhere."""

    file: Path | None = None
    ref: str | None = None

    def describe(self) -> str | None:
        return str(self.file) if self.file else self.ref


def _enum(kind: type[Verdict] | type[Severity], value: Any) -> Any:
    try:
        return kind(value) if value is not None else None
    except ValueError:
        return None


def _known(raw: Any, where: str) -> KnownFinding:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not isinstance(raw.get("rule"), str):
        raise BaselineError(f"{where}: expected a finding with string `id` and `rule`")
    return KnownFinding(
        id=raw["id"],
        rule=raw["rule"],
        verdict=_enum(Verdict, raw.get("verdict")),
        severity=_enum(Severity, raw.get("severity")),
        entity=raw.get("entity"),
        attribute=raw.get("attribute"),
        period=raw.get("period"),
        documents=tuple(raw.get("documents") or ()),
        message=raw.get("message"),
        evidence=raw.get("evidence") or None,
    )


def load_baseline_report(path: Path) -> Baseline:
    """Read an earlier JSON report; BaselineError (exit 2) names what is wrong with it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise BaselineError(f"{path}: no such baseline report") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: cannot read the baseline report ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}:{exc.lineno}:{exc.colno}: not JSON ({exc.msg})") from exc
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise BaselineError(f"{path}: not a {SCHEMA} report (expected \"schema\": \"{SCHEMA}\")")
    findings = data.get("findings")
    if not isinstance(findings, list):
        raise BaselineError(f"{path}: expected a `findings` list")
    known = [_known(raw, f"{path}: findings[{i}]") for i, raw in enumerate(findings)]
    return Baseline(source=str(path), findings={k.id: k for k in known})


def baseline_at_ref(
    ref: str, paths: Sequence[Path], toolkit: Toolkit, cache: ExtractionCache | None = None, cwd: Path | None = None
) -> tuple[Baseline, list[str]]:
    """The findings the same paths give at git revision `ref`, and warnings (e.g. no articles there yet)."""
    with checkout(ref, cwd or Path.cwd()) as (root, tree):
        there = [tree / rel for rel in relative_to_root(paths, root)]
        present = [p for p in there if p.exists()]
        if not present:
            return Baseline(source=ref), [f"baseline {ref}: none of the scanned paths exist there; every finding is new"]
        try:
            result = scan(present, toolkit=toolkit, cache=cache)
        except InputError as exc:
            return Baseline(source=ref), [f"baseline {ref}: {exc}; every finding is new"]
    findings, _ = suppress(result.documents, result.claims_by_id, result.findings, toolkit.rules.rules)
    return Baseline(source=ref, findings=known_findings(findings)), []
