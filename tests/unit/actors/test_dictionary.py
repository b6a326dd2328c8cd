"""resolve, get, affiliations and time-aware names."""

from __future__ import annotations

import datetime as dt

import pytest

from warmap.actors import UnknownActorError, load_actors, read_actor_data
from warmap.actors.dictionary import ActorDictionary


@pytest.mark.parametrize("name, expected", [
    ("Jabhat a-Nusra", "jabhat_al_nusra"), ("Daesh", "isis"), ("ISIL", "isis"), ("IS", "isis"),
    ("Islamic State of Iraq and a-Sham", "isis"), ("Hayat Tahrir al-Sham", "hts"), ("Jabhat Fatah al-Sham", "jabhat_fath_al_sham"),
    ("Hashd al-Shaabi", "pmf"), ("Kataib Hizbullah", "kataib_hezbollah"), ("the Iraqi Security Forces", "iraqi_army"),
    ("ISIL tactical units", "isis"), ("Danish jets", "military_dk"), ("Jabhat al-Nusrra", "jabhat_al_nusra"),
])
def test_resolve(name: str, expected: str) -> None:
    a = load_actors().resolve(name)
    assert a is not None and a.id == expected


def test_resolve_generic_with_country() -> None:
    assert load_actors().resolve("the regime", country="SY").id == "syrian_army"
    assert load_actors().resolve("government forces", country="IQ").id == "iraqi_army"


@pytest.mark.parametrize("name", ["is", "us", "the town", "United Nations"])
def test_resolve_rejects(name: str) -> None:
    assert load_actors().resolve(name) is None


def test_get() -> None:
    a = load_actors().get("syrian_air_force")
    assert (a.type, a.parent, a.country) == ("state forces", "syrian_army", "SY")
    with pytest.raises(UnknownActorError):
        load_actors().get("no_such_actor")
    with pytest.raises(KeyError):
        load_actors().get("no_such_actor")


def test_nusra_renames_are_separate_ids() -> None:
    actors = load_actors()
    kinds = {(a.kind, a.actor_id, a.date) for a in actors.affiliations("jabhat_fath_al_sham")}
    assert ("renamed_from", "jabhat_al_nusra", dt.date(2016, 7, 28)) in kinds
    assert ("renamed_to", "hts", dt.date(2017, 1, 28)) in kinds


def test_isis_names_over_time() -> None:
    actors = load_actors()
    assert "ISI" in actors.name_at("isis", dt.date(2012, 5, 1))
    assert "al-Sham" in actors.name_at("isis", dt.date(2013, 10, 1))
    assert actors.name_at("isis", dt.date(2015, 1, 1)).startswith("Islamic State (IS)")


def test_memberships_depend_on_the_date() -> None:
    actors = load_actors()
    in_2014 = {a.actor_id for a in actors.affiliations("ahrar_al_sham", dt.date(2014, 1, 1)) if a.kind == "member_of"}
    in_2016 = {a.actor_id for a in actors.affiliations("ahrar_al_sham", dt.date(2016, 1, 1)) if a.kind == "member_of"}
    assert in_2014 == {"islamic_front"}
    assert in_2016 == {"jaish_al_fatah"}
    members = {a.actor_id for a in actors.affiliations("islamic_front", dt.date(2014, 1, 1)) if a.kind == "has_member"}
    assert {"ahrar_al_sham", "liwa_al_tawhid", "jaish_al_islam", "suqour_al_sham", "ansar_al_sham", "liwa_al_haqq"} <= members


def test_affiliations_include_the_parent_chain() -> None:
    aff = load_actors().affiliations("golden_division")
    assert [a.actor_id for a in aff if a.kind == "parent"] == ["iraqi_cts", "iraqi_army"]
    assert str(aff[0]).startswith("parent ")


