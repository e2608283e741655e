"""Time a first scan (empty cache) against a re-scan of the unchanged corpus, and one with one article edited.

    python benchmarks/incremental.py [--corpus DIR] [--rounds N]

What is measured, per round, each scan in a fresh Python process (as each CLI run is):
* scan stage: `factcheck.scan(paths, toolkit=..., cache=...)` after the toolkit (rules, lexicon,
  spaCy pipeline) is loaded, i.e. read + extract + normalize + match + evaluate, or read + reuse when
  the corpus is unchanged; Python start-up and the toolkit load are not in it;
* wall clock: the whole `python -m factcheck scan CORPUS -q` command, start-up included, for context.
Also printed: how many articles each scan extracted (the `runs.extracted` column) and the medians.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

STAGE = """
import json, sys, time
from pathlib import Path
from factcheck.api import Toolkit, scan
from factcheck.store import StoreCache
toolkit = Toolkit.load()
cache = StoreCache.open(Path(sys.argv[2]))
t0 = time.perf_counter()
result = scan([sys.argv[1]], toolkit=toolkit, cache=cache)
elapsed = time.perf_counter() - t0
print(json.dumps({"seconds": elapsed, "extracted": result.extracted, "stages": result.timings}))
"""


def stage_run(corpus: Path, db: Path) -> dict:
    """One scan stage in a fresh interpreter, sharing the cache database with the others."""
    done = subprocess.run(
        [sys.executable, "-c", STAGE, str(corpus), str(db)], cwd=REPO, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def wall_run(corpus: Path, out: Path) -> tuple[float, int]:
    """The whole CLI command; returns (seconds, documents extracted as recorded in the run)."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "factcheck", "scan", str(corpus), "-q", "--out", str(out), "--fail-on", "none"],
                   cwd=REPO, capture_output=True, check=True)
    seconds = time.perf_counter() - t0
    with sqlite3.connect(out / "factcheck.db") as conn:
        extracted = conn.execute("select extracted from runs order by id desc limit 1").fetchone()[0]
    return seconds, extracted


def edit_one(corpus: Path) -> None:
    first = sorted(p for p in corpus.rglob("*") if p.suffix in (".md", ".txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nAn added closing line.\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=REPO / "seeds", help="folder of articles (default: seeds/)")
    ap.add_argument("--rounds", type=int, default=3, help="first/second pairs to run (medians are printed)")
    args = ap.parse_args()

    firsts, seconds, edited, walls = [], [], [], []
    for i in range(args.rounds):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus"
            shutil.copytree(args.corpus, corpus)
            db = Path(tmp) / "cache.db"
            one, two = stage_run(corpus, db), stage_run(corpus, db)
            edit_one(corpus)
            three = stage_run(corpus, db)
            firsts.append(one["seconds"])
            seconds.append(two["seconds"])
            edited.append(three["seconds"])
            print(
                f"round {i + 1}: scan stage first {one['seconds']:.3f} s (extracted {one['extracted']}), "
                f"second {two['seconds']:.3f} s (extracted {two['extracted']}), "
                f"one article edited {three['seconds']:.3f} s (extracted {three['extracted']})"
            )
            print(f"         stages: first {fmt(one['stages'])}; second {fmt(two['stages'])}")
            walls.append((wall_run(corpus, Path(tmp) / "cli"), wall_run(corpus, Path(tmp) / "cli")))
    first, second = statistics.median(firsts), statistics.median(seconds)
    print(f"median scan stage: first {first:.3f} s, second {second:.3f} s (first/second = {first / second:.1f}x), "
          f"one article edited {statistics.median(edited):.3f} s")
    (w1, e1), (w2, e2) = walls[-1]
    print(f"wall clock of `python -m factcheck scan` (start-up and toolkit load included): first {w1:.2f} s "
          f"(extracted {e1}), second {w2:.2f} s (extracted {e2})")


def fmt(stages: dict[str, float]) -> str:
    return ", ".join(f"{k} {v:.3f}" for k, v in stages.items())


if __name__ == "__main__":
    main()
