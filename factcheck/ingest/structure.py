"""Line structure of an article: headings, labels, bullets, table rows and cells.

Articles arrive as Markdown or as plain text scraped from the web, often both
in one file. Later stages need to know which heading or label a sentence sits
under (the subject of "Valuation: $2 billion" is the entity the section is
about) and, for a table cell, its row's subject and its column's header.
"""

from __future__ import annotations

import re

from factcheck.models import Block, TableCell

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LABEL = re.compile(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*$")
_BULLET = re.compile(r"^(\s*)(?:[-*+•]|\d{1,2}[.)])\s+(.*)$")
_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_SENTENCE_END = re.compile(r"[.!?。！？…:;,)\]\"'”’]\s*$")
_MARKUP = re.compile(r"[*_`#>]+")
_FENCE = re.compile(r"^(```+|~~~+)")


def strip_markup(text: str) -> str:
    """Text without Markdown emphasis marks, with spaces folded."""
    return " ".join(_MARKUP.sub("", text).split())


def _cells(line: str, line_start: int) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cell in a `| a | b |` row, offsets into the document."""
    inner_start = line.index("|") + 1
    inner_end = line.rindex("|")
    cells = []
    pos = inner_start
    for raw in re.split(r"(?<!\\)\|", line[inner_start:inner_end]):
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        start = line_start + pos + lead
        cells.append((start, start + len(text), text))
        pos += len(raw) + 1
    return cells


def _looks_like_heading(line: str, prev_blank: bool, next_blank: bool) -> bool:
    """A short line with no closing punctuation, set apart by blank lines, in plain text."""
    words = line.split()
    return (
        0 < len(words) <= 12
        and prev_blank
        and next_blank
        and not _SENTENCE_END.search(line)
        and line[:1].isupper()
    )


def parse_structure(text: str) -> tuple[list[Block], list[TableCell]]:
    """Split an article into structural blocks and table cells."""
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    blocks: list[Block] = []
    cells: list[TableCell] = []
    header: list[str] | None = None
    fence: str | None = None  # the ``` or ~~~ that opened a code block
    for i, line in enumerate(lines):
        start = offsets[i]
        end = start + len(line)
        stripped = line.strip()
        if fence is not None or _FENCE.match(stripped):
            # Code is not prose: no headings, no claims ("# comment", "x = 2024" inside ```).
            marker = _FENCE.match(stripped)
            if fence is None:
                fence = marker.group(1)[:3] if marker else None
            elif marker and stripped.startswith(fence):
                fence = None
            blocks.append(Block(kind="code", start=start, end=end, level=0, text=stripped))
            continue
        if not stripped:
            header = None
            continue
        if _ROW.match(line):
            if _SEPARATOR.match(line):
                continue
            row = _cells(line, start)
            next_is_sep = i + 1 < len(lines) and bool(_SEPARATOR.match(lines[i + 1]))
            if header is None or next_is_sep:
                header = [strip_markup(c[2]) for c in row]
                blocks.append(Block(kind="row", start=start, end=end, level=0, text=stripped))
                continue
            label = strip_markup(row[0][2])
            for col, (cs, ce, _) in enumerate(row):
                cells.append(
                    TableCell(
                        start=cs,
                        end=ce,
                        row_label=label,
                        header=header[col] if col < len(header) else "",
                        first_header=header[0] if header else "",
                    )
                )
            blocks.append(Block(kind="row", start=start, end=end, level=1, text=stripped))
            continue
        header = None
        if m := _HEADING.match(line):
            blocks.append(Block(kind="heading", start=start, end=end, level=len(m.group(1)), text=strip_markup(m.group(2))))
        elif m := _LABEL.match(line):
            blocks.append(Block(kind="label", start=start, end=end, level=7, text=strip_markup(m.group(1))))
        elif m := _BULLET.match(line):
            blocks.append(Block(kind="bullet", start=start, end=end, level=len(m.group(1)), text=strip_markup(m.group(2))))
        else:
            prev_blank = i == 0 or not lines[i - 1].strip()
            next_blank = i + 1 >= len(lines) or not lines[i + 1].strip()
            kind = "heading" if _looks_like_heading(stripped, prev_blank, next_blank) else "paragraph"
            blocks.append(Block(kind=kind, start=start, end=end, level=2 if kind == "heading" else 0, text=stripped))
    return _demote_boilerplate(blocks, text), cells


def _demote_boilerplate(blocks: list[Block], text: str) -> list[Block]:
    """A short plain-text line that repeats ("Advertisements") is page furniture, not a heading."""
    counts: dict[str, int] = {}
    for b in blocks:
        if b.kind == "heading" and not text[b.start : b.end].lstrip().startswith("#"):
            counts[b.text] = counts.get(b.text, 0) + 1
    return [
        b.model_copy(update={"kind": "paragraph", "level": 0}) if counts.get(b.text, 0) > 1 and b.kind == "heading" else b
        for b in blocks
    ]
