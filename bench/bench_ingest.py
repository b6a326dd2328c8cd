"""Ingest throughput and peak memory on 1,000 articles of about 700 words.

The articles are built from the bundled sample corpus: each one is a corpus article
padded with paragraphs of the next ones to ~700 words and numbered so every article is
new to the store. Run: .venv/bin/python bench/bench_ingest.py [--articles 1000]

Prints articles per second end to end (read, clean, resolve, parse, extract, store),
the time spent in each stage, and the process's peak resident memory. Then, on one process,
it parses every sentence of the same articles with warmap's own trimmed spaCy pipeline
(``nlp.parse.parse_sentences``, sentences from ``nlp.sentences.split_sentences``) and prints
the ratio of that parse's time to the ingest's: at 1.0 or more, ingest (which parses only
the sentences that can hold an event) is at least as fast as parsing the whole text
(``--no-ratio`` skips it); the same ratio in this process's CPU time follows, steadier on a
machine shared with other work.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_corpus(folder: Path, n: int, words: int = 700) -> int:
    """Write ``n`` distinct articles of about ``words`` words: consecutive paragraphs of
    the sample corpus from a different starting paragraph each time, so every article
    is new to the store and has the corpus's density of events."""
    import datetime as dt

    from warmap.ingest import read_inputs
    from warmap.records import Article

    base = [a for a in read_inputs([ROOT / "samples" / "corpus"]) if isinstance(a, Article)]
    if not base:
        sys.exit("no sample articles found in samples/corpus")
    paragraphs = [(a, p) for a in base for p in a.text.split("\n\n") if p.strip()]
    total_words = 0
    for i in range(n):
        j = (i * 7) % len(paragraphs)
        first = paragraphs[j][0]
        chosen: list[str] = []
        while sum(len(p.split()) for p in chosen) < words:
            chosen.append(paragraphs[j % len(paragraphs)][1])
            j += 1
        pub = (first.published or dt.date(2014, 6, 23)).strftime("%B %d, %Y")
        body = "\n\n".join(chosen)
        text = f"Report {i}: {first.title or 'untitled'}\n{pub}\n\nDispatch {i} of the series.\n\n{body}\n"
        total_words += len(body.split())
        (folder / f"article-{i:05d}.txt").write_text(text, encoding="utf-8")
    return total_words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=1,
                    help="processes analysing articles; above 1 the rate includes their start-up and "
                         "stages are not timed")
    ap.add_argument("--no-ratio", action="store_true", help="skip parsing every sentence for the speed ratio")
    args = ap.parse_args()

    from warmap import pipeline
    from warmap.actors import load_actors
    from warmap.events.triggers import load_triggers
    from warmap.nlp.parse import load_nlp
    from warmap.timeline.claims import load_control_patterns
    from warmap.timeline.relations import load_relation_patterns
    from warmap.places import load_gazetteer
    from warmap.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        words = build_corpus(folder, args.articles)
        t0 = time.perf_counter()
        # everything loaded once per process: models, gazetteer, actors, triggers, templates
        load_gazetteer(), load_actors(), load_nlp(), load_triggers(), load_control_patterns(), load_relation_patterns()
        t_load = time.perf_counter() - t0

        # Time each stage by wrapping the functions the pipeline calls.
        spent: dict[str, float] = {}

        def timed(name, fn):
            def wrapper(*a, **k):
                s = time.perf_counter()
                try:
                    return fn(*a, **k)
                finally:
                    spent[name] = spent.get(name, 0.0) + time.perf_counter() - s
            return wrapper

        gaz = load_gazetteer()
        actors = load_actors()
        gaz.find = timed("places", gaz.find)
        gaz.country_context = timed("places", gaz.country_context)
        actors.find = timed("actors", actors.find)
        pipeline.find_dates = timed("dates", pipeline.find_dates)
        pipeline.extract_events = timed("extract", pipeline.extract_events)

        def parse(texts, names=None):
            s = time.perf_counter()
            docs = list(pipeline_parse(texts, names))
            spent["parse"] = spent.get("parse", 0.0) + time.perf_counter() - s
            spent["parsed_sentences"] = spent.get("parsed_sentences", 0) + len(docs)
            return iter(docs)

        pipeline_parse = pipeline.parse_sentences
        pipeline.parse_sentences = parse

        store = Store(Path(tmp) / "bench.duckdb")
        t1, c1 = time.perf_counter(), time.process_time()
        report = pipeline.ingest(store, [folder], jobs=args.jobs)
        elapsed, cpu = time.perf_counter() - t1, time.process_time() - c1
        store.close()
        parse_all = None if args.no_ratio or args.jobs > 1 else _parse_every_sentence(folder)

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = report.read
    print(f"articles: {n} ({words / max(n, 1):.0f} words each on average), events: {report.events}")
    print(f"model/gazetteer/actor/trigger/template load: {t_load:.2f} s (once per process, not in the rate)")
    if args.jobs > 1:
        child_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"ingest: {elapsed:.1f} s -> {n / elapsed:.1f} articles/s with {args.jobs} processes "
              f"(their start-up included); peak RSS {peak_mib:.0f} MiB here, {child_mib:.0f} MiB per worker")
        return
    print(f"ingest: {elapsed:.1f} s -> {n / elapsed:.1f} articles/s on one process")
    for name in ("places", "actors", "dates", "parse", "extract"):
        if name in spent:
            print(f"  {name:8} {spent[name]:7.2f} s  ({100 * spent[name] / elapsed:4.1f}%)")
    if "parsed_sentences" in spent:
        print(f"  parsed sentences: {int(spent['parsed_sentences'])}")
    print(f"peak memory (max RSS): {peak_mib:.0f} MiB")
    if parse_all is not None:
        seconds, parse_cpu, sentences = parse_all
        print(f"parsing every sentence of the same articles: {seconds:.1f} s ({sentences} sentences)")
        print(f"speed ratio (parse every sentence / ingest): {seconds / elapsed:.2f} "
              f"(1.00 or more: ingest at least as fast as the parse alone)")
        # CPU time is steadier than wall time on a machine shared with other work
        print(f"same in CPU time: {parse_cpu:.1f} s / {cpu:.1f} s = {parse_cpu / cpu:.2f}")


def _parse_every_sentence(folder: Path) -> tuple[float, float, int]:
    """Seconds (wall, then this process's CPU) to parse every sentence of the articles in
    ``folder`` (read and split beforehand, not timed), and how many sentences."""
    from warmap.ingest import read_inputs
    from warmap.nlp.parse import parse_sentences
    from warmap.nlp.sentences import split_sentences
    from warmap.records import Article

    texts = [a.text[s:e] for a in read_inputs([folder]) if isinstance(a, Article)
             for s, e in split_sentences(a.text)]
    t, c = time.perf_counter(), time.process_time()
    for _ in parse_sentences(texts):
        pass
    return time.perf_counter() - t, time.process_time() - c, len(texts)


if __name__ == "__main__":
    main()
