"""Where a text names a place no one knows: a proper name neither the gazetteer nor the actor
dictionary holds ("the post at Inata"), or a town it leaves unnamed ("a northeastern Syrian
town"). Better no place than the story's town or the reporter's dateline."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from spacy.tokens import Token

from warmap.events.date_cues import CALENDAR_WORDS
from warmap.events.filters import clause_head
from warmap.nlp.sentences import dateline_spans
from warmap.events.reading import _DISTANCE_BEFORE, Reading, SentenceContext
from warmap.events.people import a_person
from warmap.events.territory import BUILDINGS
from warmap.events.vocabulary import words
from warmap.records import PlaceMention


# Capitalised words for a part of the story's town ("the Old City", "the Citadel"): no unknown name.
_CITY_QUARTERS = frozenset({"neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "quarter", "quarters",
                            "street", "streets", "square", "road", "roads", "avenue", "boulevard", "lane", "way"})
_TOWN_PART_WORDS = frozenset({"old", "city", "citadel", "downtown", "centre", "center", "souk", "bazaar"})
#: "in Lamu County": the unit's word is no name of its own (its name, "Lamu", is asked about as such)
_UNIT_WORDS = frozenset({"county", "district", "province", "region", "governorate", "state", "division", "prefecture",
                         "department", "municipality", "zone", "township", "commune", "subdistrict", "locality"})
#: "signed the new Final Agreement": a paper's name, no place
_PAPERS = frozenset({"agreement", "accord", "accords", "deal", "treaty", "memorandum", "ceasefire", "truce", "declaration",
                     "protocol", "pact", "charter", "resolution", "roadmap", "plan", "initiative"})
_VEHICLES = words("vehicles", "nouns")
_FAITHS = words("faiths", "words")
#: "attacks on shipping in the Red Sea": a sea is no town the gazetteer lacks
_WATERS = frozenset({"sea", "gulf", "ocean", "strait", "straits", "waters"})


#: "rebel shelling of a neighborhood in the city's center": the story's city, named by its kind
_THE_CITY = re.compile(r"\bthe\s+city(?:['’]s)?\b(?!\s+of\b)", re.IGNORECASE)


def still_unknown_scene(sentence: str, places: Iterable[PlaceMention]) -> bool:
    """Is a sentence told right after an event at a place no one knows still at that place?
    Not when it names a town of its own, nor when it speaks of "the city": a place the gazetteer
    lacks is a village, a district or a quarter ("pounded positions in al-Hawban, on the city's
    outskirts"), and "the city" is the story's (one it lacks, "the city of X", is no story town,
    ``placing.story_place``)."""
    return not any(p.place.kind != "country" for p in places) and _THE_CITY.search(sentence) is None


def names_unknown_place(tok: Token, ctx: SentenceContext) -> bool:
    """The event's object or place phrase is a proper name neither the gazetteer nor the
    actor dictionary knows ("the Tharthar Barrage was captured"): better no place than
    the story's town. (Asked once per trigger: the extraction loop and ``group_place`` share
    the answer, kept in the sentence's Doc.)"""
    known = tok.doc.user_data.setdefault("warmap_unknown_place", {})
    if tok.i not in known:
        known[tok.i] = _names_unknown_place(tok, ctx)
    return known[tok.i]


def _names_unknown_place(tok: Token, ctx: SentenceContext) -> bool:
    verb = tok if tok.pos_ in ("VERB", "AUX") else clause_head(tok)
    verbs = [verb]
    while verbs[-1].dep_ in ("advcl", "conj", "xcomp") and verbs[-1].head.pos_ in ("VERB", "AUX") and len(verbs) < 3:
        verbs.append(verbs[-1].head)  # "hit the town of Tinzaouaten ..., killing 21 civilians": the clause it hangs on
    # "71 soldiers were killed when jihadists stormed a military camp at Inates": the clause that tells how
    # (not an "as" clause: "detonated his explosives as the afternoon prayers began" tells when)
    verbs += [c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ in ("advmod", "mark") and m.lower_ == "when" for m in c.children)]
    # (one killed or taken is a person, not a place: "Dawa Khan Menapal ... was shot dead by gunmen in Kabul")
    slots = [c for v in verbs for c in v.children if c.dep_ == "dobj" and v.lemma_.lower() not in _DONE_TO_PEOPLE
             or c.dep_ == "nsubjpass" and v is verb and v.lemma_.lower() not in _DONE_TO_PEOPLE]
    slots += [g for v in verbs for p in v.children if p.dep_ == "prep" for c in (p, *p.conjuncts)  # ("in and around")
              if c.lower_ in ("in", "at", "near", "into", "over", "around", "outside") for g in c.children if g.dep_ == "pobj"]
    # "carried out an air strike on Friday near Galcad": the place hung on the day, or on its "on"
    days = [d for v in verbs for c in v.children if c.dep_ == "prep" for d in c.children
            if d.dep_ == "pobj" and d.lower_ in CALENDAR_WORDS]
    slots += [g for d in days for h in (d, d.head) for p in h.children
              if p.dep_ == "prep" and p.lower_ in ("in", "at", "near") for g in p.children if g.dep_ == "pobj"]
    if tok.pos_ in ("NOUN", "PROPN"):  # "Sunday's attack by gunmen on the gendarmerie detachment at Inata"
        # (a PROPN too: a trigger merged with its actor, "US air strike")
        slots += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "near")
                  for g in c.children if g.dep_ == "pobj"]
        slots += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for o in c.children
                  if o.dep_ == "pobj" for d in o.children if d.dep_ == "prep" and d.lower_ in ("at", "in", "near")
                  for g in d.children if g.dep_ == "pobj"]  # (and "an air strike on Friday near Galcad")
    # "took the women and girls of Kocho away": the object's own place phrase
    slots += [g for t in list(slots) for h in (t, *t.conjuncts) for c in h.children
              if c.dep_ == "prep" and c.lower_ in ("of", "in", "from", "at", "around", "near") for g in c.children if g.dep_ == "pobj"]
    # "killed in Sunday's assault on a compound in the village of Yakla": a phrase of the object's phrase
    # (its "on" hung on the verb or on the assault)
    slots += [g for t in [*verbs, *(t for t in slots if t.pos_ == "NOUN")] for c in t.children
              if c.dep_ == "prep" and c.lower_ in ("on", "against") for o in c.children if o.dep_ == "pobj"
              for p in o.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "near") for g in p.children
              if g.dep_ == "pobj"]
    # "overran a checkpoint held by Misrata militiamen at Abu Grein": where the object stood
    slots += [g for t in list(slots) for a in t.children if a.dep_ == "acl" for c in a.subtree
              if c.dep_ == "prep" and c.lower_ in ("in", "at", "near") for g in c.children if g.dep_ == "pobj"]
    # "beaten back an attack on the town of Maardes": the town attacked
    slots += [o for t in [*verbs, *(t for t in slots if t.pos_ == "NOUN")] for c in t.children
              if c.dep_ == "prep" and c.lower_ in ("on", "against") for o in c.children
              if o.dep_ == "pobj" and o.tag_ == "NN" and o.lemma_.lower() in _SETTLEMENT_NOUNS and o not in slots]
    # ("executed 500 people in the central town of Moura": the town's own name)
    slots += [g for t in list(slots) if t.lemma_.lower() in _SETTLEMENT_NOUNS for c in t.children
              if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and g not in slots]
    # "killed 14 people during a service at a church in Hantoukoura": a chain of phrases from the verb
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _CHAIN_PREPS]
    for _ in range(3):
        objs = [g for p in preps for g in p.children if g.dep_ == "pobj"]
        slots += [g for p in preps if p.lower_ in ("in", "at", "near") for g in p.children if g.dep_ == "pobj" and g not in slots]
        preps = [c for g in objs for c in g.children if c.dep_ == "prep" and c.lower_ in _CHAIN_PREPS]
    base = ctx.sent.start
    known = [(m.start, m.end) for m in [*ctx.places, *ctx.actors]]

    def unknown_name(t: Token) -> bool:
        # (a plural name is a people, "nine Palestinians were killed", unless a town's: "the town of Maardes")
        people = t.tag_ == "NNPS" and not (t.head.lower_ == "of" and t.head.head.lemma_.lower() in _SETTLEMENT_NOUNS)
        if t.pos_ != "PROPN" or people or not t.text[:1].isupper() \
                or t.lower_ in CALENDAR_WORDS | _TOWN_PART_WORDS | _WATERS | _UNIT_WORDS | _FAITHS \
                or t.dep_ == "compound" and t.head.lower_ in _WATERS:
            return False
        at = base + t.idx
        return not any(s <= at < e for s, e in known)

    # "captured Jabal Badro and Ba'ideen neighbourhoods": quarters of the story's city, not a place elsewhere
    def quarters(t: Token) -> bool:  # (the noun may end the coordination: "Jabal Badro and Ba'ideen neighbourhoods")
        return t.lemma_.lower() in _CITY_QUARTERS or any(c.dep_ == "conj" and c.lemma_.lower() in _CITY_QUARTERS
                                                          for c in t.children)

    # "Istanbul's Taksim Gezi Park", "the Pushkinskaya metro station in Minsk": a site in a town it names
    towns = [(m.start, m.end) for m in ctx.places if m.place.kind == "city"]

    def a_town(t: Token) -> bool:
        return any(s <= base + t.idx < e for s, e in towns)

    def a_site(t: Token) -> bool:  # ("the Teatro Colon": the site's word before its name)
        return t.lemma_.lower() in _SITES_IN_TOWNS or t.lower_ in _SITES_IN_TOWNS or any(  # ("building" read as a verb)
            c.dep_ == "compound" and c.lemma_.lower() in _SITES_IN_TOWNS for c in t.children)

    def site_in_town(t: Token, depth: int = 0) -> bool:  # ("the shrine at central Bangkok's Ratchaprasong intersection")
        return a_site(t) and any(
            c.dep_ == "poss" and a_town(c) or c.dep_ == "prep" and c.lower_ in ("in", "of", "at") and any(
                g.dep_ == "pobj" and (a_town(g) or depth < 2 and site_in_town(g, depth + 1)) for g in c.children)
            for c in t.children)

    # ("exploded at the Erawan shrine at central Bangkok's Ratchaprasong intersection": a site beside one in a town)
    in_town = any(a_town(t) or site_in_town(t) for t in slots) or _filed_from_a_town(ctx)
    # ("Opposition Coordination Council member Maria Kalesnikava was seized": a person, by a title before the name)
    # ("in Bujumbura's Mukaza commune": a part of the town that owns it)
    return any(not quarters(t) and not (a_site(t) and in_town) and t.lower_ not in _PAPERS
               and not any(c.dep_ == "poss" and a_town(c) for h in (t, *(c for c in t.children if c.dep_ == "compound"))
                           for c in h.children)
               and not (t.dep_ in ("dobj", "nsubjpass") and a_person(t))
               and (unknown_name(t) or t.lower_ not in _VEHICLES  # ("drove a Mitsubishi minivan": its make)
                    and any(c.dep_ == "compound" and unknown_name(c) for c in t.children))
               for t in slots)


def _filed_from_a_town(ctx: SentenceContext) -> bool:
    """ "SRINAGAR: ... militants hurled a grenade near the Amira Kadal bridge": a site in a wire
    story filed from a town the gazetteer knows is in that town (placed from the story)."""
    spans = dateline_spans(ctx.article[:200]) if ctx.article else []
    return bool(spans) and spans[0][0] == 0 and any(m.place.kind == "city" for m in ctx.all_places.inside(0, spans[0][1]))


def names_unnamed_town(tok: Token) -> bool:
    """ "liberated a northeastern Syrian town": the object is a town the sentence does not
    name (the report names it elsewhere, if at all), so the story's town is not its place."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else clause_head(tok)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.pos_ == "NOUN":  # "the seizure of rural districts and border crossings"
        objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    # "a northeastern Syrian town"; "rural districts" (many, none named: a campaign's, no one town's);
    # "seized two more provincial capitals" (counted, not named)
    return any(c.lemma_.lower() in _SETTLEMENT_NOUNS | {"capital"} and not _in_the_town(c) and (
        any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        or c.tag_ == "NNS" and not any(d.dep_ in ("det", "prep", "poss") or d.pos_ == "PROPN"
                                       or d.lower_ in ("several", "many", "some", "remaining") for d in c.children))
        for c in objects)


def _in_the_town(noun: Token) -> bool:
    """ "a residential neighborhood in the city's center": a part of the story's town, no other town."""
    return any(p.dep_ == "prep" and p.lower_ in ("in", "of", "inside") and any(
        t.lower_ in ("city", "town") and any(d.lower_ == "the" for d in t.children) for t in p.subtree)
        for p in noun.children)


_DONE_TO_PEOPLE = {"kill", "shoot", "murder", "assassinate", "wound", "injure", "abduct", "kidnap", "arrest", "detain",
                   "behead", "execute", "stab", "lynch", "rape", "torture", "gun"}
_CHAIN_PREPS = {"during", "at", "in", "near", "on", "inside", "outside"}
_SETTLEMENT_NOUNS = {"town", "city", "village", "hamlet", "settlement", "district", "neighbourhood", "neighborhood"}


def group_place(group: list[Reading], best: Reading, ctx: SentenceContext) -> tuple[PlaceMention | None, bool]:
    """The place of one event read from several words: the first town one of them names; and
    whether one of its words names a place no one knows. A place taken from the story does not
    stand then ("an air strike near Galcad ..., killing 30 fighters": not the dateline's Mogadishu)."""
    names = [names_unknown_place(g.token, ctx) for g in group]
    # a town found nowhere in the word's own phrases, beside its object that names a place no one
    # knows, is another clause's ("seized the village of Sabiid ... pushing Al-Shabaab out of the
    # farmland west of Mogadishu"; "regained Mullah Abdullah, and the militants retreated toward Hawija")
    # (not the town a village no one knows is told to lie near: "in Tabit, a village about 45 kilometres
    # southwest of El Fasher" is coded to El Fasher, ACLED's precision 2)
    near = [g.place is not None and _DISTANCE_BEFORE.search(ctx.text, max(0, g.place.start - ctx.sent.start - 80),
                                                          g.place.start - ctx.sent.start) is not None for g in group]
    stray = [n and g.place is not None and not g.place_role and not g.place_from_context and not m
             for g, n, m in zip(group, names, near)]
    unknown = any((g.place is None or s) and (n or g.place_unknown) for g, n, s in zip(group, names, stray))  # ("two more provincial capitals")
    told = [g for g, s in zip(group, stray) if g.place is not None and not s and not (unknown and g.place_from_context)]
    place = next((g.place for g in told if g.place.place.kind != "admin1"), None)
    if place is not None and any(m and g.place is place for g, m in zip(group, near)) and any(names):
        place = dataclasses.replace(place, geo_precision=2)
    if place is None:
        place = None if unknown and (best.place_from_context or stray[group.index(best)]) else best.place
    return place, any(names)


#: Sites one event happens at ("stormed an army base in northern Afghanistan")
_SITES = {"base", "camp", "post", "outpost", "checkpoint", "village", "town", "market", "mosque", "church", "school",
          "hospital", "hotel", "compound", "barracks", "airport", "airbase", "prison", "station", "convoy", "patrol",
          "headquarters", "garrison", "bus", "building", "office", "embassy", "bridge"}


def one_site(tok: Token) -> bool:
    """The trigger's object is one site, named by a singular noun ("stormed an army base in northern
    Afghanistan, killing 100 soldiers"): one event whose town the report gives after, not a country's
    tally ("In Syria, the coalition conducted 12 strikes")."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else clause_head(tok)
    # ("stormed a school ... and carted off 100 students": the deed that followed, at that site)
    objects = [c for v in (verb, *((verb.head,) if verb.dep_ == "conj" else ())) for c in v.children
               if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children
                if g.dep_ == "pobj"]
    # ("a girls' boarding school": the article hung on the possessive)
    return any(o.lemma_.lower() in _SITES and o.tag_ == "NN" and any(d.dep_ == "det" and d.lower_ in ("a", "an")
                                                                      for p in (o, *(c for c in o.children if c.dep_ == "poss"))
                                                                      for d in p.children) for o in objects)


def takes_an_unknown_place(tok: Token) -> bool:
    """ "took back the nearby town of Siniyah", "cleared al-Ayadiya", "took Qalat Jabar": a capture
    whose object names a place the gazetteer does not know. The capture is reported; its place
    stays unknown (not the story's town)."""
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        if c.lemma_.lower() in _SETTLEMENT_NOUNS and any(g.dep_ == "prep" and g.lower_ == "of" and any(
                p.pos_ == "PROPN" for p in g.children) for g in c.children):
            return True
        if c.pos_ == "PROPN" and c.ent_type_ != "PERSON" and c.text[:1].isupper() and c.lower_ not in CALENDAR_WORDS \
                and c.lower_ not in _BUILDINGS:  # ("the National Hospital": a building of the story's town)
            return True
    return False


#: Sites that stand inside a town: one named with its town ("Istanbul's Taksim Gezi Park") is in that town
_SITES_IN_TOWNS = frozenset({"park", "square", "station", "shrine", "intersection", "museum", "market", "mosque", "church",
                             "cathedral", "temple", "school", "university", "hospital", "hotel", "stadium", "street", "road",
                             "avenue", "bridge", "palace", "embassy", "prison", "airport", "building", "mall", "bazaar",
                             "roundabout", "junction", "crossroads", "plaza", "campus", "court", "ministry", "parliament",
                             "office", "headquarters", "theatre", "theater", "teatro", "hall", "centre", "center",
                             "arena", "club", "restaurant", "cafe", "nightclub", "cinema", "synagogue", "clinic",
                             "library", "gate", "terminal", "port"})


#: buildings of a town (territory's list of buildings that are no ground, and the town's other landmarks)
_BUILDINGS = BUILDINGS | {"stadium", "palace", "square", "street", "bridge", "building", "tower", "prison", "college",
                          "museum", "cathedral", "station", "headquarters"}


#: "in northeastern Nigeria", "across southern Somalia": a part of a country by its bearing
_PART_OF_COUNTRY = re.compile(r"\b(?:in|across|inside|throughout)\s+(?:the\s+)?(?:far\s+)?"
                              r"(?P<ns>north|south)?-?(?P<ew>east|west)?(?:ern)?\s+$", re.I)


def off_bearing(text: str, sentence_places: Iterable[PlaceMention], town: PlaceMention) -> bool:
    """Does the sentence set its event in a part of a country the story's town lies outside?
    "stormed a school in northeastern Nigeria" in a story whose main town is Abuja, in the
    centre: the school is not in Abuja, and the sentence names no town of its own."""
    for m in sentence_places:
        if m.place.kind != "country" or m.place.country != town.place.country:
            continue
        part = _PART_OF_COUNTRY.search(text, max(0, m.start - 40), m.start)
        if part is None or not (part.group("ns") or part.group("ew")):
            continue
        dlat, dlon = town.place.lat - m.place.lat, town.place.lon - m.place.lon
        ns, ew = (part.group("ns") or "").lower(), (part.group("ew") or "").lower()
        if ns == "north" and dlat <= 0 or ns == "south" and dlat >= 0 or ew == "east" and dlon <= 0 \
                or ew == "west" and dlon >= 0:
            return True
    return False
