"""Session 31's classes, one row each with its near miss (layout: ``helpers.check_class_row``),
and the dateline forms of wire agencies that came with them."""
import pytest
from helpers import check_class_row

from warmap.nlp.sentences import dateline_spans


@pytest.mark.parametrize(("text", "dateline"), [
    ("Bogota, Jan 3 (EFE).- At least 23 bodies were recovered.", "Bogota, Jan 3 (EFE).- "),
    ("Lima, Jan. 10 (ANDINA). The Ombudsman's Office reported 17 deaths.", "Lima, Jan. 10 (ANDINA). "),
    ("Jayapura, Papua (ANTARA) - Gunmen set fire to a plane.", "Jayapura, Papua (ANTARA) - "),
    ("Srinagar- At least 12 people were injured.", "Srinagar- "),
])
def test_wire_datelines_with_an_agency_or_a_glued_dash(text, dateline):
    # the filing town is where the reporter was, not where the events were
    assert [text[a:b] for a, b in dateline_spans(text)] == [dateline]


@pytest.mark.parametrize("text", [
    "Self-defence - A village militia held the bridge.",  # (a word with a hyphen, then a dash)
    "Kabul - The Taliban said.",                          # (mixed case needs a date, an agency or a glued dash)
    "Police said (on Monday). The Ombudsman spoke.",
])
def test_no_dateline_in_ordinary_openings(text):
    assert dateline_spans(text) == []


ROWS: list[tuple] = [
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_session31_class_and_its_near_miss(row):
    check_class_row(row)
