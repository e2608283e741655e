"""Time and peak memory of `factcheck scan` on hostile inputs, each in a fresh process (prints the figures).

    python benchmarks/robustness.py [--rows 10000] [--line-mb 5]

Cases: a Markdown table of --rows rows about one company, and one line of --line-mb MB without a full stop.
The per-article budget (factcheck/app/budget.py) is what bounds them; the issue's target is under 60 s and 1 GB each.
"""

from __future__ import annotations

import argparse
import random
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def table(rows: int) -> str:
    lines = ["# Yearly figures", "", "| Company | Year | Revenue | Staff |", "|---|---|---|---|"]
    lines += [f"| Acme | {2000 + i % 25} | ${i}.5 million | {i * 3} |" for i in range(rows)]
    return "\n".join(lines) + "\n"


def one_line(megabytes: float) -> str:
    rng = random.Random(14)
    words = "Acme earned $5 million in 2020 and hired 300 staff while revenue grew 12% the company said".split()
    out, size = [], 0
    while size < megabytes * 1_000_000:
        w = rng.choice(words)
        out.append(w)
        size += len(w) + 1
    return " ".join(out)


def measure(name: str, text: str, work: Path) -> None:
    folder = work / name
    folder.mkdir()
    (folder / "article.md").write_text(text)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "scan", str(folder), "--out", str(work / f"out-{name}"), "--no-cache", "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)  # this process's own peak, not the largest of all children so far
    spent = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    print(f"{name}: {len(text):,} characters, {spent:.1f} s, peak RSS {usage.ru_maxrss / 1024:.0f} MB, exit {code}")
    print(f"  {out.strip()}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--line-mb", type=float, default=5.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        measure(f"table-{args.rows}-rows", table(args.rows), Path(tmp))
        measure(f"line-{args.line_mb:g}-MB", one_line(args.line_mb), Path(tmp))


if __name__ == "__main__":
    main()
