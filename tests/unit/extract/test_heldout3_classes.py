"""Classes from the third held-out set (e0*): force on a protest camp, spans that are no one
day, bombs stopped before they went off, walk-outs and walk-ins, one-sided fights whose enemy
the report named before, months told after the fact, buildings named after far places."""

import datetime as dt

from helpers import make_article
from warmap.events.fatalities import find_fatalities
from warmap.pipeline import analyse

PUBLISHED = dt.date(2015, 6, 10)  # a Wednesday


def events_of(text: str, published: dt.date = PUBLISHED):
    return analyse(make_article(text, published=published)).events


def test_troops_storming_a_sit_in_and_killing_are_force_on_protesters():
    evs = events_of("Riot police stormed a sit-in outside Samarra on Monday, killing four people.")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Protests", "Excessive force against protesters")]
    assert evs[0].actor2.actor.type == "protesters" and evs[0].fatalities == 4


def test_storming_a_village_is_still_a_capture():
    evs = events_of("Iraqi troops stormed the village of Albu Ajil on Monday.")
    assert evs and evs[0].event_type == "Battles"


def test_a_span_of_months_or_a_past_year_is_no_one_event():
    assert events_of("Regime helicopters have bombed Darayya in recent months, residents say.") == []
    assert events_of("Most of the men in the unit are conscripts who deserted over the past two years.") == []


def test_a_bomb_destroyed_before_it_reached_the_troops_is_disrupted_weapons_use():
    evs = events_of("ISIS fighters shelled Baiji on Sunday. The militants sent two suicide truck bombs at the "
                    "refinery gates in Baiji on Monday, but both were destroyed before they reached the walls.")
    stopped = [e for e in evs if e.sub_event_type == "Disrupted weapons use"]
    assert len(stopped) == 1 and stopped[0].actor2.actor.id == "isis"
    assert not any(e.sub_event_type == "Suicide bomb" for e in evs)


def test_a_defused_roadside_bomb_is_disrupted_weapons_use():
    evs = events_of("Police defused a roadside bomb near the main market in Tuz Khurmatu on Tuesday.")
    assert [e.sub_event_type for e in evs] == ["Disrupted weapons use"]


def test_one_side_walking_out_and_another_walking_in_is_a_non_violent_transfer():
    evs = events_of("Rebel fighters pulled out of Khan Tuman on Monday and Syrian troops moved into the village.")
    assert [e.sub_event_type for e in evs] == ["Non-violent transfer of territory"]
    assert evs[0].actor1.actor.id == "syrian_army"


def test_a_withdrawal_alone_is_still_no_event():
    assert events_of("Rebel fighters pulled out of Khan Tuman on Monday.") == []


def test_a_one_sided_fight_takes_the_enemy_named_before():
    evs = events_of("ISIS militants blew up a shrine in Tikrit on Monday. Iraqi police fought their way "
                    "into the city centre of Tikrit on Tuesday.")
    clash = [e for e in evs if e.sub_event_type == "Armed clash"]
    assert clash and clash[0].actor2.actor.id == "isis"


def test_a_bare_month_after_publication_is_last_years():
    evs = events_of("Kurdish fighters retook Tal Abyad in September, the commander recalled.")
    assert evs and evs[0].when.date_min == dt.date(2014, 9, 1)


def test_n_of_them_is_part_of_the_toll():
    assert find_fatalities("The barrage killed 11 people, four of them children.")[0] == 11


def test_a_hospital_named_after_a_far_city_is_no_place():
    evs = events_of("Regime jets bombed the al-Quds hospital in Aleppo on Monday.")
    assert evs and all(e.location.place.country == "SY" for e in evs)


def test_a_toll_partly_of_fighters_does_not_make_the_victims_civilians():
    evs = events_of("On Sunday, rockets hit the Shayrat airbase, killing nine people, five of them Russian "
                    "military advisers; Damascus blamed the coalition.")
    assert evs and all(e.actor2 is None or e.actor2.actor.type != "civilians" for e in evs)


def test_missiles_fired_by_helicopters_are_an_air_strike():
    evs = events_of("Army helicopters fired rockets at insurgent hideouts outside Baiji on Tuesday.")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_a_merged_group_name_before_the_object_is_the_target():
    evs = events_of("Russian warplanes struck Jabhat al-Nusra positions around Saraqib on Tuesday.")
    assert evs and evs[0].actor2 is not None and evs[0].actor2.actor.id == "jabhat_al_nusra"


def test_weapons_named_with_their_side_or_fired_by_it_give_the_actor():
    evs = events_of("Regime tanks shelled the Waer district of Homs on Sunday.")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.actor.id == "syrian_army"
    evs = events_of("A nurse died on Sunday when mortars fired by rebel fighters hit a clinic in Hamdaniyah, Aleppo.")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.actor.id == "syrian_rebels"


def test_the_name_right_after_the_strike_verb_is_its_target_in_a_long_sentence():
    evs = events_of("Russian jets bombed Jaish al-Islam bases near Douma on Friday before the convoy left the "
                    "town, the Russian ministry said.")
    strikes = [e for e in evs if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].actor2 is not None and strikes[0].actor2.actor.id == "jaish_al_islam"


def test_an_unclaimed_bomb_at_a_security_post_hits_the_force_unless_civilians_are_said():
    evs = events_of("A roadside bomb went off beside an army patrol in Tarmiyah on Monday, killing three people.")
    assert evs and evs[0].actor2 is not None and evs[0].actor2.actor.type == "state forces"
    evs = events_of("A roadside bomb went off beside an army patrol in Tarmiyah on Monday, killing three civilians.")
    assert evs and evs[0].actor2 is not None and evs[0].actor2.actor.type == "civilians"


def test_two_places_taken_on_two_dates_in_one_sentence_are_two_events_with_their_own_dates():
    evs = events_of("The militants overran Hit in October and al-Baghdadi in February.", dt.date(2015, 3, 20))
    days = {e.location.place.name: e.when.date_min for e in evs}
    assert days.get("Hit") == dt.date(2014, 10, 1) and dt.date(2015, 2, 1) in days.values()


def test_two_districts_of_one_town_taken_in_two_months_are_two_takeovers():
    evs = events_of("Government troops retook Jobar in March and Qaboun in May.", dt.date(2017, 6, 1))
    takeovers = sorted(e.when.date_min for e in evs if e.sub_event_type == "Government regains territory")
    assert takeovers == [dt.date(2017, 3, 1), dt.date(2017, 5, 1)]


def test_missiles_shot_down_are_disrupted_weapons_use_not_an_attack():
    evs = events_of("State television said air defences had intercepted several Israeli missiles over Masyaf on Monday.")
    assert [e.sub_event_type for e in evs] == ["Disrupted weapons use"]
    assert evs[0].actor2 is not None and evs[0].actor2.actor.id == "military_il"


def test_the_side_blamed_in_the_strike_sentence_is_its_actor():
    evs = events_of("On Sunday, rockets hit a market in Azaz, killing seven people; Ankara blamed the YPG.")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.actor.id == "ypg"
    evs = events_of("On Monday, missiles hit the Mezzeh airbase near Damascus; Syria blamed Israel.")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.actor.id == "military_il"


def test_the_side_fired_at_is_the_target_of_the_weapon():
    evs = events_of("Nusra fighters fired mortars at the Syrian army in Khan Tuman on Tuesday.")
    assert evs and evs[0].actor2 is not None and evs[0].actor2.actor.id == "syrian_army"
