"""`factcheck rules`: list, show, validate and test the rule files."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from factcheck.app.rulepages import pages_for, stale_pages, write_pages
from factcheck.app.ruletests import run_rule_tests
from factcheck.app.toolkit import Toolkit
from factcheck.cli.common import EXIT_BLOCKING, EXIT_OK, consoles, fail, handle_errors, model_option, project_rules, rules_option
from factcheck.errors import DataFileError
from factcheck.evaluate.rulefile import load_rule, rule_files
from factcheck.settings import Settings


@click.group("rules")
def rules_group() -> None:
    """List, show, validate and test the rules (one YAML file per rule in rules/)."""


def _toolkit(rules_dirs, model=None) -> Toolkit:
    return Toolkit.load(Settings(rules_dirs=project_rules(rules_dirs), model=model))


@rules_group.command("list")
@rules_option
@handle_errors
def list_rules(rules_dirs) -> None:
    """List every rule with its code, type, severity and whether it is enabled."""
    out, _ = consoles()
    tk = _toolkit(rules_dirs)
    table = Table("code", "name", "type", "severity", "enabled", "tests", "file")
    for code, r in tk.rules.rules.items():
        table.add_row(code, r.name, r.type, r.severity.value, "yes" if r.enabled else "no", str(len(r.tests)), escape(tk.rules.paths[code]))
    out.print(table)


@rules_group.command("show")
@click.argument("code")
@rules_option
@handle_errors
def show_rule(code, rules_dirs) -> None:
    """Show one rule: its settings, message, tolerances and test cases."""
    out, _ = consoles()
    tk = _toolkit(rules_dirs)
    rule = tk.rules.get(code.upper())
    if rule is None:
        fail(f"no rule {code}; known codes: {', '.join(tk.rules.rules)}")
    out.print(f"[bold]{rule.code}[/bold] {rule.name} ({rule.type}, {rule.severity.value}{'' if rule.enabled else ', disabled'})")
    out.print(f"file: {escape(tk.rules.paths[rule.code])}")
    if rule.description:
        out.print(escape(rule.description.strip()))
    out.print(f"message: {escape(rule.message)}")
    for line in rule.settings_lines():  # what the rule's type reads: scope, tolerance...
        out.print(escape(line))
    for t in rule.tests:
        expect = ", ".join(e.verdict.value for e in t.expect) or "no finding"
        out.print(f"  test: {escape(t.name)} ({len(t.articles)} articles) -> {expect}")


@rules_group.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@handle_errors
def validate_rules(paths) -> None:
    """Check rule and knowledge files (default: the built-in rules and ./rules); print path:line:col per error.

    A folder is checked whole (its rule files, knowledge/, knowledge/lexicon/ and knowledge/lang/); a file
    is checked against the schema its place says: a knowledge file by its name, a lexicon table, a
    language file, or a rule file.
    """
    from factcheck.knowledge.languages import LanguageFile
    from factcheck.knowledge.lexicon_schema import LexiconFile
    from factcheck.knowledge import builtin_rules_dir, load_knowledge
    from factcheck.knowledge.loader import validate_knowledge_file
    from factcheck.knowledge.yamlfile import load_model

    def check_file(path: Path) -> None:
        if path.parent.name == "lexicon" and path.parent.parent.name == "knowledge":  # not any folder named lexicon
            load_model(path, LexiconFile)
        elif path.parent.name == "lang":
            load_model(path, LanguageFile)
        elif not validate_knowledge_file(path):
            load_rule(path)

    checks: list[tuple[Path, object]] = []
    for p in list(paths) or [builtin_rules_dir(), *project_rules(())]:
        if p.is_dir():
            checks.extend((f, check_file) for f in rule_files(p))
            checks.append((p / "knowledge", lambda d=p: load_knowledge([d])))
            checks.extend((f, check_file) for f in sorted((p / "knowledge" / "lexicon").glob("*.y*ml")))
            checks.extend((f, check_file) for f in sorted((p / "knowledge" / "lang").glob("*.y*ml")))
        else:
            checks.append((p, check_file))
    errors = 0
    for path, run in checks:
        try:
            run(path) if run is check_file else run()
        except DataFileError as exc:
            click.echo(str(exc))
            errors += 1
    click.echo(f"{len(checks)} files and folders checked, {errors} with errors", err=True)
    sys.exit(2 if errors else EXIT_OK)


@rules_group.command("test")
@click.argument("codes", nargs=-1)
@rules_option
@model_option
@handle_errors
def test_rules(codes, rules_dirs, model) -> None:
    """Run the test articles in each rule file (`tests:`); exit 1 when one fails."""
    out, _ = consoles()
    tk = _toolkit(rules_dirs, model)
    rules = [r for c, r in tk.rules.rules.items() if not codes or c in {x.upper() for x in codes}]
    results = run_rule_tests(tk, rules)
    failed = [r for r in results if not r.passed]
    for r in results:
        mark = "[green]ok[/green]  " if r.passed else "[red]FAIL[/red]"
        out.print(f"{mark} {r.code} {escape(r.name)}")
        for p in r.problems:
            out.print(f"       {escape(p)}")
    out.print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    sys.exit(EXIT_BLOCKING if failed else EXIT_OK)


@rules_group.command("docs")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("docs") / "rules",
    show_default=True,
    help="Folder for one Markdown page per rule code and a README.md index.",
)
@click.option("--check", is_flag=True, help="Write nothing; exit 1 when a page is missing or out of date (for CI).")
@rules_option
@handle_errors
def docs_command(out_dir: Path, check: bool, rules_dirs) -> None:
    """Generate the rule pages that SARIF's helpUri points at, from the rule files.

    Each page says what the rule finds, its message, settings and test
    articles, and how to silence a finding or turn the rule off.
    """
    pages = pages_for(Settings(rules_dirs=project_rules(rules_dirs)))
    if check:
        stale = stale_pages(out_dir, pages)
        for name in stale:
            click.echo(f"{out_dir / name}: out of date (run `factcheck rules docs --out {out_dir}`)", err=True)
        sys.exit(EXIT_BLOCKING if stale else EXIT_OK)
    changed = write_pages(out_dir, pages)
    click.echo(f"{len(pages)} pages in {out_dir}; {len(changed)} written or removed", err=True)
