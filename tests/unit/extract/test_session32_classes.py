"""Session 32's classes, one row each with its near miss (layout: ``helpers.check_class_row``)."""
import datetime as dt

import pytest
from helpers import check_class_row, summarise

ROWS: list[tuple] = [
    # "were targeted by drones": a strike from the air told in the passive, by what flew; a site targeted by
    # an inspection or by protesters is no strike
    ("targeted_by_drones", "2019-09-14",
     "Fires broke out at two oil facilities in Abqaiq early on Saturday after they were targeted by drones, the "
     "Interior Ministry said.",
     [("Air/drone strike", "Abqaiq", None, None)],
     "Fires broke out at two oil facilities in Abqaiq early on Saturday after they were targeted by inspectors, "
     "the Interior Ministry said.", []),
    # civilians, so named, killed on a day and at a place of their own with no cause the sentence names: someone
    # killed them (ACLED's Unidentified Armed Group); "people" killed so may have died in an accident
    ("civilians_killed_outright", "2020-02-17",
     "At least 22 civilians, 14 of them children, were killed on Friday in Kumba, the UN humanitarian office said.",
     [("Attack", "Kumba", "unidentified_armed_group", "civilians_cm")],
     "At least 22 people, 14 of them children, were killed on Friday in Kumba, the UN humanitarian office said.",
     []),
    # "killed in the two car bombs that struck the ministry on Saturday": bombs told here, with their own site
    # and day; "killed in two attacks" is a toll of attacks told one by one elsewhere
    ("in_the_two_bombs_that_struck", "2022-10-30",
     "Police said 100 people were killed in the two car bombs that struck the education ministry in Mogadishu on "
     "Saturday.",
     [("Remote explosive/landmine/IED", "Mogadishu", "unidentified_armed_group", None)],
     "Police said 100 people were killed in two attacks in Mogadishu this year.", []),
    # drones "were disabled" or "jammed": disrupted as when shot down; drones "were displayed" were not
    ("drones_disabled", "2023-05-03",
     "Two unmanned aerial vehicles were aimed at the presidential palace in Kyiv overnight and were disabled by "
     "electronic warfare systems, the air force said on Wednesday.",
     [("Disrupted weapons use", "Kyiv", None, None)],
     "Two unmanned aerial vehicles were displayed at the presidential palace in Kyiv overnight and were praised by "
     "the air force on Wednesday.", []),
    # a state's "terrorists" killed by its forces are the armed side of a fight, not civilians; civilians so
    # killed stay an attack
    ("terrorists_killed_by_troops", "2024-12-22",
     "On December 6, security forces killed nine terrorists in North Waziristan.",
     [("Armed clash", "North Waziristan", "military_pk", None)],
     "On December 6, security forces killed nine civilians in North Waziristan.",
     [("Attack", "North Waziristan", "military_pk", "civilians_pk")]),
    # militants "killed in an operation": by the forces of the country, whom such reports leave unnamed; killed
    # in a quarrel, by no one the words name
    ("killed_in_an_operation", "2024-11-03",
     "Three militants who had fired on an army ambulance were killed in an operation in Kupwara on Tuesday.",
     [("Armed clash", None, "military_in", None)],
     "Three militants who had fired on an army ambulance were killed in a quarrel in Kupwara on Tuesday.", []),
    # police who "used live bullets" where demonstrators gathered used lethal force on a protest, in each town
    # named; troops who used live ammunition against militants fought no protest
    ("live_bullets_on_a_protest", "2011-07-21",
     "Police used live bullets and tear gas in Mzuzu and Blantyre on Wednesday after demonstrators defied an "
     "injunction and gathered to protest against fuel shortages.",
     [("Excessive force against protesters", "Blantyre", "police_mw", "protesters_mw"),
      ("Excessive force against protesters", "Mzuzu", "police_mw", "protesters_mw")],
     "Troops used live ammunition against militants in Mzuzu and Blantyre on Wednesday.", []),
    # police who beat protesters with batons stopped a protest by force (ACLED's intervention when no one is
    # said to be killed or gravely hurt); protesters who beat a policeman stopped no protest
    ("beating_protesters", "2021-01-24",
     "In Moscow, riot police beat protesters with batons on Saturday and detained more than 1,000 people.",
     [("Protest with intervention", "Moscow", "protesters_ru", "police_ru")],
     "In Moscow, protesters beat drums on Saturday and more than 1,000 people marched peacefully.",
     [("Peaceful protest", "Moscow", "protesters_ru", None)]),
    # a party's headquarters attacked by the presidential guard, told in the passive: the state's forces on
    # civilians (the guard is the country's military); a military base so attacked is a fight with its keepers
    ("party_headquarters_attacked_by_the_guard", "2016-09-01",
     "His party headquarters in Libreville was attacked by the presidential guard on Wednesday night.",
     [("Attack", "Libreville", "military_ga", "civilians_ga")],
     "A military base in Libreville was attacked by gunmen on Wednesday night.",
     [("Armed clash", "Libreville", "unidentified_armed_group", "military_ga")]),
    # "the opposition Liberal Party" is a party, no armed opposition: police who raid its office and shoot a
    # member attack civilians; "the opposition" that attacked army positions is the armed one
    ("the_opposition_party", "2017-04-01",
     "Early Saturday, police raided the headquarters of the opposition Liberal Party in Asuncion and shot dead a "
     "party youth leader.",
     [("Attack", "Asuncion", "police_py", None)],
     "Early Saturday, the opposition attacked police positions in Asuncion and shot dead an officer.",
     [("Armed clash", "Asuncion", "unidentified_armed_group", "police_py")]),
    # "border guards of Tajikistan and Kyrgyzstan exchanged fire": one force named with two countries is the
    # two sides of the fight; a force of one country alone fired at no one named
    ("forces_of_two_countries", "2021-04-29",
     "Border guards of Tajikistan and Kyrgyzstan exchanged fire on Thursday near Vorukh.",
     [("Armed clash", "Vorukh", "military_tj", "military_kg")],
     "Border guards of Tajikistan fired into the air on Thursday near Vorukh.", []),
    # "killed in two suicide bomb attacks on the police headquarters and the academy": the attacks told here,
    # with what they hit (see in_the_two_bombs_that_struck)
    ("in_two_attacks_on_sites", "2015-06-16",
     "At least 23 people were killed on Monday in two suicide bomb attacks on the police headquarters and the "
     "police academy in N'Djamena, the government said.",
     [("Suicide bomb", "N'Djamena", "unidentified_armed_group", "police_td")],
     "At least 23 people were killed in two suicide bomb attacks in N'Djamena this year, the government said.", []),
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_session32_class_and_its_near_miss(row):
    check_class_row(row)


def test_a_part_of_the_count_in_apposition_is_not_the_toll():
    from warmap.events.fatalities import find_fatalities

    sentence = "At least 22 civilians, 14 of them children, were killed on Friday."
    assert find_fatalities(sentence)[0] == 22
    assert find_fatalities("Gunmen killed 14 people, seven of them Iranians, on Friday.")[0] == 14


def test_the_count_before_an_active_killing_is_of_the_killers():
    from warmap.events.fatalities import find_fatalities

    # "two residents shot dead a policeman": one dead, not two
    assert find_fatalities("Two residents shot dead a policeman in Lagos on Monday.")[0] == 1
    # near miss: the passive's count is of the dead
    assert find_fatalities("Two residents were shot dead in Lagos on Monday.")[0] == 2


def test_a_press_releases_dateline_ends_on_a_colon_after_its_date():
    from warmap.ingest.header import find_dateline
    from warmap.nlp.sentences import dateline_spans

    text = "Mogadishu, 5 June 2023: The mission mourns the soldiers who fell at the base."
    assert [text[a:b] for a, b in dateline_spans(text)] == ["Mogadishu, 5 June 2023: "]
    assert str(find_dateline(text)[2]) == "2023-06-05"
    # near miss: a sentence that opens on a day and a colon is no dateline
    assert find_dateline("On Saturday, 3 June 2023: the army said it had retaken the base.") is None


DAILY = ("Grenade attack at bus stand\nFriday, March 8, 2019\n\n"
         "JAMMU, Mar 7: A boy was killed and 32 others injured when a militant lobbed a grenade at a bus inside the "
         "crowded general bus stand here around noon today. Police later arrested a suspect from Kulgam.")


def test_here_is_the_datelines_town_and_today_its_day():
    # a daily's story filed the day before its paper: "here" is the dateline's town, "today" the dateline's day
    import warmap

    events = [e for e in warmap.extract(DAILY, published="2019-03-08") if e.sub_event_type == "Grenade"]
    assert [(e.location.place.name, str(e.when.date)) for e in events] == [("Jammu", "2019-03-07")]


def test_a_dateline_days_before_the_page_leaves_today_the_pages():
    # near miss: a dateline a week before the page is no filing day of this paper's story
    import warmap

    text = DAILY.replace("Mar 7:", "Mar 1:")
    events = [e for e in warmap.extract(text, published="2019-03-08") if e.sub_event_type == "Grenade"]
    assert [str(e.when.date) for e in events] == ["2019-03-08"]


def test_a_print_editions_foot_line_dates_the_page_and_names_the_outlet():
    from warmap.ingest.metaline import read_meta_line

    meta = read_meta_line("Published in The Express Tribune, December 22nd, 2024.")
    assert (str(meta.published), meta.outlet) == ("2024-12-22", "The Express Tribune")
    # near miss: a sentence of text with a town after "in" is no foot line
    assert read_meta_line("Fighting resumed in Aleppo, December 22nd, 2024.") is None


def test_suspects_captured_by_the_security_forces_are_no_ground_taken():
    import warmap

    text = ("State television showed 20 blindfolded men, presented as suspects captured by the security forces "
            "in Bamako on Tuesday.")
    assert not [e for e in warmap.extract(text, published="2024-09-18") if e.event_type == "Battles"]


def test_a_spot_here_is_in_the_datelines_town():
    import warmap

    text = ("Grenade attack\nPublished November 3, 2024\n\nSrinagar- At least twelve civilians were injured on "
            "Sunday when militants hurled a grenade near the Tourist Reception Centre (TRC) here.")
    assert [e.location.place.name for e in warmap.extract(text, published="2024-11-03")] == ["Srinagar"]


@pytest.mark.parametrize(("line", "dateline"), [
    ("Addis Abeba, June 23/2018 –", "Addis Abeba, June 23/2018"),
    ("June 4, 2019 (KHARTOUM) –", "KHARTOUM, June 4, 2019"),
])
def test_a_dateline_on_a_line_of_its_own_is_no_outlet_and_stays_in_the_text(line, dateline):
    from warmap.ingest import article_from_text

    a = article_from_text(f"Grenade blast at rally\n{line}\n\nOne person was killed after a grenade was thrown "
                          "at the stage this morning, the minister said.")
    assert (a.outlet, a.dateline, a.text.splitlines()[0]) == (None, dateline, line)


def test_a_date_line_with_a_desk_name_is_still_dropped():
    # near miss: an outlet and a date on a line, no dash at its end, is metadata
    from warmap.ingest import article_from_text

    a = article_from_text("Grenade blast at rally\nAddis Standard, June 23, 2018\n\nOne person was killed after a "
                          "grenade was thrown at the stage this morning, the minister said.")
    assert a.outlet == "Addis Standard" and a.text.startswith("One person")


@pytest.mark.parametrize(("text", "here"), [
    ("Two men were killed here on Monday.", True),
    ("near the Tourist Reception Centre (TRC) here as people shopped", True),
    ("From here on, the army said, it would hold the road.", False),
    ("The list of the dead is here and there in the report.", False),
])
def test_here_as_a_place_word(text, here):
    from warmap.events.placing import _HERE

    assert bool(_HERE.search(text)) is here


def test_a_headlines_dead_are_no_crowd():
    # "Two residents shot dead in Kaduna": the passive of a headline, its auxiliary left out; its residents are the
    # dead, not a mob (before, a mob violence event by the country's rioters)
    assert [row[0] for row in summarise("Two residents shot dead in Kaduna on Monday, police said.",
                                        dt.date(2024, 8, 17))] != ["Mob violence"]
    # near miss: a mob of residents that shot a man dead is a mob
    assert summarise("A mob of residents shot dead a suspected thief in Kaduna on Monday, police said.",
                     dt.date(2024, 8, 17)) == [("Mob violence", "Kaduna", "rioters_ng", None)]
