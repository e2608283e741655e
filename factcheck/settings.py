"""One validated settings object, passed down the pipeline (no module-level state)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from factcheck.knowledge.paths import builtin_rules_dir


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    rules_dirs: tuple[Path, ...] = Field(default=(), description="project rule folders, after the built-in one")
    builtin_rules: bool = Field(default=True, description="load the rules that ship with factcheck")
    model: str | None = Field(default=None, description="an installed spaCy pipeline to use instead of blank English")
    select: tuple[str, ...] = Field(default=(), description="rule codes or code prefixes to run (empty: every rule)")
    ignore: tuple[str, ...] = Field(default=(), description="rule codes or code prefixes never to run")

    def all_rules_dirs(self) -> list[Path]:
        dirs = [builtin_rules_dir()] if self.builtin_rules else []
        for d in self.rules_dirs:
            if all(d.resolve() != x.resolve() for x in dirs):
                dirs.append(d)
        return dirs
