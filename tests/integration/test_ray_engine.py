"""``warmap ingest --engine ray`` stores exactly what a one-process ingest stores.

A local Ray instance (two workers) ingests the bundled corpus, and a synthetic feed of
1,000 short articles made from it (half JSON Lines, half Parquet, each with its own
publication date and reporter, so every content hash differs); each store is compared,
table by table and as exported JSON Lines, with a one-process ingest of the same inputs.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from warmap.ingest import read_inputs
from warmap.pipeline import ingest
from warmap.records import Article
from warmap.store import Store

ray = pytest.importorskip("ray", reason="the Ray engine's tests need ray (pip install -e '.[dev]')")

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "samples" / "corpus"
pytestmark = pytest.mark.slow

REPORTERS = ("Lina Haddad", "Omar Saleh", "Hana Jaber", "Karim Nasser", "Rasha Qasim", "Yusuf Aziz")


def _contents(path: Path) -> dict[str, object]:
    """Everything the store holds that an ingest writes, in a stable order."""
    with Store(path, read_only=True) as store:
        return {
            "documents": store.query("SELECT doc_id, source, title, published, text FROM documents ORDER BY doc_id"),
            "events": store.query("SELECT id, record FROM events ORDER BY id"),
            "claims": sorted(map(str, store.control_claims())),
            "relations": sorted(map(str, store.relations())),
        }


def _exported(path: Path, out: Path) -> list[dict]:
    """The merged events as ``warmap export`` writes them for outside tools."""
    subprocess.run([sys.executable, "-m", "warmap", "--db", str(path), "export", "--format", "jsonl", "-o", str(out)],
                   check=True, capture_output=True)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _short(article: Article, limit: int = 300) -> str:
    """The article's first sentences, up to about ``limit`` characters (a short wire item)."""
    text = article.text
    cut = text.rfind(". ", 0, limit)
    return text[: cut + 1] if cut > 0 else text[:limit]


def _synthetic_feed(folder: Path, n: int = 1000) -> list[Path]:
    """``n`` short articles made from the bundled ones: article ``i`` is corpus article
    ``i % 36``, cut short, filed by one of six reporters, published ``i // 36`` days after
    the original (so relative dates resolve differently), half as JSON Lines, half as Parquet."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    base = [a for a in read_inputs([CORPUS]) if isinstance(a, Article) and a.published is not None]
    rows = []
    for i in range(n):
        a = base[i % len(base)]
        reporter = REPORTERS[i % len(REPORTERS)]
        rows.append({
            "id": f"syn-{i:04}", "url": f"https://example.org/wire/{i:04}", "title": f"{a.title or 'Wire'} ({i})",
            "text": f"{_short(a)}\nReporting by {reporter}; item {i}.",
            "published": a.published + dt.timedelta(days=i // len(base)),
        })
    half = n // 2
    jsonl = folder / "feed.jsonl"
    jsonl.write_text("".join(json.dumps({**r, "published": r["published"].isoformat()}) + "\n" for r in rows[:half]),
                     encoding="utf-8")
    parquet = folder / "feed.parquet"
    pq.write_table(pa.Table.from_pylist(rows[half:]), parquet)
    return [jsonl, parquet]


@pytest.fixture(scope="module")
def stores(tmp_path_factory) -> dict[str, tuple[Path, tuple]]:
    """The bundled corpus and the synthetic feed ingested once by one process and once on
    a local Ray instance with two workers (one Ray start and one model load per worker for
    both tests); small chunks, so the articles really are spread over both workers."""
    tmp = tmp_path_factory.mktemp("ray")
    inputs = [CORPUS, *_synthetic_feed(tmp)]
    out = {}
    for name, options in (("one", {}), ("ray", {"engine": "ray", "jobs": 2})):
        with Store(tmp / f"{name}.duckdb") as store:
            r = ingest(store, inputs, batch_size=100, parse_chunk=10, **options)
        out[name] = (tmp / f"{name}.duckdb", (r.read, r.added, r.already_known, len(r.skipped), r.events, r.claims, r.relations))
    return out


def _of(contents: dict, sources: str) -> dict:
    """The documents, and the events citing them, of the sources starting ``sources``."""
    docs = [d for d in contents["documents"] if d[1].startswith(sources)]
    ids = {d[0] for d in docs}
    return {"documents": docs, "events": [e for e in contents["events"] if any(i in e[1] for i in ids)]}


def test_ray_stores_what_one_process_stores_for_the_bundled_corpus(stores):
    one, ray_ = _contents(stores["one"][0]), _contents(stores["ray"][0])
    corpus = _of(one, str(CORPUS))
    assert len(corpus["documents"]) == 36 and len(corpus["events"]) > 50
    assert corpus == _of(ray_, str(CORPUS))


def test_ray_stores_what_one_process_stores_for_a_feed_of_1000_articles(stores, tmp_path):
    (one, r1), (on_ray, r2) = stores["one"], stores["ray"]
    assert r1 == r2
    assert r1[:4] == (1036, 1036, 0, 0)  # the corpus and the feed: every article distinct, none skipped
    sources = [d[1] for d in _contents(one)["documents"]]
    assert sum(("feed.jsonl:" in s or "feed.parquet:" in s) for s in sources) == 1000
    # the whole store, table by table, and the merged events as exported
    assert _contents(one) == _contents(on_ray)
    assert _exported(one, tmp_path / "one.jsonl") == _exported(on_ray, tmp_path / "ray.jsonl")
