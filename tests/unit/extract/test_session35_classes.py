"""Session 35's classes, one row each with its near miss (layout: ``helpers.check_class_row``)."""
import pytest
from helpers import check_class_row

ROWS: list[tuple] = [
    # 'said they had "liberated" the town': one event word in scare quotes is the claimant's word, which the
    # writer will not take for his own (before, a capture); the same claim told in the writer's words is one
    ("event_word_in_scare_quotes", "2021-04-19",
     'Rebels of FACT said on Sunday that they had "liberated" the town of Nokou.',
     [],
     "Rebels of FACT said on Sunday that they had liberated the town of Nokou.",
     [("Non-state actor overtakes territory", "Nokou", "fact_chad", None)]),
]


@pytest.mark.parametrize("row", [pytest.param(r, id=r[0]) for r in ROWS])
def test_session35_class(row: tuple) -> None:
    check_class_row(row)
