"""Aliases for a network's branches, written the ways reports describe them.

"al-Qaeda's affiliate in Yemen", "al-Qaeda's Yemeni branch", "the Yemeni branch of al-Qaeda"
and "al-Qaeda in Yemen" all name AQAP. The ``[affiliates.<parent id>]`` tables of the actor
files say which actor is the parent's branch where (a country code, or a region written as
reports write it: "the Sahel"); this module spells the phrases out.

>>> sorted(branch_aliases(["ISIS"], "Libya", ["Libyan"], nouns=("branch",)))
['ISIS in Libya', "ISIS's Libya branch", "ISIS's Libyan branch", "ISIS's branch in Libya", 'Libya branch of ISIS', 'Libyan branch of ISIS']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = ["NOUNS", "branch_aliases", "affiliate_aliases"]

#: What reports call a branch.
NOUNS = ("affiliate", "branch", "wing", "franchise", "offshoot")


def branch_aliases(parents: Iterable[str], place: str, adjectives: Iterable[str],
                   nouns: Iterable[str] = NOUNS) -> set[str]:
    """The phrases naming the branch of any of ``parents`` in ``place`` ("Yemen", "the Sahel")."""
    bare = place.removeprefix("the ")
    adjectives = [a for a in adjectives if not a.endswith("'s")]
    out: set[str] = set()
    for p in parents:
        out.add(f"{p} in {place}")
        for n in nouns:
            out.add(f"{p}'s {n} in {place}")
            for a in dict.fromkeys([*adjectives, bare]):
                out.add(f"{p}'s {a} {n}")
                out.add(f"{a} {n} of {p}")
    return out


def affiliate_aliases(tables: Mapping[str, Mapping[str, object]], country_names: Mapping[str, str],
                      demonyms: Mapping[str, list[str]]) -> dict[str, set[str]]:
    """``{actor id: aliases}`` from ``[affiliates.<parent>]`` tables (``names`` = the parent as
    reports write it; every other key a country code or a region, its value the branch's id)."""
    out: dict[str, set[str]] = {}
    for table in tables.values():
        parents = [str(n) for n in table.get("names", [])]  # type: ignore[attr-defined]
        for where, ident in table.items():
            if where == "names":
                continue
            if len(where) == 2 and where.isupper():
                place, adjectives = country_names.get(where, where), demonyms.get(where, [])
            else:
                place, adjectives = where, []
            out.setdefault(str(ident), set()).update(branch_aliases(parents, place, adjectives))
    return out
