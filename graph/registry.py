"""One registry keyed by (kind, name) for passes and exporters.

A duplicate registration raises; an unknown name raises an error listing the known ones.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from .errors import RegistryError

F = TypeVar("F", bound=Callable[..., Any])
_REGISTRY: dict[tuple[str, str], Callable[..., Any]] = {}
KINDS = ("pass", "exporter")


def register(kind: str, name: str) -> Callable[[F], F]:
    if kind not in KINDS:
        raise RegistryError(f"unknown registry kind {kind!r}; the kinds are {', '.join(KINDS)}")

    def decorate(func: F) -> F:
        key = (kind, name)
        if key in _REGISTRY and _REGISTRY[key] is not func:
            raise RegistryError(f"a {kind} named {name!r} is already registered ({_REGISTRY[key].__module__})")
        _REGISTRY[key] = func
        return func

    return decorate


def get(kind: str, name: str) -> Callable[..., Any]:
    try:
        return _REGISTRY[(kind, name)]
    except KeyError:
        raise RegistryError(f"no {kind} named {name!r}; available: {', '.join(names(kind)) or 'none'}") from None


def names(kind: str) -> list[str]:
    return sorted(name for k, name in _REGISTRY if k == kind)
