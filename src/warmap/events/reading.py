"""What the extraction stages share about one parsed sentence: the ``SentenceAnalysis`` that
the pipeline hands in, one trigger's ``Reading`` of it, the ``SentenceContext`` of the
mentions inside it, and the token/character-span helpers between them.

It imports no other extraction stage, so every stage can import it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Token

from warmap.actors import load_actors
from warmap.events.first_chars import guarded
from warmap.events.items import Item
from warmap.events.triggers import TriggerMatch
from warmap.nlp.spans import SpanIndex
from warmap.records import ActorMention, DateWindow, PlaceMention


@dataclass(frozen=True)
class SentenceAnalysis:
    """One parsed sentence: its span in the article and its spaCy doc."""

    start: int
    end: int
    doc: Doc


@dataclass
class Reading:
    """One trigger's reading of a sentence, before the hierarchy is applied."""

    kind: str
    trigger: TriggerMatch
    token: Token
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    place: PlaceMention | None = None
    place_from_context: bool = False
    place_role: str = ""
    actor2_guessed: bool = False
    actor1_guessed: bool = False
    victims_civilian: bool = False
    victims_armed: bool = False
    typed: tuple[str, str] = ("", "")
    confidence: float = 0.9
    item: Item | None = None  # the list item the trigger stands in ("17 civilians in shelling on Saqba")
    anchor: int | None = None  # where in the sentence to look for its date, if not at the trigger
    own_date: DateWindow | None = None  # the date nearest it in the parse, when the sentence gives two
    place_unknown: bool = False  # the text says where only as "north of the capital": no place to code
    background: bool = False  # a capture told as the time of another ("after the capture of X last week")
    air_story: bool = False  # the article has told air strikes already: a bare "strike" in it is one too
    protest_before: bool = False  # the paragraph's sentence before is about a protest
    dated: bool = False  # its sentence names a date of its own
    shared: bool = False  # one of the places a trigger names together ("in Douma, Hamouriyeh and Saqba")
    names_own_place: bool = False  # no place, but it names one the gazetteer lacks ("killed 92 soldiers at Bohoma")


# -- span helpers ---------------------------------------------------------------------


def _subtree_span(tok: Token, base: int) -> tuple[int, int]:
    left, right = tok.left_edge, tok.right_edge
    return base + left.idx, base + right.idx + len(right.text)


def _token_span(tok: Token, base: int) -> tuple[int, int]:
    return base + tok.idx, base + tok.idx + len(tok.text)


def _inside(m_start: int, m_end: int, span: tuple[int, int]) -> bool:
    return m_start >= span[0] and m_end <= span[1]


def _overlaps(m_start: int, m_end: int, span: tuple[int, int]) -> bool:
    return m_start < span[1] and m_end > span[0]


def _first_in(mentions: Sequence, span: tuple[int, int], near: int) -> object | None:
    inside = [m for m in mentions if _overlaps(m.start, m.end, span)]
    if not inside:
        return None
    return min(inside, key=lambda m: (m.start > near, abs(m.start - near)))


_HOMETOWN = guarded(re.compile(r"\b\d{1,3},\s+(?:of|from)\s+(?:(?-i:[A-Z])[\w.'-]*\s+){0,3}?(?:(?-i:[A-Z])[\w.'-]*,\s+)?$"))

#: An end of a strategic route ("the main road linking the militants' strongholds of Raqqa and
#: Mosul", "their supply route between Raqqa and the Turkish border") is not where its fighting was
_ROUTE_END = guarded(re.compile(
    r"\b(?:(?:supply|smuggling)\s+(?:routes?|lines?|roads?|corridors?)\b[^,.;:()]{0,12}?\b(?:between|from|linking|connecting)"
    r"|(?:roads?|routes?|highways?|motorways?|corridors?|arter(?:y|ies)|links?|lines?|bridges?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:linking|connecting|joining))\s+(?:[\w'’-]+\s+){0,10}$", re.I))

#: the points of the compass, as a bearing word ("north", "south-eastern") may begin
COMPASS = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"

#: "about 120 miles north of Mogadishu": a town named only as a distant landmark
_DISTANCE_BEFORE = re.compile(rf"\b(\d[\d,.]*)\s*(km|kilomet(?:er|re)s?|miles?)\s+(?:\([^)]{{1,20}}\)\s+)?"
                              rf"(?:{COMPASS}\s+)?(?:of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}$", re.I)
_VESSEL = re.compile(r"\b(?:(?:container|cargo|merchant|commercial)\s+(?:ship|vessel)s?|tankers?|car\s+carriers?|bulk\s+carriers?"
                     r"|freighters?|warships?|destroyers?|frigates?|small\s+boats|skiffs|shipping\s+lanes?)\b", re.I)
_SEA_WORD = re.compile(r"Sea\b|Gulf|Mediterranean|Ocean|Mandeb|\bwaters\b|high seas")
_AT_SEA = re.compile(r"\b(?:in|into|over|across|on|off)\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|central)\s+)?"
                     r"(?:Red\s+Sea|Gulf\s+of\s+Aden|Arabian\s+Sea|Black\s+Sea|Sea\s+of\s+Azov|Mediterranean|Persian\s+Gulf"
                     r"|Gulf\s+of\s+Oman|Bab\s+el-Mandeb|Indian\s+Ocean|high\s+seas|international\s+waters)\b")
#: Farther than this from the town it names, a place is no longer "near" it (ACLED's precision 2)
FAR_KM = 50


#: ", south of Mogadishu" right after a place: where that place lies, not a place of its own
_BEARING_AFTER_PLACE = re.compile(r",\s+(?:(?:about|some|roughly|around|nearly)\s+)?(?:[\d,.]+\s*(?:km|kilomet(?:er|re)s?|miles?)\s+)?"
                                  rf"{COMPASS}\s+of\s+(?:the\s+)?$", re.I)


def _landmark_of(sentence: str, at: int, ends: set[int]) -> bool:
    m = _BEARING_AFTER_PLACE.search(sentence, max(0, at - 60), at)
    return m is not None and m.start() in ends


def _far_from(sentence: str, at: int) -> bool:
    m = _DISTANCE_BEFORE.search(sentence, max(0, at - 80), at)
    if m is None:
        return False
    try:
        n = float(m.group(1).replace(",", ""))
    except ValueError:
        return False
    return n * (1.609 if m.group(2).lower().startswith("mile") else 1.0) > FAR_KM


#: "the village, which sits on the Euphrates River": where the place lies, not where the event was
_SITS_ON = guarded(re.compile(r",\s+(?:which|that)\s+(?:sits|lies|is\s+(?:located|situated)|stands|straddles)\s+"
                              r"(?:[\w'’-]+\s+){0,6}?(?:on|along|near|by|in|beside|of|from)\s+(?:the\s+)?$", re.I))

#: "on the eastern bank of the Blue Nile opposite Wad Madani": a river (not Blue Nile state) and a landmark
_BANK_OR_FACING = re.compile(r"\b(?:(?:banks?|shores?)\s+of\s+(?:the\s+)?|opposite\s+|across\s+(?:the\s+river\s+)?from\s+"
                             # "many people were leaving on foot toward Sennar": where the fleeing went
                             r"|(?:leaving|fleeing|fled|flee|escaping|escaped)\s+(?:[\w-]+\s+){0,3}?(?:toward|towards|to|for)\s+"
                             r"(?:[A-Z][\w'-]+(?:\s+and\s+|,\s+))?)$", re.I)

_RIVER = re.compile(r"\briver\b(?!\s+valley)", re.I)


def _in_own_name(p: PlaceMention, a: ActorMention) -> bool:
    """The place is written inside the actor's mention as part of one of its own names."""
    if a.generic or not (a.start <= p.start and p.end <= a.end):
        return False
    entry = load_actors().entry(a.actor.id)
    written = p.mention.lower()
    return any(written in name.lower() for name in (entry.actor.name, *entry.aliases))


#: prepositions of the side a deed is done to ("fired rockets at the YPG", "clashed with IS")
PATIENT_PREPS = frozenset({"on", "against", "with", "targeting", "upon", "at"})
#: ... and of what a deed was aimed at ("driven into the police academy")
_AIMED_AT = PATIENT_PREPS | {"into"}


class SentenceContext:
    """Mentions inside one sentence, and how to look them up by span."""

    def __init__(self, sent: SentenceAnalysis, sentence: str, actors: SpanIndex[ActorMention],
                 places: SpanIndex[PlaceMention], article: str = ""):
        self.sent = sent
        self.text = sentence  # the sentence as in the article (Doc.text is rebuilt on every call)
        self.article = article  # the article's text (where a pronoun's antecedent stands, events/pronouns.py)
        self.actors = actors.inside(sent.start, sent.end)
        self.all_actors = actors  # (the article's: a pronoun's antecedent, events/pronouns.py)
        self.all_places = places  # (the article's: its dateline's town, events/unknown_place.py)
        # "Scott Dayton, 42, of Woodbridge, Virginia, died ... in Syria": a hometown is no place of the event
        # nor is a region in a group's own name ("Islamic State in the Sahel"); a branch named
        # by its town ("Nusra's Albu Kamal branch") is placed there
        inside = places.inside(sent.start, sent.end)
        ends = {q.end - sent.start for q in inside}
        seas = [(m.start() + sent.start, m.end() + sent.start) for m in _AT_SEA.finditer(sentence)] \
            if _SEA_WORD.search(sentence) else []
        self.places = [p for p in inside if not any(a <= p.start < b for a, b in seas)  # ("the Gulf of Aden")
                       and not _HOMETOWN.search(sentence, max(0, p.start - sent.start - 60), p.start - sent.start)
                       and not _landmark_of(sentence, p.start - sent.start, ends)
                       and not _ROUTE_END.search(sentence, max(0, p.start - sent.start - 110), p.start - sent.start)
                       and not _SITS_ON.search(sentence, max(0, p.start - sent.start - 90), p.start - sent.start)
                       and not _BANK_OR_FACING.search(sentence, max(0, p.start - sent.start - 40), p.start - sent.start)
                       and not any(_in_own_name(p, a) for a in self.actors)]
        # "a camp about 120 miles north of Mogadishu": a landmark far from the place, which goes unnamed
        self.far = [p for p in self.places if _far_from(sentence, p.start - sent.start)]
        if self.far:
            self.places = [p for p in self.places if p not in self.far]
        # ... or at sea ("shot down 18 drones fired towards shipping lanes in the southern Red Sea"):
        # the place goes unnamed rather than the story's town
        # (a ship's deed in a sentence that names no place is at sea too: "sank three Houthi small boats
        # whose crews had fired on the container ship")
        self.elsewhere = bool(self.far or seas or not self.places and _VESSEL.search(sentence))

    @cached_property
    def towns(self) -> list[PlaceMention]:
        """The places that can be where something happened: not a country, a government
        ("at Baghdad's request", "Ankara said") or a road ("along the Palmyra road").
        Read once per sentence, as every phrase looked at asks for them."""
        return [p for p in self.places if p.place.kind != "country" and not self.possessive(p)
                and not _ROAD.match(self.text, p.end - self.sent.start) and not self.speaker(p)
                and not _ACCORD.match(self.text, p.end - self.sent.start)
                and not _WAR_NAME.match(self.text, p.end - self.sent.start)]

    def speaker(self, p: PlaceMention) -> bool:
        """ "Washington said", "the invasion that Ankara calls ...", "Davis said": a capital
        (or a name) speaking is a government or a person, not where anything happened."""
        at = p.start - self.sent.start
        span = self.sent.doc.char_span(at, at + 1, alignment_mode="expand")  # log time, not a walk over tokens
        tok = span[0] if span is not None and len(span) else None
        while tok is not None and tok.dep_ == "compound":
            tok = tok.head
        return tok is not None and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SPEECH

    def possessive(self, p: PlaceMention) -> bool:
        """ "at Baghdad's request": a place standing for its government, unless what
        follows is part of the place ("Aleppo's eastern districts")."""
        text = self.text
        at = p.end - self.sent.start
        if text[at:at + 2] not in ("'s", "\u2019s"):
            return False
        return _PLACE_PART.match(text, at + 2) is None

    def actor_under(self, tok: Token, near: int) -> ActorMention | None:
        """The actor a phrase names: the one on its head word, else its first one
        ("Peshmerga forces, backed by US air strikes" names the Peshmerga)."""
        head = _token_span(tok, self.sent.start)
        for a in self.actors:
            if _overlaps(a.start, a.end, head):
                # "aircraft of the US-led coalition": the owner named, not a generic "aircraft"
                return (self._owner(tok) or a) if a.generic else a
        span = _subtree_span(tok, self.sent.start)
        # ("the strike, which targeted a network of Islamic State caves, killed 94", "a bomb blast targeting
        # police killed five": what its relative clause acted on is no side of the phrase)
        targets = [_subtree_span(o, self.sent.start) for c in tok.children
                   if c.dep_ == "relcl" or c.dep_ == "acl" and c.lemma_.lower() in ("target", "aim", "hit", "strike")
                   for o in c.children if o.dep_ == "dobj"]  # (not "a bus carrying farmers": the farmers were on it)
        # ("the car bomb that was driven into the police academy killed 21": where it was aimed)
        targets += [_subtree_span(p, self.sent.start) for c in tok.children if c.dep_ == "relcl"
                    for p in c.children if p.dep_ == "prep" and p.lower_ in _AIMED_AT]
        inside = [a for a in self.actors if _overlaps(a.start, a.end, span)
                  and not any(_overlaps(a.start, a.end, t) for t in targets)]
        return min(inside, key=lambda a: a.start) if inside else None

    def _owner(self, tok: Token) -> ActorMention | None:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    span = _subtree_span(g, self.sent.start)
                    named = [a for a in self.actors if _overlaps(a.start, a.end, span) and not a.generic]
                    if g.dep_ == "pobj" and named:
                        return min(named, key=lambda a: a.start)
        return None

    def in_a_name(self, m) -> bool:
        """Is trigger match ``m`` a capitalised word inside a group's name ("the Tigray People's
        Liberation Front", "the Kosovo Liberation Army")?"""
        at, end = self.sent.start + m.start, self.sent.start + m.end
        return m.text[:1].isupper() and any(not a.generic and a.start <= at and end <= a.end for a in self.actors)

    def actor_at(self, tok: Token) -> ActorMention | None:
        start, end = _token_span(tok, self.sent.start)
        for a in self.actors:
            if a.start <= start and end <= a.end:
                return a
        return None

    def town_for_river(self, place: PlaceMention | None, near: int) -> PlaceMention | None:
        """A river is where a town or a crossing lies ("the Euphrates River town", "a crossing of the
        Euphrates River"): the town the sentence names, nearest the trigger, is the place."""
        if place is None or place.place.kind != "region" or not _RIVER.search(place.mention):
            return place
        towns = [p for p in self.towns if p.place.kind == "city"]
        return min(towns, key=lambda p: abs(p.start - near)) if towns else place

    def antecedent_place(self, verb: Token) -> PlaceMention | None:
        """The place a relative clause's object stands for: "Qayyarah West airfield, which the ISF
        seized in July" (the noun phrase before "which", not the clause's own words); the place a
        "where" clause tells of ("away from Aleppo, where rebels and the army fought")."""
        if verb.dep_ != "relcl" or not any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("which", "that")
                                           or c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
            return None
        ante = verb.head
        lo, hi = self.sent.start + ante.left_edge.idx, self.sent.start + ante.idx + len(ante.text)
        return next((p for p in self.towns if lo <= p.start and p.end <= hi), None)

    def place_under(self, tok: Token, near: int) -> PlaceMention | None:
        """The place a phrase names: the one on its head word ("in Nasiriyah, the capital of
        Dhi Qar province", "into Bartella, a town near Mosul"), else the nearest in it."""
        cands = self.towns
        if not cands:
            return None
        heads = [tok] + [c for c in tok.children if c.dep_ == "pobj"] if tok.dep_ == "prep" else [tok]
        for h in heads[1:] if tok.dep_ == "prep" else heads:
            on_head = [p for p in cands if _overlaps(p.start, p.end, _token_span(h, self.sent.start))]
            if on_head and h.pos_ == "PROPN":
                return on_head[0]
        return _first_in(cands, _subtree_span(tok, self.sent.start), near)  # type: ignore[return-value]


def token_from(doc: Doc, at: int) -> Token | None:
    """The first token that starts at or after character ``at`` of the sentence. The token
    starts are kept in the Doc's user data: a walk over the tokens per mention is quadratic."""
    starts = doc.user_data.get("warmap_token_starts")
    if starts is None:
        starts = doc.user_data["warmap_token_starts"] = [t.idx for t in doc]
    i = bisect_left(starts, at)
    return doc[i] if i < len(starts) else None


def _token_at_offset(sent: SentenceAnalysis, at: int) -> Token | None:
    if sent.doc is None:
        return None
    span = sent.doc.char_span(at - sent.start, at - sent.start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


_PLACE_PART = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:districts?|neighbou?rhoods?|quarters?|suburbs?|outskirts|centre|center|"
    r"old\s+city|airport|airbase|base|bridge|countryside|province|gates?|streets?|camp|prison|hospital|port|"
    r"townships?|villages?|towns?|counties|county|municipality|squares?|markets?|roundabouts?|avenues?|boulevards?|"
    r"parks?|mosques?|churches|church|cathedral|university|stadium|palace|parliament|stations?|hotels?|schools?|"
    r"residential|southern|northern|eastern|western|areas?)\b", re.I)

_SPEECH = {"say", "call", "tell", "claim", "accuse", "deny", "insist", "condemn", "warn", "announce", "state",
           "add", "argue", "allege", "blame", "describe", "welcome", "urge", "note", "confirm", "report", "dismiss"}

_ROAD = re.compile(r"[\s-]+(?:road|highway|motorway|expressway)\b", re.I)
#: "under the Astana de-escalation agreement", "the Minsk accords": a deal named by the town it was made in
_ACCORD = re.compile(r"\s+(?:(?!(?:under|in|on|at|after|by|for|of|with|a|an|the|and|to)\b)[\w-]+\s+){0,2}?(?:agreements?|accords?|deal|talks|process|format|memorandum|declaration"
                     r"|protocol|peace\s+plan|negotiations)\b", re.I)

#: "during the Tigray war", "the Darfur conflict": a war named by its region, not where a deed was done
_WAR_NAME = re.compile(r"\s+(?:war|conflict|crisis|insurgency)\b", re.I)


def _token_at(doc: Doc, m: TriggerMatch) -> Token | None:
    """The syntactic head of the trigger words (e.g. "strikes" in "air strikes")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    toks = list(span) if span is not None else []
    if not toks:
        return None
    ids = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    return heads[0] if heads else toks[0]


def clause_head(tok: Token) -> Token:
    """The verb that governs a nominal trigger ("air strikes" in "air strikes killed ...")."""
    cur = tok
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ == "ROOT":
            return cur
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
            cur = cur.head.head
        else:
            cur = cur.head
    return cur
