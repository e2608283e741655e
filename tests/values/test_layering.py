"""values sits below every stage: it imports no stage, and the stages below extract do not need extract."""

from __future__ import annotations

import ast
from pathlib import Path

import factcheck

PACKAGE = Path(factcheck.__file__).parent


def _imports(folder: str) -> set[str]:
    found: set[str] = set()
    for path in (PACKAGE / folder).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
    return {m for m in found if m.startswith("factcheck")}


def test_values_imports_no_stage() -> None:
    allowed = ("factcheck.values", "factcheck.models", "factcheck.errors", "factcheck.knowledge")
    assert {m for m in _imports("values") if not m.startswith(allowed)} == set()


def test_ingest_does_not_import_extract() -> None:
    assert {m for m in _imports("ingest") if m.startswith("factcheck.extract")} == set()
