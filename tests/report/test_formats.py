"""The format registry: every format behind `render(fmt, report, ctx)`, text and HTML included."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from factcheck.report import FORMATS, RenderContext, Terminal, render
from factcheck.report.text import print_text


@pytest.mark.parametrize(
    ("fmt", "looks_right"),
    [
        ("text", lambda out: out.rstrip().splitlines()[-1].startswith(("✖", "⚠", "✔"))),
        ("json", lambda out: json.loads(out)["schema"] == "factcheck-report/1"),
        ("markdown", lambda out: out.startswith("# factcheck report\n")),
        ("html", lambda out: out.lstrip().lower().startswith("<!doctype html>")),
        ("sarif", lambda out: json.loads(out)["version"] == "2.1.0"),
        ("junit", lambda out: out.startswith('<?xml version="1.0" encoding="utf-8"?>\n<testsuites')),
        ("github", lambda out: all(line.startswith("::") for line in out.splitlines())),
    ],
)
def test_every_format_renders_the_report(seed_report, fmt, looks_right):
    assert looks_right(render(fmt, seed_report, RenderContext()))


def test_the_registry_holds_every_format_once():
    assert sorted(FORMATS) == sorted({"text", "json", "markdown", "html", "sarif", "junit", "github"})


def test_an_unknown_format_is_a_value_error(seed_report):
    with pytest.raises(ValueError, match="no renderer for format 'pdf'"):
        render("pdf", seed_report)


@pytest.mark.parametrize(
    "console",
    [
        {"width": 80},
        {"width": 120, "force_terminal": True},
        {"width": 100, "force_terminal": True, "no_color": True},
        {"width": 90, "force_terminal": True, "color_system": "256"},
    ],
    ids=["pipe", "terminal", "terminal-no-color", "terminal-256"],
)
def test_text_is_what_the_terminal_printer_draws_on_the_same_console(seed_report, console):
    buf = io.StringIO()
    target = Console(file=buf, highlight=False, soft_wrap=True, **console)
    print_text(seed_report, target, verbose=True, footer=["a hint"])
    ctx = RenderContext(verbose=True, footer=["a hint"], terminal=Terminal.of(target))
    assert render("text", seed_report, ctx) == buf.getvalue()


def test_html_shows_the_articles_only_when_given_their_texts(seed_report, seed_result):
    bare = render("html", seed_report, RenderContext())
    full = render("html", seed_report, RenderContext(texts={d.id: d.text for d in seed_result.documents}))
    assert full != bare and 'class="claim' in full
