"""Reading the actor data files into entries and generic rules, with checks that name the fix.

Files (all in ``data/``): ``actors.toml`` and ``actors_*.toml`` (curated), ``state_forces.tsv`` (a military and a
police actor per country; curated entries of the same id win and add their aliases) and
``generics.toml`` (generic references and how to resolve them).
"""

from __future__ import annotations

import csv
import datetime as dt
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from warmap.errors import ResolutionError
from warmap.records import ACTOR_TYPES, Actor

from .affiliates import affiliate_aliases
from .entries import ActorEntry, Membership, Rename
from .state_forces import read_demonyms

__all__ = ["DATA_DIR", "ActorDataError", "GenericRule", "ActorData", "read_actor_data", "check_actor_data"]

DATA_DIR = Path(__file__).parent / "data"


class ActorDataError(ResolutionError):
    """An actor data file is missing or malformed."""


@dataclass(frozen=True)
class GenericRule:
    """Phrases for a generic reference and the strategies that resolve it, tried in order."""

    phrases: tuple[str, ...]
    strategies: tuple[str, ...]


@dataclass
class ActorData:
    """Everything the data files say, before indexing."""

    version: str
    entries: dict[str, ActorEntry]
    #: ``{country: {phrase: actor id}}``: words that mean this actor in an article of that
    #: country only ("coalition" in a Yemeni story is the Saudi-led one), from ``local_aliases``
    local: dict[str, dict[str, str]]
    nouns: dict[str, list[str]]
    spelling: list[list[str]]
    compose: dict[str, tuple[list[str], str]]  # actor id -> (prefixes, noun list name)
    generics: list[GenericRule]
    roles: dict[str, dict[str, str]]
    infer_country_from: frozenset[str]
    block: list[str] = field(default_factory=list)


def _toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError as e:
        raise ActorDataError(f"actor data file {path} is missing; reinstall warmap or restore it from git") from e
    except tomllib.TOMLDecodeError as e:
        raise ActorDataError(f"{path.name} is not valid TOML ({e}); fix the line it names") from e


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    raise ActorDataError(f"{where}: dates must be TOML dates like 2014-06-29, got {value!r}")


def _renames(items: list[dict[str, Any]], where: str) -> tuple[Rename, ...]:
    out = []
    for it in items:
        date = _date(it.get("date"), where)
        if date is None or not (it.get("id") or it.get("name")):
            raise ActorDataError(f"{where}: each rename needs a date and an id or a name")
        out.append(Rename(date, it.get("id"), it.get("name")))
    return tuple(out)


def _entry(raw: dict[str, Any], source: str = "actors.toml") -> ActorEntry:
    ident = raw.get("id")
    where = f"{source}, actor {ident!r}"
    for key in ("id", "name", "type"):
        if not raw.get(key):
            raise ActorDataError(f"{where}: the field {key!r} is required")
    actor = Actor(raw["id"], raw["name"], raw["type"], raw.get("country"), raw.get("parent"))
    members = tuple(Membership(m["id"], _date(m.get("since"), where), _date(m.get("until"), where))
                    for m in raw.get("member_of", []))
    return ActorEntry(actor, tuple(raw.get("aliases", [])), frozenset(raw.get("tags", [])),
                      _renames(raw.get("renamed_from", []), where), _renames(raw.get("renamed_to", []), where),
                      members, raw.get("notes", ""), source)


def _state_forces(path: Path) -> list[ActorEntry]:
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
    except FileNotFoundError as e:
        raise ActorDataError(f"{path} is missing; run `python -m warmap.actors.state_forces`") from e
    return [ActorEntry(Actor(r["id"], r["name"], r["type"], r["country"] or None, r["parent"] or None),
                       tuple(a for a in r["aliases"].split("|") if a), source="state_forces.tsv") for r in rows]


def _add_branch_aliases(curated: dict[str, ActorEntry], tables: list[dict[str, Any]],
                        generals: list[ActorEntry]) -> None:
    """Add the phrases of ``[affiliates.*]`` tables to the branches' aliases, unless another
    curated actor lists the phrase already."""
    names = {e.actor.country: e.actor.name[len("Civilians ("):-1] for e in generals
             if e.actor.type == "civilians" and e.actor.country and e.actor.name.startswith("Civilians (")}
    made = affiliate_aliases({k: v for t in tables for k, v in t.items()}, names, read_demonyms())
    owner = {a.lower(): ident for ident, e in curated.items() for a in e.aliases}
    for ident, aliases in made.items():
        if ident not in curated:
            raise ActorDataError(f"affiliates: {ident!r} is not a defined actor id")
        new = tuple(sorted(a for a in aliases if owner.get(a.lower(), ident) == ident))
        curated[ident] = replace(curated[ident], aliases=tuple(dict.fromkeys(curated[ident].aliases + new)))


def read_actor_data(data_dir: Path = DATA_DIR) -> ActorData:
    """Read and merge the data files (no checks beyond what parsing needs).

    The curated actors are ``actors.toml`` (its ``[nouns]`` and ``[spelling]`` serve every
    file) and then each ``actors_*.toml`` (other wars), in name order; an id defined twice
    is an error.
    """
    doc = _toml(data_dir / "actors.toml")
    nouns = {k: list(v) for k, v in doc.get("nouns", {}).items()}
    curated: dict[str, ActorEntry] = {}
    compose: dict[str, tuple[list[str], str]] = {}
    local: dict[str, dict[str, str]] = {}
    files = [("actors.toml", doc)] + [(p.name, _toml(p)) for p in sorted(data_dir.glob("actors_*.toml"))]
    for source, part in files:
        for raw in part.get("actor", []):
            entry = _entry(raw, source)
            if raw.get("prefixes"):
                compose[entry.actor.id] = (list(raw["prefixes"]), raw.get("nouns", "ground"))
                made = tuple(f"{p} {n}" for p in raw["prefixes"] for n in nouns.get(raw.get("nouns", "ground"), []))
                entry = replace(entry, aliases=tuple(dict.fromkeys(entry.aliases + made)))
            if entry.actor.id in curated:
                raise ActorDataError(f"{source}: actor id {entry.actor.id!r} is already defined in "
                                     f"{curated[entry.actor.id].source}; keep one of them")
            for cc, words in raw.get("local_aliases", {}).items():
                for w in words:
                    local.setdefault(cc.upper(), {})[w] = entry.actor.id
            curated[entry.actor.id] = entry
    generals = _state_forces(data_dir / "state_forces.tsv")
    _add_branch_aliases(curated, [t for _, part in files for t in [part.get("affiliates", {})]], generals)
    claimed: dict[str, str] = {}
    for ident, e in curated.items():
        for alias in e.aliases:
            claimed.setdefault(alias.lower(), ident)
    entries: dict[str, ActorEntry] = {}
    for general in generals:
        ident = general.actor.id
        # a generated alias ("Syrian jets") yields to a curated actor that lists it
        keep = tuple(a for a in general.aliases if claimed.get(a.lower(), ident) == ident)
        entries[ident] = replace(general, aliases=keep)
    for ident, entry in curated.items():
        if ident in entries:  # curated wins, keeps the general aliases too
            entry = replace(entry, aliases=tuple(dict.fromkeys(entry.aliases + entries[ident].aliases)))
        entries[ident] = entry
    gen = _toml(data_dir / "generics.toml")
    generics = []
    for g in gen.get("generic", []):
        phrases = list(g.get("phrases", []))
        phrases += [f"{p} {n}".strip() for p in g.get("prefixes", []) for n in g.get("nouns", [])]
        generics.append(GenericRule(tuple(dict.fromkeys(phrases)), tuple(g.get("try", []))))
    return ActorData(
        version=str(doc.get("version", "0")),
        entries=entries,
        local=local,
        nouns=nouns,
        spelling=[list(c) for c in doc.get("spelling", {}).get("classes", [])],
        compose=compose,
        generics=generics,
        roles={cc: dict(r) for cc, r in gen.get("roles", {}).items()},
        infer_country_from=frozenset(gen.get("infer_country_from", [])),
        block=list(gen.get("block", {}).get("phrases", [])),
    )


def check_actor_data(data: ActorData) -> list[str]:
    """Problems an analyst must fix, one line each (empty when the data is sound)."""
    problems: list[str] = []
    ids = data.entries
    for e in ids.values():
        a = e.actor
        if a.type not in ACTOR_TYPES:
            problems.append(f"{a.id}: type {a.type!r} is not an ACLED actor type ({', '.join(ACTOR_TYPES)})")
        if a.parent and a.parent not in ids:
            problems.append(f"{a.id}: parent {a.parent!r} is not a defined id")
        for r in e.renamed_from + e.renamed_to:
            if r.id and r.id not in ids:
                problems.append(f"{a.id}: renamed id {r.id!r} is not defined")
        for m in e.member_of:
            if m.id not in ids:
                problems.append(f"{a.id}: member_of {m.id!r} is not defined")
            if m.since and m.until and m.since > m.until:
                problems.append(f"{a.id}: member_of {m.id!r} ends before it starts")
        if a.country and (len(a.country) != 2 or not a.country.isupper()):
            problems.append(f"{a.id}: country {a.country!r} should be an ISO alpha-2 code")
    for ident, (_, nouns) in data.compose.items():
        if nouns not in data.nouns:
            problems.append(f"{ident}: nouns {nouns!r} is not a list under [nouns]")
    for rule in data.generics:
        for s in rule.strategies:
            kind, _, arg = s.partition(":")
            if kind in ("actor", "nocountry") and arg not in ids:
                problems.append(f"generics.toml: {s!r} names an undefined id")
            elif kind not in ("actor", "role", "recent", "nocountry", "speaker", "foe"):
                problems.append(f"generics.toml: unknown strategy {s!r} (actor:, role:, recent:, nocountry:, speaker, foe)")
    for cc, roles in data.roles.items():
        for role, ident in roles.items():
            if ident and ident not in ids:
                problems.append(f"generics.toml: roles.{cc}.{role} = {ident!r} is not defined")
    for cc in data.local:
        if len(cc) != 2 or not cc.isalpha():
            problems.append(f"local_aliases: {cc!r} should be an ISO alpha-2 country code")
    return problems
