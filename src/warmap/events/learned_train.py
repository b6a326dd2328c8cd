"""Build and evaluate the learned sub-event layer's head (``events/data/learned_head.json``).

Run from the repository root (it reads ``tests/gold``, ``samples/corpus`` and the realdev
set beside the repository)::

    python -m warmap.events.learned_train              # evaluate only: prints the figures
    python -m warmap.events.learned_train --write      # and write the head into the package

Labelled sentences: every gold event's ``sources[0].sentence`` with its sub-event type, the
listed non-event sentences (``*.nonevents.txt``), and, as further "no event" sentences, the
other sentences of each article that support no gold event ("background"). The realdev
set is used by its fixed split (``tests/realdev/split.toml``): the head is trained on the
bundled gold and the realdev ``tuning`` half only, and the ``heldback`` half is scored,
never trained on. The written descriptions are training examples of their types too.

Training is deterministic (full-batch gradient descent from zeros, numpy only). On a
busy machine run it with ``OPENBLAS_NUM_THREADS=1``: BLAS threads fighting for cores made
the fits ten times slower here.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from warmap.events import learned
from warmap.events.learned import SUBTYPES, LearnedHead
from warmap.events.ontology import SUB_EVENT_TYPES

__all__ = ["Labelled", "load_labelled", "train_head", "weighted_f1", "main"]

_ROOT = Path.cwd()
#: Blend grid searched by cross-validation: weight of the description scores, temperature.
_MIXES = (0.0, 0.25, 0.5, 0.75, 1.0)
_TEMPERATURES = (0.02, 0.05, 0.1)
_L2 = 1e-3
#: Each description counts as this many labelled sentences in the head's training.
_DESCRIPTION_WEIGHT = 8.0
#: Background sentences (not listed as non-events) weigh less than listed ones.
_BACKGROUND_WEIGHT = 0.5


@dataclass(frozen=True)
class Labelled:
    """One labelled sentence; ``sub_event_type`` None means it reports no event."""

    text: str
    sub_event_type: str | None
    document: str
    kind: str  # "event", "nonevent" (listed), "background", "description"


def _norm(s: str) -> str:
    return " ".join(s.split())


def _article_sentences(path: Path) -> list[str]:
    from warmap.ingest import read_inputs
    from warmap.ingest.article import Article
    from warmap.nlp.sentences import split_sentences

    out: list[str] = []
    for item in read_inputs([path]):
        if isinstance(item, Article):
            out += [_norm(item.text[s:e]) for s, e in split_sentences(item.text)]
    return out


def load_labelled(gold_dir: Path, corpus_dir: Path, stems: Iterable[str] | None = None) -> list[Labelled]:
    """Labelled sentences of the gold files in ``gold_dir`` (only ``stems``' when given)."""
    wanted = None if stems is None else tuple(stems)
    out: list[Labelled] = []
    for gold in sorted(gold_dir.glob("*.jsonl")):
        stem = gold.stem
        if wanted is not None and not stem.startswith(wanted):
            continue
        events = [json.loads(line) for line in gold.read_text().splitlines() if line.strip()]
        positives = {_norm(e["sources"][0]["sentence"]) for e in events if e["sources"][0].get("sentence")}
        for e in events:
            sentence = e["sources"][0].get("sentence")
            if sentence:
                out.append(Labelled(_norm(sentence), e["sub_event_type"], stem, "event"))
        listed = gold.with_name(stem + ".nonevents.txt")
        negatives = set()
        if listed.exists():
            for line in listed.read_text().splitlines():
                if line.strip() and _norm(line) not in positives:
                    negatives.add(_norm(line))
                    out.append(Labelled(_norm(line), None, stem, "nonevent"))
        for text_path in sorted(corpus_dir.glob(stem + ".*")):
            for sentence in _article_sentences(text_path):
                if len(sentence.split()) < 6 or sentence in negatives:
                    continue
                if any(sentence in p or p in sentence for p in positives):
                    continue
                out.append(Labelled(sentence, None, stem, "background"))
    return out


def _split() -> dict[str, list[str]]:
    return tomllib.loads((_ROOT / "tests/realdev/split.toml").read_text())


def weighted_f1(truth: Sequence[str], predicted: Sequence[str]) -> float:
    """F1 per class, averaged with the classes' support in ``truth`` as weights."""
    total = 0.0
    support = Counter(truth)
    for label, n in support.items():
        tp = sum(1 for t, p in zip(truth, predicted) if t == p == label)
        fp = sum(1 for t, p in zip(truth, predicted) if p == label and t != label)
        fn = n - tp
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        total += n * f1
    return total / max(1, len(truth))


# -- fitting ---------------------------------------------------------------------------


def _fit_softmax(x: np.ndarray, y: np.ndarray, w: np.ndarray, classes: int, iters: int = 400) -> tuple[np.ndarray, np.ndarray]:
    """Weighted multinomial logistic regression by full-batch gradient descent with momentum."""
    x = x.astype(np.float32)
    weights = np.zeros((classes, x.shape[1]), dtype=np.float32)
    bias = np.zeros(classes, dtype=np.float32)
    onehot = np.eye(classes, dtype=np.float32)[y]
    w = (w / w.sum()).astype(np.float32)
    vw, vb = np.zeros_like(weights), np.zeros_like(bias)
    for _ in range(iters):
        logits = x @ weights.T + bias
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * w[:, None]
        gw = g.T @ x + _L2 * weights
        gb = g.sum(axis=0)
        vw = 0.9 * vw - 2.0 * gw
        vb = 0.9 * vb - 2.0 * gb
        weights += vw
        bias += vb
    return weights.astype(np.float32), bias.astype(np.float32)


def _fit_binary(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, float]:
    weights, bias = _fit_softmax(x, y.astype(np.int64), w, 2)
    return (weights[1] - weights[0]).astype(np.float32), float(bias[1] - bias[0])


@dataclass(frozen=True)
class _Data:
    items: list[Labelled]
    vectors: np.ndarray


def _embed_all(items: list[Labelled], cache: dict[str, np.ndarray]) -> _Data:
    new = sorted({i.text for i in items} - set(cache))
    for text, vec in zip(new, learned.embed(new)):
        cache[text] = vec
    return _Data(items, np.stack([cache[i.text] for i in items]) if items else np.zeros((0, 384), np.float32))


def train_head(data: _Data, descriptions: _Data, digest: str, *, mix: float, temperature: float) -> LearnedHead:
    """Fit both heads on ``data`` plus the descriptions; deterministic."""
    index = {t: i for i, t in enumerate(SUBTYPES)}
    typed = [k for k, it in enumerate(data.items) if it.sub_event_type]
    counts = Counter(data.items[k].sub_event_type for k in typed)
    x = np.concatenate([data.vectors[typed], descriptions.vectors])
    y = np.array([index[data.items[k].sub_event_type] for k in typed] + [index[d.sub_event_type] for d in descriptions.items])
    # Balanced-ish: a type's sentences weigh 1/sqrt(count) each, so 40 air strikes do not drown 2 arrests.
    w = np.array([1.0 / np.sqrt(counts[data.items[k].sub_event_type]) for k in typed] + [_DESCRIPTION_WEIGHT / 4.0] * len(descriptions.items))
    type_w, type_b = _fit_softmax(x, y, w, len(SUBTYPES))

    # The descriptions are events too: they stand for the types (protests, arrests, ...)
    # that the war reports of the gold never show.
    is_event = np.array([it.sub_event_type is not None for it in data.items] + [True] * len(descriptions.items))
    ew = np.array([_BACKGROUND_WEIGHT if it.kind == "background" else 1.0 for it in data.items] + [1.0] * len(descriptions.items))
    pos, neg = ew[is_event].sum(), ew[~is_event].sum()
    ew = np.where(is_event, ew / max(pos, 1e-9), ew / max(neg, 1e-9))
    event_w, event_b = _fit_binary(np.concatenate([data.vectors, descriptions.vectors]), is_event, ew)

    return LearnedHead(
        description_vectors=descriptions.vectors.astype(np.float32),
        description_types=np.array([index[d.sub_event_type] for d in descriptions.items], dtype=np.int64),
        type_weights=type_w,
        type_bias=type_b,
        event_weights=event_w,
        event_bias=event_b,
        mix=mix,
        temperature=temperature,
        digest=digest,
        trained_on=dict(sorted(Counter(it.kind for it in data.items).items())),
    )


def _subset(data: _Data, keep: np.ndarray) -> _Data:
    return _Data([it for it, k in zip(data.items, keep) if k], data.vectors[keep])


def _scores(head: LearnedHead, data: _Data) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return head.description_scores(data.vectors), data.vectors @ head.type_weights.T + head.type_bias, head.event_probabilities(data.vectors)


def _blend(desc: np.ndarray, logits: np.ndarray, mix: float, temperature: float) -> np.ndarray:
    z1 = desc / temperature
    z1 = np.exp(z1 - z1.max(axis=1, keepdims=True))
    z2 = np.exp(logits - logits.max(axis=1, keepdims=True))
    return mix * z1 / z1.sum(axis=1, keepdims=True) + (1 - mix) * z2 / z2.sum(axis=1, keepdims=True)


def _report(name: str, data: _Data, desc: np.ndarray, logits: np.ndarray, events: np.ndarray, mix: float, temperature: float) -> dict:
    typed = np.array([it.sub_event_type is not None for it in data.items])
    truth = [it.sub_event_type for it in data.items if it.sub_event_type]
    probs = _blend(desc[typed], logits[typed], mix, temperature)
    predicted = [SUBTYPES[i] for i in probs.argmax(axis=1)]
    by_description = [SUBTYPES[i] for i in desc[typed].argmax(axis=1)]
    # The sub-type chosen among those of the true event type: what the layer adds when the
    # rules have the event type right.
    within = []
    for t, row in zip(truth, probs):
        allowed = [i for i, name in enumerate(SUBTYPES) if SUB_EVENT_TYPES[name] == SUB_EVENT_TYPES[t]]
        within.append(SUBTYPES[max(allowed, key=lambda i: row[i])])
    listed = np.array([it.kind in ("event", "nonevent") for it in data.items])
    background = np.array([it.kind == "background" for it in data.items])
    said = events >= 0.5
    row = {
        "set": name,
        "event sentences": int(typed.sum()),
        "weighted F1 (blend)": round(weighted_f1(truth, predicted), 3),
        "accuracy (blend)": round(float(np.mean([t == p for t, p in zip(truth, predicted)])), 3),
        "weighted F1 (nearest description only)": round(weighted_f1(truth, by_description), 3),
        "event type accuracy (blend)": round(float(np.mean([SUB_EVENT_TYPES[t] == SUB_EVENT_TYPES[p] for t, p in zip(truth, predicted)])), 3),
        "weighted F1 within the true event type": round(weighted_f1(truth, within), 3),
        "is-event accuracy, events + listed non-events": round(float(np.mean(said[listed] == typed[listed])), 3),
        "events called events": round(float(np.mean(said[typed])), 3),
        "listed non-events called non-events": round(float(np.mean(~said[listed & ~typed])), 3) if (listed & ~typed).any() else None,
        "background called non-events": round(float(np.mean(~said[background])), 3) if background.any() else None,
        "at is_event_score < 0.2: events vetoed": round(float(np.mean(events[typed] < 0.2)), 3),
        "at is_event_score < 0.2: listed non-events caught": round(float(np.mean(events[listed & ~typed] < 0.2)), 3) if (listed & ~typed).any() else None,
    }
    print(json.dumps(row), flush=True)
    return row


def _cross_validated(pool: _Data, descriptions: _Data, digest: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Leave-one-document-out scores for every sentence of ``pool``."""
    desc = np.zeros((len(pool.items), len(SUBTYPES)), np.float32)
    logits = np.zeros_like(desc)
    events = np.zeros(len(pool.items), np.float32)
    documents = np.array([it.document for it in pool.items])
    for doc in sorted(set(documents)):
        held = documents == doc
        head = train_head(_subset(pool, ~held), descriptions, digest, mix=0.5, temperature=0.05)
        d, lg, ev = _scores(head, _subset(pool, held))
        desc[held], logits[held], events[held] = d, lg, ev
    return desc, logits, events


def _choose_blend(pool: _Data, desc: np.ndarray, logits: np.ndarray) -> tuple[float, float]:
    typed = np.array([it.sub_event_type is not None for it in pool.items])
    truth = [it.sub_event_type for it in pool.items if it.sub_event_type]
    best = (-1.0, 0.5, 0.05)
    for mix in _MIXES:
        for temperature in _TEMPERATURES:
            probs = _blend(desc[typed], logits[typed], mix, temperature)
            f1 = weighted_f1(truth, [SUBTYPES[i] for i in probs.argmax(axis=1)])
            if f1 > best[0] + 1e-9:
                best = (f1, mix, temperature)
    print(json.dumps({"chosen by cross-validation": {"mix": best[1], "temperature": best[2], "weighted F1": round(best[0], 3)}}))
    return best[1], best[2]


def _description_items() -> tuple[list[Labelled], str]:
    table = learned.load_descriptions()
    items = [Labelled(text, name, "descriptions", "description") for name in SUBTYPES for text in table[name]]
    return items, learned.descriptions_digest(table)


def _snippets(path: Path) -> list[Labelled]:
    out = []
    for line in path.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            sub, text = (part.strip() for part in line.split("\t", 1))
            label = None if sub == "No event" else sub
            out.append(Labelled(text, label, "snippets", "nonevent" if label is None else "event"))
    return out


def _read_cache(path: Path | None) -> dict[str, np.ndarray]:
    if path is None or not path.exists():
        return {}
    with np.load(path) as data:
        return dict(zip(data["texts"].tolist(), data["vectors"]))


def _write_cache(path: Path | None, cache: dict[str, np.ndarray]) -> None:
    if path is not None:
        texts = sorted(cache)
        np.savez(path, texts=np.array(texts), vectors=np.stack([cache[t] for t in texts]))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write events/data/learned_head.json")
    parser.add_argument("--realdev", type=Path, default=_ROOT.parent / "shared/data/realdev")
    parser.add_argument("--snippets", type=Path, default=_ROOT / "tests/unit/events/learned_snippets.tsv")
    parser.add_argument("--cache", type=Path, help="keep sentence embeddings in this .npz between runs")
    args = parser.parse_args(argv)

    split = _split()
    cache = _read_cache(args.cache)
    description_items, digest = _description_items()
    descriptions = _embed_all(description_items, cache)
    gold = _embed_all(load_labelled(_ROOT / "tests/gold", _ROOT / "samples/corpus"), cache)
    tuning = _embed_all(load_labelled(args.realdev / "gold", args.realdev / "corpus", split["tuning"]), cache)
    heldback = _embed_all(load_labelled(args.realdev / "gold", args.realdev / "corpus", split["heldback"]), cache)
    snippets = _embed_all(_snippets(args.snippets), cache) if args.snippets.exists() else None
    _write_cache(args.cache, cache)
    pool = _Data(gold.items + tuning.items, np.concatenate([gold.vectors, tuning.vectors]))
    print(json.dumps({"sentences": {"gold": Counter(i.kind for i in gold.items), "tuning": Counter(i.kind for i in tuning.items), "heldback": Counter(i.kind for i in heldback.items)}}), flush=True)

    desc, logits, events = _cross_validated(pool, descriptions, digest)
    mix, temperature = _choose_blend(pool, desc, logits)
    n_gold = len(gold.items)
    _report("bundled gold, leave-one-document-out", gold, desc[:n_gold], logits[:n_gold], events[:n_gold], mix, temperature)
    _report("realdev tuning, leave-one-document-out", tuning, desc[n_gold:], logits[n_gold:], events[n_gold:], mix, temperature)

    head = train_head(pool, descriptions, digest, mix=mix, temperature=temperature)
    _report("realdev heldback (trained on gold + tuning)", heldback, *_scores(head, heldback), mix, temperature)
    if snippets is not None:
        _report("own out-of-domain snippets", snippets, *_scores(head, snippets), mix, temperature)
    if args.write:
        target = Path(learned.__file__).with_name("data") / "learned_head.json"
        target.write_text(head.to_json(), encoding="utf-8")
        print(f"wrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
