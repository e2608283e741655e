"""Parity and wall time of the local and Dask engines on the same folders (issue 13).

    python benchmarks/engines.py FOLDER [FOLDER ...] [--jobs 2] [--work DIR]

e.g. `python ../shared/corpora/allsides/unpack.py /tmp/dask1000 --limit 1000` then
`python benchmarks/engines.py seeds /tmp/dask1000`. For each folder, two scans without a cache, each in its own
Python process: the local engine with --jobs N forked extractors, and the Dask engine on a LocalCluster of N
workers (extraction and the blocks' alignment and evaluation on the workers). Each process writes its claims
and findings as JSON lines under --work; printed per folder and engine: articles, claims, findings, the
blocks evaluated on each Dask worker, wall time of the scan (toolkit loaded beforehand; the Dask figure includes
starting the cluster) and its stages, then whether claims and findings are byte-identical. Exit code 1 when they
are not. Nothing else is asserted: figures only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

SCAN = """
import json, sys, time
from pathlib import Path
from factcheck.api import scan
from factcheck.app.parallel import Engine
from factcheck.app.toolkit import Toolkit
folder, out, kind, jobs = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
toolkit = Toolkit.load().loaded()
t0 = time.perf_counter()
result = scan([folder], toolkit=toolkit, engine=Engine(kind, jobs))
wall = time.perf_counter() - t0
with open(out / f"{kind}.claims.jsonl", "w", encoding="utf-8") as f:
    f.writelines(c.model_dump_json() + "\\n" for c in result.claims)
with open(out / f"{kind}.findings.jsonl", "w", encoding="utf-8") as f:
    f.writelines(x.model_dump_json() + "\\n" for x in result.findings)
with open(out / f"{kind}.warnings.txt", "w", encoding="utf-8") as f:
    f.writelines(w + "\\n" for w in result.warnings)
print(json.dumps({"articles": len(result.documents), "claims": len(result.claims), "findings": len(result.findings),
                  "wall": wall, "stages": result.timings, "evaluated_on": result.evaluated_on}))
"""


def run(folder: Path, out: Path, kind: str, jobs: int) -> dict:
    """One scan of `folder` on engine `kind` in a fresh process; its figures (the outputs are left under `out`)."""
    done = subprocess.run([sys.executable, "-c", SCAN, str(folder), str(out), kind, str(jobs)],
                          check=True, capture_output=True, text=True, cwd=REPO)
    return json.loads(done.stdout.strip().splitlines()[-1])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--jobs", type=int, default=2, help="local extractors and Dask workers [2]")
    parser.add_argument("--work", type=Path, default=None, help="where the outputs are written [a temporary folder]")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="factcheck-engines-"))
    same_everywhere = True
    for folder in args.folders:
        out = work / folder.resolve().name
        out.mkdir(parents=True, exist_ok=True)
        print(f"== {folder} (outputs in {out})")
        figures = {}
        for kind in ("local", "dask"):
            figures[kind] = fig = run(folder.resolve(), out, kind, args.jobs)
            stages = ", ".join(f"{k} {v:.1f}" for k, v in fig["stages"].items())
            where = f"; blocks evaluated per worker: {sorted(fig['evaluated_on'].values())}" if fig["evaluated_on"] else ""
            print(f"{kind:5} --jobs {args.jobs}: {fig['articles']:,} articles, {fig['claims']:,} claims, "
                  f"{fig['findings']:,} findings, {fig['wall']:.1f} s (stages: {stages}){where}")
        same = {part: digest(out / f"local.{part}") == digest(out / f"dask.{part}")
                for part in ("claims.jsonl", "findings.jsonl", "warnings.txt")}
        print("identical: " + ", ".join(f"{part.split('.')[0]} {'yes' if ok else 'NO'}" for part, ok in same.items()))
        same_everywhere &= all(same.values())
    return 0 if same_everywhere else 1


if __name__ == "__main__":
    sys.exit(main())
