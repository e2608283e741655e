"""An article's text, line by line and escaped, with a <mark> on every extracted claim.

A reviewer reads the article as the tool read it: a marked figure was
extracted (its title says as what), a figure without a mark was missed. Marks
of claims in a conflict or inconsistency look different from those in an
agreement and from claims that no finding used.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from factcheck.evaluate.findings import show_value
from factcheck.models import Claim, Finding
from factcheck.report.view import attribute_label, is_problem, short_id


@dataclass(frozen=True)
class MarkedLine:
    number: int
    html: Markup


def claim_anchor(claim_id: str) -> str:
    """An HTML id for a claim ('c:33cb…' -> 'claim-33cb…')."""
    return "claim-" + claim_id.removeprefix("c:")


def claim_title(c: Claim, finding: Finding | None) -> str:
    """What the tool read, in one line: entity · attribute · value, and the finding that used it."""
    what = " · ".join(
        [c.entity or "no entity", attribute_label(c.attribute) if c.attribute else "no attribute", show_value(c)]
    )
    used = f" — {finding.verdict.value} {short_id(finding.id)}" if finding else " — in no finding"
    return " ".join((what + used).split())


def claim_role(finding: Finding | None) -> str:
    if finding is None:
        return "unused"
    return "problem" if is_problem(finding) else "aligned"


def _mark(c: Claim, text: str, finding: Finding | None) -> str:
    """The claim's text wrapped in one mark per line it spans (the first carries the id)."""
    title = escape(claim_title(c, finding))
    role = claim_role(finding)
    parts = []
    for i, part in enumerate(text.split("\n")):
        ident = f' id="{claim_anchor(c.id)}"' if i == 0 else ""
        mark = f'<mark{ident} class="claim {role}" title="{title}">{escape(part)}</mark>'
        if finding is not None:
            mark = f'<a class="to-finding" href="#f-{finding.id}">{mark}</a>'
        parts.append(mark if part else "")
    return "\n".join(parts)


def marked_lines(text: str, claims: Sequence[Claim], used_by: Mapping[str, Finding]) -> list[MarkedLine]:
    """The text split in lines, each escaped, claims marked; a claim overlapping an earlier one is left unmarked."""
    pieces: list[str] = []
    pos = 0
    for c in sorted(claims, key=lambda c: (c.start, -c.end)):
        if c.start < pos or c.end > len(text) or c.start >= c.end:
            continue
        pieces.append(str(escape(text[pos : c.start])))
        pieces.append(_mark(c, text[c.start : c.end], used_by.get(c.id)))
        pos = c.end
    pieces.append(str(escape(text[pos:])))
    return [MarkedLine(i, Markup(line)) for i, line in enumerate("".join(pieces).split("\n"), start=1)]
