"""The triage ledger `factcheck.triage.yml`: reviewers' decisions, committed and reviewed in pull requests.

One entry per finding id (the fingerprint), with the decision (`state`,
`reason`, `note`, `who`, `when`), the evidence hash it was taken on, and a
few fields that tell a human reading the file what the finding was about.
The file is read and written with ruamel.yaml's round-trip mode so comments,
key order and quoting that people add survive every `factcheck triage` edit;
it is replaced atomically so an interrupt never leaves half a file.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from factcheck.errors import DataFileError, LedgerError
from factcheck.knowledge.yamlfile import parse_yaml, read_text, validate
from factcheck.models import Finding, KnownFinding, TriageDecision, Verdict
from factcheck.triage.atomic import write_atomic

DEFAULT_LEDGER = Path("factcheck.triage.yml")
State = Literal["confirmed", "false_positive", "resolved"]
STATES: tuple[str, ...] = get_args(State)
HEADER = (
    "factcheck triage ledger: one entry per finding id (see `factcheck triage list`).\n"
    "state: confirmed (a real discrepancy, known; it no longer blocks),\n"
    "       false_positive (not a real discrepancy; silenced),\n"
    "       resolved (fixed; if the finding comes back it is `regressed` and blocks).\n"
    "Edit with `factcheck triage set ID --state S --reason R`, or by hand; comments are kept."
)
_CONTEXT_KEYS = ("rule", "verdict", "entity", "attribute", "period", "documents")
_DECISION_KEYS = ("state", "reason", "note", "who", "when", "evidence")


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rule: str | None = None
    verdict: Verdict | None = None
    entity: str | None = None
    attribute: str | None = None
    period: str | None = None
    documents: list[str] = Field(default_factory=list)
    state: State
    reason: str | None = None
    note: str | None = None
    who: str | None = None
    when: str | None = None
    evidence: str | None = None

    @field_validator("when", mode="before")
    @classmethod
    def _iso(cls, v: Any) -> Any:
        """An unquoted `2025-11-23` is read by YAML as a date; keep it as the text people wrote."""
        return v.isoformat() if isinstance(v, date) else v


FindingId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{6,64}$")]


class _LedgerFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    findings: dict[FindingId, _Entry] | None = None


@dataclass(frozen=True)
class LedgerEntry:
    """One finding's triage: the decision, and what the finding was about when it was taken."""

    finding: KnownFinding
    decision: TriageDecision

    @property
    def id(self) -> str:
        return self.finding.id


def _entry(fid: str, e: _Entry) -> LedgerEntry:
    return LedgerEntry(
        finding=KnownFinding(id=fid, **e.model_dump(include=set(_CONTEXT_KEYS))),
        decision=TriageDecision(**e.model_dump(include=set(_DECISION_KEYS))),
    )


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


class Ledger:
    """The ledger file in memory: validated entries plus the round-trip document they came from."""

    def __init__(self, path: Path, data: CommentedMap, entries: dict[str, LedgerEntry]) -> None:
        self.path = path
        self._data = data
        self._entries = entries

    @property
    def entries(self) -> dict[str, LedgerEntry]:
        return dict(self._entries)

    def get(self, finding_id: str) -> LedgerEntry | None:
        return self._entries.get(finding_id)

    def __contains__(self, finding_id: object) -> bool:
        return finding_id in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def _section(self) -> CommentedMap:
        if not isinstance(self._data.get("findings"), CommentedMap):
            self._data["findings"] = CommentedMap()
        return self._data["findings"]

    def record(self, finding: Finding | KnownFinding, decision: TriageDecision) -> LedgerEntry:
        """Set the decision for a finding; an existing entry is edited in place so its comments stay.

        A decision replaces the previous one as a whole: a reason or note not
        given now is removed rather than left beside a state it did not explain.
        """
        context: dict[str, Any] = {
            "rule": finding.rule,
            "verdict": finding.verdict.value if finding.verdict else None,
            "entity": finding.entity,
            "attribute": finding.attribute,
            "period": finding.period,
            "documents": list(finding.documents),
        }
        values: dict[str, Any] = {**context, **decision.model_dump()}
        section = self._section()
        node = section.get(finding.id)
        if not isinstance(node, CommentedMap):
            node = CommentedMap()
            later = [i for i, k in enumerate(section) if str(k) > finding.id]
            section.insert(later[0] if later else len(section), finding.id, node)
        for key in (*_CONTEXT_KEYS, *_DECISION_KEYS):
            value = values[key]
            if value in (None, []):
                node.pop(key, None)
            elif key == "documents":
                seq = CommentedSeq(value)
                seq.fa.set_flow_style()
                node[key] = seq
            else:
                node[key] = value
        entry = _entry(finding.id, _Entry.model_validate({k: node[k] for k in node}))
        self._entries[finding.id] = entry
        return entry

    def remove(self, finding_id: str) -> None:
        self._section().pop(finding_id, None)
        self._entries.pop(finding_id, None)

    def dumps(self) -> str:
        buf = io.StringIO()
        _yaml().dump(self._data, buf)
        return buf.getvalue()

    def save(self) -> None:
        """Write the ledger atomically (temporary file, then rename)."""
        try:
            write_atomic(self.path, self.dumps())
        except OSError as exc:
            raise LedgerError(f"{self.path}: cannot write the ledger ({exc.strerror or exc})") from exc


def _new_document() -> CommentedMap:
    data = CommentedMap()
    data["version"] = 1
    data["findings"] = CommentedMap()
    data.yaml_set_start_comment(HEADER)
    return data


def load_ledger(path: Path, *, must_exist: bool = False) -> Ledger:
    """Read and validate the ledger; a missing file is an empty ledger unless `must_exist`.

    Errors name the file, line and column (LedgerError, exit 2).
    """
    if not path.exists():
        if must_exist:
            raise LedgerError(f"{path}: no such ledger file")
        return Ledger(path, _new_document(), {})
    try:
        data = parse_yaml(read_text(path), str(path))
        if data is None:
            return Ledger(path, _new_document(), {})
        if not isinstance(data, CommentedMap):
            raise DataFileError(str(path), 1, 1, "expected a mapping with `version: 1` and `findings:`")
        parsed = validate(_LedgerFile, data, str(path))
    except DataFileError as exc:
        raise LedgerError(str(exc)) from exc
    entries = {fid: _entry(fid, e) for fid, e in (parsed.findings or {}).items()}
    return Ledger(path, data, entries)
