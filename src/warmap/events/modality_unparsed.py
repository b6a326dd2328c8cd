"""Modality without a parse: regular expressions look for a cue in the words before the
first event word of the sentence ("has not attacked", "may storm", "no one claimed"), and
for a source that stands between the text and the event ("activists said", "ISIS claimed").
"""

from __future__ import annotations

import re
from functools import lru_cache

from warmap.events.first_chars import guarded
from warmap.events.modality_cues import ModalityCues, alternation, event_pattern, forms
from warmap.events.modality_verdict import Modality

__all__ = ["unparsed_verdict", "attribution", "QUOTES"]


@lru_cache(maxsize=4)
def _fallback(c: ModalityCues) -> list[tuple[re.Pattern[str], str, str]]:
    """(pattern over the text before the event word, verdict, label); patterns end at the event word."""

    def verbs(lemmas) -> str:
        return alternation({f for lemma in lemmas for f in forms(lemma)})

    modals = [m for m in c.modals if m not in ("wo", "ca", "'ll")]
    modal = rf"(?:\b(?-i:{alternation(modals + [m.capitalize() for m in modals if m != 'may'])})|'ll|\bwon't|\bcan't|\bcannot)"
    gap = r"(?:[\w'-]+\s+){0,3}"
    i = re.IGNORECASE
    return [
        (re.compile(rf"(?:\b(?:not|never)|n't|\bno\s+longer)\s+(?:[\w'-]+\s+){{0,2}}$", i), "no", "negated"),
        (re.compile(rf"\bno\s+(?:{verbs(c.unconfirmed)}|word|confirmation)\s+(?:of|on|about)\s+{gap}$", i),
         "no", "unconfirmed"),
        (re.compile(rf"(?:\b(?:{alternation(c.neg_subjects)})|\bno\s+[\w'-]+)\s+(?:has\s+|have\s+|had\s+)?"
                    rf"(?:{verbs(c.unconfirmed | c.claimed_verbs)})\b", i), "no", "unconfirmed"),
        (re.compile(rf"\b(?:{alternation(c.neg_determiners)})\s+(?:[\w'-]+\s+)?$", i), "no", "negated"),
        (re.compile(rf"\b(?:{alternation(c.neg_prepositions)})\s+(?:[\w'-]+\s+){{0,2}}$", i), "no", "negated"),
        (re.compile(rf"\b(?:may|might|could|must)\s+(?:[\w'-]+\s+)?have\s+{gap}$"), "speculative", "speculative"),
        (re.compile(rf"{modal}\s+{gap}$"), "no", "hypothetical"),
        (re.compile(rf"\b(?:{verbs(c.neg_verbs)})\s+{gap}$", i), "no", "negated"),
        (re.compile(rf"\b(?:{verbs(c.denial_verbs)})\b", i), "no", "denial"),
        (re.compile(rf"\b(?:{'|'.join(f for p in c.cancelling for f in _phrase_forms(p))})\s+{gap}$", i),
         "no", "cancelled"),
        (re.compile(rf"\b(?:{verbs(c.hyp_verbs)})\s+(?:to\s+|of\s+)?{gap}$", i), "no", "hypothetical"),
        (re.compile(rf"\b(?:{alternation(c.future - {'go'})}|going)\s+to\s+{gap}$", i), "no", "forecast"),
        (re.compile(rf"\b(?:{verbs(c.hyp_nouns)})\s+(?:of|that|for|to)\s+{gap}$", i), "no", "hypothetical"),
        (re.compile(rf"\b(?:{alternation(c.hyp_adjectives)})\s+(?:[\w'-]+\s+)?$", i), "no", "hypothetical"),
        (re.compile(rf"\b(?:{alternation(c.conditions)})\b", i), "no", "condition"),
        (re.compile(rf"\b(?:{verbs(c.call_verbs)})\s+(?:for|on|upon)\b|\b(?:{verbs(c.call_verbs - {'call'})})\b", i),
         "no", "call"),
        (re.compile(rf"\b(?:{verbs(c.attempt_verbs)})\s+to\s+{gap}$|\b(?:{verbs(c.attempt_nouns)})\s+to\s+{gap}$", i),
         "attempt", "attempt"),
    ]


_RELATIVE = re.compile(r",\s*(?:which|who|whose|whom)\b[^,;]*(?:,|$)", re.IGNORECASE)
_AFTER_NOUN = re.compile(
    r"^\w*\s+(?:[\w'-]+\s+)?(?:(?-i:may|might|could|would|will|shall|should|can|must)\b"
    r"|(?:is|are|was|were)\s+(?:expected|likely|set|due|about|going|poised|feared)\s+to\b)",
    re.IGNORECASE,
)


def unparsed_verdict(sentence: str, c: ModalityCues) -> Modality | None:
    text = _RELATIVE.sub(lambda m: " " * len(m.group(0)), sentence)
    ev = event_pattern(c.event_words).search(text)
    if ev is None:
        return None
    clause_start = max(text.rfind(";", 0, ev.start()), text.rfind(":", 0, ev.start())) + 1
    before = text[clause_start:ev.start()]
    speculative = None
    for pat, verdict, label in _fallback(c):
        m = pat.search(before)
        if m is None:
            continue
        cue = m.group(0).strip()
        if verdict == "no":
            return Modality(False, c.confidence["not_asserted"], f"{label}: '{cue}'")
        if verdict == "attempt" and re.match(rf"(?:{alternation(c.outcomes)})", ev.group(0), re.IGNORECASE):
            return Modality(False, c.confidence["not_asserted"], f"attempt only: '{cue}'")
        speculative = speculative or f"{label}: '{cue}'"
    if ev.start() > 0 and text[ev.start() - 1] in QUOTES and text[ev.end():ev.end() + 1] in QUOTES:
        return Modality(False, c.confidence["not_asserted"], "disputed: the event word in scare quotes")
    m = _said_false(c).search(text, ev.end())
    if m:  # "Reports that gunmen had attacked a bus were false"
        return Modality(False, c.confidence["not_asserted"], f"denial: '{m.group(0).strip()}'")
    m = _AFTER_NOUN.match(text[ev.start():])
    if m:
        return Modality(False, c.confidence["not_asserted"], f"hypothetical: '{m.group(0).strip()}'")
    if speculative:
        return Modality(True, c.confidence["speculative"], speculative)
    return None


#: Marks around a word the writer quotes rather than says ("the \"capture\" of several villages")
QUOTES = frozenset("\"'“”‘’«»")


def _phrase_forms(phrase: str) -> list[str]:
    """ "call off" -> "call off", "calls off", "called off", "calling off"."""
    verb, _, rest = phrase.partition(" ")
    return [rf"{re.escape(f)}\s+{re.escape(rest)}" for f in sorted(forms(verb))]


@lru_cache(maxsize=4)
def _said_false(c: ModalityCues) -> re.Pattern[str]:
    return re.compile(rf"\b(?:(?:is|are|was|were|proved|proven|turned\s+out\s+to\s+be)\s+"
                      rf"(?:{alternation(c.denial_predicates)})|(?:do|does|did)\s+not\s+(?:{alternation(c.untrue_when_negated)})"
                      rf"\s+(?:the\s+)?(?:reality|facts|truth))\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _attribution_patterns(c: ModalityCues) -> tuple[re.Pattern[str], re.Pattern[str]]:
    def past(lemmas) -> set[str]:
        return {f for lemma in lemmas for f in forms(lemma) if f.endswith(("ed", "id", "ld", "ote", "en"))
                or f in ("says", "claims", "accuses", "alleges", "reports")}

    claimed = re.compile(
        rf"\b(?:{alternation(past(c.claimed_verbs) | set(c.claimed_phrases))})\b(?!\s+(?:the\s+)?lives?\b)"
        r"(?!\s+responsibility)", re.IGNORECASE)
    reported = re.compile(
        rf"\b(?:{alternation(past(c.reported_verbs) | set(c.reported_phrases))})\b|\bclaim\w*\s+responsibility",
        re.IGNORECASE)
    return guarded(claimed), guarded(reported)


def attribution(sentence: str, c: ModalityCues) -> Modality | None:
    """A source between the text and the event lowers the confidence; the event stays."""
    claimed, reported = _attribution_patterns(c)
    m = claimed.search(sentence)
    if m:
        return Modality(True, c.confidence["claimed"], f"claimed: '{m.group(0)}'")
    m = reported.search(sentence)
    if m:
        return Modality(True, c.confidence["reported"], f"reported: '{m.group(0)}'")
    return None
