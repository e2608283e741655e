"""The report as JSON text: the `factcheck-report/1` contract itself, whole or in pieces.

`report_json_chunks` gives the same bytes as `report_json` one item at a time, so a report with a quarter of a
million claims is written without holding its text (about 450 MB) in memory; the summary comes first, so a
streaming reader has the counts before the bulk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from pydantic import BaseModel

from factcheck.models import Report

STREAMED = ("documents", "claims", "findings")  # the lists that grow with the corpus


def report_json(report: Report) -> str:
    """Stable key order, no timestamps: the same input gives the same bytes."""
    return report.model_dump_json(by_alias=True, indent=2) + "\n"


def _items(items: list[BaseModel]) -> Iterator[str]:
    """A list at depth one as pydantic's indent=2 writes it: each item indented by four spaces."""
    if not items:
        yield "[]"
        return
    yield "[\n"
    last = len(items) - 1
    for i, item in enumerate(items):
        yield "    " + item.model_dump_json(by_alias=True, indent=2).replace("\n", "\n    ") + (",\n" if i < last else "\n")
    yield "  ]"


def report_json_chunks(report: Report, claims: Callable[[], Iterable[str | bytes]] | None = None) -> Iterator[str | bytes]:
    """`report_json(report)` in pieces of one document, claim or finding each (joined, the same bytes); `claims`,
    when given, makes the claims list's items in place of serializing them (factcheck.app.jsonreuse)."""
    marks = {name: f'"__streamed_{name}__"' for name in STREAMED}
    # the skeleton: the small fields as pydantic writes them, each big list a placeholder string
    skeleton = report.model_construct(
        **{**dict(report), **{name: "__streamed_" + name + "__" for name in STREAMED}}  # type: ignore[arg-type]
    ).model_dump_json(by_alias=True, indent=2, warnings=False) + "\n"
    rest = skeleton
    for name in STREAMED:
        head, _, rest = rest.partition(marks[name])
        yield head
        if name == "claims" and claims is not None and report.claims:
            yield "[\n"
            yield from claims()
            yield "  ]"
            continue
        yield from _items(getattr(report, name))
    yield rest
