"""One article's extraction within the budget, wherever it runs (this process, a pool worker, a Dask worker).

An error in one article becomes a diagnostic on that file, never the scan's; a rule or knowledge problem
(a FactcheckError) concerns every article and still stops the scan.
"""

from __future__ import annotations

import logging
import time

from factcheck.app.budget import Budget
from factcheck.app.toolkit import Toolkit
from factcheck.errors import FactcheckError
from factcheck.models import Diagnostic, Document, Extraction

log = logging.getLogger(__name__)

Guarded = tuple[Extraction | None, list[Diagnostic]]


def diagnostic_on(doc: Document, code: str, message: str) -> Diagnostic:
    return Diagnostic(code=code, file=doc.id, message=message)


def extract_one(doc: Document, toolkit: Toolkit, budget: Budget) -> Guarded:
    """One article's extraction within the budget; an error in it is a diagnostic on that file, never the scan's."""
    if budget.characters is not None and len(doc.text) > budget.characters:
        return None, [diagnostic_on(doc, "FC906", f"{len(doc.text):,} characters, over the budget of {budget.characters:,}; file skipped")]
    t0 = time.perf_counter()
    try:
        ex = toolkit.extractor.extract(doc)
    except FactcheckError:
        raise  # a rule or knowledge problem concerns every article: the scan stops with its message
    except Exception as exc:  # one article's bad input must not abort the others
        log.debug("extracting %s failed", doc.id, exc_info=True)
        return None, [diagnostic_on(doc, "FC905", f"could not be extracted ({type(exc).__name__}: {exc}); file skipped")]
    notes = []
    if budget.claims is not None and len(ex.claims) > budget.claims:
        notes.append(diagnostic_on(doc, "FC906", f"{len(ex.claims):,} claims, over the budget of {budget.claims:,}; only the first kept"))
        ex = ex.model_copy(update={"claims": ex.claims[: budget.claims]})
    spent = time.perf_counter() - t0
    if budget.seconds is not None and spent > budget.seconds:
        notes.append(diagnostic_on(doc, "FC906", f"took {spent:.0f} s to extract, over the budget of {budget.seconds:.0f} s"))
    return ex, notes
