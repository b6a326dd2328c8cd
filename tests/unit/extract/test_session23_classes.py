"""Classes of session 23 (what carries on over days is no one day's event, ...), each in the
project's own words with a near miss."""
import datetime as dt

from helpers import summarise as summary


def test_what_carries_on_undated_is_no_one_days_event():
    for text in ("Drone and missile attacks continued to reach towns far behind the front line.",
                 "The mission kept receiving reports of civilians wounded by shelling in Donetsk city.",
                 "Villages along the river continued to be shelled by the army."):
        assert summary("Kharkiv, 3 November 2023\n\n" + text, dt.date(2023, 11, 3)) == [], text
    # near miss: carrying on on a day the sentence names is that day's event
    dated = summary("Russian forces continued to shell Kupiansk on Tuesday, killing two civilians.",
                    dt.date(2023, 11, 3))
    assert [(s[0], s[1][:4]) for s in dated] == [("Shelling/artillery/missile attack", "Kupy")]  # (GeoNames: Kupyansk)


def test_a_date_in_a_groups_name_is_no_date():
    from warmap.events.dates import find_dates

    text = "Fighters of the March 23 Movement took Goma on Tuesday; the 14 March Alliance protested."
    assert [d.mention for d in find_dates(text, dt.date(2012, 11, 21))] == ["Tuesday"]
    from helpers import make_article
    from warmap.pipeline import analyse

    text = "Fighters of the March 23 Movement (M23) seized Goma on Tuesday after hours of fighting with the army."
    events = analyse(make_article(text, published=dt.date(2012, 11, 21))).events
    assert [e.when.date for e in events] == [dt.date(2012, 11, 20)]
    # near miss: a date followed by other capitalised words is still a date
    assert [d.mention for d in find_dates("On 3 March Syrian troops shelled Douma.", dt.date(2015, 3, 4))] == ["3 March"]


def test_an_alliance_struck_is_a_change_to_the_group_not_a_strike():
    got = summary("The rebel leader told reporters on Wednesday that his group had struck a military alliance "
                  "with the Tigray People's Liberation Front.", dt.date(2021, 8, 11))
    assert [s[0] for s in got] == ["Change to group/activity"]
    # near miss: jets that struck a town still made an air strike
    jets = summary("Government jets struck Mekelle on Wednesday, killing three people.", dt.date(2021, 10, 20))
    assert [s[0] for s in jets] == ["Air/drone strike"]


def test_a_banned_demonstration_is_not_told_as_held():
    got = summary("Police have banned the demonstrations that the opposition planned to hold in Arusha on Monday.",
                  dt.date(2024, 9, 20))
    assert got == []
    # near miss: a march held in defiance of a ban was held
    held = summary("Hundreds of opposition supporters marched in Arusha on Monday in defiance of a police ban.",
                   dt.date(2024, 9, 24))
    assert [s[0] for s in held] == ["Peaceful protest"]


def test_a_series_of_attacks_and_a_monitors_count_are_no_one_days_event():
    series = summary("Troops in Beoga were reinforced after a series of attacks in the district this month.",
                     dt.date(2021, 4, 17))
    assert series == []
    count = summary("The rights commission said it had recorded 627 arrests of protesters in Nairobi.",
                    dt.date(2024, 7, 1))
    assert count == []
    # near misses: a day's list of the dead that a monitor documents is that day's events
    day = summary("The Observatory documented 98 deaths in Eastern Ghouta on Monday: 17 civilians in rocket fire "
                  "on Saqba and 22 civilians in air strikes on Kafr Batna.", dt.date(2018, 2, 20))
    assert sorted(s[1] for s in day) == ["Kafr Batna", "Saqba"]


def test_a_commanders_name_is_no_town_of_another_country():
    got = summary("Two explosions killed at least 84 people on Wednesday at a memorial for Revolutionary Guards "
                  "commander Qassem Soleimani in the Iranian city of Kerman. Islamic State said two of its members "
                  "had detonated explosive belts in the crowd near Soleimani's tomb.", dt.date(2024, 1, 4))
    assert [(s[0], s[1]) for s in got] == [("Suicide bomb", "Kerman")]
    # near miss: the Iraqi city named as a place in an Iraqi story is still the city
    iraq = summary("A car bomb exploded in Sulaymaniyah on Wednesday, killing three Iraqi soldiers.",
                   dt.date(2024, 1, 4))
    assert [s[1] for s in iraq] == ["As Sulaymaniyah"] or [s[1] for s in iraq] == ["Sulaymaniyah"]


def test_other_car_bombs_beside_a_suicide_bombing_stay_their_own_events():
    got = summary("A suicide bomber blew up a car among labourers in Baghdad's Sadr City on Monday, killing 35 "
                  "people. Hours later, two more car bombs exploded in eastern Baghdad, the ministry said.",
                  dt.date(2017, 1, 2))
    assert sorted(s[0] for s in got) == ["Remote explosive/landmine/IED", "Suicide bomb"]


def test_a_landmark_named_like_a_town_and_order_restored_after_a_riot():
    got = summary("On 8 January 2023, supporters of the former president broke through police lines on the "
                  "Esplanada dos Ministerios in Brasilia and vandalised the Planalto presidential palace. The "
                  "rioters smashed windows before security forces regained control of the buildings.",
                  dt.date(2023, 1, 9))
    assert [(s[0], s[1]) for s in got] == [("Violent demonstration", "Brasilia")]
    # near misses: the town Esplanada written alone is the town; troops retaking a town from rebels retook it
    from warmap.places.gazetteer import load_gazetteer

    assert [m.place.name for m in load_gazetteer().find("Police raided a farm near Esplanada on Monday.",
                                                        country="BR")] == ["Esplanada"]
    retook = summary("Government troops regained control of Bor from the rebels on Saturday.", dt.date(2014, 1, 19))
    assert [s[0] for s in retook] == ["Government regains territory"]


def test_that_same_day_is_the_day_the_sentence_before_told_not_its_background_date():
    from helpers import make_article
    from warmap.pipeline import analyse

    text = ("On March 16, troops recaptured Bama, which the insurgents had held since September last year. "
            "The military said troops had also flushed the insurgents out of Goniri in Yobe State that same day.")
    events = analyse(make_article(text, published=dt.date(2015, 3, 27))).events
    goniri = [e for e in events if e.location and e.location.place.name == "Goniri"]
    assert [e.when.date for e in goniri] == [dt.date(2015, 3, 16)]
    # near miss: the background capture keeps its own month
    held = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert [(e.when.date.year, e.when.date.month, e.when.precision) for e in held] == [(2014, 9, "month")]


def test_a_crowds_fight_is_a_riot_and_days_of_protest_summed_up_are_no_event():
    crowd = summary("On Tuesday, hundreds of rioters attacked UN bases in Goma, throwing stones and petrol bombs.",
                    dt.date(2022, 7, 27))
    assert [(s[0], s[1]) for s in crowd] == [("Violent demonstration", "Goma")]
    toll = summary("At least 15 people were killed in the first two days of demonstrations in Goma and Butembo.",
                   dt.date(2022, 8, 1))
    assert toll == []
    # near misses: armed men attacking a base fought; one day's demonstration with its toll is that day's event
    armed = summary("On Tuesday, ADF fighters attacked an army base in Beni, the army said.", dt.date(2022, 7, 27))
    assert [s[0] for s in armed] == ["Armed clash"]
    day = summary("Police shot dead three demonstrators in Goma on Monday.", dt.date(2022, 7, 26))
    assert [s[0] for s in day] == ["Excessive force against protesters"]


def test_where_the_fought_side_had_landed_is_the_fight_and_far_from_is_not_there():
    text = ("Gunmen of the Maute group seized parts of Marawi City on Tuesday. In April, government troops clashed "
            "with Abu Sayyaf gunmen who had landed in Inabanga town in Bohol, far from the group's bases in Sulu "
            "and Basilan.")
    got = summary(text, dt.date(2017, 5, 24))
    assert ("Armed clash", "Inabanga") in [(s[0], s[1]) for s in got]
    assert not any(s[1] in ("Jolo", "City of Isabela") for s in got)
    # near miss: "not far from" a town is near it
    from warmap.places.gazetteer import load_gazetteer

    near = load_gazetteer().find("Shells hit a village not far from Aleppo on Monday.", country="SY")
    assert [m.place.name for m in near] == ["Aleppo"]


def test_the_next_sentence_that_names_the_attack_again_says_where_it_was():
    text = ("A suspected chemical attack on a rebel-held town in northern Syria killed at least 58 people on Tuesday, "
            "a monitoring group said. The monitor said the attack on the town of Khan Sheikhoun in Idlib province "
            "was carried out early in the morning by warplanes.")
    got = summary(text, dt.date(2017, 4, 4))
    assert [(s[0], s[1]) for s in got] == [("Chemical weapon", "Khan Shaykhun")]
    # near miss: a next sentence that names the attack with no town after it places nothing by this rule,
    # and "carried out by jets that took off" carried no one off
    bare = summary("A suspected chemical attack on a rebel-held town in northern Syria killed at least 58 people on "
                   "Tuesday. The monitor said the attack on the town was carried out by jets that took off in Hama.",
                   dt.date(2017, 4, 4))
    assert [s[0] for s in bare] == ["Chemical weapon"] and bare[0][1] != "Khan Shaykhun"


def test_where_a_shipment_came_from_is_not_where_it_was_seized():
    got = summary("Rio de Janeiro's civil police said on Thursday that officers had seized 60 assault rifles hidden in "
                  "a shipment of pool heaters from Miami at the city's international airport.", dt.date(2017, 6, 1))
    assert [(s[0], s[1]) for s in got] == [("Disrupted weapons use", "Rio de Janeiro")]
    # near miss: the weapons seized in a named town are seized there
    town = summary("Police seized 60 rifles in Miami on Thursday, officials said.", dt.date(2017, 6, 1))
    assert [s[1] for s in town] == ["Miami"]


def test_a_march_some_of_whose_marchers_set_fire_to_an_embassy_door_is_a_riot():
    got = summary("Thousands of supporters of the junta marched through Niamey on Sunday, and some of them tried to "
                  "storm the French embassy, tearing down its sign and setting fire to a door. Some demonstrators "
                  "waved Russian flags.", dt.date(2023, 7, 31))
    assert [(s[0], s[1]) for s in got] == [("Violent demonstration", "Niamey")]
    # near miss: a march that stayed peaceful is a peaceful protest
    calm = summary("Thousands of opposition supporters marched through Niamey on Sunday, waving flags.",
                   dt.date(2023, 7, 31))
    assert [s[0] for s in calm] == ["Peaceful protest"]


def test_a_sides_supporters_marching_protest_and_its_soldiers_marching_parade():
    got = summary("Thousands of supporters of the junta marched through Niamey on Sunday, waving Russian flags.",
                  dt.date(2023, 7, 31))
    assert [s[0] for s in got] == ["Peaceful protest"]
    # near miss: the junta's soldiers marching through the capital are on parade
    assert summary("Soldiers of the junta marched through Niamey on Sunday.", dt.date(2023, 7, 31)) == []


def test_what_the_protesters_just_told_were_demanding_is_no_protest_of_its_own():
    got = summary("On 9 January, security forces fired on demonstrators in Juliaca, killing 17 people. The protesters "
                  "were demanding the resignation of the president.", dt.date(2023, 1, 12))
    assert [s[0] for s in got] == ["Excessive force against protesters"]
    # near miss: protesters told for the first time, demanding something in a named town on a day, protested
    first = summary("Protesters demanding the president's resignation marched in Lima on Monday.", dt.date(2023, 1, 12))
    assert [s[0] for s in first] == ["Peaceful protest"]
