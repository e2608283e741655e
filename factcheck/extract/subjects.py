"""Choose the entity a figure is about.

In order: the row of a table; a "respectively" list; the nearest entity before
the figure in its clause that is not a comparison ("compared to X", "vs X")
or an agent ("founded by X"); for attributes about a thing made ("unveiled
Step-1"), the product nearest the cue; the first suitable entity after the
figure; an anaphor ("the company", "its") resolved to the sentence's or the
paragraph's subject; the heading or label above; and, for bullets, labels and
table rows, the entity the article is about.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from factcheck.extract.context import DocContext
from factcheck.extract.entities import EntityMention
from factcheck.extract.markers import marker_before, words_re
from factcheck.knowledge.schema import AttributeSpec
from factcheck.models import Kind, Mention

_LIST_GLUE = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$")
# The population a metric is about when no name is given: "users of AI native applications",
# "the number of domestic AI native APP users".
_TOPIC_WORD = r"(?:[A-Za-z][A-Za-z'’-]*)"
_STOP = (
    r"(?:will|is|are|was|were|has|have|had|reached|reach|reaches|in|on|at|for|with|compared|by|to|and|or|"
    r"as|of|from|that|which|who|the|a|an|this|these|its|their)"
)
_TOPIC_AFTER = re.compile(rf"^\s+of\s+(?:the\s+)?((?:(?!{_STOP}\b){_TOPIC_WORD}\s+){{1,4}}?(?:(?!{_STOP}\b){_TOPIC_WORD}))\b", re.I)
_TOPIC_BEFORE = re.compile(rf"\bnumber\s+of\s+(?:the\s+)?((?:(?!{_STOP}\b){_TOPIC_WORD}\s+){{1,5}})$", re.I)
_POSSESSIVE = re.compile(r"^['’]s?\s*$")
_VERB_NEXT = re.compile(r"\s+[a-z]")  # "..., Voltara has raised": a clause's subject, not a list item
_APPOSITIVE = re.compile(r"^,\s+(?:the|a|an)\s+[^,;.]*$", re.IGNORECASE)


_TITLE_LINES = 4  # the headline stands within an article's first lines (after a breadcrumb, a masthead)


def _split_anaphora(phrases: list[str]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Two patterns for an article-and-noun anaphor ("the company") written around a figure: the article
    (and at most one short word: "het in 2020 opgerichte bedrijf") ending the text before it, the noun one
    word after it."""
    pairs = [p.split(None, 1) for p in phrases if " " in p.strip()]
    if not pairs:
        return None
    articles = "|".join(sorted({re.escape(a) for a, _ in pairs}, key=len, reverse=True))
    nouns = "|".join(sorted({re.escape(n) for _, n in pairs}, key=len, reverse=True))
    before = re.compile(rf"(?:^|\s)(?i:{articles})\s+(?:\w{{1,3}}\s+)?$")
    after = re.compile(rf"(?:-|\s+)[^\W\d][\w'’-]*\s+(?i:{nouns})\b")  # one word between: "gegründete", "-founded"
    return before, after


def _masthead(line: str) -> bool:
    """A line in capitals only ("NORLAND PRESS SERVICE — WIRE"): the site's name, not a headline (which has
    words in lower case even when it shouts: "LUNETTI LANDS: Harwick smash record")."""
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


@dataclass(frozen=True)
class Subject:
    """The entity a claim is about, and how we decided."""

    surface: str
    known: str | None
    type: str | None
    how: str
    start: int | None = None
    end: int | None = None

    @classmethod
    def of(cls, m: EntityMention, how: str) -> "Subject":
        return cls(m.text, m.known, m.type, how, m.start, m.end)


class SubjectChooser:
    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        k = ctx.knowledge.cues
        self.comparison = marker_before(k.comparison_markers)
        self.agent = marker_before(k.agent_markers)
        self.membership = marker_before(k.membership_markers)
        self.locative = marker_before(k.locative_markers, max_between=2)
        # "QuestMobile data shows", "Google's related report predicts", "Lopez said".
        self.source = (
            re.compile(
                r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?(?i:" + "|".join(re.escape(w) for w in k.source_markers) + r")\b"
            )
            if k.source_markers
            else None
        )
        self.self_report = (
            re.compile(r"\s+(?i:" + "|".join(re.escape(w) for w in k.self_report_markers) + r")\s+(?!that\b)")
            if k.self_report_markers
            else None
        )
        self.anaphor = words_re((*k.anaphora, *k.organisation_anaphora))
        self.org_anaphor = words_re(k.organisation_anaphora)
        # "the Berlin company", "the Austin-based maker": a name between "the" and the organisation's noun only
        # says where or what it is; the noun still means the organisation the article is about
        nouns = sorted({a.split(None, 1)[1] for a in k.organisation_anaphora if a.lower().startswith("the ") and " " in a}, key=len, reverse=True)
        self.org_modifier = (
            re.compile(r"\b(?i:the)\s+((?:[A-Z][\w.&'’-]*\s+){1,3})(?i:" + "|".join(map(re.escape, nouns)) + r")\b")
            if nouns
            else None
        )
        self.split_org = _split_anaphora(k.organisation_anaphora)
        self.event_name = (
            re.compile(r"(?:\s+\d{4})?\s+(?i:" + "|".join(re.escape(w) for w in sorted(k.event_nouns, key=len, reverse=True)) + r")\b")
            if k.event_nouns
            else None
        )
        self.entity_headers = {h.casefold() for h in k.table_entity_headers}
        news = ctx.knowledge.news
        self.observer_words = news.attribution_sources
        self.observer_verb = (
            re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?(?i:" + "|".join(re.escape(w) for w in news.attribution_source_verbs) + r")\b")
            if news.attribution_source_verbs and news.attribution_sources
            else None
        )
        self.excluded = self._excluded_entities()
        self.main = self._main_entity()
        self.last_subject: dict[int, Subject] = {}  # paragraph start -> latest subject chosen there
        self.last_any: Subject | None = None  # latest subject chosen anywhere before
        self.seen: Counter[str] = Counter()  # how often each entity was chosen as a subject so far
        self.seen_subjects: dict[str, Subject] = {}

    # ---------------------------------------------------------- preparation

    def _excluded_entities(self) -> dict[int, str]:
        """Starts of entity mentions that are comparisons, agents, sources or possessive modifiers, with why."""
        text = self.ctx.document.text
        excluded: dict[int, str] = {}
        ents = self.ctx.entities
        for i, e in enumerate(ents):
            sentence_start = self.ctx.sentence(e.start)[0]
            before = text[max(sentence_start, e.start - 40) : e.start]  # never reach into the sentence before
            markers = (
                ("comparison", self.comparison),
                ("agent", self.agent),
                ("membership", self.membership),
                ("place", self.locative),
            )
            why = next((name for name, rx in markers if rx is not None and rx.search(before)), None)
            if why is None and self._observer(e, text):
                why = "observer"  # "the Geological Survey put the quake's strength at 5.4": its source, not its subject
            if why == "place" and e.known and e.type in ("company", "organization", "product", "model"):
                why = None  # "invest in DeepSeek": a known company after "in" is no place
            if why is None and self._modifies_org_noun(e, text):
                why = "modifier"  # "The Berlin company was founded in 2018": Berlin is no subject
            if why is None and self._names_an_event(e, text):
                why = "event name"  # "The Kelvane fire has killed 12": the fire's toll, not Kelvane's
            if why is None and self.source is not None and self.source.match(text, e.end):
                why = "source"  # "QuestMobile data shows"
            if why is not None:
                excluded[e.start] = why  # "compared to X", "by X", "one of the X"
                continue
            if i + 1 < len(ents) and _POSSESSIVE.match(text[e.end : ents[i + 1].start]):
                excluded[e.start] = "possessor"  # "Tencent's Yuebao": the possessor only modifies
                continue
            if i > 0 and _APPOSITIVE.match(text[ents[i - 1].end : e.start]):
                excluded[e.start] = "appositive"  # "Voltara, the Austin based maker,": describes the name before
                continue
            if (
                i > 0
                and ents[i - 1].start in excluded
                and _LIST_GLUE.match(text[ents[i - 1].end : e.start])
                and not _VERB_NEXT.match(text, e.end)
            ):
                excluded[e.start] = excluded[ents[i - 1].start]  # "(with Zhipu, Baichuan)": the whole list
        return excluded

    def _observer(self, e: EntityMention, text: str) -> bool:
        """Is the name one who reports others' figures (an agency, a survey, the police: its words) right before
        a verb that credits a figure to it? Then it is the figure's source; an organisation reporting its own
        figure ("Acme reported revenue of ...") names no such word and stays the subject."""
        if self.observer_verb is None:
            return False
        words = {w.casefold() for w in re.findall(r"[^\W\d_]+", e.text)}
        return bool(words & self.observer_words) and self.observer_verb.match(text, e.end) is not None

    def observer_before(self, start: int, end: int) -> str | None:
        """The name of the last source of that kind (`_observer`) between two offsets: the figure's source."""
        names = [e for e in self.ctx.entities_in(start, end) if self.excluded.get(e.start) == "observer"]
        return names[-1].text if names else None

    def _modifies_org_noun(self, e: EntityMention, text: str) -> bool:
        """Is the name a modifier between "the" and an organisation's noun ("the Berlin company")?"""
        if self.org_modifier is None:
            return False
        return any(
            m.start(1) <= e.start and e.end <= m.end(1)
            for m in self.org_modifier.finditer(text, max(0, e.start - 4), min(len(text), e.end + 40))
        )

    def _names_an_event(self, e: EntityMention, text: str) -> bool:
        """Is the name right before an event noun ("the Kelvane fire", "Marlow Street shooting")? It then only
        names the event; a known organisation or product before it ("the Acme fire") stays a subject."""
        if self.event_name is None or (e.known and e.type in ("company", "organization", "product", "model")):
            return False
        return self.event_name.match(text, e.end) is not None

    def _main_entity(self) -> Subject | None:
        """The entity of the article's title: its first heading among the first lines, else its first line, if
        that names one (a breadcrumb or a masthead before the headline names the site, not the story)."""
        blocks = [b for b in self.ctx.document.blocks[:_TITLE_LINES] if not _masthead(self.ctx.document.text[b.start : b.end])]
        if not blocks:
            return None
        title = next((b for b in blocks if b.kind == "heading"), blocks[0])
        named = [e for e in self.ctx.entities_in(title.start, title.end + 1)]
        if not named:
            return None
        return Subject.of(named[0], "article title")

    # -------------------------------------------------------------- helpers

    @staticmethod
    def _suits(e: EntityMention | Subject, spec: AttributeSpec | None) -> bool:
        """Can an entity of this type have the attribute? Unknown types get the benefit of the doubt."""
        return spec is None or not spec.applies_to or e.type is None or e.type in (*spec.applies_to, "other")

    def _candidates(self, start: int, end: int, spec: AttributeSpec | None) -> list[EntityMention]:
        return [e for e in self.ctx.entities_in(start, end) if e.start not in self.excluded and self._suits(e, spec)]

    def _respectively(self, mention: Mention, sent: tuple[int, int], spec: AttributeSpec | None) -> Subject | None:
        text = self.ctx.document.text
        if "respectively" not in text[sent[0] : sent[1]].lower():
            return None
        same = [m for m in self.ctx.mentions_in(*sent) if m.kind == mention.kind]
        # The run of figures joined by commas/"and" that holds this mention.
        runs: list[list[Mention]] = []
        for m in same:
            if runs and _LIST_GLUE.match(text[runs[-1][-1].end : m.start]):
                runs[-1].append(m)
            else:
                runs.append([m])
        run = next((r for r in runs if mention in r), None)
        if run is None or len(run) < 2:
            return None
        # The items of the list of names; a name is left out only where it modifies the item before it
        # ("Doubao from Bytedance") or is a possessor, not where a verb introduces it ("followed by Doubao").
        text = self.ctx.document.text
        ents = []
        prev_end = sent[0]
        for e in self.ctx.entities_in(sent[0], run[0].start):
            why = self.excluded.get(e.start)
            gap = text[prev_end : e.start]
            modifier = prev_end > sent[0] and len(gap.split()) <= 2 and any(
                rx is not None and rx.search(gap) for rx in (self.agent, self.comparison)
            )
            if why in ("possessor", "source") or modifier:
                prev_end = e.end
                continue
            if self._suits(e, spec):
                ents.append(e)
            prev_end = e.end
        if len(ents) < len(run):
            return None
        return Subject.of(ents[len(ents) - len(run) + run.index(mention)], "respectively list")

    def _topic(self, clause: tuple[int, int], cue: tuple[int, int] | None) -> Subject | None:
        """A described population as the subject of a metric, when the clause names no entity."""
        if cue is None:
            return None
        text = self.ctx.document.text
        after = _TOPIC_AFTER.match(text[cue[1] : clause[1]])
        before = _TOPIC_BEFORE.search(text[clause[0] : cue[0]])
        phrase = after.group(1) if after else (before.group(1).strip() if before else None)
        if phrase is None or len(phrase.split()) < 2:
            return None
        return Subject(phrase, None, "topic", "population the metric describes")

    def _anaphor_before(self, start: int, end: int) -> bool:
        return bool(self.anaphor and self.anaphor.search(self.ctx.document.text, start, end))

    def _from_headings(self, offset: int, spec: AttributeSpec | None) -> Subject | None:
        """The entity of the nearest heading above; a known entity of a suitable type higher up
        wins over an unknown name nearer ("Scaling Law" in a sub-heading of a report on StepFun)."""
        found: list[tuple[EntityMention, str]] = []
        for h in self.ctx.enclosing_headings(offset):
            found.extend((e, h.text) for e in self._candidates(h.start, h.end + 1, spec))
        if not found:
            return None
        typed = [(e, t) for e, t in found if e.known and spec is not None and spec.applies_to and e.type in spec.applies_to]
        e, title = (typed or found)[0]
        return Subject.of(e, f"heading '{title[:40]}'")

    # ---------------------------------------------------------------- choose

    def choose(
        self,
        mention: Mention,
        clause: tuple[int, int],
        spec: AttributeSpec | None,
        cue_at: int | None,
        cue_span: tuple[int, int] | None = None,
    ) -> Subject | None:
        ctx = self.ctx
        block = ctx.block(mention.start)
        paragraph = block.start if block else -1
        chosen = self._choose(mention, clause, spec, cue_at, block)
        if chosen is None and spec is not None:
            chosen = self._topic(clause, cue_span)
        if chosen is not None and chosen.start is not None:
            self.last_subject[paragraph] = chosen
            self.last_any = chosen
            self.seen[chosen.known or chosen.surface] += 1
            self.seen_subjects.setdefault(chosen.known or chosen.surface, chosen)
        return chosen

    def _spelled_out(self, names: list) -> list:
        """The names before a figure, less a short form in brackets right after the full name ("the Civic
        Renewal Party (CRP) won 143 seats": the party, as other outlets name it, not "CRP")."""
        text = self.ctx.document.text
        if len(names) >= 2 and re.fullmatch(r"\s*\(\s*", text[names[-2].end : names[-1].start]) and text[names[-1].end : names[-1].end + 1] == ")":
            return names[:-1]
        return names

    def _dominant(self, spec: AttributeSpec | None) -> Subject | None:
        """The organisation the article has talked about most so far ("the company")."""
        for name, _ in self.seen.most_common():
            s = self.seen_subjects[name]
            if s.type != "person" and self._suits(s, spec):
                return s
        return None

    def _choose(self, mention, clause, spec, cue_at, block) -> Subject | None:
        ctx = self.ctx
        cell = ctx.cell(mention.start)
        if cell is not None:
            row = ctx.row_cells(mention.start)
            if row and row[0].start != cell.start:
                ents = self._candidates(row[0].start, row[0].end + 1, spec)
                if ents:
                    return Subject.of(ents[0], "table row")
                if cell.first_header.casefold() in self.entity_headers and cell.row_label:
                    # "| Company | ... |": the row label names an entity even if nothing else does.
                    return Subject(cell.row_label, None, None, f"table row under '{cell.first_header}'", row[0].start, row[0].end)
            return self._from_headings(mention.start, spec) or self._document_subject(block, spec)

        sent = ctx.sentence(mention.start)
        if (resp := self._respectively(mention, sent, spec)) is not None:
            return resp

        if spec is not None and spec.entity_role == "object" and cue_at is not None:
            objs = self._candidates(clause[0], clause[1], spec)
            objs = [e for e in objs if e.type in (spec.applies_to or [e.type])]
            if objs:
                return Subject.of(min(objs, key=lambda e: abs(e.start - cue_at)), "thing named by the cue")

        before = self._spelled_out(self._candidates(clause[0], mention.start, spec))
        anaphor = self._anaphor_before(before[-1].end if before else clause[0], mention.start)
        if before and not anaphor:
            return Subject.of(before[-1], "clause subject")
        after = self._candidates(mention.end, clause[1], spec)
        if after and not anaphor:
            return Subject.of(after[0], "clause subject (after the figure)")
        # An anaphor, or no name in the clause: the sentence so far, then the paragraph's subject.
        earlier = self._candidates(sent[0], clause[0], spec)
        if earlier:
            return Subject.of(earlier[-1], "earlier in the sentence")
        if before:
            return Subject.of(before[-1], "clause subject")
        if (own := self._own_report(sent[0], mention.start, spec)) is not None:
            return own
        paragraph = block.start if block else -1
        if (prev := self.last_subject.get(paragraph)) is not None and self._suits(prev, spec):
            return Subject(prev.surface, prev.known, prev.type, "paragraph subject", prev.start, prev.end)
        org = any(
            rx is not None and bool(rx.search(ctx.document.text, clause[0], mention.start)) for rx in (self.org_anaphor, self.org_modifier)
        ) or self._around_anaphor(clause, mention)
        if org and (dom := self._dominant(spec)) is not None:
            # "The company now employs ...": the organisation the article is mostly about.
            return Subject(dom.surface, dom.known, dom.type, "the organisation the article is about", dom.start, dom.end)
        if anaphor and (prev := self.last_any) is not None and self._suits(prev, spec):
            # "Its revenue ...": the entity the article was last talking about.
            return Subject(prev.surface, prev.known, prev.type, "the article's current subject", prev.start, prev.end)
        if block is not None and block.kind in ("bullet", "label", "heading", "row"):
            return self._from_headings(mention.start, spec) or self._document_subject(block, spec)
        if spec is not None and spec.deal and mention.kind == Kind.MONEY and self.main is not None and self.main.type != "place":
            # "The guaranteed fee is £48m": a deal's figure that names no party is the deal the headline names
            # (match.parties joins the headline's party with the other outlets' parties of that deal)
            return self._document_subject(block, spec)
        return self._from_headings(mention.start, spec) if anaphor else None

    def _around_anaphor(self, clause: tuple[int, int], mention: Mention) -> bool:
        """Does an organisation anaphor stand around the figure ("Das 2020 gegründete Unternehmen", "the
        2019-founded company")? A year told as the organisation's attribute splits its article from its noun."""
        if self.split_org is None:
            return False
        before, after = self.split_org
        text = self.ctx.document.text
        return bool(before.search(text[clause[0] : mention.start]) and after.match(text, mention.end, clause[1]))

    def _own_report(self, start: int, end: int, spec: AttributeSpec | None) -> Subject | None:
        """"Acme Corp reported revenue of $5.2 billion", "Acme said revenue was ...": when the sentence names no
        other subject, the organisation reporting a figure is the one it is about (a person saying it is not)."""
        if self.self_report is None:
            return None
        text = self.ctx.document.text
        sources = [
            e for e in self.ctx.entities_in(start, end)
            if self.excluded.get(e.start) == "source" and e.type != "person" and self._suits(e, spec)
            and self.self_report.match(text, e.end)
        ]
        return Subject.of(sources[-1], "organisation reporting its own figure") if sources else None

    def _document_subject(self, block, spec: AttributeSpec | None = None) -> Subject | None:
        if self.main is None or not self._suits(self.main, spec):
            return None
        return Subject(self.main.surface, self.main.known, self.main.type, "what the article is about")
