"""The spaCy pipeline: `spacy.blank("en")` (or a trained pipeline) plus our components.

    fc_repair     split tokens at glue points ("rapidlyThe" -> "rapidly" "The")
    fc_sentences  sentence starts from lines, punctuation and glue points
    fc_norms      token.norm_ = word stem, for cue matching
    fc_values     numeric and dated mentions (factcheck.values)
    fc_entities   entity names (known aliases, then capitalised names)
    fc_cues       attribute cue words

Each component leaves its result on the Doc (`doc._.fc_*`, and `doc.spans`
for the span-shaped ones) so a trained pipeline's own components can sit
beside ours.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, replace

import numpy
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.util import compile_prefix_regex
from spacy.tokens import Doc

from factcheck.errors import ConfigError
from factcheck.extract.cues import CueFinder, set_norms
from factcheck.extract.entities import EntityFinder
from factcheck.values import Lexicon, find_mentions
from factcheck.extract.repair import glue_points
from factcheck.extract.sentences import sentence_spans
from factcheck.knowledge import Knowledge

for _name in ("fc_glue", "fc_sentences", "fc_mentions", "fc_entities", "fc_cues"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@dataclass
class DocInputs:
    """What the components need besides the text: set on doc.user_data["fc"] before running."""

    published: object = None  # datetime.date | None
    title_case: tuple[tuple[int, int], ...] = ()  # spans where capitals prove nothing: headings, bold labels
    cell_starts: tuple[int, ...] = ()  # each table cell reads as a sentence of its own
    text: str = ""  # the Doc's text (Doc.text is rebuilt from the tokens on every access)
    language: str | None = None  # the article's language: its figures are read with that language's lexicon


def _inputs(doc: Doc) -> DocInputs:
    return doc.user_data.get("fc") or DocInputs(text=doc.text)


def _text(doc: Doc) -> str:
    return _inputs(doc).text or doc.text


class _Configurable:
    """A component whose heavy state is attached after creation (spaCy configs hold no objects)."""

    state = None

    def setup(self, state) -> None:
        self.state = state


@Language.factory("fc_repair")
def _make_repair(nlp: Language, name: str):
    class Repair(_Configurable):
        def __call__(self, doc: Doc) -> Doc:
            keep: frozenset[str] = self.state or frozenset()
            points = glue_points(_text(doc), keep)
            doc._.fc_glue = points
            if not points:
                return doc
            with doc.retokenize() as retok:
                for p in points:
                    tok = doc[doc.char_span(p, p + 1, alignment_mode="expand").start]
                    cut = p - tok.idx
                    if 0 < cut < len(tok.text):
                        retok.split(tok, [tok.text[:cut], tok.text[cut:]], heads=[(tok, 1), (tok, 1)])
            return doc

    return Repair()


@Language.component("fc_sentences")
def _sentences(doc: Doc) -> Doc:
    spans = sentence_spans(_text(doc), sorted({*(doc._.fc_glue or []), *_inputs(doc).cell_starts}))
    doc._.fc_sentences = spans
    if len(doc):
        # One array write: setting Token.is_sent_start one token at a time rescans the Doc each time.
        idx = doc.to_array([IDX]).astype("int64")
        flags = numpy.where(numpy.isin(idx, [s for s, _ in spans]), 1, -1).astype("int64")
        flags[0] = 1
        doc.from_array([SENT_START], flags.reshape(-1, 1).view("uint64"))  # -1 is stored wrapped
    return doc


@Language.component("fc_norms")
def _norms(doc: Doc) -> Doc:
    set_norms(doc)
    return doc


@Language.factory("fc_values")
def _make_values(nlp: Language, name: str):
    class Values(_Configurable):
        def __call__(self, doc: Doc) -> Doc:
            lexicon = self.state.for_language(_inputs(doc).language)  # the article's own number style
            mentions = find_mentions(_text(doc), lexicon, published=_inputs(doc).published)
            doc._.fc_mentions = mentions
            doc.spans["fc_values"] = [
                s for m in mentions if (s := doc.char_span(m.start, m.end, label=m.kind.value, alignment_mode="expand"))
            ]
            return doc

    return Values()


@Language.factory("fc_entities")
def _make_entities(nlp: Language, name: str):
    class Entities(_Configurable):
        def __call__(self, doc: Doc) -> Doc:
            # Figures are never names, except a group named by a number ("the Six Tigers").
            values = [
                (m.start, m.end)
                for m in doc._.fc_mentions or []
                if not (m.counted and m.counted[:1].isupper() and m.kind.value == "number")
            ]
            found = self.state(doc, _text(doc), list(_inputs(doc).title_case), values, _inputs(doc).language)
            doc._.fc_entities = found
            doc.spans["fc_entities"] = [
                s
                for m in found
                if (s := doc.char_span(m.start, m.end, label=m.known or "UNLISTED", alignment_mode="expand"))
            ]
            return doc

    return Entities()


@Language.factory("fc_cues")
def _make_cues(nlp: Language, name: str):
    class Cues(_Configurable):
        def __call__(self, doc: Doc) -> Doc:
            found = self.state(doc)
            doc._.fc_cues = found
            doc.spans["fc_cues"] = [
                s for c in found if (s := doc.char_span(c.start, c.end, label=c.attribute, alignment_mode="expand"))
            ]
            return doc

    return Cues()


def build_nlp(knowledge: Knowledge, lexicon: Lexicon, model: str | None = None) -> Language:
    """spaCy blank English (or the installed pipeline `model`) with our components added."""
    if model:
        try:
            nlp = spacy.load(model)
        except OSError as exc:
            raise ConfigError(f"spaCy pipeline {model!r} is not installed (pip install it, or leave out --model)") from exc
        first = {"first": True}
    else:
        nlp = spacy.blank("en")
        first = {}
        # spaCy's 1,000,000-character guard is for its parser and NER (about 1 GB per 100,000 characters); the
        # blank pipeline has neither, its memory grows with the tokens, and the scan's per-article budget
        # (factcheck.app.budget) bounds the length instead.
        nlp.max_length = 10**9
    # A byte-order mark at the start of a file splits off like punctuation ("\ufeffAcme" is "Acme").
    nlp.tokenizer.prefix_search = compile_prefix_regex(["\ufeff", *nlp.Defaults.prefixes]).search
    keep = frozenset(a for spec in knowledge.entities for a in (spec.name, *spec.aliases))
    nlp.add_pipe("fc_repair", **first).setup(keep)
    nlp.add_pipe("fc_sentences", after="fc_repair")
    nlp.add_pipe("fc_norms")
    nlp.add_pipe("fc_values").setup(lexicon)
    dates = lexicon.tables.dates
    calendar = frozenset([*dates.months, *dates.weekdays])
    nlp.add_pipe("fc_entities").setup(EntityFinder(nlp.vocab, nlp.make_doc, knowledge, calendar))
    nlp.add_pipe("fc_cues").setup(CueFinder(nlp.vocab, nlp.make_doc, knowledge))
    # The vocabulary, knowledge and tables loaded so far live as long as the run: moved out of the cyclic
    # collector's reach, a full collection (which the objects each article makes trigger now and then) no
    # longer walks them all again. On the seeds that was about a tenth of the extract stage's time.
    gc.freeze()
    return nlp


def run(nlp: Language, text: str, inputs: DocInputs) -> Doc:
    """Run the pipeline on one text with its per-document inputs."""
    doc = nlp.make_doc(text)
    doc.user_data["fc"] = inputs if inputs.text else replace(inputs, text=text)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
