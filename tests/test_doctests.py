"""The examples in the docstrings of every graphkit module hold."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import graphkit

# A __main__ module runs its program when imported; it has no examples.
MODULES = sorted(info.name for info in pkgutil.walk_packages(graphkit.__path__, "graphkit.")
                 if not info.name.endswith(".__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
