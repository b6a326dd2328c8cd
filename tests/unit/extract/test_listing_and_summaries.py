"""Classes from the second held-out set and from real releases: list sentences that tell
several events, tallies and ongoing states that tell none, seasons ACLED cannot date."""

import datetime as dt

from helpers import make_article
from warmap.events.items import list_items
from warmap.pipeline import analyse

PUBLISHED = dt.date(2016, 5, 7)  # a Saturday


def events_of(text: str, published: dt.date = PUBLISHED):
    return analyse(make_article(text, published=published)).events


def by_place(evs):
    return {e.location.place.name: e for e in evs if e.location is not None}


def test_a_daily_toll_list_gives_one_event_per_item_with_its_own_count():
    evs = events_of("Monitors counted 31 dead in Idlib province on Friday: 19 civilians in regime air raids "
                    "on Ariha, 7 civilians in shelling on Saraqib and 5 rebels in fighting near Abu al-Duhur.")
    places = by_place(evs)
    assert {"Ariha", "Saraqib"} <= set(places)
    assert places["Ariha"].sub_event_type == "Air/drone strike" and places["Ariha"].fatalities == 19
    assert places["Saraqib"].sub_event_type == "Shelling/artillery/missile attack" and places["Saraqib"].fatalities == 7
    assert places["Ariha"].actor2.actor.type == "civilians"
    assert all(e.fatalities != 31 for e in evs)


def test_one_near_x_and_the_other_near_y_are_two_events():
    evs = events_of("On Friday two roadside bombs went off in Baghdad, one near a market in Karrada "
                    "and the other near a bus stop in Kadhimiya, police said.")
    assert len([e for e in evs if e.sub_event_type == "Remote explosive/landmine/IED"]) == 2


def test_list_items_need_a_count_each():
    assert list_items("Officials said on Friday: the army holds the town, and the roads are open.") == []
    s = "Two shells landed, one in Jobar and another in Qaboun."
    assert [s[i.start:i.end] for i in list_items(s)] == ["one in Jobar", "another in Qaboun"]


def test_two_neighbouring_towns_struck_the_same_day_stay_two_events():
    evs = events_of("On Friday, regime warplanes struck Saqba. Later that day, regime warplanes also struck "
                    "Kafr Batna, activists said.")
    assert {"Saqba", "Kafr Batna"} <= set(by_place(evs))


def test_a_countrywide_tally_of_strikes_is_no_event():
    assert events_of("On May 5, Coalition forces conducted 21 strikes against ISIL in Syria and Iraq.") == []
    assert events_of("In Iraq, coalition jets carried out nine strikes on Friday.") == []


def test_a_strike_line_after_a_tally_keeps_the_striker():
    evs = events_of("On May 5, Coalition forces conducted 21 strikes against ISIL in Syria and Iraq.\n"
                    ". Near Manbij, four strikes destroyed two fighting positions.")
    assert len(evs) == 1 and evs[0].actor1.actor.id == "coalition"
    assert evs[0].location.place.name == "Manbij"


def test_what_a_force_does_habitually_is_no_event():
    assert events_of("The coalition backs the Peshmerga with training, equipment and airstrikes near Mosul.") == []


def test_an_ongoing_fight_since_a_date_is_no_event():
    assert events_of("Since 3 April, the army and its allies have been fighting the rebels around Hama.") == []


def test_a_season_is_too_coarse_for_an_event():
    assert events_of("In the spring of 2015, the rebels overran most of Idlib province.") == []


def test_a_liberation_promised_until_the_end_is_no_event():
    assert events_of("Commanders said the army will press on until every village around Hama is liberated.") == []


def test_a_notice_of_a_death_is_no_event_of_its_sender():
    evs = events_of("The ministry of defence in Baghdad announced on Friday the death of a pilot who served "
                    "with the air force in Anbar.")
    assert all(e.actor1 is None or e.actor1.actor.id not in ("iraqi_army", "iraqi_air_force") for e in evs)


def test_a_claim_names_the_author_of_the_last_event_only():
    evs = events_of("Mortar shells fell on the Jobar district of Damascus on Friday, wounding two people.\n\n"
                    "Hours later a car bomb exploded at a checkpoint in Qaboun on Friday, killing four soldiers. "
                    "Jabhat al-Nusra claimed responsibility for the bombing.")
    shells = next(e for e in evs if e.sub_event_type == "Shelling/artillery/missile attack")
    assert shells.actor1 is None or shells.actor1.actor.id != "jabhat_al_nusra"


def test_the_same_day_in_a_new_paragraph_keeps_the_date_told_before():
    evs = events_of("On Tuesday, rebels shelled the town of Mhardeh.\n\n"
                    "The same day, regime warplanes bombed Kafr Zita, activists said.")
    strike = next(e for e in evs if e.sub_event_type == "Air/drone strike")
    assert strike.when.date == dt.date(2016, 5, 3) and strike.when.precision == "day"


def test_strike_lines_with_any_strike_verb_are_strikes():
    evs = events_of("On May 5, Coalition forces conducted 12 strikes against ISIL in Iraq.\n"
                    ". Near Qayyarah, two strikes disabled a bridge and a tunnel.")
    assert [(e.sub_event_type, e.location.place.name) for e in evs] == [("Air/drone strike", "Qayyarah")]


def test_loaded_words_of_partisan_outlets_resolve_to_the_actor_meant():
    from warmap.actors import load_actors

    actors = load_actors()
    assert actors.resolve("the gangs of Assad", country="SY").id == "syrian_army"
    assert actors.resolve("Turkish shells", country="SY").id == "turkish_military"
    assert actors.resolve("the mercenaries", country="SY").id == "syrian_national_army"


def test_tallies_of_a_war_or_of_many_occasions_are_no_event():
    assert events_of("More than a million Syrians have fled and hundreds of thousands have been killed "
                     "by the shelling of Homs and Aleppo.") == []
    assert events_of("The inquiry found that the army had dropped chlorine bombs on Talmenes on at least "
                     "two occasions.") == []
    assert events_of("Kurdish fighters have recaptured 1,200 square kilometres around Hasakah.") == []


def test_statements_about_events_report_none():
    assert events_of("The use of barrel bombs by the regime in Daraa shows its contempt for civilians.") == []
    assert events_of("The minister is alarmed by reports of continued shelling in Douma.") == []
    assert events_of("Britain has supported the liberation of Manbij from Daesh.") == []


def test_continuing_to_fight_is_no_event():
    assert events_of("Tribal fighters continue to join the army and fight ISIS near Haditha.") == []


def test_the_same_sides_earlier_gain_in_a_town_it_later_takes_is_a_clash():
    evs = events_of("On Thursday, YPG fighters seized the grain silos in Tal Abyad after heavy fighting. "
                    "On Friday, the YPG took full control of Tal Abyad.")
    subs = sorted((e.when.date.isoformat(), e.sub_event_type) for e in evs)
    assert subs == [("2016-05-05", "Armed clash"), ("2016-05-06", "Non-state actor overtakes territory")]


def test_a_toll_since_the_fighting_began_is_no_event_of_its_own():
    evs = events_of("On Friday, ISIS gunmen attacked a police station in Tuz Khurmatu.\n\n"
                    "Officials say nine policemen have been killed since the attack began.")
    assert len(evs) == 1 and evs[0].fatalities == 9


def test_the_killing_beside_a_bombing_is_its_toll_wherever_the_parse_puts_it():
    evs = events_of("A suicide bomber blew himself up at a wedding in Hit, west of Ramadi, on Friday, killing 14 guests.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Suicide bomb", 14)]


def test_storming_a_village_and_killing_its_people_is_an_attack_on_civilians():
    evs = events_of("On Thursday, ISIS fighters stormed the village of Tell Tamer and killed at least 80 villagers.")
    assert [(e.sub_event_type, e.actor2.actor.type) for e in evs] == [("Attack", "civilians")]


def test_an_earlier_capture_told_in_an_after_clause_lends_no_actor():
    evs = events_of("Rebels on Friday retook the town of Morek, a month after regime forces captured it.")
    retake = [e for e in evs if e.sub_event_type == "Non-state actor overtakes territory"]
    assert len(retake) == 1 and retake[0].actor1.actor.id == "syrian_rebels"
    # the earlier capture, told "a month after", is the regime's, in the month before
    earlier = [e for e in evs if e is not retake[0]]
    assert [(e.sub_event_type, e.actor1.actor.id, e.when.precision) for e in earlier] == [
        ("Government regains territory", "syrian_army", "month")]


def test_aircraft_of_a_named_force_are_that_force():
    evs = events_of("On Friday, aircraft of the US-led coalition struck ISIS positions near Manbij.")
    assert evs[0].actor1.actor.id == "coalition"


def test_the_dead_counted_beside_a_clash_are_no_side_of_it():
    evs = events_of("On Friday, 40 people were killed: the monitor counted the deaths of 25 Ahrar al-Sham fighters "
                    "and army soldiers in clashes near Morek, and of 15 people elsewhere in the province.")
    clash = next(e for e in evs if e.sub_event_type == "Armed clash")
    assert clash.actor2 is None or clash.actor2.actor.type != "civilians"
    assert clash.fatalities == 25


def test_within_hours_of_a_named_event_does_not_take_the_date_told_before():
    evs = events_of("On Monday, rebels shelled the town of Mhardeh.\n\n"
                    "Within hours of the capture of Morek on Saturday, regime warplanes bombed Morek.")
    strike = next(e for e in evs if e.sub_event_type == "Air/drone strike")
    assert strike.when.date != dt.date(2016, 5, 2)


def test_the_gunmen_after_a_named_group_are_its_men_but_bare_gunmen_are_unidentified():
    evs = events_of("On Friday, Jaish al-Islam fighters attacked an army post in Harasta. "
                    "The gunmen then stormed a checkpoint in Harasta, the army said.")
    assert {e.actor1.actor.id for e in evs} == {"jaish_al_islam"}
    evs = events_of("On Friday, gunmen stormed a checkpoint in Tuz Khurmatu, police said.")
    assert evs[0].actor1.actor.id == "unidentified_armed_group"


def test_a_person_captured_or_freed_is_no_territory_taken():
    assert [e.sub_event_type for e in events_of("She was captured by Kurdish forces near Hasakah in March.")
            if e.event_type == "Battles"] == []
    assert [e.sub_event_type for e in events_of("Residents who were liberated from Manbij on Friday told of hunger.")
            if e.event_type == "Battles"] == []


def test_vague_past_and_running_totals_are_no_event():
    assert events_of("The enemy has used mustard gas near Kirkuk in the past.") == []
    assert events_of("The latest strikes near Raqqa bring the total of munitions dropped to 2,400.") == []


def test_a_speakers_undated_account_of_its_own_record_is_no_event():
    assert events_of("We have trained the Peshmerga, broken the siege of Amerli and pushed Daesh out of Tikrit.") == []


def test_a_month_of_this_year_is_that_month():
    evs = events_of("In March this year, rebels overran the town of Morek after a week of fighting.")
    assert [(e.when.date_min, e.when.precision) for e in evs] == [(dt.date(2016, 3, 1), "month")]


def test_within_an_hour_dates_a_past_perfect_from_the_sentence_before():
    evs = events_of("On Thursday, regime warplanes bombed Kafr Zita.\n\nWithin an hour, rebels had overrun Morek.")
    capture = next(e for e in evs if e.event_type == "Battles")
    assert capture.when.date == dt.date(2016, 5, 5)


def test_breaking_a_siege_is_government_regaining_territory_and_a_road_is_no_town():
    evs = events_of("On Friday, the army broke the siege of Kuweires after clashes with ISIS along the Aleppo road.")
    assert [(e.sub_event_type, e.location.place.name) for e in evs] == [("Government regains territory", "Kuweires")]


def test_a_dateline_in_kurdish_or_turkish_capitals_is_where_the_reporter_was():
    from warmap.nlp.sentences import dateline_spans

    text = "KOBANÊ – Kurdish fighters held their ground on Friday."
    assert [text[a:b] for a, b in dateline_spans(text)] == ["KOBANÊ – "]


def test_attacks_on_a_countrys_towns_and_a_capital_that_speaks_are_no_place():
    assert events_of("Russian jets kept up their raids on the towns of North West Syria on Friday, "
                     "in what Moscow calls a counter-terrorism operation.") == []
    evs = events_of("Regime warplanes bombed Douma on Friday, Washington said.")
    assert [e.location.place.name for e in evs] == ["Douma"]


def test_a_biographys_captures_and_references_are_no_events():
    assert [e for e in events_of("Despite being captured by Kurdish forces in 2016, Abu Hassan later escaped to Idlib.")
            if e.event_type == "Battles"] == []
    assert events_of("He was involved in the group's capture of Tabqa, the monitor said.") == []
    assert events_of("With the recent liberation of Manbij, the coalition turned to Raqqa.") == []


def test_a_protest_and_the_force_used_on_it_are_one_event():
    evs = events_of("On Friday, thousands of people protested in Basra against power cuts.\n\n"
                    "On Friday, police opened fire on protesters in Basra, killing two, medics said.")
    protests = [e for e in evs if e.event_type == "Protests"]
    assert [e.sub_event_type for e in protests] == ["Excessive force against protesters"]
