"""Session 32's classes, one row each with its near miss (layout: ``helpers.check_class_row``)."""
import pytest
from helpers import check_class_row

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
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_session32_class_and_its_near_miss(row):
    check_class_row(row)


def test_a_part_of_the_count_in_apposition_is_not_the_toll():
    from warmap.events.fatalities import find_fatalities

    sentence = "At least 22 civilians, 14 of them children, were killed on Friday."
    assert find_fatalities(sentence)[0] == 22
    assert find_fatalities("Gunmen killed 14 people, seven of them Iranians, on Friday.")[0] == 14
