"""Session 31's classes, one row each with its near miss (layout: ``helpers.check_class_row``),
and the dateline forms of wire agencies that came with them."""
import pytest
from helpers import NOWHERE, check_class_row

from warmap.nlp.sentences import dateline_spans


@pytest.mark.parametrize(("text", "dateline"), [
    ("Bogota, Jan 3 (EFE).- At least 23 bodies were recovered.", "Bogota, Jan 3 (EFE).- "),
    ("Lima, Jan. 10 (ANDINA). The Ombudsman's Office reported 17 deaths.", "Lima, Jan. 10 (ANDINA). "),
    ("Jayapura, Papua (ANTARA) - Gunmen set fire to a plane.", "Jayapura, Papua (ANTARA) - "),
    ("Srinagar- At least 12 people were injured.", "Srinagar- "),
])
def test_wire_datelines_with_an_agency_or_a_glued_dash(text, dateline):
    # the filing town is where the reporter was, not where the events were
    assert [text[a:b] for a, b in dateline_spans(text)] == [dateline]


@pytest.mark.parametrize("text", [
    "Self-defence - A village militia held the bridge.",  # (a word with a hyphen, then a dash)
    "Kabul - The Taliban said.",                          # (mixed case needs a date, an agency or a glued dash)
    "Police said (on Monday). The Ombudsman spoke.",
])
def test_no_dateline_in_ordinary_openings(text):
    assert dateline_spans(text) == []


ROWS: list[tuple] = [
    # a country named as the owner of a site ("into Guatemala's Congress building") is no country-wide
    # tally: the riot is at the site's town, the wire story's dateline; buildings in several towns are one
    ("site_owned_by_a_country", "2020-11-22",
     "GUATEMALA CITY (AP) — Protesters broke into Guatemala's Congress building on Saturday and set part of it on fire.",
     [("Violent demonstration", "Guatemala City", "rioters_gt", None)],
     "GUATEMALA CITY (AP) — Protesters broke into town halls in several towns of Guatemala on Saturday and set "
     "them on fire.", []),
    # a side that says "it hit" positions or targets struck them, as one that says it struck them; a truck that hit
    # vehicles is no strike
    ("it_hit_positions", "2024-07-28",
     "The Israeli military said it hit Hezbollah positions in Tyre overnight.",
     [("Air/drone strike", "Tyre", "military_il", "hezbollah")],
     "The Israeli military said a truck hit two parked vehicles in Tyre overnight.", []),
    # the dead of "clashes between protesters and police" died in a riot: the protesters fought, so they are
    # the country's rioters, not civilians attacked; the same words of soldiers and rebels are a battle
    ("clashes_between_protesters_and_police", "2023-01-10",
     "Seventeen civilians died on Monday in clashes between protesters and police near the airport in Juliaca.",
     [("Violent demonstration", "Juliaca", "rioters_pe", "police_pe")],
     "Seventeen soldiers died on Monday in clashes between rebels and the army near the airport in Juliaca.",
     [("Armed clash", "Juliaca", None, None)]),
    # "each side blamed the other for the clashes": a fight between the two sides the story named, as "the two
    # sides clashed"; what each blames on the other that is no fight gives no event
    ("each_side_blamed_the_other", "2022-08-26",
     "The TPLF and the Ethiopian army have been at war since November 2020. Each side blamed the other for the "
     "clashes that began on Wednesday around the town of Kobo.",
     [("Armed clash", "Kobo", "tplf", "military_et")],
     "The TPLF and the Ethiopian army have been at war since November 2020. Each side blamed the other for the "
     "collapse of the talks in Kobo on Wednesday.", []),
    # gunmen who entered a compound and drove away its tankers looted it: the entry is the way in, no ground
    # taken; rebels who entered a town took it
    ("entered_a_compound_and_drove_away", "2022-08-26",
     "On Wednesday, armed men entered a World Food Programme compound in Mekelle and drove away 12 tankers of fuel, "
     "the agency said.",
     [("Looting/property destruction", "Mek'ele", "unidentified_armed_group", None)],
     "On Wednesday, rebels entered the town of Kobo, the agency said.",
     [("Non-state actor overtakes territory", "Kobo", None, None)]),
    # drones a side "engaged", and a car laden with explosives whose driver was arrested, were attacks stopped;
    # drones launched that hit, and a car laden with explosives that blew up, were attacks made
    ("engaged_drones", "2023-10-20",
     "On Wednesday, US forces engaged three drones near Ain al-Asad, destroying two and damaging one.",
     [("Disrupted weapons use", None, "us_military", None)],
     "On Wednesday, militants launched three drones at US forces near Ain al-Asad, damaging a hangar.",
     [("Air/drone strike", None, "unidentified_armed_group", "us_military")]),
    ("arrested_with_a_car_laden_with_explosives", "2024-08-03",
     "Police in Mogadishu on Saturday arrested a suspect who was driving a car laden with explosives near the beach.",
     [("Disrupted weapons use", "Mogadishu", None, None)],
     "A car laden with explosives blew up near a checkpoint in Mogadishu on Saturday, killing three people.",
     [("Remote explosive/landmine/IED", "Mogadishu", None, None)]),
    # a person "taken ... hostage" with words between is abducted, as one "taken hostage"; those who "took part in
    # the prisoner exchange" took no one
    ("taken_a_pilot_hostage", "2023-02-08",
     "Gunmen have taken two Italian engineers hostage in Tripoli on Tuesday, police said.",
     [("Abduction/forced disappearance", "Tripoli", None, None)],
     "Fighters who took part in the prisoner exchange returned to Tripoli on Tuesday, police said.", []),
    # a suspect "shot and arrested" was stopped and held: the shot is part of the arrest, whose doer the sentence
    # does not name (not an unnamed gunman attacking civilians); traders shot and wounded were attacked
    ("shot_and_arrested", "2021-11-16",
     "Police said a fourth suspected bomber was shot and arrested in Kampala on Tuesday.",
     [("Arrests", "Kampala", NOWHERE, None)],
     "Police said gunmen shot and wounded two traders in Kampala on Tuesday.",
     [("Attack", "Kampala", "unidentified_armed_group", "civilians_ug")]),
    # "San Lorenzo, in Ecuador's northern province of Esmeraldas": the country's possessive before the
    # bearing still tells the town's province (San Lorenzo is also a town of Colombia and Paraguay)
    ("town_in_a_countrys_province_of", "2018-01-27",
     "A car bomb exploded on Saturday outside the police command in San Lorenzo, in Ecuador's northern province "
     "of Esmeraldas, injuring 28 people.",
     [("Remote explosive/landmine/IED", "San Lorenzo de Esmeraldas", None, None)],
     "A car bomb exploded on Saturday outside a police command in Ecuador's northern province of Esmeraldas, "
     "injuring 28 people.",
     [("Remote explosive/landmine/IED", "Esmeraldas", None, None)]),
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_session31_class_and_its_near_miss(row):
    check_class_row(row)
