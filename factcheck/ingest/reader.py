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


def read_documents(
    paths: Sequence[Path],
    knowledge: Knowledge,
    lexicon: Lexicon,
    reuse: Reuse | None = None,
    exclude: Sequence[Path] = (),
    selection: Selection | None = None,
    max_chars: int | None = None,
) -> IngestResult:
    """Read every article under `paths` (not under `exclude`, nor left out by `selection`: .gitignore, exclude
    globs). Unreadable, undecodable, binary and empty files are skipped with a diagnostic; when none is left,
    that is an error, not an empty report.

    `max_chars`: a longer article is cut at the last line or word break before it (a diagnostic says so), so
    one huge file costs bounded time and memory.

    `reuse(id, sha256)` may return the Document built from the same bytes by an
    earlier scan (the store's cache), which spares parsing its structure again.
    """
    problems: list[ArticleError] = []
    found = discover(paths, exclude, selection, problems)
    result = IngestResult(documents=[], diagnostics=[diagnostic(p) for p in problems])
    for article in found:
        try:
            result.documents.append(_read_one(article, knowledge, lexicon, reuse, max_chars, result.diagnostics))
        except ArticleError as exc:
            result.diagnostics.append(diagnostic(exc))
    if not result.documents:
        raise NoArticlesError([str(p) for p in paths], "; ".join(result.warnings))
    return result


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


__all__ = ["ArticlePath", "IngestResult", "Selection", "build_document", "cut", "diagnostic", "discover", "read_documents"]
