"""The Markdown report: for pull-request comments and $GITHUB_STEP_SUMMARY."""

from __future__ import annotations

from factcheck.evaluate.findings import show_value
from factcheck.models import Claim, Finding, Report, Verdict


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _claim_rows(f: Finding, claims: dict[str, Claim]) -> list[str]:
    rows = ["| Source | Line | Quote | Value | Period |", "|---|---|---|---|---|"]
    for cid in f.claims:
        c = claims.get(cid)
        if c is None:
            continue
        period = c.time.text if c.time and c.time.text else ""
        rows.append(
            f"| `{_cell(c.document)}` | {c.line} | “{_cell(c.sentence)[:220]}” | **{_cell(c.text)}** → {_cell(show_value(c))} | {_cell(period or '')} |"
        )
    return rows


def render_markdown(report: Report) -> str:
    s = report.summary
    claims = {c.id: c for c in report.claims}
    out = [
        "# factcheck report",
        "",
        f"{s.documents} articles, {s.claims} claims: **{s.conflicts} conflicts**, **{s.inconsistencies} inconsistencies**, "
        f"{s.agreements} agreements, {s.compatible} compatible.",
        "",
    ]
    if report.warnings:
        out += ["## Warnings", "", *(f"- {_cell(w)}" for w in report.warnings), ""]
    sections = [
        ("Conflicts between sources", Verdict.CONFLICT),
        ("Sources contradicting themselves", Verdict.INCONSISTENCY),
        ("Agreements", Verdict.AGREEMENT),
        ("Aligned but not comparable", Verdict.COMPATIBLE),
    ]
    for title, verdict in sections:
        fs = [f for f in report.findings if f.verdict == verdict]
        out += [f"## {title} ({len(fs)})", ""]
        if not fs:
            out += ["None.", ""]
            continue
        if verdict in (Verdict.CONFLICT, Verdict.INCONSISTENCY):
            for f in fs:
                triage = f" · triage: {f.triage.state}" if f.triage else ""
                out += [
                    f"### {f.severity.value.upper()} {f.rule} · {_cell(f.entity or '?')} · {(f.attribute or '?').replace('_', ' ')}"
                    + (f" · {f.period}" if f.period else ""),
                    "",
                    f"`{f.id}` · status: {f.status.value}{triage}",
                    "",
                    _cell(f.message),
                    "",
                    *_claim_rows(f, claims),
                    "",
                    "<details><summary>Why</summary>",
                    "",
                    *(f"- {_cell(x)}" for x in f.explanation),
                    "",
                    "</details>",
                    "",
                ]
        else:
            out += ["| Entity | Attribute | Values | Sources | Id |", "|---|---|---|---|---|"]
            for f in fs:
                values = "; ".join(
                    f"{_cell(claims[c].text)} ({_cell(claims[c].document)}:{claims[c].line})" for c in f.claims if c in claims
                )
                out.append(
                    f"| {_cell(f.entity or '?')} | {(f.attribute or '?').replace('_', ' ')} | {values[:400]} | "
                    f"{len(f.documents)} | `{f.id}` |"
                )
            out.append("")
    return "\n".join(out).rstrip() + "\n"
