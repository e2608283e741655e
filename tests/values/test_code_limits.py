"""The values library stays readable: no module over 500 lines, no function over 80."""

from __future__ import annotations

import ast
from pathlib import Path

import factcheck.values

ROOT = Path(factcheck.values.__file__).parent


def _modules() -> list[Path]:
    return sorted(ROOT.rglob("*.py"))


def test_no_module_over_500_lines() -> None:
    long = {str(p.relative_to(ROOT)): n for p in _modules() if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert not long


def test_no_function_over_80_lines() -> None:
    long = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > 80:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({lines} lines)")
    assert not long
