"""A hostile corpus (issue 10, item 7): every bad input is one skip with a one-line reason
or a correct store, nothing else is lost, nothing hangs; and an ingest killed with
``kill -9`` over and over ends with the store an uninterrupted ingest makes.

``hostile_corpus`` writes the inputs; each comes with what must become of it.
"""

from __future__ import annotations

import codecs
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from warmap.pipeline import MAX_ARTICLE_CHARS, ingest
from warmap.store import Store

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "samples" / "corpus"
#: Real articles from the bundled corpus, put among the hostile inputs: their analysis must
#: come out exactly as when they are ingested alone.
GOOD = ["a01-alqaim-crossing.txt", "b04-palmyra-falls-to-isis.txt", "c06-raqqa-sdf-victory.html"]
BODY = "Syrian government forces shelled the rebel-held town of Saraqib on Monday, killing four people, activists said."


@dataclass(frozen=True)
class Expect:
    """What must become of one input: ``skip`` with ``reason`` in its reason, or an
    article whose stored text holds ``holds``."""

    name: str
    skip: bool
    words: str  # a reason's words (skip) or words the stored text holds (article)


def hostile_corpus(root: Path) -> list[Expect]:
    """Write the hostile inputs under ``root``; what each must give."""
    out: list[Expect] = []

    def write(name: str, data: bytes | str, skip: bool, words: str) -> None:
        (root / name).write_bytes(data if isinstance(data, bytes) else data.encode())
        out.append(Expect(name, skip, words))

    # special files: never opened
    os.mkfifo(root / "fifo.txt")
    out.append(Expect("fifo.txt", True, "FIFO"))
    (root / "zero.txt").symlink_to("/dev/zero")
    out.append(Expect("zero.txt", True, "character device"))
    (root / "dangling.txt").symlink_to(root / "nothing")
    out.append(Expect("dangling.txt", True, "link to nothing"))
    # empty, blank, binary, too big
    write("empty.txt", b"", True, "empty")
    write("blank.txt", b" \n\t\n", True, "whitespace")
    write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, True, "binary")
    write("noise.txt", bytes((i * 37 + 11) % 256 for i in range(4000)).replace(b"\x00", b"\x01"), True, "UTF-8")
    with (root / "sparse.txt").open("wb") as fh:
        fh.truncate(6_000_000)  # over the 5 MB default, nothing written or read
    out.append(Expect("sparse.txt", True, "over the 5 MB limit"))
    write("only-script.html", "<html><head><script>var a = 1;</script></head><body></body></html>", True, "no article text")
    # no sentence end at all, over the analysis budget: a skip, not a crash or a hang
    words = "rebels shelled the town of Idlib near Saraqib while ISIS fighters moved "
    write("one-line.txt", words * (MAX_ARTICLE_CHARS // len(words) + 10), True, "analysis budget")
    # read, perhaps repaired
    write("short-one-line.txt", words * 200, False, "Saraqib while ISIS")
    write("deep.html", "<html><body>" + "<div>" * 10_000 + f"<p>{BODY}</p>" + "</div>" * 10_000 + "</body></html>", False, BODY)
    bomb = '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)) + "]>"
    write("entity-bomb.html", bomb + f"<html><body><p>{BODY} Not expanded.</p><p>&i;&i;&i;</p></body></html>",
          False, "Not expanded.")
    write("cp1252.txt", f"{BODY} Ma\u2019arrat al-Nu\u2019man was hit too.".encode("cp1252"), False, "Ma'arrat al-Nu'man")
    write("utf8-one-bad-byte.txt", f"{BODY} Ma\u2019arrat \u2013 too.".encode() + b" \xff", False, "Ma'arrat \u2013 too.")
    write("utf16.txt", codecs.BOM_UTF16_LE + f"{BODY} Utf16.".encode("utf-16-le"), False, "Utf16.")
    rtl = "\u200f\u0642\u0627\u0644 \u0646\u0627\u0634\u0637\u0648\u0646 \u0625\u0646 \u0627\u0644\u0645\u062f\u064a\u0646\u0629 \u0633\u0642\u0637\u062a. \u202e\u05e9\u05dc\u05d5\u05dd\u202c"
    write("rtl.txt", f"Clashes in Saraqib\n\n{BODY} Then in Arabic: {rtl} And back.\n\nRebels held the town.", False, "\u0627\u0644\u0645\u062f\u064a\u0646\u0629")
    write("mixed.txt", f"{BODY}\n\n\u0642\u0627\u0644 \u0646\u0627\u0634\u0637\u0648\u0646.\n\nCe fut \u00e9t\u00e9 \u2014 \u4e2d\u6587 \U0001F600.", False, "\u4e2d\u6587")
    write("control\x1b[31mname\n.txt", f"{BODY} Named oddly.", False, "Named oddly.")
    (root / os.fsdecode(b"latin1-\xe9.txt")).write_bytes(f"{BODY} Name not UTF-8.".encode())
    out.append(Expect(os.fsdecode(b"latin1-\xe9.txt"), False, "Name not UTF-8."))
    # JSON Lines: a bad record skips that record
    lines = [json.dumps({"text": f"{BODY} Record one."}), '{"text": "NUL \x00 inside"}', '{"text": "cut',
             json.dumps({"text": f"{BODY} Lone \ud800 surrogate."}), "[" * 50_000, json.dumps({"text": f"{BODY} Record six."})]
    (root / "feed.jsonl").write_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))
    out += [Expect("feed.jsonl:1", False, "Record one."), Expect("feed.jsonl:2", True, "NUL"),
            Expect("feed.jsonl:3", True, "not valid JSON"), Expect("feed.jsonl:4", False, "Lone \ufffd surrogate."),
            Expect("feed.jsonl:5", True, "too deeply"), Expect("feed.jsonl:6", False, "Record six.")]
    return out


def _shown(name: str) -> str:
    from warmap.ingest.files import shown

    return shown(name)


def _in_time(fn, seconds: float):
    box: dict = {}
    t = threading.Thread(target=lambda: box.setdefault("v", fn()), daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), f"no answer in {seconds} s: a hang"
    return box["v"]


def _analysis(path: Path, folder: Path, doc_ids: set[str] | None = None) -> dict[str, list]:
    """doc id -> its events (id, record, with the input folder's path left out), from a store."""
    with Store(path, read_only=True) as store:
        docs = {d for (d,) in store.query("SELECT doc_id FROM documents")}
        events = store.query("SELECT doc_id, id, record FROM events ORDER BY id")
    keep = docs if doc_ids is None else docs & doc_ids
    return {d: [(i, r.replace(str(folder), "FOLDER")) for doc, i, r in events if doc == d] for d in keep}


@pytest.mark.slow
def test_hostile_corpus_each_input_skipped_with_a_reason_or_stored(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    expected = hostile_corpus(folder)
    for name in GOOD:
        shutil.copy(CORPUS / name, folder / name)
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "socket.txt"))
    expected.append(Expect("socket.txt", True, "socket"))
    try:
        t0 = time.monotonic()
        with Store(tmp_path / "h.duckdb") as store:
            report = _in_time(lambda: ingest(store, [folder], batch_size=7), 240)
        took = time.monotonic() - t0
    finally:
        sock.close()
    skipped = {s.source: s.reason for s in report.skipped}
    for s in report.skipped:
        assert f"{s.source}: {s.reason}".isprintable(), s
    with Store(tmp_path / "h.duckdb", read_only=True) as store:
        stored = dict(store.query("SELECT source, text FROM documents"))
    for e in expected:
        source = _shown(str(folder / e.name.split(":")[0])) + (":" + e.name.split(":")[1] if ":" in e.name else "")
        if e.skip:
            assert source in skipped, (e, sorted(skipped))
            assert e.words in skipped[source], (e, skipped[source])
        else:
            assert source in stored, (e, sorted(stored))
            assert e.words in stored[source], (e, stored[source][:200])
    assert len(skipped) == sum(e.skip for e in expected)
    assert {n.source for n in report.notices} >= {_shown(str(folder / "utf8-one-bad-byte.txt")),
                                                  _shown(str(folder / "feed.jsonl")) + ":4"}
    # nothing else lost: the real articles come out as when ingested alone
    alone = tmp_path / "alone"
    alone.mkdir()
    for name in GOOD:
        shutil.copy(CORPUS / name, alone / name)
    with Store(tmp_path / "a.duckdb") as store:
        ingest(store, [alone])
    expected_analysis = _analysis(tmp_path / "a.duckdb", alone)
    assert sum(len(v) for v in expected_analysis.values()) >= 5
    assert _analysis(tmp_path / "h.duckdb", folder, set(expected_analysis)) == expected_analysis
    assert took < 240


def test_exit_status_0_all_read_1_some_skipped_2_error(tmp_path, capsys):
    from warmap import cli

    def run(*args: str) -> int:
        saved = sys.argv
        sys.argv = ["warmap", "--db", str(tmp_path / "s.duckdb"), *args]
        try:
            cli.main()
        except SystemExit as exc:
            return exc.code
        finally:
            sys.argv = saved
        return 0

    good, bad = tmp_path / "good", tmp_path / "bad"
    good.mkdir()
    bad.mkdir()
    (good / "a.txt").write_text(f"June 2, 2015\n\n{BODY}")
    (bad / "b.txt").write_text(f"June 3, 2015\n\n{BODY.replace('Monday', 'Tuesday')}")
    os.mkfifo(bad / "fifo.txt")
    (bad / "name\nwith\x1bcontrol.txt").write_bytes(b"")
    assert _in_time(lambda: run("ingest", "-q", str(good)), 120) == 0
    capsys.readouterr()
    assert _in_time(lambda: run("ingest", "-q", str(bad)), 120) == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("skipped ")]
    assert len(lines) == 2, err  # one line each, the control characters escaped
    assert any("name\\nwith\\x1bcontrol.txt" in line for line in lines)
    assert run("ingest", "--published", "June", str(good)) == 2


# -- kill -9 over and over ---------------------------------------------------------------

_PLACES = ["Saraqib", "Maarat al-Numan", "Khan Shaykhun", "Jisr al-Shughur", "Ariha", "Kafr Nabl", "Taftanaz", "Binnish"]
_ACTS = ["shelled", "struck", "captured", "attacked"]


def _small_articles(root: Path, n: int) -> None:
    for i in range(n):
        place, act = _PLACES[i % len(_PLACES)], _ACTS[(i // len(_PLACES)) % len(_ACTS)]
        day = 1 + i % 28
        (root / f"r{i:03}.txt").write_text(
            f"Report {i}\nFebruary {day}, 2016\n\n"
            f"Syrian government forces {act} {place} on Monday, killing {2 + i % 9} fighters, activists said. "
            f"Report number {i} said rebels answered with mortar fire.\n")


def _store_contents(path: Path) -> tuple[list, list, list]:
    with Store(path, read_only=True) as store:
        return (store.query("SELECT doc_id, text FROM documents ORDER BY doc_id"),
                store.query("SELECT id, record FROM events ORDER BY id"),
                [sorted(map(str, store.control_claims())), sorted(map(str, store.relations()))])


def _written(path: Path) -> int:
    """The latest modification time of a store and its write-ahead log (ns; 0 before either)."""
    return max((p.stat().st_mtime_ns for p in (path, Path(f"{path}.wal")) if p.exists()), default=0)


@pytest.mark.slow
def test_kill_9_loop_ends_with_the_store_of_an_uninterrupted_ingest(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    _small_articles(reports, 200)
    with Store(tmp_path / "whole.duckdb") as store:
        ingest(store, [reports], batch_size=20)
    killed = tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "warmap", "--db", str(killed), "ingest", "-q", "--batch-size", "20", str(reports)]
    rng = random.Random(10)
    kills = 0
    while kills < 3:
        # kill -9 at a random moment after the run has written something (a batch, or the
        # store's creation): in the middle of a batch, a commit, or a checkpoint
        before = _written(killed)
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while _written(killed) == before and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 0.5))
        if proc.poll() is not None:
            break
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        kills += 1
    assert kills == 3, "the ingest finished before it could be killed three times: give it more articles"
    last = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert last.returncode == 0, last.stderr
    whole = _store_contents(tmp_path / "whole.duckdb")
    assert len(whole[0]) == 200 and len(whole[1]) > 100
    assert _store_contents(killed) == whole


# -- one article's analysis: a skip, never the batch's end ------------------------------

def test_an_article_whose_analysis_fails_is_one_skip_and_the_rest_is_stored(tmp_path, monkeypatch):
    from warmap import pipeline

    real = pipeline.extract_events

    def fragile(article, *args, **kwargs):
        if "Binnish" in article.text:
            raise ValueError("a bug\nover two lines")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_events", fragile)
    _small_articles(tmp_path, 9)  # r007 is about Binnish
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest(store, [tmp_path], batch_size=4, parse_chunk=3)
        assert store.count_documents() == 8
    (skip,) = report.skipped
    assert skip.source.endswith("r007.txt")
    assert skip.reason.startswith("analysis failed (ValueError: a bug over two lines)")
    assert report.read == 8 and report.added == 8


def test_text_of_a_million_characters_with_no_sentence_end_is_a_skip_not_a_crash(tmp_path):
    words = "rebels shelled the town of Idlib near Saraqib while ISIS fighters moved "
    (tmp_path / "huge.txt").write_text(words * (MAX_ARTICLE_CHARS // len(words) + 1))
    (tmp_path / "long.txt").write_text(words * 300)  # 22 KB, one "sentence": cut into chunks
    _small_articles(tmp_path, 2)
    with Store(tmp_path / "s.duckdb") as store:
        report = _in_time(lambda: ingest(store, [tmp_path]), 180)
        assert store.count_documents() == 3
    (skip,) = report.skipped
    assert skip.source.endswith("huge.txt") and "analysis budget" in skip.reason
    assert report.events > 2


def test_the_story_town_is_worked_out_once_per_article_not_once_per_sentence(monkeypatch):
    """_place_before was a scan over every place for every sentence that asked: quadratic."""
    from warmap.events import placing
    from warmap.ingest import article_from_text
    from warmap.pipeline import analyse

    calls = []
    real = placing._main_town
    monkeypatch.setattr(placing, "_main_town", lambda *a: calls.append(1) or real(*a))
    paragraph = ("ISIS fighters attacked the town near Saraqib on Monday. Rebels shelled the town on "
                 "Tuesday, activists said. Government jets struck the town again.")
    analysis = analyse(article_from_text("\n\n".join([paragraph] * 40), published=None))
    assert len(analysis.events) >= 2
    assert len(calls) == 1  # asked by many sentences, worked out once
