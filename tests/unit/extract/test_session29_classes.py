"""Session 29's classes, one row each with its near miss (layout: ``helpers.check_class_row``)."""
import pytest
from helpers import NOWHERE, check_class_row


ROWS = [
    # a family or a tradesman killed: civilians, though no word of the old list says so; a
    # fighter's word beside them still makes it a fight
    ("kin_and_trades", "2025-01-20",
     "On Wednesday night, gunmen stopped a car on the road out of Tibu, Colombia, and opened fire, killing the "
     "owner of a bakery, his wife and their baby.",
     [("Attack", "Tibu", None, "civilians_co")],
     "On Wednesday night, gunmen stopped a car on the road out of Tibu, Colombia, and opened fire, killing an army "
     "sergeant and his driver.",
     [("Armed clash", "Tibu", None, "military_co")]),
    # shots fired "to stop a march" were fired on the protest; "to stop a truck" on no protest
    ("fire_to_stop_a_march", "2019-11-16",
     "Police and soldiers opened fire to stop a march by coca growers in Sacaba on Friday, killing eight people.",
     [("Excessive force against protesters", "Sacaba", "police_bo", "protesters_bo")],
     "Police and soldiers opened fire to stop a truck in Sacaba on Friday, killing eight people.",
     [("Attack", "Sacaba", "police_bo", "civilians_bo")]),
    # a president ousted by soldiers, power seized in a country the report names no town of: a
    # coup (Other), not dropped as a country's tally but coded at the capital (events/national.py)
    ("ousted_president", "2023-07-28",
     "Mutinous soldiers ousted President Mohamed Bazoum in Niamey on Wednesday.",
     [("Other", "Niamey", "military_ne", None)],
     "Voters ousted the president in the election last year.", []),
    ("power_seized_in_a_country", "2023-08-31",
     "Soldiers seized power in Gabon on Wednesday, announcing the cancellation of the election results.",
     [("Other", "Libreville", "military_ga", None)],
     "Soldiers seized weapons in Gabon on Wednesday, announcing the dissolution of a smuggling ring.",
     [("Change to group/activity", None, None, None)]),  # (an arms seizure, ACLED's change to activity)
    # a crowd that "filled" a square, demanding something, protested; towns a count names
    # ("in dozens of towns, including A and B") are each one's protest, a bare count is a tally
    ("filled_the_square", "2018-03-10",
     "Tens of thousands of people filled a square in Bratislava on Friday evening, demanding a new government.",
     [("Peaceful protest", "Bratislava", "protesters_sk", None)],
     "Tens of thousands of people filled the stadium in Bratislava on Friday evening for a concert.", []),
    ("towns_a_count_names", "2018-03-10",
     "On Friday, marches for a new government took place in dozens of towns, including Kosice and Presov, Slovakia.",
     [("Peaceful protest", "Kosice", None, None), ("Peaceful protest", "Presov", None, None)],
     "On Friday, marches for a new government took place in dozens of towns across Slovakia.", []),
    # "the opening of its support base": a base established; the opening of a bus station is not
    ("opening_of_a_base", "2017-08-02",
     "The Chinese army on Tuesday held a ceremony in Obock marking the official opening of its support base.",
     [("Headquarters or base established", None, "military_cn", None)],
     "The mayor of Obock on Tuesday attended the opening of a new bus station.", []),
    # a would-be suicide bomber caught is an arrest, no bombing; one who blew himself up is the bombing
    ("caught_bomber", "2021-11-17",
     "A suspected suicide bomber was arrested by detectives in Bwaise, a Kampala suburb, on Tuesday.",
     [("Arrests", "Kampala", None, None)],
     "A suicide bomber blew himself up in Bwaise, a Kampala suburb, on Tuesday.",
     [("Suicide bomb", "Kampala", None, None)]),
    # "the handover of its weapons" is a group laying down arms; the handover of a town is a transfer
    ("handover_of_weapons", "2017-06-28",
     "The FARC on Tuesday completed the handover of its individual weapons to the UN mission in Mesetas, Colombia.",
     [("Change to group/activity", "Mesetas", "farc", None)],
     "The army on Tuesday completed the handover of the town of Mesetas, Colombia, to the police.",
     [("Non-violent transfer of territory", "Mesetas", "military_co", None)]),
    # in a war a force fights from afar (ground_wars), its "attack on" a town that kills its people
    # is shelling; troops on the ground who attack a village and kill villagers attack civilians
    ("attack_on_a_town_from_afar", "2024-07-09",
     "On Tuesday, a Russian attack on Pokrovsk killed three people, the regional governor said.",
     [("Shelling/artillery/missile attack", "Pokrovsk", "russian_military", "civilians_ua")],
     "On Tuesday, Russian troops attacked a village near Pokrovsk, killing three civilians, the regional governor said.",
     [("Attack", "Pokrovsk", "russian_military", "civilians_ua")]),
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_session29_class_and_its_near_miss(row):
    check_class_row(row)
