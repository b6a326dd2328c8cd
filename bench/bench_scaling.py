"""Analysis time per KB as articles grow: must stay flat (linear cost), not climb.

Builds articles of 10 KB to 2 MB from the bundled corpus's own report texts (cleaned,
joined as paragraphs, repeated), then times ``article_from_text`` (cleaning) and
``analyse`` (mentions, sentences, parsing, extraction, claims, relations) on each.
The ratio of the worst to the best ms/KB is the figure to watch: under 2 means flat.

Run: .venv/bin/python bench/bench_scaling.py [--sizes 10,50,250,1000,2000] [--one-line]
``--one-line`` also times a text with no sentence end at all (one long "sentence").
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from warmap.ingest import article_from_text
from warmap.pipeline import analyse

CORPUS = Path(__file__).resolve().parents[1] / "samples" / "corpus"


def corpus_text() -> str:
    """The bundled .txt reports, cleaned, as one text of paragraphs."""
    parts = [article_from_text(p.read_text(encoding="utf-8")).text for p in sorted(CORPUS.glob("*.txt"))]
    return "\n\n".join(parts)


def sized(base: str, kb: int) -> str:
    """``base`` repeated (as paragraphs) and cut at a paragraph to about ``kb`` KB."""
    want = kb * 1000
    text = base
    while len(text.encode("utf-8")) < want:
        text += "\n\n" + base
    cut = text.rfind("\n\n", 0, want)
    return text[:cut if cut > 0 else want]


def one_line(kb: int) -> str:
    """Words with no sentence end: the worst case for a sentence splitter."""
    words = "rebels shelled the town of Idlib near Saraqib while ISIS fighters moved".split()
    out, n = [], 0
    while n < kb * 1000:
        w = words[len(out) % len(words)]
        out.append(w)
        n += len(w) + 1
    return " ".join(out)


def timed(text: str) -> tuple[float, float, int]:
    """(cleaning seconds, analysis seconds, events) for one article text."""
    t0 = time.perf_counter()
    article = article_from_text(text)
    t1 = time.perf_counter()
    events = analyse(article).events
    return t1 - t0, time.perf_counter() - t1, len(events)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10,50,250,1000,2000", help="article sizes in KB, comma-separated")
    ap.add_argument("--one-line", action="store_true", help="also time texts with no sentence end")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    base = corpus_text()
    analyse(article_from_text(base[:2000]))  # load the models first
    kinds = [("report", lambda kb: sized(base, kb))] + ([("one-line", one_line)] if args.one_line else [])
    for name, make in kinds:
        per_kb = []
        print(f"{name:>8} {'KB':>6} {'clean s':>8} {'analyse s':>9} {'ms/KB':>7} {'events':>7}")
        for kb in sizes:
            text = make(kb)
            size = len(text.encode("utf-8")) / 1000
            clean, work, n = timed(text)
            per_kb.append((clean + work) * 1000 / size)
            print(f"{name:>8} {size:6.0f} {clean:8.2f} {work:9.2f} {per_kb[-1]:7.2f} {n:7d}", flush=True)
        print(f"{name:>8} worst/best ms per KB: {max(per_kb) / min(per_kb):.2f}")


if __name__ == "__main__":
    main()
