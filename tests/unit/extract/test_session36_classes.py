"""Session 36's classes, one row each with its near miss (layout: ``helpers.check_class_row``)."""
import datetime as dt

import pytest
from helpers import check_class_row, make_article

from warmap.pipeline import analyse

ROWS: list[tuple] = [
    # "The 10th Front was the target of a Venezuelan military offensive in March last year around La Victoria":
    # a capitalised "March" after "in" is the month, no protest march (before, soldiers' force on protesters);
    # a lower-case march is one
    ("month_march_is_no_protest", "2022-01-20",
     "Venezuelan soldiers shot dead two FARC dissidents in March last year near Arauquita.",
     [("Armed clash", "Arauquita", "military_ve", "farc_dissidents")],
     "Venezuelan soldiers opened fire during a march near Arauquita on Tuesday, killing two people.",
     [("Excessive force against protesters", "Arauquita", "military_ve", None)]),
    # "an offensive that sent thousands of civilians fleeing": people driven from their homes are no side the
    # offensive fought (before, an attack on civilians; now a fight whose enemy goes unnamed); civilians the
    # soldiers attacked are one
    ("the_displaced_are_no_side", "2022-01-20",
     "Colombian troops launched an offensive near Arauquita on Tuesday that sent thousands of civilians fleeing.",
     [("Armed clash", "Arauquita", "military_co", None)],
     "Colombian troops attacked civilians near Arauquita on Tuesday.",
     [("Attack", "Arauquita", "military_co", "civilians_co")]),
]


@pytest.mark.parametrize("row", [pytest.param(r, id=r[0]) for r in ROWS])
def test_session36_class(row: tuple) -> None:
    check_class_row(row)


def test_a_day_last_year_is_in_the_year_before() -> None:
    """ "On September 26 last year": the day in the year before publication (before, only a month took
    "last year", and the day stayed in the publication year); "this year" keeps the publication year."""
    def dates(text: str) -> list[dt.date]:
        return [e.when.date for e in analyse(make_article(text, published=dt.date(2023, 11, 28))).events]
    assert dates("On September 26 last year, gunmen killed ten civilians in Djibo.") == [dt.date(2022, 9, 26)]
    assert dates("On 26 September last year, gunmen killed ten civilians in Djibo.") == [dt.date(2022, 9, 26)]
    assert dates("On 26 February this year, gunmen killed ten civilians in Djibo.") == [dt.date(2023, 2, 26)]
