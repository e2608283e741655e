"""Score a report against a gold file of expected findings (our own scorer for the end-to-end tests).

A gold claim is covered by a report claim in the same file whose span overlaps
an occurrence of the gold quote (on the gold line, or anywhere when the line
is "any"). A gold case is found when one finding of the right verdict covers
enough of its claims: two claims from two files for cross-source cases (with
two different values for a valued conflict), one or two claims for a case
inside one article. A false positive is a conflict or inconsistency finding
that matches no gold problem and whose claims all lie inside one gold case
that should not be flagged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

PROBLEM = {"conflict", "inconsistency"}


@dataclass
class Score:
    conflicts: tuple[int, int]
    agreements: tuple[int, int]
    scope: tuple[int, int]
    false_positives: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    problems: tuple[int, int] = (0, 0)  # problem findings that match a gold problem, of all judged ones
    unmatched: list[str] = field(default_factory=list)  # problem findings that match no gold problem

    @property
    def precision(self) -> float | None:
        return self.problems[0] / self.problems[1] if self.problems[1] else None

    def line(self) -> str:
        return (
            f"conflict_recall={self.conflicts[0]}/{self.conflicts[1]} agreement_recall={self.agreements[0]}/{self.agreements[1]} "
            f"scope_alignment={self.scope[0]}/{self.scope[1]} false_positives={len(self.false_positives)}"
        )


def _spans(text: str, quote: str, line) -> list[tuple[int, int]]:
    if line in (None, "any"):
        lo, hi = 0, len(text)
    else:
        lines = text.split("\n")
        lo = sum(len(x) + 1 for x in lines[: int(line) - 1])
        hi = lo + len(lines[int(line) - 1])
    out, i = [], text.find(quote, lo)
    while i != -1 and i + len(quote) <= hi:
        out.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    return out


def _find(corpus: Path, name: str) -> Path:
    """A gold file names an article by its file name; it may sit in a subfolder of the corpus."""
    direct = corpus / name
    if direct.exists():
        return direct
    found = sorted(corpus.rglob(Path(name).name))
    assert found, f"gold file {name} not found under {corpus}"
    return found[0]


def score(report: dict, gold_path: Path, corpus: Path) -> Score:
    """Score one report; cases marked `ambiguous: true` count neither way (ANNOTATION.md)."""
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    claims = {c["id"]: (Path(c["document"]).name, c["start"], c["end"]) for c in report["claims"]}
    cases = []
    ambiguous = []
    for g in gold["findings"]:
        gcs = []
        for gc in g["claims"]:
            text = _find(corpus, gc["file"]).read_text(encoding="utf-8")
            spans = _spans(text, gc["quote"], gc.get("line"))
            assert spans, f"gold quote {gc['quote']!r} not in {gc['file']}"
            gcs.append((Path(gc["file"]).name, spans, gc.get("value")))
        (ambiguous if g.get("ambiguous") else cases).append((g, gcs))

    def hits(fclaims, gcs):
        return [gc for gc in gcs if any(d == gc[0] and any(s < e2 and s2 < e for s2, e2 in gc[1]) for d, s, e in fclaims)]

    def matches(fclaims, g, gcs):
        hit = hits(fclaims, gcs)
        if g["kind"] in ("internal_inconsistency", "consistent"):
            return len(hit) >= min(2, len(gcs))
        if len({h[0] for h in hit}) < 2 and len({gc[0] for gc in gcs}) >= 2:
            return False
        if len(hit) < 2:
            return False
        if g["kind"] == "conflict" and any(gc[2] is not None for gc in gcs):
            return len({str(h[2]) for h in hit}) >= 2
        return True

    findings = [(f, [claims[c] for c in f["claims"] if c in claims]) for f in report["findings"]]
    result = {}
    missed = []
    for key, verdicts, kinds in (
        ("conflicts", PROBLEM, ("conflict", "internal_inconsistency")),
        ("agreements", {"agreement"}, ("agreement",)),
        ("scope", {"agreement", "compatible"}, ("different_scope",)),
    ):
        group = [(g, gcs) for g, gcs in cases if g["kind"] in kinds]
        found = [g["id"] for g, gcs in group if any(f["verdict"] in verdicts and matches(fc, g, gcs) for f, fc in findings)]
        missed += [g["id"] for g, _ in group if g["id"] not in found]
        result[key] = (len(found), len(group))
    fps = []
    unmatched = []
    judged = right = 0
    for f, fc in findings:
        if f["verdict"] not in PROBLEM:
            continue
        if any(matches(fc, g, gcs) for g, gcs in cases if g["kind"] in ("conflict", "internal_inconsistency")):
            judged += 1
            right += 1
            continue
        if any(matches(fc, g, gcs) for g, gcs in ambiguous):
            continue  # about a case careful annotators could disagree on: counted neither way
        judged += 1
        unmatched.append(f"{f['id']} {f.get('entity')} / {f.get('attribute')}")
        inside = [
            g["id"]
            for g, gcs in cases
            if g["kind"] in ("agreement", "different_scope", "consistent")
            and fc
            and all(any(d == gc[0] and any(s < e2 and s2 < e for s2, e2 in gc[1]) for gc in gcs) for d, s, e in fc)
        ]
        if inside:
            fps.append(f"{f['id']} inside {', '.join(inside)}")
    return Score(result["conflicts"], result["agreements"], result["scope"], fps, missed, (right, judged), unmatched)
