"""Classes of actor names that outside prose writes: each test stands for one class of failure.

Apostrophes inside names, Arabic particles in lower case, descriptors in apposition, unit
words in capitals, units named by designation, spelling families inside longer names, and
armed groups the dictionary lacked. The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from warmap.actors import load_actors


@pytest.fixture(scope="module")
def actors():
    return load_actors()


def _ids(actors, name: str, country: str | None = None) -> str | None:
    a = actors.resolve(name, country=country)
    return a.id if a else None


def _found(actors, text: str, country: str | None = None) -> list[tuple[str, str]]:
    return [(m.mention, m.actor.id) for m in actors.find(text, country=country)]


@pytest.mark.parametrize("name, want", [
    ("Dae\u2019sh", "isis"), ("Ahrar al-Sha'm", "ahrar_al_sham"), ("Hay\u2019at Tahrir al-Sham", "hts"),
])
def test_apostrophe_inside_a_name(actors, name, want) -> None:
    assert _ids(actors, name) == want


def test_arabic_particles_in_either_case(actors) -> None:
    assert _found(actors, "Gunmen of the Al bu Nimr tribe held the road.")[0][1] == "sunni_tribal_forces"
    assert _ids(actors, "al-Qaeda's Syrian affiliate") == "jabhat_al_nusra"


@pytest.mark.parametrize("text, mention, want", [
    ("Yesterday the jihadist group Jund al-Aqsa withdrew.", "the jihadist group Jund al-Aqsa", "jund_al_aqsa"),
    ("A statement by the Nusra Front Sharia Council followed.", "the Nusra Front Sharia Council", "jabhat_al_nusra"),
    ("Militants allied with Hurras al-Din struck at dawn.", "Militants allied with Hurras al-Din", "hurras_al_din"),
    ("The Daesh propaganda network lost its studio.", "Daesh propaganda network", "isis"),
])
def test_phrases_around_a_named_group(actors, text, mention, want) -> None:
    assert (mention, want) in _found(actors, text)


@pytest.mark.parametrize("name, want", [
    ("the Iraqi 5th Federal Police Division", "iraqi_federal_police"),
    ("the Iraqi 15th Division", "iraqi_army"),
    ("Turkey's 2nd Army Corps", "turkish_military"),
    ("Russia's elite forces", "russian_military"),
    ("the British 3rd Commando Brigade", "military_gb"),
    ("the 332nd Air Expeditionary Wing", "us_military"),
    ("the 75th Field Artillery Brigade", "us_military"),
    ("the Ohio Air National Guard", "us_air_force"),
])
def test_units_named_by_designation(actors, name, want) -> None:
    assert _ids(actors, name) == want


def test_bare_numbered_formations_need_the_article_country(actors) -> None:
    assert _found(actors, "Shells hit the 104th Brigade near the airport.", country="SY") == [
        ("the 104th Brigade", "syrian_army")]
    assert _found(actors, "Shells hit the 104th Brigade near the airport.", country="IQ")[0][1] == "iraqi_army"
    assert _found(actors, "Shells hit the 104th Brigade near the airport.") == []


def test_a_named_non_state_army_is_no_state_unit(actors) -> None:
    assert _ids(actors, "the Syrian Electronic Army") is None


def test_isil_isis_daesh_inside_longer_names(actors) -> None:
    for name in ("the Global Coalition to Counter Daesh", "anti-Daesh coalition", "Global Coalition against ISIS"):
        assert _ids(actors, name) == "coalition", name


def test_navy_and_air_nouns(actors) -> None:
    assert _ids(actors, "American warships") == "us_navy"
    assert actors.get("us_navy").parent == "us_military"
    assert _ids(actors, "Russian air cover") == "russian_air_force"


def test_iraqi_operations_commands(actors) -> None:
    for name in ("Ninawa Operations Command", "the Samarra Operational Command", "Jazira Operations Command"):
        assert _ids(actors, name) == "iraqi_operations_commands", name
    assert actors.get("iraqi_operations_commands").parent == "iraqi_army"


@pytest.mark.parametrize("name, want", [
    ("Mawtbo Fulhoyo Suryoyo", "syriac_military_council"), ("Quwat al-Sanadid", "sanadid_forces"),
    ("Ahrar al-Sharqiyah", "ahrar_al_sharqiya"), ("Lions of the East Army", "jaysh_usud_al_sharqiya"),
    ("Liwa Abu Fadl al-Abbas", "liwa_abu_al_fadl_al_abbas"), ("Kataib Jund al-Imam", "kataib_jund_al_imam"),
    ("Nineveh Plains Protection Units", "nineveh_plain_protection_units"), ("Victorious Sect Army", "jaish_al_taifa_al_mansura"),
    ("Brigades of the Strangers", "saraya_al_ghuraba"), ("Rijal al-Karameh", "men_of_dignity"),
])
def test_armed_groups_added(actors, name, want) -> None:
    assert _ids(actors, name) == want


def test_added_groups_links(actors) -> None:
    assert actors.get("syriac_military_council").parent == "sdf"
    assert actors.get("mutasim_division").parent == "syrian_national_army"
    kinds = {(a.kind, a.actor_id) for a in actors.affiliations("saraya_ansar_al_tawhid", dt.date(2006, 6, 1))}
    assert ("member_of", "aqi") in kinds
    assert not actors.affiliations("saraya_ansar_al_tawhid", dt.date(2007, 6, 1))


def test_non_armed_bodies_stay_unresolved(actors) -> None:
    for name in ("the UN Security Council", "the European Union", "the State Department", "aid workers"):
        assert _ids(actors, name) is None, name


@pytest.mark.parametrize("name, want", [
    ("the Hashemite Kingdom of Jordan", "military_jo"), ("the Islamic Republic of Iran", "iranian_military"),
    ("Republic of Iraq", "iraqi_army"),
])
def test_official_state_names_act_as_the_state(actors, name, want) -> None:
    assert _ids(actors, name) == want


def test_us_unit_abbreviations(actors) -> None:
    assert _ids(actors, "the 379th AEW") == "us_military"
    assert _ids(actors, "1st ABCT") == "us_military"
    assert _ids(actors, "AEW") is None
    assert _ids(actors, "the Special Forces Group") == "us_military"
    assert _ids(actors, "the Air Reserve Component") == "us_air_force"


def test_known_as_apposition(actors) -> None:
    got = _found(actors, "They joined an alliance known as the Islamic Front in 2013.")
    assert got == [("an alliance known as the Islamic Front", "islamic_front")]


def test_navy_and_intelligence_of_any_state(actors) -> None:
    assert _ids(actors, "Egyptian warships") == "military_eg"
    assert _ids(actors, "Qatari intelligence officers") == "military_qa"
