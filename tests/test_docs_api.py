"""Docs as tests: every `python` block of docs/api.md runs, in order, and prints what its `output` block shows."""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "api.md"
FENCE = re.compile(r"^```(\w+)\n(.*?)^```\n", re.MULTILINE | re.DOTALL)


def cells(markdown: str) -> list[tuple[str, str | None]]:
    """(python source, expected output or None) for each python block, in document order."""
    blocks = [(m.group(1), m.group(2)) for m in FENCE.finditer(markdown)]
    out: list[tuple[str, str | None]] = []
    for i, (lang, body) in enumerate(blocks):
        if lang == "python":
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            out.append((body, following[1] if following and following[0] == "output" else None))
    return out


def run_cells(markdown: str, cwd: Path) -> list[tuple[str, str | None]]:
    """Run the cells in one namespace from `cwd`; (what each printed, what it should print)."""
    namespace: dict[str, object] = {"__name__": "__docs__"}
    results = []
    before = Path.cwd()
    os.chdir(cwd)
    try:
        for source, expected in cells(markdown):
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                exec(compile(source, str(DOC), "exec"), namespace)
            results.append((buf.getvalue(), expected))
    finally:
        os.chdir(before)
    return results


def test_api_doc_has_python_cells_with_outputs():
    found = cells(DOC.read_text(encoding="utf-8"))
    assert len(found) >= 4
    assert all(expected is not None for _, expected in found)


def test_api_doc_cells_print_what_the_doc_says():
    for i, (printed, expected) in enumerate(run_cells(DOC.read_text(encoding="utf-8"), ROOT), start=1):
        assert printed == expected, f"cell {i} of {DOC.name}"


@pytest.mark.parametrize(
    ("markdown", "fails"),
    [
        ("```python\nprint(1 + 1)\n```\n\n```output\n2\n```\n", False),
        ("```python\nprint(1 + 1)\n```\n\n```output\n3\n```\n", True),
        ("```python\nx = 41\n```\n\n```output\n```\n\n```python\nprint(x + 1)\n```\n\n```output\n42\n```\n", False),
    ],
)
def test_the_doc_runner_catches_a_wrong_output(markdown, fails, tmp_path):
    results = run_cells(markdown, tmp_path)
    assert any(printed != expected for printed, expected in results) is fails
