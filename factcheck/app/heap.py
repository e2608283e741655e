"""Keep a large scan's long-lived objects out of the cyclic garbage collector's full passes.

A scan of 12,000 articles holds about 250,000 claims, each four pydantic models with their lists and tuples:
millions of objects the collector tracks. Every full (generation 2) collection walks all of them, and the later
stages (match and evaluate, the report, recording the run) make enough short-lived objects to set off one every
few seconds: measured at 3,000 articles after an edit, a tenth of the re-scan's time went to them. The claims and
documents never form reference cycles and live until the scan is written, so walking them finds nothing.

`long_lived()` moves what exists when it is entered to the collector's permanent generation (`gc.freeze`) and
back when it is left: reference counting still frees those objects when they are dropped, only the cycle search
skips them. Collections of what the stage itself makes go on as before.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived() -> Iterator[None]:
    """Within the block, the objects alive at its start are not walked by the cycle collector (see the module)."""
    gc.collect(1)  # young garbage is freed now, not kept in the permanent generation (a full pass would walk it all)
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
