"""The scan cache: unchanged articles are not parsed or extracted again, an unchanged corpus not aligned again.

`extractions` is keyed by (document id, sha256 of its bytes, the toolkit's
extraction fingerprint: tool version + rules and knowledge + model), so a
changed byte, rule, lexicon entry or version misses; it holds the ingested
Document (`source`) and its claims, stated aliases and per-sentence entity
names (`payload`). `scan_results` holds the normalized claims and findings of
a whole corpus under `factcheck.app.pipeline.corpus_key`; only the newest few are kept
(the current tree and a baseline revision, typically). Implements
`factcheck.app.pipeline.ExtractionCache`.
"""

from __future__ import annotations

import gc
import json
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils
from pydantic import BaseModel, ConfigDict, ValidationError

from factcheck.errors import StoreError
from factcheck.models import Claim, Diagnostic, Document, Extraction, Finding
from factcheck.store.claimdigest import ClaimDigests
from factcheck.store.database import json_bytes, open_db
from factcheck.store.schema import ensure_kept_tables

KEEP_RESULTS = 4


class _Extracted(BaseModel):
    model_config = ConfigDict(extra="forbid")

    claims: list[Claim]
    aliases: list[tuple[str, str]]
    names: list[list[str]]


class _Results(BaseModel):
    model_config = ConfigDict(extra="forbid")

    claims: list[Claim]
    findings: list[Finding]
    diagnostics: list[Diagnostic] = []  # what matching noted about the corpus (a group over its budget)
    count: int = 0  # claims, each a row of result_claims (claims above: as an earlier version wrote them)


@dataclass
class BlockResult:
    """What one alignment block gave (factcheck.app.blocks): its claims' digest, its findings before the engine's
    `finish`, and the diagnostics of its groups over the budget, each with its group's order key."""

    digest: str
    findings: list[Finding] = field(default_factory=list)
    notes: list[tuple[list, Diagnostic]] = field(default_factory=list)


class _Block(BaseModel):
    model_config = ConfigDict(extra="forbid")

    findings: list[Finding]
    notes: list[tuple[list, Diagnostic]] = []


def _parse(model: type[BaseModel], text: str | None) -> BaseModel | None:
    """None for a missing row or one written by another version of the models (a miss, not an error)."""
    if text is None:
        return None
    try:
        return model.model_validate_json(text)
    except ValidationError:
        return None


@dataclass
class NormalizeState:
    """The last complete scan's normalize decisions (factcheck.app.incremental): its corpus key, each article's
    [sha256, evidence digest] and the corpus-wide context (`factcheck.normalize.NormalizeContext.state`)."""

    corpus: str
    documents: dict[str, list[str]]
    context: dict


RACY_NS = 2_000_000_000  # a file modified this close to its reading may change again within its time stamp


class _Incomplete(Exception):
    """The stored result to copy claims from lacks rows (pruned, or written whole by an earlier version)."""


def _runs(origins: Sequence[int | None]) -> Iterator[tuple[int, int | None, int]]:
    """(position, first origin or None, length) of each stretch of `origins` that is consecutive
    stored positions, or all None."""
    i = 0
    while i < len(origins):
        first, j = origins[i], i + 1
        if first is None:
            while j < len(origins) and origins[j] is None:
                j += 1
        else:
            while j < len(origins) and origins[j] == first + (j - i):
                j += 1
        yield i, first, j - i
        i = j


class StoreCache:
    """The store's tables behind `factcheck.app.pipeline.ExtractionCache`."""

    def __init__(self, db: sqlite_utils.Database, path: Path) -> None:
        self.db = db
        self.path = path
        self.digests = ClaimDigests()  # the digest of each claim read back from its JSON (factcheck.store.claimdigest)
        self._stats: dict[str, tuple[str, int, int, str]] | None = None

    def unchanged(self, doc_id: str, path: str, size: int, mtime_ns: int, fingerprint: str) -> Document | None:
        """The Document built from this file when it had this path, size and modification time, if its
        extraction under `fingerprint` is kept (see `put_stats`); None: the file must be read."""
        if self._stats is None:
            try:
                rows = self.db.execute("select document, path, size, mtime_ns, sha256 from file_stats").fetchall()
            except sqlite3.DatabaseError:
                rows = []
            self._stats = {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}
        known = self._stats.get(doc_id)
        if known is None or known[:3] != (path, size, mtime_ns):
            return None
        doc = self.document(doc_id, known[3], fingerprint)
        return doc if doc is None or doc.path == path else doc.model_copy(update={"path": path})

    def put_stats(self, stats: Sequence[tuple[str, str, int, int, str]]) -> None:
        """Record (document, path, size, mtime_ns, sha256) of files just read. A file modified within RACY_NS of
        now is left out: written again within the same time stamp, it would look unchanged."""
        now = time.time_ns()
        rows = [
            {"document": d, "path": p, "size": size, "mtime_ns": m, "sha256": sha}
            for d, p, size, m, sha in stats
            if m < now - RACY_NS
        ]
        if rows:
            self._write(lambda: self.db["file_stats"].upsert_all(rows, pk="document", batch_size=1000))

    @classmethod
    def open(cls, path: Path) -> "StoreCache":
        cache = cls(open_db(path), path)
        cache._write(lambda: ensure_kept_tables(cache.db))
        return cache

    def _one(self, sql: str, params: list[str]) -> str | None:
        try:
            row = self.db.execute(sql, params).fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot read the scan cache ({exc})") from exc
        return row[0] if row else None

    def _write(self, fn: Callable[[], object]) -> None:
        """One small transaction per write: an interrupt loses at most the entry being written."""
        try:
            with self.db.atomic():
                fn()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot write the scan cache ({exc})") from exc

    def document(self, doc_id: str, sha256: str, fingerprint: str) -> Document | None:
        text = self._one(
            "select source from extractions where document = ? and sha256 = ? and fingerprint = ?", [doc_id, sha256, fingerprint]
        )
        doc = _parse(Document, text)
        return doc if isinstance(doc, Document) else None

    def get(self, document: Document, fingerprint: str) -> Extraction | None:
        text = self._one(
            "select payload from extractions where document = ? and sha256 = ? and fingerprint = ?",
            [document.id, document.sha256, fingerprint],
        )
        found = _parse(_Extracted, text)
        if not isinstance(found, _Extracted):
            return None
        return Extraction(document=document, claims=found.claims, aliases=found.aliases, names=found.names)

    def put(self, extraction: Extraction, fingerprint: str) -> None:
        doc = extraction.document
        row = {
            "document": doc.id,
            "sha256": doc.sha256,
            "fingerprint": fingerprint,
            "source": doc.model_dump_json(),
            "payload": _Extracted(claims=extraction.claims, aliases=extraction.aliases, names=extraction.names).model_dump_json(),
        }
        self._write(lambda: self.db["extractions"].upsert(row, pk=("document", "sha256", "fingerprint")))

    def results(self, key: str, remember: bool = True) -> tuple[list[Claim], list[Finding], list[Diagnostic]] | None:
        """The claims, findings and diagnostics stored under `key`; with `remember`, each claim's digest is kept in
        `self.digests` (an edit re-scan digests them all; an unchanged re-scan needs none)."""
        found = _parse(_Results, self._one("select payload from scan_results where key = ?", [key]))
        if not isinstance(found, _Results):
            return None
        if found.claims:  # written whole by an earlier version
            return found.claims, found.findings, found.diagnostics
        collecting = gc.isenabled()
        gc.disable()  # claims hold no cycles: a full collection per few thousand claims read walked every one so far
        try:
            rows = self.db.execute("select claim from result_claims where key = ? order by position", [key])
            claims = []
            for (text,) in rows:
                claim = Claim.model_validate_json(text)
                if remember:
                    self.digests.remember(claim, text)
                claims.append(claim)
        except (sqlite3.DatabaseError, ValidationError):
            return None
        finally:
            if collecting:
                gc.enable()
        if len(claims) != found.count:
            return None
        return claims, found.findings, found.diagnostics

    def _put_payload(self, key: str, payload: _Results, stored: int) -> None:
        """The result's row (its findings) from JSON bytes, not text: see factcheck.store.database.json_bytes."""
        self.db.execute(
            "insert or replace into scan_results (key, payload, stored) values (?, cast(? as text), ?)",
            [key, json_bytes(payload), stored],
        )

    def put_results(
        self, key: str, claims: list[Claim], findings: list[Finding], diagnostics: Sequence[Diagnostic] = ()
    ) -> None:
        def write() -> None:
            stored = (self.db.execute("select max(stored) from scan_results").fetchone()[0] or 0) + 1
            payload = _Results(claims=[], findings=findings, diagnostics=list(diagnostics), count=len(claims))
            self._put_payload(key, payload, stored)
            self.db.execute("delete from result_claims where key = ?", [key])
            self.db.conn.executemany(  # streamed, one statement: no batches built row by row
                "insert into result_claims (key, position, claim) values (?, ?, ?)",
                ((key, i, c.model_dump_json()) for i, c in enumerate(claims)),
            )
            self.db.execute(
                "delete from result_claims where key in (select key from scan_results where stored <= ?)", [stored - KEEP_RESULTS]
            )
            self.db.execute("delete from scan_results where stored <= ?", [stored - KEEP_RESULTS])

        self._write(write)

    def copy_results(
        self, key: str, claims: list[Claim], findings: list[Finding], diagnostics: Sequence[Diagnostic],
        copied: tuple[str, Sequence[int | None]],
    ) -> None:
        """`put_results`, with the claims that are the stored result `copied[0]`'s (at the positions `copied[1]`
        gives, None for a new claim) copied row by row inside SQLite rather than serialized again: after one
        edit, a few claims are written instead of every claim of the corpus. Falls back to `put_results` when
        the stored rows are not all there."""
        old, origins = copied
        if old == key or len(origins) != len(claims):
            self.put_results(key, claims, findings, diagnostics)
            return

        def write() -> None:
            stored = (self.db.execute("select max(stored) from scan_results").fetchone()[0] or 0) + 1
            payload = _Results(claims=[], findings=findings, diagnostics=list(diagnostics), count=len(claims))
            self._put_payload(key, payload, stored)
            self.db.execute("delete from result_claims where key = ?", [key])
            fresh: list[dict] = []
            for at, first, n in _runs(origins):
                if first is None:
                    fresh += [{"key": key, "position": at + i, "claim": claims[at + i].model_dump_json()} for i in range(n)]
                    continue
                self.db.execute(
                    "insert into result_claims (key, position, claim) select ?, position + ?, claim from result_claims "
                    "where key = ? and position between ? and ?",
                    [key, at - first, old, first, first + n - 1],
                )
            self.db["result_claims"].insert_all(fresh, batch_size=1000)
            if self.db.execute("select count(*) from result_claims where key = ?", [key]).fetchone()[0] != len(claims):
                raise _Incomplete(key)  # rolls the transaction back
            self.db.execute(
                "delete from result_claims where key in (select key from scan_results where stored <= ?)", [stored - KEEP_RESULTS]
            )
            self.db.execute("delete from scan_results where stored <= ?", [stored - KEEP_RESULTS])

        try:
            self._write(write)
        except _Incomplete:
            self.put_results(key, claims, findings, diagnostics)

    def block_results(self, fingerprint: str) -> dict[str, BlockResult]:
        """The stored results of each alignment block under `fingerprint` (factcheck.app.blocks)."""
        try:
            rows = self.db.execute("select block, digest, payload from block_results where fingerprint = ?", [fingerprint]).fetchall()
        except sqlite3.DatabaseError:
            return {}
        out: dict[str, BlockResult] = {}
        for block, digest, payload in rows:
            found = _parse(_Block, payload)
            if isinstance(found, _Block):
                out[block] = BlockResult(digest, found.findings, [(order, note) for order, note in found.notes])
        return out

    def put_block_results(self, fingerprint: str, changed: dict[str, BlockResult], present: set[str]) -> None:
        """Store the blocks aligned again in this run; drop the blocks no longer in the corpus."""

        def write() -> None:
            gone = [
                b for (b, fp) in self.db.execute("select block, fingerprint from block_results").fetchall()
                if b not in present or fp != fingerprint and b not in changed
            ]
            for start in range(0, len(gone), 500):
                part = gone[start : start + 500]
                self.db.execute(f"delete from block_results where block in ({','.join('?' * len(part))})", part)
            rows = (
                {"block": name, "fingerprint": fingerprint, "digest": r.digest,
                 "payload": _Block(findings=r.findings, notes=[list(n) for n in r.notes]).model_dump_json()}
                for name, r in changed.items()
            )
            self.db["block_results"].upsert_all(rows, pk="block", batch_size=500)

        self._write(write)

    def normalize_state(self, fingerprint: str) -> NormalizeState | None:
        """The latest complete scan's normalize decisions under `fingerprint` (factcheck.app.incremental)."""
        try:
            row = self.db.execute(
                "select corpus, documents, context from normalize_state where fingerprint = ?", [fingerprint]
            ).fetchone()
            if row is None:
                return None
            return NormalizeState(row[0], json.loads(row[1]), json.loads(row[2]))
        except (sqlite3.DatabaseError, ValueError):
            return None

    def put_normalize_state(self, fingerprint: str, state: NormalizeState) -> None:
        row = {
            "fingerprint": fingerprint, "corpus": state.corpus,
            "documents": json.dumps(state.documents, ensure_ascii=False), "context": json.dumps(state.context, ensure_ascii=False),
        }

        def write() -> None:
            self.db.execute("delete from normalize_state")
            self.db["normalize_state"].insert(row, pk="fingerprint")

        self._write(write)

    def prune(self, fingerprint: str) -> None:
        """Drop entries made with other rules, knowledge or tool versions; they can never hit again."""
        self._write(lambda: self.db.execute("delete from extractions where fingerprint != ?", [fingerprint]))

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "StoreCache":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
