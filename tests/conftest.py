"""Shared fixtures: the toolkit (rules, knowledge, spaCy pipeline) is loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.api import Toolkit, scan
from factcheck.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def toolkit() -> Toolkit:
    return Toolkit.load(Settings())


@pytest.fixture(scope="session")
def seed_result(toolkit):
    return scan([SEEDS], toolkit=toolkit)

