"""Reading articles: paths -> Documents (decode, structure, language, publication date), each failure a diagnostic."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import ArticleError, NoArticlesError
from factcheck.values import Lexicon
from factcheck.ingest.decode import read_article
from factcheck.ingest.discover import ArticlePath, discover
from factcheck.ingest.language import document_language
from factcheck.ingest.select import Selection
from factcheck.ingest.published import find_published
from factcheck.ingest.structure import parse_structure, strip_markup
from factcheck.knowledge import Knowledge
from factcheck.knowledge.languages import known_languages
from factcheck.models import Diagnostic, Document


def diagnostic(exc: ArticleError) -> Diagnostic:
    """The report's record of an article left out."""
    return Diagnostic(code=exc.code, file=exc.path, message=exc.problem, line=exc.line, column=exc.column)


@dataclass
class IngestResult:
    documents: list[Document]
    diagnostics: list[Diagnostic] = field(default_factory=list)
    stats: dict[str, FileStat] = field(default_factory=dict)  # document id -> its file as read (see `Unchanged`)

    @property
    def warnings(self) -> list[str]:
        return [str(d) for d in self.diagnostics]


def build_document(
    doc_id: str, path: str, text: str, sha256: str, knowledge: Knowledge, lexicon: Lexicon, source: Path | None = None
) -> Document:
    """A Document from decoded text: language, structure, title and publication date.

    `source` is the file on disk, whose folders may state the language (`.factcheck-language`)."""
    language = document_language(text, source, known_languages(lexicon.dirs))
    lexicon = lexicon.for_language(language)
    blocks, cells = parse_structure(text)
    published, published_text = find_published(text, knowledge, lexicon)
    title = next((strip_markup(b.text) for b in blocks if b.text), None)
    return Document(
        id=doc_id,
        path=path,
        sha256=sha256,
        text=text,
        published=published,
        published_text=published_text,
        title=title,
        language=language,
        blocks=blocks,
        cells=cells,
    )


Reuse = Callable[[str, str], Document | None]


@dataclass(frozen=True)
class FileStat:
    """A file as it was when read: path, size, modification time (ns) and the sha256 of its bytes."""

    path: str
    size: int
    mtime_ns: int
    sha256: str


# `unchanged(id, path, size, mtime_ns)`: the Document an earlier scan built from this file when it had this
# path, size and time (the store's record), so the file is neither read nor hashed again; None otherwise.
Unchanged = Callable[[str, str, int, int], Document | None]


def read_documents(
    paths: Sequence[Path],
    knowledge: Knowledge,
    lexicon: Lexicon,
    reuse: Reuse | None = None,
    exclude: Sequence[Path] = (),
    selection: Selection | None = None,
    max_chars: int | None = None,
    unchanged: Unchanged | None = None,
    structure: bool = True,
) -> IngestResult:
    """Read every article under `paths` (not under `exclude`, nor left out by `selection`: .gitignore, exclude
    globs). Unreadable, undecodable, binary and empty files are skipped with a diagnostic; when none is left,
    that is an error, not an empty report.

    `max_chars`: a longer article is cut at the last line or word break before it (a diagnostic says so), so
    one huge file costs bounded time and memory.

    `reuse(id, sha256)` may return the Document built from the same bytes by an
    earlier scan (the store's cache), which spares parsing its structure again. `unchanged` goes further: a
    file whose path, size and modification time are as recorded is not read at all (an unchanged re-scan of
    12,000 articles reads nothing but file stats). The stat is taken before the bytes are read, so a file
    written while it is read is read again next time.

    `structure=False` returns each document without its blocks and table cells (`without_structure`): they repeat
    the text, a large scan would hold them for every article until it is extracted, and `with_structure` makes
    them again from the text where extraction needs them.
    """
    problems: list[ArticleError] = []
    found = discover(paths, exclude, selection, problems)
    result = IngestResult(documents=[], diagnostics=[diagnostic(p) for p in problems])
    for article in found:
        try:
            doc = _unchanged(article, unchanged, max_chars) if unchanged is not None else None
            if doc is None:
                st = _stat(article)
                doc = _read_one(article, knowledge, lexicon, reuse, max_chars, result.diagnostics)
                if st is not None:
                    result.stats[doc.id] = FileStat(article.path.as_posix(), st[0], st[1], doc.sha256)
            result.documents.append(doc if structure else without_structure(doc))
        except ArticleError as exc:
            result.diagnostics.append(diagnostic(exc))
    if not result.documents:
        raise NoArticlesError([str(p) for p in paths], "; ".join(result.warnings))
    return result


def without_structure(document: Document) -> Document:
    """The document without the blocks and table cells `parse_structure` made from its text."""
    if not document.blocks and not document.cells:
        return document
    return document.model_copy(update={"blocks": [], "cells": []})


def with_structure(document: Document) -> Document:
    """The document with its blocks and table cells, made again from its text if they were left out."""
    if document.blocks or document.cells or not document.text:
        return document
    blocks, cells = parse_structure(document.text)
    return document.model_copy(update={"blocks": blocks, "cells": cells}) if blocks or cells else document


def _stat(article: ArticlePath) -> tuple[int, int] | None:
    try:
        st = article.path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _unchanged(article: ArticlePath, unchanged: Unchanged, max_chars: int | None) -> Document | None:
    """The recorded Document of a file whose stat is as recorded; never for a file that may be over the
    character budget (its cut and diagnostic come from reading it)."""
    st = _stat(article)
    if st is None or (max_chars is not None and st[0] > max_chars):
        return None
    return unchanged(article.id, article.path.as_posix(), st[0], st[1])


def cut(text: str, max_chars: int) -> str:
    """`text` up to `max_chars`, ending at the last line break (or else space) before the limit."""
    head = text[:max_chars]
    at = max(head.rfind("\n"), head.rfind(" ") if head.rfind("\n") < max_chars // 2 else -1)
    return head[:at] if at > max_chars // 2 else head


def _read_one(
    article: ArticlePath,
    knowledge: Knowledge,
    lexicon: Lexicon,
    reuse: Reuse | None,
    max_chars: int | None = None,
    notes: list[Diagnostic] | None = None,
) -> Document:
    """One article as a Document; anything wrong with it is an ArticleError naming it."""
    text, digest = read_article(article.path, article.id)
    if not text.strip():
        raise ArticleError(article.id, "FC903", "empty file, nothing to check; file skipped")
    if max_chars is not None and len(text) > max_chars:
        total, text = len(text), cut(text, max_chars)
        if notes is not None:
            notes.append(Diagnostic(
                code="FC906", file=article.id,
                message=f"{total:,} characters, over the budget of {max_chars:,}: only the first {len(text):,} checked",
            ))
    path = article.path.as_posix()  # the real file; the id (relative to the folder scanned) names it in findings
    known = reuse(article.id, digest) if reuse is not None else None
    if known is not None:
        return known if known.path == path else known.model_copy(update={"path": path})
    try:
        return build_document(article.id, path, text, digest, knowledge, lexicon, article.path)
    except Exception as exc:  # one malformed article must not stop the scan of the others
        raise ArticleError(article.id, "FC905", f"cannot read its structure ({type(exc).__name__}: {exc}); file skipped") from exc


__all__ = ["ArticlePath", "FileStat", "IngestResult", "Unchanged", "with_structure", "without_structure", "Selection", "build_document", "cut", "diagnostic", "discover", "read_documents"]
