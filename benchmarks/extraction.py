"""Score the value recognizer on the extraction benchmark and time it.

    python benchmarks/extraction.py [--bench DIR] [--predictions-out FILE] [--seeds DIR] [--errors FILE ...]

For every `*.jsonl` in the benchmark folder (and its subfolders, where files
kept aside for a further language go) it runs the recognizer of the language
the file's name starts with (`de_`, `fr_`...; English and Chinese use the base
tables) over each case (the case's `ref_date` is the `published` argument), scores value+unit
with the rule in the folder's README (greedy one-to-one matching within a
case, micro-averaged; single-task files count only predictions of their own
kinds, the mixed quantulum3 file counts everything) and prints one line per
file: cases, precision, recall, F1 and characters per second, with the speed
also given as a share of `spacy.blank("en")` tokenizing the same text. A last
line times `find_mentions` over the seed articles.

How mentions become benchmark items (the task view):
* a file that only expects plain numbers is a number-recognition task: it gets
  every number the number layer finds (`find_numbers_in`), including the
  digits inside money or dates, as a plain number recognizer would;
* a file that only expects number ranges gets the interval of every bounded
  or ranged mention, whatever its unit (the task ignores units);
* otherwise each mention maps to one item: money, percent, multiplier,
  parameters keep their kind; durations and other units are `quantity`;
  a ranged or bounded plain number is `number_range` where the file scores
  that kind, else a bound is reported as its number; a one-day date interval
  is `date`, any other interval `date_range`; in a file with no date kinds a
  bare year is the number it is written with.

Date spans ("2014-2018", "from March to May") include their last unit, as the
project's data model says ("2023-2024" is both years). Recognizers-Text ends
them where the last unit starts ("du 4 au 23" is [4th, 23rd)): the same span
under another convention, not another date. Such a prediction carries both
readings and matches gold written either way (still one gold item at most);
the table gives, as a note, the F1 of our inclusive reading alone, and
`--spans point-to-point` writes predictions the gold's way only.

A date case without a `ref_date` scores only the dates whose year its text
writes (see `checkable`): its gold was resolved against an unrecorded today.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from factcheck.values import Lexicon, find_mentions  # noqa: E402
from factcheck.values.mentions import find_numbers_in  # noqa: E402
from factcheck.knowledge.paths import builtin_rules_dir  # noqa: E402
from factcheck.models import Kind, Mention, Qualifier  # noqa: E402

MIXED_FILES = ("en_quantities_quantulum3",)
DATE_KINDS = {"date", "date_range"}


def default_bench_dir() -> Path:
    for cand in (REPO.parent / "shared" / "bench" / "extraction", Path("/work/shared/bench/extraction")):
        if cand.is_dir():
            return cand
    return REPO.parent / "shared" / "bench" / "extraction"


def default_seeds_dir() -> Path:
    for cand in (REPO / "seeds", REPO.parent / "main" / "seeds", Path("/work/shared/seeds")):
        if cand.is_dir() and any(cand.glob("*.txt")):
            return cand
    return Path("/work/shared/seeds")


# The Spanish, Portuguese and French currency files keep some money units as the spec's own names
# ("dólar", "libra") where the README's rule gives an ISO code ("$"/"Dollar" is USD, a generic
# pound GBP) or the coin's English name. Scoring reads them by that rule.
GOLD_UNIT_ALIASES = {
    "dólar": "USD", "dólar estadounidense": "USD", "dólar estadunidense": "USD", "dollar états-unis": "USD",
    "libra": "GBP", "livre": "GBP", "dólar canadiense": "CAD", "dólar canadense": "CAD", "dollar canadien": "CAD",
    "dólar australiano": "AUD", "dollar australien": "AUD", "dólar de hong kong": "HKD", "dollar de hong kong": "HKD",
    "yuan chino": "CNY", "yuan chinês": "CNY", "yuan chinois": "CNY", "franco suizo": "CHF", "franco suíço": "CHF",
    "franc suisse": "CHF", "yen japonais": "JPY", "roupie indienne": "INR", "marco finlandés": "FIM",
    "marco finlandês": "FIM", "mark finlandais": "FIM", "florín neerlandés": "NLG", "florim holandês": "NLG",
    "florins néerlandais": "NLG", "centavo": "cent", "centimes": "cent", "penique": "pence", "pêni": "pence",
    "franco": "franc", "roupie": "rupee",
}


def load_cases(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        cases = [json.loads(line) for line in fh if line.strip()]
    for case in cases:
        for item in case.get("expected", []):
            item["unit"] = GOLD_UNIT_ALIASES.get(item.get("unit"), item.get("unit"))
    return cases


def published_of(case: dict[str, Any]) -> date | None:
    ref = case.get("ref_date")
    if not ref:
        return None
    return datetime.fromisoformat(ref).date()


def checkable(case: dict[str, Any], item: dict[str, Any]) -> bool:
    """Can this gold item be checked? Not when it has no value; nor, in a case without a `ref_date`, when
    its value depends on the day the spec's author ran it. Most French date cases give no reference, and
    their gold resolves "aujourd'hui" to 2016-11-07 in one case and to 2018-03-14 in another: the run's
    own today. Such a case has no now, so only dates whose year is written in their text are scored
    there, a date whose text writes one of its years ("de novembre à février 2017"; the recognizer runs
    without a now, resolving nothing against a day it was not given)."""
    value = item.get("value")
    if value is None:
        return False
    if case.get("ref_date") or item.get("kind") not in DATE_KINDS:
        return True
    years = {v[:4] for v in ([value] if isinstance(value, str) else value) if v}
    text = item.get("text", "")
    return any(re.search(rf"(?<!\d)(?:{y}|{y[2:]})(?!\d)", text) for y in years)


# ------------------------------------------------------------------ task view


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def mention_items(m: Mention, kinds: set[str], point_to_point: bool = False) -> list[dict[str, Any]]:
    """One benchmark item for a mention, in the vocabulary of a file that scores `kinds`."""
    item: dict[str, Any] = {"text": m.text, "unit": m.unit}
    if m.kind in (Kind.DATE, Kind.PERIOD):
        if not DATE_KINDS & kinds and m.text.strip().isdigit() and len(m.text.strip()) == 4:
            return [{"text": m.text, "value": float(m.text.strip()), "unit": None, "kind": "number"}]
        if m.date_start is None and m.date_end is None:
            return []
        if m.date_start is not None and m.date_end is not None and m.date_end - m.date_start == timedelta(days=1):
            return [{"text": m.text, "value": _iso(m.date_start), "unit": None, "kind": "date"}]
        inclusive = [_iso(m.date_start), _iso(m.date_end)]
        if not m.detail.get("last_unit_start"):
            return [{"text": m.text, "value": inclusive, "unit": None, "kind": "date_range"}]
        to_point = [_iso(m.date_start), m.detail["last_unit_start"]]
        if point_to_point:
            return [{"text": m.text, "value": to_point, "unit": None, "kind": "date_range"}]
        # "from May to July": our reading runs through July; the gold's convention may end where July
        # starts. The same span told two ways is one item with two readings (see SPANS below).
        return [{"text": m.text, "value": inclusive, "readings": [to_point], "unit": None, "kind": "date_range"}]
    ranged = m.qualifier in (Qualifier.RANGE, Qualifier.VAGUE)
    bounded = m.qualifier in (Qualifier.LOWER_BOUND, Qualifier.UPPER_BOUND)
    scalar = m.low if m.low is not None else m.high
    if kinds == {"number_range"} and (ranged or bounded or m.detail.get("comparison") == "equal"):
        # a number-range task reads the interval of any bounded amount ("more than thirty years")
        return [{**item, "unit": None, "value": [m.low, m.high], "kind": "number_range"}]
    if m.kind == Kind.NUMBER:
        if "number_range" in kinds and (ranged or bounded or m.detail.get("comparison") == "equal"):
            return [{**item, "value": [m.low, m.high], "kind": "number_range"}]
        if ranged:
            return [{**item, "value": [m.low, m.high], "kind": "number_range"}]
        return [{**item, "value": scalar, "kind": "number"}]
    kind = {
        Kind.MONEY: "money",
        Kind.PERCENT: "percent",
        Kind.MULTIPLIER: "multiplier",
        Kind.PARAMETERS: "parameters",
        Kind.DURATION: "quantity",
        Kind.QUANTITY: "quantity",
    }[m.kind]
    value: Any = [m.low, m.high] if ranged else scalar
    return [{**item, "value": value, "kind": kind}]


def predictions(case: dict[str, Any], kinds: set[str], lexicon: Lexicon, point_to_point: bool = False) -> list[dict[str, Any]]:
    text = case["text"]
    if kinds == {"number"}:
        return [{"text": text[s:e], "value": v, "unit": None, "kind": "number"} for s, e, v in find_numbers_in(text, lexicon)]
    out: list[dict[str, Any]] = []
    for m in find_mentions(text, lexicon, published=published_of(case)):
        out.extend(mention_items(m, kinds, point_to_point))
    return out


# ------------------------------------------------------------------ scoring


def _num_eq(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, str) or isinstance(b, str):
        return False
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-12)


def _value_match(gold: dict[str, Any], value: Any) -> bool:
    gv = gold["value"]
    candidates = [gv] + list(gold.get("alternatives") or [])
    for g in candidates:
        if isinstance(g, str):
            if isinstance(value, str) and value == g:
                return True
            continue
        if isinstance(g, list):
            if isinstance(value, list) and len(value) == 2 and len(g) == 2:
                if all(_end_eq(x, y) for x, y in zip(g, value)):
                    return True
            continue
        if isinstance(value, list):
            u = gold.get("uncertainty")
            if u is not None and len(value) == 2 and _num_eq(value[0], g - u) and _num_eq(value[1], g + u):
                return True
            continue
        if _num_eq(g, value):
            return True
    return False


def _end_eq(g: Any, v: Any) -> bool:
    if g is None or v is None:
        return g is None and v is None
    if isinstance(g, str) or isinstance(v, str):
        return g == v
    return _num_eq(g, v)


def match_pairs(gold: list[dict[str, Any]], preds: list[dict[str, Any]], strict: bool = False) -> tuple[list[bool], list[bool]]:
    """Greedy one-to-one matching: which gold items found a prediction, and which predictions were used.
    A prediction's other `readings` (a span "X to Y" ending where Y starts) count unless `strict`; each
    prediction still matches one gold item at most."""
    used = [False] * len(preds)
    found = [False] * len(gold)
    for k, g in enumerate(gold):
        for i, p in enumerate(preds):
            if used[i] or p.get("unit") != g.get("unit"):
                continue
            values = [p["value"]] if strict else [p["value"], *p.get("readings", ())]
            if any(_value_match(g, v) for v in values):
                used[i] = found[k] = True
                break
    return found, used


def match_count(gold: list[dict[str, Any]], preds: list[dict[str, Any]], strict: bool = False) -> int:
    """Greedy one-to-one matches (see `match_pairs`)."""
    return sum(match_pairs(gold, preds, strict)[0])


def print_errors(path: Path, lexicon: Lexicon, point_to_point: bool = False) -> None:
    """Each case of a file with a missed gold item or a prediction that matched none, as scored."""
    cases = load_cases(path)
    kinds = file_kinds(cases)
    mixed = path.stem in MIXED_FILES
    for case in cases:
        preds = [p for p in predictions(case, kinds, lexicon, point_to_point) if mixed or p["kind"] in kinds]
        gold = [e for e in case["expected"] if checkable(case, e)]
        found, used = match_pairs(gold, preds)
        missed = [g for g, ok in zip(gold, found) if not ok]
        false = [p for p, ok in zip(preds, used) if not ok]
        if missed or false:
            print(f"{case['id']}: {case['text']!r}")
            for g in missed:
                print(f"    missed {g.get('text')!r} {g.get('value')} {g.get('unit') or ''}")
            for p in false:
                print(f"    false  {p.get('text')!r} {p.get('value')} {p.get('unit') or ''}")


def file_kinds(cases: Iterable[dict[str, Any]]) -> set[str]:
    return {e["kind"] for c in cases for e in c["expected"]}


def score_file(path: Path, lexicon: Lexicon, sink: list[dict[str, Any]], point_to_point: bool = False) -> dict[str, Any]:
    cases = load_cases(path)
    kinds = file_kinds(cases)
    mixed = path.stem in MIXED_FILES
    n_pred = n_gold = n_hit = n_strict = 0
    chars = sum(len(c["text"]) for c in cases)
    t0 = time.perf_counter()
    all_preds = [predictions(c, kinds, lexicon, point_to_point) for c in cases]
    elapsed = time.perf_counter() - t0
    for case, preds in zip(cases, all_preds):
        sink.append({"id": case["id"], "predicted": preds})
        counted = preds if mixed else [p for p in preds if p["kind"] in kinds]
        gold = [e for e in case["expected"] if checkable(case, e)]
        n_pred += len(counted)
        n_gold += len(gold)
        n_hit += match_count(gold, counted)
        n_strict += match_count(gold, counted, strict=True)
    f1 = _f1(n_hit, n_pred, n_gold)
    alt_f1 = None
    if DATE_KINDS & kinds and not mixed and not point_to_point:
        alt_f1 = _f1(n_strict, n_pred, n_gold)
    return {
        "alt_f1": alt_f1,
        "file": path.stem,
        "cases": len(cases),
        "p": n_hit / n_pred if n_pred else 0.0,
        "r": n_hit / n_gold if n_gold else 0.0,
        "f1": f1,
        "hits": n_hit,
        "gold": n_gold,
        "chars": chars,
        "seconds": elapsed,
        "texts": [c["text"] for c in cases],
    }


def _f1(hits: int, predicted: int, gold: int) -> float:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def spacy_speed(texts: list[str]) -> float:
    """Characters per second of spacy.blank("en") tokenizing the texts (the ceiling we compare to)."""
    import spacy

    nlp = spacy.blank("en")
    chars = sum(len(t) for t in texts)
    for t in texts[:50]:
        nlp(t)
    t0 = time.perf_counter()
    for t in texts:
        nlp(t)
    return chars / max(time.perf_counter() - t0, 1e-9)


def seeds_speed(seeds: Path, lexicon: Lexicon, rounds: int = 5) -> tuple[int, float]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    chars = sum(len(t) for t in texts)
    for t in texts:
        find_mentions(t, lexicon)
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for t in texts:
            find_mentions(t, lexicon)
        best = min(best, time.perf_counter() - t0)
    return chars, chars / max(best, 1e-9)


def extract_stage_speed(seeds: Path, rounds: int = 5) -> tuple[int, float]:
    """Characters a second of the whole extract stage (spaCy pipeline, recognizers, entities,
    cues, subjects, attributes, time scopes: Document in, Claims out) on the seed articles."""
    from factcheck.api import Toolkit
    from factcheck.ingest import read_documents

    toolkit = Toolkit.load()
    docs = read_documents([seeds], toolkit.knowledge, toolkit.lexicon).documents
    chars = sum(len(d.text) for d in docs)
    for d in docs:
        toolkit.extractor.extract(d)
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for d in docs:
            toolkit.extractor.extract(d)
        best = min(best, time.perf_counter() - t0)
    return chars, chars / max(best, 1e-9)


def file_lexicon(path: Path) -> Lexicon:
    """The lexicon of the language a file's name starts with ("de_date" -> German), as a scan of a
    German article would use; English and Chinese (and unknown prefixes) use the base tables."""
    return Lexicon.load([builtin_rules_dir()], language=path.stem.split("_", 1)[0])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=default_bench_dir(), help="folder of benchmark *.jsonl files")
    ap.add_argument("--predictions-out", type=Path, help="write predictions as JSONL {id, predicted: [...]}")
    ap.add_argument("--seeds", type=Path, default=default_seeds_dir(), help="folder of seed articles (*.txt) to time")
    ap.add_argument(
        "--spans",
        choices=("inclusive", "point-to-point"),
        default="inclusive",
        help="how 'X to Y' date spans are written: our reading (through the end of Y, the default) "
        "or Recognizers-Text's (ending where Y starts)",
    )
    ap.add_argument(
        "--errors",
        action="append",
        default=[],
        metavar="FILE",
        help="list the misses and false hits of this file (its name without .jsonl, e.g. fr_number); repeatable",
    )
    args = ap.parse_args(argv)

    lexicon = Lexicon.load([builtin_rules_dir()])
    files = sorted(args.bench.glob("*.jsonl")) + sorted(args.bench.glob("*/*.jsonl"))
    if not files:
        print(f"no *.jsonl files under {args.bench}", file=sys.stderr)
        return 2
    sink: list[dict[str, Any]] = []
    rows = [score_file(f, file_lexicon(f), sink, args.spans == "point-to-point") for f in files]
    all_texts = [t for r in rows for t in r["texts"]]
    ceiling = spacy_speed(all_texts)
    print(f"{'file':<28} {'cases':>5} {'P':>6} {'R':>6} {'F1':>6} {'chars/s':>10} {'vs spaCy':>8}")
    for r in rows:
        cps = r["chars"] / max(r["seconds"], 1e-9)
        print(f"{r['file']:<28} {r['cases']:>5} {100 * r['p']:6.1f} {100 * r['r']:6.1f} {100 * r['f1']:6.1f} {cps:10,.0f} {cps / ceiling:7.1%}")
        if r["file"] == "factcheck_probe":
            print(f"{'':<28} {'':>5} recall {r['hits']}/{r['gold']}")
        if r["alt_f1"] is not None:
            print(f"{'':<28} {'':>5} (F1 {100 * r['alt_f1']:.1f} if 'X to Y' spans counted only in our inclusive reading)")
    chars, cps = seeds_speed(args.seeds, lexicon)
    print(f"{'seeds':<28} {len(list(args.seeds.glob('*.txt'))):>5} {'':>6} {'':>6} {'':>6} {cps:10,.0f} {cps / ceiling:7.1%}   ({chars:,} chars, find_mentions; spaCy blank('en') tokenizer {ceiling:,.0f} chars/s)")
    chars, cps = extract_stage_speed(args.seeds)
    print(f"{'seeds, whole extract stage':<28} {len(list(args.seeds.glob('*.txt'))):>5} {'':>6} {'':>6} {'':>6} {cps:10,.0f} {cps / ceiling:7.1%}   (Document in, Claims out)")
    for f in files:
        if f.stem in args.errors:
            print(f"\n{f.stem}: misses and false hits")
            print_errors(f, file_lexicon(f), args.spans == "point-to-point")
    if args.predictions_out:
        args.predictions_out.parent.mkdir(parents=True, exist_ok=True)
        with args.predictions_out.open("w", encoding="utf-8") as fh:
            for row in sink:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
