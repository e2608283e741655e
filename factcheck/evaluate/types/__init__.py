"""The closed set of rule types, listed in factcheck.evaluate.registry.

Each module declares its rule model (a `RuleBase` with its `type` literal and
the settings it reads), `run(rules, ctx) -> list[Finding]`, and `TYPE` tying
the two together for the registry.
"""
