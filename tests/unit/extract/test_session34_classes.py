"""Session 34's classes, one row each with its near miss (layout: ``helpers.check_class_row``)."""
import pytest
from helpers import check_class_row

ROWS: list[tuple] = [
    # "passengers were ... shot dead near Quetta": civilians shot by no one named were attacked by someone, an
    # unidentified armed group; civilians shot in crossfire were the toll of a fight
    ("civilians_shot_by_no_one_named", "2024-08-27",
     "Nine passengers were taken off a bus near Quetta and shot dead on Monday, officials said.",
     [("Attack", "Quetta", "unidentified_armed_group", None)],
     "Two passengers were shot dead in crossfire near Quetta on Monday, officials said.", []),
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_session34_class_and_its_near_miss(row):
    check_class_row(row)
