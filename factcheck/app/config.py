"""The project's configuration: `[tool.factcheck]` in pyproject.toml or a `factcheck.toml`, and the project root.

The file is found by walking up from the scanned paths (from the current
folder when none is given), as ruff does: the first `factcheck.toml`, or
`pyproject.toml` with a `[tool.factcheck]` table, wins. Paths in it are
relative to the folder that holds it. That folder is the project root; without
a file, the nearest folder holding `.git` is, else the current folder. The root
anchors `rules/`, the triage ledger and `reports/`, so a scan started from a
subfolder reads the same ledger and rules as one started at the top. Command
line flags override the file (factcheck.cli.scan merges them).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factcheck.errors import ConfigError
from factcheck.ingest.select import DEFAULT_EXCLUDE

CONFIG_FILES = ("factcheck.toml", "pyproject.toml")
REPORT_FORMATS = ("json", "markdown", "html", "sarif", "junit")
_RULE_FILE = re.compile(r"^[A-Z]{2,}\d{3}\b.*\.ya?ml$")


class FileConfig(BaseModel):
    """The keys of `[tool.factcheck]` (kebab-case, as in ruff); an unknown key is an error."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, alias_generator=lambda n: n.replace("_", "-"))

    paths: list[str] = Field(default_factory=list, description="what `factcheck scan` reads when no PATH is given")
    exclude: list[str] = Field(default_factory=lambda: list(DEFAULT_EXCLUDE), description="globs (gitignore syntax) left out")
    extend_exclude: list[str] = Field(default_factory=list, description="globs left out besides `exclude`")
    respect_gitignore: bool = True
    force_exclude: bool = False
    rules: list[str] | None = Field(default=None, description="rule folders (each may hold knowledge/) [default: rules/]")
    select: list[str] = Field(default_factory=list, description="rule codes or prefixes to run (empty: all)")
    ignore: list[str] = Field(default_factory=list, description="rule codes or prefixes never to run")
    fail_on: Literal["error", "warning", "info", "none"] = "error"
    updated_blocks: Literal["outside", "always", "never"] = "outside"
    ledger: str = "factcheck.triage.yml"
    out: str = "reports"
    formats: list[Literal["json", "markdown", "html", "sarif", "junit"]] = Field(
        default_factory=lambda: ["json", "markdown", "html"]
    )
    max_bytes: int = Field(default=1024 * 1024, gt=0, description="cap on the Markdown report")
    sarif_include_suppressed: bool = False
    strict_inputs: bool = Field(default=False, description="an article left out or cut short makes the exit code 1")


@dataclass(frozen=True)
class ProjectConfig:
    """The configuration in force: where it came from, the project root, and its values."""

    root: Path
    file: Path | None
    values: FileConfig = field(default_factory=FileConfig)

    def path(self, value: str | Path) -> Path:
        """A path from the file, made absolute against the project root."""
        p = Path(value)
        return p if p.is_absolute() else self.root / p

    def rules_dirs(self) -> tuple[Path, ...]:
        """The project's rule folders: the configured ones, else `rules/` at the root when it holds factcheck rules."""
        if self.values.rules is not None:
            dirs = tuple(self.path(d) for d in self.values.rules)
            for d in dirs:
                if not d.is_dir():
                    raise ConfigError(f"{d}: no such rules folder" + (f" (named in {self.file})" if self.file else ""))
            return dirs
        local = self.root / "rules"
        return (local,) if looks_like_rules(local) else ()

    def scan_paths(self) -> list[Path]:
        return [self.path(p) for p in self.values.paths]

    def excludes(self) -> list[str]:
        return [*self.values.exclude, *self.values.extend_exclude]


def looks_like_rules(folder: Path) -> bool:
    """A folder of factcheck rules has a knowledge/ folder or a file named by a rule code (FC101-...yml);
    an unrelated `rules/` (semgrep, say) is not read."""
    if not folder.is_dir():
        return False
    return (folder / "knowledge").is_dir() or any(_RULE_FILE.match(p.name) for p in folder.iterdir() if p.is_file())


def _table(path: Path) -> dict[str, Any] | None:
    """The factcheck table of a configuration file; None when a pyproject.toml has none."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("factcheck")
        return table if isinstance(table, dict) else None
    return data.get("tool", {}).get("factcheck", data) if "tool" in data else data


def find_config_file(start: Path) -> Path | None:
    """The first factcheck.toml or pyproject.toml with [tool.factcheck] in `start` or a folder above it."""
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    for d in (folder, *folder.parents):
        for name in CONFIG_FILES:
            f = d / name
            if f.is_file() and _table(f) is not None:
                return f
    return None


def _git_root(start: Path) -> Path | None:
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    return next((d for d in (folder, *folder.parents) if (d / ".git").exists()), None)


def parse_config(path: Path) -> FileConfig:
    table = _table(path) or {}
    try:
        return FileConfig.model_validate(table)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise ConfigError(f"{path}: [tool.factcheck] {where}: {first['msg']}") from exc


def load_config(paths: Sequence[Path] = (), *, cwd: Path | None = None, file: Path | None = None) -> ProjectConfig:
    """The configuration for a scan of `paths` (or a command run in `cwd`); `file` forces one (--config)."""
    cwd = (cwd or Path.cwd()).resolve()
    start = Path(paths[0]) if paths else cwd
    if not start.is_absolute():
        start = cwd / start
    if file is not None:
        if not file.is_file():
            raise ConfigError(f"{file}: no such configuration file")
        found: Path | None = file.resolve()
    else:
        found = find_config_file(start)
    if found is not None:
        return ProjectConfig(root=found.parent, file=found, values=parse_config(found))
    return ProjectConfig(root=_git_root(start) or cwd, file=None)
