"""read_inputs: folders, file types, JSON Lines, and every kind of bad input as a Skipped."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
from pathlib import Path

import pytest

from warmap.ingest import SUPPORTED_SUFFIXES, read_inputs
from warmap.records import Article, Skipped

BODY = "Rebels took the hilltop village of Tell Aswad on Monday after a night of clashes, activists said."
DATED = f"Rebels take Tell Aswad\nJune 19, 2014\n\n{BODY}\n"


def _read(*paths, **kwargs) -> list[Article | Skipped]:
    return list(read_inputs([*paths], **kwargs))


def _one(path: Path, **kwargs) -> Article | Skipped:
    (item,) = _read(path, **kwargs)
    return item


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES == {".txt", ".html", ".htm", ".jsonl", ".parquet"}


def test_folders_are_read_recursively_in_sorted_order(tmp_path, monkeypatch):
    reports = tmp_path / "reports"
    (reports / "b" / "deep").mkdir(parents=True)
    (reports / "a").mkdir()
    (reports / "z.txt").write_text(DATED)
    (reports / "b" / "deep" / "one.HTML").write_text(f"<html><body><p>{BODY}</p></body></html>")
    (reports / "a" / "two.txt").write_text(DATED.replace("Monday", "Tuesday"))
    (reports / "a" / "notes.md").write_text(DATED)  # another ending in a folder: passed over
    (reports / "a" / ".hidden.txt").write_text(DATED)  # hidden: passed over
    (reports / ".git").mkdir()
    (reports / ".git" / "x.txt").write_text(DATED)
    monkeypatch.chdir(tmp_path)
    items = _read("reports")
    assert [i.source for i in items] == [
        os.path.join("reports", "a", "two.txt"),
        os.path.join("reports", "b", "deep", "one.HTML"),
        os.path.join("reports", "z.txt"),
    ]
    assert all(isinstance(i, Article) for i in items)
    assert items[1].text == BODY  # .HTML read as HTML
    absolute = _read(tmp_path / "reports")
    assert absolute[0].source == str(tmp_path / "reports" / "a" / "two.txt")


def test_a_named_file_of_another_type_is_skipped_with_a_reason(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    item = _one(pdf)
    assert isinstance(item, Skipped)
    assert item.source == str(pdf)
    assert "'.pdf'" in item.reason and ".txt" in item.reason and ".jsonl" in item.reason


def test_missing_path_is_skipped(tmp_path):
    item = _one(tmp_path / "nowhere")
    assert isinstance(item, Skipped) and "no such file or folder" in item.reason


def test_jsonl_one_article_a_line_and_bad_lines_skipped(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": BODY, "title": "Rebels take Tell Aswad", "published": "2014-06-19", "url": "https://example.org/1"}),
        '{"text": "unterminated',
        json.dumps({"title": "No text here"}),
        "",
        json.dumps({"text": BODY.replace("Monday", "Sunday"), "published": "19 June 2014"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "Share this article\nAdvertisement"}),
        json.dumps({"text": BODY.replace("Monday", "Friday"), "published": "sometime"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = _read(path)
    assert [i.source for i in items] == [f"{path}:{n}" for n in (1, 2, 3, 5, 6, 7, 8)]
    first, bad_json, no_text, second, not_object, empty, undated = items
    assert isinstance(first, Article)
    assert (first.title, first.published, first.url, first.text) == (
        "Rebels take Tell Aswad", dt.date(2014, 6, 19), "https://example.org/1", BODY)
    assert isinstance(bad_json, Skipped) and "not valid JSON" in bad_json.reason
    assert isinstance(no_text, Skipped) and '"text"' in no_text.reason
    assert isinstance(second, Article) and second.published == dt.date(2014, 6, 19)
    assert isinstance(not_object, Skipped) and "JSON object" in not_object.reason
    assert isinstance(empty, Skipped) and "no article text" in empty.reason
    assert isinstance(undated, Article) and undated.published is None


def test_published_overrides_every_article(tmp_path):
    (tmp_path / "a.txt").write_text(DATED)
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": BODY, "published": "2014-06-19"}) + "\n")
    items = _read(tmp_path, published=dt.date(2016, 1, 1))
    assert [i.published for i in items] == [dt.date(2016, 1, 1)] * 2


def test_article_without_a_date_is_read_not_skipped(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    item = _one(tmp_path / "a.txt")
    assert isinstance(item, Article) and item.published is None


def test_same_article_under_two_names_is_one_document(tmp_path):
    (tmp_path / "a.txt").write_text(DATED)
    (tmp_path / "copy.txt").write_text("Skip to main content\n" + DATED.replace("\n\n", "\n\n\n\n") + "Advertisement\n")
    a, b = _read(tmp_path)
    assert a.doc_id == b.doc_id and a.source != b.source


BAD = {
    "empty": (b"", "file is empty"),
    "whitespace": (b"  \n\t\r\n  \n", "only whitespace"),
    "binary with NUL bytes": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    "control characters": (bytes(range(1, 32)) * 50, "binary"),
    "random high bytes": (bytes((i * 37 + 11) % 256 for i in range(4000)).replace(b"\x00", b"\x01"), "re-save it as UTF-8"),
    "only boilerplate": (b"Share this article\nAdvertisement\nComments (3)\n", "no article text left"),
    "bad UTF-16": (codecs.BOM_UTF16_LE + b"\x00\xd8", "UTF-16"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_is_skipped_with_a_one_line_reason(tmp_path, name):
    data, reason = BAD[name]
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    item = _one(path)
    assert isinstance(item, Skipped), item
    assert item.source == str(path)
    assert reason in item.reason
    assert "\n" not in item.reason and ";" in item.reason  # what went wrong; what to do


@pytest.mark.parametrize(("data", "expected"), [
    ("Rebels entered Ma\u2019arrat al-Nu\u2019man and Sa\u00efd said \u201cenough\u201d.".encode("cp1252"),
     "Rebels entered Ma'arrat al-Nu'man and Sa\u00efd said \"enough\"."),
    ("Le porte-parole a d\u00e9clar\u00e9 que l'arm\u00e9e avait recul\u00e9.".encode("latin-1"),
     "Le porte-parole a d\u00e9clar\u00e9 que l'arm\u00e9e avait recul\u00e9."),
    (BODY.encode("utf-16"), BODY),
    (BODY.encode("utf-8-sig"), BODY),
    (BODY.encode("utf-32"), BODY),
    ("\u0642\u0627\u0644 \u0646\u0627\u0634\u0637\u0648\u0646 \u0625\u0646 \u0627\u0644\u0645\u062f\u064a\u0646\u0629 \u0633\u0642\u0637\u062a.".encode("utf-8"),
     "\u0642\u0627\u0644 \u0646\u0627\u0634\u0637\u0648\u0646 \u0625\u0646 \u0627\u0644\u0645\u062f\u064a\u0646\u0629 \u0633\u0642\u0637\u062a."),
])
def test_encodings_that_are_text_are_decoded(tmp_path, data, expected):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    item = _one(path)
    assert isinstance(item, Article), item
    assert item.text == expected


def test_file_over_the_size_limit_is_skipped(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(52_000_000)  # sparse: nothing is written or read
    item = _one(big)
    assert isinstance(item, Skipped)
    assert item.reason == "file is 52 MB, over the 5 MB limit; split it or raise --max-bytes"
    small = tmp_path / "small.txt"
    small.write_text(DATED)
    assert isinstance(_one(small, max_bytes=10), Skipped)
    assert isinstance(_one(small, max_bytes=10_000), Article)


def test_unreadable_file_is_skipped(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(DATED)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read anything")
        item = _one(path)
        assert isinstance(item, Skipped) and "permissions" in item.reason
    finally:
        path.chmod(0o644)


def test_one_bad_file_does_not_stop_the_rest(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "c.txt").write_text(DATED)
    kinds = [type(i).__name__ for i in _read(tmp_path)]
    assert kinds == ["Skipped", "Skipped", "Article"]


def test_jsonl_text_may_hold_line_separator_characters(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": BODY + "\u2028Two fighters died.", "url": "u"}, ensure_ascii=False) + "\r\n", encoding="utf-8")
    item = _one(path)
    assert isinstance(item, Article) and item.source == f"{path}:1"
    assert item.text == BODY + "\n\nTwo fighters died."  # U+2028 is a line break


@pytest.mark.parametrize("record", [
    {"maintext": BODY, "title": "Rebels take Tell Aswad", "date_publish": "2014-06-19 08:00:00", "url": "https://example.org/1"},
    {"text": BODY, "headline": "Rebels take Tell Aswad", "publish_date": "2014-06-19T08:00:00+03:00", "link": "https://example.org/1"},
    {"content": BODY, "title": "Rebels take Tell Aswad", "datePublished": "June 19, 2014", "url": "https://example.org/1"},
    {"text": BODY, "title": "Rebels take Tell Aswad", "published": "", "date": "2014-06-19", "url": "https://example.org/1"},
])
def test_jsonl_field_names_scrapers_use(tmp_path, record):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (item,) = _read(path)
    assert isinstance(item, Article)
    assert (item.title, item.published, item.url) == ("Rebels take Tell Aswad", dt.date(2014, 6, 19), "https://example.org/1")
