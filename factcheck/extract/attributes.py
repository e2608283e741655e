"""Choose the attribute a figure measures, from cue words, counted nouns and table headers.

The cue nearest the figure inside its clause wins; a longer cue beats a
shorter one at the same distance; a cue only counts when the attribute takes
the figure's kind ("valued at" takes money, "parameters" takes a parameter
count). In a table, the column header and the row label are cues too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.context import DocContext
from factcheck.extract.cues import CueMention
from factcheck.knowledge.schema import AttributeSpec
from factcheck.models import Kind, Mention
from factcheck.values.words import stem

# A plain number can be a parameter count when its cue says so ("130B" under "Parameters");
# a period ("by November", "less than two months later") can date an event.
_KIND_CAN_BE = {Kind.NUMBER: {Kind.NUMBER, Kind.PARAMETERS}, Kind.PERIOD: {Kind.PERIOD, Kind.DATE}}


_DIGIT = re.compile(r"\d")


def as_year(m: Mention) -> int | None:
    """The year a plain four-digit whole number could be (1000-2100), else None."""
    if m.kind != Kind.NUMBER or m.counted or m.qualifier.value != "exact" or m.low is None or m.low != m.high:
        return None
    y = m.low
    return int(y) if y.is_integer() and 1000 <= y <= 2100 and len(m.text.strip()) == 4 else None


def _whole_count(m: Mention) -> bool:
    """Can the figure count whole people or things: a number with no fraction after its scale ("6.1" cannot,
    "1.5 million" can)? Figures that are no bare number (a range, a bound) count by their ends."""
    ends = [v for v in (m.low, m.high) if v is not None]
    return m.kind != Kind.NUMBER or all(float(v).is_integer() for v in ends)


@dataclass(frozen=True)
class AttributeChoice:
    spec: AttributeSpec
    cue: str
    how: str
    at: int | None  # where the cue is in the text (None for table headers)
    kind: Kind  # the figure's kind as the attribute reads it
    end: int | None = None  # where the cue ends


class AttributeChooser:
    def __init__(self, ctx: DocContext, cue_texts) -> None:
        """`cue_texts(text)` finds cues in a string (used for table headers)."""
        self.ctx = ctx
        self.specs = {a.name: a for a in ctx.knowledge.attributes}
        self.cue_texts = cue_texts
        self.counted = {
            a.name: {tuple(stem(w) for w in c.split()) for c in a.counted} for a in ctx.knowledge.attributes
        }
        # Attributes by the last word of a counted noun of theirs, in the order above: a noun is tried only
        # against the attributes that could end like it, not against every attribute's every noun.
        self._counted_by_last: dict[str, list[str]] = {}
        for name, options in self.counted.items():
            for last in {opt[-1] if opt else "" for opt in options}:
                names = self._counted_by_last.setdefault(last, [])
                if not names or names[-1] != name:
                    names.append(name)
        # (a concept's `counted` nouns too: a column headed "Shows" counts what "146 shows" does)
        self._concept_of_noun = {
            stem(w): c.name
            for c in ctx.knowledge.news.concepts
            if c.measures in (None, "count")
            for w in (*c.words, *c.counted)
            if " " not in w.strip()
        }
        # "according to a timeline released by the agency": the words after a source phrase describe the source
        phrases = [w for w in ctx.knowledge.cues.agent_markers if " " in w.strip()]
        self._source_phrase = re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", re.IGNORECASE) if phrases else None
        # The choice of each mention in its clause: the extractor asks twice (dates that are events, then
        # each claim), and the answer depends on nothing else.
        self._chosen: dict[tuple[int, tuple[int, int]], tuple[Mention, AttributeChoice | None]] = {}

    def _kind_for(self, spec: AttributeSpec, kind: Kind, mention: Mention | None = None) -> Kind | None:
        if spec.whole and mention is not None and not _whole_count(mention):
            return None
        if not spec.kinds or kind in spec.kinds:
            return kind
        for alt in _KIND_CAN_BE.get(kind, ()):
            if alt in spec.kinds:
                return alt
        if mention is not None and Kind.DATE in spec.kinds and as_year(mention) is not None:
            return Kind.DATE  # "| Founded | 1893 |": a bare year under a date attribute
        return None

    def _counted(self, mention: Mention, clause: tuple[int, int]) -> AttributeChoice | None:
        """The attribute a counted noun points to; when several do ("jobs": layoffs or employees),
        the one with a cue in the clause; else a "count of <noun>" attribute of its own."""
        if not mention.counted:
            return None
        words = tuple(stem(w) for w in mention.counted.split())
        matches = []
        for name in self._counted_by_last.get(words[-1] if words else "", ()):
            options = self.counted[name]
            spec = self.specs[name]
            if any(words[-len(opt) :] == opt for opt in options) and (kind := self._kind_for(spec, mention.kind)):
                matches.append(AttributeChoice(spec, mention.counted, "counted noun", mention.end, kind))
        if len(matches) > 1:
            cue = self._best(mention, self.ctx.cues_in(*clause), counted_ok=True)
            if cue is not None and any(m.spec.name == cue.spec.name for m in matches):
                return next(m for m in matches if m.spec.name == cue.spec.name)
        if matches:
            return matches[0]
        return None

    def _count_of(self, mention: Mention, noun: str | None = None) -> AttributeChoice | None:
        """No cue knows the noun: the count is of that noun ("14 countries", "200 papers"), or of
        the noun its label or column names ("Battery swap stations: 2,400+")."""
        noun = noun or mention.counted
        if not noun or mention.kind != Kind.NUMBER:
            return None
        head = re.findall(r"[A-Za-z]+", noun)
        if not head or (head[-1][:1].isupper() and noun is mention.counted) or not head[-1].lower().endswith("s"):
            return None
        # an open quantity, named by its noun's stem as the frame reader names it, or by the vocabulary's
        # concept for that noun ("| Seats |" counts seats as "won 118 seats" does)
        name = self._concept_of_noun.get(stem(head[-1]), stem(head[-1]))
        spec = AttributeSpec(name=name, label=f"number of {head[-1].lower()}", kinds=[Kind.NUMBER], temporal="window")
        return AttributeChoice(spec, mention.counted, "counted noun (no cue word knows it)", mention.end, Kind.NUMBER)

    def _best(self, mention: Mention, cues: list[CueMention], counted_ok: bool = False) -> AttributeChoice | None:
        best: tuple[float, AttributeChoice] | None = None
        for c in cues:
            spec = self.specs.get(c.attribute)
            if spec is None or c.counted:
                continue
            kind = self._kind_for(spec, mention.kind, mention)
            if kind is None:
                continue
            if c.start >= mention.end:
                dist = self.ctx.token_distance(mention.end, c.start)
            elif c.end <= mention.start:
                dist = self.ctx.token_distance(c.end, mention.start) + 0.5
            elif self._after_number(mention) <= c.start and c.end <= mention.end:
                dist = -0.5  # the figure's own words: "100 billion parameters" (not "up to" before it)
            elif spec.limit and mention.start <= c.start and c.end <= self._after_number(mention):
                dist = 0  # a limit's words read into its bound: "the potential total to £58m", "tot maximaal €64m"
            else:
                continue
            if spec.cue_within is not None and dist > spec.cue_within:
                continue  # "the same deal as the Angels, ... over seven years": too far to say what this one is
            if mention.counted and not counted_ok and not (mention.start <= c.start and c.end <= mention.end):
                continue  # "three spots with monthly active users": the count is of spots
            if kind in (Kind.DATE, Kind.PERIOD) and self._closer_date(mention, c):
                continue  # "founded in 2015 ... in the first six months": the cue dates the nearer date
            if mention.kind == Kind.NUMBER and c.start >= mention.end and dist > 1 and self._names_another(mention, c, spec):
                continue  # "78 wives, 24 of them under age 17": the cue names the figure right beside it
            if c.end <= mention.start and self._inside_another(mention, c):
                # "70 billion parameters and was trained on 4,000 GPUs": an earlier figure's own word (one
                # after the figure may be shared: "116 million and 41.64 million monthly active users")
                continue
            if c.start >= mention.end and self._bound_of_another(mention, c):
                continue  # "€10.5m ..., tot maximaal €64m": the words of the later figure's bound are its own
            if c.start >= mention.end and self._behind_source(mention, c):
                continue  # "started on Sept. 8, according to a timeline released by ...": the source's words
            if mention.kind == Kind.MONEY and self._nearer_figure(mention, c):
                # "£52m up front, with a further £8m in add-ons": the words right after the other amount are its own
                continue
            score = dist - 0.6 * (c.tokens - 1)
            if best is None or score < best[0]:
                best = (score, AttributeChoice(spec, c.text, "cue word", c.start, kind, c.end))
        if best is None:
            return None
        chosen = best[1]
        # A specific attribute cued in the same clause refines a generic one ("invest ... in R&D").
        for c in cues:
            spec = self.specs.get(c.attribute)
            if spec is not None and chosen.spec.name in spec.refines and self._kind_for(spec, mention.kind):
                return AttributeChoice(spec, c.text, "cue word (more specific)", c.start, chosen.kind, c.end)
        return chosen

    def _behind_source(self, mention: Mention, cue: CueMention) -> bool:
        """Does a source phrase ("according to", "as reported by") stand between the figure and a cue after it?
        The cue then describes the source ("a timeline released by the agency"), not the figure."""
        return self._source_phrase is not None and self._source_phrase.search(self.ctx.document.text, mention.end, cue.start) is not None

    def _after_number(self, mention: Mention) -> int:
        """Where the figure's own noun words may start: after its first digit, else where the noun it
        counts starts ("Five Little Tigers"); never in its qualifier ("up to")."""
        if (m := _DIGIT.search(mention.text)) is not None:
            return mention.start + m.end()
        if mention.counted and (k := mention.text.rfind(mention.counted)) >= 0:
            return mention.start + k
        return mention.end

    def _names_another(self, mention: Mention, cue: CueMention, spec: AttributeSpec) -> bool:
        """Does the cue, after this count, stand right before another count it can measure ("24 of them under
        age 17")? Then it is that figure's word, not this one's."""
        for m in self.ctx.mentions_in(*self.ctx.clause(mention.start, mention.end)):
            if m is mention or m.kind != Kind.NUMBER or self._kind_for(spec, m.kind, m) is None:
                continue
            if cue.end <= m.start and self.ctx.token_distance(cue.end, m.start) <= 1:
                return True
        return False

    def _inside_another(self, mention: Mention, cue: CueMention) -> bool:
        """Is the cue part of another figure's own words ("70 billion parameters")? Then it says what that
        figure measures, not this one."""
        return any(
            m is not mention and m.start <= cue.start and cue.end <= m.end
            for m in self.ctx.mentions_in(*self.ctx.clause(mention.start, mention.end))
        )

    def _bound_of_another(self, mention: Mention, cue: CueMention) -> bool:
        """Is the cue inside another figure's words before its number ("the potential total to £62m", "tot maximaal
        64 miljoen euro")? Then it says what that figure measures, not this earlier one."""
        return any(
            m is not mention and m.start <= cue.start and cue.end <= self._after_number(m)
            for m in self.ctx.mentions_in(*self.ctx.clause(mention.start, mention.end))
        )

    def _nearer_figure(self, mention: Mention, cue: CueMention) -> bool:
        """Is the cue another amount's own words: after this figure with another amount between them ("£52m up
        front, with a further £8m in add-ons") or right before another amount after it ("£55m if add-ons worth
        £9m"), or right after another amount before this one ("£10m in add-ons, taking the total to £58m")?"""
        for m in self.ctx.mentions_in(*self.ctx.clause(mention.start, mention.end)):
            if m is mention or m.kind != Kind.MONEY:
                continue
            if mention.end <= cue.start and mention.end <= m.start and m.end <= cue.start:
                return True
            if mention.end <= cue.start and cue.end <= m.start and self.ctx.token_distance(cue.end, m.start) <= 2:
                # "could rise to £55 million if add-ons worth up to £9 million": the £9m's words; "£9m more ...,
                # lifting the total package to £55m": the £55m's
                return True
            if (
                cue.end <= mention.start
                and m.end <= cue.start
                and self.ctx.token_distance(m.end, cue.start) <= 1
                and self.ctx.token_distance(cue.end, mention.start) > 1  # "$140 million, valued at $1.2 billion": this one's
            ):
                return True
        return False

    def _closer_date(self, mention: Mention, cue: CueMention) -> bool:
        """Is another date in the clause nearer to this cue than the mention?"""
        mine = min(abs(cue.start - mention.end), abs(mention.start - cue.end))
        for m in self.ctx.mentions_in(*self.ctx.clause(mention.start, mention.end)):
            if m is mention or m.kind not in (Kind.DATE, Kind.PERIOD):
                continue
            if min(abs(cue.start - m.end), abs(m.start - cue.end)) < mine:
                return True
        return False

    def _from_table(self, mention: Mention) -> AttributeChoice | None:
        cell = self.ctx.cell(mention.start)
        if cell is None:
            return None
        k = self.ctx.knowledge.cues
        # The column header names the attribute; where the first column lists metrics
        # ("| Metric | Value |"), or the column is a generic "Value", the row label does.
        order = [(cell.header, "column header"), (cell.row_label, "row label")]
        if cell.first_header.casefold() in {h.casefold() for h in k.table_metric_headers} or cell.header.casefold() in {
            h.casefold() for h in k.table_value_headers
        }:
            order.reverse()
        for text, how in order:
            for c in self.cue_texts(text):
                spec = self.specs.get(c.attribute)
                if spec is None:
                    continue
                kind = self._kind_for(spec, mention.kind, mention)
                if kind is not None:
                    return AttributeChoice(spec, text, how, None, kind)
        return None

    def choose(self, mention: Mention, clause: tuple[int, int]) -> AttributeChoice | None:
        """The attribute a mention states, read from its table, counted noun, cues or kind."""
        key = (id(mention), clause)
        hit = self._chosen.get(key)
        if hit is not None and hit[0] is mention:
            return hit[1]
        choice = self._choose(mention, clause)
        self._chosen[key] = (mention, choice)
        return choice

    def _choose(self, mention: Mention, clause: tuple[int, int]) -> AttributeChoice | None:
        if (t := self._from_table(mention)) is not None:
            return t
        if (counted := self._counted(mention, clause)) is not None:
            return counted  # "22 executives", "11 models": the noun counted says what is counted
        if (cue := self._best(mention, self.ctx.cues_in(*clause))) is not None:
            return cue
        if (own := self._count_of(mention)) is not None:
            return own
        for spec in self.specs.values():
            if spec.default_for_kind and mention.kind in spec.kinds:
                return AttributeChoice(spec, mention.kind.value, "kind of figure", None, mention.kind)
        block = self.ctx.block(mention.start)
        if block is not None and block.kind in ("bullet", "label"):
            # "- **Valuation**: $2 billion": the label before the colon is a cue even at a distance.
            if (label := self._best(mention, self.ctx.cues_in(block.start, block.end))) is not None:
                return label
            head = self.ctx.text(block.start, mention.start).split(":")[0]
            return self._count_of(mention, head) if ":" in self.ctx.text(block.start, mention.start) else None
        if (cell := self.ctx.cell(mention.start)) is not None:
            metric_table = cell.first_header.casefold() in {h.casefold() for h in self.ctx.knowledge.cues.table_metric_headers}
            return self._count_of(mention, cell.row_label if metric_table else cell.header)
        return None
