"""Violence against civilians, protests and riots: classes found by a round of snippets
written blind to the rules (wire, police, NGO and ACLED-note habits from many countries).
Each test is one class, in the project's own words, with a near miss."""

import datetime as dt

from helpers import make_article
from warmap.pipeline import analyse

THURSDAY = dt.date(2022, 12, 1)


def events(text: str):
    return analyse(make_article(text, published=THURSDAY)).events


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in events(text)]


def test_victims_of_a_verb_that_kills_them_dead_or_to_death_are_its_victims():
    for text in ("Bandits broke into homes in Zurmi on Sunday night, shooting four residents dead.",
                 "Militiamen raided a village near Beni overnight, hacking nine civilians to death."):
        evs = events(text)
        assert [e.sub_event_type for e in evs] == ["Attack"], text
        assert evs[0].actor2.actor.type == "civilians"


def test_a_person_shot_by_someone_unnamed_is_attacked_by_an_unidentified_armed_group():
    evs = events("A local radio presenter was shot several times outside his home in Tijuana on Monday "
                 "and died at the scene, prosecutors said.")
    assert [e.sub_event_type for e in evs] == ["Attack"]
    # one id for unnamed armed men however they were found, with the country in the name
    assert (evs[0].actor1.actor.id, evs[0].actor1.actor.name) == (
        "unidentified_armed_group", "Unidentified Armed Group (Mexico)")
    assert events("Unidentified gunmen shot dead a radio presenter in Tijuana on Monday.")[0].actor1.actor.id \
        == "unidentified_armed_group"
    # "killed" alone names no hand: a crash, a flood or a blast may have done it
    assert events("Two people were killed in Tijuana on Monday, officials said.") == []


def test_a_protest_organiser_killed_is_an_attack_not_a_protest():
    evs = events("Gunmen on a motorbike shot a protest organiser outside his house in Nasiriyah on "
                 "Tuesday, killing him.")
    assert [e.sub_event_type for e in evs] == ["Attack"]
    assert evs[0].actor2.actor.type == "civilians"


def test_state_forces_killing_protesters_use_excessive_force():
    assert subs("A protester was shot dead by police in Quito on Tuesday during the national strike.") \
        == ["Excessive force against protesters"]
    assert subs("Soldiers opened fire on demonstrators at a toll gate in Lagos on Tuesday, killing at least "
                "six.") == ["Excessive force against protesters"]


def test_a_march_before_a_semicolon_is_not_under_the_clause_after_it():
    assert subs("Thousands of people marched through Lyon on Saturday against pension reform; no incidents "
                "were reported.") == ["Peaceful protest"]


def test_protesters_stopped_and_made_to_disperse_meet_an_intervention():
    assert subs("Students marching on the parliament in Dhaka on Sunday were stopped at a police barricade "
                "and forced to disperse.") == ["Protest with intervention"]


def test_what_a_suspect_is_accused_of_is_no_event_but_an_accusation_is_a_claim():
    assert subs("Police in Puebla arrested two men suspected of kidnapping a child on Monday.") == ["Arrests"]
    evs = events("Activists accused Islamic State fighters of executing twelve men in Tadmur on Monday.")
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_men_who_had_surrendered_are_no_armed_group_giving_itself_up():
    evs = events("Police killed two alleged drug dealers in Caloocan on Monday; relatives said the men had "
                 "surrendered.")
    assert [e.sub_event_type for e in evs] == ["Attack"]
    assert subs("Forty Islamic State fighters surrendered to Iraqi troops in Tal Afar on Monday.") \
        == ["Change to group/activity"]


def test_villagers_setting_men_alight_are_a_mob():
    assert subs("Villagers in Acatlan beat two men accused of child abduction and set them alight on "
                "Wednesday.") == ["Mob violence"]


def test_people_taken_by_armed_men_are_abducted_people_captured_by_troops_are_not():
    evs = events("Two young men were taken from a bus station in Reynosa on Friday by armed men in a pickup truck.")
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]
    assert events("He was captured by Jordanian troops near Mafraq on Monday.") == []


def test_mines_stepped_on_and_vehicles_rigged_with_explosives_are_explosive_devices():
    for text in ("A shepherd was wounded on Monday after stepping on an anti-personnel mine near Tame, Arauca.",
                 "A minibus rigged with explosives blew up at a checkpoint in Azaz on Saturday, killing six people."):
        evs = events(text)
        assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"], text


def test_helicopters_firing_on_a_village_strike_from_the_air():
    assert subs("Military helicopters fired on a school in Let Yet Kone village, Sagaing region, on 16 "
                "September 2022.") == ["Air/drone strike"]


def test_where_a_victim_comes_from_is_not_where_he_was_shot():
    evs = events("A labourer from Bihar was shot and wounded by militants in Pulwama on Sunday, police said.")
    assert [e.location.place.name for e in evs] == ["Pulwama"]


def test_a_roadside_bomb_that_struck_a_vehicle_is_the_bomb_not_a_strike():
    evs = events("Two soldiers were killed in Mogadishu on Sunday when a roadside bomb struck their vehicle.")
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]


def test_one_shell_that_hit_a_neighbourhood_is_shelling():
    assert subs("In Gondar, two civilians were killed on Monday when a shell hit a residential area.") \
        == ["Shelling/artillery/missile attack"]


def test_a_crowd_blocking_a_road_to_protest_is_the_protest():
    assert subs("Hundreds of traders blocked a highway in Kano on Tuesday to protest rising food prices.") \
        == ["Peaceful protest"]
    assert events("Soldiers blocked the road into Kano on Tuesday to protect the convoy.") == []


def test_the_attack_blamed_on_a_group_is_the_attack_told_before():
    assert events("Police blamed the attack on bandits, the armed gangs that roam the region.") == []


def test_schoolgirls_seized_from_a_dormitory_are_abducted():
    evs = events("Boko Haram militants seized 276 schoolgirls from their dormitory in Chibok in April 2014.")
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]


def test_a_square_named_after_its_city_places_the_rally_in_the_city():
    evs = events("Russian troops attacked Ukrainian positions around Avdiivka on Friday, the general staff said. "
                 "Hundreds of relatives of soldiers rallied on Kyiv's Independence Square on Saturday.")
    assert [e.location.place.name for e in evs if e.sub_event_type == "Peaceful protest"] == ["Kyiv"]
    # a capital standing for its government is still no place ("at Kyiv's request")


def test_people_taking_to_the_streets_protest():
    assert subs("Dozens of people took to the streets in Hajin on Tuesday, calling for the release of "
                "detainees.") == ["Peaceful protest"]


def test_fighters_storming_a_village_and_shooting_at_residents_attack_civilians():
    assert subs("RSF fighters stormed the village of Hilaliya in Al Jazirah State on Saturday, shooting at "
                "residents and looting homes.") == ["Attack"]


def test_a_numbered_military_sector_is_no_place_and_a_citys_area_is_the_city():
    evs = events("Troops of Sector 3 arrested a suspected supplier to the terrorists at Monguno cattle market "
                 "on Friday.")
    assert [(e.sub_event_type, e.actor1.actor.id, e.location.place.name) for e in evs] == [
        ("Arrests", "military_ng", "Monguno")]
    evs = events("Militants hurled a grenade at a police bunker in Srinagar's Nowhatta area on Sunday night.")
    assert [(e.sub_event_type, e.location.place.name) for e in evs] == [("Grenade", "Srinagar")]


def test_explosives_dropped_from_drones_are_a_strike_from_the_air():
    assert subs("Cartel gunmen dropped explosives from drones onto homes in Aguililla, Michoacan, on "
                "Tuesday.") == ["Air/drone strike"]


def test_civilians_named_as_the_side_make_an_agreement():
    # elders are civilians (a new civilian word); they still broker truces
    assert subs("Local elders brokered a truce between two clans near Galkayo on Monday after weeks of "
                "fighting over grazing land.") == ["Agreement"]


def test_gangs_unnamed_or_named_are_armed_groups_that_attack():
    evs = events("Gang members killed at least 40 people in Cite Soleil, Port-au-Prince, on Friday, Haitian officials said.")
    assert [(e.sub_event_type, e.actor1.actor.name) for e in evs] == [("Attack", "Unidentified Armed Group (Haiti)")]
    evs = events("Members of the Gran Grif gang killed at least 70 people in the Haitian town of Saint-Marc on Thursday.")
    assert [(e.sub_event_type, e.actor1.actor.name) for e in evs] == [("Attack", "Gran Grif Gang")]
    # "gang" in a rape, or the regime's "gangs" in a partisan outlet, is no Haitian gang
    assert all(e.actor1 is None or "Gang" not in e.actor1.actor.name
               for e in events("Opposition media said Assad's gangs shelled Douma on Friday."))


def test_fire_on_a_march_or_a_sit_in_is_force_on_a_protest_by_whom_it_is_done():
    evs = events("Police fired live rounds on the teachers' march in Managua on Tuesday, killing three.")
    assert [(e.sub_event_type, e.actor1.actor.name) for e in evs] == [
        ("Excessive force against protesters", "Police Forces of Nicaragua")]
    evs = events("Troops opened fire on the sit-in outside army headquarters in Khartoum on Monday.")
    assert [e.sub_event_type for e in evs] == ["Excessive force against protesters"]
    # an armed group firing on a rally is an attack on civilians, not a state's force
    evs = events("Militiamen opened fire on a rally in Goma on Monday, killing four protesters.")
    assert [(e.sub_event_type, e.actor2.actor.name) for e in evs] == [
        ("Attack", "Protesters (Democratic Republic of Congo)")]


def test_an_after_clause_is_the_event_when_the_main_clause_tells_no_deed():
    evs = events("Monitors counted six dead after police fired on a funeral march in Managua on Sunday, "
                 "one of the largest demonstrations this year.")
    assert [e.sub_event_type for e in evs] == ["Excessive force against protesters"]
    # a deed in the main clause still outranks the clause after "after"
    evs = events("Rebels retook Kidal on Sunday, a week after the army seized it.")
    assert [e.sub_event_type for e in evs if e.when.date == dt.date(2022, 11, 27)] == [
        "Non-state actor overtakes territory"]


def test_people_seized_are_no_ground_taken():
    assert [e.sub_event_type for e in events(
        "Soldiers seized Kherson mayor Ihor Kolykhaiev at his office on Tuesday.")] == []
    evs = events("Aid agencies asked for the release of dozens of women who were seized by armed men "
                 "on Monday outside Djibo, Burkina Faso.")
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]
    # a town seized stays a capture
    assert [e.sub_event_type for e in events("Militants seized Djibo, Burkina Faso, on Monday.")] == [
        "Non-state actor overtakes territory"]


def test_weapons_stopped_by_air_defences_are_disrupted_whoever_is_not_named():
    for text in ("All 12 missiles fired at Kyiv overnight on Tuesday were destroyed by air defence units.",
                 "A drone launched toward Abha airport was intercepted by Saudi air defences on Monday.",
                 "Two drones aimed at the Kremlin in Moscow were disabled by electronic warfare on Wednesday."):
        assert [e.sub_event_type for e in events(text)] == ["Disrupted weapons use"], text
    assert [e.sub_event_type for e in events("Russian missiles destroyed a power plant in Kharkiv on Monday.")] == [
        "Shelling/artillery/missile attack"]


def test_a_killing_beside_property_destroyed_is_the_attack():
    evs = events("Soldiers killed 21 villagers and burned homes in Ngarbuh, Cameroon, on Friday.")
    assert [e.sub_event_type for e in evs] == ["Attack"]
    assert [e.sub_event_type for e in events("Soldiers burned homes in Ngarbuh, Cameroon, on Friday.")] == [
        "Looting/property destruction"]


def test_people_killed_when_a_side_raided_were_killed_by_that_side():
    evs = events("Twelve civilians were killed when jihadists raided the village of Djibo in Burkina Faso on Monday.")
    assert [(e.sub_event_type, e.actor1.actor.name) for e in evs] == [("Attack", "Unidentified Armed Group (Burkina Faso)")]
    evs = events("Scores of villagers were killed when suspected armed herdsmen stormed a village near Makurdi, Nigeria, on Friday.")
    assert [(e.sub_event_type, e.actor1.actor.name) for e in evs] == [("Attack", "Unidentified Communal Militia (Nigeria)")]
    # a clause of what someone said is no doer
    assert all(e.actor1 is None or e.actor1.actor.type != "civilians" for e in events(
        "Twelve civilians were killed in Djibo, Burkina Faso, on Monday when residents said they heard gunfire."))


def test_what_a_government_calls_the_khawarij_is_its_jihadist_enemy():
    evs = events("The ministry condemned the twin suicide car bombings carried out by the Khawaarij in "
                 "Beledweyne, Somalia, on Wednesday, which killed 20 people.")
    assert [(e.sub_event_type, e.actor1.actor.id) for e in evs] == [("Suicide bomb", "al_shabaab")]
    evs = events("Troops killed eight Khawarij in an ambush near Miranshah, Pakistan, on Wednesday.")
    assert [e.actor2.actor.id for e in evs if e.actor2] == ["ttp"]


def test_people_counted_by_nationality_are_victims_and_a_convoy_entering_takes_nothing():
    evs = events("On Wednesday, Israeli settlers raided the village of Qusra, West Bank, and shot and killed four Palestinians.")
    assert [(e.sub_event_type, e.actor2.actor.type) for e in evs] == [("Attack", "civilians")]
    assert events("A convoy of 14 trucks carrying aid entered Gaza through the Rafah crossing on Wednesday.") == []
    assert [e.sub_event_type for e in events("Hamas fighters entered Sderot, Israel, on Wednesday.")] != []


def test_people_marched_off_or_seized_by_a_named_gang_are_abducted():
    evs = events("Armed men blocked the highway near Katari, Nigeria, on Tuesday and marched fifteen travellers into the bush.")
    assert "Non-state actor overtakes territory" not in [e.sub_event_type for e in evs]
    evs = events("Seventeen missionaries were seized by the 400 Mawozo gang in Croix-des-Bouquets, Haiti, on Saturday.")
    assert [(e.sub_event_type, e.actor1.actor.id) for e in evs] == [("Abduction/forced disappearance", "mawozo_400")]


def test_a_raid_that_carries_people_off_is_an_abduction_unless_it_kills():
    evs = events("On 14 April 2014, Boko Haram militants raided a girls' school in Chibok, Nigeria, and abducted 276 schoolgirls.")
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]
    evs = events("Gunmen attacked Kankara, Nigeria, on Friday, killing two guards and abducting 300 boys.")
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_weapons_downed_or_intercepted_told_at_length_are_disrupted_and_a_bomb_used_is_no_bomb_defused():
    for text in ("The Arrow system intercepted a surface-to-surface missile launched from Yemen towards Eilat on Tuesday.",
                 "All eighteen missiles launched at Kyiv overnight on Tuesday, including six Kinzhal missiles, were shot down."):
        assert [e.sub_event_type for e in events(text)] == ["Disrupted weapons use"], text
    evs = events("Maoists blew up a police vehicle with an IED near Dantewada, India, on Tuesday, killing ten officers.")
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]


def test_soldiers_storming_a_hotel_compound_take_no_ground():
    evs = events("Soldiers who stormed the Terrain hotel compound in Juba, South Sudan, on 11 July 2016 raped several aid workers.")
    assert [e.sub_event_type for e in evs] == ["Sexual violence"]


def test_strikes_told_as_a_habit_are_no_one_days_event_but_a_named_force_striking_is():
    assert events("Residents who fled said junta aircraft had bombed parts of Bhamo almost daily since the "
                  "offensive began.") == []
    assert events("Jets pounded the outskirts of Idlib day after day, residents said.") == []
    # the parser reads "bombed parts" as an adjective after a merged name: still the strike
    evs = events("Military aircraft bombed parts of Bhamo on Monday, residents said.")
    assert [(e.sub_event_type, e.location.place.name) for e in evs] == [("Air/drone strike", "Bhamo")]


def test_sound_flash_and_smoke_grenades_on_a_crowd_are_an_intervention_not_a_grenade_attack():
    for text in ("Police lobbed sound grenades at the crowd outside parliament in Dhaka on Wednesday.",
                 "Riot police fired tear gas and flash grenades at students marching in Dhaka on Wednesday."):
        assert [e.sub_event_type for e in events(text)] == ["Protest with intervention"], text
    # near miss: a hand grenade is one
    assert [e.sub_event_type for e in events("A man hurled a hand grenade at a police post in Srinagar on Monday.")] \
        == ["Grenade"]


def test_a_killing_someone_is_accused_or_arrested_over_is_no_new_attack():
    assert events("Among the inmates were former soldiers accused in the 2021 assassination of the president, "
                  "held in Port-au-Prince.") == []
    evs = events("Police arrested three men over the killing of a journalist in Tijuana on Monday.")
    assert [e.sub_event_type for e in evs] == ["Arrests"]
    # near miss: the killing itself
    assert [e.sub_event_type for e in events("Gunmen assassinated a journalist in Tijuana on Monday.")] == ["Attack"]


def test_a_killing_by_police_right_after_a_protest_is_told_is_force_on_the_protest():
    text = ("The protests turned violent on Monday, when ruling-party activists attacked demonstrators with sticks "
            "in Dhaka. The next day, in Rangpur, police shot dead a student as he stood in front of officers with "
            "his arms outstretched.\n\nPolice shot dead a robbery suspect in Rangpur on Friday.")
    evs = events(text)
    rangpur = [(e.sub_event_type, e.when.date.isoformat()) for e in evs if e.location.place.name == "Rangpur"]
    assert ("Excessive force against protesters", "2022-11-29") in rangpur
    # near miss: a new paragraph with no protest in it
    assert ("Attack", "2022-11-25") in rangpur


def test_armed_youths_who_kill_soldiers_are_a_communal_militia_in_a_clash():
    evs = events("Seventeen soldiers were killed by armed youths in Okuama, Delta State, on Thursday.")
    assert [(e.sub_event_type, e.actor1.actor.type) for e in evs] == [("Armed clash", "identity militia")]
    # near misses: villagers armed with machetes are a mob; angry youths stoning a police station riot
    evs = events("Villagers armed with machetes attacked a family accused of witchcraft, killing a woman and her "
                 "son, in Kananga on Monday.")
    assert [e.sub_event_type for e in evs] == ["Mob violence"]
    evs = events("Angry youths stoned a police station in Warri on Thursday, killing an officer.")
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"]


def test_second_news_round_classes():
    # a campaign of killings someone "has been accused of ... since October" is no one day's event
    assert events("The RSF has been accused of killing hundreds of villagers across Gezira since October.") == []
    # explosives "set off" are a bomb; armed criminals an unnamed armed group; a town "near" a city is near it
    assert [e.sub_event_type for e in events("Explosives were set off near a bridge in Quito on Monday night.")] \
        == ["Remote explosive/landmine/IED"]
    evs = events("Two police officers were shot dead by armed criminals in the town of Nobol, near Guayaquil, on Tuesday.")
    assert [(e.actor1.actor.name, e.location.place.country) for e in evs] == [("Unidentified Armed Group (Ecuador)", "EC")]
    # a person "seized" after others were kidnapped is no town taken
    evs = events("Three police officers were kidnapped in Machala on Monday, and a fourth was seized in Quito.")
    assert "Non-state actor overtakes territory" not in [e.sub_event_type for e in evs]
    # troops that drove from one town to another took neither
    assert events("Troops drove from Kabul to Jalalabad on Thursday.") == []
    # a drone shot down over a sea the gazetteer lacks is not at the story's town
    evs = events("Houthi rebels in Sanaa fired drones on Monday. A US destroyer shot down one of them over the southern "
                 "Red Sea on Tuesday.")
    assert all(e.location is None or e.location.place.name != "Sanaa" for e in evs if e.sub_event_type == "Disrupted weapons use")


def test_a_since_date_on_another_verb_dates_no_event():
    evs = events("Troops recaptured the town of Tal Afar, held by insurgents since 2020, officials said on Thursday.")
    assert [e.when.date.isoformat() for e in evs] == ["2022-12-01"]
    # near miss: the "when" clause a since-date introduces is dated by it
    evs = events("Anger has grown since April 2013, when troops stormed a protest camp in Hawija, killing dozens.")
    assert [e.when.date.year for e in evs] == [2013]
