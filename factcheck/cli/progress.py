"""The scan's progress on stderr: one bar per stage (read, extract, align, evaluate, write).

Shown only on a terminal, without --quiet, and for scans of more than a few
files, where waiting without a sign of life would be long enough to worry.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from factcheck.errors import FactcheckError
from factcheck.ingest.discover import discover

PROGRESS_MIN_FILES = 4


def wants_progress(paths: Sequence[Path], console: Console, quiet: bool) -> bool:
    """True on a terminal, without --quiet, for more than PROGRESS_MIN_FILES articles."""
    if quiet or not console.is_terminal:
        return False
    try:
        return len(discover(paths)) > PROGRESS_MIN_FILES
    except FactcheckError:
        return False  # the scan itself reports the bad path


class StageProgress:
    """A callable for `factcheck.scan(progress=...)`: a bar per stage; starting a stage completes the ones before."""

    def __init__(self, console: Console, enabled: bool) -> None:
        self._bar = Progress(
            TextColumn("{task.description:<9}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            disable=not enabled,
        )
        self._tasks: dict[str, TaskID] = {}

    def __enter__(self) -> StageProgress:
        self._bar.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._bar.stop()

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage not in self._tasks:
            for task in self._bar.tasks:
                self._bar.update(task.id, completed=task.total)
            self._tasks[stage] = self._bar.add_task(stage, total=total)
        self._bar.update(self._tasks[stage], completed=done, total=total)
