"""Parquet and JSON Lines datasets, one article a row, as ``warmap ingest`` inputs."""

from __future__ import annotations

import datetime as dt
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from warmap.ingest import SUPPORTED_SUFFIXES, read_inputs
from warmap.records import Article, Skipped

CAPTURE = "On Saturday, ISIS fighters captured the border crossing at al-Qaim, residents said."
PAGE = ("<html><head><title>Shelling in Saraqib</title></head><body><nav>Home | World</nav>"
        "<article><p>Government forces shelled Saraqib on Monday, killing four people, activists said.</p>"
        "</article></body></html>")


def _items(path, **options) -> list:
    return list(read_inputs([path], **options))


def test_parquet_rows_are_articles_with_their_columns(tmp_path):
    feed = tmp_path / "feed.parquet"
    pq.write_table(pa.table({
        "id": ["a1", "a2"],
        "url": ["https://example.org/2014/06/qaim", None],
        "title": ["Al-Qaim falls", None],
        "text": [CAPTURE, None],
        "html": [None, PAGE],
        "published": [dt.date(2014, 6, 23), dt.date(2015, 3, 2)],
    }), feed)
    first, second = _items(feed)
    assert (first.source, first.title, first.url, first.published) == (
        f"{feed}:1", "Al-Qaim falls", "https://example.org/2014/06/qaim", dt.date(2014, 6, 23))
    assert first.text == CAPTURE
    # an html column is a page: cleaned, its menu left out, its title read from the page
    assert second.source == f"{feed}:2" and second.published == dt.date(2015, 3, 2)
    assert "Saraqib on Monday" in second.text and "Home | World" not in second.text
    assert second.title == "Shelling in Saraqib"


def test_parquet_timestamps_and_scraper_column_names(tmp_path):
    feed = tmp_path / "feed.parquet"
    pq.write_table(pa.table({
        "maintext": [CAPTURE],
        "date_publish": pa.array([dt.datetime(2014, 6, 23, 22, 15)], pa.timestamp("s")),
    }), feed)
    (article,) = _items(feed)
    assert article.text == CAPTURE and article.published == dt.date(2014, 6, 23)


def test_a_bad_parquet_row_is_one_skip_and_the_others_are_read(tmp_path):
    feed = tmp_path / "feed.parquet"
    pq.write_table(pa.table({"text": [CAPTURE, "  ", "x" * 2_000, CAPTURE + " Later."]}), feed)
    items = _items(feed, max_bytes=1_000)
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Skipped", "Article"]
    assert 'no "text" or "html"' in items[1].reason and items[1].source == f"{feed}:2"
    assert "over the 1 KB limit" in items[2].reason


@pytest.mark.parametrize(("content", "why"), [
    (b"PAR1 this is not parquet", "not a readable Parquet file"),
    (None, "no text column"),
    (b"", "not a readable Parquet file"),
])
def test_an_unreadable_parquet_file_is_one_skip(tmp_path, content, why):
    feed = tmp_path / "feed.parquet"
    if content is None:
        pq.write_table(pa.table({"title": ["no text here"]}), feed)
    else:
        feed.write_bytes(content)
    (item,) = _items(feed)
    assert isinstance(item, Skipped) and why in item.reason and item.source == str(feed)


def test_an_empty_parquet_dataset_is_reported(tmp_path):
    feed = tmp_path / "feed.parquet"
    pq.write_table(pa.table({"text": pa.array([], pa.string())}), feed)
    (item,) = _items(feed)
    assert isinstance(item, Skipped) and "no rows" in item.reason


def test_jsonl_rows_may_carry_a_page_in_html_instead_of_text(tmp_path):
    feed = tmp_path / "feed.jsonl"
    rows = [{"id": "p1", "html": PAGE, "published": "2015-03-02"},
            {"id": "t1", "text": CAPTURE, "html": PAGE, "published": "2014-06-23"},  # text wins over html
            {"id": "e1", "html": "   "}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    page, text, empty = _items(feed)
    assert "Saraqib on Monday" in page.text and "<p>" not in page.text and page.title == "Shelling in Saraqib"
    assert text.text == CAPTURE
    assert isinstance(empty, Skipped) and 'no "text" or "html"' in empty.reason


def test_the_same_articles_from_jsonl_and_parquet_are_the_same_documents(tmp_path):
    rows = [{"title": "Al-Qaim falls", "text": CAPTURE, "published": "2014-06-23", "url": "https://example.org/q"}]
    (tmp_path / "a.jsonl").write_text(json.dumps(rows[0]) + "\n", encoding="utf-8")
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "b.parquet")
    a, b = _items(tmp_path)  # a folder gives its .parquet files too, in sorted order
    assert isinstance(a, Article) and isinstance(b, Article)
    assert (a.doc_id, a.text, a.title, a.published, a.url) == (b.doc_id, b.text, b.title, b.published, b.url)
    assert ".parquet" in SUPPORTED_SUFFIXES
