"""Write (or check) the rule pages under docs/rules/ that SARIF's helpUri points at: one per rule code."""

from __future__ import annotations

from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.evaluate import load_rules
from factcheck.report.rulepages import rule_pages
from factcheck.report.sarif import rule_infos
from factcheck.settings import Settings


def pages_for(settings: Settings) -> dict[str, str]:
    """File name -> Markdown for every rule the settings load (FC000 included) and the index."""
    rules = load_rules(settings.all_rules_dirs()).selected(settings.select, settings.ignore)
    return rule_pages(rule_infos(rules.rules.values()))


def stale_pages(folder: Path, pages: dict[str, str]) -> list[str]:
    """The pages that are missing or differ in `folder`, and .md files there that no rule has."""
    differ = [n for n, text in pages.items() if not (folder / n).is_file() or (folder / n).read_text(encoding="utf-8") != text]
    extra = [p.name for p in folder.glob("*.md") if p.name not in pages] if folder.is_dir() else []
    return sorted(differ + extra)


def write_pages(folder: Path, pages: dict[str, str]) -> list[str]:
    """Write the pages (and remove pages of rules that are gone); the names written or removed."""
    changed = stale_pages(folder, pages)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name in changed:
            if name in pages:
                (folder / name).write_text(pages[name], encoding="utf-8")
            else:
                (folder / name).unlink()
    except OSError as exc:
        raise FactcheckError(f"{folder}: cannot write the rule pages ({exc.strerror or exc})") from exc
    return changed
