"""The in-memory index answers every filter exactly as the store's SQL does."""

import datetime as dt

import pytest

from warmap.api.index import EventIndex
from warmap.store import EventFilter, Store

FILTERS = [
    EventFilter(),
    EventFilter(since=dt.date(2014, 6, 15)),
    EventFilter(until=dt.date(2014, 7, 1)),
    EventFilter(since=dt.date(2014, 6, 1), until=dt.date(2015, 1, 1)),
    EventFilter(place="raqq"),
    EventFilter(place="PALMYRA"),
    EventFilter(actor="isis"),
    EventFilter(actor="Syria"),
    EventFilter(event_type="Battles"),
    EventFilter(event_type="Air/drone strike"),
    EventFilter(text="civilians"),
    EventFilter(bbox=(38.0, 34.0, 41.5, 37.0)),
    EventFilter(limit=2, offset=1),
    EventFilter(actor="isis", since=dt.date(2014, 6, 1), limit=1),
    EventFilter(place="nowhere-at-all"),
]


@pytest.mark.parametrize("flt", FILTERS, ids=[str(i) for i in range(len(FILTERS))])
def test_index_equals_sql(sample_db, flt):
    with Store(sample_db, read_only=True) as store:
        index = EventIndex.load(store)
        want = (store.count_matching(flt), [r[0] for r in store.event_records(flt)])
    total, rows = index.select(flt)
    assert (total, [r[0] for r in rows]) == want
