"""Classes of session 28, each in the project's own words, as a table: a sentence, what warmap
must read in it, and a near miss that must read otherwise. A row compares the (sub-event type,
place, actor1 id, actor2 id) of every event, with None for a field the row leaves open and
NOWHERE for a field that must be empty (``helpers.fits``)."""
import pytest
from helpers import NOWHERE, check_class_row


ROWS = [
    # people shot at while "protesting against" something, or on strike, were protesters: force
    # used on a protest; the same shots at "opposition supporters" alone are an attack
    ("protesting_participle", "2018-08-02",
     "Soldiers in Harare opened fire on opposition supporters protesting against the delayed election results on "
     "Wednesday, killing six people.",
     [("Excessive force against protesters", "Harare", "military_zw", "protesters_zw")],
     "Soldiers in Harare opened fire on opposition supporters on Wednesday, killing six people.",
     [("Attack", "Harare", "military_zw", "civilians_zw")]),
    ("striking_workers", "2012-08-17",
     "Police opened fire on striking miners near the Marikana mine on Thursday, killing 34 people.",
     [("Excessive force against protesters", "Marikana", "police_za", "protesters_za")],
     "Police opened fire on gunmen near the Marikana mine on Thursday, killing 4 people.",
     [("Armed clash", "Marikana", "police_za", None)]),
    # a device found and disabled, or defused where it lay, is a disrupted attack; one set off is not
    ("disabled_device", "2010-07-13",
     "Police on Monday found and disabled an unexploded suicide vest packed with explosives that had been left in "
     "a bag at a disco in Makindye, a suburb of Kampala.",
     [("Disrupted weapons use", "Kampala", "police_ug", None)],
     "A suicide bomber detonated his vest at a disco in Makindye, a suburb of Kampala, on Sunday.",
     [("Suicide bomb", "Kampala", None, None)]),
    ("defused_it", "2019-04-22",
     "A pipe bomb was found by the roadside near the airport at Katunayake late on Sunday, and air force experts "
     "removed it and defused it safely, a spokesman said.",
     [("Disrupted weapons use", None, None, None)],
     "A pipe bomb exploded by the roadside near the airport at Katunayake late on Sunday, wounding two guards, a "
     "spokesman said.",
     [("Remote explosive/landmine/IED", None, None, None)]),
    # a car bomb blown up by troops "in a controlled blast" was defused; by militants it was the attack
    ("controlled_blast", "2020-05-29",
     "Security forces blew up a car packed with explosives in a controlled blast in Pulwama on Thursday morning, "
     "police said.",
     [("Disrupted weapons use", "Pulwama", "military_in", None)],
     "Militants blew up a car packed with explosives near an army convoy in Pulwama on Thursday morning, police "
     "said.",
     [("Remote explosive/landmine/IED", "Pulwama", None, "military_in")]),
    # an attack that "had been averted" (the event word the subject of a passive) did not happen
    ("averted_passive", "2020-05-29",
     "He said a major car bomb attack on security forces in Pulwama had been averted on Thursday.",
     [],
     "He said a major car bomb attack on security forces in Pulwama had killed two soldiers on Thursday.",
     [("Remote explosive/landmine/IED", "Pulwama", None, None)]),
    # a statue or memorial blown up is property destroyed; a police post blown up with men in it a fight
    ("statue_blown_up", "2021-08-18",
     "Taliban fighters blew up a statue of a leader of Afghanistan's Hazara minority in the central city of "
     "Bamiyan on Tuesday, residents said.",
     [("Looting/property destruction", "Bamyan", "taliban", None)],
     "Taliban fighters blew up a police post in the central Afghan city of Bamiyan on Tuesday, killing four officers, "
     "residents said.",
     [("Armed clash", "Bamyan", "taliban", "police_af")]),
    # goods carried off are looted, not people abducted; rebels among the looters make it no crowd's
    ("goods_carried_off", "2011-08-24",
     "Rebels and residents then carried off weapons, ammunition, furniture and souvenirs from the compound in "
     "Tripoli on Tuesday.",
     [("Looting/property destruction", "Tripoli", None, None)],
     "Gunmen carried off two engineers from the compound in Tripoli on Tuesday.",
     [("Abduction/forced disappearance", "Tripoli", None, None)]),
    # "evacuated ... badly wounded people", which the parser reads as a verb "wounded" with an object:
    # the people carried, no deed
    ("wounded_carried", "2019-12-30",
     "Turkey flew in doctors on Sunday and evacuated more than a dozen badly wounded people to Ankara for "
     "treatment.",
     [],
     "A truck bomb in Mogadishu on Saturday killed 79 people and badly wounded more than 100 others.",
     [("Remote explosive/landmine/IED", "Mogadishu", None, None)]),
    # a man "taken by helicopter to a military base" was moved; a village taken changed hands
    ("taken_to_a_place", "2023-01-06",
     "Guzman was taken by helicopter to a military base in Culiacan and then flown to Mexico City.",
     [],
     "Troops took the village of Jesus Maria near Culiacan after a gunfight on Thursday.",
     [("Government regains territory", "Jesus Maria", "military_mx", None)]),
    # a seizure in a "when" clause of a verb with "will" is a condition to come
    ("future_when_clause", "2020-11-16",
     "Abiy has rejected calls for talks, saying the operation in Tigray will end only when the TPLF leadership is "
     "removed and its weapons seized.",
     [],
     "Abiy said the operation in Tigray ended when federal troops seized Mekelle on Saturday.",
     [("Government regains territory", None, "military_et", None)]),
    # people "hacked to death" were killed by someone, unnamed; "killed" alone may be a blast or a crash
    ("hacked_to_death", "2020-11-16",
     "Amnesty International said on Thursday that scores of civilians were stabbed or hacked to death in the "
     "city of Mekelle in Tigray on the night of November 9.",
     [("Attack", "Mek'ele", "unidentified_armed_group", "civilians_et")],
     "Amnesty International said on Thursday that scores of civilians were killed in the city of Mekelle in "
     "Tigray on the night of November 9.",
     []),
    # those killed "in an encounter with the Army" fought it: an unnamed armed group (not villagers,
    # nor the army's own soldier)
    ("killed_in_an_encounter", "2016-07-11",
     "Wani and two associates were killed on Friday evening in an encounter with the Army in the Kokernag area of "
     "Anantnag district.",
     [("Armed clash", "Anantnag", "unidentified_armed_group", "military_in")],
     "Two villagers were killed on Friday evening in an encounter with the Army in the Kokernag area of Anantnag "
     "district.",
     []),
    # a spot the gazetteer lacks, in a paragraph that opened on a town, is in that town
    ("spot_in_the_scene", "2017-10-02",
     "In Buea, soldiers stopped marchers from entering the town centre on Sunday. One protester was shot dead when "
     "troops fired on the crowd at Mile 16, witnesses said.",
     [("Excessive force against protesters", "Buea", None, None)],
     "Soldiers stopped marchers on Sunday. One protester was shot dead when troops fired on the crowd at Mile 16, "
     "witnesses said.",
     [("Excessive force against protesters", NOWHERE, None, None)]),

    # "north of Aleppo, near the town of Azaz": the bearing's reference gives way to the town it was near
    # (alone, "north of Aleppo" stays Aleppo, ACLED's place near a town)
    ("north_of_x_near_y", "2016-02-19",
     "Turkish artillery units continued to shell YPG positions north of Aleppo, near the Syrian town of Azaz, on "
     "Thursday.",
     [("Shelling/artillery/missile attack", "Azaz", "turkish_military", "ypg")],
     "Turkish artillery units continued to shell YPG positions north of Aleppo on Thursday.",
     [("Shelling/artillery/missile attack", "Aleppo", "turkish_military", "ypg")]),
    # "The Ankara attack was the second major bombing in four months": the deed told before, counted
    ("deed_renamed_by_its_count", "2016-02-19",
     "A car bomb killed 28 people in Ankara on Wednesday. The Ankara attack was the second major bombing in the "
     "capital in four months.",
     [("Remote explosive/landmine/IED", "Ankara", None, None)],
     "A car bomb killed 28 people in Ankara on Wednesday. The second major bombing in four months struck Izmir on "
     "Thursday.",
     [("Remote explosive/landmine/IED", "Ankara", None, None), ("Remote explosive/landmine/IED", "Izmir", None, None)]),
    # a closing attribution ("..., his lawyer said") whose parse makes the arrested man its speaker
    # leaves the arrest its town
    ("misparsed_speaker", "2021-03-03",
     "Senegalese police arrested opposition leader Ousmane Sonko in Dakar on Wednesday as he made his way to a "
     "court hearing on a rape accusation, for disturbing public order, his lawyer said.",
     [("Arrests", "Dakar", "police_sn", None)],
     "Officials in Dakar said on Wednesday that police had arrested opposition activists.",
     [("Arrests", NOWHERE, "police_sn", None)]),
    # shots fired into the air by kidnappers or in celebration stop no protest
    ("shots_in_the_air", "2018-10-11",
     "Police fired shots into the air to disperse protesters in Dar es Salaam on Thursday.",
     [("Protest with intervention", "Dar es Salaam", None, "police_tz")],
     "The kidnappers fired shots into the air in Dar es Salaam before driving off with the businessman on "
     "Thursday.",
     []),
    # people held as "participants in a march" were taken from a protest; "suspects in a raid" were not
    ("participants_in_a_march", "2020-03-08",
     "On 8 March, police in Bishkek detained dozens of participants in a march marking International Women's Day.",
     [("Protest with intervention", "Bishkek", None, "police_kg")],
     "On 8 March, police in Bishkek detained dozens of suspects in a raid.",
     [("Arrests", "Bishkek", "police_kg", None)]),
    # aircraft that fired missiles or killed are an air strike, whoever flew them; a plane crash is none
    ("aircraft_as_subject", "2022-07-15",
     "The Togolese Armed Forces have acknowledged that one of their aircraft killed seven civilians in the village "
     "of Margba near Dapaong on Saturday.",
     [("Air/drone strike", "Dapaong", "military_tg", "civilians_tg")],
     "A plane crash killed seven civilians in the village of Margba near Dapaong on Saturday.",
     []),
    # a town entered after the other side "withdrew under the terms of the ceasefire" was handed over;
    # after it "withdrew" alone, it was taken in the war
    ("withdrew_under_a_deal", "2020-11-20",
     "Units of the Azerbaijani army entered Aghdam district on Friday after Armenian forces withdrew under the "
     "terms of the ceasefire.",
     [("Non-violent transfer of territory", "Aghdam", "military_az", None)],
     "Units of the Azerbaijani army entered Aghdam district on Friday after Armenian forces withdrew.",
     [("Government regains territory", "Aghdam", "military_az", None)]),
    # protesters who "set off for Lima to join a march planned for Thursday" are travelling, no protest yet
    ("on_their_way", "2023-01-17",
     "Hundreds of protesters from Puno, Cusco and other southern regions set off for Lima by bus on Tuesday to join "
     "a mass march planned for Thursday.",
     [],
     "Hundreds of protesters marched through Cusco on Tuesday to demand the president's resignation.",
     [("Peaceful protest", "Cusco", "protesters_pe", None)]),
    # police who "exchanged fire with suspected drug traffickers" fought an armed side, however many died
    ("traffickers_fought", "2021-05-07",
     "At least 25 people, including a police officer, were killed on Thursday when Rio de Janeiro civil police "
     "raided the Jacarezinho favela and exchanged fire with suspected drug traffickers.",
     [("Armed clash", "Jacarezinho", "police_br", "unidentified_armed_group")],
     "At least 25 people were killed on Thursday when Rio de Janeiro civil police raided the Jacarezinho favela.",
     [("Attack", "Jacarezinho", "police_br", None)]),
    # people forced to undress or stripped naked by those holding them suffered sexual violence
    ("forced_nudity", "2019-10-24",
     "A court in Arica ruled on Wednesday that a police corporal had forced two women detained for breaking the "
     "curfew to undress and crouch naked at a police station in Arica on 23 October.",
     [("Sexual violence", "Arica", "police_cl", "civilians_cl")],
     "A police corporal in Arica forced two women detained for breaking the curfew to pay a fine on 23 October.",
     [("Arrests", "Arica", None, None)]),
    # a square the gazetteer lacks is in the last town named before it, not the story's main town in
    # another country; a town the sentence names itself comes first
    ("town_of_a_square", "2020-11-20",
     "Azerbaijani troops entered Aghdam on Friday, and Lachin and Kalbajar are to follow. Protesters broke into "
     "the parliament in Yerevan on November 10.\n\nOn November 11, police detained dozens of participants of a "
     "rally in Freedom Square.",
     [("Peaceful protest", "Yerevan", None, None), ("Protest with intervention", "Yerevan", "police_am", None),
      ("Government regains territory", "Aghdam", None, None)],
     "Azerbaijani troops entered Aghdam on Friday, and Lachin and Kalbajar are to follow. Protesters broke into "
     "the parliament in Yerevan on November 10.\n\nOn November 11, police detained dozens of participants of a "
     "rally in Freedom Square in Tbilisi.",
     [("Peaceful protest", "Yerevan", None, None), ("Protest with intervention", "Tbilisi", "police_ge", None),
      ("Government regains territory", "Aghdam", None, None)]),
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_session28_class_and_its_near_miss(row):
    check_class_row(row)
