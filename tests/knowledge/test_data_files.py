"""Knowledge and rule files: the shipped ones load, and every mistake names path:line:col."""

from __future__ import annotations

import pytest

from factcheck.errors import DataFileError, RuleFileError
from factcheck.evaluate.registry import REGISTRY
from factcheck.evaluate.rulefile import RULE_TYPES, load_rule, load_rules
from factcheck.knowledge import builtin_rules_dir, load_knowledge


def test_builtin_knowledge_and_rules_load():
    k = load_knowledge([builtin_rules_dir()])
    rules = load_rules([builtin_rules_dir()])
    assert k.attribute("valuation") is not None
    assert {r.type for r in rules.rules.values()} == set(RULE_TYPES)


@pytest.mark.parametrize("name", RULE_TYPES)
def test_each_registered_type_validates_its_own_files(tmp_path, name):
    """The registry's key is the model's `type` literal, and a minimal file of that type loads as that model."""
    path = tmp_path / "FC900.yml"
    path.write_text(RULE.replace("type: consistency", f"type: {name}"))
    rule = load_rule(path)
    assert type(rule) is REGISTRY[name].spec and rule.type == name


def test_every_rule_type_has_at_least_three_test_cases_and_one_expecting_nothing():
    rules = load_rules([builtin_rules_dir()])
    for rule_type in RULE_TYPES:
        cases = [t for r in rules.of_type(rule_type) for t in r.tests]
        assert len(cases) >= 3, rule_type
        assert any(not t.expect for t in cases), rule_type


RULE = """code: FC900
name: demo
type: consistency
message: "{entity}: {values}"
severity: error
"""


@pytest.mark.parametrize(
    "text, line, col, needle",
    [
        (RULE.replace("type: consistency", "type: sameness"), 3, 7, "input should be"),
        (RULE.replace("severity: error", "severity: fatal"), 5, 11, "severity"),
        (RULE.replace('"{entity}: {values}"', '"{entity}: {numbers}"'), 4, 10, "unknown placeholder"),
        (RULE.replace("code: FC900", "code: X1"), 1, 7, "string should match"),
        (RULE + "tolerence:\n  relative: 0.1\n", 6, 1, "unknown field"),
        (RULE + "tests:\n  - name: t\n    articles: {a.pdf: x}\n", 8, 15, "must end in .txt or .md"),
        ("code: [FC900\n", 2, 1, "malformed YAML"),
        (RULE + "tolerance:\n  approximate: 0.2\n  open_bound_stretch: 3\n", 8, 3, "tolerance.open_bound_stretch: unknown field"),
        (RULE + "tolerance:\n  approximate: -1\n", 7, 16, "tolerance.approximate: input should be greater"),
        (RULE.replace("type: consistency", "type: sum") + "scope: within\n", 6, 1, "scope: unknown field"),
        (RULE.replace("type: consistency", "type: group_size") + "tolerance:\n  relative: 0.1\n", 6, 1, "tolerance: unknown field"),
        (RULE.replace("type: consistency", "type: ratio") + "tolerance:\n  percent_points: 1\n", 7, 3, "unknown field"),
        (RULE.replace("type: consistency\n", ""), 1, 1, "type: input should be one of"),
    ],
    ids=[
        "bad type", "bad severity", "unknown placeholder", "bad code", "misspelt field", "bad article name", "syntax",
        "a ratio setting on consistency", "negative slack", "scope on sum", "tolerance on group_size",
        "a share setting on ratio", "no type",
    ],
)
def test_bad_rule_file_names_the_position(tmp_path, text, line, col, needle):
    path = tmp_path / "FC900.yml"
    path.write_text(text)
    with pytest.raises(RuleFileError) as exc:
        load_rule(path)
    err = exc.value
    assert (err.line, err.column) == (line, col), str(err)
    assert needle in str(err)
    assert str(err).startswith(f"{path}:{line}:{col}: ")


def test_two_rules_with_one_code_in_a_folder_are_refused(tmp_path):
    (tmp_path / "a.yml").write_text(RULE)
    (tmp_path / "b.yml").write_text(RULE.replace("name: demo", "name: other"))
    with pytest.raises(RuleFileError, match="codes are never reused"):
        load_rules([tmp_path])


def test_project_rule_overrides_builtin_by_code(tmp_path):
    (tmp_path / "FC101.yml").write_text(RULE.replace("FC900", "FC101").replace("severity: error", "severity: warning"))
    rules = load_rules([builtin_rules_dir(), tmp_path])
    assert rules.get("FC101").severity.value == "warning"


@pytest.mark.parametrize(
    "name, text, line, col",
    [
        ("attributes.yml", "attributes:\n  - name: Bad Name\n", 2, 11),
        ("attributes.yml", "attributes:\n  - name: ok\n    kinds: [money, cash]\n", 3, 20),
        ("rates.yml", "rates:\n  - base: USD\n    quote: CNY\n    periods:\n      - {start: 2024-01-01, end: 2023-01-01, low: 7, high: 8}\n", 5, 9),
        ("entities.yml", "entities:\n  - name: X\n    type: spaceship\n", 3, 11),
        ("quantities.yml", "senses:\n  - words: [earned]\n    near: [tour]\n    concept: takings\n", 4, 14),
        ("quantities.yml", "senses:\n  - words: [earned]\n    concept: gross\n", 2, 5),
    ],
    ids=["attribute name", "attribute kind", "rate period order", "entity type", "a sense's unknown concept",
         "a sense with no condition (neither near words nor a rate's unit)"],
)
def test_bad_knowledge_file_names_the_position(tmp_path, name, text, line, col):
    (tmp_path / "knowledge").mkdir()
    (tmp_path / "knowledge" / name).write_text(text)
    with pytest.raises(DataFileError) as exc:
        load_knowledge([tmp_path])
    assert (exc.value.line, exc.value.column) == (line, col), str(exc.value)
