"""`factcheck config`: which configuration file is in force, the project root, and every value."""

from __future__ import annotations

import json
from pathlib import Path

import click

from factcheck.cli.common import handle_errors
from factcheck.cli.project import config_option, project_config


@click.command("config")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@config_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="text for people, json for programs.")
@handle_errors
def config_command(paths: tuple[Path, ...], config_file: Path | None, fmt: str) -> None:
    """Show the configuration a scan of PATHS (default: the current folder) would use.

    The file is the first factcheck.toml, or pyproject.toml with a
    [tool.factcheck] table, in the folder of the first path or one above it.
    Its folder is the project root (else the folder holding .git, else the
    current one); rules/, the ledger and reports/ are found from there.
    """
    cfg = project_config(paths, config_file)
    values = cfg.values.model_dump(by_alias=True)
    resolved = {
        "rules folders": [str(d) for d in cfg.rules_dirs()],
        "ledger": str(cfg.path(cfg.values.ledger)),
        "out": str(cfg.path(cfg.values.out)),
    }
    if fmt == "json":
        doc = {"file": str(cfg.file) if cfg.file else None, "root": str(cfg.root), "values": values, "resolved": resolved}
        click.echo(json.dumps(doc, indent=2))
        return
    click.echo(f"file: {cfg.file or '(none: defaults)'}")
    click.echo(f"project root: {cfg.root}")
    for key, value in values.items():
        click.echo(f"{key} = {json.dumps(value)}")
    for key, value in resolved.items():
        click.echo(f"# {key}: {value}")
