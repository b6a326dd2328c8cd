"""Extraction on sentences written in the styles real reports use (one class per test)."""

import datetime as dt

import pytest

from helpers import make_article
from warmap.pipeline import analyse

PUBLISHED = dt.date(2014, 6, 23)  # a Monday


def events_of(text: str):
    return analyse(make_article(text, published=PUBLISHED)).events


def one(text: str):
    evs = events_of(text)
    assert len(evs) == 1, [(e.sub_event_type, e.sources[0].sentence) for e in evs]
    return evs[0]


def test_capture_by_non_state_actor_with_relative_date():
    e = one("Meanwhile, on Saturday, ISIS captured both sides of al-Qaim border crossing.")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Non-state actor overtakes territory")
    assert e.actor1.actor.id == "isis"
    assert e.location.place.country == "IQ" and abs(e.location.place.lon - 41.1) < 0.2
    assert e.when.date == dt.date(2014, 6, 21) and e.when.precision == "day"


def test_passive_capture_takes_the_agent_as_actor1():
    e = one("The town of Shaddadi was captured by Jabhat al-Nusra last Friday.")
    assert e.actor1.actor.id == "jabhat_al_nusra"
    assert e.when.date == dt.date(2014, 6, 20)


def test_state_forces_retaking_a_town():
    e = one("Iraqi forces retook Tikrit on Wednesday.")
    assert e.sub_event_type == "Government regains territory"
    assert e.actor1.actor.id == "iraqi_army"


def test_air_strike_with_civilian_victims():
    e = one("The Syrian air force raided ISIS-controlled Raqa on Sunday and 12 civilians were killed in the air strikes.")
    assert e.sub_event_type == "Air/drone strike"
    assert e.actor1.actor.id == "syrian_air_force"
    assert e.actor2.actor.type == "civilians"
    assert e.fatalities == 12
    assert e.location.place.admin1 and "Raq" in e.location.place.admin1


def test_clash_between_two_actors():
    e = one("Clashes between the YPG and ISIS in Kobani killed 20 fighters on Monday.")
    assert e.sub_event_type == "Armed clash"
    assert {e.actor1.actor.id, e.actor2.actor.id} == {"ypg", "isis"}
    assert e.fatalities == 20


def test_pledge_of_allegiance_keeps_parent_of_sub_unit():
    e = one("The local unit of Al-Qaeda's Syrian branch in Albu Kamal pledged loyalty Wednesday, June 25, to ISIS.")
    assert e.sub_event_type == "Change to group/activity"
    assert e.actor1.actor.id == "jabhat_al_nusra" and e.actor2.actor.id == "isis"
    assert e.when.date == dt.date(2014, 6, 25)


@pytest.mark.parametrize("text", [
    "There are no clashes between the regime and ISIS in Deir ez-Zor.",
    "Clashes may begin at any time in Deir ez-Zor.",
    "If they cross into Raqqa, we will fight them.",
    "The army is expected to launch a counter-offensive on Tikrit.",
    "ISIS has threatened to storm the Tabqa airbase.",
])
def test_negated_hypothetical_threat_forecast_give_no_event(text):
    assert events_of(text) == []


def test_attributed_claim_has_lower_confidence():
    plain = one("ISIS executed 16 men in Muhassan on Saturday.")
    claimed = one("Activists accused ISIS of executing 16 men in Muhassan on Saturday.")
    assert claimed.sub_event_type == plain.sub_event_type == "Attack"
    assert claimed.confidence < plain.confidence


def test_air_support_is_part_of_the_ground_battle():
    e = one("Peshmerga forces, backed by US air strikes, recaptured Mosul Dam on Monday.")
    assert e.event_type == "Battles" and e.actor1.actor.id == "peshmerga"


def test_evidence_points_at_the_words():
    text = "On Saturday, ISIS captured al-Qaim."
    e = one(text)
    fields = {ev.field: ev for ev in e.evidence}
    for name in ("trigger", "actor1", "location", "date"):
        ev = fields[name]
        assert text[ev.start:ev.end] == ev.text
    assert fields["actor1"].text == "ISIS" and fields["date"].text.endswith("Saturday")


def test_ids_are_stable():
    text = "On Saturday, ISIS captured al-Qaim."
    assert [e.id for e in events_of(text)] == [e.id for e in events_of(text)]


@pytest.mark.parametrize("text", [
    # military exercises are a classic false event in automatic coders
    "Jordanian and American artillery units fired rockets near Zarqa during a live-fire exercise on Monday.",
    # weapon words naming things, not events
    "An artillery crewmember from the Iraqi army said the missile defence unit moved to Baghdad on Monday.",
    # purpose clauses: intended, not done
    "Coalition jets arrived in Erbil on Monday to join the fight against ISIS.",
    # 'executed' as 'carried out'
    "The operation in Husaybah was executed by coalition forces on Monday.",
])
def test_classes_of_false_events(text):
    assert events_of(text) == []


def test_unknown_named_place_is_not_replaced_by_the_storys_town():
    text = ("ISIS fighters have been active around Ramadi for weeks.\n\n"
            "On Saturday the Tharthar Barrage was captured by ISIS.")
    e = one(text)
    assert e.location is None or e.location.place.name != "Ramadi"


def test_monitor_style_clash_between_sides_on_the_verb():
    e = one("Clashes continued on Wednesday between regime forces and rebel factions in the vicinity of Jobar.")
    assert e.sub_event_type == "Armed clash"
    assert {e.actor1.actor.id, e.actor2.actor.id} == {"syrian_army", "syrian_rebels"}


def test_unclaimed_bombing_has_an_unidentified_perpetrator_and_its_target():
    e = one("A roadside bomb exploded near a police patrol in Baqubah on Wednesday, killing 2 policemen.")
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.actor1.actor.id == "unidentified_armed_group"
    assert e.actor2.actor.id == "iraqi_police" and e.fatalities == 2


def test_kidnapping_by_gunmen_is_an_abduction():
    e = one("Gunmen kidnapped a journalist in the city of Kirkuk on Sunday.")
    assert e.sub_event_type == "Abduction/forced disappearance"
    assert e.actor2.actor.type == "civilians"


def test_people_who_protest_are_protesters_of_the_place():
    e = one("Hundreds of people protested in the city of Sulaymaniyah on Monday against the delay in paying salaries.")
    assert e.event_type == "Protests" and e.actor1.actor.id == "protesters_iraq"



def test_taking_people_away_is_an_abduction():
    e = one("ISIS fighters took the women and girls of Kocho away in trucks on Friday.")
    assert e.sub_event_type == "Abduction/forced disappearance" and e.actor1.actor.id == "isis"


def test_civilians_never_capture_or_strike():
    for e in events_of("Syrian civilians fled as the town of Manbij was captured by ISIS on Saturday."):
        assert e.actor1 is None or e.actor1.actor.type != "civilians"


def test_means_of_support_are_not_events():
    assert events_of("The coalition supports the SDF near Raqqa through training and airstrikes.") == []


def test_car_bomb_victims_named_as_people_are_civilians():
    e = one("At least 20 people were killed when a car bomb exploded in a crowded market in Baghdad's Sadr City on Tuesday.")
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.actor2.actor.id == "civilians_iraq" and e.fatalities == 20


def test_a_strike_in_another_country_does_not_take_the_storys_town():
    text = ("ISIS fighters attacked Kobani again on Monday, the YPG said.\n\n"
            "Turkish jets struck PKK positions in northern Iraq overnight, the military said.")
    strike = next(e for e in events_of(text) if e.sub_event_type == "Air/drone strike")
    assert strike.location is None or strike.location.place.country == "IQ"


def test_assassination_of_an_official_is_an_attack():
    e = one("Unknown gunmen assassinated the mayor of Daraa on Tuesday.")
    assert e.sub_event_type == "Attack" and e.actor2.actor.type == "civilians"
