"""What every command shares: consoles, error handling, the toolkit from options."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from factcheck.app.config import load_config
from factcheck.errors import FactcheckError

EXIT_OK, EXIT_BLOCKING, EXIT_ERROR = 0, 1, 2


def consoles(no_color: bool = False, quiet: bool = False) -> tuple[Console, Console]:
    """(stdout console, stderr console). Colour only on a terminal and never with --no-color."""
    # None lets rich honour the NO_COLOR environment variable; --no-color forces it off.
    flag = True if no_color else None
    out = Console(no_color=flag, highlight=False, soft_wrap=True, quiet=quiet)
    err = Console(stderr=True, no_color=flag, highlight=False, soft_wrap=True)
    return out, err


def fail(message: str, code: int = EXIT_ERROR) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Library errors become one line on stderr and exit 2; never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except FactcheckError as exc:
            fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:  # a bug: one line, exit 2 (never 1, which CI reads as "blocking")
            fail(f"internal error: {type(exc).__name__}: {exc} (please report it with the command you ran)")

    return wrapper


rules_option = click.option(
    "--rules",
    "rules_dirs",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="A folder of rule files and knowledge/ that extends or overrides the built-in rules (repeatable). "
    "Defaults to `rules` in the configuration, else rules/ at the project root when it holds factcheck rules.",
)
model_option = click.option(
    "--model",
    default=None,
    metavar="NAME",
    help="Use the installed spaCy pipeline NAME (e.g. en_core_web_sm) instead of blank English.",
)


def project_rules(rules_dirs: tuple[Path, ...]) -> tuple[Path, ...]:
    """The folders given, else the project's (the configuration's `rules`, or rules/ at the project root)."""
    if rules_dirs:
        for d in rules_dirs:
            if not d.is_dir():
                raise FactcheckError(f"{d}: no such rules folder")
        return rules_dirs
    return load_config().rules_dirs()
