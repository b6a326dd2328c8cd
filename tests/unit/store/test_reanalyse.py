"""Upgrading warmap: re-ingesting stores nothing twice, and ``reanalyse`` brings the
stored documents up to the new cleaning and extraction rules, nothing duplicated."""

import json

import pytest

import warmap.ingest.article as article_module
import warmap.pipeline as pipeline
import warmap.store.duck as duck
from warmap.pipeline import ingest, reanalyse
from warmap.store import Store
from warmap.store.schema import warmap_version

# Written for this test.
REPORTS = {
    "qaim.txt": "June 23, 2014\n\nOn Saturday, ISIS fighters captured the al-Qaim border crossing after "
                "clashes with Iraqi army units.\n\nOn Sunday, Syrian government aircraft bombed Albu Kamal, "
                "killing seven civilians, residents said.\n",
    "palmyra.txt": "May 21, 2015\n\nIslamic State militants seized Palmyra on Wednesday as government troops "
                   "withdrew from the town.\n\nThe next day, warplanes struck the town's northern districts.\n",
}
TRAILER = "Follow our coverage of the war on our website every day."


@pytest.fixture
def reports(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _old_rules(monkeypatch):
    """An 'older warmap': its cleaning left a trailer line in, its extractor found only
    battles, and it was version 0.0.1."""
    join = article_module.join_paragraphs
    extract = pipeline.extract_events
    monkeypatch.setattr(article_module, "join_paragraphs", lambda *a, **k: join(*a, **k) + "\n\n" + TRAILER)
    monkeypatch.setattr(pipeline, "extract_events",
                        lambda *a, **k: [e for e in extract(*a, **k) if e.event_type == "Battles"])
    monkeypatch.setattr(duck, "warmap_version", lambda: "0.0.1")


def _contents(store):
    return (
        sorted(store.query("SELECT doc_id, source, text FROM documents")),
        sorted(store.query("SELECT id, doc_id, record FROM events")),
        sorted(json.dumps(r, sort_keys=True) for r in store.query("SELECT doc_id, record FROM control_claims")),
        sorted(json.dumps(r, sort_keys=True) for r in store.query("SELECT doc_id, record FROM relations")),
    )


def test_upgrade_then_reanalyse_gives_what_a_fresh_ingest_gives(tmp_path, reports, monkeypatch):
    with monkeypatch.context() as old:
        _old_rules(old)
        with Store(tmp_path / "old.duckdb") as store:
            first = ingest(store, [reports])
            old_events = store.events()
    assert first.added == 2
    assert old_events and {e.event_type for e in old_events} == {"Battles"}

    with Store(tmp_path / "fresh.duckdb") as fresh:
        ingest(fresh, [reports])
        expected = _contents(fresh)
    assert len(expected[1]) > len(old_events)  # the new extractor finds the air strikes too

    with Store(tmp_path / "old.duckdb") as store:
        # The new cleaning drops the trailer: other cleaned text, same files. Before the
        # fix this stored both articles a second time.
        again = ingest(store, [reports])
        assert (again.added, again.already_known) == (0, 2)
        assert store.count_documents() == 2 and store.count_events() == len(old_events)

        report = reanalyse(store, since_version=warmap_version())
        assert report.read == 2 and not report.skipped
        assert _contents(store) == expected
        assert report.events == len(expected[1])
        assert {v for (v,) in store.query("SELECT DISTINCT analysed_by FROM documents")} == {warmap_version()}
        assert all(TRAILER not in d.text for d in store.documents())

        # Everything is at this version now; and analysing all again changes nothing.
        assert reanalyse(store, since_version=warmap_version()).read == 0
        assert reanalyse(store).read == 2
        assert _contents(store) == expected


def test_reanalyse_from_cleaned_text_when_the_store_kept_no_raw_input(tmp_path, reports, monkeypatch):
    with Store(tmp_path / "s.duckdb") as store:
        ingest(store, [reports])
        expected = _contents(store)
        # As a store migrated from schema 2 holds them: cleaned text only.
        store.query("UPDATE documents SET raw = NULL, raw_id = NULL, raw_options = NULL, analysed_by = NULL")
        store.query("DELETE FROM events")
        report = reanalyse(store, since_version="0.0.1")
        assert report.read == 2
        assert _contents(store) == expected


def test_a_failed_batch_leaves_the_old_analysis(tmp_path, reports, monkeypatch):
    with Store(tmp_path / "s.duckdb") as store:
        ingest(store, [reports])
        before = _contents(store)

        def boom(_claim):
            raise RuntimeError("disk full")

        monkeypatch.setattr(duck, "claim_to_dict", boom)
        with pytest.raises(RuntimeError, match="disk full"):
            reanalyse(store)
        assert _contents(store) == before


def test_one_transaction_per_batch(tmp_path, reports, monkeypatch):
    with Store(tmp_path / "s.duckdb") as store:
        ingest(store, [reports])
        before = _contents(store)
        store.query("UPDATE documents SET analysed_by = '0.0.1'")
        calls = []
        replace = Store.replace_documents

        def second_fails(self, *args, **kwargs):
            calls.append(1)
            if len(calls) == 2:
                raise RuntimeError("killed")
            return replace(self, *args, **kwargs)

        monkeypatch.setattr(Store, "replace_documents", second_fails)
        with pytest.raises(RuntimeError, match="killed"):
            reanalyse(store, batch_size=1)
        # The first batch (palmyra.txt, in source order) is done, the second as it was.
        versions = dict(store.query("SELECT source, analysed_by FROM documents"))
        assert versions == {str(reports / "palmyra.txt"): warmap_version(), str(reports / "qaim.txt"): "0.0.1"}
        assert _contents(store) == before


def test_one_article_that_fails_again_is_left_as_it_was_and_the_rest_reanalysed(tmp_path, reports, monkeypatch):
    with Store(tmp_path / "s.duckdb") as store:
        ingest(store, [reports])
        before = _contents(store)
        real = pipeline.extract_events

        def failing(article, *a, **k):
            if "Palmyra" in article.text:
                raise RuntimeError("boom")
            return real(article, *a, **k)

        monkeypatch.setattr(pipeline, "extract_events", failing)
        report = reanalyse(store)
        assert report.read == 1
        assert len(report.skipped) == 1 and "palmyra" in report.skipped[0].source
        assert "left as it was" in report.skipped[0].reason
        assert _contents(store) == before  # the same rules: the reanalysed one is unchanged too
