"""Accuracy on real news: scan the seeds and every annotated development cluster, score against gold.

    python benchmarks/accuracy.py [--model NAME] [--only 13a,4a] [-v]

Gold files: `tests/gold/seeds.yml` (the seed corpus) and `tests/gold/ecbplus/<cluster>.yml`, each
pointing at `../shared/corpora/ecbplus/<cluster>/` (the articles are never copied into the project); the
stories written in our own words under `tests/corpora/<name>/` (with their `gold.yml`) are scored too, in a
line of their own.
Each corpus is scanned on its own, in one process with one loaded toolkit, with no cache and no ledger.

Printed per corpus and in total:
* conflict recall: gold conflicts and internal inconsistencies found by a conflict/inconsistency
  finding that covers their claims;
* agreement recall: gold agreements found by an agreement finding;
* precision: problem findings (conflict, inconsistency) that match a gold conflict or inconsistency,
  over all problem findings (findings about a case marked `ambiguous` count neither way);
* the scan time of the corpus.
With -v, the missed gold cases and the problem findings that match none are listed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "tests"))

from goldscore import Score, score  # noqa: E402


def corpora(only: set[str] | None) -> list[tuple[str, Path, Path]]:
    """(name, gold file, corpus folder) for the seeds and every annotated cluster."""
    out = [("seeds", REPO / "tests" / "gold" / "seeds.yml", REPO / "seeds")]
    for gold in sorted((REPO / "tests" / "gold" / "ecbplus").glob("*.yml"), key=lambda p: (len(p.stem), p.stem)):
        out.append((gold.stem, gold, SHARED / "corpora" / "ecbplus" / gold.stem))
    return [c for c in out if only is None or c[0] in only]


def own_stories(only: set[str] | None) -> list[tuple[str, Path, Path]]:
    """(name, gold file, folder) for the stories written in our own words under `tests/corpora/` (the subjects
    of the hidden sets among them): scored apart, so the development figures stay comparable."""
    folders = sorted(p.parent for p in (REPO / "tests" / "corpora").glob("*/gold.yml"))
    return [(f.name, f / "gold.yml", f) for f in folders if only is None or f.name in only]


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b}" if b else "-"


def _in_project_venv() -> None:
    """Run under the project's `.venv` when this interpreter has no factcheck (e.g. a bare `python3`)."""
    try:
        import factcheck  # noqa: F401
    except ModuleNotFoundError:
        venv = REPO / ".venv" / "bin" / "python"
        if not venv.exists() or Path(sys.prefix).resolve() == (REPO / ".venv").resolve():
            raise SystemExit("factcheck is not installed: pip install -e . (or create .venv as the README says)")
        os.execv(str(venv), [str(venv), *sys.argv])


def main() -> int:
    _in_project_venv()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=None, help="an installed spaCy pipeline (default: blank English)")
    ap.add_argument("--only", default=None, help="comma-separated corpus names")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    from factcheck.api import Toolkit, scan
    from factcheck.api import build_report
    from factcheck.report.jsonfile import report_json
    from factcheck.settings import Settings

    t0 = time.perf_counter()
    toolkit = Toolkit.load(Settings(model=args.model))
    load_seconds = time.perf_counter() - t0
    only = set(args.only.split(",")) if args.only else None
    rows: list[tuple[str, Score, float]] = []
    for name, gold, folder in [*corpora(only), *own_stories(only)]:
        if not folder.is_dir():
            print(f"{name}: corpus folder {folder} missing; skipped", file=sys.stderr)
            continue
        t = time.perf_counter()
        result = scan([str(folder)], toolkit=toolkit)
        seconds = time.perf_counter() - t
        report = json.loads(report_json(build_report(result)))
        rows.append((name, score(report, gold, folder), seconds))

    print(f"toolkit load {load_seconds:.1f} s (model: {args.model or 'blank en'})")
    print(f"{'corpus':<14} {'conflicts':>10} {'agreements':>11} {'precision':>10} {'scope':>7} {'seconds':>8}")
    totals = {"c": [0, 0], "a": [0, 0], "p": [0, 0], "s": [0, 0]}
    dev = {"c": [0, 0], "p": [0, 0]}
    own = {"c": [0, 0], "a": [0, 0], "p": [0, 0]}
    own_names = {name for name, _, _ in own_stories(only)}
    for name, s, seconds in rows:
        for key, pair in (("c", s.conflicts), ("a", s.agreements), ("p", s.problems), ("s", s.scope)):
            into = [own] if name in own_names else [totals, dev] if name != "seeds" else [totals]
            for table in into:
                if key in table:
                    table[key][0] += pair[0]
                    table[key][1] += pair[1]
        print(
            f"{name:<14} {_ratio(*s.conflicts):>10} {_ratio(*s.agreements):>11} {_ratio(*s.problems):>10} "
            f"{_ratio(*s.scope):>7} {seconds:>8.2f}"
        )
        if args.verbose:
            for m in s.missed:
                print(f"    missed {m}")
            for u in s.unmatched:
                print(f"    unmatched {u}")
    print(
        f"{'total':<14} {_ratio(*totals['c']):>10} {_ratio(*totals['a']):>11} {_ratio(*totals['p']):>10} "
        f"{_ratio(*totals['s']):>7}"
    )

    def frac(pair: list[int]) -> str:
        return f"{pair[0] / pair[1]:.2f}" if pair[1] else "-"

    print(
        f"development clusters: conflict recall {frac(dev['c'])} ({_ratio(*dev['c'])}), "
        f"precision {frac(dev['p'])} ({_ratio(*dev['p'])})"
    )
    print(
        f"all corpora: conflict recall {frac(totals['c'])}, agreement recall {frac(totals['a'])}, "
        f"precision {frac(totals['p'])}"
    )
    if own_names:
        print(
            f"own stories (tests/corpora, not in the totals above): conflict recall {frac(own['c'])} ({_ratio(*own['c'])}), "
            f"agreement recall {frac(own['a'])} ({_ratio(*own['a'])}), precision {frac(own['p'])} ({_ratio(*own['p'])})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
