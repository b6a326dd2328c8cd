"""Actors of any war: ACLED's generic actors of every country, the wars outside Syria and Iraq,
words that name an actor in one country's stories only, and descriptive references.

One test per class; the sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from warmap.actors import load_actors
from warmap.actors.state_forces import ROLES, country_actor_id


@pytest.fixture(scope="module")
def actors():
    return load_actors()


def _found(actors, text: str, country: str | None = None) -> list[tuple[str, str]]:
    return [(m.mention, m.actor.id) for m in actors.find(text, country=country)]


def _ids(actors, text: str, country: str | None = None) -> list[str]:
    return [m.actor.id for m in actors.find(text, country=country)]


@pytest.mark.parametrize("ident, name, typ, parent", [
    ("aqap", "Al-Qaeda in the Arabian Peninsula (AQAP)", "rebel group", "al_qaeda"),
    ("taliban", "Taliban", "rebel group", None),
    ("gna_forces", "Military Forces of Libya (2016-) Government of National Accord", "state forces", None),
    ("saudi_led_coalition", "Saudi-led coalition", "external/other forces", None),
    ("houthis", "Houthi Movement (Ansar Allah)", "rebel group", None),
    ("civilians_yemen", "Civilians (Yemen)", "civilians", None),
])
def test_realdev_actors_have_their_ids_names_and_types(actors, ident, name, typ, parent) -> None:
    a = actors.get(ident)
    assert (a.name, a.type, a.parent) == (name, typ, parent)


@pytest.mark.parametrize("text, country, want", [
    ("A drone strike killed two AQAP operatives in Shabwa.", "YE", [("AQAP operatives", "aqap")]),
    ("Officials said al-Qa'ida in the Arabian Peninsula lost a commander.", "YE",
     [("al-Qa'ida in the Arabian Peninsula", "aqap")]),
    ("Libyan forces pushed into the last district of the city.", "LY", [("Libyan forces", "gna_forces")]),
    ("Forces loyal to the Government of National Accord cleared the port.", "LY",
     [("Forces loyal to the Government of National Accord", "gna_forces")]),
    ("Ansar Allah fired a missile at the port.", "YE", [("Ansar Allah", "houthis")]),
    ("Yemeni civilians fled the fighting.", "YE", [("Yemeni civilians", "civilians_yemen")]),
    ("Taliban forces took the provincial capital.", "AF", [("Taliban forces", "taliban")]),
])
def test_realdev_actors_by_their_aliases(actors, text, country, want) -> None:
    assert _found(actors, text, country) == want


@pytest.mark.parametrize("cc", ["NG", "KE", "UA", "CO", "MM", "ML"])
def test_generic_words_are_the_article_countrys_generic_actors(actors, cc) -> None:
    text = ("Police and security forces clashed with gunmen near the market, while soldiers and troops "
            "guarded the bridge. Protesters and demonstrators marched; rioters and a mob burned a car. "
            "Residents, villagers and civilians fled.")
    got = {m.mention.lower(): m.actor for m in actors.find(text, country=cc)}
    c = cc.lower()
    assert got["police"].id == f"police_{c}"
    for word in ("security forces", "soldiers", "troops"):
        assert got[word].id == f"military_{c}", word
    assert got["gunmen"].id == "unidentified_armed_group" and got["gunmen"].country == cc
    for word in ("protesters", "demonstrators"):
        assert got[word].id == f"protesters_{c}", word
    for word in ("rioters", "a mob"):
        assert got[word].id == f"rioters_{c}", word
    for word in ("residents", "villagers", "civilians"):
        assert got[word].id == f"civilians_{c}", word


def test_victims_named_by_their_trade_are_civilians_of_the_country(actors) -> None:
    text = "Gunmen shot a trader, a taxi driver and two fishermen near the lake."
    assert _ids(actors, text, "NG") == ["unidentified_armed_group", "civilians_ng", "civilians_ng", "civilians_ng"]
    assert _ids(actors, "Herders clashed with farmers.", "NG") == ["civilians_ng"]  # herders: nobody (often the attackers)


def test_unnamed_armed_men_are_named_as_acled_names_them(actors) -> None:
    [m] = actors.find("Armed men on motorbikes raided the village.", country="BF")
    assert (m.actor.id, m.actor.name, m.actor.type) == (
        "unidentified_armed_group", "Unidentified Armed Group (Burkina Faso)", "political militia")
    [m] = actors.find("Armed men on motorbikes raided the village.")
    assert m.actor.name == "Unidentified Armed Group"  # no country: no country in the name
    # jihadists no group was named for just before
    m = actors.find("Jihadists burned the market in the night.", country="ML")[0]
    assert (m.actor.id, m.actor.name) == ("unidentified_armed_group", "Unidentified Armed Group (Mali)")
    m = actors.find("JNIM claimed the raid. Jihadists later burned the market.", country="ML")[1]
    assert m.actor.id == "jnim"


def test_an_unnamed_communal_militia_is_the_countrys(actors) -> None:
    [m] = actors.find("An ethnic militia raided the market town.", country="ET")
    assert (m.actor.id, m.actor.name, m.actor.type) == (
        "unidentified_communal_militia_et", "Unidentified Communal Militia (Ethiopia)", "identity militia")


def test_every_country_has_acleds_generic_actors(actors) -> None:
    for cc in ("NG", "SD", "MM", "UA", "CD", "PS", "YE", "SY"):
        for r in ROLES:
            a = actors.get(str(country_actor_id(r.role, cc)))
            assert a.type == r.type and a.country == cc
    assert actors.get("civilians_cd").name == "Civilians (Democratic Republic of Congo)"
    assert actors.get("military_cd").name == "Military Forces of the Democratic Republic of Congo"
    assert actors.get("rioters_ke").name == "Rioters (Kenya)"
    assert actors.get("unidentified_armed_group_ng").parent == "unidentified_armed_group"


@pytest.mark.parametrize("text, want", [
    ("Ukrainian forces shelled a Russian column overnight.", "military_ua"),
    ("Russian troops withdrew from the west bank of the river.", "russian_military"),
    ("Nigerian soldiers repelled the raid on the barracks.", "military_ng"),
    ("Somali police sealed off the hotel.", "police_so"),
    ("A Malian soldier was killed by a roadside bomb.", "military_ml"),
    ("Burkinabe gendarmes were ambushed on the road to Djibo.", "police_bf"),
    ("Congolese troops retook the hill from the rebels.", "military_cd"),
    ("Sudanese Armed Forces jets bombed the market.", "military_sd"),
    ("Nigeria's army said it had freed the hostages.", "military_ng"),
    ("Burkina Faso's army repelled an attack on its base.", "military_bf"),
])
def test_a_nation_and_a_force_noun_is_that_states_force(actors, text, want) -> None:
    assert _ids(actors, text)[0] == want


@pytest.mark.parametrize("text, country, want", [
    ("Wagner fighters arrived at the gold mine.", "ML", "wagner"),
    ("The Houthis seized the airport.", "YE", "houthis"),
    ("Haftar's forces shelled the capital's southern suburbs.", "LY", "lna"),
    ("ISIS-K claimed the bombing at the airport gate.", "AF", "iskp"),
    ("Al-Shabab fighters overran an army base.", "SO", "al_shabaab"),
    ("AMISOM troops secured the highway.", "SO", "amisom"),
    ("Boko Haram abducted dozens of schoolgirls.", "NG", "boko_haram"),
    ("ISWAP militants attacked a military base in Borno.", "NG", "iswap"),
    ("JNIM claimed the ambush on the convoy.", "ML", "jnim"),
    ("The Islamic State in the Greater Sahara killed villagers near Menaka.", "ML", "isgs"),
    ("The RSF took control of the city after weeks of siege.", "SD", "rsf"),
    ("The SAF retook the bridge.", "SD", "military_sd"),
    ("M23 rebels entered the town.", "CD", "m23"),
    ("The ADF killed farmers near Beni.", "CD", "adf"),
    ("FARDC units fought the rebels.", "CD", "military_cd"),
    ("MONUSCO peacekeepers evacuated the camp.", "CD", "monusco"),
    ("The Tatmadaw burned the village.", "MM", "military_mm"),
    ("The Arakan Army captured a border post.", "MM", "arakan_army"),
    ("Tigrayan forces entered the town.", "ET", "tplf"),
    ("The ENDF retook the airport.", "ET", "military_et"),
    ("Fano militiamen clashed with the army.", "ET", "fano"),
    ("Insurgents of Ahlu Sunnah Wa-Jama attacked the port.", "MZ", "isis_mozambique"),
    ("The IDF struck a building in Rafah.", "PS", "military_il"),
    ("Hamas fired rockets at southern towns.", "PS", "hamas"),
    ("Palestinian Islamic Jihad claimed the attack.", "PS", "pij"),
    ("Hezbollah fired anti-tank missiles across the border.", "LB", "hezbollah"),
    ("The ELN blew up an oil pipeline.", "CO", "eln"),
    ("The Jalisco New Generation Cartel attacked police.", "MX", "cjng"),
    ("Wilayat Sinai claimed the attack on the checkpoint.", "EG", "isis_sinai"),
    ("The Balochistan Liberation Army attacked a train.", "PK", "bla"),
    ("Maoists ambushed a police patrol in Chhattisgarh.", "IN", "cpi_maoist"),
    ("NPA rebels raided a police station in Samar.", "PH", "npa"),
    ("The Maute group seized parts of Marawi.", "PH", "dawlah_islamiyah"),
    ("MINUSCA peacekeepers were ambushed near Bangui.", "CF", "minusca"),
    ("Separatists burned a school in Bamenda.", "CM", "ambazonian_separatists"),
])
def test_named_actors_of_other_wars(actors, text, country, want) -> None:
    assert _ids(actors, text, country)[0] == want


@pytest.mark.parametrize("text, country, want", [
    ("The coalition struck a wedding hall, killing civilians.", "YE", "saudi_led_coalition"),
    ("The coalition struck an ISIS vehicle.", "IQ", "coalition"),
    ("The coalition struck a Taliban position.", "AF", "nato"),
    ("In Syria, coalition military forces conducted 12 strikes.", "SY", "coalition"),
    ("Al-Shabaab attacked a police post in Mocimboa da Praia.", "MZ", "isis_mozambique"),
    ("Al-Shabaab attacked a police post near Kismayo.", "SO", "al_shabaab"),
    ("UN peacekeepers fired on the advancing rebels.", "CD", "monusco"),
    ("UN peacekeepers fired on the advancing rebels.", "ML", "minusma"),
    ("Ansar al-Sharia took over the town.", "YE", "aqap"),
    ("Ansar al-Sharia took over the barracks.", "LY", "ansar_al_sharia_libya"),
    ("The National Defense Force retook the town.", "ET", "military_et"),
    ("The National Defense Force retook the town.", "SY", "ndf"),
    ("The Republican Guard shelled the suburb.", "YE", "military_ye"),
    ("The Republican Guard shelled the suburb.", "SY", "syrian_republican_guard"),
])
def test_words_that_name_an_actor_in_one_countrys_stories(actors, text, country, want) -> None:
    assert want in _ids(actors, text, country)


@pytest.mark.parametrize("text, country", [
    ("UN peacekeepers patrolled the buffer zone.", "SY"),
    ("Maoists won the vote.", "NP"),
    ("The NPA issued a statement.", "US"),
    ("The ADF announced new procurement.", "AU"),
    ("The AA roadside service towed the car.", "GB"),
    ("Ansar al-Sharia was mentioned.", None),
])
def test_those_words_elsewhere_name_no_one(actors, text, country) -> None:
    assert actors.find(text, country=country) == []


@pytest.mark.parametrize("text, country, mention, want", [
    ("Al-Qaeda's affiliate in Syria took the town.", "SY", "Al-Qaeda's affiliate in Syria", "jabhat_al_nusra"),
    ("Al-Qaeda's affiliate in Yemen claimed the attack.", "YE", "Al-Qaeda's affiliate in Yemen", "aqap"),
    ("Al-Qaeda's East African affiliate claimed the attack.", "KE", "Al-Qaeda's East African affiliate", "al_shabaab"),
    ("Al-Qaeda's Sahel affiliate claimed the ambush.", "BF", "Al-Qaeda's Sahel affiliate", "jnim"),
    ("The Islamic State's affiliate in Afghanistan claimed it.", "AF", "Islamic State's affiliate in Afghanistan", "iskp"),
    ("Regime warplanes struck the market in Douma.", "SY", "Regime warplanes", "syrian_air_force"),
    ("Government aircraft struck a busy market, killing at least 30 people.", "SY", "Government aircraft", "syrian_air_force"),
    ("Government aircraft struck a busy market, killing at least 30 people.", "SD", "Government aircraft", "military_sd"),
    ("The junta's troops burned homes.", "MM", "The junta's troops", "military_mm"),
    ("The Yemeni branch of al-Qaeda claimed the bombing.", "YE", "Yemeni branch of al-Qaeda", "aqap"),
    ("Al-Qaeda's Somali branch claimed the bombing.", "KE", "Al-Qaeda's Somali branch", "al_shabaab"),
    ("The Islamic State's Nigerian affiliate raided a base.", "NG", "Islamic State's Nigerian affiliate", "iswap"),
    ("IS's branch in Mozambique claimed the raid.", "MZ", "IS's branch in Mozambique", "isis_mozambique"),
    ("Al-Qaida's affiliate in the Sahel struck a convoy.", "BF", "Al-Qaida's affiliate in the Sahel", "jnim"),
    ("Kurdish fighters pushed into the town.", "SY", "Kurdish fighters", "ypg"),
    ("Kurdish fighters pushed into the town.", "IQ", "Kurdish fighters", "peshmerga"),
])
def test_descriptive_references(actors, text, country, mention, want) -> None:
    assert (mention, want) in _found(actors, text, country)


def test_the_jihadist_group_is_the_one_last_named_as_such(actors) -> None:
    text = ("Soldiers fought al-Shabaab near Afgooye on Monday. The army said the jihadist group "
            "lost twelve fighters.")
    assert ("the jihadist group", "al_shabaab") in _found(actors, text, "SO")
    text = "ISWAP overran the base. The army later said the jihadist group had withdrawn."
    assert ("the jihadist group", "iswap") in _found(actors, text, "NG")


def test_no_actor_rather_than_a_wrong_one(actors) -> None:
    assert _found(actors, "The forces advanced on the town.", "UA") == []
    assert _found(actors, "The coalition government collapsed.", "YE") == []
    assert _found(actors, "Will Washington restrain its NATO ally?", "SY") == []
    # "coalition" describing someone else is no mention of the US-led one
    assert _ids(actors, "The SDF, which Washington calls the strongest anti-IS fighting coalition, advanced.", "SY") == ["sdf"]
    assert _ids(actors, "A coalition of rebel groups took the town.", "SY") == ["syrian_rebels"]
    # a service before a rank is a title
    assert _ids(actors, "Army Col. Jane Doe said the coalition struck ISIS.", "IQ") == ["coalition", "isis"]
    assert _ids(actors, "Air Force Maj. Gen. John Roe briefed reporters.", "IQ") == []
    # separatists named before: the same; none named: their joint forces, as ACLED codes them (in Ukraine only)
    assert _ids(actors, "DPR fighters shelled the town. The separatists later withdrew.", "UA") == ["dpr", "dpr"]
    assert _ids(actors, "The separatists later withdrew.", "UA") == ["naf"]
    assert _ids(actors, "The pro-Russian separatists later withdrew.", "GE") == []


@pytest.mark.parametrize("text, country, want", [
    ("Warplanes struck a wedding in the north.", "YE", ["saudi_led_coalition"]),
    ("The rebels shelled the city.", "YE", ["houthis"]),
    ("Warplanes struck a village, killing civilians.", "SD", ["military_sd", "civilians_sd"]),
    ("Warplanes struck a village, killing civilians.", "UA", ["civilians_ua"]),
    ("Warplanes struck a village, killing civilians.", "LB", ["military_il", "civilians_lebanon"]),
])
def test_unnamed_aircraft_are_the_usual_air_force_or_nobody(actors, text, country, want) -> None:
    assert _ids(actors, text, country) == want


def test_local_words_take_the_country_of_the_actors_named_before(actors) -> None:
    text = "Houthi rebels fired at the border. The coalition answered with airstrikes."
    assert _ids(actors, text) == ["houthis", "saudi_led_coalition"]


def test_resolve_uses_the_country_for_local_words(actors) -> None:
    assert actors.resolve("the coalition", country="YE").id == "saudi_led_coalition"
    assert actors.resolve("the coalition", country="IQ").id == "coalition"
    assert actors.resolve("Arab coalition", country="YE").id == "saudi_led_coalition"
    assert actors.resolve("Arab coalition", country="SY") is None
    assert _ids(actors, "The Arab coalition bombed a bridge.", "YE") == ["saudi_led_coalition"]
    assert _ids(actors, "The SDF's Arab Coalition units advanced.", "SY") == ["sdf"]


def test_an_id_defined_in_two_actor_files_is_an_error(tmp_path) -> None:
    import shutil

    from warmap.actors import ActorDataError, read_actor_data
    from warmap.actors.loader import DATA_DIR

    for f in DATA_DIR.iterdir():
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "actors_extra.toml").write_text('[[actor]]\nid = "houthis"\nname = "Houthis"\ntype = "rebel group"\n')
    with pytest.raises(ActorDataError, match="actor id .houthis. is already defined in actors_extra.toml"):
        read_actor_data(tmp_path)


def test_a_generic_state_force_of_a_named_country_is_that_countrys(actors):
    found = actors.find("At 10:00 the armed forces of Armenia fired missiles at Ganja.", country="AZ")
    assert [(m.mention, m.actor.id) for m in found] == [("the armed forces of Armenia", "military_am")]
    # near miss: "of" something that is no country keeps the story's own army
    found = actors.find("At dawn the armed forces of the Republic held the line near Ganja.", country="AZ")
    assert [m.actor.id for m in found] == ["military_az"]


def test_an_official_statements_own_forces_and_its_enemy(actors):
    text = ("Ministry of Defence of Afghanistan\n\nThe Afghan National Army said Taliban fighters massed near Kunduz. "
            "On Monday the enemy attacked the city from four directions, and our forces repelled them.")
    found = {m.mention: m.actor.id for m in actors.find(text, country="AF")}
    assert found["the enemy"] == "taliban" and found["our forces"] == "military_af"
    # near miss: with no side named in the opening lines, "the enemy" is nobody, "our forces" the state's army
    text = "On Monday the enemy attacked the city of Kunduz from four directions, and our forces repelled them."
    found = {m.mention: m.actor.id for m in actors.find(text, country="AF")}
    assert "the enemy" not in found and found["our forces"] == "military_af"
