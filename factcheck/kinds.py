"""The closed vocabularies of the data model: kinds of figure, qualifiers, verdicts, severities, statuses,
roles and stages. Kept apart from `factcheck.models` (which re-exports them) so each module stays small."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """What sort of expression a mention is."""

    MONEY = "money"
    NUMBER = "number"
    PERCENT = "percent"
    MULTIPLIER = "multiplier"
    PARAMETERS = "parameters"
    DURATION = "duration"
    QUANTITY = "quantity"
    DATE = "date"
    PERIOD = "period"
    RECORD = "record"  # a win-loss record, "52-3" or "45-7-2": several counts told as one figure, never a range


class Qualifier(StrEnum):
    """How the writer bounded the figure ("at least", "about", a range...)."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    LOWER_BOUND = "lower_bound"
    UPPER_BOUND = "upper_bound"
    RANGE = "range"
    VAGUE = "vague"


class Verdict(StrEnum):
    CONFLICT = "conflict"
    INCONSISTENCY = "inconsistency"
    AGREEMENT = "agreement"
    COMPATIBLE = "compatible"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Status(StrEnum):
    """Where a finding stands against the triage ledger and the baseline."""

    NEW = "new"
    UNCHANGED = "unchanged"
    UPDATED = "updated"
    ABSENT = "absent"
    REGRESSED = "regressed"


class Role(StrEnum):
    """How a figure stands to the figure next to it."""

    CONVERSION = "conversion"  # "(about 6.7 million yuan)": restates the figure before it in another currency
    COMPARISON = "comparison"  # the figure after "vs": what something is compared with, not about the subject
    PART = "part"  # "2,432 stations, of which 804": a part of the figure before it
    WHOLE = "whole"  # "won 143 of the 300 seats": the whole a part is counted from, not the part's quantity
    RATE = "rate"  # "$40 per ton", "$4 million a year": a rate per unit, not a total
    CUMULATIVE = "cumulative"  # "a total of 14", "so far", "career": a running total over many events
    LISTED = "listed"  # "in 2001 and 2005", "7.6 and 7.4": one of several figures listed together


class Stage(StrEnum):
    """How far a figure is from a closed, final fact. Only figures at one stage are compared."""

    ACTUAL = "actual"
    ESTIMATE = "estimate"  # "an estimated 2,000"
    PROJECTION = "projection"  # "expected to reach"
    TARGET = "target"  # "aims to raise"
    TALKS = "talks"  # "in talks to buy", an offer, a bid
    RUMOUR = "rumour"  # "reportedly"
