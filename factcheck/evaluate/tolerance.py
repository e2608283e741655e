"""How much slack rule types give before they call two figures different.

`FigureSlack` is how far one figure reaches when read as an interval
(factcheck.evaluate.compare.span); every rule type that compares figures as
intervals reads it; ratio and share add their own fields on top (their
`RatioTolerance`, `ShareTolerance`).
"""

from __future__ import annotations

from pydantic import Field

from factcheck.evaluate.rulespec import Strict


class FigureSlack(Strict):
    """How far a figure reaches beyond its digits: rounding, "about", "several"."""

    relative: float = Field(0.0, ge=0, description="extra relative slack on top of rounding")
    approximate: float = Field(0.1, ge=0, description='how far "about", "nearly", "~" reach, relative')
    vague: float = Field(0.5, ge=0, description='how far "several", "dozens" reach, relative')
    rounding_cap: float = Field(
        0.025, ge=0, description='rounding slack never exceeds this share of the figure ("$2 billion" is not 1.5-2.5 billion)'
    )

