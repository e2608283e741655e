"""Scale benchmark on the AllSides corpus: cold scan, unchanged re-scan and one edited article, per N and --jobs.

    python benchmarks/scale.py [--sizes 1000,3000,12000] [--jobs 1,2] [--work DIR] [--no-tokenizer]

For each N the first N articles are unpacked with ../shared/corpora/allsides/unpack.py, then for each
jobs value, in a fresh database, three scans run, each in its own Python process as `factcheck scan`
would (the gated scan, then `publish`: the three reports written and the run recorded, or only a runs row when
nothing changed):
cold (empty cache), unchanged (the same files again), edited (one article changed, then scanned).
Printed per scan: characters, wall time of the process (start-up and toolkit load included),
characters a second, the ratio to spaCy's blank("en") tokenizer timed in this run on the same text,
peak memory (largest process: the parent or one pool worker, from GNU time), the stage times, the report
sizes and the database size. Also `factcheck --help` start-up. Nothing here is asserted: figures only.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UNPACK = REPO.parent / "shared" / "corpora" / "allsides" / "unpack.py"

SCAN = """
import json, sys, time
from pathlib import Path
t0 = time.perf_counter()
from factcheck.app.artifacts import Artifacts, publish, render_context
from factcheck.app.check import check_cached
from factcheck.app.parallel import Engine
from factcheck.app.toolkit import Toolkit
from factcheck.triage.ledger import load_ledger
corpus, out, jobs = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
toolkit = Toolkit.load()
load = time.perf_counter() - t0
ledger = load_ledger(out / "ledger.yml", must_exist=False)
t = time.perf_counter()
checked = check_cached([corpus], toolkit, cache_db=out / "factcheck.db", ledger=ledger, fail_on="none",
                       engine=Engine("local", jobs))
gate = time.perf_counter() - t - sum(checked.result.timings.values())
t = time.perf_counter()
publish(checked, Artifacts(out), render_context(checked), out / "factcheck.db", ledger, "none")  # as `factcheck scan`
written = time.perf_counter() - t
stages = {"start+load": load, **checked.result.timings, "gate+report": gate, "write+record": written}
print(json.dumps({"stages": stages, "extracted": checked.result.extracted, "findings": len(checked.result.findings),
                  "claims": len(checked.result.claims)}))
"""


def unpack(n: int, work: Path) -> Path:
    corpus = work / f"allsides-{n}"
    if not corpus.exists():
        subprocess.run([sys.executable, str(UNPACK), str(corpus), "--limit", str(n)], check=True, capture_output=True)
    return corpus


def corpus_text(corpus: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]


def tokenizer_speed(texts: list[str]) -> float:
    """Characters a second of spaCy's blank English tokenizer over exactly these texts."""
    import spacy

    tok = spacy.blank("en").tokenizer
    t0 = time.perf_counter()
    for text in texts:
        tok(text)
    return sum(map(len, texts)) / (time.perf_counter() - t0)


def timed_scan(corpus: Path, out: Path, jobs: int) -> dict:
    """One scan in a fresh process under GNU time (for the peak resident memory)."""
    t0 = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-v", sys.executable, "-c", SCAN, str(corpus), str(out), str(jobs)],
        cwd=REPO, capture_output=True, text=True,
    )
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"scan failed:\n{done.stderr[-3000:]}")
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    info = json.loads(done.stdout.strip().splitlines()[-1])
    info["wall"] = wall
    info["peak_mb"] = int(peak.group(1)) / 1024 if peak else float("nan")
    info["sizes_mb"] = {p.name: p.stat().st_size / 2**20 for p in sorted(out.glob("report.*"))}
    info["db_mb"] = (out / "factcheck.db").stat().st_size / 2**20
    return info


def edit_one(corpus: Path) -> None:
    first = sorted(corpus.rglob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nOne more closing line, added for the benchmark.\n", encoding="utf-8")


def help_startup() -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "factcheck", "--help"], cwd=REPO, capture_output=True, check=True)
    return time.perf_counter() - t0


def row(n: int, jobs: int, kind: str, chars: int, tok: float, r: dict) -> str:
    cps = chars / r["wall"]
    stages = " ".join(f"{k}={v:.1f}" for k, v in r["stages"].items())
    sizes = " ".join(f"{k}={v:.1f}" for k, v in r["sizes_mb"].items())
    ratio = f"{cps / tok:6.2%}" if tok else "   n/a"
    return (f"| {n:>6,} | {jobs} | {kind:<9} | {chars / 1e6:6.2f} M | {r['wall']:7.1f} s | {cps:9,.0f} | {ratio} | "
            f"{r['peak_mb']:6.0f} MB | {r['extracted']:>6} | {r['findings']:>6} | {stages} | {sizes} db={r['db_mb']:.1f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,3000,12000", help="comma-separated article counts (default 1000,3000,12000)")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values (default 1,2)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/factcheck-scale"), help="where corpora and outputs go")
    ap.add_argument("--no-tokenizer", action="store_true", help="skip the spaCy tokenizer baseline")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"factcheck --help: {help_startup():.2f} s")
    print("| N | jobs | scan | chars | wall | chars/s | vs tokenizer | peak | extracted | findings | stages (s) | sizes (MB) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for n in (int(x) for x in args.sizes.split(",")):
        pristine = unpack(n, args.work)
        texts = corpus_text(pristine)
        chars = sum(map(len, texts))
        tok = 0.0 if args.no_tokenizer else tokenizer_speed(texts)
        del texts
        print(f"<!-- N={n}: {chars:,} characters; spaCy blank('en') tokenizer on the same text: {tok:,.0f} chars/s -->", flush=True)
        for jobs in (int(x) for x in args.jobs.split(",")):
            corpus = args.work / f"run-{n}-j{jobs}"
            out = args.work / f"out-{n}-j{jobs}"
            for d in (corpus, out):
                shutil.rmtree(d, ignore_errors=True)
            shutil.copytree(pristine, corpus)
            out.mkdir(parents=True)
            for kind in ("cold", "unchanged", "edited"):
                if kind == "edited":
                    edit_one(corpus)
                print(row(n, jobs, kind, chars, tok, timed_scan(corpus, out, jobs)), flush=True)


if __name__ == "__main__":
    main()
