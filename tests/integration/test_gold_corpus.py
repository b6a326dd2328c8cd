"""The bundled corpus against its gold: the figures the README reports."""

from pathlib import Path

import pytest

from warmap.eval import load_gold, score
from warmap.pipeline import ingest
from warmap.store import Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("gold") / "gold.duckdb"
    with Store(path) as store:
        report = ingest(store, [ROOT / "samples" / "corpus"])
        assert not report.skipped, report.skipped
    return path


@pytest.fixture(scope="module")
def report(corpus_store):
    import os

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with Store(corpus_store, read_only=True) as store:
            return score(load_gold(ROOT / "tests" / "gold"), store.events())
    finally:
        os.chdir(cwd)


def test_corpus_has_fifteen_articles_with_gold():
    articles = [p for p in (ROOT / "samples" / "corpus").iterdir() if p.suffix in {".txt", ".html", ".htm", ".jsonl"}]
    golds = {p.name[: -len(".jsonl")] for p in (ROOT / "tests" / "gold").glob("*.jsonl")}
    assert len(articles) >= 15
    assert {p.stem for p in articles} <= golds


def test_recall_and_precision_at_least_0_8(report):
    misses = "\n".join(f"MISS {e.sub_event_type}: {e.sources[0].sentence}" for e in report.misses)
    extras = "\n".join(f"EXTRA {e.sub_event_type}: {e.sources[0].sentence}" for e in report.extras)
    assert report.overall.recall >= 0.8, misses
    assert report.overall.precision >= 0.8, extras


def test_no_event_from_negated_or_hypothetical_sentences(report):
    assert not report.nonevent_violations, [s for s, _ in report.nonevent_violations]


def test_matched_events_place_within_25km_mostly(report):
    assert report.field_accuracy("place_25km") >= 0.8


def test_reingest_changes_nothing(corpus_store):
    with Store(corpus_store) as store:
        before = (store.count_documents(), store.count_events())
        again = ingest(store, [ROOT / "samples" / "corpus"])
        assert again.added == 0 and again.already_known == again.read
        assert (store.count_documents(), store.count_events()) == before
