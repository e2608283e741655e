"""Typed errors raised by the library; only the CLI turns them into messages and exit codes.

::

    FactcheckError
    ├── InputError                 articles could not be read (exit 2)
    │   ├── PathNotFoundError      a path given to scan does not exist
    │   ├── NoArticlesError        nothing to read under the paths given
    │   ├── ArticleError           one article cannot be used (scan skips it with a diagnostic)
    │   │   └── ArticleDecodeError an article is not valid UTF-8
    │   └── LanguageOverrideError  an article or folder names a language no rules file defines
    ├── ConfigError                a settings, rule or knowledge problem (exit 2)
    │   └── DataFileError          a YAML file is malformed or invalid, with path:line:col
    │       └── RuleFileError      ... and it is a rule file
    ├── LedgerError                the triage ledger cannot be read or written (exit 2)
    ├── BaselineError              a baseline report or git revision is unusable (exit 2)
    ├── StoreError                 the SQLite store cannot be opened or written (exit 2)
    └── LookupFailedError          an id or prefix names no finding, or several (exit 2)

Every error carries a one-line message that names the file (and line, where
there is one) and says what was expected, so the CLI can print it as is.
"""

from __future__ import annotations

from pathlib import Path


class FactcheckError(Exception):
    """Base of every error the library raises on purpose."""

    exit_code: int = 2


class InputError(FactcheckError):
    """An article or a path given to a command cannot be used."""


class LanguageOverrideError(InputError):
    """An article or folder names a language that no file under rules/knowledge/lang/ defines."""


class PathNotFoundError(InputError):
    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        super().__init__(f"{path}: no such file or folder")


class NoArticlesError(InputError):
    def __init__(self, paths: list[str], why: str = "") -> None:
        self.paths = paths
        detail = f" that could be read ({why})" if why else ""
        super().__init__(f"no .txt or .md articles{detail} under {', '.join(paths)}")


# Diagnostic codes: one article (or folder) left out of a scan, and why. Data, not prose: tests and
# `--strict-inputs` refer to them.
DIAGNOSTIC_CODES: dict[str, str] = {
    "FC901": "file or folder cannot be read",
    "FC902": "not valid UTF-8",
    "FC903": "empty file",
    "FC904": "binary content (NUL bytes)",
    "FC905": "internal error while extracting this article",
    "FC906": "article over the per-article budget",
}


class ArticleError(InputError):
    """One article cannot be used; the scan leaves it out and reports a diagnostic with `code`."""

    def __init__(self, path: str, code: str, problem: str, line: int | None = None, column: int | None = None) -> None:
        self.path = path
        self.code = code
        self.problem = problem
        self.line = line
        self.column = column
        where = path if line is None else f"{path}:{line}:{column or 1}"
        super().__init__(f"{where}: {problem}")


class ArticleDecodeError(ArticleError):
    """Raised for a file that is not UTF-8; `offset` is the first bad byte."""

    def __init__(self, path: str, offset: int, reason: str) -> None:
        self.offset = offset
        self.reason = reason
        super().__init__(path, "FC902", f"not valid UTF-8 at byte {offset} ({reason}); file skipped")


class ConfigError(FactcheckError):
    """Settings, rules or knowledge files are wrong."""


class DataFileError(ConfigError):
    """A YAML data file is malformed or does not match its schema."""

    def __init__(self, path: str, line: int | None, column: int | None, problem: str) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.problem = problem
        where = path if line is None else f"{path}:{line}:{column or 1}"
        super().__init__(f"{where}: {problem}")


class RuleFileError(DataFileError):
    """A rule file (`rules/*.yml` with a `code:`) is malformed or invalid."""


class LedgerError(FactcheckError):
    """The triage ledger cannot be read, parsed or written."""


class BaselineError(FactcheckError):
    """A baseline (earlier report or git revision) cannot be used."""


class StoreError(FactcheckError):
    """The SQLite store cannot be opened or written."""


class LookupFailedError(FactcheckError):
    """An id or id prefix matches no finding, or more than one."""
