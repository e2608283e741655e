"""ingest.discover: which files are articles and what ids they get."""

from __future__ import annotations

import pytest

from factcheck.errors import NoArticlesError, PathNotFoundError
from factcheck.ingest.decode import read_article
from factcheck.errors import ArticleDecodeError
from factcheck.ingest.discover import discover


def test_finds_txt_and_md_recursively_sorted_and_skips_hidden_folders(tmp_path):
    """Articles are every .txt/.md under the folder, sorted, ids relative, hidden folders ignored."""
    (tmp_path / "b.md").write_text("b")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "notes.pdf").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("c")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "d.txt").write_text("d")
    assert [a.id for a in discover([tmp_path])] == ["a.txt", "b.md", "sub/c.txt"]


def test_a_file_given_directly_is_read_under_its_name(tmp_path):
    f = tmp_path / "x.md"
    f.write_text("x")
    assert [a.id for a in discover([f])] == ["x.md"]


def test_missing_path_is_an_error_naming_it(tmp_path):
    with pytest.raises(PathNotFoundError, match="nope"):
        discover([tmp_path / "nope"])


def test_folder_without_articles_is_an_error(tmp_path):
    (tmp_path / "x.pdf").write_text("x")
    with pytest.raises(NoArticlesError):
        discover([tmp_path])


def test_same_relative_path_in_two_folders_gets_distinct_ids(tmp_path):
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.txt").write_text(name)
    ids = [a.id for a in discover([tmp_path / "one", tmp_path / "two"])]
    assert ids == ["one/a.txt", "two/a.txt"]


def test_bad_utf8_names_the_byte_offset(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(b"fine text \xff\xfe more")
    with pytest.raises(ArticleDecodeError) as exc:
        read_article(f, "bad.txt")
    assert exc.value.offset == 10
    assert "bad.txt" in str(exc.value) and "byte 10" in str(exc.value)


def test_excluded_folders_are_not_read(tmp_path):
    """`factcheck scan .` must not read back the reports it wrote into ./reports."""
    (tmp_path / "a.md").write_text("a")
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "report.md").write_text("# factcheck report")
    assert [a.id for a in discover([tmp_path], exclude=[tmp_path / "reports"])] == ["a.md"]


def test_same_folder_name_under_two_roots_gets_paths_from_their_common_folder(tmp_path):
    for root in ("a", "b"):
        (tmp_path / root / "x").mkdir(parents=True)
        (tmp_path / root / "x" / "1.txt").write_text(root)
    ids = [a.id for a in discover([tmp_path / "a" / "x", tmp_path / "b" / "x"])]
    assert ids == ["a/x/1.txt", "b/x/1.txt"]
