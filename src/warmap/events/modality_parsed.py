"""Modality read from the parse: the cues that govern the event word, found by walking
from the trigger up the dependency tree ("has not attacked", "plans to storm", "called
for an end to the shelling", "no group claimed the bombing").

``ParsedModality(doc, trigger_index, cues).verdict()`` is a ``Modality`` that says no
(or an asserted one that is speculative or an attempt), or None when no cue governs.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from warmap.events.filters import _achieved  # ("were able to retake the town on Monday": done, not foreseen)
from warmap.events.modality_cues import ModalityCues, event_pattern
from warmap.events.modality_verdict import Modality
from warmap.events.vocabulary import words

__all__ = ["ParsedModality"]


_SUBJ = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}


class ParsedModality:
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
        if t.tag_ == "VBG" and t.dep_ in ("xcomp", "csubj"):
            # "Observers say implementing the accord will be difficult": the gerund is the subject
            # of a modal predicate (parsed as the reporting verb's complement next to it)
            said = t.head if t.dep_ == "xcomp" else t
            modal = next((ch for ch in said.children if ch.dep_ == "ccomp" and ch.i > t.i
                          and not any(g.dep_ in _SUBJ for g in ch.children)
                          and any(a.dep_ == "aux" and a.lower_ in c.modals for a in ch.children)), None)
            if t.dep_ == "csubj" and any(a.dep_ == "aux" and a.lower_ in c.modals for a in t.head.children):
                modal = t.head
            if modal is not None:
                return self.no(f"hypothetical: '{t.text} ... {modal.text}'")
        # 1. the trigger noun itself: "no clashes", "an imminent assault"; "any" only where
        # something denies, asks or supposes ("no application was received for any demonstration")
        if t.pos_ != "VERB":
            for ch in t.children:
                if ch.dep_ in ("det", "neg", "advmod") and ch.lower_ in c.neg_determiners | c.neg_words:
                    return self.no(f"negated: '{ch.text} {t.text}'")
                if ch.dep_ == "det" and ch.lower_ == "any":
                    return self.no(f"negated: '{ch.text} {t.text}'")
                if ch.dep_ in ("amod", "compound") and ch.lower_ in c.hyp_adjectives:
                    return self.no(f"hypothetical: '{ch.text} {t.text}'")
        # 2. up through the noun phrase to the verb that governs it
        while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
            rel, h = t.dep_, t.head
            if rel in _SUBJ and self._said_false(h):
                return self.no(f"denial: '{t.text} ... false'")
            if rel in _SUBJ or rel == "relcl":
                break
            if h.pos_ == "ADP" and h.lower_ in c.neg_prepositions:
                return self.no(f"negated: '{h.text} ... {self.trigger.text}'")
            if h.pos_ == "ADP" and h.lower_ == "for" and h.head.pos_ == "VERB":
                # "approved the army's plans for an offensive in Rafah", "for" hung on the verb
                # ("no permission has been granted for a rally": the noun the subject of a passive)
                plan = next((ch for ch in h.head.children if ch.dep_ in ("dobj", "nsubjpass")
                             and ch.lemma_.lower() in c.hyp_nouns), None)
                if plan is not None:
                    return self.no(f"hypothetical: '{plan.text} ... for'")
            if h.pos_ in ("NOUN", "PROPN"):
                found = self._noun_cue(h)
                if found:
                    return found
            t = h
        if t.pos_ not in ("VERB", "AUX"):
            t = t.head if t.dep_ in _SUBJ else t
        v = t
        if v.i == self.trigger.i and v.pos_ == "VERB" and v.dep_ in _SUBJ:
            v = v.head  # "that protests ... will be held", the noun tagged a verb: the verb it is subject of
        if v.i != self.trigger.i and self.trigger.dep_ not in _SUBJ:
            found = self._lemma_cue(v, self.trigger, "dobj")
            if found:
                return found
        if v.i != self.trigger.i and self.trigger.dep_ == "nsubjpass" and v.lemma_.lower() in c.neg_passive_verbs:
            return self.no(f"negated: '{self.trigger.text} ... {v.text}'")  # "an IED attack had been averted"
        # 3. the verb and the verbs that control it
        for _ in range(10):
            found = self._verb_cue(v)
            if found:
                return found
            rel, h = v.dep_, v.head
            if rel == "relcl" and h.lemma_.lower() in _CONTENT_NOUNS:
                rel = "acl"  # "claims that Russian troops had pushed ...", parsed as a relative clause
            if h.i == v.i or rel in ("relcl", "ROOT"):
                break
            if rel in ("ccomp", "conj", "parataxis") and any(t.text == ";" for t in v.doc[min(v.i, h.i) + 1:max(v.i, h.i)]):
                break  # "... marched through Marseille; no incidents were reported": two sentences in one
            told = h.head.head if h.dep_ == "pobj" and h.head.lower_ == "of" else None
            if rel == "acl" and told is not None and told.lemma_.lower() in _CONTENT_NOUNS and (
                    told.dep_ == "dobj" and any(ch.dep_ == "neg" for ch in told.head.children)
                    or any(ch.dep_ == "det" and ch.lower_ == "no" for ch in told.children)):
                # "We have not substantiated any reports of civilians killed by coalition strikes"
                return self.no(f"negated: '{told.head.text} ... {told.text} of'")
            if rel == "acl" and v.tag_ == "VBN" and any(ch.dep_ in ("agent", "prep") for ch in v.children) \
                    and not any(ch.dep_ in ("aux", "auxpass", "mark") or ch.dep_ in _SUBJ for ch in v.children):
                # "the release of the schoolgirls abducted by Boko Haram in Chibok": a reduced relative
                # clause tells a past event as given, outside the call or doubt of the clause around it
                break
            if rel in _SUBJ and self._said_false(h):
                return self.no(f"denial: '{v.text} ... false'")  # "Reports that gunmen had attacked a bus were false"
            future = _future_time_clause(v)
            if future is not None:
                return self.no(f"hypothetical: '{future.text} ... when'")  # "will end only when its weapons are seized"
            own_subject = any(ch.dep_ in _SUBJ for ch in v.children)
            if rel in ("conj", "advcl") and own_subject:
                break
            if rel == "advcl" and _past_time_clause(v):
                break  # "Since Yemeni forces took the airport on June 20, we have urged ...": given, not called for
            if rel not in ("xcomp", "ccomp", "conj", "advcl", "pcomp", "pobj", "prep", "acl", "dobj", "acomp",
                           "oprd", "attr", "dep", "parataxis", "csubj"):  # ("artillery dug in across the river could pound")
                break
            if h.pos_ in ("NOUN", "PROPN"):
                found = self._noun_cue(h)
                if found:
                    return found
                if h.dep_ in _SUBJ and self._said_false(h.head):
                    return self.no(f"denial: '{h.text} ... false'")  # "Reports that soldiers had burned homes were untrue"
                if h.dep_ == "dobj" and h.head.lemma_.lower() in c.denial_verbs and h.lemma_.lower() in _CONTENT_NOUNS:
                    return self.no(f"denial: '{h.head.text} ... {h.text}'")  # "dismissed reports that jets had hit a school"
                if h.dep_ == "dobj" and h.lemma_.lower() in _CONTENT_NOUNS and any(
                        _called_false(w, c.denial_predicates) for w in (h.head, v)):
                    return self.no(f"denial: '{h.head.text} ... {h.text} as false'")  # "described reports ... as fake news"
            if h.lower_ in c.neg_prepositions:
                return self.no(f"negated: '{h.text} ... {v.text}'")
            if rel == "xcomp" and h.lemma_ == "be" and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in v.children):
                # "The next step is to liberate the province", "The army is to launch an offensive": planned
                return self.no(f"planned: '{h.text} to {v.text}'")
            found = self._lemma_cue(h, v, rel)
            if found:
                return found
            if rel == "ccomp":
                if any(ch.dep_ == "mark" and ch.lower_ in c.conditions for ch in h.children):
                    return self.no(f"condition: '... {h.text} that'")  # "if it were proven that the government had used"
                # a reporting verb: its own auxiliaries say nothing about the reported event
                self._silent_source(h)
                if h.lemma_.lower() in c.unconfirmed and any(ch.dep_ == "neg" for ch in h.children) \
                        and any(ch.dep_ == "mark" and ch.lower_ in ("that", "whether", "if") for ch in v.children):
                    # "Officials did not confirm that a second blast had taken place" (not "did not say who fired")
                    return self.no(f"unconfirmed: 'not {h.text} that'")
                v = h
                while v.dep_ in ("ccomp", "conj") and v.head.i != v.i:
                    v = v.head
                    if v.lemma_.lower() in c.denial_verbs and not _removed_from_office(v, h):
                        # "denied Taliban claims that the insurgents had captured"
                        return self.no(f"denial: '{v.text}'")
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
        if lem in c.denial_verbs and not _removed_from_office(h, below):
            return self.no(f"denial: '{h.text}'")
        if any(ch.dep_ == "prt" and f"{lem} {ch.lower_}" in c.cancelling for ch in h.children):
            return self.no(f"cancelled: '{h.text} off'")  # "called off a rally planned for Saturday"
        if lem in c.neg_verbs and rel not in ("ccomp", "conj"):  # "were stopped ... and forced to disperse": both happened
            return self.no(f"negated: '{h.text}'")
        if lem in ("stay", "keep", "remain") and _via_prep(h, below, ("out",)):
            return self.no(f"negated: '{h.text} out of'")  # "Hamas has so far stayed out of the fighting"
        if lem in c.hyp_verbs and (rel != "ccomp" or lem in c.clause_verbs):
            return self.no(f"hypothetical: '{h.text}'")
        if lem in c.future and rel in ("xcomp", "acomp", "prep", "pcomp") and not (lem == "able" and _achieved(h)):
            return self.no(f"forecast: '{h.text} to'")
        if lem in c.call_verbs and (lem != "call" or rel in ("xcomp", "ccomp")
                                    or _via_prep(h, below, ("for", "on", "upon"))):
            return self.no(f"call: '{h.text}'")
        if lem in c.attempt_verbs and rel == "xcomp":
            return self._attempt(h)
        return None

    def _said_false(self, h: Token) -> bool:
        """ "(Reports ...) were false", "proved baseless", "rejected as baseless (the reports ...)":
        the subject is denied."""
        negated = any(ch.dep_ == "neg" for ch in h.children)  # "(Reports that ...) are not accurate"
        if negated and any(h.lemma_.lower() == v.split()[0] for v in self.c.untrue_when_negated):  # "do not correspond to"
            return True
        return h.lemma_.lower() in self.c.denial_predicates or any(
            ch.dep_ in ("acomp", "attr", "oprd") and (ch.lemma_.lower() in self.c.denial_predicates
                                                     or negated and ch.lemma_.lower() in _TRUE)
            for ch in h.children)

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
            if v.i == self.trigger.i and ch.dep_ == "nsubjpass" and low != "one" and any(
                    d.dep_ == "det" and d.lower_ in c.neg_determiners for d in ch.children):
                # "no opposition activists had been detained" (but "no one was killed in the strike": a toll)
                return self.no(f"negated: '{ch.text} ... {v.text}'")
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


#: what a report is said not to be: "are not accurate", "was not true"
_TRUE = {"accurate", "true", "correct", "right", "credible"}

#: Nouns whose "that" clause is their content, not a relative clause on them.
_CONTENT_NOUNS = words("content_nouns", "nouns")


def _called_false(verb: Token, false_words: frozenset[str]) -> bool:
    """ "described reports that soldiers shot protesters as fake news": what the verb calls its object."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(t.lower_ in false_words for t in c.subtree)
               for c in verb.children)


def _future_time_clause(v: Token) -> Token | None:
    """The verb with "will" or "would" whose "when", "once" or "until" clause holds ``v`` (or a verb
    joined to it), in the present: "the operation will end only when the leadership is removed and
    its weapons seized" tells a condition to come, no seizure."""
    cur = v
    for _ in range(3):
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            break
        cur = cur.head
    if cur.dep_ != "advcl" or cur.tag_ == "VBD" or any(ch.dep_ in ("aux", "auxpass") and ch.tag_ == "VBD" for ch in cur.children) \
            or not any(ch.dep_ in ("mark", "advmod") and ch.lower_ in _TIME_TO_COME for ch in cur.children):
        return None
    main = cur.head
    return main if any(ch.dep_ == "aux" and ch.lower_ in ("will", "would", "shall", "'ll", "wo") for ch in main.children) else None


_TIME_TO_COME = frozenset({"when", "once", "until", "unless", "whenever", "till"})


def _past_time_clause(v: Token) -> bool:
    """A clause that opens with "since", "after" or "when" and tells the past ("since forces
    took the airport", "after rebels had stormed it"): an event given as background, even
    when a merged name leaves the verb no subject of its own."""
    first = v.left_edge
    return first.i < v.i and first.lower_ in ("since", "after", "when") and (
        v.tag_ == "VBD" or any(ch.dep_ == "aux" and ch.lower_ in ("had", "has", "have") for ch in v.children))


def _via_prep(h: Token, below: Token, preps: tuple[str, ...]) -> bool:
    """Is ``below`` under one of ``h``'s prepositions ("called for an end to ...")?"""
    t = below
    while t.head.i != t.i and t.head.i != h.i:
        t = t.head
    return t.head.i == h.i and t.dep_ == "prep" and t.lower_ in preps


def _first_event_token(doc: Doc | Span, cues: ModalityCues) -> Token:
    pat = event_pattern(cues.event_words)
    for tok in doc:
        if pat.fullmatch(tok.lower_ + " ") or pat.match(tok.lower_):
            return tok
    root = doc.root if isinstance(doc, Span) else next((t for t in doc if t.head.i == t.i), doc[0])
    return root


def _removed_from_office(h: Token, below: Token) -> bool:
    """ "Massimov had been dismissed by the president": a person dismissed, no report denied; and a
    clause after a semicolon that the parser hung below it is no content of the verb."""
    passive_person = any(c.dep_ == "auxpass" for c in h.children) and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() not in _CONTENT_NOUNS for c in h.children)
    lo, hi = sorted((h.i, below.i))
    return passive_person or any(t.text == ";" for t in h.doc[lo:hi])
