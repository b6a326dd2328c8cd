"""read_inputs on hostile input (issue 10): one bad item is one skip with a one-line reason,
special files are never opened, and bytes that cannot be decoded are repaired and told."""

from __future__ import annotations

import inspect
import json
import os
import socket
import threading

import pytest

from warmap.ingest import DEFAULT_MAX_BYTES, Notice, read_inputs
from warmap.records import Article, Skipped

BODY = "Rebels took the hilltop village of Tell Aswad on Monday after a night of clashes, activists said."


def _items(*paths, **kwargs):
    return list(read_inputs([*paths], **kwargs))


def _kinds(items):
    return [type(i).__name__ for i in items]


def _one_line(item: Skipped | Notice) -> None:
    text = f"{item.source}: {getattr(item, 'reason', None) or item.message}"
    assert text.isprintable(), text  # no newline, escape or other control character
    text.encode("utf-8")  # storable and printable: no lone surrogate


def _in_thread(fn, timeout=10.0):
    """fn() or a failure after ``timeout`` seconds (a FIFO or /dev/zero would block for ever)."""
    out = {}
    t = threading.Thread(target=lambda: out.setdefault("v", fn()), daemon=True)
    t.start()
    t.join(timeout)
    assert not t.is_alive(), "reading hung"
    return out["v"]


def test_fifo_in_a_folder_is_skipped_without_being_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # opening this for reading blocks until a writer comes
    (tmp_path / "ok.txt").write_text(BODY)
    items = _in_thread(lambda: _items(tmp_path))
    assert _kinds(items) == ["Article", "Skipped"]
    assert "FIFO" in items[1].reason and "not opened" in items[1].reason
    _one_line(items[1])


def test_link_to_dev_zero_is_skipped_without_reading(tmp_path):
    (tmp_path / "zero.txt").symlink_to("/dev/zero")  # read_bytes() never ends
    (tmp_path / "ok.txt").write_text(BODY)
    items = _in_thread(lambda: _items(tmp_path))
    assert _kinds(items) == ["Article", "Skipped"]
    assert "character device (through a link)" in items[1].reason
    named = _in_thread(lambda: _items(tmp_path / "zero.txt"))  # named outright too
    assert _kinds(named) == ["Skipped"]


def test_socket_and_broken_link_are_skipped(tmp_path):
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(tmp_path / "s.txt"))
        (tmp_path / "gone.txt").symlink_to(tmp_path / "nothing-here")
        items = _in_thread(lambda: _items(tmp_path))
    finally:
        sock.close()
    reasons = sorted(i.reason for i in items)
    assert _kinds(items) == ["Skipped", "Skipped"]
    assert "link to nothing" in reasons[0] and "socket" in reasons[1]


def test_unreadable_folder_is_reported_not_silently_passed_over(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(BODY)
    (tmp_path / "ok.txt").write_text(BODY)
    # the tests may run as root, who can list any folder: make listing this one fail as it
    # does for an ordinary user on a folder with mode 000
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = _items(tmp_path)
    assert _kinds(items) == ["Skipped", "Article"]
    assert items[0].source == str(tmp_path / "locked")
    assert items[0].reason.startswith("folder cannot be read (Permission denied)")


def test_file_names_are_escaped_and_names_that_are_not_utf8_are_readable(tmp_path):
    raw = os.fsencode(tmp_path) + b"/caf\xe9\nx\x1b[31m.txt"
    with open(raw, "wb") as fh:
        fh.write(BODY.encode())
    with open(os.fsencode(tmp_path) + b"/bad\xff.txt", "wb") as fh:
        fh.write(b"")
    items = _items(tmp_path)
    assert _kinds(items) == ["Skipped", "Article"]
    assert items[0].source.endswith("bad\\xff.txt")
    _one_line(items[0])
    assert items[1].source.endswith("caf\\xe9\\nx\\x1b[31m.txt")
    items[1].source.encode("utf-8")
    assert items[1].text == BODY


def test_one_invalid_byte_is_replaced_and_told_not_read_as_cp1252(tmp_path):
    path = tmp_path / "a.txt"
    text = "Fighters of the YPG \u2013 the Kurdish militia \u2013 held Kobani\u2019s east, said Sa\u00efd."
    path.write_bytes(text.encode() + b" Bad \xff byte.")
    article, notice = _items(path)
    assert article.text.startswith("Fighters of the YPG \u2013 the Kurdish militia \u2013 held Kobani's east")
    assert "\u00e2\u20ac" not in article.text  # no mojibake
    assert "\ufffd" in article.text
    assert isinstance(notice, Notice) and notice.message.startswith("1 byte(s) that are not UTF-8 replaced")
    _one_line(notice)


def test_jsonl_bad_records_skip_that_record_only(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = json.dumps({"text": BODY})
    lines = [
        good.encode(),
        b'{"text": "Jets struck Idlib\x00 on Monday, killing six."}',  # raw NUL byte
        b'{"text": "broken',  # invalid JSON
        json.dumps({"text": BODY.replace("Monday", "Friday") + " Lone \ud800 surrogate."}).encode(),
        json.dumps({"text": "Bad byte \u2013 in Aleppo, where rebels took a district on Sunday."}, ensure_ascii=False).encode().replace(b"Bad byte", b"Bad \xff byte"),
        b"[" * 100_000,  # deeper than the JSON reader's recursion
        good.replace("Monday", "Tuesday").encode(),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = _items(path)
    kinds = [(type(i).__name__, i.source.rsplit(":", 1)[1]) for i in items]
    assert kinds == [("Article", "1"), ("Skipped", "2"), ("Skipped", "3"), ("Article", "4"), ("Notice", "4"),
                     ("Article", "5"), ("Notice", "5"), ("Skipped", "6"), ("Article", "7")]
    assert "NUL" in items[1].reason
    assert "\ufffd surrogate" in items[3].text and "surrogate" in items[4].message
    items[3].text.encode("utf-8")
    assert "not UTF-8" in items[6].message
    for item in items:
        if not isinstance(item, Article):
            _one_line(item)


def test_jsonl_limit_is_per_record_not_per_file(tmp_path):
    path = tmp_path / "feed.jsonl"
    record = json.dumps({"text": BODY}) + "\n"
    path.write_text(record * 30 + json.dumps({"text": "x " * 600}) + "\n" + record)
    items = _items(path, max_bytes=len(record) + 10)  # the file is 30 times over it
    assert _kinds(items) == ["Article"] * 30 + ["Skipped", "Article"]
    assert "line is over" in items[30].reason


def test_deeply_nested_html_keeps_its_text(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 5000 + f"<p>{BODY}</p>" + "</div>" * 5000 + "</body></html>")
    (item,) = _items(path)
    assert isinstance(item, Article), item
    assert BODY in item.text


def test_html_entity_bomb_is_not_expanded(tmp_path):
    lol = '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)) + "]>"
    path = tmp_path / "bomb.html"
    path.write_text(lol + f"<html><body><p>{BODY}</p><p>&i;</p></body></html>")
    (item,) = _in_thread(lambda: _items(path), timeout=30)
    assert isinstance(item, Article) and BODY in item.text
    assert len(item.text) < 10_000  # 10^9 characters had the entities been expanded


def test_max_bytes_default_is_one_setting():
    from warmap import cli, pipeline

    assert inspect.signature(cli.ingest).parameters["max_bytes"].default == DEFAULT_MAX_BYTES
    assert inspect.signature(pipeline.ingest).parameters["max_bytes"].default == DEFAULT_MAX_BYTES


@pytest.mark.parametrize("data", [b"\x00" * 10, b"\xff\xfe\x00\xd8", bytes(range(256)) * 20])
def test_binary_is_one_skip(tmp_path, data):
    path = tmp_path / "bin.txt"
    path.write_bytes(data)
    (item,) = _items(path)
    assert isinstance(item, Skipped)
    _one_line(item)
