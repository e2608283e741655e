"""extract.repair: glued sentences are found without breaking camel-case names."""

from __future__ import annotations

import pytest

from factcheck.extract.repair import glue_points
from factcheck.extract.sentences import sentence_spans


@pytest.mark.parametrize(
    "text, glued_at",
    [
        ("its impact is growing rapidlyThe company has", ["The"]),
        ("with 100 billion parametersBy November, Step-1V", ["By"]),
        ("Series B funding roundThis round amassed", ["This"]),
        ("StepFun and DeepSeek and MiniMax compete.", []),
        ("the iPhone and eBay and macOS are products", []),
        ("ChatGPT-3.5 with 100 billion parameters", []),
    ],
    ids=["lower+The", "lower+By", "lower+This", "camel-case names", "lower-initial brands", "version number"],
)
def test_lowercase_glue(text, glued_at):
    assert [text[p : p + len(w)] for p, w in zip(glue_points(text), glued_at)] == glued_at
    assert len(glue_points(text)) == len(glued_at)


def test_two_capitalised_words_split_only_when_both_stand_alone_in_the_article():
    text = "Roots in Microsoft. The roots are deeply intertwined with MicrosoftJiang joined. Jiang left."
    assert [text[p:p + 5] for p in glue_points(text)] == ["Jiang"]
    # "StepFun": "Fun" never stands alone, so it is a name.
    assert glue_points("Step up. StepFun grew. Step by step.") == []


def test_known_names_are_never_split():
    text = "MicrosoftJiang appears. Microsoft and Jiang too."
    assert glue_points(text, keep=frozenset({"MicrosoftJiang"})) == []


def test_glued_sentences_become_two_sentences():
    text = "It is growing rapidlyThe company has carved out a place."
    spans = sentence_spans(text, glue_points(text))
    assert [text[s:e] for s, e in spans] == ["It is growing rapidly", "The company has carved out a place."]


@pytest.mark.parametrize(
    "text, n",
    [
        ("Dr. Jiang joined Microsoft. He left in 2023.", 2),
        ("It beat ChatGPT-3.5 with ease. Then it grew.", 2),
        ("Line one\nLine two", 2),
        ("公司成立了。然后发布了模型。", 2),
        ("Costs fell 3.5 times. Revenue rose.", 2),
        ("The fee could reach £58m. That beats the £41m paid last year.", 2),
        ("The talk was given by J. Doe at noon.", 1),
        ("Orlin raised a $140M Series B. The round was led by Brightfield.", 2),
        ("The letter was signed by Ana B. Vale and two others.", 1),
    ],
    ids=["abbreviation", "version number", "lines", "chinese full stop", "decimal", "a scale letter after a number",
         "an initial", "a label's letter before a sentence opener", "an initial before a surname"],
)
def test_sentence_counts(text, n):
    assert len(sentence_spans(text, [])) == n


def test_a_run_without_full_stops_is_cut_into_bounded_sentences():
    text = "Acme sold 5 units, " * 200
    spans = sentence_spans(text, [])
    assert len(spans) > 1 and all(e - s <= 600 for s, e in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "").rstrip()
