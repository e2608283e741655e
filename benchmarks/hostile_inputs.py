"""Rerun every hostile input of issue 14 ("Why") through the real command line and print what happened to each.

    python benchmarks/hostile_inputs.py [--skip-big] [--root CHECKOUT]

One row per case: exit code, seconds, whether a traceback was printed, and what the outputs say (diagnostics,
findings, files kept). The big cases (tables, the 5 MB line, the 1.2 MB article) are in benchmarks/robustness.py
too, with memory; --skip-big leaves them out here. The unreadable cases need a user that file permissions apply
to: run as root, they drop to `nobody` with setpriv. --root runs another checkout's factcheck (e.g. the main
branch, for a before/after comparison) with this interpreter.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from robustness import one_line, prose, table  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GOOD = {
    "a.md": "Acme released Rocket-7, a model with 130 billion parameters.\n",
    "b.md": "Rocket-7 has 100 billion parameters, according to Acme.\n",
}
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    return folder


def run(args: list[str], cwd: Path, as_nobody: bool = False) -> tuple[int, float, str, str]:
    command = [sys.executable, "-m", "factcheck", *args]
    if as_nobody and os.geteuid() == 0:
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    t0 = time.perf_counter()
    proc = subprocess.run(command, cwd=cwd, env=ENV, capture_output=True, text=True, timeout=900)
    return proc.returncode, time.perf_counter() - t0, proc.stdout, proc.stderr


def report_of(out: Path) -> dict:
    path = out / "report.json"
    return json.loads(path.read_text()) if path.exists() else {}


def row(case: str, code: int, secs: float, err: str, what: str) -> None:
    tb = "TRACEBACK" if "Traceback" in err else "no traceback"
    print(f"{case:28} exit {code}  {secs:6.1f} s  {tb:12}  {what}", flush=True)


def diags(rep: dict) -> str:
    return "; ".join(f"{d['file']} {d['code']}: {d['message'][:90]}" for d in rep.get("diagnostics", [])) or "no diagnostic"


def bad_article(work: Path, case: str, body: str | bytes, name: str = "bad.md") -> None:
    folder = write(work / case, {**GOOD, name: body})
    out = work / f"out-{case}"
    code, secs, _, err = run(["scan", str(folder), "--out", str(out), "-q"], work)
    rep = report_of(out)
    docs = sorted(d["id"] for d in rep.get("documents", []))
    summary = rep.get("summary", {})
    row(case, code, secs, err, f"scanned {docs}, {summary.get('conflicts', '-')} conflicts; {diags(rep)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--skip-big", action="store_true")
    ap.add_argument("--root", type=Path, default=ROOT, help="the checkout whose factcheck runs [default: this one]")
    args = ap.parse_args()
    ENV["PYTHONPATH"] = str(args.root.resolve())
    work = Path(tempfile.mkdtemp(prefix="hostile-"))
    os.chmod(work, 0o777)
    try:
        bad_article(work, "tab-before-fraction", "Shares of Acme rose 2\t1/2 points on the news.\n")
        bad_article(work, "year-10000", "Acme was founded in 2001. In year 10000 of its life Acme had 5 staff.\n")
        bad_article(work, "money-1e308", "Acme raised $1e308 billion in 2020.\n")
        bad_article(work, "nul-bytes", b"Acme had 12 staff.\x00\x01binary")
        bad_article(work, "bom", "\ufeff# Acme grows\n\nAcme had 12 staff in 2020.\n")
        if not args.skip_big:
            bad_article(work, "over-1M-characters", prose(1.05))
            bad_article(work, "table-2000-rows", table(2000))
            bad_article(work, "table-10000-rows", table(10_000))
            bad_article(work, "line-5MB", one_line(5.0))

        # BOM: title and line-1 columns as without it
        for case, body in (("bom-title", "\ufeff# Acme grows\n\nAcme had 12 staff in 2020.\n"), ("no-bom-title", "# Acme grows\n\nAcme had 12 staff in 2020.\n")):
            folder = write(work / case, {"a.md": body})
            code, secs, _, err = run(["scan", str(folder), "--out", str(work / f"out-{case}"), "-q"], work)
            rep = report_of(work / f"out-{case}")
            title = rep.get("documents", [{}])[0].get("title")
            cols = [(c["line"], c["column"]) for c in rep.get("claims", [])]
            row(case, code, secs, err, f"title {title!r}, claims at {cols}")

        # unreadable file and subfolder (as nobody)
        folder = write(work / "unreadable", {**GOOD, "locked.md": "Acme had 7 staff.\n", "private/c.md": "Acme had 9 staff.\n"})
        for path in (work / "unreadable", work / "unreadable" / "private"):
            os.chmod(path, 0o755)
        os.chmod(folder / "locked.md", 0o000)
        os.chmod(folder / "private", 0o000)
        for p in folder.glob("*.md"):
            if p.name != "locked.md":
                os.chmod(p, 0o644)
        code, secs, _, err = run(["scan", str(folder), "--out", str(work / "out-unreadable"), "-q"], work, as_nobody=True)
        row("unreadable file+subfolder", code, secs, err, diags(report_of(work / "out-unreadable")) + f" | stderr: {err.strip()[:120]}")
        os.chmod(folder / "private", 0o755)

        # only empty files: exit 2 and the previous reports kept
        out = work / "out-empty"
        write(out, {"report.json": "previous"})
        folder = write(work / "empty", {"a.md": "", "b.md": "  \n"})
        code, secs, _, err = run(["scan", str(folder), "--out", str(out), "-q"], work)
        row("only-empty-files", code, secs, err, f"report.json kept: {(out / 'report.json').read_text() == 'previous'}; {err.strip()[:100]}")

        # skipped-file warnings in SARIF and JUnit
        folder = write(work / "sarif", {**GOOD, "bad.md": b"\x00"})
        for fmt in ("sarif", "junit"):
            code, secs, stdout, err = run(["scan", str(folder), "--out", str(work / f"out-{fmt}"), "--format", fmt], work)
            row(f"warnings-in-{fmt}", code, secs, err, f"bad.md named in {fmt}: {'bad.md' in stdout and 'FC904' in stdout}")

        # nonsense numbers
        folder = write(work / "nonsense", {
            "a.md": "Acme had 1,2,3,4,5 employees. It raised 1e+296 trillion USD. Its margin was -0 percent. "
                    "Its share reached 1 million percent.\n",
            "b.md": "Acme had 40 employees in 2020.\n",
        })
        code, secs, _, err = run(["scan", str(folder), "--out", str(work / "out-nonsense"), "-q"], work)
        rep = report_of(work / "out-nonsense")
        odd = [c["text"] for c in rep.get("claims", []) if c["document"] == "a.md"]
        row("nonsense-numbers", code, secs, err, f"claims from the nonsense article: {odd}; findings {len(rep.get('findings', []))}")

        # "reported" phrasing
        folder = write(work / "reported", {
            "a.md": "Acme Corp reported revenue of $5.2 billion in 2024.\n", "b.md": "Acme's 2024 revenue was $4.1 billion.\n",
        })
        code, secs, _, err = run(["scan", str(folder), "--out", str(work / "out-reported"), "-q"], work)
        rep = report_of(work / "out-reported")
        row("reported-phrasing", code, secs, err, f"{rep.get('summary', {}).get('conflicts')} conflict(s): "
            + "; ".join(f"{f['verdict']} {f.get('entity')} {f.get('attribute')}" for f in rep.get("findings", [])))

        # explain's tolerance
        folder = write(work / "tolerance", {"a.md": "Acme had 12,000 employees in 2020.\n", "b.md": "Acme had 14,000 employees in 2020.\n"})
        code, secs, _, err = run(["scan", str(folder), "--out", str(work / "out-tol"), "-q"], work)
        rep = report_of(work / "out-tol")
        if rep.get("findings"):
            fid = rep["findings"][0]["id"]
            code, secs, stdout, err = run(["explain", fid, "--db", str(work / "out-tol" / "factcheck.db")], work)
            tol = sorted({w for w in stdout.replace("(", " ").split() if w.startswith("±")})
            row("explain-tolerance", code, secs, err, f"tolerances shown: {tol}")

        # rules folder named lexicon
        shutil.copytree(args.root / "rules", work / "lexicon", ignore=shutil.ignore_patterns("knowledge"))
        code, secs, stdout, err = run(["rules", "validate", str(work / "lexicon")], work)
        row("rules-folder-named-lexicon", code, secs, err, (stdout + err).strip().splitlines()[-1][:120] if (stdout + err).strip() else "")

        # two scans on one database, started together
        folder = write(work / "two", GOOD)
        command = [sys.executable, "-m", "factcheck", "scan", str(folder), "--out", str(work / "out-two"), "-q"]
        t0 = time.perf_counter()
        procs = [subprocess.Popen(command, cwd=work, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        ends = []
        for p in procs:
            _, e = p.communicate(timeout=600)
            ends.append((p.returncode, time.perf_counter() - t0, e.strip()[:110]))
        row("two-scans-one-database", ends[0][0], ends[0][1], "", f"second: exit {ends[1][0]} after {ends[1][1]:.1f} s {ends[1][2]!r}")

        # hypothesis crashes
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/fuzz", "tests/values/test_properties.py"],
            cwd=args.root, env=ENV, capture_output=True, text=True, timeout=900,
        )
        row("hypothesis-properties", proc.returncode, time.perf_counter() - t0, "", proc.stdout.strip().splitlines()[-1])
    finally:
        for p in work.rglob("*"):
            try:
                os.chmod(p, 0o755)
            except OSError:
                pass
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
