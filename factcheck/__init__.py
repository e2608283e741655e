"""factcheck: find where articles about the same subject contradict each other.

    import factcheck
    result = factcheck.scan(["articles/"])
    for f in result.findings:
        print(f.verdict, f.entity, f.attribute, f.documents)

The names below are imported on first use, so `import factcheck` stays cheap
(spaCy and the rules load only when a scan needs them). See docs/api.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.lazy import lazy_getattr
from factcheck.version import __version__

_EXPORTS: dict[str, str] = {
    # scanning and reporting
    "scan": "factcheck.api",
    "scan_texts": "factcheck.api",
    "build_report": "factcheck.api",
    "render": "factcheck.api",
    "FORMATS": "factcheck.api",
    "RenderContext": "factcheck.api",
    "ScanResult": "factcheck.api",
    "Toolkit": "factcheck.api",
    "Settings": "factcheck.settings",
    # result and report models
    "Document": "factcheck.models",
    "Claim": "factcheck.models",
    "Finding": "factcheck.models",
    "Report": "factcheck.models",
    "Summary": "factcheck.models",
    "Verdict": "factcheck.models",
    "Severity": "factcheck.models",
    "Status": "factcheck.models",
    # errors
    "FactcheckError": "factcheck.errors",
    "InputError": "factcheck.errors",
    "PathNotFoundError": "factcheck.errors",
    "NoArticlesError": "factcheck.errors",
    "ArticleDecodeError": "factcheck.errors",
    "ConfigError": "factcheck.errors",
    "DataFileError": "factcheck.errors",
    "RuleFileError": "factcheck.errors",
    "LedgerError": "factcheck.errors",
    "BaselineError": "factcheck.errors",
    "StoreError": "factcheck.errors",
    "LookupFailedError": "factcheck.errors",
}

__all__ = ["__version__", *_EXPORTS]


__getattr__ = lazy_getattr("", _EXPORTS, globals())  # a public name's module is imported when first used


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})


if TYPE_CHECKING:  # for type checkers and IDEs: the same names, imported eagerly
    from factcheck.api import FORMATS, RenderContext, ScanResult, Toolkit, build_report, render, scan, scan_texts
    from factcheck.errors import (
        ArticleDecodeError,
        BaselineError,
        ConfigError,
        DataFileError,
        FactcheckError,
        InputError,
        LedgerError,
        LookupFailedError,
        NoArticlesError,
        PathNotFoundError,
        RuleFileError,
        StoreError,
    )
    from factcheck.models import Claim, Document, Finding, Report, Severity, Status, Summary, Verdict
    from factcheck.settings import Settings
