"""The `factcheck` command line: a thin layer over the library API.

Subcommands are imported when they run, not at start-up: `factcheck --help` and
`factcheck rules list` do not pay for spaCy, wordfreq or the report renderers.
"""

from __future__ import annotations

import importlib

import click

from factcheck.version import __version__

# name -> (module, attribute, the first line of the command's help, shown by `factcheck --help`);
# tests/cli/test_lazy_commands.py checks each line against the command itself.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "browse": ("factcheck.cli.browse", "browse_command", "Browse findings, claims (with full-text search), triage and runs in Datasette."),
    "claims": ("factcheck.cli.claims", "claims_command", "List the claims that were extracted: where, as written, normalized, entity, attribute, period, findings."),
    "config": ("factcheck.cli.config", "config_command", "Show the configuration a scan of PATHS (default: the current folder) would use."),
    "explain": ("factcheck.cli.explain", "explain_command", "Print one finding in full: every claim, its sentence, each normalization step and the rule that decided."),
    "rules": ("factcheck.cli.rules", "rules_group", "List, show, validate and test the rules (one YAML file per rule in rules/)."),
    "scan": ("factcheck.cli.scan", "scan_command", "Scan the .txt and .md articles under PATHS for agreeing and conflicting figures."),
    "triage": ("factcheck.cli.triage", "triage_group", "Review findings: confirm them, mark false positives or resolved ones, in factcheck.triage.yml."),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use; the listing comes from COMMANDS."""

    @property  # type: ignore[override]
    def commands(self) -> dict[str, click.Command]:
        """Every subcommand, imported (for code that walks the tree: help tests, docs)."""
        for name in COMMANDS:
            if name not in self._loaded:
                self._loaded[name] = self._import(name)
        return self._loaded

    @commands.setter
    def commands(self, value: dict[str, click.Command]) -> None:
        self._loaded = dict(value)

    @staticmethod
    def _import(name: str) -> click.Command:
        module, attr, _ = COMMANDS[name]
        command = getattr(importlib.import_module(module), attr)
        assert isinstance(command, click.Command), f"{module}.{attr} is not a click command"
        return command

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        if cmd_name not in self._loaded:
            self._loaded[cmd_name] = self._import(cmd_name)
        return self._loaded[cmd_name]

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def main() -> None:
    """Find where articles about the same subject contradict each other.

    factcheck reads a folder of articles, extracts every numeric and dated
    claim, lines up the claims that talk about the same thing and reports
    agreements, conflicts and sources that contradict themselves, with the
    quotes, files and lines on each side.
    """
