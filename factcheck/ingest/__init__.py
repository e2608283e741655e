"""ingest: paths -> Documents. The only stage that reads articles from disk."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import ArticleDecodeError, NoArticlesError
from factcheck.values import Lexicon
from factcheck.ingest.decode import read_article
from factcheck.ingest.discover import ArticlePath, discover
from factcheck.ingest.language import document_language
from factcheck.ingest.select import Selection
from factcheck.ingest.published import find_published
from factcheck.ingest.structure import parse_structure, strip_markup
from factcheck.knowledge import Knowledge
from factcheck.knowledge.languages import known_languages
from factcheck.models import Document


@dataclass
class IngestResult:
    documents: list[Document]
    warnings: list[str] = field(default_factory=list)


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
) -> IngestResult:
    """Read every article under `paths` (not under `exclude`). Undecodable files are skipped with a
    warning; when none is left, that is an error, not an empty report.

    `reuse(id, sha256)` may return the Document built from the same bytes by an
    earlier scan (the store's cache), which spares parsing its structure again.
    """
    result = IngestResult(documents=[])
    for article in discover(paths, exclude, selection):
        try:
            text, digest = read_article(article.path, article.id)
        except ArticleDecodeError as exc:
            result.warnings.append(str(exc))
            continue
        if not text.strip():
            result.warnings.append(f"{article.id}: empty file, nothing to check")
        path = article.path.as_posix()  # the real file; the id (relative to the folder scanned) names it in findings
        known = reuse(article.id, digest) if reuse is not None else None
        if known is not None and known.path != path:
            known = known.model_copy(update={"path": path})
        result.documents.append(known or build_document(article.id, path, text, digest, knowledge, lexicon, article.path))
    if not result.documents:
        raise NoArticlesError([str(p) for p in paths], "; ".join(result.warnings))
    return result


__all__ = ["ArticlePath", "IngestResult", "Selection", "build_document", "discover", "read_documents"]
