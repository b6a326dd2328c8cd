"""Classes found in session 13's blind rounds (short briefs and wire copy of several wars),
each in the project's own words with a near miss that must keep its answer."""

import datetime as dt

from helpers import make_article
from warmap.pipeline import analyse

SATURDAY = dt.date(2023, 1, 21)


def events(text: str, published: dt.date = SATURDAY):
    return analyse(make_article(text, published=published)).events


def test_a_record_since_a_year_does_not_date_the_clause_of_n_days_after():
    # the fall is three days before the retaking, whatever the record it set "since 2009"
    evs = events("Army units took back the centre of Marib town on Thursday, officials said, four days "
                 "after the town fell to Houthi fighters in the group's largest gain since 2009.")
    fall = [e for e in evs if e.sub_event_type == "Non-state actor overtakes territory"]
    assert [e.when.date for e in fall] == [dt.date(2023, 1, 15)]
    # a date of the clause's own still dates it
    evs = events("Army units took back the centre of Marib town on Thursday, officials said, four days "
                 "after the town fell to Houthi fighters on 14 January.")
    fall = [e for e in evs if e.sub_event_type == "Non-state actor overtakes territory"]
    assert [e.when.date for e in fall] == [dt.date(2023, 1, 14)]


def test_with_no_country_to_go_by_a_world_capital_beats_a_smaller_namesake():
    evs = events("Clashes between two militias in Tripoli on Friday killed nine people, medics said.")
    assert [e.location.place.country for e in evs] == ["LY"]
    # a story that says Lebanon keeps Lebanon's port
    evs = events("In northern Lebanon, clashes between two militias in Tripoli on Friday killed nine "
                 "people, Lebanese medics said.")
    assert [e.location.place.country for e in evs] == ["LB"]


def test_fighting_between_plural_armed_groups_is_a_clash_of_unnamed_groups():
    evs = events("Fighting between armed groups loyal to two rival ministers in Zawiya on Friday killed "
                 "nine people, medics said.")
    assert [(e.sub_event_type, e.actor1.actor.id) for e in evs] == [("Armed clash", "unidentified_armed_group")]
    assert all(e.actor2 is None or e.actor2.actor.type != "civilians" for e in evs)
    # one group named beside them is a side of its own
    evs = events("Fighting between gunmen and police in Zawiya on Friday killed nine people, medics said.")
    assert [(e.sub_event_type, e.actor2.actor.id) for e in evs] == [("Armed clash", "police_ly")]


def test_a_folded_alternate_abroad_names_no_province_without_a_story():
    from warmap.places import load_gazetteer
    # "Soum" folds onto an alternate name of a Yemeni hamlet: not that, but Burkina Faso's
    # province of that name, written as GeoNames writes it (places/districts.py)
    found = load_gazetteer().find("Gunmen attacked a post in Soum province on Sunday.")
    assert [(m.place.country, m.place.kind) for m in found] == [("BF", "district")]
    # a town written as its own name still stands
    found = load_gazetteer().find("Gunmen attacked a post in Mukalla on Sunday.")
    assert [m.place.country for m in found] == ["YE"]


def test_gendarmes_are_the_police_of_the_story_country():
    evs = events("NIAMEY - Gunmen attacked a gendarmerie post in Tillaberi on Friday, killing five gendarmes, "
                 "the Nigerien interior ministry said.")
    assert [(e.sub_event_type, e.actor2.actor.id) for e in evs] == [("Armed clash", "police_ne")]


def test_a_place_no_one_knows_is_not_the_dateline_nor_the_next_sentences_town():
    text = ("MOGADISHU, Somalia - Al-Shabaab fighters attacked an army base in Xoonlay, in central Somalia, "
            "on Friday, officials said.\n\n"
            "The assault began at dawn, when two vehicles packed with explosives were driven at the gate, and five soldiers were killed.\n\n"
            "A US air strike on Friday near Xoonlay killed 20 of the fighters, AFRICOM said.\n\n"
            "In October, a car bomb in Mogadishu killed 12 people at a market.")
    evs = events(text)
    friday = [e for e in evs if e.when.date == dt.date(2023, 1, 20)]
    assert sorted(e.sub_event_type for e in friday) == ["Air/drone strike", "Armed clash"]
    assert all(e.location is None for e in friday)
    # the told detail of the base attack is no event at the capital
    assert not [e for e in evs if e.location is not None and e.location.place.name == "Mogadishu"
                and e.when.date_min >= dt.date(2023, 1, 1)]
    # a sentence that names a known town is placed there again
    evs = events("MOGADISHU, Somalia - Al-Shabaab fighters attacked an army base at Xoonlay on Friday.\n\n"
                 "Later on Friday a car bomb exploded at a market in Baidoa, killing 12 people.")
    assert [e.location.place.name for e in evs if e.location is not None] == ["Baidoa"]


def test_a_sea_is_no_town_the_gazetteer_lacks():
    evs = events("Warplanes struck Houthi targets across Yemen overnight, retaliating for a campaign of "
                 "attacks on merchant ships in the Red Sea by the group.")
    assert not [e for e in evs if e.sub_event_type == "Attack"]


def test_a_capture_meeting_little_resistance_is_fought_for():
    evs = events("Rebel fighters took control of Kidal on Friday, meeting little resistance after the army withdrew.")
    assert [e.sub_event_type for e in evs] == ["Non-state actor overtakes territory"]
    # a town handed over without a fight is a transfer without fighting (ACLED's codebook)
    evs = events("Rebel fighters took control of Kidal on Friday without a fight, after elders brokered its handover.")
    assert [e.sub_event_type for e in evs] == ["Non-violent transfer of territory"]


def test_an_acled_note_brackets_give_the_unknown_villages_district_and_province():
    from warmap.places import load_gazetteer
    g = load_gazetteer()
    found = g.find("On 2 May 2022, gunmen shot dead a farmer in Bhikhi Kalan village (Mansa, Punjab).")
    assert [(m.place.country, m.geo_precision) for m in found] == [("IN", 2)]
    found = g.find("On 4 June 2023, a shell hit a house in Novoselivka (Kupianskyi, Kharkiv).")
    assert [(m.place.country, m.geo_precision) for m in found] == [("UA", 3)]
    # a village the gazetteer knows keeps its own point; the bracket only qualifies it
    found = g.find("On 4 June 2023, JNIM fighters attacked an army post in Konna (Mopti).")
    assert [(m.mention, m.geo_precision) for m in found] == [("Konna", 1)]


def test_blowing_up_or_destroying_a_shrine_is_property_destruction():
    evs = events("Islamic State fighters blew up the main hall of the 1,800-year-old Temple of Baalshamin in "
                 "Palmyra on Friday, residents said.")
    assert [e.sub_event_type for e in evs] == ["Looting/property destruction"]
    evs = events("On 20 January 2023, Ansar Dine militants destroyed several mausoleums of local saints in Gao.")
    assert [e.sub_event_type for e in evs] == ["Looting/property destruction"]
    # a town destroyed by shelling is the shelling's
    assert "Looting/property destruction" not in [e.sub_event_type for e in events(
        "Government artillery shelled Palmyra on Friday, residents said.")]


def test_what_a_protest_is_against_is_no_event_of_its_own():
    evs = events("On 20 January 2023, supporters protesting the party leader's arrest broke into the governor's "
                 "residence, known as the White House, in Peshawar, ransacked it and set it on fire.")
    assert [(e.sub_event_type, e.actor1.actor.type) for e in evs] == [("Violent demonstration", "rioters")]
    # an arrest told as one stays an arrest
    evs = events("Police arrested the party leader in Peshawar on Friday.")
    assert [e.sub_event_type for e in evs] == ["Arrests"]


def test_a_storming_crowd_fired_on_by_police_is_a_violent_demonstration():
    evs = events("NAIROBI - Protesters stormed the county assembly and set part of it on fire on Friday; police "
                 "opened fire on the crowds, killing at least three people, witnesses said.")
    assert [(e.sub_event_type, e.actor2.actor.id, e.fatalities) for e in evs] \
        == [("Violent demonstration", "police_ke", 3)]
    evs = events("COLOMBO - Thousands of protesters broke through police lines outside the prime minister's office "
                 "on Friday.")
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"]


def test_police_restoring_order_is_no_ground_won():
    evs = events("Rioters stormed the parliament building in Brasilia on Friday. Police later regained control "
                 "with tear gas.")
    assert "Government regains territory" not in [e.sub_event_type for e in evs]


def test_a_bare_toll_of_protesters_belongs_to_the_force_used_on_them():
    evs = events("On 20 January 2023, police opened fire on protesters at the port in Mandalay. 3 protesters "
                 "were killed and about 20 injured.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Excessive force against protesters", 3)]


def test_a_mob_that_kills_is_mob_violence_whoever_its_members_are():
    evs = events("On 20 January 2023, a mob of students stoned a classmate to death in Sokoto over a post.")
    assert [e.sub_event_type for e in evs] == ["Mob violence"]
    evs = events("On 20 January 2023, protesters stoned police vehicles during a march in Sokoto.")
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"]


def test_names_that_are_no_places():
    from warmap.places import load_gazetteer
    g = load_gazetteer()
    # a people's name folded onto a Turkish hamlet
    assert g.country_context("A mob attacked two Kuki-Zo women in a village of Manipur.") == "IN"
    # the first name of a leader the text names with his office
    text = ("ADDIS ABABA - A grenade hit a rally for Prime Minister Abiy Ahmed on Saturday. "
            "Abiy, who was unhurt, blamed his opponents.")
    assert [m.place.name for m in g.find(text)] == ["Addis Ababa"]
    # a deal named for the town it was made in
    evs = events("Turkish troops set up observation posts near Idlib on Friday under the Astana de-escalation agreement.")
    assert [e.location.place.country for e in evs] == ["SY"]


def test_a_side_that_stayed_out_of_the_fighting_fought_no_one():
    assert events("Hezbollah, the larger group, has so far stayed out of the fighting in Gaza, though it "
                  "voiced support for Hamas on Friday.") == []
    # staying in a fight is fighting
    evs = events("Hamas fighters clashed with Israeli troops in Gaza on Friday.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_the_toll_of_a_bombing_and_its_later_mentions_are_no_new_bombings():
    text = ("PESHAWAR: The police chief on Thursday said the death toll in the suicide bombing at the police "
            "mosque stood at 84, and that the bomber had entered the compound dressed in police uniform.\n\n"
            "A suicide bomber blew himself up in the mosque inside Peshawar's police compound during prayers "
            "on Monday.\n\n"
            "Families of the policemen killed in the bombing have demanded an inquiry.\n\n"
            "Officials said the militants have stepped up attacks on the security forces this year.\n\n"
            "The bombing, one of the deadliest in years, has put pressure on the government.")
    evs = events(text, dt.date(2023, 2, 2))
    assert [(e.sub_event_type, e.when.date) for e in evs] == [("Suicide bomb", dt.date(2023, 1, 30))]
    assert all(e.actor1 is None or e.actor1.actor.type != "state forces" for e in evs)


def test_a_capitalised_trigger_inside_a_name_is_no_event():
    evs = events("The government and the Moro Islamic Liberation Front signed a peace agreement in Manila on Friday.")
    assert [e.sub_event_type for e in evs] == ["Agreement"]


def test_a_subject_the_parser_took_for_an_adverb_still_acts():
    evs = events("Myanmar soldiers set fire to homes in Hakha on Friday, burning dozens of buildings, residents said.")
    assert [(e.sub_event_type, e.actor1.actor.id) for e in evs] == [("Looting/property destruction", "military_mm")]


def test_students_who_kill_a_classmate_are_a_mob_and_students_who_stone_police_demonstrate():
    evs = events("On 20 January 2023, students at a college in Sokoto beat a classmate to death with sticks.")
    assert [e.sub_event_type for e in evs] == ["Mob violence"]
    evs = events("On 20 January 2023, youths threw stones at soldiers in Hebron.")
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"]


def test_a_cumulative_toll_of_thousands_is_no_days_event():
    assert events("Violence linked to jihadist groups has killed thousands of people and forced two million "
                  "from their homes.") == []
    # a day's toll stays an event
    evs = events("Jihadists killed 40 people in an attack on Djibo on Friday.")
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_soldiers_who_take_control_in_a_coup_take_no_town():
    evs = events("Soldiers detained the president in Niamey on Friday and announced on television that they had "
                 "taken control, ousting the government.")
    assert "Government regains territory" not in [e.sub_event_type for e in evs]
    assert "Arrests" in [e.sub_event_type for e in evs]


def test_protesters_who_set_fires_outside_an_embassy_riot():
    evs = events("OUAGADOUGOU - Protesters set fires outside the French embassy on Friday.")
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"]


def test_unnamed_gunmen_the_sentence_then_identifies_are_that_group():
    evs = events("On Friday, gunmen believed to belong to the Islamic State group killed 40 civilians in Djibo.")
    assert [(e.sub_event_type, e.actor1.actor.id) for e in evs] == [("Attack", "isis")]
    # gunmen who fought the group are its enemy
    evs = events("Gunmen clashed with Islamic State fighters near Djibo on Friday.")
    assert [(e.actor1.actor.id, e.actor2.actor.id) for e in evs] == [("unidentified_armed_group", "isis")]


def test_a_wire_lead_on_one_site_in_a_region_is_an_event_dated_by_when_it_began():
    text = ("KABUL (AP) - Taliban fighters stormed an army base in northern Afghanistan, killing dozens of "
            "soldiers, an official said Saturday.\n\n"
            "The assault began Friday afternoon at a mosque inside the base, on the outskirts of Mazar-i-Sharif.\n\n"
            "Some of the attackers blew themselves up, while others fired on soldiers in a dining hall.\n\n"
            "The fighting lasted several hours before special forces regained control.")
    evs = events(text)
    assert [(e.sub_event_type, e.when.date, e.actor1.actor.id) for e in evs] \
        == [("Armed clash", dt.date(2023, 1, 20), "taliban")]
    # a country's tally stays none
    assert events("In Syria, coalition aircraft conducted 12 strikes on Friday, the release said.") == []


def test_people_killed_during_a_raid_of_a_named_nationality_were_killed_by_that_state():
    evs = events("On Thursday, nine Palestinians were killed during an Israeli raid on the Jenin refugee camp.")
    assert [(e.actor1.actor.id, e.location.place.country) for e in evs] == [("military_il", "PS")]
    # with no nationality on the raid, no side is made up
    assert events("On Thursday, nine people were killed during a raid on a camp near Jenin.") == []


def test_reports_not_substantiated_tell_no_strike():
    assert events("We have not substantiated any reports of civilians killed by coalition strikes in Mosul "
                  "this week, the colonel said.") == []
    evs = events("Residents reported civilians killed by coalition strikes in Mosul on Friday.")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_tallies_of_towns_and_a_wars_dead_are_no_days_events():
    assert events("The alliance's offensive has seized dozens of towns and hundreds of military posts in Shan "
                  "state.") == []
    assert events("The war has killed more than 12,000 people and driven 7 million from their homes.") == []


def test_forces_loyal_to_a_countrys_government_are_its_forces():
    evs = events("TRIPOLI - Forces loyal to Libya's U.N.-backed unity government said Monday they had seized the "
                 "last buildings held by Islamic State in Sirte.")
    assert [(e.sub_event_type, e.actor1.actor.type) for e in evs] == [("Government regains territory", "state forces")]


def test_a_river_bank_a_town_facing_and_where_people_fled_are_no_event_places():
    text = ("CAIRO - The RSF said on Monday it had taken control of Wad Madani after days of fighting.\n\n"
            "The RSF first attacked army positions around Hantoub, on the eastern bank of the Blue Nile opposite "
            "Wad Madani, on Friday.\n\n"
            "Residents said RSF fighters were looting cars in parts of the city on Tuesday, and many people were "
            "leaving on foot toward Sennar.")
    evs = events(text, dt.date(2023, 12, 19))
    places = {e.sub_event_type: e.location.place.name if e.location else None for e in evs}
    assert places["Armed clash"] is None  # Hantoub: no one knows it; not Blue Nile state, not the town it faces
    assert places["Looting/property destruction"] != "Sennar"


def test_a_strike_list_is_of_the_day_its_unread_lead_line_gives():
    text = ("Coalition congratulates partner forces\n\n"
            "The SDF seized the Tabqah airfield on March 26, giving the partner force a foothold.\n\n"
            "Strikes in Syria\n\n"
            "On May 10, Coalition military forces conducted 18 strikes consisting of 31 engagements against "
            "ISIS targets:\n\n"
            "-- Near Abu Kamal, one strike destroyed an ISIS oil pump jack.\n"
            "-- Near Shaddadi, one strike destroyed an ISIS vehicle.")
    evs = events(text, dt.date(2017, 5, 11))
    strikes = [e for e in evs if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 2 and {e.when.date for e in strikes} == {dt.date(2017, 5, 10)}
    # the capture keeps its own day
    assert [e.when.date for e in evs if e.sub_event_type != "Air/drone strike"] == [dt.date(2017, 3, 26)]


def test_a_town_taken_after_the_enemy_withdrew_changed_hands_in_the_war():
    evs = events("The Taliban took control of Aybak on Friday after government forces withdrew from the city.")
    assert [e.sub_event_type for e in evs] == ["Non-state actor overtakes territory"]
    # but a withdrawal "completed" was planned and orderly: no fight for the town (every blind round's gold
    # codes Kherson on 11 November 2022 so)
    evs = events("Ukrainian forces entered Kherson on Friday after Russian forces completed their withdrawal.")
    assert [e.sub_event_type for e in evs] == ["Non-violent transfer of territory"]
    # a handover under a deal, even one that ended weeks of fighting, is a transfer
    evs = events("Azerbaijani troops entered Agdam on Friday after Armenian forces handed it over under the "
                 "ceasefire agreement that ended six weeks of fighting.")
    assert [e.sub_event_type for e in evs] == ["Non-violent transfer of territory"]
    # and so is a town left by a side that was no enemy of the taker
    evs = events("Peshmerga took control of Kirkuk on Friday after the army abandoned its bases.")
    assert [e.sub_event_type for e in evs] == ["Non-violent transfer of territory"]


def test_an_unknown_town_of_a_phrase_or_near_the_enemy_is_not_the_datelines():
    text = ("BAMAKO - Jihadists attacked a police school in Bamako on Tuesday, the army said.\n\n"
            "In late July, Malian troops suffered heavy losses in several days of fighting against separatists and jihadists near "
            "Tinzawatene, on the Algerian border.\n\n"
            "UN investigators said Malian soldiers executed 500 people in the central town of Mourah in March 2022.")
    evs = events(text, dt.date(2024, 9, 17))
    assert [e.location.place.name if e.location else None for e in evs if e.when.date_max < dt.date(2024, 9, 1)] \
        == [None, None]
    assert [e.location.place.name for e in evs if e.when.date == dt.date(2024, 9, 17)] == ["Bamako"]


def test_launching_a_named_operation_against_a_named_enemy_is_a_clash_on_its_day():
    evs = events("The SDF launched the final phase of Operation Roundup against ISIS in the Hajin pocket on "
                 "Friday, officials said.")
    assert [(e.sub_event_type, e.actor1.actor.id, e.when.date) for e in evs] \
        == [("Armed clash", "sdf", dt.date(2023, 1, 20))]
    # an operation to come, or "launched an operation to retake", is not this trigger's
    assert events("The SDF said it would launch Operation Roundup against ISIS in the Hajin pocket next week.") == []


def test_a_member_an_alliance_includes_is_no_enemy_of_it():
    from warmap.events.tellers import _ALLY_BEFORE
    assert _ALLY_BEFORE.search("The SDF, an alliance that includes the Kurdish ")
    assert not _ALLY_BEFORE.search("The SDF, which fought the ")


def test_a_site_taken_on_its_own_day_is_ground_taken():
    evs = events("On Jan. 8, CTS troops reached the Tigris, and on Jan. 14 they took the University of Mosul, "
                 "which ISIS had used as a headquarters.", dt.date(2017, 1, 25))
    assert [(e.sub_event_type, e.when.date) for e in evs] == [("Government regains territory", dt.date(2017, 1, 14))]
    # a site "taken" as a hostage or a photo is no ground
    assert events("The militants took photos of the University of Mosul on Jan. 14.", dt.date(2017, 1, 25)) == []
