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
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_session29_class_and_its_near_miss(row):
    check_class_row(row)
