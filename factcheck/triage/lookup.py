"""Find a finding by id or unique id prefix, as reviewers type them from a report."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.errors import LookupFailedError

MAX_LISTED = 10


def resolve_id(prefix: str, ids: Iterable[str]) -> str:
    """The one id that starts with `prefix`; LookupFailedError names the candidates otherwise."""
    wanted = prefix.strip().lower()
    if not wanted:
        raise LookupFailedError("an empty id names no finding")
    known = sorted(set(ids))
    if wanted in known:
        return wanted
    hits = [i for i in known if i.startswith(wanted)]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise LookupFailedError(f"{prefix}: no finding has this id or id prefix (see `factcheck triage list`)")
    shown = ", ".join(hits[:MAX_LISTED]) + (f" and {len(hits) - MAX_LISTED} more" if len(hits) > MAX_LISTED else "")
    raise LookupFailedError(f"{prefix}: {len(hits)} findings start with this prefix ({shown}); type more of the id")
