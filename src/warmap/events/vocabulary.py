"""The shared vocabulary of the extraction stages (``data/vocabulary.toml``), read once.

Each section holds the words of one concept that several stages test for (verbs of saying,
victim nouns, aircraft, death words, list markers). ``words(section, key)`` gives a set to
test tokens against, ``alternation(section, key)`` a regular-expression alternation of the
same words (longest first, a space matching any whitespace).

>>> "said" in words("saying", "forms")
True
>>> import re; bool(re.fullmatch(alternation("deaths", "words"), "shot  dead"))
True
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

__all__ = ["load_vocabulary", "words", "alternation"]


@lru_cache(maxsize=1)
def load_vocabulary() -> dict[str, dict[str, tuple[str, ...]]]:
    """Every section of ``data/vocabulary.toml``: section -> key -> words (cached)."""
    raw = resources.files("warmap.events").joinpath("data/vocabulary.toml").read_text("utf-8")
    return {name: {k: tuple(v) for k, v in section.items()} for name, section in tomllib.loads(raw).items()}


def words(section: str, key: str) -> frozenset[str]:
    """The words of one list, as a set."""
    return frozenset(load_vocabulary()[section][key])


@lru_cache(maxsize=None)
def alternation(section: str, key: str) -> str:
    """The words of one list as a regular-expression group ``(?:a|b|...)``, longest first."""
    items = sorted(load_vocabulary()[section][key], key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in item.split(" ")) for item in items) + ")"
