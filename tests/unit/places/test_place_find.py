"""Finding place mentions in text: offsets, case, stop-listed words, precision, homonyms."""

from __future__ import annotations

import pytest

from warmap.records import PlaceMention


@pytest.fixture(scope="module")
def gaz():
    """The gazetteer (compiled into the cache on first use)."""
    from warmap.places import load_gazetteer

    return load_gazetteer()


def _names(ms: list[PlaceMention]) -> list[tuple[str, str]]:
    return [(m.mention, m.place.name) for m in ms]


TEXT = (
    "BEIRUT (Reuters) - Islamic State fighters seized the Tabqa airbase in Raqqa province on Sunday, "
    "the Syrian Observatory said. Clashes raged near al-Bukamal and on the outskirts of Deir ez-Zor, "
    "while jets struck a-Raqqa, Albu Kamal and the Aleppo countryside. In Anbar, fighters entered Hit."
)


def test_offsets_match_the_text(gaz) -> None:
    ms = gaz.find(TEXT)
    assert ms
    for m in ms:
        assert TEXT[m.start:m.end] == m.mention
    starts = [m.start for m in ms]
    assert starts == sorted(starts)
    for a, b in zip(ms, ms[1:]):
        assert a.end <= b.start


def test_precision_from_context(gaz) -> None:
    by = {m.mention: m for m in gaz.find(TEXT)}
    assert by["Tabqa airbase"].geo_precision == 1 and by["Tabqa airbase"].place.name == "Al-Tabqa"
    assert by["Raqqa province"].place.kind == "admin1" and by["Raqqa province"].geo_precision == 3
    assert by["Raqqa province"].place.admin1 == "Ar-Raqqa"
    assert by["al-Bukamal"].geo_precision == 2
    assert by["Deir ez-Zor"].geo_precision == 2
    assert by["a-Raqqa"].geo_precision == 1 and by["a-Raqqa"].place.kind == "city"
    assert by["Albu Kamal"].geo_precision == 1
    assert by["Aleppo countryside"].geo_precision == 3
    assert by["Anbar"].place.kind == "admin1" and by["Anbar"].geo_precision == 3
    assert by["Hit"].place.country == "IQ"


def test_more_context_words(gaz) -> None:
    def one(text: str) -> PlaceMention:
        ms = [m for m in gaz.find(text) if m.place.kind != "country"]
        assert len(ms) == 1, _names(ms)
        return ms[0]

    assert one("Shelling hit villages west of Manbij.").geo_precision == 2
    assert one("Airstrikes 20 km south of Tikrit killed five.").geo_precision == 2
    assert one("Fighting in the Sheikh Maqsoud district.").geo_precision == 1
    assert one("The Siyasiya bridge was destroyed.").place.name == "Deir ez-Zor"
    assert one("Rebels attacked the airport of Deir ez-Zor.").geo_precision == 1
    assert one("They entered the Mosul Dam area.").place.country == "IQ"
    m = one("Clashes across Nineveh province.")
    assert m.place.kind == "admin1" and m.place.admin1 == "Nineveh"
    assert one("Clashes in Salahuddin.").place.admin1 == "Salahuddin"


def test_country_alone_is_a_country(gaz) -> None:
    ms = gaz.find("Fighting continues in Syria.")
    assert [(m.place.kind, m.place.country, m.geo_precision) for m in ms] == [("country", "SY", 3)]


def test_stop_listed_words_are_not_places(gaz) -> None:
    assert gaz.find("the Islamic State said on Monday") == []
    assert gaz.find("The Free Syrian Army and the Army of Islam, backed by the Levant Front.") == []
    assert gaz.find("In March and in May, President Assad met Hassan Nasrallah.") == []


def test_case_rules(gaz) -> None:
    assert gaz.find("they went to the raqqa market") == []
    assert _names(gaz.find("They went to al-Raqqa.")) == [("al-Raqqa", "Ar-Raqqah")]
    assert _names(gaz.find("Al Qaim fell.")) == [("Al Qaim", "Al-Qaim")]


def test_person_nisba_is_not_a_place(gaz) -> None:
    names = _names(gaz.find("Abu Bakr al-Baghdadi spoke in Mosul."))
    assert names == [("Mosul", "Mosul")]


def test_homonyms_follow_the_article_country(gaz) -> None:
    # Tripoli: Lebanon's by default in this region, Libya's when the article is about Libya
    assert gaz.find("Clashes in Tripoli.", country="LY")[0].place.country == "LY"
    assert gaz.find("Clashes in Tripoli.", country="LB")[0].place.country == "LB"
    text = "Libyan militias fought in Tripoli. Benghazi and Misrata were calm. Libya's government said."
    assert gaz.country_context(text) == "LY"
    assert [m.place.country for m in gaz.find(text) if m.mention == "Tripoli"] == ["LY"]


def test_country_context(gaz) -> None:
    assert gaz.country_context("Iraqi forces entered Ramadi and Fallujah, Baghdad said.") == "IQ"
    assert gaz.country_context("Syrian rebels shelled Aleppo and Idlib.") == "SY"
    assert gaz.country_context("No places here.") is None


def test_typo_fallback_in_text(gaz) -> None:
    ms = gaz.find("Fighters were seen near Manbuj and in Damascus.", country="SY")
    assert any(m.mention == "Manbuj" and m.place.name == "Manbij" and m.score < 1 for m in ms), _names(ms)


@pytest.mark.parametrize("text", [
    "Soldiers raped two women near Kalehe (Kalehe, South Kivu) on 8 April.",   # ACLED's "(district, province)"
    "Soldiers raped two women near Kalehe, South Kivu, on Friday.",
])
def test_a_typo_outside_the_province_named_after_it_is_no_place(gaz, text) -> None:
    # one letter from Kalemie, a city of Tanganyika 400 km south: the named province says otherwise
    ms = gaz.find(text)
    assert all(m.place.name != "Kalemie" for m in ms), _names(ms)
    assert any(m.place.kind == "admin1" and m.place.country == "CD" for m in ms), _names(ms)


def test_a_typo_inside_the_province_named_after_it_stands(gaz) -> None:
    ms = gaz.find("Fighters were seen near Manbuj (Aleppo) on Monday.")
    assert any(m.mention == "Manbuj" and m.place.name == "Manbij" for m in ms), _names(ms)


def test_typo_guard_short_names(gaz) -> None:
    from warmap.places.fuzzy import TypoIndex

    index = TypoIndex([("saraqib", 1), ("raka", 2), ("kirkuk", 3), ("kirkun", 4)])
    assert index.lookup("sraqib") == (1, "saraqib", 1)
    assert index.lookup("rako") is None          # short names never get a fuzzy guess
    assert index.lookup("kirkum") is None        # two places equally near: no guess
    assert gaz.resolve("Raqa").best.name == "Ar-Raqqah"


def test_words_of_press_releases_are_no_places(gaz):
    # "More" (a GeoNames name of Moore, US) and "ASIA" (a town in the Philippines) in a
    # military release's dateline and boilerplate
    assert _names(gaz.find("SOUTHWEST ASIA - More than 70 nations belong to the Coalition.")) == [] or all(
        m.place.kind == "country" for m in gaz.find("SOUTHWEST ASIA - More than 70 nations belong to the Coalition."))


def test_villages_of_strike_lists_resolve(gaz):
    assert ("al-Kisik", "Kisik") in _names(gaz.find("Near al-Kisik, one strike hit an ISIS unit."))


@pytest.mark.parametrize(("text", "name"), [
    ("The Taliban seized the district center of Musa Qala in Helmand on Wednesday.", "Musa Qal'ah"),
    ("Afghan commandos fought insurgents in Qunduz city, Afghan officials said.", "Kunduz"),
    ("Fighting spread to Nawzad, a district north of Lashkar Gah in Afghanistan.", "Now Zad"),
])
def test_afghan_names_meet_geonames_across_persian_transliterations(gaz, text, name) -> None:
    # Qala / Qal'ah, Qunduz / Kunduz, Nawzad / Now Zad: the same folding as for Arabic names
    ms = gaz.find(text)
    assert any(m.place.name == name and m.place.country == "AF" for m in ms), _names(ms)


def test_a_demonym_is_no_misspelt_town(gaz) -> None:
    # "Malian" is one letter from Lalian (Pakistan); a Malian story is no story about Pakistan
    ms = gaz.find("On 12 May, the Malian army drove jihadist fighters out of Boni.", country="PK")
    assert all(m.mention != "Malian" for m in ms), _names(ms)
    assert gaz.country_context("On 12 May, the Malian army drove jihadist fighters out of Boni.") == "ML"


def test_a_city_named_without_its_city_suffix(gaz) -> None:
    # GeoNames writes "Marawi City" and "Cotabato City"; reports write "Marawi"
    [m] = gaz.find("Soldiers fought gunmen in Marawi on Friday.")
    assert (m.place.name, m.place.country) == ("Marawi City", "PH")
    # the story's country still decides between homonyms (Merowe in Sudan is also "Marawi")
    found = {(m.place.name, m.place.country) for m in gaz.find("Militias raided Marawi in northern Sudan.")}
    assert ("Merowe", "SD") in found


def test_a_countrys_typo_index_holds_the_keys_a_pass_over_every_alias_gives(gaz):
    # _typo_index reads only the keys of the country's places (_keys_by_country)
    from warmap.places.fuzzy import TypoIndex

    for cc in ("SY", "LY", "ZZ"):
        pairs = []
        for k, entries in gaz._aliases.items():
            own = [idx for idx, _f in entries if gaz.places[idx].country == cc]
            cities = [idx for idx in own if gaz.places[idx].kind == "city"]
            pairs.extend((k, idx) for idx in (cities or own) if gaz.places[idx].kind != "country")
        full, ours = TypoIndex(pairs), gaz._typo_index(cc)
        assert dict(ours._places) == dict(full._places) and dict(ours._deletes) == dict(full._deletes), cc
    assert len(gaz._typo_index("SY")._places) > 1000


def test_a_known_name_after_an_arabic_name_element_is_part_of_a_longer_name(gaz) -> None:
    # "Kafr Taal" is a village the gazetteer lacks; al-Tall lies 300 km south, near Damascus
    ms = gaz.find("Shells hit Kafr Taal village in the western Aleppo countryside on Tuesday.")
    assert all(m.place.name != "Al-Tall" for m in ms), _names(ms)
    # a whole name with such an element, and "Abu" (how reports write al-Qaim), still resolve
    assert ("Tell Rifaat", "Tel Rifaat") in _names(gaz.find("Shells hit Tell Rifaat on Monday."))
    assert ("Abu Qaim", "Al-Qaim") in _names(gaz.find("Clashes erupted near Abu Qaim on the Syrian border."))


def test_a_typo_may_change_a_vowel_not_a_consonant(gaz) -> None:
    # "Kibumba" (a village north of Goma) is one letter from Kirumba, a town 45 km further north
    ms = gaz.find("Troops and rebels exchanged fire around Kibumba, north of Goma, on Monday.")
    assert all(m.place.name != "Kirumba" for m in ms), _names(ms)
    assert ("Goma", "Goma") in _names(ms)


def test_a_part_of_a_town_abroad_is_not_the_namesake_city(gaz) -> None:
    ms = gaz.find("Gangs burned homes in the Brooklyn area of Port-au-Prince on Saturday.")
    assert _names(ms) == [("Port-au-Prince", "Port-au-Prince")]
    assert ("Brooklyn", "Brooklyn") in _names(gaz.find("Police cleared a protest in Brooklyn, New York, on Saturday."))


def test_a_unit_named_after_a_town_is_not_the_town(gaz) -> None:
    ms = gaz.find("The Azov regiment said its fighters still held the steel plant in Mariupol.")
    assert _names(ms) == [("Mariupol", "Mariupol")]


def test_an_obscure_alternate_name_of_a_syrian_city_stands_only_in_its_own_region(gaz) -> None:
    # "Humsa" (a hamlet the gazetteer lacks) is one of GeoNames' alternate names of Homs
    text = "Israeli bulldozers flattened 40 shacks in the herding community of Humsa in the northern Jordan Valley on Tuesday."
    assert all(m.place.name != "Homs" for m in gaz.find(text)), _names(gaz.find(text))
    # Homs by the name reports use, in a story about another country, still stands
    assert ("Homs", "Homs") in _names(gaz.find("Lebanese officials said the convoy had come from Homs on Monday."))


def test_a_country_naming_a_valley_river_or_delta_is_no_country(gaz) -> None:
    assert _names(gaz.find("Militants blew up a pipeline in the Niger Delta on Sunday.")) == []
    # the valley is a region of the West Bank (regions.tsv), never the country Jordan
    assert [(m.place.name, m.place.kind) for m in gaz.find("Settlers built a new outpost in the Jordan Valley.")] \
        == [("Jordan Valley", "region")]
    assert ("Jordan", "Jordan") in _names(gaz.find("The refugees crossed into Jordan on Sunday."))


def test_a_quarter_after_a_far_city_is_that_citys_quarter(gaz) -> None:
    # al-Khalidiya is a Homs district in the curated list; Aleppo and Baghdad have one too
    text = "Medics in Aleppo treated 50 people on Saturday after shells landed in the al-Khalidiya district."
    assert [name for _m, name in _names(gaz.find(text))] == ["Aleppo"]
    # its own city named, or no city before it: the curated quarter stands
    assert ("Khalidiya district", "Homs") in _names(gaz.find("Shells hit the Khalidiya district of Homs."))
    assert ("Khalidiya district", "Homs") in _names(gaz.find("Shells hit the Khalidiya district on Monday."))


def test_a_towns_own_province_after_a_comma_qualifies_it(gaz):
    # Puebla is a state and a city 100 km from Acatlan; after the town it is the state
    found = gaz.find("Men were beaten to death in Acatlan de Osorio, Puebla, on Wednesday.")
    assert _names(found) == [("Acatlan de Osorio", "Acatlan de Osorio")]
    assert _names(gaz.find("Gunmen fought troops in Culiacan, Sinaloa, for hours.")) == [("Culiacan", "Culiacan")]
    # a list of towns of different provinces keeps every town
    assert [m.place.name for m in gaz.find("Jets struck Raqqa, Hasakah and Deir ez-Zor.")] \
        == ["Ar-Raqqah", "Al-Hasakah", "Deir ez-Zor"]


def test_the_first_word_of_a_longer_arabic_name_is_no_place(gaz):
    # "Tal" alone is al-Tall near Damascus; here it opens a village name the gazetteer lacks
    found = gaz.find("Iraqi troops liberated the villages of Tal al-Qasaban and Qasr Mihrab west of Mosul.")
    assert [m.place.name for m in found] == ["Mosul"]
    # the whole names, where the gazetteer has them, stay
    assert [m.place.name for m in gaz.find("Shells fell on Tal Afar and Ras al-Ain.")] == ["Tal Afar", "Ras al-Ain"]


def test_ukraines_towns_in_the_national_romanisation_reports_use(gaz):
    text = "Shelling hit Kupiansk, Avdiivka, Marinka, Huliaipole and Izium."
    assert [m.place.name for m in gaz.find(text)] == ["Kupyansk", "Avdiyivka", "Mar'yinka", "Hulyaypole", "Izyum"]
    assert all(m.place.country == "UA" for m in gaz.find(text))


def test_an_institution_named_after_its_town_is_in_that_town(gaz):
    for text, name in (("Gunmen stormed Garissa University College at dawn.", "Garissa"),
                       ("Rangers detained him inside the Islamabad High Court.", "Islamabad"),
                       ("Two bombers struck the Bannu Cantonment wall.", "Bannu")):
        assert [m.place.name for m in gaz.find(text)] == [name], text
    # near misses: a newspaper, and a hospital named after a holy city
    assert gaz.find("The Washington Post reported it.") == []
    assert [m.place.name for m in gaz.find("Shells hit the al-Quds hospital in Aleppo.")] == ["Aleppo"]


def test_a_bearing_in_the_towns_own_province_qualifies_the_town(gaz):
    found = gaz.find("Warplanes struck Khan Shaykhun in southern Idlib on Monday.")
    assert [m.place.name for m in found] == ["Khan Shaykhun"]
    # near miss: the province's part on its own is named
    assert [m.place.name for m in gaz.find("Jets struck Saraqib and then targets in southern Idlib.")] \
        == ["Saraqib", "Idlib"]


def test_a_datelines_town_in_capitals_and_a_towns_old_quarter(gaz) -> None:
    # "KYIV" (four capitals) heads a wire story: no acronym; "NATO" still is one
    assert _names(gaz.find("KYIV, Aug 31 (Interfax) - A guardsman was killed by a grenade outside parliament.")) \
        == [("KYIV", "Kyiv")]
    assert _names(gaz.find("The NATO summit opened on Monday.")) == []
    # "Old Dhaka" is in Dhaka: "Old" does not make the name a longer one the gazetteer lacks
    assert ("Dhaka", "BD") in [(m.place.name, m.place.country)
                               for m in gaz.find("Grenades were thrown at a shrine in Old Dhaka before dawn.")]
