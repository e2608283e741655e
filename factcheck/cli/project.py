"""Options that choose the project's files and rules (`--config`, `--exclude`, `--select` ...) and the merge
of flags over the configuration file: a flag given on the command line wins, relative to the current folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from factcheck.app.config import ProjectConfig, load_config

config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="FILE",
    help="Read this factcheck.toml or pyproject.toml instead of the one found by walking up from the paths.",
)

ledger_option = click.option(
    "--ledger",
    "ledger_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The triage ledger with the reviewers' decisions [default: `ledger` in the configuration, else "
    "factcheck.triage.yml at the project root].",
)


def _codes(values: tuple[str, ...]) -> list[str]:
    return [c.strip().upper() for v in values for c in v.split(",") if c.strip()]


SELECTION_OPTIONS: list[Callable[[Any], Any]] = [
    click.option(
        "--exclude",
        multiple=True,
        metavar="GLOB",
        help="Leave out files matching GLOB (gitignore syntax, from the project root); replaces the configured "
        "`exclude` (repeatable).",
    ),
    click.option("--extend-exclude", multiple=True, metavar="GLOB", help="Leave out GLOB as well as `exclude` (repeatable)."),
    click.option(
        "--force-exclude",
        is_flag=True,
        default=None,
        help="Apply the excludes and .gitignore to files named on the command line too (for pre-commit).",
    ),
    click.option(
        "--respect-gitignore/--no-respect-gitignore",
        default=None,
        help="Skip files that .gitignore names [default: respect it].",
    ),
    click.option("--select", multiple=True, metavar="CODES", help="Run only these rule codes or prefixes (FC1, FC101; comma-separated, repeatable)."),
    click.option("--ignore", multiple=True, metavar="CODES", help="Never run these rule codes or prefixes (comma-separated, repeatable)."),
]


def selection_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(SELECTION_OPTIONS):
        fn = option(fn)
    return fn


def _absolute(p: Path | None) -> str | None:
    return str(p.resolve()) if p is not None else None


def project_config(paths: tuple[Path, ...], config_file: Path | None, **flags: Any) -> ProjectConfig:
    """The configuration for this command: the file found (or named), then the flags given over it."""
    config = load_config(paths, file=config_file)
    update: dict[str, Any] = {}
    for key in ("out", "ledger"):
        if flags.get(key) is not None:
            update[key] = _absolute(flags[key])
    if flags.get("rules"):
        update["rules"] = [_absolute(d) for d in flags["rules"]]
    for key in ("exclude", "extend_exclude"):
        if flags.get(key):
            update[key] = list(flags[key])
    for key in ("select", "ignore"):
        if flags.get(key):
            update[key] = _codes(flags[key])
    for key in (
        "fail_on", "force_exclude", "respect_gitignore", "updated_blocks", "max_bytes", "sarif_include_suppressed",
        "strict_inputs",
    ):
        if flags.get(key) is not None:
            update[key] = flags[key]
    return ProjectConfig(config.root, config.file, config.values.model_copy(update=update))
