"""Whether a sentence reports an event that happened, and how firmly.

ACLED codes no event for a negation, a hypothetical, a condition, a threat, a forecast,
a denial or a call ("called for an end to the shelling"); a claim made by a party
("ISIS claimed", "activists said") stays an event with a lower confidence. The cue
words live in ``data/modality_cues.toml`` so an analyst can edit them.

With a spaCy parse, a cue counts only when it governs the event word, so "the army,
which has not been paid, attacked the town" stays an event, and so does "no one was
killed in the strike" (the "no" belongs to the victims, not to the strike). Without a
parse, regular expressions look for the cues just before the first event word.

>>> assess("ISIS has not attacked the town.").asserted
False
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

__all__ = ["Modality", "ModalityCues", "assess", "load_cues"]


@dataclass(frozen=True)
class Modality:
    """The verdict on one sentence: is the event asserted, how sure, and the cue that decided."""

    asserted: bool
    confidence: float
    reason: str


@dataclass(frozen=True, eq=False)
class ModalityCues:
    """The cue lists of ``modality_cues.toml`` (lemmas), with the confidences to give."""

    confidence: dict[str, float]
    neg_words: frozenset[str]
    neg_determiners: frozenset[str]
    neg_prepositions: frozenset[str]
    neg_subjects: frozenset[str]
    neg_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    denial_nouns: frozenset[str]
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
        denial_verbs=s("denial", "verbs"), denial_nouns=s("denial", "nouns"),
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


def assess(sentence: str, doc: Doc | Span | None = None, trigger_index: int | None = None,
           *, cues: ModalityCues | None = None) -> Modality:
    """Does ``sentence`` assert that the event happened?

    ``doc`` is the spaCy parse of the sentence and ``trigger_index`` the ``Token.i`` of the
    event word in it; without a trigger the first event word (or the root) is used, and
    without a parse the regular-expression fallback decides.
    """
    c = cues or load_cues()
    if sentence.rstrip().rstrip("\"'”’)").endswith("?"):
        return Modality(False, c.confidence["not_asserted"], "question")
    if doc is not None:
        verdict = _Parsed(doc, trigger_index, c).verdict()
    else:
        verdict = _regex_verdict(sentence, c)
    if verdict is not None and not verdict.asserted:
        return verdict
    attributed = _attribution(sentence, c)
    if verdict is not None:  # speculative, or an attempt
        conf = min(verdict.confidence, attributed.confidence) if attributed else verdict.confidence
        return Modality(True, conf, verdict.reason)
    return attributed or Modality(True, c.confidence["plain"], "plain report")


# ---------------------------------------------------------------- with a parse

_SUBJ = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}


class _Parsed:
    """Walks from the trigger up the dependency tree, collecting the cues that govern it."""

    def __init__(self, doc: Doc | Span, trigger_index: int | None, cues: ModalityCues):
        self.c = cues
        base = doc.doc if isinstance(doc, Span) else doc
        if trigger_index is not None and 0 <= trigger_index < len(base):
            self.trigger = base[trigger_index]
        else:
            self.trigger = _first_event_token(doc, cues)
        self.speculative: str | None = None
        self.unconfirmed: str | None = None

    def no(self, reason: str) -> Modality:
        return Modality(False, self.c.confidence["not_asserted"], reason)

    def verdict(self) -> Modality | None:
        c, t = self.c, self.trigger
        # 0. a gerund with no verb of its own in a sentence whose only finite verb is a modal:
        # "Ten aircraft bombing a building would be counted as one strike" supposes, tells nothing
        if t.tag_ == "VBG" and not any(ch.dep_ in ("aux", "auxpass") for ch in t.children):
            finite = [w for w in t.doc if w.tag_ in ("VBD", "VBZ", "VBP", "MD")]
            if finite and all(w.tag_ == "MD" and w.lower_ in c.modals and w.lower_ not in c.speculative_modals
                              for w in finite):
                return self.no(f"hypothetical: '{finite[0].text}' over '{t.text}'")
        # 1. the trigger noun itself: "no clashes", "an imminent assault"
        if t.pos_ != "VERB":
            for ch in t.children:
                if ch.dep_ in ("det", "neg", "advmod") and ch.lower_ in c.neg_determiners | c.neg_words:
                    return self.no(f"negated: '{ch.text} {t.text}'")
                if ch.dep_ in ("amod", "compound") and ch.lower_ in c.hyp_adjectives:
                    return self.no(f"hypothetical: '{ch.text} {t.text}'")
        # 2. up through the noun phrase to the verb that governs it
        while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
            rel, h = t.dep_, t.head
            if rel in _SUBJ or rel == "relcl":
                break
            if h.pos_ == "ADP" and h.lower_ in c.neg_prepositions:
                return self.no(f"negated: '{h.text} ... {self.trigger.text}'")
            if h.pos_ in ("NOUN", "PROPN"):
                found = self._noun_cue(h)
                if found:
                    return found
            t = h
        if t.pos_ not in ("VERB", "AUX"):
            t = t.head if t.dep_ in _SUBJ else t
        v = t
        if v.i != self.trigger.i and self.trigger.dep_ not in _SUBJ:
            found = self._lemma_cue(v, self.trigger, "dobj")
            if found:
                return found
        # 3. the verb and the verbs that control it
        for _ in range(10):
            found = self._verb_cue(v)
            if found:
                return found
            rel, h = v.dep_, v.head
            if h.i == v.i or rel in ("relcl", "ROOT"):
                break
            own_subject = any(ch.dep_ in _SUBJ for ch in v.children)
            if rel in ("conj", "advcl") and own_subject:
                break
            if rel not in ("xcomp", "ccomp", "conj", "advcl", "pcomp", "pobj", "prep", "acl", "dobj", "acomp",
                           "oprd", "attr", "dep", "parataxis"):
                break
            if h.pos_ in ("NOUN", "PROPN"):
                found = self._noun_cue(h)
                if found:
                    return found
            if h.lower_ in c.neg_prepositions:
                return self.no(f"negated: '{h.text} ... {v.text}'")
            found = self._lemma_cue(h, v, rel)
            if found:
                return found
            if rel == "ccomp":
                # a reporting verb: its own auxiliaries say nothing about the reported event
                self._silent_source(h)
                v = h
                while v.dep_ in ("ccomp", "conj") and v.head.i != v.i:
                    v = v.head
                break
            v = h
        if self.speculative:
            return Modality(True, self.c.confidence["speculative"], self.speculative)
        if self.unconfirmed:
            # "State TV did not mention the fall of the base": a sentence about a source's
            # silence is no report of the event (the event stands on its other sentences).
            return self.no(self.unconfirmed)
        return None

    def _noun_cue(self, n: Token) -> Modality | None:
        c, lem = self.c, n.lemma_.lower()
        if lem in c.hyp_nouns:
            return self.no(f"hypothetical: '{n.text}'")
        if lem in c.call_nouns:
            return self.no(f"call: '{n.text}'")
        if lem in c.denial_nouns:
            return self.no(f"denial: '{n.text}'")
        if lem in c.attempt_nouns:
            return self._attempt(n)
        if any(ch.dep_ == "det" and ch.lower_ in c.neg_determiners for ch in n.children):
            if lem in c.unconfirmed:
                self.unconfirmed = self.unconfirmed or f"unconfirmed: 'no {n.text}'"
                return None
            return self.no(f"negated: 'no {n.text}'")
        return None

    def _lemma_cue(self, h: Token, below: Token, rel: str) -> Modality | None:
        """Cues carried by the governing word's meaning: deny, plan, call for, fail, try."""
        c, lem = self.c, h.lemma_.lower()
        if h.pos_ not in ("VERB", "AUX", "ADJ"):
            return None
        if lem in c.denial_verbs:
            return self.no(f"denial: '{h.text}'")
        if lem in c.neg_verbs and rel != "ccomp":
            return self.no(f"negated: '{h.text}'")
        if lem in c.hyp_verbs and (rel != "ccomp" or lem in c.clause_verbs):
            return self.no(f"hypothetical: '{h.text}'")
        if lem in c.future and rel in ("xcomp", "acomp", "prep", "pcomp"):
            return self.no(f"forecast: '{h.text} to'")
        if lem in c.call_verbs and (lem != "call" or rel in ("xcomp", "ccomp")
                                    or _via_prep(h, below, ("for", "on", "upon"))):
            return self.no(f"call: '{h.text}'")
        if lem in c.attempt_verbs and rel == "xcomp":
            return self._attempt(h)
        return None

    def _attempt(self, cue: Token) -> Modality | None:
        if self.trigger.lemma_.lower() in self.c.outcomes:
            return self.no(f"attempt only: '{cue.text}'")
        self.speculative = self.speculative or f"attempt: '{cue.text}'"
        return None

    def _verb_cue(self, v: Token) -> Modality | None:
        """Negation, modal auxiliaries and conditions attached to one verb."""
        c = self.c
        kids = list(v.children)
        if v.i != self.trigger.i:
            self._silent_source(v)
        for ch in kids:
            low = ch.lower_
            if ch.dep_ == "neg" or (ch.dep_ == "advmod" and low in c.neg_words):
                if v.i != self.trigger.i and v.lemma_.lower() in c.unconfirmed:
                    self.unconfirmed = self.unconfirmed or f"unconfirmed: '{ch.text} {v.text}'"
                    continue
                return self.no(f"negated: '{ch.text} {v.text}'")
            if ch.dep_ == "advmod" and low == "longer" and any(g.lower_ == "no" for g in ch.children):
                return self.no(f"negated: 'no longer {v.text}'")
            if ch.dep_ in ("aux", "auxpass") and (low in c.modals or ch.lemma_.lower() in c.modals) \
                    and ch.i < v.i:
                has_have = any(a.dep_ == "aux" and a.lemma_.lower() == "have" and ch.i < a.i < v.i for a in kids)
                if has_have and low in c.speculative_modals:
                    self.speculative = self.speculative or f"speculative: '{ch.text} have'"
                    continue
                return self.no(f"hypothetical: '{ch.text} {v.text}'")
            if ch.dep_ == "mark" and low in c.conditions:
                return self.no(f"condition: '{ch.text}'")
            if ch.dep_ == "mark" and low in ("until", "till") and v.head.i != v.i and any(
                    a.dep_ == "aux" and a.lower_ in c.modals for a in v.head.children):
                # "will fight until every village is liberated": the liberation is still to come
                return self.no(f"future: '{ch.text}' under '{v.head.text}'")
        return None


    def _silent_source(self, v: Token) -> None:
        """"No group claimed the bombing", "nobody said who fired": a source that says nothing."""
        c = self.c
        if v.lemma_.lower() not in c.unconfirmed | c.claimed_verbs:
            return
        for ch in v.children:
            if ch.dep_ not in _SUBJ:
                continue
            if ch.lower_ in c.neg_subjects or any(
                    d.dep_ == "det" and d.lower_ in c.neg_determiners for d in ch.children):
                self.unconfirmed = self.unconfirmed or f"unconfirmed: '{ch.text} {v.text}'"


def _via_prep(h: Token, below: Token, preps: tuple[str, ...]) -> bool:
    """Is ``below`` under one of ``h``'s prepositions ("called for an end to ...")?"""
    t = below
    while t.head.i != t.i and t.head.i != h.i:
        t = t.head
    return t.head.i == h.i and t.dep_ == "prep" and t.lower_ in preps


def _first_event_token(doc: Doc | Span, cues: ModalityCues) -> Token:
    pat = _event_pattern(cues.event_words)
    for tok in doc:
        if pat.fullmatch(tok.lower_ + " ") or pat.match(tok.lower_):
            return tok
    root = doc.root if isinstance(doc, Span) else next((t for t in doc if t.head.i == t.i), doc[0])
    return root


# ---------------------------------------------------------------- without a parse

_IRREGULAR = {
    "say": ["said"], "tell": ["told"], "write": ["wrote", "written"], "seek": ["sought"],
    "go": ["went", "gone"], "set": ["set"], "fight": ["fought"], "take": ["took", "taken"],
    "forecast": ["forecast"], "show": ["shown"], "mull": ["mulled"],
}


def _forms(lemma: str) -> set[str]:
    """The inflected forms of a verb or noun lemma, for the regular-expression fallback."""
    out = {lemma, lemma + "s", lemma + "es", *_IRREGULAR.get(lemma, [])}
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    out |= {stem + "ed", stem + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) <= 4 and re.fullmatch(r".*[^aeiou][aeiou][^aeiouwxy]", lemma):
        out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return out


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@lru_cache(maxsize=4)
def _event_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(words)})\w*", re.IGNORECASE)


@lru_cache(maxsize=4)
def _fallback(c: ModalityCues) -> list[tuple[re.Pattern[str], str, str]]:
    """(pattern over the text before the event word, verdict, label); patterns end at the event word."""

    def verbs(lemmas) -> str:
        return _alt({f for lemma in lemmas for f in _forms(lemma)})

    modals = [m for m in c.modals if m not in ("wo", "ca", "'ll")]
    modal = rf"(?:\b(?-i:{_alt(modals + [m.capitalize() for m in modals if m != 'may'])})|'ll|\bwon't|\bcan't|\bcannot)"
    gap = r"(?:[\w'-]+\s+){0,3}"
    i = re.IGNORECASE
    return [
        (re.compile(rf"(?:\b(?:not|never)|n't|\bno\s+longer)\s+(?:[\w'-]+\s+){{0,2}}$", i), "no", "negated"),
        (re.compile(rf"\bno\s+(?:{verbs(c.unconfirmed)}|word|confirmation)\s+(?:of|on|about)\s+{gap}$", i),
         "no", "unconfirmed"),
        (re.compile(rf"(?:\b(?:{_alt(c.neg_subjects)})|\bno\s+[\w'-]+)\s+(?:has\s+|have\s+|had\s+)?"
                    rf"(?:{verbs(c.unconfirmed | c.claimed_verbs)})\b", i), "no", "unconfirmed"),
        (re.compile(rf"\b(?:{_alt(c.neg_determiners)})\s+(?:[\w'-]+\s+)?$", i), "no", "negated"),
        (re.compile(rf"\b(?:{_alt(c.neg_prepositions)})\s+(?:[\w'-]+\s+){{0,2}}$", i), "no", "negated"),
        (re.compile(rf"\b(?:may|might|could|must)\s+(?:[\w'-]+\s+)?have\s+{gap}$"), "speculative", "speculative"),
        (re.compile(rf"{modal}\s+{gap}$"), "no", "hypothetical"),
        (re.compile(rf"\b(?:{verbs(c.neg_verbs)})\s+{gap}$", i), "no", "negated"),
        (re.compile(rf"\b(?:{verbs(c.denial_verbs)})\b", i), "no", "denial"),
        (re.compile(rf"\b(?:{verbs(c.hyp_verbs)})\s+(?:to\s+|of\s+)?{gap}$", i), "no", "hypothetical"),
        (re.compile(rf"\b(?:{_alt(c.future - {'go'})}|going)\s+to\s+{gap}$", i), "no", "forecast"),
        (re.compile(rf"\b(?:{verbs(c.hyp_nouns)})\s+(?:of|that|for|to)\s+{gap}$", i), "no", "hypothetical"),
        (re.compile(rf"\b(?:{_alt(c.hyp_adjectives)})\s+(?:[\w'-]+\s+)?$", i), "no", "hypothetical"),
        (re.compile(rf"\b(?:{_alt(c.conditions)})\b", i), "no", "condition"),
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


def _regex_verdict(sentence: str, c: ModalityCues) -> Modality | None:
    text = _RELATIVE.sub(lambda m: " " * len(m.group(0)), sentence)
    ev = _event_pattern(c.event_words).search(text)
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
        if verdict == "attempt" and re.match(rf"(?:{_alt(c.outcomes)})", ev.group(0), re.IGNORECASE):
            return Modality(False, c.confidence["not_asserted"], f"attempt only: '{cue}'")
        speculative = speculative or f"{label}: '{cue}'"
    m = _AFTER_NOUN.match(text[ev.start():])
    if m:
        return Modality(False, c.confidence["not_asserted"], f"hypothetical: '{m.group(0).strip()}'")
    if speculative:
        return Modality(True, c.confidence["speculative"], speculative)
    return None


# ---------------------------------------------------------------- attribution

@lru_cache(maxsize=4)
def _attribution_patterns(c: ModalityCues) -> tuple[re.Pattern[str], re.Pattern[str]]:
    def past(lemmas) -> set[str]:
        return {f for lemma in lemmas for f in _forms(lemma) if f.endswith(("ed", "id", "ld", "ote", "en"))
                or f in ("says", "claims", "accuses", "alleges", "reports")}

    claimed = re.compile(
        rf"\b(?:{_alt(past(c.claimed_verbs) | set(c.claimed_phrases))})\b(?!\s+(?:the\s+)?lives?\b)"
        r"(?!\s+responsibility)", re.IGNORECASE)
    reported = re.compile(
        rf"\b(?:{_alt(past(c.reported_verbs) | set(c.reported_phrases))})\b|\bclaim\w*\s+responsibility",
        re.IGNORECASE)
    return claimed, reported


def _attribution(sentence: str, c: ModalityCues) -> Modality | None:
    """A source between the text and the event lowers the confidence; the event stays."""
    claimed, reported = _attribution_patterns(c)
    m = claimed.search(sentence)
    if m:
        return Modality(True, c.confidence["claimed"], f"claimed: '{m.group(0)}'")
    m = reported.search(sentence)
    if m:
        return Modality(True, c.confidence["reported"], f"reported: '{m.group(0)}'")
    return None
