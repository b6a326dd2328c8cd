"""Classes of session 20 (one clause that tells events at several places; a day told with no
year that would fall after the report), each in the project's own words with a near miss."""
import datetime as dt

from helpers import event_summary, make_article
from warmap.events.items import list_items
from warmap.pipeline import analyse

TUESDAY = dt.date(2024, 5, 7)


def events(text: str, published: dt.date = TUESDAY):
    return analyse(make_article(text, published=published)).events


def summary(text: str, published: dt.date = TUESDAY) -> list[tuple]:
    return event_summary(events(text, published))


def test_counts_of_people_each_at_its_own_place_are_events_each_with_its_toll():
    got = events("Soldiers killed three villagers in Tal Afar and two others in Sinjar on Monday, residents said.")
    assert sorted((e.location.place.name, e.fatalities) for e in got) == [("Sinjar", 2), ("Tal Afar", 3)]
    arrests = summary("Police detained 30 demonstrators in Lahore and 12 in Multan on Friday.")
    assert sorted(s[1] for s in arrests) == ["Lahore", "Multan"] and {s[0] for s in arrests} == {"Arrests"}
    # near misses: a second verb is no list of one verb's objects; a date is no count
    s = "Troops killed five militants in Gao, wounded seven in Kidal on Monday."
    assert list_items(s) == []
    assert list_items("Clashes on 5 May in Gao and 7 May in Kidal killed nine soldiers.") == []


def test_a_second_object_hung_on_a_bearing_is_a_second_place():
    # the parser hangs "Daraya" on "the east" of the first object: still the verb's second object
    got = summary("Government artillery shelled Douma in the east and Daraya in the south on Monday.")
    assert sorted(s[1] for s in got) == ["Darayya", "Douma"]
    # near miss: a bearing alone is no second place
    one = summary("Government artillery shelled Douma in the east on Monday.")
    assert [s[1] for s in one] == ["Douma"]


def test_a_preposition_repeated_gives_a_second_place():
    got = summary("Coalition jets carried out strikes in Zabid and in Bajil on Monday, killing 12 Houthi fighters.")
    assert sorted(s[1] for s in got) == ["Bajil", "Zabid"]


def test_a_day_without_a_year_is_no_later_than_the_report():
    got = events("Islamic State fighters seized Mosul on June 10.")
    assert [(e.when.date, e.when.precision) for e in got] == [(dt.date(2023, 6, 10), "day")]
    # near misses: a day told with its year stands, and the day after publication is a time zone
    told = events("Islamic State fighters seized Mosul on June 10, 2024.", dt.date(2024, 6, 9))
    assert [e.when.date for e in told] == [dt.date(2024, 6, 10)]
    tz = events("Islamic State fighters seized Mosul on May 8.")
    assert [e.when.date for e in tz] == [dt.date(2024, 5, 8)]


def test_a_past_tense_after_a_merged_name_is_the_verb_even_tagged_as_an_adjective():
    got = summary("Taliban militants overran the police headquarters in Sangin on Sunday, officials said.",
                  dt.date(2015, 12, 21))
    assert [(s[0], s[2]) for s in got] == [("Non-state actor overtakes territory", "taliban")]
    # near miss: a participle before its noun is still a state ("captured weapons")
    assert summary("Afghan police displayed captured weapons in Sangin on Sunday.", dt.date(2015, 12, 21)) == []


def test_people_arrested_as_would_be_bombers_are_an_arrest_not_a_bombing():
    got = summary("Intelligence officers arrested two suspected suicide bombers in Lashkar Gah on Sunday.",
                  dt.date(2015, 12, 21))
    assert [s[0] for s in got] == ["Arrests"]
    # near miss: a suicide bomber who blew himself up is a bombing
    blast = summary("A suicide bomber blew himself up in Lashkar Gah on Sunday, killing three people.",
                    dt.date(2015, 12, 21))
    assert [s[0] for s in blast] == ["Suicide bomb"]


def test_gunmen_killing_aid_workers_attack_civilians():
    got = summary("Gunmen killed five polio vaccinators in Jalalabad on Tuesday.", dt.date(2021, 6, 22))
    assert [(s[0], s[2]) for s in got] == [("Attack", "unidentified_armed_group")]
    deminers = summary("Gunmen stormed a demining camp in Baghlan on Tuesday, killing 10 deminers.", dt.date(2021, 6, 22))
    assert "Attack" in [s[0] for s in deminers]
    # near miss: killed soldiers are a fight
    soldiers = summary("Gunmen killed five soldiers in Jalalabad on Tuesday.", dt.date(2021, 6, 22))
    assert [s[0] for s in soldiers] == ["Armed clash"]


def test_strikes_carried_out_and_bombs_dropped_are_air_strikes():
    got = summary("U.S. forces conducted additional strikes early this morning against AQAP fighters near Azzan.",
                  dt.date(2017, 3, 3))
    assert [s[0] for s in got] == ["Air/drone strike"]
    dropped = events("On April 13, U.S. forces dropped a GBU-43/B Massive Ordnance Air Blast bomb on a tunnel "
                     "complex near Jalalabad, a strike Afghan officials said killed 36 militants.", dt.date(2017, 5, 7))
    assert [(e.sub_event_type, e.actor1.actor.id, e.fatalities) for e in dropped] == [("Air/drone strike", "us_military", 36)]
    # near miss: dockers who carried out strikes stopped work
    assert summary("Dockers carried out strikes at the port of Aden on Monday over unpaid wages.") == []


def test_a_deed_that_has_gone_on_with_no_day_is_no_event():
    assert summary("The rebels have continued to fire ballistic missiles at government-held areas of Marib.",
                   dt.date(2022, 1, 10)) == []
    # near miss: "continued to shell" on a day told is that day's shelling
    got = summary("Government forces continued to shell rebel-held areas of Idlib on Monday.", dt.date(2022, 1, 10))
    assert [s[0] for s in got] == ["Shelling/artillery/missile attack"]


def test_a_withdrawal_that_hands_control_over_is_a_transfer_at_each_place():
    got = summary("On Tuesday, the Peshmerga pulled out of Sinjar, Bashiqa and Khanaqin without a fight, handing "
                  "control to Iraqi forces.", dt.date(2017, 10, 20))
    assert sorted(s[1] for s in got) == ["Bashiqa", "Khanaqin", "Sinjar"]
    assert {s[0] for s in got} == {"Non-violent transfer of territory"}
    # near miss: a withdrawal alone is no event
    assert summary("On Tuesday, the Peshmerga pulled out of Sinjar.", dt.date(2017, 10, 20)) == []


def test_tear_gas_shells_disperse_a_crowd_and_shell_no_one():
    got = summary("Police used water cannons and tear gas shells on Thursday to disperse farmers at the Shambhu border "
                  "near Ambala.", dt.date(2020, 11, 26))
    assert [s[0] for s in got] == ["Protest with intervention"]
    # near miss: artillery shells are shelling, and a gas attack is a chemical weapon
    shells = summary("Artillery shells hit a market in Ambala on Thursday, killing four people.", dt.date(2020, 11, 26))
    assert [s[0] for s in shells] == ["Shelling/artillery/missile attack"]
    gas = summary("Government forces killed 40 people in a chlorine gas attack on Douma on Saturday.", dt.date(2018, 4, 8))
    assert [s[0] for s in gas] == ["Chemical weapon"]


def test_a_day_on_a_verb_of_saying_after_a_phrase_is_the_statements_not_the_events():
    got = events("Ten years after Boko Haram fighters seized 276 schoolgirls from their school in Chibok, around 90 "
                 "are still missing, Amnesty International said on the anniversary on Sunday.", dt.date(2024, 4, 14))
    assert [(e.when.date.year, e.when.precision) for e in got] == [(2014, "year")]
    # near miss: a year to the day before is still told as an event, on its own day
    got = events("The strike came a year to the day after Russian missiles hit a shopping centre in Kremenchuk, "
                 "killing 20 people.", dt.date(2023, 6, 28))
    assert [(e.location.place.name, e.when.date) for e in got] == [("Kremenchuk", dt.date(2022, 6, 28))]


def test_missiles_destroyed_by_air_defences_are_disrupted():
    got = summary("Air defences destroyed all the missiles aimed at Kyiv overnight, the city administration said.",
                  dt.date(2023, 5, 16))
    assert [s[0] for s in got] == ["Disrupted weapons use"]
    car = summary("Security forces intercepted a car carrying around 20 kg of explosives in Pulwama on Thursday.",
                  dt.date(2020, 5, 28))
    assert [s[0] for s in car] == ["Disrupted weapons use"]
    # near miss: missiles that struck are a missile attack
    hit = summary("Russian missiles struck Kyiv overnight, killing three people.", dt.date(2023, 5, 16))
    assert [s[0] for s in hit] == ["Shelling/artillery/missile attack"]


def test_killing_while_crowds_protested_is_force_against_the_protest():
    got = summary("Security forces shot dead at least 15 people in Khartoum North on Wednesday as thousands "
                  "protested against the coup.", dt.date(2021, 11, 17))
    assert "Excessive force against protesters" in [s[0] for s in got]
    # a foreign army's force at a protest is force against protesters too
    gaza = summary("Israeli troops killed 15 Palestinians as thousands protested along the Gaza border fence on "
                   "Friday.", dt.date(2018, 3, 30))
    assert [s[0] for s in gaza] == ["Excessive force against protesters"]
    # near miss: no protest told
    night = summary("Gunmen shot dead 15 people in Khartoum North on Wednesday as they slept.", dt.date(2021, 11, 17))
    assert [s[0] for s in night] == ["Attack"]


def test_a_leader_captured_is_no_place_taken():
    text = ("Officials said that Dairo Antonio Usuga, alias 'Otoniel', leader of the Clan del Golfo, was captured on "
            "Saturday in a joint army and police operation in rural Necocli, Antioquia.")
    assert "Non-state actor overtakes territory" not in [s[0] for s in summary(text, dt.date(2021, 10, 23))]
    # near miss: a town captured is still a capture
    town = summary("Clan del Golfo fighters captured the town of Necocli on Saturday.", dt.date(2021, 10, 23))
    assert [s[0] for s in town] == ["Non-state actor overtakes territory"]


def test_a_deed_in_what_would_have_to_be_proven_is_a_condition():
    text = ("The United States warned on Tuesday that it would respond quickly if it were proven that the "
            "government had used chemical weapons in Idlib.")
    assert summary(text, dt.date(2019, 5, 22)) == []
    # near miss: a deed officials say was done is reported
    said = summary("Officials said that the government had used chemical weapons in Idlib on Tuesday.", dt.date(2019, 5, 22))
    assert [s[0] for s in said] == ["Chemical weapon"]


def test_strikes_with_their_day_set_off_by_commas_still_hit():
    got = summary("The first US strikes, on 1 August, hit an IS tank and two vehicles in Sirte.", dt.date(2016, 8, 10))
    assert [s[0] for s in got] == ["Air/drone strike"]
    # near miss: workers' strikes hit no one
    assert summary("The first dock strikes, on 1 August, hit exports from Sirte.", dt.date(2016, 8, 10)) == []


def test_a_second_place_past_a_part_of_the_first_is_its_own_event():
    got = summary("Army helicopters dropped barrel bombs on the outskirts of Maarat al-Numan and on the village of "
                  "Hbeit on Wednesday, residents said.", dt.date(2019, 5, 22))
    assert sorted(s[1] for s in got) == ["Al-Hobeit", "Ma'arrat al-Nu'man"]
    # near miss: the part of one town alone is one event
    one = summary("Army helicopters dropped barrel bombs on the outskirts of Maarat al-Numan on Wednesday.",
                  dt.date(2019, 5, 22))
    assert [s[1] for s in one] == ["Ma'arrat al-Nu'man"]
