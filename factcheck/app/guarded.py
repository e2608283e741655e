"""One article's extraction within the budget, wherever it runs (this process, a pool worker, a Dask worker).

An error in one article becomes a diagnostic on that file, never the scan's (in one piece of a long article: a
diagnostic at that piece's line, and the other pieces kept); a rule or knowledge problem (a FactcheckError)
concerns every article and still stops the scan.

A long article is extracted in pieces (factcheck.app.pieces), and the budget is enforced between pieces: once the
article has used its time or given its claims, the pieces left are not extracted, what was found is kept and a
diagnostic (FC906) says how much of the article was read. The check is cooperative, so it holds the same in every
engine (no signal or thread is needed on a Dask worker); a single piece is never interrupted, which bounds the
overrun to one piece's time (a few seconds: benchmarks/robustness.py).
"""

from __future__ import annotations

import logging
import time

from factcheck.app.budget import Budget
from factcheck.app.pieces import merge, pieces, place_back
from factcheck.app.toolkit import Toolkit
from factcheck.errors import FactcheckError
from factcheck.ingest.reader import with_structure
from factcheck.models import Diagnostic, Document, Extraction

log = logging.getLogger(__name__)

Guarded = tuple[Extraction | None, list[Diagnostic]]


def diagnostic_on(doc: Document, code: str, message: str) -> Diagnostic:
    return Diagnostic(code=code, file=doc.id, message=message)


def _over(budget: Budget, spent: float, claims: int) -> str | None:
    """Which limit the article has reached, in words; None while it is within its budget."""
    if budget.claims is not None and claims >= budget.claims:
        return f"{claims:,} claims, over the budget of {budget.claims:,}"
    if budget.seconds is not None and spent > budget.seconds:
        return f"took {spent:.0f} s to extract, over the budget of {budget.seconds:.0f} s"
    return None


def extract_one(doc: Document, toolkit: Toolkit, budget: Budget) -> Guarded:
    """One article's extraction within the budget; an error in it is a diagnostic on that file, never the scan's."""
    if budget.characters is not None and len(doc.text) > budget.characters:
        return None, [diagnostic_on(doc, "FC906", f"{len(doc.text):,} characters, over the budget of {budget.characters:,}; file skipped")]
    doc = with_structure(doc)  # a scan reads articles without their blocks (factcheck.ingest.reader.read_documents)
    t0 = time.perf_counter()
    parts: list[Extraction] = []
    failed: list[Diagnostic] = []  # pieces of a long article that failed: the others are kept
    found = 0
    stopped: tuple[str, int] | None = None  # (why, characters read) when the budget stopped the article early
    try:
        for start, end, piece in pieces(doc, budget.piece_chars):
            if parts and (why := _over(budget, time.perf_counter() - t0, found)) is not None:
                stopped = (why, start)
                break
            try:
                part = place_back(toolkit.extractor.extract(piece), doc, start)
            except FactcheckError:
                raise
            except Exception as exc:
                if piece is doc:
                    raise
                log.debug("extracting %s [%d:%d] failed", doc.id, start, end, exc_info=True)
                line, column = doc.line_col(start)
                failed.append(Diagnostic(
                    code="FC905", file=doc.id, line=line, column=column,
                    message=f"characters {start:,} to {end:,} could not be extracted ({type(exc).__name__}: {exc}); "
                    "the rest of the file kept",
                ))
                continue
            parts.append(part)
            found += len(part.claims)
    except FactcheckError:
        raise  # a rule or knowledge problem concerns every article: the scan stops with its message
    except Exception as exc:  # one article's bad input must not abort the others
        log.debug("extracting %s failed", doc.id, exc_info=True)
        return None, [diagnostic_on(doc, "FC905", f"could not be extracted ({type(exc).__name__}: {exc}); file skipped")]
    if not parts:
        return None, [*failed, diagnostic_on(doc, "FC905", "no part of it could be extracted; file skipped")]
    ex = merge(doc, parts)
    kept = ""
    if budget.claims is not None and len(ex.claims) > budget.claims:
        kept = f"only the first {budget.claims:,} kept"
        ex = ex.model_copy(update={"claims": ex.claims[: budget.claims]})
    spent = time.perf_counter() - t0
    if stopped is not None:
        why, read = stopped
        read_part = f"only the first {read:,} of {len(doc.text):,} characters extracted"
        return ex, [*failed, diagnostic_on(doc, "FC906", f"{why}: {read_part}" + (f", {kept}" if kept else ""))]
    if kept:
        return ex, [*failed, diagnostic_on(doc, "FC906", f"{found:,} claims, over the budget of {budget.claims:,}; {kept}")]
    if budget.seconds is not None and spent > budget.seconds:
        return ex, [*failed, diagnostic_on(doc, "FC906", f"took {spent:.0f} s to extract, over the budget of {budget.seconds:.0f} s")]
    return ex, failed
