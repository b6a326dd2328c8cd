"""The year prefilters of ingest/dates.py find what DATE_PATTERN alone finds."""

from pathlib import Path

from warmap.ingest import dates
from warmap.ingest.dates import DATE_PATTERN, full_dates, numeric_order

ROOT = Path(__file__).resolve().parents[3]

LINES = [
    "June 19, 2014", "19 June 2014 - Rebels took the town", "Updated 15/03/2016 and 04/03/2016",
    "2014-06-19T10:00:00+03:00", "2014/06/19", "19.06.2014", "06-19-2014", "Thursday, 19 June, 2014",
    "No date here, only 42 fighters and 1,200 people.", "In 1979 and 2031 (years out of range: 2099)",
    "on 03/06/2014 and 04/06/2014", "", "12/25/2015 then 14/03/2015",
]


def _texts():
    texts = list(LINES)
    for path in sorted((ROOT / "samples" / "corpus").iterdir())[:80]:
        text = path.read_text(encoding="utf-8", errors="replace")
        texts.append(text)
        texts.extend(text.splitlines())
    return texts


def test_full_dates_are_date_patterns_matches():
    texts = _texts()
    assert sum(1 for t in texts for _ in full_dates(t)) > 20  # dates were found
    for t in texts:
        assert [m.span() for m in full_dates(t)] == [m.span() for m in DATE_PATTERN.finditer(t)], t


def _numeric_order_unfiltered(text):
    orders = set()
    for m in DATE_PATTERN.finditer(text):
        if m.group("a5") and m.group("s5") != "." and not dates.is_undecided(m):
            a, b = int(m.group("a5")), int(m.group("b5"))
            if a != b:
                orders.add("dmy" if a > b else "mdy")
    return orders.pop() if len(orders) == 1 else None


def test_numeric_order_as_without_the_prefilter():
    texts = _texts()
    assert {numeric_order(t) for t in texts} == {None, "dmy", "mdy"}
    for t in texts:
        assert numeric_order(t) == _numeric_order_unfiltered(t), t
