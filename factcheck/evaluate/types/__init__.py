"""The closed set of rule types. Each module has `run(rules, ..., ctx) -> list[Finding]`."""
