"""Classes of text found failing on real reports (realdev tuning half), one test per class,
each on sentences written here in the same habit, not copied from the reports."""

import datetime as dt

from helpers import make_article
from warmap.pipeline import analyse


def events_of(text: str, published: dt.date):
    return analyse(make_article(text, published=published)).events


def test_strike_lines_take_the_striker_the_release_named_earlier():
    # a release whose lead says "conducted N strikes consisting of M engagements" (no trigger
    # the old lexicon knew) and whose lines name no striker
    text = (
        "SOUTHWEST ASIA, May 9, 2018 - Coalition military forces struck the Islamic State "
        "group's fighters on Tuesday, officials reported today.\n\n"
        "In Syria, coalition forces conducted six strikes consisting of nine engagements:\n\n"
        "-- Near Hajin, four strikes engaged three ISIS tactical units.\n\n"
        "-- Near Shadadi, two strikes destroyed an ISIS vehicle.\n"
    )
    evs = events_of(text, dt.date(2018, 5, 9))
    # the lead, dated Tuesday (not by its dateline), is the Hajin line's event told first
    assert sorted(e.location.place.name for e in evs) == ["Al-Shaddadi", "Hajin"]
    assert all(any("Near" in s.sentence for s in e.sources) for e in evs)
    for e in evs:
        assert e.sub_event_type == "Air/drone strike"
        assert e.actor1 is not None and e.actor1.actor.id == "coalition"
        # the lead's own date (Tuesday), not the day the officials reported it
        assert e.when.date == dt.date(2018, 5, 8)


def test_a_strike_with_no_striker_in_a_release_by_one_military():
    text = (
        "The U.S. military has carried out three airstrikes against al-Shabaab in Somalia since "
        "June 2. A strike on June 4 killed five al-Shabaab fighters near Jilib."
    )
    evs = [e for e in events_of(text, dt.date(2019, 6, 8)) if e.sources[0].sentence.startswith("A strike")]
    assert len(evs) == 1
    e = evs[0]
    assert e.sub_event_type == "Air/drone strike"
    assert e.actor1.actor.id == "us_military"
    assert e.when.date == dt.date(2019, 6, 4)


def test_the_day_something_was_said_is_no_event_date():
    text = "Iraqi troops recaptured the town of Baiji, an army spokesman said on Thursday."
    evs = events_of(text, dt.date(2014, 1, 12))  # a Sunday; Thursday is 9 January
    assert len(evs) == 1
    w = evs[0].when
    assert w.precision == "week"
    assert w.date_max == dt.date(2014, 1, 9) and w.date_min == dt.date(2014, 1, 2)


def test_a_habit_of_strikes_is_no_event():
    text = ("The city has been split between the army and the rebels for two years, with government "
            "jets carrying out frequent air strikes on the eastern districts of Aleppo.")
    assert events_of(text, dt.date(2014, 5, 3)) == []


def test_a_photo_of_the_aftermath_reports_no_event():
    text = "A survivor of a car bomb attack is treated at a hospital in Kirkuk, Iraq, March 3, 2016."
    assert events_of(text, dt.date(2016, 3, 4)) == []


def test_a_fighting_force_is_no_fight():
    text = "The talks were meant to reassure Ankara about the YPG, the Kurdish fighting force that holds Kobani."
    assert events_of(text, dt.date(2016, 11, 7)) == []


def test_a_cruise_missile_strike_is_a_missile_attack():
    text = "U.S. warships launched a cruise missile strike against the Shayrat air base early on Friday."
    evs = events_of(text, dt.date(2017, 4, 8))
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]


def test_the_fall_of_a_city_dated_only_by_its_year_is_kept():
    text = ("The SDF began its push on Sunday towards Raqqa, the city overrun by Islamic State "
            "fighters in 2014.")
    evs = events_of(text, dt.date(2016, 11, 7))
    falls = [e for e in evs if e.sub_event_type == "Non-state actor overtakes territory"]
    assert len(falls) == 1
    w = falls[0].when
    assert (w.precision, w.date_min, w.date_max) == ("year", dt.date(2014, 1, 1), dt.date(2014, 12, 31))
    assert falls[0].actor1.actor.id == "isis"


def test_a_vague_year_dates_no_capture():
    text = "Raqqa has been the group's capital since it drove out rival factions early this year."
    assert [e for e in events_of(text, dt.date(2014, 6, 20))
            if e.sub_event_type == "Non-state actor overtakes territory"] == []


def test_agreeing_to_talk_is_no_agreement():
    text = "The two commanders agreed on Sunday to coordinate closely on the plan to retake Raqqa."
    assert [e for e in events_of(text, dt.date(2016, 11, 7)) if e.sub_event_type == "Agreement"] == []
    deal = "The rebels agreed on Sunday to leave the Waer district of Homs under a deal with the government."
    assert [e.sub_event_type for e in events_of(deal, dt.date(2016, 11, 7))] == ["Agreement"]


def test_the_source_of_the_news_is_no_side():
    text = ("Iraqi troops regained control of the town of Hit, a spokesman for the US-led coalition "
            "said on Wednesday.")
    evs = events_of(text, dt.date(2016, 4, 14))
    assert len(evs) == 1 and evs[0].sub_event_type == "Government regains territory"
    assert evs[0].actor2 is None or evs[0].actor2.actor.id != "coalition"


def test_a_helper_is_no_enemy_and_an_offensive_has_the_other_side():
    text = ("Syrian Democratic Forces, backed by U.S. air power, launched an offensive Sunday on Tabqa, "
            "a town overrun by Islamic State fighters in 2013.")
    clashes = [e for e in events_of(text, dt.date(2017, 3, 27)) if e.sub_event_type == "Armed clash"]
    assert len(clashes) == 1
    assert clashes[0].actor1.actor.id == "sdf" and clashes[0].actor2.actor.id == "isis"


def test_weapons_stored_or_found_are_no_attack():
    for text in ("The base was used to store chemical weapons, the ministry said on Friday.",
                 "Police found a cache of rockets in a farmhouse near Kirkuk on Tuesday."):
        assert events_of(text, dt.date(2017, 4, 8)) == [], text


def test_setting_out_to_take_a_place_is_not_taking_it():
    text = "Operations have begun to liberate Tal Afar, the last town the group holds in the province, officers said on Sunday."
    assert [e for e in events_of(text, dt.date(2017, 8, 20)) if e.event_type == "Battles"
            and e.sub_event_type != "Armed clash"] == []


def test_people_taken_prisoner_are_abducted():
    text = "On Monday, Islamic State militants stormed two villages near Tal Tamr and took 90 Assyrian Christians prisoner."
    assert "Abduction/forced disappearance" in [e.sub_event_type for e in events_of(text, dt.date(2015, 2, 25))]


def test_the_outskirts_of_a_town_place_the_event_in_that_town():
    text = "A suicide car bomb hit an army checkpoint in the western Baghdad outskirts of Abu Ghraib on Monday."
    evs = events_of(text, dt.date(2016, 2, 29))
    assert len(evs) == 1 and evs[0].location.mention == "Abu Ghraib"


def test_a_bearing_from_an_unnamed_capital_is_no_place_in_it():
    text = ("Two car bombs went off in Baghdad on Sunday, killing nine people. On Monday, a suicide bomber "
            "struck a funeral north of the capital, killing at least 24 people.")
    evs = [e for e in events_of(text, dt.date(2016, 2, 29)) if e.sources[0].sentence.startswith("On Monday")]
    assert all(e.location is None or e.location.place.name != "Baghdad" for e in evs)
    near = "A roadside bomb exploded 10 km north of Baiji on Monday, killing two soldiers."
    assert [e.location.place.name for e in events_of(near, dt.date(2016, 2, 29))] == ["Baiji"]


def test_a_bombers_mission_is_an_air_strike_and_a_ground_mission_a_clash():
    air = "The Air Force's B-1 bombers flew their first mission against ISIL near Mosul on Monday."
    assert [e.sub_event_type for e in events_of(air, dt.date(2016, 4, 20))] == ["Air/drone strike"]
    ground = "Iraqi special forces conducted a mission against an ISIL cell near Hawija on Monday."
    assert [e.sub_event_type for e in events_of(ground, dt.date(2016, 4, 20))] == ["Armed clash"]


def test_where_a_weapon_set_off_from_is_not_where_it_struck():
    text = "Officials said on Thursday that jets from the Tiyas air base carried out the chemical attack on Tuesday."
    evs = events_of(text, dt.date(2017, 4, 6))
    assert all(e.location is None or e.location.place.name != "Tiyas" for e in evs)
    text = "Government artillery fired shells from Hama at Kafr Zita on Tuesday, killing two people."
    assert [e.location.mention for e in events_of(text, dt.date(2014, 5, 14))] == ["Kafr Zita"]


def test_a_section_heading_is_no_event_of_its_own():
    text = ("Iraqi troops pushed into western Mosul on Sunday.\n\n"
            "Coalition Jets Hit ISIL Near Tal Afar\n\n"
            "Coalition jets struck ISIL fighters near Tal Afar on Saturday, the spokesman said.")
    evs = events_of(text, dt.date(2017, 2, 20))
    assert [e.sources[0].sentence for e in evs if "Tal Afar" in e.sources[0].sentence] == [
        "Coalition jets struck ISIL fighters near Tal Afar on Saturday, the spokesman said."]


def test_the_next_sentence_says_where_it_struck():
    text = ("Iraqi troops entered Hit on Tuesday. The spokesman said B-52 bombers flew their first mission "
            "against ISIL on Monday. It targeted a weapons depot in Qayyarah, Iraq.")
    evs = [e for e in events_of(text, dt.date(2016, 4, 20)) if e.sub_event_type == "Air/drone strike"]
    assert [e.location.mention for e in evs] == ["Qayyarah"]


def test_a_strike_that_destroys_a_car_bomb_is_still_the_strike():
    text = ("On Jan. 10, coalition forces conducted 12 strikes against ISIL in Syria.\n"
            "-- Near Ayn Isa, three strikes engaged two ISIL tactical units and destroyed five fighting "
            "positions and a VBIED.")
    evs = [e for e in events_of(text, dt.date(2017, 1, 11)) if "Ayn Isa" in e.sources[0].sentence]
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_a_force_described_by_what_it_fights_is_no_clash():
    text = "Ankara sees the YPG as an offshoot of the PKK, a Kurdish force fighting Turkish troops."
    assert events_of(text, dt.date(2016, 11, 7)) == []


def test_a_strike_told_again_as_the_strike_is_one_event():
    text = ("U.S. warships fired a cruise missile strike at a Syrian air base on Thursday night. "
            "The strike targeted aircraft and fuel stores at Shayrat airfield.")
    evs = events_of(text, dt.date(2017, 4, 7))
    assert len([e for e in evs if e.event_type == "Explosions/Remote violence"]) == 1


def test_forces_that_have_cleared_a_named_place_retook_it():
    text = "The ministry said on Monday that Iraqi forces have cleared the Mosul Dam."
    evs = events_of(text, dt.date(2014, 8, 19))
    assert [e.sub_event_type for e in evs] == ["Government regains territory"]
    assert evs[0].location.mention == "Mosul Dam"


def test_where_the_speaker_spoke_from_is_no_event_place():
    text = '"The town is liberated," the colonel told reporters in a teleconference from Baghdad on Wednesday.'
    assert all(e.location is None or e.location.place.name != "Baghdad" for e in events_of(text, dt.date(2016, 4, 20)))


def test_a_fight_that_remains_is_no_event_even_when_the_saying_is_dated():
    text = 'A "tough fight" remains in the Tigris River Valley, the spokesman for the coalition said Wednesday.'
    assert events_of(text, dt.date(2016, 4, 20)) == []


def test_strikes_by_a_named_force_are_its_strikes_whoever_else_the_sentence_names():
    text = ("Monitors said 40 militants were killed on Monday near Tal Tamr by Kurdish fighters and "
            "air strikes by the US-led coalition.")
    strikes = [e for e in events_of(text, dt.date(2015, 2, 25)) if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.actor1.actor.id == "coalition" for e in strikes)


def test_an_unnamed_town_takes_no_place_from_the_story():
    text = ("Fighting went on in Hasakah province on Friday. Kurdish fighters say they have liberated "
            "a northeastern Syrian town from the militants.")
    evs = [e for e in events_of(text, dt.date(2015, 2, 27)) if "liberated" in e.sources[0].sentence]
    assert evs == []


def test_a_dated_capture_named_as_a_noun_is_reported():
    # "after the capture of X last week", "since the fall of X to Y in June 2014": the phrase
    # points back at a capture, but dates and places it, so the capture is an event
    evs = events_of("The convoy set out days after the capture of Tal Abyad by Kurdish forces last week.",
                    dt.date(2015, 6, 24))
    assert [(e.sub_event_type, e.location.place.name, e.actor1.actor.id) for e in evs] == [
        ("Non-state actor overtakes territory", "Tell Abyad", "ypg")]
    assert evs[0].when.precision == "week" and evs[0].when.date_max < dt.date(2015, 6, 24)
    evs = events_of("Since the fall of Ramadi to Islamic State militants in May, the province has been cut off.",
                    dt.date(2015, 9, 1))
    assert [(e.sub_event_type, e.location.place.name, e.actor1.actor.id, e.when.date.month) for e in evs] == [
        ("Non-state actor overtakes territory", "Ramadi", "isis", 5)]


def test_an_undated_or_coming_capture_named_as_a_noun_is_no_event():
    for sentence in ("Families began to return after the capture of Tikrit.",
                     "The army denied the capture of Baiji last week.",
                     "A push on Raqqa could follow the capture of Tabqa next month.",
                     "Plans for the capture of Raqqa were discussed."):
        assert events_of(sentence, dt.date(2016, 3, 2)) == [], sentence


def test_a_dated_capture_in_a_time_phrase_stands_whatever_the_mood_of_its_sentence():
    # the time phrase takes the capture for granted: "will not happen" is about the assault
    evs = events_of("A final assault on the city will not come soon, even after the capture of Manbij "
                    "by the SDF on Friday.", dt.date(2016, 8, 15))
    assert [(e.sub_event_type, e.location.place.name) for e in evs] == [
        ("Non-state actor overtakes territory", "Manbij")]


def test_an_attack_named_by_its_weapon_is_that_weapon():
    # "killed in a rocket attack": not a clash, whatever else "attack" can mean
    cases = {
        "Two soldiers were killed on Monday in a Taliban rocket attack on their base in Helmand.":
            "Shelling/artillery/missile attack",
        "A policeman died in a mortar attack by al-Shabaab on Sunday in Mogadishu.":
            "Shelling/artillery/missile attack",
        "A soldier was killed on Tuesday in a roadside bomb attack near Kandahar.":
            "Remote explosive/landmine/IED",
    }
    for sentence, sub in cases.items():
        assert [e.sub_event_type for e in events_of(sentence, dt.date(2016, 3, 2))] == [sub], sentence


def test_the_dead_of_a_clash_with_a_named_enemy_are_the_other_side():
    # "N soldiers were killed in clashes with X": a clash between the dead's side and X
    evs = events_of("Eleven soldiers were killed in clashes with Islamic State near Baiji on Monday.",
                    dt.date(2015, 4, 22))
    assert [(e.sub_event_type, e.actor1.actor.id, e.actor2.actor.id, e.fatalities) for e in evs] == [
        ("Armed clash", "iraqi_army", "isis", 11)]
    # dead civilians are no side of the fight
    evs = events_of("Four civilians were killed in clashes with Islamic State near Baiji on Monday.",
                    dt.date(2015, 4, 22))
    assert all(e.actor1 is None or e.actor1.actor.type != "civilians" for e in evs)


def test_storming_a_post_of_the_army_or_police_is_an_assault_not_a_capture_of_the_town():
    evs = events_of("Islamic State gunmen stormed a police station in Hit on Thursday.", dt.date(2015, 4, 25))
    assert [(e.sub_event_type, e.actor1.actor.id, e.actor2.actor.type) for e in evs] == [
        ("Armed clash", "isis", "state forces")]
    evs = events_of("Al-Shabaab fighters stormed a prison in Bosaso on Sunday.", dt.date(2019, 3, 5))
    assert [e.sub_event_type for e in evs] == ["Armed clash"]
    # a town stormed is still taken
    evs = events_of("Rebels stormed the town of Morek on Tuesday.", dt.date(2014, 2, 3))
    assert [e.sub_event_type for e in evs] == ["Non-state actor overtakes territory"]


def test_the_police_breaking_up_a_protest_told_next_are_how_that_protest_ended():
    # the second sentence names no place or date: it is the protest's end, not a new event
    evs = events_of("Several hundred nurses marched through Lilongwe on Monday demanding back pay. "
                    "Police fired tear gas to disperse them.", dt.date(2023, 3, 8))
    assert [(e.sub_event_type, e.actor1.actor.type, e.actor2.actor.type) for e in evs] == [
        ("Protest with intervention", "protesters", "state forces")]
    evs = events_of("Youths burned tyres and threw stones at police in Goma on Saturday. "
                    "Police used tear gas.", dt.date(2022, 7, 28))
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"]
    # with a place and a date of its own, the second sentence is a second event
    evs = events_of("Hundreds of nurses marched through Lilongwe on Monday. On Tuesday police dispersed "
                    "a sit-in in Blantyre with tear gas.", dt.date(2023, 3, 8))
    assert sorted(e.sub_event_type for e in evs) == ["Peaceful protest", "Protest with intervention"]


def test_weapons_named_one_at_a_time_or_by_their_launcher():
    cases = {
        "A Turkish drone hit a car near Qamishli on Friday, killing two SDF fighters.": "Air/drone strike",
        "An army helicopter struck a market in Gwoza on Monday.": "Air/drone strike",
        "Russian troops fired multiple rocket launchers at Kharkiv on Monday.": "Shelling/artillery/missile attack",
        "Colombian soldiers traded fire with ELN guerrillas in Arauca on Monday.": "Armed clash",
    }
    for sentence, sub in cases.items():
        assert [e.sub_event_type for e in events_of(sentence, dt.date(2021, 6, 15))] == [sub], sentence


def test_a_territory_named_as_a_region_is_that_region_not_a_country_tally():
    # "the Gaza Strip" and "the West Bank" are regions (ACLED's admin1), so an event there is
    # placed in them; a country named alone is a tally no event is drawn from
    evs = events_of("Israeli air strikes killed at least 14 people in the Gaza Strip overnight, medics said.",
                    dt.date(2023, 10, 20))
    assert [(e.sub_event_type, e.location.place.name, e.location.place.kind) for e in evs] == [
        ("Air/drone strike", "Gaza Strip", "admin1")]


def test_a_place_in_a_relative_clause_on_the_doer_is_not_where_the_event_was():
    evs = events_of("Government forces, which retook Palmyra last March, shelled rebel positions in Idlib on Monday.",
                    dt.date(2016, 11, 8))
    shelling = [e for e in evs if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert [e.location.place.name for e in shelling] == ["Idlib"]


def test_a_nationality_before_the_weapon_names_the_state_that_fired_it():
    cases = {
        "A Russian missile strike on an apartment block in Kramatorsk killed one person on Sunday.":
            ("Shelling/artillery/missile attack", "russian_military"),
        "Local officials said Ukrainian shelling killed three people in Horlivka on Saturday.":
            ("Shelling/artillery/missile attack", "military_ua"),
    }
    for sentence, (sub, actor) in cases.items():
        assert [(e.sub_event_type, e.actor1.actor.id) for e in events_of(sentence, dt.date(2022, 9, 12))] == [
            (sub, actor)], sentence


def test_people_detained_while_protesting_are_a_protest_broken_up():
    evs = events_of("Police in St Petersburg detained dozens of people protesting the call-up on Saturday.",
                    dt.date(2022, 9, 25))
    assert [(e.sub_event_type, e.actor1.actor.type, e.actor2.actor.type) for e in evs] == [
        ("Protest with intervention", "protesters", "state forces")]


def test_somali_regions_in_their_english_spellings_and_an_au_base():
    evs = events_of("Al-Shabaab fighters attacked an African Union base in Middle Shabelle on Sunday.",
                    dt.date(2019, 9, 30))
    assert [(e.sub_event_type, e.actor2.actor.id, e.location.place.kind) for e in evs] == [
        ("Armed clash", "amisom", "admin1")]


def test_a_town_named_like_a_group_is_the_town():
    # "Al-Hazm" is a Yemeni town, not the Syrian rebel group once called "Hazm"
    evs = events_of("Houthi fighters seized the city of Al-Hazm, capital of Al-Jawf province, on Sunday.",
                    dt.date(2020, 3, 3))
    assert [(e.sub_event_type, e.actor1.actor.id, e.actor2) for e in evs] == [
        ("Non-state actor overtakes territory", "houthis", None)]


def test_a_dated_strike_named_by_its_weapon_in_a_time_phrase_is_reported():
    # the noun says what happened; "the bombing of X" or "the attack on X" would not
    evs = events_of("Doctors treated dozens of patients after the chlorine attack on Sarmin on Monday.",
                    dt.date(2015, 3, 18))
    assert [(e.sub_event_type, e.location.place.name) for e in evs] == [("Chemical weapon", "Sarmin")]
    assert events_of("Aid convoys stopped days after the bombing of Kafr Zita on Monday.", dt.date(2016, 3, 2)) == []


def test_a_count_of_strikes_or_a_day_of_the_month_is_no_death_toll():
    from warmap.events.fatalities import find_fatalities
    assert find_fatalities("On Dec. 29, one strike killed two AQAP operatives in Bayda.")[0] == 2
    assert find_fatalities("On Jan. 8, one strike killed an AQAP operative in Bayda.")[0] == 1
    assert find_fatalities("On March 3, two strikes killed five fighters near Jilib.")[0] == 5
    assert find_fatalities("Three civilians and two soldiers were killed.")[0] == 5


def test_the_target_of_attacks_named_as_a_compound_noun_is_no_attacker():
    # "suicide car bomb attacks on Iraqi forces killed ...": Iraqi forces were hit, not hitting
    evs = events_of("Suicide car bomb attacks on Iraqi security forces in Abu Ghraib killed eight soldiers "
                    "on Monday, officials said.", dt.date(2016, 2, 29))
    assert [(e.sub_event_type, e.actor2.actor.id, e.fatalities) for e in evs] == [("Suicide bomb", "iraqi_army", 8)]
    assert evs[0].actor1 is None or evs[0].actor1.actor.id != "iraqi_army"


def test_a_claim_with_nothing_told_before_tells_the_claimed_event_itself():
    evs = events_of("Al-Shabaab claimed responsibility for a suicide bombing that killed 11 people at a hotel "
                    "in Mogadishu on Saturday.", dt.date(2019, 7, 15))
    assert [(e.sub_event_type, e.actor1.actor.id) for e in evs] == [("Suicide bomb", "al_shabaab")]


def test_it_in_what_a_force_says_is_that_force():
    evs = events_of("The army said it had killed 22 militants in air strikes in Kunduz province on Monday.",
                    dt.date(2016, 5, 10))
    assert [(e.sub_event_type, e.actor1.actor.id) for e in evs] == [("Air/drone strike", "military_af")]


def test_people_captured_are_no_ground_and_a_named_village_is_ground_even_unknown():
    evs = events_of("Islamic State fighters captured three soldiers near Hit on Sunday.", dt.date(2016, 5, 10))
    assert [e.sub_event_type for e in evs] == ["Armed clash"]
    evs = events_of("The SDF said they had captured the village of Umm Rummanat from Islamic State on Sunday.",
                    dt.date(2016, 5, 10))
    assert [e.sub_event_type for e in evs] == ["Non-state actor overtakes territory"]


def test_fighting_positions_are_no_fight_and_a_fight_between_two_sides_is_theirs_wherever_between_hangs():
    evs = events_of("The coalition said it had carried out air strikes near Baiji on Sunday, hitting Islamic State "
                    "fighting positions.", dt.date(2015, 5, 18))
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]
    evs = events_of("Fighting raged in Baiji between the army and Islamic State on Sunday.", dt.date(2015, 5, 18))
    assert [(e.sub_event_type, {e.actor1.actor.id, e.actor2.actor.id}) for e in evs] == [
        ("Armed clash", {"iraqi_army", "isis"})]


def test_the_capital_named_by_nationality_or_by_the_story_is_that_country_capital():
    evs = events_of("A suicide bomber struck a hotel in the Somali capital on Saturday, killing 11 people.",
                    dt.date(2019, 7, 15))
    assert [(e.sub_event_type, e.location.place.name) for e in evs] == [("Suicide bomb", "Mogadishu")]
    # "north of the capital" is somewhere near it, not in it: no place rather than a wrong one
    assert events_of("Militants fired rockets at an army base north of the Afghan capital on Sunday.",
                     dt.date(2019, 7, 15)) == []
    # a region's capital is not the country's
    from warmap.places.gazetteer import load_gazetteer
    g = load_gazetteer()
    assert g.find("Tigrayan forces neared the Tigrayan capital.", country="ET") == [] or all(
        p.place.name != "Addis Ababa" for p in g.find("Tigrayan forces neared the Tigrayan capital.", country="ET"))


def test_towns_of_gaza_and_the_west_bank_stand_in_stories_told_from_israel():
    # "Israeli" makes the story Israel's; Gaza City and Jenin are in the Palestinian territories
    evs = events_of("Israeli jets struck a building in Gaza City on Monday.", dt.date(2021, 5, 18))
    assert [(e.sub_event_type, e.location.place.name) for e in evs] == [("Air/drone strike", "Gaza")]
    evs = events_of("Israeli troops raided Jenin on Monday, killing two gunmen.", dt.date(2023, 7, 4))
    assert [e.location.place.country for e in evs] == ["PS"]


def test_a_weapon_coordinated_with_a_habit_is_the_same_habit_unless_dated():
    text = ("Homs has been split between the army and rebels, with regime forces carrying out frequent air "
            "strikes and dropping barrel bombs in rebel-held districts.")
    assert events_of(text, dt.date(2014, 5, 1)) == []
    evs = events_of("Jets carried out frequent raids on Douma and dropped barrel bombs on Harasta on Monday.",
                    dt.date(2014, 5, 1))
    assert [e.location.place.name for e in evs] == ["Harasta"]


def test_an_event_n_days_before_the_one_just_told_is_dated_so():
    evs = events_of("A car bomb killed 12 people in Kabul on Tuesday. The bombing came two days after a car bomb "
                    "killed 20 people in Jalalabad.", dt.date(2016, 5, 10))
    assert {e.location.place.name: e.when.date for e in evs} == {
        "Kabul": dt.date(2016, 5, 10), "Jalalabad": dt.date(2016, 5, 8)}


def test_a_bare_strike_in_a_report_of_air_strikes_is_one_from_the_air():
    evs = events_of("Government jets struck a market in Douma on Tuesday, killing 20 people.\n\n"
                    "Three days after that, a strike on a school in Saqba killed nine children.",
                    dt.date(2015, 8, 20))
    assert {e.location.place.name: e.sub_event_type for e in evs}.get("Saqba") == "Air/drone strike"


def test_two_tolls_in_one_article_are_two_events_even_when_one_is_undated():
    # the first strike is dated only by the week up to publication; the second, "a day after",
    # gives its own toll: an article states each event's toll once, so these are two strikes
    text = ("Government aircraft struck a busy market in Douma, killing at least 30 people, activists said.\n\n"
            "The attack came a day after a strike on a Douma school left 12 dead.")
    evs = events_of(text, dt.date(2015, 8, 20))
    assert sorted(e.fatalities for e in evs if e.sub_event_type == "Air/drone strike") == [12, 30]


def test_the_one_who_tells_of_a_fight_by_rank_and_name_is_no_side_of_it():
    # "..., Peshmerga General X told VOA": the Peshmerga tell, the fight is the Iraqi brigades'
    evs = events_of("Two Iraqi army brigades were leading the fight near Qayyarah on Monday, Peshmerga General "
                    "Aziz Waisi told reporters.", dt.date(2016, 7, 12))
    assert all(e.actor2 is None or e.actor2.actor.id != "peshmerga" for e in evs)


def test_a_dated_capture_told_of_the_place_inside_a_purpose_is_no_purpose():
    # "launched an offensive Sunday to gain control of Raqqa, the city overrun by IS in 2014": the
    # offensive is Sunday's; the 2014 capture, told of the city on the way, happened too
    evs = events_of("Kurdish-led forces launched an offensive on Sunday to gain control of Tabqa, the town overrun "
                    "by Islamic State fighters in 2013 and held by them since.", dt.date(2017, 3, 27))
    assert sorted((e.sub_event_type, e.when.date.year) for e in evs) == [
        ("Armed clash", 2017), ("Non-state actor overtakes territory", 2013)]
    # an undated attack inside a purpose is still intended only
    assert events_of("The army sent reinforcements to protect civilians from attacks by IS fighters.",
                     dt.date(2017, 3, 27)) == []


def test_the_helper_in_backed_by_is_not_the_doer_however_it_is_parsed():
    # the small parser reads "forces backed by" as a verb phrase, making the helper its agent
    text = ("Iraqi security forces backed by coalition air power retook the town of Rutba from "
            "Islamic State militants on Thursday, a military spokesman said.")
    evs = events_of(text, dt.date(2016, 5, 20))
    assert [e.sub_event_type for e in evs] == ["Government regains territory"]
    assert evs[0].actor1.actor.id == "iraqi_army"


def test_a_report_that_names_no_place_keeps_its_events_with_the_place_unknown():
    # a brief from a wire feed: the only thing it says is the event; dropping it loses all
    text = "Riot police broke up a rally of opposition supporters with tear gas on Saturday and detained 12 people."
    evs = events_of(text, dt.date(2021, 3, 8))
    assert {e.sub_event_type for e in evs} >= {"Protest with intervention"}
    for e in evs:
        assert e.location is None
        assert any(ev.field == "place_note" and "unknown" in ev.text for ev in e.evidence)


def test_a_brief_with_no_place_still_says_nothing_it_cannot_support():
    for text in ("Officials fear that clashes could resume if the talks collapse.",
                 "There were no reports of fighting on Tuesday, residents said."):
        assert events_of(text, dt.date(2021, 3, 8)) == []


def test_a_placeless_sentence_of_a_report_that_names_places_is_still_dropped():
    # the story names its town, and a sentence with no place of its own and no town before
    # it in the same country is a tally, not an event to keep at an unknown place
    text = ("In Syria, coalition forces conducted 12 strikes on Sunday.\n\n"
            "Near Raqqah, four strikes destroyed an ISIS vehicle.")
    evs = events_of(text, dt.date(2017, 5, 8))
    assert all(e.location is not None for e in evs)
    assert len(evs) == 1


def test_in_a_brief_with_no_place_a_role_is_an_actor_of_no_country():
    evs = events_of("Soldiers opened fire on a bus carrying farmers on Monday, killing five, witnesses said.",
                    dt.date(2021, 3, 10))
    assert [(e.sub_event_type, e.actor1.actor.name, e.actor1.actor.country) for e in evs] == [
        ("Attack", "Military Forces", None)]
    assert evs[0].actor2.actor.id == "civilians" and evs[0].fatalities == 5


def test_a_role_keeps_its_country_when_the_text_names_a_place():
    evs = events_of("Soldiers opened fire on a bus carrying farmers near Kidal on Monday, killing five.",
                    dt.date(2021, 3, 10))
    assert [(e.actor1.actor.name, e.actor2.actor.name) for e in evs] == [
        ("Military Forces of Mali", "Civilians (Mali)")]


def test_people_shot_while_demonstrating_are_protesters_met_with_excessive_force():
    for text in ("Police fired live rounds at students demonstrating peacefully in Khartoum on Monday, killing two.",
                 "Soldiers shot dead two men who were protesting against the coup in Mandalay on Sunday."):
        evs = events_of(text, dt.date(2021, 6, 15))
        assert [e.sub_event_type for e in evs] == ["Excessive force against protesters"], text
        assert evs[0].actor2.actor.type == "protesters" and evs[0].fatalities == 2


def test_tear_gas_at_people_demonstrating_is_an_intervention_not_excessive_force():
    evs = events_of("Police fired tear gas at students demonstrating in Khartoum on Monday.", dt.date(2021, 6, 15))
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]


def test_a_datelines_date_is_the_filing_date_not_the_events():
    # "SOUTHWEST ASIA, Jan. 12, 2016 - ": a release's dateline with its year; the event is Monday's
    text = ("SOUTHWEST ASIA, Jan. 12, 2016 - Peshmerga forces repelled a large Daesh attack on their "
            "positions near Kisik on Monday, killing dozens of the attackers, officials reported today.")
    evs = events_of(text, dt.date(2016, 1, 12))
    assert [(e.sub_event_type, e.when.date) for e in evs] == [("Armed clash", dt.date(2016, 1, 11))]
    assert evs[0].actor1.actor.id == "peshmerga"


def test_a_neighbourhood_of_a_town_with_a_bearing_is_in_that_town():
    # Husaybah is also a town by the Syrian border, 200 km from Ramadi's Husaybah quarter
    evs = events_of("Iraqi security forces cleared the Husaybah neighborhood of eastern Ramadi on Sunday.",
                    dt.date(2016, 1, 12))
    assert [(e.sub_event_type, e.location.place.name) for e in evs] == [("Government regains territory", "Ramadi")]


def test_a_bomber_on_foot_told_by_what_they_carried_is_a_suicide_bomb():
    for text in ("Boko Haram used a teenage girl carrying explosives to attack a crowded market in Maiduguri "
                 "on Sunday, killing eight people.",
                 "A man wearing an explosive vest into a wedding hall in Kabul killed 63 guests on Saturday.",
                 "A woman carrying explosives into a crowded market in Maiduguri killed 12 people on Friday."):
        evs = events_of(text, dt.date(2021, 6, 15))
        assert [e.sub_event_type for e in evs] == ["Suicide bomb"], text
        assert evs[0].actor1.actor.type != "civilians", text  # the bomber is no civilian side
    # carried, stopped or seized: no attack
    for text in ("Police arrested a woman carrying explosives near the market in Maiduguri on Sunday.",
                 "A truck carrying explosives at the checkpoint in Kabul was stopped by police on Sunday."):
        assert "Suicide bomb" not in [e.sub_event_type for e in events_of(text, dt.date(2021, 6, 15))], text


def test_took_control_of_a_place_the_gazetteer_lacks_is_still_a_capture():
    # "took control of the town of X": the town is the object of "of", not of the verb
    evs = events_of("Al-Shabaab fighters took control of the town of El Baraf on Sunday after Somali soldiers "
                    "withdrew following a gunfight.", dt.date(2021, 6, 15))
    # a gunfight before the withdrawal: no non-violent transfer
    assert [e.sub_event_type for e in evs] == ["Non-state actor overtakes territory"]
    assert evs[0].actor1.actor.id == "al_shabaab" and evs[0].location is None


def test_fighters_driven_out_of_a_town_is_the_town_taken_not_people_captured():
    for text, sub in (
            ("On 12 May, the Malian army drove jihadist fighters out of the town of Boni.", "Government regains territory"),
            ("Iraqi troops drove Islamic State fighters out of Hit on Sunday.", "Government regains territory"),
            ("Iraqi troops captured three Islamic State fighters near Hit on Sunday.", "Armed clash")):
        assert [e.sub_event_type for e in events_of(text, dt.date(2021, 6, 15))] == [sub], text


def test_any_countrys_nationality_names_the_story_country():
    # "Philippine" once left the story country open, and Marawi went to Merowe in Sudan
    evs = events_of("Philippine troops drove the last militants out of Marawi on Monday after months of "
                    "fighting, the armed forces chief said.", dt.date(2017, 10, 18))
    assert [(e.sub_event_type, e.actor1.actor.country) for e in evs] == [("Government regains territory", "PH")]
    assert all(e.location is None or e.location.place.country == "PH" for e in evs)


def test_a_dated_placed_arrest_whose_doer_goes_unsaid_is_an_arrest():
    # a statement's habit: "concerned by the arrest of X in Kampala on Wednesday"
    evs = events_of("The United States is deeply concerned by the arrest of opposition leader Kizza Besigye "
                    "in Kampala on Wednesday.", dt.date(2016, 5, 13))
    assert [(e.sub_event_type, e.location.place.name, e.when.date) for e in evs] == [
        ("Arrests", "Kampala", dt.date(2016, 5, 11))]
    for text in ("Police said an arrest warrant was issued in Kampala on Wednesday.",   # a warrant
                 "On 12 May 2022, a crowd in Kananga lynched a man suspected of kidnapping a child."):  # accused
        assert not any(e.sub_event_type in ("Arrests", "Abduction/forced disappearance")
                       for e in events_of(text, dt.date(2022, 5, 16))), text


def test_an_event_told_in_a_reduced_relative_clause_is_given_whatever_the_call_around_it():
    evs = events_of("The European Union calls for the immediate release of the 276 schoolgirls abducted by "
                    "Boko Haram from their school in Chibok on 14 April.", dt.date(2014, 4, 30))
    assert [(e.sub_event_type, e.actor1.actor.id, e.when.date) for e in evs] == [
        ("Abduction/forced disappearance", "boko_haram", dt.date(2014, 4, 14))]
    # a report the teller could not confirm stays unconfirmed ("had looted": a clause of its own)
    assert events_of("The monitor was unable to confirm reports that fighters had looted homes in "
                     "villages near Afrin.", dt.date(2018, 1, 30)) == []


def test_the_killing_of_named_victims_by_a_named_doer_is_an_attack():
    # a statement's habit: the event as a noun, its victims after "of", its doer after "by"
    evs = events_of("We condemn in the strongest terms the killing of 11 aid workers in the village of Zoui "
                    "on Sunday by unidentified gunmen.", dt.date(2022, 12, 1))
    assert [(e.sub_event_type, e.actor1.actor.id, e.actor2.actor.type, e.fatalities) for e in evs] == [
        ("Attack", "unidentified_armed_group", "civilians", 11)]
    # a monitor's daily toll ("the deaths of 127 people") is no attack of its own
    assert events_of("The monitor documented the deaths of 127 people across Syria on Monday.",
                     dt.date(2018, 2, 20)) == []


def test_people_carried_away_with_no_one_named_are_no_abduction():
    # "taken away" needs a doer to be a kidnapping; "kidnapping" itself does not
    for text in ("The wounded were taken away to the hospital in Gao on Monday.",
                 "The bodies were taken away from the scene in Gao on Monday."):
        assert events_of(text, dt.date(2021, 6, 15)) == [], text
    evs = events_of("The kidnapping of two aid workers near Gao on Monday alarmed the UN.", dt.date(2021, 6, 15))
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]


def test_a_wire_lead_placed_by_the_next_paragraphs_attackers_sentence():
    # the lead names only the region ("in northern Burkina Faso"); the second paragraph, opening
    # on "The assailants stormed the post in X", says where; storming an army post is an assault
    text = ("OUAGADOUGOU, Nov 15 (Reuters) - Suspected jihadists killed 14 soldiers in an attack on an army "
            "detachment in northern Burkina Faso on Sunday, security sources said.\n\n"
            "The assailants stormed the post in Tin-Akoff, near the border with Mali, before dawn and set "
            "fire to vehicles, two security sources said.")
    evs = events_of(text, dt.date(2020, 11, 15))
    assert [(e.sub_event_type, e.location.place.name, e.when.date, e.fatalities) for e in evs] == [
        ("Armed clash", "Tin-Akoff", dt.date(2020, 11, 15), 14)]
    assert evs[0].actor2.actor.type == "state forces"


def test_a_town_named_in_the_clause_beats_the_province_fronted_before_it():
    for text, town in (("In the eastern Donetsk region, Russian forces shelled the town of Kramatorsk on Friday "
                        "evening, wounding two civilians.", "Kramatorsk"),
                       ("In Idlib province, government forces shelled the town of Saraqib on Friday.", "Saraqib")):
        evs = events_of(text, dt.date(2022, 6, 25))
        assert [(e.location.place.name, e.location.geo_precision) for e in evs] == [(town, 1)], text
    # a town in another clause ("a day after rebels took Saraqib") is not where the shelling was
    evs = events_of("Government forces shelled villages in Idlib province on Friday, a day after rebels took "
                    "Saraqib.", dt.date(2022, 6, 25))
    assert [e.location.place.kind for e in evs if e.sub_event_type.startswith("Shelling")] == ["admin1"]


def test_people_named_in_a_clause_of_their_own_are_no_target_of_an_unclaimed_bomb():
    text = ("Hours later, a second car bomb exploded near a hospital in eastern Baghdad, police said.\n\n"
            "Monday's bombing came as the French president visited Baghdad to meet Iraqi leaders and French "
            "troops training local forces.")
    evs = [e for e in events_of(text, dt.date(2017, 1, 2)) if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert evs and all(e.actor2 is None or e.actor2.actor.country != "FR" for e in evs)
    # "..., killing 12 people": the bomb's own victims stay its target
    evs = events_of("Two car bombs exploded in Baghdad on Monday, killing 12 people.", dt.date(2017, 1, 2))
    assert [e.actor2.actor.type for e in evs] == ["civilians"]


def test_a_guided_aerial_or_glide_bomb_is_an_air_strike():
    for text in ("Two women died when a guided aerial bomb hit a residential building in Kupiansk, Ukraine, on Monday.",
                 "Russian aircraft dropped glide bombs on Kupiansk in eastern Ukraine on Monday, killing two people."):
        evs = events_of(text, dt.date(2024, 5, 18))
        assert [(e.sub_event_type, e.location.place.name) for e in evs] == [("Air/drone strike", "Kupyansk")], text


def test_a_township_and_a_regions_possessive_place_the_event():
    # Myanmar's outlets name townships ("Kalay Township") and a region's township ("Sagaing Region's X Township")
    evs = events_of("On Wednesday, resistance fighters overran a military outpost in Kalay Township, Myanmar, "
                    "killing 12 soldiers.", dt.date(2023, 6, 16))
    assert [e.location.place.name for e in evs] == ["Kalemyo"]
    evs = events_of("Myanmar's military torched more than 200 homes in Sagaing Region's Kani Township on Tuesday.",
                    dt.date(2023, 6, 16))
    assert [(e.location.place.name, e.location.geo_precision) for e in evs] == [("Sagaing", 3)]


def test_a_statements_habits_claims_and_comments():
    text = ("The United States condemns today's suicide bombing at a school in Kabul, which killed at least 18 "
            "people. This attack follows Sunday's car bombing in Ghor province that killed at least 12 people, "
            "as well as the Taliban's continued attacks on Afghan forces in Helmand.\n\n"
            "The Islamic State has claimed responsibility for the Kabul attack.")
    evs = events_of(text, dt.date(2020, 10, 24))
    by_place = {e.location.place.name: e for e in evs}
    assert set(by_place) == {"Kabul", "Ghor"}  # "continued attacks" is a habit, no event
    assert by_place["Kabul"].actor1.actor.id == "isis"  # the claim names the Kabul attack
    assert by_place["Ghor"].actor1.actor.name == "Unidentified Armed Group (Afghanistan)"
    # who comments on a bombing did not do it, and a terrorist bombing is set off, not flown
    evs = events_of("U.S. troops left Incirlik on Monday. Also today, the secretary commented on yesterday's "
                    "terrorist bombings in Istanbul, Turkey.", dt.date(2017, 1, 10))
    assert [(e.sub_event_type, e.actor1.actor.name) for e in evs if e.location.place.name == "Istanbul"] == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Turkey)")]


def test_two_events_told_in_two_clauses_keep_their_own_tolls():
    text = ("A 67-year-old man was killed in a drone strike on the village of Kozacha Lopan, while two women died "
            "when a guided aerial bomb hit a residential building in Kupiansk, Ukraine, the governor said.")
    evs = events_of(text, dt.date(2024, 5, 18))
    assert {e.location.place.name: e.fatalities for e in evs} == {"Kozacha Lopan": 1, "Kupyansk": 2}


def test_a_one_country_groups_unplaced_act_is_not_put_in_the_storys_other_country():
    # a briefing about Hawija (Iraq) that also tells, unplaced, what the SDF did in Syria
    text = ("Iraqi forces cleared 11 villages near Hawija on Thursday, a coalition spokesman said.\n\n"
            "In Syria, the SDF continued to clear Raqqa.\n\n"
            "The SDF also detained Islamic State fighters trying to blend in among civilians on Thursday.")
    evs = [e for e in events_of(text, dt.date(2017, 9, 22)) if e.sub_event_type == "Arrests"]
    assert [(e.actor1.actor.id, e.location and e.location.place.country) for e in evs] == [("sdf", "SY")]


def test_a_hotel_stormed_in_a_country_s_capital_is_an_attack_there_by_the_group_named():
    text = ("Al-Shabaab gunmen stormed a seafront hotel in Somalia's capital late on Friday, killing at least "
            "seven people, police said.\n\nThe attack on the hotel began with a suicide car bomb at its gate, "
            "a police officer said.")
    evs = events_of(text, dt.date(2023, 6, 10))
    assert {e.location.place.name for e in evs} == {"Mogadishu"}
    assert "Non-state actor overtakes territory" not in {e.sub_event_type for e in evs}
    bombs = [e for e in evs if e.sub_event_type == "Suicide bomb"]
    assert [e.actor1.actor.id for e in bombs] == ["al_shabaab"]


def test_explosions_heard_are_no_bombing_and_a_region_yields_to_the_town_named():
    text = ("Sudan's army and the Rapid Support Forces fought in Khartoum on Sunday, residents said. Explosions "
            "and gunfire were heard near the airport. In Darfur, RSF fighters attacked an army base in Nyala.")
    evs = events_of(text, dt.date(2023, 4, 16))
    assert sorted((e.sub_event_type, e.location.place.name) for e in evs) == [
        ("Armed clash", "Khartoum"), ("Armed clash", "Nyala")]


def test_a_strike_placed_by_its_region_takes_the_town_the_next_sentence_names_in_it():
    text = ("Myanmar's air force struck a village in the Sagaing region on Tuesday, killing dozens of people, "
            "witnesses said. The attack on a village in Kanbalu township was among the deadliest of the war.")
    evs = events_of(text, dt.date(2023, 4, 12))
    assert [(e.sub_event_type, e.location.place.name) for e in evs] == [("Air/drone strike", "Kanbalu")]


def test_one_artillery_shell_is_shelling():
    evs = events_of("In Kherson, a 70-year-old woman was killed when an artillery shell hit her home on Sunday, "
                    "the regional governor said.", dt.date(2023, 11, 20))
    assert [(e.sub_event_type, e.location.place.name) for e in evs] == [("Shelling/artillery/missile attack", "Kherson")]


def test_the_attackers_looting_is_part_of_their_attack():
    text = ("Suspected jihadists killed at least 14 villagers in an attack in western Niger's Tillaberi region "
            "on Saturday, the ministry said.\n\nThe assailants raided the village on motorbikes, burning granaries "
            "and stealing cattle, a local official said.")
    evs = events_of(text, dt.date(2024, 2, 12))
    assert [e.sub_event_type for e in evs] == ["Attack"]
    # looting told on its own stays an event
    evs = events_of("Gunmen burned granaries and stole cattle in a village of the Tillaberi region on Saturday.",
                    dt.date(2024, 2, 12))
    assert [e.sub_event_type for e in evs] == ["Looting/property destruction"]


def test_a_bare_toll_right_after_a_clash_is_its_toll():
    text = ("Fighting between the army and the Rapid Support Forces broke out in El Fasher on 10 May. "
            "At least 19 people were killed and dozens wounded, a hospital official said.")
    evs = events_of(text, dt.date(2024, 5, 12))
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Armed clash", 19)]
    # a toll with its own place is no toll of the clash before it
    text = ("Fighting between the army and the Rapid Support Forces broke out in El Fasher on 10 May. "
            "At least 19 people were killed in Nyala, a hospital official said.")
    assert [e.fatalities for e in events_of(text, dt.date(2024, 5, 12)) if e.location.place.name == "El Fasher"] == [None]


def test_a_governor_s_count_of_attacks_is_shelling_not_air_strikes():
    evs = events_of("Russian forces attacked Kharkiv Oblast 41 times over the past day, killing one person, "
                    "the governor said on Sunday.", dt.date(2023, 11, 19))
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]
    # with aircraft named it stays an air strike
    evs = events_of("Russian jets attacked Kharkiv Oblast 12 times over the past day, the governor said on Sunday.",
                    dt.date(2023, 11, 19))
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]
