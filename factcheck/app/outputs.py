"""Whether a scan's report files and store record can be kept as they are: the unchanged re-scan's shortcut.

An unchanged re-scan of 12,000 articles spent 55 of its 78 s rendering and recording a report identical to the
last one. `outputs_key` names everything the files and the scan tables are made of (the corpus and toolkit via
the corpus key, the gated findings, documents, warnings, the ledger, the gate options, the render options and
the files' paths); the store keeps it on the run with each file's size and modification time. When the key and
every file are unchanged, `publish` appends a `runs` row and writes nothing else.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from factcheck.report.formats import RenderContext
from factcheck.store.database import json_bytes
from factcheck.app.check import Checked
from factcheck.triage.ledger import Ledger
from factcheck.version import __version__


def outputs_key(checked: Checked, files: Sequence[tuple[Path, str]], ctx: RenderContext, ledger: Ledger, fail_on: str) -> str | None:
    """A hash of what the report files and the store's scan tables are made of; None when the scan has no corpus
    key (texts scanned without the pipeline's cache), which is never reused."""
    result, report = checked.result, checked.report
    if not result.corpus:
        return None
    h = hashlib.sha256()

    def part(value: object) -> None:
        h.update(json.dumps(value, sort_keys=True, default=str).encode())
        h.update(b"\0")

    part([__version__, result.corpus, fail_on, [(str(p), fmt) for p, fmt in files]])
    h.update(json_bytes(report.model_copy(update={"claims": []}), by_alias=True))  # findings as gated (bytes: no text copy)
    part([sorted(checked.outcome.blocking), checked.baseline.source if checked.baseline else None])
    part([dict(ctx.paths), ctx.max_bytes, ctx.include_suppressed, ctx.html_max_bytes])  # rules: in the corpus key
    part([str(ledger.path), sorted((e.id, e.finding.model_dump_json(), e.decision.model_dump_json()) for e in ledger.entries.values())])
    return h.hexdigest()


def file_stats(paths: Sequence[Path]) -> dict[str, list[int]] | None:
    """Each file's [size, mtime_ns]; None when one is missing."""
    stats: dict[str, list[int]] = {}
    for p in paths:
        try:
            st = p.stat()
        except OSError:
            return None
        stats[str(p)] = [st.st_size, st.st_mtime_ns]
    return stats


def outputs_record(
    key: str | None, paths: Sequence[Path], pages: Mapping[str, str] | None = None, corpus: str = "", claims: int = 0
) -> str | None:
    """What the store keeps on the run: the key, the files as written, the digest of each HTML page that has
    one (factcheck.report.html.page_digests: a later run keeps a page whose digest and file are unchanged), and
    the scan report.json was made from with its count of claims (factcheck.app.jsonreuse copies them)."""
    stats = file_stats(paths)
    if key is None or stats is None:
        return None
    extra = {**({"pages": dict(pages)} if pages else {}), **({"corpus": corpus, "claims": claims} if corpus else {})}
    return json.dumps({"key": key, "files": stats, **extra}, sort_keys=True)


def previous_outputs(recorded: str | None) -> dict[str, Any]:
    """The last run's outputs record as a dict (empty when there is none or it cannot be read)."""
    try:
        last = json.loads(recorded) if recorded else {}
    except ValueError:
        return {}
    return last if isinstance(last, dict) else {}


def unchanged(recorded: str | None, key: str | None, paths: Sequence[Path]) -> bool:
    """The last run wrote these files (and its pages) from the same inputs, and none was touched since."""
    if recorded is None or key is None:
        return False
    try:
        last = json.loads(recorded)
    except ValueError:
        return False
    files = last.get("files") or {}
    if last.get("key") != key or any(str(p) not in files for p in paths):
        return False
    return file_stats([Path(p) for p in files]) == files


def recorded_files(recorded: str | None) -> list[Path]:
    """The files a recorded run wrote."""
    return [Path(p) for p in json.loads(recorded or "{}").get("files", {})]
