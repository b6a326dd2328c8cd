"""One event per place: the other places one clause joins to an event's place.

ACLED codes one event per place, so "took Rawa and Anah" is two captures and "shelled Douma
in the east and Daraya in the south" two shellings. The parser hangs the second place in
several ways (a conjunct of the first, a second object with its own preposition, the same
preposition repeated, a conjunct of a bearing or a date), and each is read here.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from warmap.events.date_cues import CALENDAR_WORDS
from warmap.events.reading import COMPASS, Reading, SentenceContext, _token_at_offset
from warmap.places.gazetteer import _km
from warmap.records import Event, PlaceMention

__all__ = ["coordinated_places", "one_per_town"]

_QUARTERS_AFTER = re.compile(r"\s+(?:districts|neighbou?rhoods|quarters)\b")
# "in the east", "in the south": a bearing the parser may hang the next place on
_BEARING_NOUN = re.compile(rf"{COMPASS}|centre|center", re.I)
_KINDS = ("territory", "air", "shelling", "clash", "protest", "protest_force", "protest_intervention", "riot", "transfer")


def _hangers(verb: Token) -> list[Token]:
    """The verb and the date or bearing words under its prepositions: a second object of the
    verb is parsed as a conjunct of any of them ("seized Mosul on June 10 and Sinjar on August 3",
    "shelled Douma in the east and Daraya in the south")."""
    return [verb] + [g for c in verb.children if c.dep_ == "prep" for g in c.children
                     if g.lower_ in CALENDAR_WORDS or _BEARING_NOUN.fullmatch(g.lower_)]


def coordinated_places(r: Reading, ctx: SentenceContext) -> list[Reading]:
    """More places joined to the event's place by "and" ("took Rawa and Anah"), each a reading of its own."""
    if r.place is None or r.place_from_context or r.kind not in _KINDS:
        return []
    doc, base = ctx.sent.doc, ctx.sent.start
    span = doc.char_span(r.place.start - base, r.place.start - base + 1, alignment_mode="expand")  # log time
    head = span[0] if span is not None and len(span) else None
    if head is None:
        return []
    # the second object hangs on the verb (or on a date or bearing under it), with its own date
    obj = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head  # ("the town of Souran on Tuesday and ...")
    verb = obj.head if obj.dep_ == "dobj" and obj.head.i == r.token.i else None
    gapped = [] if verb is None else [c for h in _hangers(verb) for c in h.children if c.dep_ == "conj"
                                      and c.pos_ in ("PROPN", "NOUN") and c.lower_ not in CALENDAR_WORDS]
    prep = head.head if head.dep_ == "pobj" and head.head.dep_ in ("prep", "conj") else None
    # "struck a weapons cache near Fallujah and a mortar team near Kirkuk": each object its place
    obj = prep.head if prep is not None else None
    placed_objects = [] if obj is None or obj.dep_ not in ("dobj", "nsubjpass") else [
        g for c in obj.conjuncts for p in c.children if p.dep_ == "prep" and p.lower_ == prep.lower_
        for g in p.children if g.dep_ == "pobj"]
    # "struck sites in Sanaa as well as in Hodeidah, Taiz and Saada": the same preposition again on the verb
    v = next((a for a in (r.token, *r.token.ancestors) if a.pos_ == "VERB"), r.token)  # ("jets struck": from its subject)
    again = [] if prep is None or v.pos_ != "VERB" else [
        x for p in v.children if p.dep_ == "prep" and p.lower_ == prep.lower_ and p.i > head.i
        for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN" for x in (g, *g.conjuncts)]
    # "strikes in Sirwah and in the Raghwan district": the preposition repeated as a conjunct of the first
    # (also past a part of the first place: "on the outskirts of Maarat al-Numan and on the village of Hbeit")
    outer = prep.head.head if prep is not None and prep.lower_ == "of" and prep.head.dep_ == "pobj" else prep
    again += [] if prep is None or outer is None else [
        g for p in dict.fromkeys([*prep.conjuncts, *outer.conjuncts]) if p.lower_ in (prep.lower_, outer.lower_) and p.i > head.i
        for g in p.children if g.dep_ == "pobj"]
    # "in Merowe, El Fasher and Nyala", the merged second name parsed as an apposition of the first
    listed = [x for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == head.i + 2
              and doc[head.i + 1].text == "," and c.conjuncts for x in (c, *c.conjuncts)]
    # "in the settlements of Chornomorsk of Odesa oblast, Myrhorod of Poltava oblast and ...": a list whose
    # names carry their regions, which the parser cannot join; read from the text
    listed += [t for p in _listed_with_regions(r.place, ctx)
               if (t := _token_at_offset(ctx.sent, p.start)) is not None and t not in listed]
    out = []
    for t in [*head.conjuncts, *gapped, *placed_objects, *again, *listed]:
        if t in head.conjuncts and _QUARTERS_AFTER.match(doc.text, t.idx + len(t.text)):
            continue  # "in the city's Crater and Mualla districts": one city's quarters, one event in it
        p = ctx.place_under(t, base + t.idx) if t.i > head.i else None
        if p is not None and (p.place.name != r.place.place.name or p.mention != r.place.mention) \
                and p.place.kind != "country" and (t not in listed or p.place.kind == "city") \
                and all(x.place.start != p.start for x in out):
            extra = Reading(r.kind, r.trigger, r.token, r.actor1, r.actor2, p)
            extra.typed, extra.confidence, extra.place_role = r.typed, r.confidence, r.place_role
            extra.anchor = t.idx + len(t.text)  # "... and al-Baghdadi in February": its date comes after it
            out.append(extra)
    if any(x.place.place.name != r.place.place.name for x in out):
        for x in (r, *out):
            x.shared = True  # one toll told for several places is no one place's
    return out


#: a region written after a town in a list ("Myrhorod of Poltava oblast", "Kunar in Kunar province")
_REGION_AFTER = re.compile(r"(?:\s+(?:of|in)\s+(?:[A-Z][\w'’-]+\s+){1,3}(?i:oblast|province|region|governorate|state|district))?")
_LIST_GAP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _listed_with_regions(first: PlaceMention, ctx: SentenceContext) -> list[PlaceMention]:
    """The towns listed after ``first``, each after a region ("A of X oblast, B of Y oblast and C")."""
    text, base = ctx.text, ctx.sent.start
    starts = {p.start - base: p for p in ctx.places if p.place.kind == "city"}
    out, at = [], first.end - base
    while True:
        region = _REGION_AFTER.match(text, at)
        if region.end() == at:
            return out  # (a plain list is the parser's; "Vylkove, Odesa" is a town and its region)
        at = region.end()
        gap = _LIST_GAP.match(text, at)
        nxt = starts.get(gap.end()) if gap is not None else None
        if nxt is None:
            return out
        out.append(nxt)
        at = nxt.end - base


#: A place this near a big town's centre, and smaller than it, is a quarter or suburb of it
_SUBURB_KM = 6.0
_BIG_TOWN = 100_000


def one_per_town(events: list[Event]) -> list[Event]:
    """One event per town and day: "marched through Yangon ... gathered at the Hledan junction"
    is the Yangon protest, not a second one at Hledan, a quarter 3 km from the centre (a
    same-day event of the same sub-type and doer, told in another sentence, at a small place that
    near a big town; towns one sentence names together are events of their own)."""
    def folded(e: Event) -> bool:
        p = e.location.place if e.location is not None else None
        if p is None or p.kind != "city" or p.population >= _BIG_TOWN:
            return False
        return any(o is not e and o.location is not None and o.location.place.kind == "city"
                   and o.location.place.population >= _BIG_TOWN and o.sub_event_type == e.sub_event_type
                   and o.when.date == e.when.date and _km(o.location.place, p) < _SUBURB_KM
                   and (e.actor1 is None or o.actor1 is None or e.actor1.actor.id == o.actor1.actor.id)
                   and _told_apart(o, e)  # ("shelled Douma, Hamouriyeh and Saqba": three events)
                   for o in events)
    return [e for e in events if not folded(e)]


def _told_apart(a: Event, b: Event) -> bool:
    """Do two events come from different sentences?"""
    return bool(a.sources and b.sources) and a.sources[0].sentence != b.sources[0].sentence
