"""Classes found in session 16's tally of every blind round's wrong places and false events,
each in the project's own words with a near miss that must keep its answer."""

import datetime as dt

from helpers import make_article
from warmap.pipeline import analyse

SATURDAY = dt.date(2021, 3, 13)


def events(text: str, published: dt.date = SATURDAY):
    return analyse(make_article(text, published=published)).events


def places(text: str, published: dt.date = SATURDAY) -> list[str]:
    return [e.location.place.name if e.location else None for e in events(text, published)]


def test_a_town_named_just_before_its_province_is_the_place_not_the_province():
    assert places("Gunmen kidnapped 40 pupils from a boarding school in Kankara in Katsina state on Friday.") \
        == ["Kankara"]
    assert places("On Friday gunmen stormed a college at Kagara, in Niger State, and abducted 27 students.") \
        == ["Kagara"]
    # near miss: the province alone is the province
    assert places("Gunmen kidnapped 40 pupils from a boarding school in Katsina state on Friday.") == ["Katsina"]


def test_a_district_of_a_province_is_the_district_not_the_larger_province_after_of():
    got = places("U.S. drones struck an Islamic State cave complex in the Achin district of Nangarhar "
                 "province on Thursday, officials said.")
    assert len(got) == 1 and "Achin" in got[0]
    # near miss: the outskirts of a town are the town's ("the eastern outskirts of Ramadi")
    assert places("Iraqi troops fought Islamic State militants on the eastern outskirts of Ramadi on Friday.") \
        == ["Ramadi"]


def test_a_district_the_text_puts_in_the_neighbouring_province_is_still_the_district():
    # GeoNames files Ghormach under Badghis; the report puts it in Faryab, and it lies near Faryab's seat
    assert places("The Taliban overran an army base in Ghormach district of Faryab province on Thursday.") \
        == ["Ghormach"]


def test_a_doer_the_parser_put_under_the_days_on_is_the_subject():
    # "On Friday gunmen ..." is parsed as one phrase "on Friday gunmen"
    evs = events("On Friday gunmen stormed a college at Kagara, in Niger State, and abducted 27 students.")
    assert [(e.sub_event_type, e.actor1.actor.id, e.location.place.name) for e in evs] \
        == [("Abduction/forced disappearance", "unidentified_armed_group", "Kagara")]
    evs = events("On Tuesday militants attacked an army post in Kagara, killing three soldiers.")
    assert [(e.sub_event_type, e.actor1.actor.id, e.actor2.actor.id) for e in evs] \
        == [("Armed clash", "unidentified_armed_group", "military_ng")]


def test_a_storming_with_no_armed_side_against_it_that_carried_people_off_is_an_abduction():
    evs = events("Gunmen stormed a boarding school in Kankara on Friday and abducted 300 boys.")
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]
    # near miss: soldiers taken from a base they fought for is the battle
    evs = events("Gunmen stormed an army base in Kankara on Friday and abducted 12 soldiers.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_a_month_before_a_comma_and_a_count_is_the_month_not_a_day():
    from warmap.events.dates import find_dates
    got = find_dates("In August, 24 soldiers were killed in an attack on an army base.", dt.date(2019, 12, 25))
    assert [(d.mention, d.precision, d.date_min) for d in got] == [("August", "month", dt.date(2019, 8, 1))]
    got = find_dates("In March, 1,200 people fled the town.", dt.date(2019, 12, 25))
    assert [(d.precision, d.date_min) for d in got] == [("month", dt.date(2019, 3, 1))]
    # near miss: a day written after the month is still the day
    got = find_dates("The base fell on August 24, 2019.", dt.date(2019, 12, 25))
    assert [(d.precision, d.date_min) for d in got] == [("day", dt.date(2019, 8, 24))]


def test_a_participle_opening_a_sentence_before_people_names_no_capture():
    assert events("Captured Ukrainian soldiers were paraded through the centre of Donetsk on Thursday.",
                  dt.date(2015, 1, 23)) == []
    # near miss: the same verb with a subject is the capture
    evs = events("Separatists captured Debaltseve on Wednesday.", dt.date(2015, 2, 19))
    assert [(e.sub_event_type, e.actor1.actor.id) for e in evs] == [("Non-state actor overtakes territory", "naf")]


def test_separatists_of_eastern_ukraine_unnamed_are_novorossiyas_forces_not_russias_army():
    evs = events("Pro-Russian separatists shelled the town of Avdiivka on Monday, killing two civilians.",
                 dt.date(2015, 1, 23))
    assert [(e.actor1.actor.id, e.actor1.actor.name) for e in evs] == [("naf", "NAF: United Armed Forces of Novorossiya")]
    # a republic named just before is the one meant
    evs = events("DPR fighters shelled Avdiivka on Monday. On Tuesday the separatists shelled Marinka, killing a woman.",
                 dt.date(2015, 1, 23))
    assert [e.actor1.actor.id for e in evs] == ["dpr", "dpr"]
    # elsewhere separatists are the country's own: Cameroon's Ambazonians
    evs = events("Separatists attacked a police post in Bamenda on Monday, killing two officers.", dt.date(2019, 1, 23))
    assert [e.actor1.actor.id for e in evs] == ["ambazonian_separatists"]


def test_a_bare_attack_beside_a_named_sides_killing_of_civilians_is_that_killing():
    evs = events("Boko Haram militants killed at least 65 people in an attack on a village near Maiduguri "
                 "on Saturday night, survivors said.", dt.date(2016, 1, 31))
    assert [(e.sub_event_type, e.actor1.actor.id, e.actor2.actor.id) for e in evs] \
        == [("Attack", "boko_haram", "civilians_ng")]
    # near miss: an attack on troops is still a battle
    evs = events("Boko Haram militants killed 12 soldiers in an attack on an army base near Maiduguri on Saturday.",
                 dt.date(2016, 1, 31))
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_an_unknown_village_down_a_chain_of_phrases_is_no_story_town():
    text = ("Gunmen attacked an army post in Djibo on Monday, killing three soldiers.\n\n"
            "On Sunday, gunmen killed 14 people during a service at a church in Hantoukouri, near the border.")
    evs = sorted(events(text, dt.date(2019, 12, 3)), key=lambda e: e.when.date)
    assert [(e.when.date, e.location.place.name if e.location else None) for e in evs] \
        == [(dt.date(2019, 12, 1), None), (dt.date(2019, 12, 2), "Djibo")]


def test_a_trigger_word_inside_a_groups_name_is_no_event():
    assert events("The Tigray People's Liberation Front, the party that runs the region, blamed the "
                  "federal government for the strikes.", dt.date(2022, 1, 10)) == []
    # near miss: the same word as a deed is the event
    evs = events("Rebels of the Tigray People's Liberation Front took Mekelle on Monday.", dt.date(2021, 6, 30))
    assert [(e.sub_event_type, e.actor1.actor.id) for e in evs] == [("Non-state actor overtakes territory", "tplf")]


def test_strikes_in_the_plural_as_the_means_of_anothers_fight_are_no_event():
    assert events("Coalition aircraft have supported Iraqi forces near Baiji throughout the year with "
                  "airstrikes, surveillance and advice, officials said.", dt.date(2015, 10, 16)) == []
    assert events("The coalition has backed the Mosul campaign with thousands of airstrikes.", dt.date(2017, 7, 10)) == []
    # near miss: strikes with their own day and place are reported
    evs = events("Coalition jets struck Islamic State positions in Baiji with airstrikes on Monday, killing four militants.",
                 dt.date(2015, 10, 16))
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_weapons_a_side_has_been_using_are_a_tactic_not_an_attack():
    assert events("The militants have been using small drones to drop grenades on Iraqi troops, he said.",
                  dt.date(2017, 2, 24)) == []
    assert events("The insurgents have answered with attacks on civilians.", dt.date(2017, 2, 24)) == []
    # near miss: one use on a day is an event
    evs = events("The militants used a small drone to drop a grenade on Iraqi troops in Mosul on Monday, he said.",
                 dt.date(2017, 2, 24))
    assert [e.sub_event_type for e in evs] == ["Grenade"]


def test_an_armed_side_forced_to_give_up_its_base_lost_the_place():
    evs = events("In April, Karen guerrillas forced the last army battalion in Myawaddy, a trading town on the "
                 "Thai border, to abandon its base.", dt.date(2024, 5, 4))
    assert [(e.sub_event_type, e.location.place.name, e.when.precision) for e in evs] \
        == [("Non-state actor overtakes territory", "Myawaddy", "month")]
    # near miss: people driven from their homes are displaced, no ground taken
    assert [e.sub_event_type for e in events("Shelling forced thousands of residents to abandon their homes in "
                                               "Myawaddy on Monday.", dt.date(2024, 5, 4))] \
        != ["Non-state actor overtakes territory"]


def test_a_takeover_after_a_withdrawal_from_a_town_fought_for_is_the_fights_end_not_a_transfer():
    text = ("Russia said on Saturday its forces had taken full control of Avdiivka, hours after Ukraine's "
            "commander announced that his troops were withdrawing.\n\n"
            "Russian troops had shelled and stormed Avdiivka for four months.")
    subs = {e.sub_event_type for e in events(text, dt.date(2024, 2, 17)) if e.location.place.name.startswith("Avdi")}
    assert "Non-state actor overtakes territory" in subs and "Non-violent transfer of territory" not in subs
    # near miss: with no fighting told for the town, a takeover after a withdrawal is a transfer
    evs = events("Russia said on Saturday its forces had taken full control of Avdiivka, hours after Ukraine's "
                 "commander announced that his troops were withdrawing.", dt.date(2024, 2, 17))
    assert [e.sub_event_type for e in evs] == ["Non-violent transfer of territory"]
    # and one told as taken without a fight stays one whatever the story says
    text = ("Al-Shabaab fighters took over the port of Merca without a fight after the troops pulled out on Friday.\n\n"
            "The group had attacked Merca twice last year.")
    assert [e.sub_event_type for e in events(text, dt.date(2016, 2, 7))
            if e.when.date == dt.date(2016, 2, 5)] == ["Non-violent transfer of territory"]


def test_armed_men_who_broke_in_and_killed_civilians_attacked_them_not_a_mob():
    evs = events("On Thursday, armed youths from a rival clan forced their way into the UN base in Bor and killed "
                 "more than 50 people sheltering there.\n\nThe base lies in Jonglei state, South Sudan.",
                 dt.date(2014, 4, 19))
    assert [(e.sub_event_type, e.actor2.actor.id) for e in evs] == [("Attack", "civilians_ss")]
    # near miss: rioters who broke in and broke things are a mob
    evs = events("Angry residents forced their way into the police station in Bor on Thursday and set it on fire."
                 "\n\nBor is the capital of Jonglei state, South Sudan.", dt.date(2014, 4, 19))
    assert {e.event_type for e in evs} <= {"Riots", "Strategic developments"} and evs


def test_the_doer_of_a_deed_they_are_believed_to_have_done_is_its_subject():
    evs = events("Insurgents who stormed a girls' college in Dapchi on Monday evening are believed to have "
                 "carted away scores of students, parents said.", dt.date(2018, 2, 22))
    assert [(e.sub_event_type, e.actor1.actor.id) for e in evs] \
        == [("Abduction/forced disappearance", "unidentified_armed_group")]
    evs = events("Islamic State militants are reported to have killed 20 villagers near Hawija on Monday.",
                 dt.date(2018, 2, 22))
    assert [(e.sub_event_type, e.actor1.actor.id) for e in evs] == [("Attack", "isis")]
    # near miss: goods carted away are no abduction
    assert [e.sub_event_type for e in events("Looters carted away food from a warehouse in Dapchi on Monday.",
                                               dt.date(2018, 2, 22))] != ["Abduction/forced disappearance"]


def test_a_capture_of_a_named_place_the_gazetteer_lacks_is_reported_with_its_place_unknown():
    text = ("Iraqi forces recaptured the Baiji refinery on Thursday, the command said.\n\n"
            "Government troops also took back the nearby town of Qaryat Zuwayr, west of the refinery, the command said.")
    evs = [e for e in events(text, dt.date(2015, 10, 16)) if "Zuwayr" in e.sources[0].sentence]
    assert [(e.sub_event_type, e.location) for e in evs] == [("Government regains territory", None)]
    evs = events("Iraqi forces cleared Tall Zuwayrat on Thursday, the command said.", dt.date(2017, 8, 31))
    assert [(e.sub_event_type, e.location) for e in evs] == [("Government regains territory", None)]
    # near miss: a building of the story's town taken is no unknown place of its own
    text = ("The Syrian Democratic Forces took full control of Raqqa on Tuesday, a spokesman said.\n\n"
            "Earlier on Tuesday, the SDF said it had taken the National Hospital, where it killed 22 fighters.")
    assert all(e.location is not None for e in events(text, dt.date(2017, 10, 17)))


def test_a_fight_told_with_no_side_takes_the_two_sides_the_storys_battles_named_one_each():
    text = ("Forces of the Government of National Accord seized Gharyan on Wednesday, a spokesman said.\n\n"
            "The Libyan National Army had taken the town of Tarhuna in April.\n\n"
            "Fighting also continued on Wednesday in Ain Zara, on the southern outskirts of Tripoli, residents said.")
    evs = [e for e in events(text, dt.date(2019, 6, 27)) if "Ain Zara" in e.sources[0].sentence]
    assert [(e.sub_event_type, {e.actor1.actor.id, e.actor2.actor.id}) for e in evs] \
        == [("Armed clash", {"gna_forces", "lna"})]
    # near miss: with three sides named, whose fight it was is not known
    text = ("Forces of the Government of National Accord seized Gharyan on Wednesday, a spokesman said.\n\n"
            "The Libyan National Army had taken the town of Tarhuna in April.\n\n"
            "Islamic State fighters overran a checkpoint near Sirte in May.\n\n"
            "Fighting also continued on Wednesday in Ain Zara, on the southern outskirts of Tripoli, residents said.")
    assert not [e for e in events(text, dt.date(2019, 6, 27)) if "Ain Zara" in e.sources[0].sentence]


def test_an_unknown_camp_in_the_when_clause_that_tells_how_soldiers_died_is_no_story_town():
    text = ("Jihadists attacked an army post in Tillaberi on Monday, killing four soldiers.\n\n"
            "In neighbouring Mali, 71 soldiers were killed on Tuesday when hundreds of jihadists stormed a military "
            "camp at Inatesso, near the border.")
    evs = [e for e in events(text, dt.date(2019, 12, 12)) if "Inatesso" in e.sources[0].sentence]
    assert [(e.sub_event_type, e.location, e.fatalities) for e in evs] == [("Armed clash", None, 71)]


def test_another_strike_told_after_strikes_is_a_strike():
    text = ("Coalition aircraft conducted four strikes near Manbij on Saturday, destroying ISIL positions.\n\n"
            "Another strike that day near Raqqa destroyed an ISIL command-and-control node.")
    evs = sorted((e.sub_event_type, e.location.place.name) for e in events(text, dt.date(2016, 8, 15)))
    assert ("Air/drone strike", "Ar-Raqqah") in evs
    # near miss: a strike of workers is no air strike
    assert events("A general strike in Raqqa on Monday hit businesses hard.", dt.date(2016, 8, 15)) == []


def test_an_arrangement_reached_or_negotiated_is_an_agreement():
    evs = events("On Saturday, the Raqqa Civil Council and local tribal elders reached an arrangement with ISIS under "
                 "which local fighters could leave the city.", dt.date(2017, 10, 16))
    assert [e.sub_event_type for e in evs] == ["Agreement"]
    evs = events("Earlier this month, tribal elders negotiated an arrangement with ISIS under which fighters left Raqqa.",
                 dt.date(2017, 10, 20))
    assert [e.sub_event_type for e in evs] == ["Agreement"]
    # near miss: seating arrangements are no deal
    assert events("Officials said new seating arrangements were reached for the talks in Raqqa.", dt.date(2017, 10, 20)) == []



def test_a_capital_that_dismissed_what_was_done_is_its_government_not_the_place():
    text = ("M23 rebels captured the town of Kibumba, north of Goma, in November.\n\n"
            "They handed Kibumba over to regional troops on December 23 in a ceremony that Kinshasa dismissed as a sham.")
    assert all(e.location is None or e.location.place.name != "Kinshasa" for e in events(text, dt.date(2022, 12, 28)))
