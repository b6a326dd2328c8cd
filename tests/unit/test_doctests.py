"""The examples in docstrings are true (they are the first thing a reader tries)."""

import doctest
import importlib
import pkgutil

import pytest

import warmap

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(warmap.__path__, "warmap.")
    if not m.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
