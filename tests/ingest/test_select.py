"""ingest.select: which files under a scanned folder are left out (.gitignore at every level, exclude globs,
--force-exclude for files named on the command line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.ingest.select import DEFAULT_EXCLUDE, Selection, keep_all

TREE = {
    ".gitignore": "drafts/\n*.tmp.md\n",
    "news/.gitignore": "embargoed.md\n",
    "news/a.md": "",
    "news/embargoed.md": "",
    "news/drafts/b.md": "",
    "news/c.tmp.md": "",
    "other/embargoed.md": "",
    "vendor/node_modules/pkg/readme.md": "",
    "archive/2019/old.md": "",
}


@pytest.fixture
def root(tmp_path: Path) -> Path:
    for name, text in TREE.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


@pytest.mark.parametrize(
    ("path", "exclude", "gitignore", "left_out"),
    [
        ("news/a.md", DEFAULT_EXCLUDE, True, False),
        ("news/drafts/b.md", DEFAULT_EXCLUDE, True, True),  # the root .gitignore, a folder pattern
        ("news/c.tmp.md", DEFAULT_EXCLUDE, True, True),
        ("news/embargoed.md", DEFAULT_EXCLUDE, True, True),  # news/.gitignore
        ("other/embargoed.md", DEFAULT_EXCLUDE, True, False),  # ... applies under news/ only
        ("news/drafts/b.md", DEFAULT_EXCLUDE, False, False),  # --no-respect-gitignore
        ("vendor/node_modules/pkg/readme.md", DEFAULT_EXCLUDE, False, True),  # a default exclude
        ("archive/2019/old.md", ("archive/",), True, True),
        ("archive/2019/old.md", ("2019/*.md",), True, False),  # a slash inside anchors it at the root, as in .gitignore
        ("archive/2019/old.md", ("archive/2019/*.md",), True, True),
        ("news/a.md", ("archive/",), True, False),
    ],
)
def test_what_is_left_out(root, path, exclude, gitignore, left_out):
    assert Selection(root, exclude, gitignore).excludes(root / path) is left_out


@pytest.mark.parametrize(("force", "left_out"), [(False, False), (True, True)])
def test_a_file_named_on_the_command_line_is_left_out_only_with_force(root, force, left_out):
    assert Selection(root, DEFAULT_EXCLUDE, True, force).excludes(root / "news/drafts/b.md", named=True) is left_out


def test_keep_all_leaves_nothing_out(root):
    assert not any(keep_all(root).excludes(root / p) for p in TREE)
