"""Every rendering of a report by name, behind one signature: `render(fmt, report, ctx) -> str`.

    text -> the terminal        json -> factcheck-report/1   markdown -> PR comment
    html -> the evidence page   sarif -> code scanning       junit -> CI test results
    github -> workflow annotations

A formatter only renders: everything it needs beyond the report comes in the
RenderContext (file paths, blocking ids, rule descriptions, article texts,
the terminal's width and colours), so none reads files or walks folders.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from rich.console import Console

from factcheck.models import Report
from factcheck.report.charts import Converter
from factcheck.report.github import render_github
from factcheck.report.html import HTML_MAX_BYTES, render_html
from factcheck.report.jsonfile import report_json
from factcheck.report.junit import render_junit
from factcheck.report.markdown import MARKDOWN_MAX_BYTES, render_markdown
from factcheck.report.sarif import RuleInfo, render_sarif
from factcheck.report.text import print_text


@dataclass(frozen=True)
class Terminal:
    """How the text report is drawn: like a rich Console on a pipe (80 columns, no colour) unless told otherwise."""

    width: int = 80
    color_system: str | None = None  # "standard", "256", "truecolor" on a colour terminal
    no_color: bool = False
    is_terminal: bool = False

    @classmethod
    def of(cls, console: Console) -> "Terminal":
        return cls(console.width, console.color_system, console.no_color, console.is_terminal)


@dataclass(frozen=True)
class RenderContext:
    """What the formats need beyond the report; each uses only its own fields."""

    rules: Sequence[RuleInfo] = ()  # sarif
    paths: Mapping[str, str] = field(default_factory=dict)  # document id -> path from the repository root
    blocking: Collection[str] = ()  # sarif, junit, github
    texts: Mapping[str, str] = field(default_factory=dict)  # html: document id -> article text
    convert: Converter | None = None  # html: money in two currencies on one axis
    verbose: bool = False  # text
    footer: Sequence[str] = ()  # text: hint lines before the summary
    terminal: Terminal = Terminal()  # text
    display: Mapping[str, str] = field(default_factory=dict)  # text: document id -> path from the current folder
    max_bytes: int | None = MARKDOWN_MAX_BYTES  # markdown: cap for GitHub's job summary
    include_suppressed: bool = False  # sarif: keep suppressed and triaged results
    html_max_bytes: int | None = HTML_MAX_BYTES  # html: past it, article texts are left out


Formatter = Callable[[Report, RenderContext], str]


def render_text(report: Report, ctx: RenderContext) -> str:
    """The terminal report as text (with ANSI styles when ctx.terminal has colours)."""
    t = ctx.terminal
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=t.width,
        color_system=t.color_system,  # type: ignore[arg-type]
        force_terminal=t.is_terminal,
        no_color=t.no_color,
        highlight=False,
        soft_wrap=True,
    )
    print_text(report, console, verbose=ctx.verbose, footer=ctx.footer, paths=ctx.display)
    return buf.getvalue()


FORMATTERS: dict[str, Formatter] = {
    "text": render_text,
    "json": lambda report, ctx: report_json(report),
    "markdown": lambda report, ctx: render_markdown(report, max_bytes=ctx.max_bytes),
    "html": lambda report, ctx: render_html(report, ctx.texts, ctx.convert, ctx.html_max_bytes),
    "sarif": lambda report, ctx: render_sarif(
        report, rules=ctx.rules, paths=ctx.paths, blocking=ctx.blocking, include_suppressed=ctx.include_suppressed
    ),
    "junit": lambda report, ctx: render_junit(report, paths=ctx.paths, blocking=ctx.blocking),
    "github": lambda report, ctx: render_github(report, paths=ctx.paths, blocking=ctx.blocking),
}
FORMATS: tuple[str, ...] = tuple(FORMATTERS)
STDOUT_FORMATS: tuple[str, ...] = ("text", "json", "markdown", "sarif", "junit", "github")  # `scan --format`


def render(fmt: str, report: Report, ctx: RenderContext = RenderContext()) -> str:
    """The report in `fmt` (one of FORMATS)."""
    formatter = FORMATTERS.get(fmt)
    if formatter is None:
        raise ValueError(f"no renderer for format {fmt!r}; known: {', '.join(FORMATS)}")
    return formatter(report, ctx)
