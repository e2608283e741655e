"""The figures GitHub and browsers limit, for a scan's outputs: SARIF results and related locations, the
Markdown report against the 1 MiB job summary, the HTML page against its 5 MB cap; SARIF checked against
the 2.1.0 schema.

    python benchmarks/github_limits.py OUT_DIR [--sarif FILE]

OUT_DIR is a `factcheck scan --out` folder (report.md, report.html); the SARIF file is the scan's
`--sarif-output` (default OUT_DIR/report.sarif). For the 200-article figures:

    python ../shared/corpora/allsides/unpack.py /tmp/a200 --limit 200
    factcheck scan /tmp/a200 --out /tmp/a200-out --sarif-output /tmp/a200-out/report.sarif -q
    python benchmarks/github_limits.py /tmp/a200-out
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SCHEMA = Path(__file__).resolve().parents[1] / "tests" / "report" / "data" / "sarif-schema-2.1.0.json"
MARKDOWN_LIMIT = 1024 * 1024
HTML_LIMIT = 5 * 1000 * 1000
RELATED_LIMIT = 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sarif", type=Path, default=None)
    args = parser.parse_args(argv)
    sarif_path = args.sarif or args.out / "report.sarif"
    log = json.loads(sarif_path.read_text(encoding="utf-8"))
    try:
        import jsonschema

        jsonschema.Draft4Validator(json.loads(SCHEMA.read_text())).validate(log)
        valid = "valid"
    except ImportError:
        valid = "not checked (pip install jsonschema)"
    run = log["runs"][0]
    results = run["results"]
    related = max((len(r.get("relatedLocations", [])) for r in results), default=0)
    helpless = [r["id"] for r in run["tool"]["driver"]["rules"] if not (r.get("help") and r.get("helpUri"))]
    md = (args.out / "report.md").stat().st_size
    html = (args.out / "report.html").stat().st_size
    print(f"SARIF 2.1.0 schema: {valid}")
    print(f"SARIF results: {len(results)}; most related locations in one result: {related} (limit {RELATED_LIMIT})")
    print(f"SARIF rules without help or helpUri: {len(helpless)}")
    print(f"Markdown report: {md:,} bytes (limit {MARKDOWN_LIMIT:,})")
    print(f"HTML report: {html:,} bytes (cap {HTML_LIMIT:,})")
    ok = valid != "invalid" and related <= RELATED_LIMIT and not helpless and md <= MARKDOWN_LIMIT and html <= HTML_LIMIT
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
