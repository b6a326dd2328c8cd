import datetime as dt

import pytest

from helpers import AL_QAIM, ISIS, make_article, make_event
from warmap.errors import StoreError
from warmap.export import event_to_dict
from warmap.store import EventFilter, Store


def test_write_and_read_back_exactly(tmp_path, article):
    ev = make_event(article, "The Syrian air force raided Raqqa on Saturday.")
    with Store(tmp_path / "s.duckdb") as store:
        assert store.write_batch([article], [ev]) == 1
        back = store.event(ev.id)
    assert back is not None
    assert event_to_dict(back) == event_to_dict(ev)


def test_reingesting_the_same_article_changes_nothing(tmp_path, article):
    ev = make_event(article, "The Syrian air force raided Raqqa on Saturday.")
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write_batch([article], [ev])
        # Same content from another path: same content hash, nothing added.
        again = make_article(article.text, source="elsewhere/copy.txt")
        assert store.write_batch([again], [make_event(again, "Twelve civilians were killed.")]) == 0
        assert store.count_documents() == 1
        assert store.count_events() == 1


def test_failed_batch_leaves_store_as_before(tmp_path, article, monkeypatch):
    import warmap.store.duck as duck
    from warmap.records import ControlClaim

    ev = make_event(article, "The Syrian air force raided Raqqa on Saturday.")
    other = make_article("A second report about Raqqa.", source="b.txt")
    ev2 = make_event(other, "A second report about Raqqa.")
    claim = ControlClaim(ev2.location, ev2.actor1, ev2.when, "statement", 0.9, ev2.sources[0])
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([article], [ev])

        def boom(_claim):
            raise RuntimeError("disk full")

        # Fails after the documents and events of the batch were inserted.
        monkeypatch.setattr(duck, "claim_to_dict", boom)
        with pytest.raises(RuntimeError, match="disk full"):
            store.write_batch([other], [ev2], [claim])
        assert store.count_documents() == 1
        assert store.count_events() == 1
        assert store.known_documents([other.doc_id]) == set()


def test_filters(tmp_path, article):
    e1 = make_event(article, "The Syrian air force raided Raqqa on Saturday.")
    e2 = make_event(article, "On Saturday, ISIS captured al-Qaim border crossing.", etype="Battles",
                    sub="Non-state actor overtakes territory", actor1=ISIS, actor2=None, place=AL_QAIM,
                    fatalities=None, day=dt.date(2014, 6, 1))
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([article], [e1, e2])
        assert [e.id for e in store.events(EventFilter(place="qa'im"))] == [e2.id]
        assert [e.id for e in store.events(EventFilter(since=dt.date(2014, 6, 10)))] == [e1.id]
        assert [e.id for e in store.events(EventFilter(actor="isis"))] == [e2.id]
        assert [e.id for e in store.events(EventFilter(event_type="Battles"))] == [e2.id]
        assert [e.id for e in store.events(EventFilter(bbox=(38.0, 35.0, 40.0, 37.0)))] == [e1.id]
        assert store.event(e1.id[:6]) is not None


def test_read_only_store_must_exist(tmp_path):
    with pytest.raises(StoreError, match="warmap ingest"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_not_a_database_is_a_clear_error(tmp_path):
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="not a warmap store"):
        Store(junk)
    assert junk.read_bytes() == b"this is not a database" * 100


def test_a_document_is_known_by_its_raw_input_whatever_the_cleaning(tmp_path):
    import dataclasses

    from warmap.records import RawInput

    raw = RawInput("Read more: example.org\nThe Syrian air force raided Raqqa on Saturday.\n")
    first = dataclasses.replace(make_article("The Syrian air force raided Raqqa on Saturday."), raw=raw)
    # The same file cleaned by a later warmap into other text (so another content hash):
    # before the fix it was stored a second time.
    later = dataclasses.replace(make_article("Read more: example.org The Syrian air force raided Raqqa on Saturday."),
                                raw=raw)
    # Other raw input, same cleaned text: a cross-source duplicate.
    other = dataclasses.replace(first, source="b.html", raw=RawInput("<p>The Syrian air force ...</p>", html=True))
    with Store(tmp_path / "s.duckdb") as store:
        assert store.write_batch([first], [make_event(first, "The Syrian air force raided Raqqa on Saturday.")]) == 1
        assert store.known_articles([later, other]) == {later.doc_id, other.doc_id}
        assert store.write_batch([later, other], [make_event(later, "The Syrian air force raided Raqqa on Saturday.")]) == 0
        assert store.count_documents() == 1 and store.count_events() == 1
        back = store.stored_articles([first.doc_id])[0]
    assert back.raw == raw and back.text == first.text


def test_a_file_copy_reads_the_store_and_lets_go_of_the_file(tmp_path):
    first = make_article("The air force raided Raqqa on Saturday.", source="reports/a.txt")
    second = make_article("ISIS captured al-Qaim on Saturday.", source="reports/b.txt")
    path = tmp_path / "w.duckdb"
    with Store(path) as store:
        store.write_batch([first], [make_event(first, "The air force raided Raqqa on Saturday.")])
    copy = Store.file_copy(path)
    try:
        with Store(path) as writer:  # the file is free for an ingest while the copy is open
            writer.write_batch([second], [make_event(second, "ISIS captured al-Qaim on Saturday.", place=AL_QAIM)])
            assert writer.count_events() == 2
        assert copy.count_events() == 1  # the copy stays as it was taken
        assert sorted(p.name for p in tmp_path.iterdir()) == ["w.duckdb"]  # unlinked once open
        assert copy.path == str(path)
    finally:
        copy.close()
    with Store.file_copy(path) as again:
        assert again.count_events() == 2
    with pytest.raises(StoreError, match="no store"):
        Store.file_copy(tmp_path / "missing.duckdb")
