"""Where a finding points in the files: the primary place and the related ones, with repository paths.

SARIF, JUnit, GitHub annotations and the store all need the same answer.
The primary place is a claim in the newest article (latest publication date,
then the largest id), because the newest article is most often the one a pull
request adds; the other claims are related places. When a new source joined a
known finding (`introduced` claims), the first of them is the primary place:
that is the line the change brought. A finding with no claims
(FC000) points at its own `location`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from factcheck.models import Claim, Document, DocumentInfo, Finding


@dataclass(frozen=True)
class Place:
    document: str
    path: str  # the file, relative to the repository or working folder, with forward slashes
    line: int
    column: int
    end_column: int | None = None  # on the same line, exclusive
    text: str = ""  # the claim's own words
    quote: str = ""  # the sentence around them
    claim: str | None = None


def artifact_paths(documents: Iterable[Document], root: Path) -> dict[str, str]:
    """Document id -> the article's path relative to `root` (absolute when outside it), from the file each
    document was read from (the folders are not walked again)."""
    out: dict[str, str] = {}
    base = root.resolve()
    for d in documents:
        full = Path(d.path).resolve()
        try:
            out[d.id] = full.relative_to(base).as_posix()
        except ValueError:
            out[d.id] = full.as_posix()
    return out


def display_paths(documents: Iterable[Document], cwd: Path) -> dict[str, str]:
    """Document id -> the article's path relative to `cwd` (absolute when outside it), as editors and terminals
    open `path:line:col`."""
    base = cwd.resolve()
    out: dict[str, str] = {}
    for d in documents:
        full = Path(d.path).resolve()
        out[d.id] = full.relative_to(base).as_posix() if full.is_relative_to(base) else full.as_posix()
    return out


def newest_document(doc_ids: Iterable[str], documents: Mapping[str, DocumentInfo]) -> str:
    """The latest published of `doc_ids`; undated ones count as older; ties go to the larger id.

    Ids break ties upwards because names often carry a date or a sequence
    number (`2025-06-14-launch.md`, `004_...txt`): the larger id is the later one.
    """

    def age(doc_id: str) -> tuple[bool, date, str]:
        info = documents.get(doc_id)
        published = info.published if info else None
        return (published is not None, published or date.min, doc_id)

    return max(doc_ids, key=age)


def finding_places(
    finding: Finding, claims: Mapping[str, Claim], documents: Mapping[str, DocumentInfo], paths: Mapping[str, str]
) -> list[Place]:
    """The primary place first, then every other claim of the finding; empty when it points nowhere."""
    found = [claims[c] for c in finding.claims if c in claims]
    if not found:
        loc = finding.location
        return [Place(loc.document, paths.get(loc.document, loc.document), loc.line, loc.column)] if loc else []
    introduced = [claims[c] for c in finding.introduced if c in claims]
    primary = introduced[0].document if introduced else newest_document({c.document for c in found}, documents)
    first = introduced[0].id if introduced else None
    ordered = sorted(found, key=lambda c: (c.id != first, c.document != primary, c.document, c.line, c.column, c.id))
    return [
        Place(
            document=c.document,
            path=paths.get(c.document, c.document),
            line=c.line,
            column=c.column,
            end_column=c.column + len(c.text) if "\n" not in c.text else None,
            text=c.text,
            quote=c.sentence,
            claim=c.id,
        )
        for c in ordered
    ]
