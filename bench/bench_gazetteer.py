"""Gazetteer load time and find() throughput.

Run: .venv/bin/python bench/bench_gazetteer.py [--articles 200]
Prints the cold compile time (only if the index is not cached yet), the warm load time in a
fresh process, and find() time per ~700-word article built from conflict-report sentences.
Each figure is given as wall-clock and as CPU time: on a shared machine the CPU time is the
steadier one (the load must stay under a second).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time

SENTENCES = [
    "Islamic State fighters seized the Tabqa airbase in Raqqa province on Sunday, the Syrian Observatory for Human Rights said.",
    "Clashes raged near al-Bukamal and on the outskirts of Deir ez-Zor, while jets struck a-Raqqa and Albu Kamal.",
    "Iraqi forces backed by Popular Mobilization units pushed into Fallujah and Ramadi from the east.",
    "The Free Syrian Army said its fighters repelled an attack on the Sheikh Maqsoud district of Aleppo.",
    "Government barrel bombs killed 12 civilians in Douma, Harasta and the Eastern Ghouta, activists said.",
    "Peshmerga troops retook villages west of Kirkuk and cut the road to Hawija near Makhmour.",
    "A car bomb exploded in a crowded market in Sadr City in Baghdad, killing at least 30 people, police said.",
    "Turkish artillery shelled positions of the YPG around Tell Abyad and Kobani on Tuesday.",
    "The regime regained control of Palmyra after weeks of fighting with the support of Russian air strikes.",
    "Fighting in the Idlib countryside displaced thousands towards the Bab al-Hawa crossing with Turkey.",
]


def article(i: int, words: int = 700) -> str:
    out, n, j = [], 0, i
    while n < words:
        s = SENTENCES[j % len(SENTENCES)]
        out.append(s)
        n += len(s.split())
        j += 1
    return f"Report {i}. " + " ".join(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=200)
    args = ap.parse_args()
    from warmap.places.build import index_path

    if not index_path().exists():
        t = time.perf_counter()
        from warmap.places import load_gazetteer

        load_gazetteer()
        print(f"compile (cold, first use): {time.perf_counter() - t:.2f} s")
    code = "import time; t=time.perf_counter(); from warmap.places import load_gazetteer; load_gazetteer(); print(time.perf_counter()-t)"
    walls, cpus = [], []
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        walls.append(float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    print(f"load (warm, fresh process, incl. import, best of 3): {min(walls):.3f} s wall, {min(cpus):.3f} s CPU")

    from warmap.places import load_gazetteer

    gaz = load_gazetteer()
    texts = [article(i) for i in range(args.articles)]
    gaz.find(texts[0])
    t, c = time.perf_counter(), time.process_time()
    mentions = sum(len(gaz.find(x)) for x in texts)
    dt, dc = time.perf_counter() - t, time.process_time() - c
    words = sum(len(x.split()) for x in texts)
    print(f"find(): {len(texts)} articles, {words / len(texts):.0f} words each, {mentions} mentions")
    print(f"find(): {1000 * dt / len(texts):.2f} ms per article wall ({1000 * dc / len(texts):.2f} ms CPU), "
          f"{words / dt:,.0f} words/s")


if __name__ == "__main__":
    main()
