"""Resolving single names, as `warmap place NAME` does."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def gaz():
    """The gazetteer (compiled into the cache on first use)."""
    from warmap.places import load_gazetteer

    return load_gazetteer()


def test_resolution_carries_candidates_and_reasons(gaz) -> None:
    res = gaz.resolve("Raqqa")
    assert res.query == "Raqqa"
    assert res.best is not None and res.best.country == "SY" and res.best.admin1 == "Ar-Raqqa"
    assert res.candidates and all(isinstance(why, str) and why for _p, _s, why in res.candidates)
    scores = [s for _p, s, _w in res.candidates]
    assert scores == sorted(scores, reverse=True)


def test_typo_resolves(gaz) -> None:
    assert gaz.resolve("al-Bukamal").best.name == "Abu Kamal"
    best = gaz.resolve("Hasakha").best
    assert best is not None and best.name == "Al-Hasakah"
    assert "typo" in gaz.resolve("Kirkurk").candidates[0][2]


def test_admin1_names_are_english(gaz) -> None:
    assert gaz.resolve("Albu Kamal").best.admin1 == "Deir ez-Zor"
    assert gaz.resolve("Fallujah").best.admin1 == "Anbar"
    assert gaz.resolve("Tal Afar").best.admin1 == "Nineveh"
    assert gaz.resolve("Manbij").best.admin1 == "Aleppo"
    assert gaz.resolve("Tikrit").best.admin1 == "Salahuddin"


def test_province_words_and_features(gaz) -> None:
    assert gaz.resolve("Raqqa province").best.kind == "admin1"
    assert gaz.resolve("the Syrian town of Dabiq").best.name == "Dabiq"
    assert gaz.resolve("Palmyra, Syria").best.name == "Palmyra"
    assert gaz.resolve("Mennagh airbase").best.country == "SY"
    assert gaz.resolve("Baiji refinery").best.name == "Baiji"
    assert gaz.resolve("Yarmouk camp").best.name == "Damascus"


def test_unknown_name(gaz) -> None:
    res = gaz.resolve("Xyzzyville")
    assert res.best is None and res.candidates == []


def test_country_argument_breaks_ties(gaz) -> None:
    assert gaz.resolve("Tripoli", country="LY").best.country == "LY"


def test_a_mid_sized_town_abroad_answers_to_its_other_latin_spellings(gaz) -> None:
    # GeoNames writes Sopur and Hubballi; reports write Sopore and Hubli
    assert gaz.resolve("Sopore").best.name == "Sopur"
    assert gaz.resolve("Hubli").best.name == "Hubballi"


def test_only_plain_latin_spellings_of_the_same_name_are_kept() -> None:
    from warmap.places.build import _other_spelling

    assert _other_spelling("Sopore", "Sopur") and _other_spelling("Hubli", "Hubballi")
    assert not _other_spelling("Bhagyanagar", "Hyderabad")   # another name, not a spelling
    assert not _other_spelling("Сопур", "Sopur")              # another script
    assert not _other_spelling("Sopur", "Sopur")


def test_a_town_beats_the_fort_filed_under_its_names(gaz) -> None:
    # GeoNames files a fort under "El Geneina" as well as the town; a report naming the town means the town
    assert gaz.resolve("El Geneina", country="SD").best.name == "Al-Junaynah"
    # near miss: written as the building, the building stays
    assert "Fort" in gaz.resolve("El Geneina Fort", country="SD").best.name


def test_a_hospital_named_after_a_place_is_in_the_town_it_stands_in(gaz) -> None:
    text = "Shells hit Al-Khadra general hospital in Tripoli on Monday."
    assert [m.place.name for m in gaz.find(text, country="LY")] == ["Tripoli"]
    # near miss: the town itself, named without a building after it, stays a place
    assert [m.place.name for m in gaz.find("Shells hit Al Khadra on Monday.", country="LY")] == ["Al Khadra'"]


def test_villages_of_south_asia_and_latin_america_are_compiled(gaz) -> None:
    # a town of 9,000 in Kashmir and a Colombian municipality seat: villages where ACLED codes much violence
    assert gaz.resolve("Pahalgam", country="IN").best.name == "Pahalgam"
    text = "Militants opened fire on tourists near the resort town of Pahalgam on Tuesday."
    assert [m.place.name for m in gaz.find(text, country="IN")] == ["Pahalgam"]
    # near miss: such a village is no candidate in a story about another country
    assert [m.place.name for m in gaz.find(text, country="SO")] == []


def test_a_long_spanish_name_answers_to_its_first_words(gaz) -> None:
    from warmap.places.build import _short_form

    assert gaz.resolve("Iguala", country="MX").best.name == "Iguala de la Independencia"
    assert _short_form("Iguala", "Iguala de la Independencia") and not _short_form("de la", "Iguala de la Independencia")


def test_the_first_word_of_a_longer_spanish_name_is_no_village(gaz) -> None:
    text = "A bomb went off in Marawi City (Lanao del Sur) on Sunday."
    assert "Lanao" not in [m.place.name for m in gaz.find(text, country="PH")]
    # near miss: the village written alone is still the village
    assert [m.place.name for m in gaz.find("Troops raided Lanao on Sunday.", country="PH")] == ["Lanao"]


def test_a_club_and_a_square_named_after_a_town_are_no_mention_of_it(gaz) -> None:
    club = gaz.find("Gunmen kidnapped the father of Liverpool forward Luis Diaz in Barrancas, La Guajira.", country="CO")
    assert "Liverpool" not in [m.place.name for m in club]
    square = gaz.find("Students marched to Plaza de Bolivar in Bogota on Wednesday.", country="CO")
    assert [m.place.name for m in square] == ["Bogota"]
    # near misses: the town itself, and a town after "in", are mentions
    assert "Liverpool" in [m.place.name for m in gaz.find("Police in Liverpool arrested a man.", country="GB")]
    assert "Bolivar" in [m.place.name for m in gaz.find("Clashes were reported in Bolivar on Sunday.", country="CO")]


def test_villages_of_the_balkans_central_america_and_central_asia_are_compiled(gaz) -> None:
    # a Honduran department seat of 5,000 (a Guatemalan town of 16,000 has the same name) and a
    # village of northern Kosovo: places of real violence too small for the world's town list
    text = "Gunmen shot dead an activist at her home in the western town of La Esperanza on Thursday."
    assert [(m.place.name, m.place.country) for m in gaz.find(text, country="HN")] == [("La Esperanza", "HN")]
    zvecan = "Police clashed with Serb protesters in Zvecan on Monday."
    assert [m.place.country for m in gaz.find(zvecan, country="XK")] == ["XK"]
    # near miss: in a story about another country, such a village is no candidate
    assert [m.place.name for m in gaz.find(text, country="KE")] == []
    assert [m.place.name for m in gaz.find(zvecan, country="SO")] == []
