"""Import a package's public names on first use (PEP 562), so that light commands stay light."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_getattr(package: str, where: Mapping[str, str], namespace: dict[str, Any]) -> Callable[[str], Any]:
    """A module `__getattr__` for `package`: `where` maps each name to its module (relative to `package`, or
    absolute when `package` is empty); the value is imported once and kept in `namespace`."""

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package or 'factcheck'!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{module}" if package else module), name)
        namespace[name] = value
        return value

    return __getattr__
