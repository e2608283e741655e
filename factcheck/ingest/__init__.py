"""ingest: paths -> Documents. The only stage that reads articles from disk.

Names are imported on first use: the configuration reads `factcheck.ingest.select` (exclude globs) and must not pay
for the values library and knowledge, so that `factcheck scan` takes its database lock within a fraction of a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.lazy import lazy_getattr

if TYPE_CHECKING:
    from factcheck.ingest.discover import ArticlePath, discover
    from factcheck.ingest.reader import IngestResult, build_document, cut, diagnostic, read_documents
    from factcheck.ingest.select import Selection

_WHERE = {
    "ArticlePath": "discover",
    "discover": "discover",
    "IngestResult": "reader",
    "build_document": "reader",
    "cut": "reader",
    "diagnostic": "reader",
    "read_documents": "reader",
    "Selection": "select",
}

__all__ = ["ArticlePath", "IngestResult", "Selection", "build_document", "discover", "read_documents"]


__getattr__ = lazy_getattr("factcheck.ingest", _WHERE, globals())
