"""report.json after an edit: the claims the last scan's report.json already holds are copied from it byte for byte.

Why: at 12,000 articles report.json is 430 MB, almost all of it the 250,000 claims, and after one article is edited
all but a few of them are the ones the last report.json holds in the same order. Serializing them again cost more
than the rest of the edit's writing. A re-scan that normalized only the changed articles knows, for each claim, its
position among the last scan's claims (`ScanResult.copied`); the last run recorded which scan its report.json was
made from and how many claims it holds (factcheck.app.outputs). When the file is as that run left it, each stretch
of claims at consecutive old positions is copied from the old file, read in pieces (found by its items' starts: an item of a
top-level list is the only line that starts with exactly four spaces and `{`, JSON strings holding no newline),
the other claims are serialized, and the result is the bytes a cold scan writes (tests/app/test_incremental_outputs.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from factcheck.app.outputs import file_stats
from factcheck.models import Report
from factcheck.report.jsonfile import report_json_chunks

_SECTION = b'\n  "claims": [\n'
_ITEM = b"\n    {"
_END = b"\n  ]"


def item_starts(data: bytes | BinaryIO) -> list[int] | None:
    """The byte offset of each claim of a report.json (its bytes, or the file open for reading, read in pieces of
    PIECE bytes so that a file of 400 MB is neither held nor mapped whole), and last the offset where the list's
    closing line starts; None when the file has no claims list of items."""
    chunks = _chunks(data)
    starts: list[int] = []
    section = end = -1
    carry, base = b"", 0  # the last bytes of the previous piece (a pattern may straddle two) and their offset
    for chunk in chunks:
        buf, at = carry + chunk, base - len(carry)
        if section == -1:
            found = buf.find(_SECTION)
            if found != -1:
                section = at + found + len(_SECTION) - 1  # the newline before the first item
        if section != -1:
            lo = max(section - at, 0)
            stop = buf.find(_END, lo)
            pos = buf.find(_ITEM, lo, stop if stop != -1 else len(buf))
            while pos != -1:
                if at + pos + 1 not in starts[-1:]:
                    starts.append(at + pos + 1)
                pos = buf.find(_ITEM, pos + 1, stop if stop != -1 else len(buf))
            if stop != -1:
                end = at + stop
                break
        base += len(chunk)
        carry = buf[-(len(_SECTION) + 1) :]
    if section == -1 or end == -1 or not starts or starts[0] != section + 1:
        return None
    return [*starts, end + 1]


def _chunks(data: bytes | BinaryIO) -> Iterator[bytes]:
    if isinstance(data, bytes):
        yield data
        return
    while chunk := data.read(PIECE):
        yield chunk


PIECE = 8 * 2**20  # bytes copied at a time: a stretch of 400 MB is never held whole


def _stretches(fh: BinaryIO, starts: list[int], origins: Sequence[int | None]) -> Iterator[tuple[int, int, int, int]]:
    """(new position, claims, first byte, end byte without the last separator) of each stretch of claims at
    consecutive old positions; (position, 1, -1, -1) for a new claim."""
    i = 0
    while i < len(origins):
        first = origins[i]
        if first is None:
            yield i, 1, -1, -1
            i += 1
            continue
        j = i + 1
        while j < len(origins) and origins[j] == first + (j - i):
            j += 1
        lo, hi = starts[first], starts[first + (j - i)]
        fh.seek(hi - 2)
        yield i, j - i, lo, hi - (2 if fh.read(2) == b",\n" else 1)
        i = j


def report_json_reusing(report: Report, old: Path, origins: Sequence[int | None], starts: list[int]) -> Iterator[str | bytes]:
    """`report_json_chunks(report)`, the claims at known old positions copied from `old` (see the module)."""
    with open(old, "rb") as fh:

        def claims() -> Iterator[str | bytes]:
            last = len(report.claims) - 1
            for at, n, lo, hi in _stretches(fh, starts, origins):
                if lo < 0:
                    item = report.claims[at].model_dump_json(by_alias=True, indent=2).replace("\n", "\n    ")
                    yield "    " + item
                else:
                    for pos in range(lo, hi, PIECE):
                        fh.seek(pos)
                        yield fh.read(min(PIECE, hi - pos))
                yield ",\n" if at + n - 1 < last else "\n"

        yield from report_json_chunks(report, claims=claims)


def reusable_starts(previous: Mapping[str, Any], old: Path, corpus: str, origins: Sequence[int | None]) -> list[int] | None:
    """The item starts of `old` when the last run wrote it from the scan `corpus`, it is as that run left it, and
    it holds every claim `origins` names; None otherwise (then report.json is serialized whole)."""
    count = previous.get("claims")
    if previous.get("corpus") != corpus or not isinstance(count, int):
        return None
    if any(o is not None and not 0 <= o < count for o in origins):
        return None
    was = previous.get("files", {}).get(str(old))
    if was is None or file_stats([old]) != {str(old): was}:
        return None
    try:
        with open(old, "rb") as fh:
            starts = item_starts(fh)
    except OSError:
        return None
    return starts if starts is not None and len(starts) == count + 1 else None
