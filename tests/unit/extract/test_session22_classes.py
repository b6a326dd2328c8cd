"""Classes of session 22 (a site named with its town is in that town; a hamlet's name that runs
into a surname is a person), each in the project's own words with a near miss."""
import datetime as dt

from helpers import make_article, summarise as summary
from warmap.pipeline import analyse


def test_a_landmark_named_with_its_town_is_in_that_town():
    park = summary("Riot police stormed Ankara's Kugulu Park on Saturday, firing tear gas at hundreds of "
                   "demonstrators.", dt.date(2013, 6, 2))
    assert [(s[0], s[1]) for s in park] == [("Protest with intervention", "Ankara")]
    station = summary("A bomb exploded near the Tsvetnoy metro station in Moscow on Tuesday, killing four "
                      "passengers.", dt.date(2017, 4, 4))
    assert [(s[0], s[1]) for s in station] == [("Remote explosive/landmine/IED", "Moscow")]
    beside = summary("A grenade exploded at the Lakshmi temple at central Colombo's Pettah junction on "
                     "Monday, killing three people.", dt.date(2019, 5, 7))
    assert [s[1] for s in beside] == ["Colombo"]
    # near miss: a base the gazetteer lacks, with no town named, stays unplaced (not the story's town)
    base = summary("Rebels in Benghazi said on Monday that they had captured the Gamal airbase.",
                   dt.date(2014, 5, 6))
    assert all(s[1] != "Benghazi" for s in base)


def test_a_hamlets_name_running_into_a_surname_is_a_person():
    got = summary("Opposition council member Maria Lukashova was seized by masked men near the central "
                  "post office in Minsk on Monday.", dt.date(2020, 9, 8))
    assert [(s[0], s[1]) for s in got] == [("Abduction/forced disappearance", "Minsk")]
    # near miss: a hamlet named before a place noun is still the hamlet
    from warmap.places.gazetteer import load_gazetteer

    found = load_gazetteer().find("Jets struck the Shayrat airfield on Friday.")
    assert [m.place.name for m in found] == ["Shayrat"]


def test_the_group_blamed_in_the_sentence_is_the_killer():
    got = summary("Eleven farmers were killed on Sunday night near Damboa in Borno state, and the army "
                  "blamed Boko Haram.", dt.date(2021, 5, 24))
    assert [(s[0], s[2]) for s in got] == [("Attack", "boko_haram")]
    # near miss: with a strike told, the one blamed is the striker and the killing no event of its own
    strike = summary("On Friday, missiles struck an air base near Homs, killing nine people; Syria blamed Israel.",
                     dt.date(2018, 4, 10))
    assert [(s[0], s[2]) for s in strike] == [("Shelling/artillery/missile attack", "military_il")]


def test_people_taken_to_hospital_are_no_ground_taken():
    got = summary("Dozens of schoolgirls in Borujerd were taken to hospital on Sunday after a deliberate "
                  "release of toxic gas in their classroom by unknown assailants.", dt.date(2023, 2, 27))
    assert [s[0] for s in got] == ["Chemical weapon"]
    # near miss: a town taken is still a capture
    town = summary("Rebels took Kidal on Sunday after a day of fighting with the army.", dt.date(2012, 4, 1))
    assert [s[0] for s in town] == ["Non-state actor overtakes territory"]
    # near miss: a factory's leak is no weapon used
    assert summary("A fertiliser plant in Homs leaked toxic gas into the river on Sunday.", dt.date(2019, 3, 4)) == []


def test_a_reports_own_date_does_not_date_the_event():
    events = analyse(make_article("On 4 June 2019, soldiers raped at least 12 women in Muyuka and arrested 20 men, "
                                  "according to a report published by a rights group in May 2020.",
                                  published=dt.date(2020, 6, 1))).events
    assert [e.when.date for e in events] == [dt.date(2019, 6, 4)] * len(events) and events
    # near miss: with no date of its own, the event is dated by the report's words, not the story's
    undated = analyse(make_article("Soldiers raped at least 12 women in Muyuka in May 2020, according to a rights "
                                   "group.", published=dt.date(2020, 6, 1))).events
    assert [e.when.date.month for e in undated] == [5]


def test_a_person_dismissed_from_office_denies_nothing():
    got = summary("On 6 January, the security service detained its former chief Ruslan Omarov in Almaty, "
                  "officials announced on 8 January; Omarov had been dismissed by the president the day before.",
                  dt.date(2022, 1, 9))
    assert [s[0] for s in got] == ["Arrests"]
    # near miss: a report dismissed is denied
    denied = summary("The army dismissed reports that soldiers had arrested 40 students in Almaty on Monday.",
                     dt.date(2022, 1, 9))
    assert denied == []


def test_the_dead_of_an_accident_are_no_attack():
    plane = summary("A small airliner carrying 40 people crashed into a hillside near Jomsom on Monday morning; "
                    "at least 30 bodies have been recovered, officials said.", dt.date(2022, 5, 30))
    assert plane == []
    helicopter = summary("A military helicopter crashed near Kirkuk on Monday, killing four soldiers.",
                         dt.date(2022, 5, 30))
    assert helicopter == []
    # near miss: an aircraft shot down, and bodies found after a raid, are someone's deed
    downed = summary("Rebels shot down a military helicopter near Kirkuk on Monday, killing four soldiers.",
                     dt.date(2022, 5, 30))
    assert len(downed) == 1 and downed[0][2] is not None


def test_a_protest_word_that_tells_why_someone_left_is_no_protest():
    assert summary("Two ministers resigned in protest in Lima on Wednesday.", dt.date(2022, 12, 8)) == []
    # near miss: shops shut in protest are a protest
    shut = summary("Thousands of traders shut their shops in protest in Srinagar on Monday.", dt.date(2019, 8, 6))
    assert [s[0] for s in shut] == ["Peaceful protest"]


def test_a_rally_without_a_permit_and_a_span_to_come_give_no_event():
    assert summary("Police in Dhaka say no permission has been granted for a rally on Sunday.",
                   dt.date(2013, 12, 27)) == []
    # near miss: a rally held without a permit happened
    held = summary("Thousands of people held a rally in Dhaka on Sunday without a police permit.",
                   dt.date(2013, 12, 30))
    assert [s[0] for s in held] == ["Peaceful protest"]
    events = analyse(make_article("The president has extended the curfew in Tunis until 31 December 2024, a decree "
                                  "published on Wednesday said.", published=dt.date(2024, 1, 31))).events
    assert events and all(e.when.date <= dt.date(2024, 1, 31) for e in events)


def test_an_event_named_again_or_counted_over_a_span_is_no_new_event():
    got = summary("Russian drones struck Odesa overnight, killing two people. It was the fifth air attack on "
                  "the city since the start of the month.", dt.date(2023, 7, 20))
    assert len(got) == 1
    assert summary("Police in Yangon said 300 people had been arrested, charged or sentenced since 1 March.",
                   dt.date(2021, 4, 2)) == []
    assert summary("Car bombings in the capital have become more frequent.", dt.date(2021, 4, 2)) == []
    # near miss: a bombing told with a day is one event
    one = summary("A car bomb exploded in Mogadishu on Sunday, killing five people.", dt.date(2021, 4, 5))
    assert [s[0] for s in one] == ["Remote explosive/landmine/IED"]


def test_a_states_body_speaking_does_not_make_the_story_its_country():
    got = summary("A missile struck the railway station in Kramatorsk on Friday, killing 50 people. "
                  "Russia's Defence Ministry denied responsibility.", dt.date(2022, 4, 8))
    assert [s[1] for s in got] == ["Kramatorsk"]


def test_a_papers_name_a_venue_and_a_nickname_are_no_unknown_place():
    deal = summary("The government and the rebels signed the Final Peace Agreement at the Teatro Municipal in "
                   "Bogota on Thursday.", dt.date(2016, 11, 25))
    assert [(s[0], s[1]) for s in deal] == [("Agreement", "Bogota")]
    nick = summary("Soldiers detained Ovidio Guzman, a son of Joaquin 'El Chapo' Guzman, in Culiacan on Thursday.",
                   dt.date(2023, 1, 6))
    assert [s[1] for s in nick] == ["Culiacan"]
    truce = summary("On 13 December 2018, the government and the Houthis agreed at talks in Sweden to an immediate "
                    "ceasefire in Hodeidah.", dt.date(2018, 12, 18))
    assert [(s[0], s[1]) for s in truce] == [("Agreement", "Al Hudaydah")]
    # near miss: a talk of a ceasefire that is only hoped for is none
    assert summary("The parties hope to agree at talks in Sweden next week to a ceasefire in Hodeidah.",
                   dt.date(2018, 12, 1)) == []


def test_the_next_day_counts_from_the_day_the_events_took_not_a_nouns_date():
    events = analyse(make_article(
        "On Saturday, soldiers shot dead 12 protesters in Mandalay, eight weeks after the February 1 coup. "
        "The next day, troops fired on mourners at a funeral in Mandalay, killing two.",
        published=dt.date(2021, 3, 29))).events
    assert sorted(e.when.date for e in events) == [dt.date(2021, 3, 27), dt.date(2021, 3, 28)]


def test_a_bodys_title_a_state_someone_was_in_and_a_role_are_no_deed():
    assert summary("Inspectors from the Organisation for the Prohibition of Chemical Weapons began work in Douma "
                   "on Saturday.", dt.date(2018, 4, 14)) == []
    assert summary("Hadi, who fled house arrest in Sanaa last month, arrived in Aden on Saturday.",
                   dt.date(2015, 3, 26)) == []
    assert summary("The group has turned to teenage boys as suicide bombers in Borno.", dt.date(2015, 1, 12)) == []
    assert summary("Boko Haram has killed thousands of people and displaced more than 2.5 million since its "
                   "insurgency began in 2009.", dt.date(2015, 1, 12)) == []
    # near misses: placed under house arrest, and a bomber who struck
    placed = summary("Houthi fighters placed the president under house arrest in Sanaa on Thursday.",
                     dt.date(2015, 1, 23))
    assert [s[0] for s in placed] == ["Arrests"]
    struck = summary("A teenage suicide bomber blew himself up at a market in Maiduguri on Sunday, killing 12.",
                     dt.date(2015, 1, 12))
    assert [s[0] for s in struck] == ["Suicide bomb"]


def test_a_weekday_in_a_name_is_no_date():
    events = analyse(make_article("On Saturday, a girl blew herself up at the busy Monday Market in Maiduguri, "
                                  "killing 19 people.", published=dt.date(2015, 1, 12))).events
    assert [e.when.date for e in events] == [dt.date(2015, 1, 10)]


def test_a_governor_killed_is_a_civilian_attacked():
    got = summary("Governor Adam Musa was killed by RSF fighters in Nyala on Wednesday.", dt.date(2023, 6, 16))
    assert [(s[0], s[2], s[3]) for s in got] == [("Attack", "rsf", "civilians_sd")]
    # near miss: a commander killed is a fight with his side
    commander = summary("Somali troops killed an al-Shabaab commander in Jilib on Monday.", dt.date(2023, 6, 20))
    assert [s[0] for s in commander] == ["Armed clash"]


def test_a_town_overrun_with_killings_stays_taken():
    got = summary("Insurgents overran the town of Mocimboa da Praia on Wednesday, killing dozens of people.",
                  dt.date(2020, 8, 14))
    assert [s[0] for s in got] == ["Non-state actor overtakes territory"]
    # near miss: a village stormed and its people killed is a massacre
    raid = summary("Gunmen stormed a village near Mocimboa da Praia on Wednesday and killed 20 civilians.",
                   dt.date(2020, 8, 14))
    assert [s[0] for s in raid] == ["Attack"]


def test_the_town_of_a_name_is_no_big_city_abroad():
    got = summary("Mozambique's army said on Sunday it had lost contact with its garrison. On Wednesday, insurgents "
                  "overran the town of Palma in Cabo Delgado, killing dozens of people.", dt.date(2021, 3, 28))
    assert all(s[1] != "Palma" for s in got)
    # near miss: talks held in a big city abroad keep their city
    talks = summary("Mozambique's government and the rebels signed a ceasefire agreement in Lisbon on Sunday.",
                    dt.date(2019, 8, 5))
    assert [s[1] for s in talks] == ["Lisbon"]


def test_killed_during_clashes_told_here_is_an_event():
    got = summary("Two aid workers were killed in crossfire during clashes between the army and the RSF in "
                  "Kabkabiya on Saturday.", dt.date(2023, 4, 17))
    assert [s[0] for s in got] == ["Armed clash"]
    # near miss: during the clashes told before
    told = summary("The army and the RSF fought in Kabkabiya on Saturday. Two aid workers were killed during the "
                   "clashes.", dt.date(2023, 4, 17))
    assert len(told) == 1


def test_weeks_of_fighting_and_a_capture_spoken_of_are_no_new_event():
    got = summary("On 5 July 2014, Ukrainian forces took control of Sloviansk after separatist fighters withdrew "
                  "overnight following weeks of fighting. President Poroshenko described the recapture as a "
                  "turning point.", dt.date(2014, 7, 7))
    assert [s[0] for s in got] == ["Government regains territory"]
    # near miss: a bombing condemned is often its only report
    condemned = summary("The UN mission strongly condemned the twin car bombings outside a mosque in Benghazi on "
                        "Tuesday that killed at least 27 people.", dt.date(2018, 1, 24))
    assert [s[0] for s in condemned] == ["Remote explosive/landmine/IED"]


def test_a_quarter_of_a_big_town_on_the_same_day_is_the_towns_event():
    got = summary("Thousands of people marched through Yangon on Monday against military rule. Shops were closed as "
                  "protesters gathered at the Hledan junction.", dt.date(2021, 2, 22))
    assert [(s[0], s[1]) for s in got] == [("Peaceful protest", "Yangon")]
    # near miss: a town far from the city keeps its own event
    far = summary("Thousands of people marched through Yangon on Monday against military rule. Protesters also "
                  "gathered in Bago.", dt.date(2021, 2, 22))
    assert sorted(s[1] for s in far) == ["Bago", "Yangon"]


def test_a_residence_attacked_a_march_held_and_a_warehouse_looted():
    home = summary("A group of unidentified individuals attacked the private residence of the mayor in Kandahar on "
                   "Wednesday.", dt.date(2021, 7, 8))
    assert [(s[0], s[3]) for s in home] == [("Attack", "civilians_af")]
    march = summary("More than a million people took part in a peaceful march in central Santiago on Friday.",
                    dt.date(2019, 10, 26))
    assert [(s[0], s[1]) for s in march] == [("Peaceful protest", "Santiago")]
    looted = summary("An aid agency said on Thursday that its main warehouse in Juba had been looted on Monday.",
                     dt.date(2016, 7, 14))
    assert [(s[0], s[1], s[2]) for s in looted] == [("Looting/property destruction", "Juba", None)]
    # near misses: the month, and a march the government will not allow
    assert summary("The offensive on Tikrit began in March, officials said.", dt.date(2015, 4, 2)) == []
    assert summary("The government said it will not allow the march in Dhaka.", dt.date(2013, 12, 27)) == []
