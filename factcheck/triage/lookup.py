"""Find a finding by id or unique id prefix, as reviewers type them from a report."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from factcheck.errors import LookupFailedError

MAX_LISTED = 10


def resolve_id(
    prefix: str,
    ids: Iterable[str],
    describe: Callable[[str], str] | None = None,
    hint: str = "see `factcheck triage list`",
) -> str:
    """The one id that starts with `prefix`; LookupFailedError names the candidates otherwise.

    `describe(id)` adds a few words to each listed candidate (what the finding is about)."""
    wanted = prefix.strip().lower()
    if not wanted:
        raise LookupFailedError("an empty id names no finding; give at least a few characters of one")
    known = sorted(set(ids))
    if wanted in known:
        return wanted
    hits = [i for i in known if i.startswith(wanted)]
    if len(hits) == 1:
        return hits[0]

    def listing(found: list[str]) -> str:
        shown = [f"{i[:12]} ({describe(i)})" if describe else i for i in found[:MAX_LISTED]]
        return ", ".join(shown) + (f" and {len(found) - MAX_LISTED} more" if len(found) > MAX_LISTED else "")

    if hits:
        raise LookupFailedError(f"{prefix}: {len(hits)} findings start with this prefix ({listing(hits)}); type more of the id")
    if not known:
        raise LookupFailedError(f"no finding {prefix}: the latest scan has no findings")
    if describe is not None:
        raise LookupFailedError(f"{prefix}: no finding has this id or id prefix; findings: {listing(known)} ({hint})")
    raise LookupFailedError(f"{prefix}: no finding has this id or id prefix ({hint})")
