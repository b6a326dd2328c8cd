"""Session 33's classes, one row each with its near miss (layout: ``helpers.check_class_row``)."""
import datetime as dt

import pytest
from helpers import NOWHERE, check_class_row, make_article, summarise

ROWS: list[tuple] = [
    # "shot 23 of them dead": the counted part of the people named before ("passengers") are the victims, so
    # the killing is an attack on civilians; part of the militants named before is a fight
    ("part_of_them_killed", "2024-08-27",
     "Armed men blocked the highway in Musakhail early on Monday, forced passengers off buses and shot 23 of "
     "them dead.",
     [("Attack", None, "unidentified_armed_group", None)],
     "Troops surrounded the militants in a house in Musakhail on Monday and shot three of them dead.",
     [("Armed clash", None, None, None)]),
    # "neutralised five terrorists": a state's word for killing or capturing the armed men it fights; a
    # threat "neutralised" is no one
    ("neutralised_fighters", "2022-04-19",
     "Troops neutralised five terrorists in Konduga on Monday, the army said.",
     [("Armed clash", "Konduga", "military_ng", None)],
     "The army said the threat had been neutralised in Konduga on Monday.", []),
    # "threw petrol bombs and other missiles at police": missiles thrown by hand in a riot, no rocket fire;
    # missiles fired are
    ("missiles_thrown", "2021-04-08",
     "Loyalist youths threw petrol bombs and other missiles at police in west Belfast last night.",
     [("Violent demonstration", "Belfast", "rioters_gb", "police_gb")],
     "Militants fired two missiles at the police base in west Belfast last night.",
     [("Shelling/artillery/missile attack", "Belfast", None, None)]),
    # a road named in the town that holds it ("the Shankill Road in west Belfast") is a part of that town, no
    # unknown place; a town the gazetteer lacks is one
    ("road_in_a_named_town", "2021-04-08",
     "Rioters set a bus on fire at the junction of Lanark Way and the Shankill Road in west Belfast last night.",
     [("Violent demonstration", "Belfast", None, None)],
     "Rioters set a bus on fire at the junction of the main road in Ballykeel last night.",
     [("Violent demonstration", NOWHERE, None, None)]),
    # "a day after heavy fighting between the army and Fano around Bure": a fight with its sides named is told
    # here, not pointed at; "after the fighting" points at one told elsewhere
    ("after_a_fight_with_its_sides", "2023-08-15",
     "The strike came a day after heavy fighting between the Ethiopian army and Fano militia around Bure town on "
     "Saturday.",
     [("Armed clash", "Bure", "military_et", "fano")],
     "The strike came a day after the fighting around Bure town on Saturday.", []),
    # "braved the rain ... to protest": a crowd out in the street to protest is the protest; a crowd that will
    # come to protest is a plan
    ("braved_to_protest", "2023-01-22",
     "Tens of thousands of Israelis braved the rain in central Tel Aviv on Saturday night to protest against the "
     "government's plan.",
     [("Peaceful protest", "Tel Aviv", "protesters_il", None)],
     "Thousands of Israelis will come to Tel Aviv on Saturday night to protest against the plan.", []),
    # "launched explosive attack drones at Safed": "attack" names the kind of drone; the launch is a drone strike
    # (before, an armed clash on "attack"); an attack on the base is one
    ("attack_drones_launched", "2024-01-09",
     "Hezbollah said its fighters launched \"a number of explosive attack drones\" at the Israeli army's "
     "headquarters in Safed on Tuesday.",
     [("Air/drone strike", "Safed", "hezbollah", None)],
     "Hezbollah said its fighters launched an attack on the Israeli army's headquarters in Safed on Tuesday.",
     [("Armed clash", "Safed", "hezbollah", None)]),
    # "died when attackers set fire to their house": the burning killed them, an attack on civilians; a house
    # set on fire with no one dying is property destroyed
    ("died_when_set_on_fire", "2013-01-05",
     "A farmer and his wife died early on Friday when a group of attackers set fire to their house near Vilcun.",
     [("Attack", "Vilcun", "unidentified_armed_group", None)],
     "A group of attackers set fire to a farmer's house near Vilcun early on Friday.",
     [("Looting/property destruction", "Vilcun", "unidentified_armed_group", None)]),
    # a national guard, unnamed, is the country's state force: a clash with it has two sides
    ("national_guard", "2014-02-13",
     "Gunmen clashed with the National Guard in Kasserine on Wednesday, the interior ministry said.",
     [("Armed clash", "Kasserine", None, "military_tn")],
     "Gunmen clashed with the guards of a private estate in Kasserine on Wednesday, the interior ministry said.",
     [("Armed clash", "Kasserine", None, None)]),
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_session33_class_and_its_near_miss(row):
    check_class_row(row)


def _days(text: str, published: dt.date) -> list[dt.date | None]:
    from warmap.pipeline import analyse

    return [e.when.date for e in analyse(make_article(text, published=published)).events]


@pytest.mark.parametrize("words, day", [
    ("on Tuesday last week", dt.date(2023, 8, 8)),         # the Tuesday of the week before the page's
    ("on Friday of last week", dt.date(2023, 8, 11)),
    ("on Monday this week", dt.date(2023, 8, 14)),
    ("on Tuesday", dt.date(2023, 8, 15)),                  # near miss: the page's own Tuesday
])
def test_a_weekday_of_a_named_week_is_that_weeks_day(words, day):
    # published on Tuesday 15 August 2023; before, "Tuesday last week" was read as the page's own Tuesday
    text = f"Federal troops took control of the centre of Gondar {words}, residents said."
    assert _days(text, dt.date(2023, 8, 15)) == [day]
