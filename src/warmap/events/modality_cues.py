"""The cue lists of ``data/modality_cues.toml`` (``load_cues``) and the word forms and
patterns built from them, shared by the parsed and the unparsed reading of modality.

>>> "attacked" in forms("attack")
True
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["ModalityCues", "load_cues", "forms", "alternation", "event_pattern"]


@dataclass(frozen=True, eq=False)
class ModalityCues:
    """The cue lists of ``modality_cues.toml`` (lemmas), with the confidences to give."""

    confidence: dict[str, float]
    neg_words: frozenset[str]
    neg_determiners: frozenset[str]
    neg_prepositions: frozenset[str]
    neg_subjects: frozenset[str]
    neg_verbs: frozenset[str]
    neg_passive_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    denial_nouns: frozenset[str]
    denial_predicates: frozenset[str]
    untrue_when_negated: frozenset[str]
    cancelling: frozenset[str]
    modals: frozenset[str]
    speculative_modals: frozenset[str]
    hyp_verbs: frozenset[str]
    clause_verbs: frozenset[str]
    future: frozenset[str]
    hyp_nouns: frozenset[str]
    hyp_adjectives: frozenset[str]
    conditions: frozenset[str]
    attempt_verbs: frozenset[str]
    attempt_nouns: frozenset[str]
    outcomes: frozenset[str]
    call_verbs: frozenset[str]
    call_nouns: frozenset[str]
    reported_verbs: frozenset[str]
    claimed_verbs: frozenset[str]
    unconfirmed: frozenset[str]
    reported_phrases: tuple[str, ...]
    claimed_phrases: tuple[str, ...]
    event_words: tuple[str, ...]


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> ModalityCues:
    """The cue lists, from ``path`` or the packaged ``data/modality_cues.toml`` (cached)."""
    if path is None:
        raw = resources.files("warmap.events").joinpath("data/modality_cues.toml").read_text("utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
    d = tomllib.loads(raw)

    def s(section: str, key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in d[section][key])

    return ModalityCues(
        confidence={k: float(v) for k, v in d["confidence"].items()},
        neg_words=s("negation", "words"), neg_determiners=s("negation", "determiners"),
        neg_prepositions=s("negation", "prepositions"),
        neg_subjects=s("negation", "subjects"), neg_verbs=s("negation", "verbs"),
        neg_passive_verbs=s("negation", "passive_verbs"),
        denial_verbs=s("denial", "verbs"), denial_nouns=s("denial", "nouns"),
        denial_predicates=s("denial", "predicates"), cancelling=s("denial", "cancelling"),
        untrue_when_negated=s("denial", "untrue_when_negated"),
        modals=s("hypothetical", "modals"), speculative_modals=s("hypothetical", "speculative_modals"),
        hyp_verbs=s("hypothetical", "verbs"), clause_verbs=s("hypothetical", "clause_verbs"),
        future=s("hypothetical", "future"), hyp_nouns=s("hypothetical", "nouns"),
        hyp_adjectives=s("hypothetical", "adjectives"), conditions=s("hypothetical", "conditions"),
        attempt_verbs=s("attempt", "verbs"), attempt_nouns=s("attempt", "nouns"),
        outcomes=s("attempt", "outcomes"),
        call_verbs=s("call", "verbs"), call_nouns=s("call", "nouns"),
        reported_verbs=s("attribution", "reported_verbs"), claimed_verbs=s("attribution", "claimed_verbs"),
        unconfirmed=s("attribution", "unconfirmed"),
        reported_phrases=tuple(d["attribution"]["reported_phrases"]),
        claimed_phrases=tuple(d["attribution"]["claimed_phrases"]),
        event_words=tuple(d["fallback"]["event_words"]),
    )


IRREGULAR = {
    "say": ["said"], "tell": ["told"], "write": ["wrote", "written"], "seek": ["sought"],
    "go": ["went", "gone"], "set": ["set"], "fight": ["fought"], "take": ["took", "taken"],
    "forecast": ["forecast"], "show": ["shown"], "mull": ["mulled"],
}


def forms(lemma: str) -> set[str]:
    """The inflected forms of a verb or noun lemma, for the regular-expression fallback."""
    out = {lemma, lemma + "s", lemma + "es", *IRREGULAR.get(lemma, [])}
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    out |= {stem + "ed", stem + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) <= 4 and re.fullmatch(r".*[^aeiou][aeiou][^aeiouwxy]", lemma):
        out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return out


def alternation(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@lru_cache(maxsize=4)
def event_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words)})\w*", re.IGNORECASE)
