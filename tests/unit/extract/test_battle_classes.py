"""Battle reports in the habits of wire services, monitors and military releases from several
wars: each test is one class of sentence that gave no battle (or a wrong side) before, with a
near miss that must stay as it is. Sentences are written here, not copied from reports."""

import datetime as dt

from helpers import make_article
from warmap.pipeline import analyse

THURSDAY = dt.date(2022, 12, 1)


def battles(text: str, published: dt.date = THURSDAY):
    return [e for e in analyse(make_article(text, published=published)).events if e.event_type == "Battles"]


def sides(e) -> set[str]:
    return {a.actor.id for a in (e.actor1, e.actor2) if a is not None}


def test_attacks_fended_off_name_their_nationality_as_the_enemy():
    for text in ("Ukrainian troops repelled 11 Russian attacks near Avdiivka on Tuesday, the general staff said.",
                 "Ukrainian troops fought off nine Russian assaults around Avdiivka on Tuesday."):
        evs = battles(text)
        assert len(evs) == 1, text
        assert evs[0].sub_event_type == "Armed clash"
        assert sides(evs[0]) == {"military_ua", "russian_military"}
    # a nationality of the defenders' own state names no enemy
    assert battles("Ukrainian troops repelled Ukrainian-made drones near Avdiivka on Tuesday.") == []


def test_a_government_building_taken_is_a_place_not_the_government_acting():
    evs = battles("Iraqi soldiers retook the government compound in Fallujah from Islamic State "
                  "fighters on Sunday, an officer said.")
    assert len(evs) == 1
    e = evs[0]
    assert e.sub_event_type == "Government regains territory"
    assert e.actor1.actor.id == "iraqi_army" and e.actor2.actor.id == "isis"
    # stormed, its keepers are the state's forces
    evs = battles("Islamic State fighters stormed the government complex in Fallujah on Sunday.")
    assert [sides(e) for e in evs] == [{"isis", "iraqi_army"}]


def test_forces_allied_to_the_government_are_its_forces_and_tribesmen_a_communal_militia():
    evs = battles("Houthi fighters clashed with government-allied forces south of Hodeidah on Wednesday.")
    assert [sides(e) for e in evs] == [{"houthis", "military_ye"}]
    evs = battles("Houthi fighters clashed with tribesmen in Marib province on Wednesday.")
    assert [sides(e) for e in evs] == [{"houthis", "unidentified_communal_militia_ye"}]


def test_a_counted_stretch_of_fighting_is_reported_not_referred_to():
    evs = battles("Scores of fighters have died in three days of fierce fighting between the Houthis and "
                  "tribesmen in Marib province, officials said on Wednesday.")
    assert len(evs) == 1 and evs[0].sub_event_type == "Armed clash"
    # "within hours of the attack" still points back at an event told elsewhere
    assert battles("Within hours of the attack, the Houthis said they had done nothing in Marib.") == []


def test_fighting_that_began_days_ago_is_dated_by_its_first_day():
    evs = battles("Afghan forces have been fighting Taliban insurgents in Kunduz since Monday, officials said.")
    assert len(evs) == 1
    assert evs[0].when.date == dt.date(2022, 11, 28)
    # a war's long course is still no one day's event
    assert battles("Afghan forces have been fighting Taliban insurgents in Kunduz since 2015, officials said.") == []


def test_engaged_the_enemy_is_a_clash_but_engaged_in_talks_is_not():
    evs = battles("Forces of the unity government engaged Islamic State fighters in eastern Sirte on Wednesday.")
    assert [sides(e) for e in evs] == [{"gna_forces", "isis"}]
    assert battles("Officials of the unity government engaged in talks with tribal elders in Sirte on Wednesday.") == []


def test_coming_under_fire_from_a_named_group_is_a_clash():
    evs = battles("A Somali army patrol came under fire from al-Shabaab fighters near Afgoye on Monday.")
    assert [sides(e) for e in evs] == [{"military_so", "al_shabaab"}]
    assert battles("The defence minister came under fire from lawmakers in Mogadishu on Monday.") == []


def test_an_ally_named_with_its_support_is_neither_side():
    evs = battles("Iraqi police, with coalition air support, recaptured the town of Rutba on Saturday.")
    assert len(evs) == 1 and evs[0].sub_event_type == "Government regains territory"
    assert "coalition" not in sides(evs[0])
    evs = battles("With Russian air support, Syrian troops recaptured Qaryatayn on Sunday.")
    assert len(evs) == 1 and sides(evs[0]) == {"syrian_army"}


def test_a_counterattack_and_a_town_secured_are_battles():
    evs = battles("Islamic State fighters mounted a counterattack on Iraqi troops near Hit on Tuesday.")
    assert [sides(e) for e in evs] == [{"isis", "iraqi_army"}]
    evs = battles("Iraqi forces secured the town of Rutba on Monday, an army spokesman said.")
    assert [e.sub_event_type for e in evs] == ["Government regains territory"]
    # a release secured is no capture, and the hostages freed are no abduction
    evs = analyse(make_article("The government secured the release of 12 hostages in Rutba on Monday.",
                               published=THURSDAY)).events
    assert [e.sub_event_type for e in evs] == ["Other"]


def test_a_nationality_on_the_noun_before_is_not_carried_onto_the_next():
    evs = battles("Iraqi troops and Shiite militias drove Islamic State fighters out of Tikrit on Tuesday.")
    assert len(evs) == 1
    assert evs[0].actor1.actor.id in ("iraqi_army", "pmf")  # not an Unidentified Armed Group


def test_a_police_compound_stormed_is_an_assault_and_a_un_camp_is_the_mission():
    evs = battles("Taliban gunmen stormed a police compound in Jalalabad on Sunday and fought the guards for hours.")
    assert [(e.sub_event_type, sides(e)) for e in evs] == [("Armed clash", {"taliban", "police_af"})]
    evs = battles("Gunmen attacked a UN camp near Timbuktu on Saturday, killing two peacekeepers.")
    assert len(evs) == 1 and "minusma" in sides(evs[0])


def test_rival_groups_fight_each_other_and_their_dead_are_the_clash_toll():
    for text in ("Rival militias fought with heavy weapons in Zawiya overnight, Libyan officials said, "
                 "reporting nine dead.",
                 "Clashes between rival armed groups in the Libyan city of Zawiya killed nine people on Tuesday."):
        evs = analyse(make_article(text, published=THURSDAY)).events
        assert [(e.sub_event_type, e.actor1.actor.name, e.fatalities) for e in evs] == [
            ("Armed clash", "Unidentified Armed Group (Libya)", 9)], text
    # without "rival", one unnamed group killing people is still an attack on them
    evs = analyse(make_article("Gunmen killed nine people in the Libyan city of Zawiya on Tuesday.",
                               published=THURSDAY)).events
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_artillery_fire_exchanged_is_a_clash():
    evs = battles("Turkish troops and Kurdish fighters exchanged artillery fire near Tal Abyad on Friday.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"] and len(sides(evs[0])) == 2


def test_allies_named_together_are_not_each_others_enemy():
    # an advance or an attack by two sides named together: they fight on one side
    assert battles("Iraqi troops and Kurdish peshmerga fighters pressed their advance toward Hawija today.") == []
    evs = battles("Turkish troops and Syrian rebels attacked Kurdish positions near Tal Rifaat on Monday.")
    assert [sides(e) for e in evs] == [{"turkish_military", "ypg"}]
    # fighting each other, they are the two sides
    evs = battles("Government troops and rebels clashed near Deraa on Monday.")
    assert [sides(e) for e in evs] == [{"syrian_army", "syrian_rebels"}]
    # two parties of a deal stay its two sides
    evs = analyse(make_article("On Monday the Houthis and government forces swapped prisoners in Taiz under a "
                               "deal brokered by tribal elders.", published=THURSDAY)).events
    assert all(e.actor2 is None or e.actor2.actor.type != "civilians" for e in evs)


def test_a_spokesman_for_a_named_command_and_his_audience_are_no_side():
    text = ("Iraqi troops attacked Islamic State fighters near Hawija today, the spokesman for Combined "
            "Joint Task Force Operation Inherent Resolve told Pentagon reporters by video link.")
    evs = battles(text)
    assert [sides(e) for e in evs] == [{"iraqi_army", "isis"}]


def test_a_relative_clauses_date_does_not_date_the_event():
    text = ("On Thursday, peshmerga fighters took control of six villages near Bashiqa.\n\n"
            "Iraqi army units entered the town of Qaraqosh, which Islamic State fighters had held since 2014.")
    evs = [e for e in battles(text) if e.location and e.location.place.name == "Qaraqosh"]
    assert len(evs) == 1 and evs[0].when.date == dt.date(2022, 12, 1)


def test_the_city_of_a_paragraph_that_opened_on_a_town_is_that_town():
    text = ("Iraqi troops retook Qaraqosh from Islamic State fighters on Tuesday, and Qaraqosh was quiet on "
            "Wednesday. Qaraqosh is 20 miles from Mosul.\n\n"
            "In Kirkuk, Islamic State gunmen attacked police stations on Wednesday. Kurdish security forces "
            "fought the attackers across the city on Wednesday, he said.")
    kirkuk = [e for e in battles(text) if e.location and e.location.place.name == "Kirkuk"]
    assert kirkuk and not [e for e in battles(text) if "across the city" in e.sources[0].sentence
                           and e.location.place.name != "Kirkuk"]


def test_weapons_named_as_a_sides_means_are_no_attack():
    text = "Islamic State fighters have responded with suicide car bombs, snipers and roadside bombs."
    assert analyse(make_article(text, published=THURSDAY)).events == []
    # one dated use is an attack
    evs = analyse(make_article("Militants used a car bomb to attack a checkpoint in Kirkuk on Monday.",
                               published=THURSDAY)).events
    assert len(evs) == 1


def test_a_dateline_on_a_line_of_its_own_is_where_the_reporter_was():
    text = ("KABUL —\n\nTaliban fighters overran a district centre in Kunduz province on Saturday.\n\n"
            "The Taliban said their fighters had killed dozens of soldiers.\n\n"
            "Afghan air force jets bombed Taliban positions near the district centre on Saturday afternoon.")
    evs = analyse(make_article(text, published=dt.date(2017, 6, 24))).events
    assert evs and all(e.location is None or e.location.place.name != "Kabul" for e in evs)


def test_a_roadside_bomb_after_an_air_strike_is_no_air_strike():
    text = ("Afghan air force jets bombed Taliban positions near Kunduz on Saturday, killing 20 insurgents.\n\n"
            "Separately, in Baghlan province, a roadside bomb struck a police vehicle on Friday, killing three "
            "officers.")
    evs = analyse(make_article(text, published=dt.date(2017, 6, 24))).events
    [bomb] = [e for e in evs if e.location and e.location.place.name == "Baghlan"]
    assert bomb.sub_event_type == "Remote explosive/landmine/IED"
    assert bomb.actor1.actor.name == "Unidentified Armed Group (Afghanistan)"
    assert bomb.actor2.actor.id == "police_af" and bomb.fatalities == 3


def test_a_claim_after_an_unclaimed_bomb_names_its_bomber_in_any_country():
    text = ("A car bomb exploded at a checkpoint in Baqubah on Monday, killing six soldiers. "
            "The Islamic State group claimed the bombing.")
    evs = analyse(make_article(text, published=THURSDAY)).events
    assert [e.actor1.actor.id for e in evs] == ["isis"]


def test_a_soldiers_age_and_hometown_are_no_toll_and_no_place():
    text = ("Army Sgt. Paul R. Medina, 27, of Akron, Ohio, died Oct. 3 in Kandahar province, Afghanistan, "
            "when his vehicle struck a roadside bomb, the Pentagon said.")
    evs = analyse(make_article(text, published=dt.date(2012, 10, 5))).events
    assert len(evs) == 1
    assert evs[0].location.place.name == "Kandahar" and evs[0].fatalities != 27


def test_a_date_told_in_a_since_clause_does_not_date_the_next_paragraph():
    text = ("Coalition air strikes killed nine people in Saada province on Tuesday, residents said. There was no "
            "comment from the coalition, which has carried out thousands of raids since it entered the war in "
            "March 2015.\n\n"
            "Meanwhile, fighting between the Houthis and government forces intensified around Hodeidah.")
    evs = battles(text, dt.date(2018, 8, 8))  # a Wednesday
    assert [e.when.date for e in evs] == [dt.date(2018, 8, 7)]


def test_the_strikes_told_again_in_an_air_strike_story_are_the_same_strikes():
    text = ("Air strikes by the Saudi-led coalition killed nine people in Yemen's Saada province on Tuesday.\n\n"
            "The strikes hit a house and a market near the border, local television reported.")
    evs = analyse(make_article(text, published=dt.date(2018, 8, 8))).events
    assert [(e.sub_event_type, e.actor1.actor.id) for e in evs] == [("Air/drone strike", "saudi_led_coalition")]


def test_a_lead_placed_only_by_region_takes_its_town_from_the_next_sentence():
    text = ("OUAGADOUGOU (AFP) - Suspected jihadists killed 12 soldiers in an ambush in northern Burkina Faso "
            "on Wednesday, security sources said.\n\n"
            "The convoy was attacked near the town of Djibo in Soum province, a region plagued by attacks "
            "linked to Al-Qaeda and the Islamic State group, one source said.")
    evs = analyse(make_article(text, published=dt.date(2022, 9, 8))).events
    assert [(e.sub_event_type, e.location.place.name, e.when.date, e.fatalities) for e in evs] == [
        ("Armed clash", "Djibo", dt.date(2022, 9, 7), 12)]
    # the group named in the region's description is no side of the ambush
    assert evs[0].actor1.actor.name == "Unidentified Armed Group (Burkina Faso)"


def test_a_campaigns_toll_told_in_a_clause_on_it_is_no_events_toll():
    text = ("Somali troops recaptured the town of Bulo Burde from al-Shabaab fighters on Monday, officials said. "
            "The operation followed two weeks of fighting in the region, in which the army says it has killed "
            "more than 80 militants.")
    evs = battles(text, dt.date(2022, 8, 23))
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Government regains territory", None)]


def test_one_toll_for_several_towns_and_a_since_clause_date_are_no_towns():
    text = ("Air raids and artillery shelling killed at least 30 civilians in the towns of Douma, Hamouriyeh and "
            "Saqba on Saturday, "
            "the Syrian Observatory for Human Rights said, bringing the toll since the offensive began last Sunday "
            "to more than 500.")
    evs = analyse(make_article(text, published=dt.date(2018, 2, 25))).events
    assert sorted(e.location.place.name for e in evs) == ["Douma", "Hamouriyeh", "Saqba"]
    assert {e.fatalities for e in evs} == {None}  # shared by the three, no one town's
    assert {e.when.date for e in evs} == {dt.date(2018, 2, 24)}


def test_a_gerund_trigger_takes_its_by_phrase_and_no_teller_acts():
    evs = analyse(make_article("Shelling by Ukrainian forces killed five civilians in a market in Donetsk on "
                               "Monday, Russian-installed officials said.", published=THURSDAY)).events
    assert [(e.sub_event_type, e.actor1.actor.id) for e in evs] == [("Shelling/artillery/missile attack", "military_ua")]
    # a practice said to be widespread is no one event, whoever does it
    assert analyse(make_article("Human rights groups say looting by soldiers has been widespread in Tigray.",
                                published=THURSDAY)).events == []


def test_weapons_recovered_after_a_battle_are_its_spoils():
    text = ("Nigerian troops engaged Boko Haram fighters in a fierce battle near Bama on February 10, killing "
            "11 of them and recovering several weapons, the army said.")
    evs = analyse(make_article(text, published=dt.date(2023, 2, 17))).events
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Armed clash", 11)]
    # weapons seized with no fight told are still a disrupted use
    evs = analyse(make_article("Nigerian troops recovered several weapons near Bama on February 10.",
                               published=dt.date(2023, 2, 17))).events
    assert [e.sub_event_type for e in evs] == ["Disrupted weapons use"]


def test_two_nationalities_on_one_noun_that_trade_fire_are_the_two_sides():
    for text, pair in (("Indian and Pakistani troops traded fire near Uri in Kashmir on Monday.",
                        {"military_in", "military_pk"}),
                       ("Armenian and Azerbaijani forces exchanged fire near Lachin on Tuesday.",
                        {"military_am", "military_az"})):
        evs = battles(text)
        assert [sides(e) for e in evs] == [pair], text
    # advancing together, they are one side
    assert battles("Russian and Syrian troops advanced on Palmyra on Monday.") == []


def test_a_fight_told_by_its_verb_stands_with_one_side_at_a_town():
    # the enemy goes unsaid, but "repelled" and an assault pressed on a town say the fight happened
    for text in ("Russian troops launched a new push on Vuhledar on Monday but were repelled, "
                 "a Ukrainian brigade commander said.",
                 "Wagner fighters pressed their assault on Soledar on Monday, the general staff said."):
        evs = battles(text)
        assert len(evs) == 1, text
        assert evs[0].sub_event_type == "Armed clash" and evs[0].actor2 is None
        assert evs[0].location is not None and evs[0].location.place.kind == "city"
    # near misses: a fight only in a valley, weapons repelled, a "fighting force", weeks of fighting
    assert battles("In the Euphrates River Valley, Iraqi troops repelled two attacks.") == []
    assert battles("Ukrainian air defences repelled Russian drones over Kyiv on Monday.") == []
    assert battles("The SDF, which Washington calls its best fighting partner in Raqqa, held a press conference.") == []


def test_sides_locked_in_fighting_are_its_two_sides():
    evs = battles("Ukrainian troops were locked in heavy fighting with Russian forces for control of "
                  "Vuhledar on Monday, a regional official said.")
    assert [sides(e) for e in evs] == [{"military_ua", "russian_military"}]


def test_a_nationality_s_units_and_positions_are_its_army():
    evs = battles("Ukrainian soldiers engaged Russian units on the left bank of the Dnipro near Kherson on Monday.")
    assert [sides(e) for e in evs] == [{"military_ua", "russian_military"}]
    assert evs[0].location.place.name == "Kherson"


def test_a_region_in_a_group_s_own_name_is_not_where_it_fought():
    evs = battles("Fighters of the Islamic State in the Sahel attacked a Tuareg armed group near Menaka "
                  "on Monday, the group said.")
    assert [e.location.place.name for e in evs] == ["Menaka"]
    # a branch named by its town is placed in that town
    evs = analyse(make_article("Nusra's Albu Kamal branch pledged allegiance to ISIS on Monday.",
                               published=THURSDAY)).events
    assert [e.location.place.name for e in evs] == ["Abu Kamal"]


def test_forces_a_power_backs_are_not_its_own_forces():
    # the United States backs the SDF in Syria and Iraq's forces in Iraq; it is neither of them
    evs = battles("US-backed forces fought Islamic State militants street by street in Raqqa on Thursday.")
    assert [sides(e) for e in evs] == [{"sdf", "isis"}]
    evs = battles("U.S.-backed troops clashed with Islamic State militants in western Mosul on Thursday.")
    assert [sides(e) for e in evs] == [{"iraqi_army", "isis"}]


def test_fighters_cleared_from_a_town_is_the_town_retaken():
    evs = battles("Government troops cleared the remaining Islamic State fighters from Sirte on Monday.")
    assert [(e.sub_event_type, e.location.place.name) for e in evs] == [("Government regains territory", "Sirte")]
    # rubble cleared from a road is no capture
    assert battles("Government troops cleared rubble from the main road into Sirte on Monday.") == []


def test_a_unit_that_came_under_attack_by_a_named_group_fought_it():
    evs = battles("A Nigerian army officer said his battalion came under attack by Boko Haram fighters "
                  "outside Bama on Friday and held its ground.")
    assert [(e.sub_event_type, e.actor1.actor.id, e.location.place.name) for e in evs] == [
        ("Armed clash", "boko_haram", "Bama")]
    # attacked by no one named, it is a one-sided report of no battle
    assert battles("A convoy came under attack on the road to Bama on Friday.") == []


def test_a_side_written_right_before_its_fight_verb_is_its_doer_however_it_is_parsed():
    # the parser may read "counterattacked" as a participle with no subject
    evs = battles("Ukrainian forces counterattacked near Robotyne on Tuesday and advanced south of the village, "
                  "geolocated footage showed.")
    assert [(e.actor1.actor.id, e.location.place.name) for e in evs] == [("military_ua", "Robotyne")]
