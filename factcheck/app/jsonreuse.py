"""report.json after an edit: the claims the last scan's report.json already holds are copied from it byte for byte.

Why: at 12,000 articles report.json is 430 MB, almost all of it the 250,000 claims, and after one article is edited
all but a few of them are the ones the last report.json holds in the same order. Serializing them again cost more
than the rest of the edit's writing. A re-scan that normalized only the changed articles knows, for each claim, its
position among the last scan's claims (`ScanResult.copied`); the last run recorded which scan its report.json was
made from and how many claims it holds (factcheck.app.outputs). When the file is as that run left it, each stretch
of claims at consecutive old positions is copied from the old file (found by its items' starts: an item of a
top-level list is the only line that starts with exactly four spaces and `{`, JSON strings holding no newline),
the other claims are serialized, and the result is the bytes a cold scan writes (tests/app/test_incremental_outputs.py).
"""

from __future__ import annotations

import mmap
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from factcheck.app.outputs import file_stats
from factcheck.models import Report
from factcheck.report.jsonfile import report_json_chunks

_SECTION = b'\n  "claims": [\n'
_ITEM = b"\n    {"
_END = b"\n  ]"


def item_starts(data: bytes | mmap.mmap) -> list[int] | None:
    """The byte offset of each claim of a report.json, and last the offset where the list's closing line starts;
    None when the file has no claims list of items."""
    at = data.find(_SECTION)
    if at == -1:
        return None
    first = at + len(_SECTION) - 1  # the newline before the first item
    end = data.find(_END, first)
    if end == -1:
        return None
    starts: list[int] = []
    pos = data.find(_ITEM, first - 1, end)
    while pos != -1:
        starts.append(pos + 1)
        pos = data.find(_ITEM, pos + 1, end)
    if not starts or starts[0] != first + 1:
        return None
    return [*starts, end + 1]


PIECE = 8 * 2**20  # bytes copied at a time: a stretch of 400 MB is never held whole


def _stretches(mm: mmap.mmap, starts: list[int], origins: Sequence[int | None]) -> Iterator[tuple[int, int, int, int]]:
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
        yield i, j - i, lo, hi - (2 if mm[hi - 2 : hi] == b",\n" else 1)
        i = j


def report_json_reusing(report: Report, old: Path, origins: Sequence[int | None], starts: list[int]) -> Iterator[str | bytes]:
    """`report_json_chunks(report)`, the claims at known old positions copied from `old` (see the module)."""
    with open(old, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:

        def claims() -> Iterator[str | bytes]:
            last = len(report.claims) - 1
            for at, n, lo, hi in _stretches(mm, starts, origins):
                if lo < 0:
                    item = report.claims[at].model_dump_json(by_alias=True, indent=2).replace("\n", "\n    ")
                    yield "    " + item
                else:
                    for pos in range(lo, hi, PIECE):
                        yield mm[pos : min(pos + PIECE, hi)]
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
        with open(old, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            starts = item_starts(mm)
    except (OSError, ValueError):
        return None
    return starts if starts is not None and len(starts) == count + 1 else None
