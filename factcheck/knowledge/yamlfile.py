"""Read YAML data files and validate them, keeping line and column for every error.

Rules, knowledge tables and the triage ledger are all YAML written by people,
so a mistake must be reported as `path:line:col: what was expected`. We parse
with ruamel.yaml's round-trip loader (it keeps positions and comments) and
validate with pydantic, then map pydantic's error location back to a position.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from factcheck.errors import DataFileError

M = TypeVar("M", bound=BaseModel)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    return yaml


def read_text(path: Path, error: type[DataFileError] = DataFileError) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise error(str(path), None, None, f"not valid UTF-8 at byte {exc.start}") from exc
    except OSError as exc:
        raise error(str(path), None, None, f"cannot read: {exc.strerror or exc}") from exc


def parse_yaml(text: str, path: str, error: type[DataFileError] = DataFileError) -> Any:
    """Parse YAML text; syntax errors become `error` with the parser's position."""
    try:
        return _yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        col = mark.column + 1 if mark is not None else None
        problem = exc.problem or exc.context or "malformed YAML"
        raise error(path, line, col, f"malformed YAML: {problem}") from exc
    except Exception as exc:  # ruamel raises a few unmarked errors (e.g. duplicate keys)
        raise error(path, None, None, f"malformed YAML: {exc}") from exc


def load_yaml(path: Path, error: type[DataFileError] = DataFileError) -> Any:
    return parse_yaml(read_text(path, error), str(path), error)


def position(data: Any, loc: tuple[Any, ...], at_key: bool = False) -> tuple[int | None, int | None]:
    """1-based (line, column) of the node at `loc` inside round-trip `data`.

    Walks as deep as the location exists; a missing key points at the mapping
    that should have held it; with `at_key`, the last step points at the key
    itself (for unknown fields) rather than its value.
    """
    node = data
    line: int | None = None
    col: int | None = None
    if isinstance(node, (CommentedMap, CommentedSeq)):
        line, col = node.lc.line + 1, node.lc.col + 1
    for i, part in enumerate(loc):
        if isinstance(node, CommentedMap) and part in node:
            last = i == len(loc) - 1
            ln, cl = node.lc.key(part) if at_key and last else node.lc.value(part)
            line, col = ln + 1, cl + 1
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            ln, cl = node.lc.item(part)
            line, col = ln + 1, cl + 1
            node = node[part]
        else:
            break
    return line, col


def describe(err: dict[str, Any]) -> str:
    """One readable line for one pydantic error: where, what was expected, what was found."""
    loc = ".".join(str(p) for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
    msg = err["msg"]
    if err["type"] == "missing":
        return f"{loc}: required field is missing"
    if err["type"] == "extra_forbidden":
        return f"{loc}: unknown field " + (f"for type {err['tag']} (check the spelling)" if "tag" in err else "(check the spelling)")
    found = err.get("input")
    shown = "" if isinstance(found, (dict, list)) else f", got {found!r}"
    return f"{loc}: {msg[0].lower() + msg[1:]}{shown}"


_TAG_ERRORS = ("union_tag_invalid", "union_tag_not_found")


def _untagged(err: dict[str, Any], data: Any, union_tag: str | None) -> dict[str, Any]:
    """A discriminated union's error as if the member model had been validated alone:
    the tag pydantic puts first in the location goes; a bad tag points at the tag's key."""
    if union_tag is None or not isinstance(data, dict):
        return err
    if err["type"] in _TAG_ERRORS:
        expected = err.get("ctx", {}).get("expected_tags", "")
        return {**err, "loc": (union_tag,), "msg": f"Input should be one of {expected}", "input": data.get(union_tag)}
    loc = tuple(err["loc"])
    if loc and loc[0] == data.get(union_tag):
        return {**err, "loc": loc[1:], "tag": loc[0]}
    return err


def validate(
    model: type[M] | TypeAdapter[M], data: Any, path: str, error: type[DataFileError] = DataFileError, union_tag: str | None = None
) -> M:
    """Validate parsed YAML against `model` (a model, or a union discriminated on `union_tag`);
    the first error is raised with its position."""
    try:
        return model.validate_python(data) if isinstance(model, TypeAdapter) else model.model_validate(data)
    except ValidationError as exc:
        first = _untagged(exc.errors()[0], data, union_tag)
        line, col = position(data, tuple(first["loc"]), at_key=first["type"] == "extra_forbidden")
        more = len(exc.errors()) - 1
        suffix = f" (and {more} more error{'s' if more > 1 else ''})" if more else ""
        raise error(path, line, col, describe(first) + suffix) from exc


def load_model(path: Path, model: type[M], error: type[DataFileError] = DataFileError) -> M:
    """Read, parse and validate one YAML file."""
    data = load_yaml(path, error)
    if data is None:
        raise error(str(path), 1, 1, "empty file: expected a YAML mapping")
    return validate(model, data, str(path), error)
