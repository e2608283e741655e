"""Finding ids: stable, and never shared by two findings (a shared id would lose one of them)."""

from __future__ import annotations

from factcheck.api import scan_texts


def test_findings_that_differ_only_by_a_facet_both_survive_with_their_own_ids(toolkit):
    """Total and active parameters that disagree are two conflicts, not one."""
    articles = {
        "a.md": "Orbix-7 has 300B (30B active) parameters.",
        "b.md": "Orbix-7 has 500B (50B active) parameters.",
    }
    conflicts = [f for f in scan_texts(articles, toolkit).findings if f.verdict.value == "conflict"]
    assert len(conflicts) == 2
    assert len({f.id for f in conflicts}) == 2
    covered = {c for f in conflicts for c in f.claims}
    claims = {c.id: c.text for c in scan_texts(articles, toolkit).claims}
    assert {claims[c] for c in covered} >= {"300B", "500B", "30B active", "50B active"}


def test_two_wrong_conversions_in_one_article_are_two_findings(toolkit):
    text = (
        "In June 2024, Acme was valued at $2 billion (approximately 140 billion RMB).\n\n"
        "In June 2024, investors valued Acme at $2 billion (about 150 billion yuan).\n"
    )
    wrong = [f for f in scan_texts({"a.md": text}, toolkit).findings if f.rule == "FC201"]
    assert len(wrong) == 2 and len({f.id for f in wrong}) == 2


def test_ids_do_not_depend_on_line_numbers(toolkit):
    a = {"a.md": "Rocket-7 has 130 billion parameters.", "b.md": "Rocket-7 has 100 billion parameters."}
    moved = {"a.md": "Intro.\n\nMore intro.\n\nRocket-7 has 130 billion parameters.", "b.md": a["b.md"]}
    ids = lambda arts: sorted(f.id for f in scan_texts(arts, toolkit).findings)  # noqa: E731
    assert ids(a) == ids(moved)
