"""Which Battles sub-type a capture is: the state's forces (or its affiliates) regaining
ground, a non-state side (or a state's forces abroad) taking it, or people taken rather than
ground (an abduction, or a clash when armed people are seized); and whether what was stormed or
overrun is a post, a prison or a building rather than ground. Part of ``classify._classify``."""

from __future__ import annotations

import re

from warmap.events import sides
from warmap.events.first_chars import guarded
from warmap.events.people import is_person_taken
from warmap.events.reading import Reading
from warmap.events.triggers import TriggerLexicon
from warmap.events.vocabulary import words
from warmap.places.context import DEMONYMS

__all__ = ["FIGHTING", "GROUND_NOUNS", "NO_FIGHT", "flag_over_ground", "said_of_ground", "without_fighting", "overran_prison", "people_taken", "arms_handed",
           "stormed_building", "stormed_post", "territory_type"]

#: Objects of a capture that are ground, whether or not the gazetteer knows the name that follows
#: ("captured the village of Umm Rumman from IS").
GROUND_NOUNS = {"village", "town", "city", "district", "neighbourhood", "neighborhood", "hill", "area", "suburb",
                "settlement", "airport", "airbase", "dam", "crossing", "oilfield", "base", "villages", "towns"}

_RETAKING = ("liberat", "retak", "re-tak", "retook", "re-took", "recaptur", "regain", "re-gain", "took back",
             "won back", "reconquer", "re-conquer")
_EXPELLING = ("clear", "drove", "driv", "push", "expel", "rout", "oust", "dislodg", "flush", "chas", "evict")
#: What a side is driven from that is no ground of its own: "dislodged the terrorists from their hideouts near
#: Bama", "drove them out of their positions": a fight, not a place changing hands.
_POSTS = {"position", "positions", "hideout", "hideouts", "camps", "trench", "trenches", "post", "posts", "den", "dens",
          "bunker", "bunkers", "foxholes", "hideaways", "lairs"}


def flag_over_ground(tok, ground: set[str], seat: bool = True) -> bool:
    """The flag is raised over ground ("over Sinjar", "over the city") or, by a side the text
    names (``seat``), over the seat of a town's government ("troops raised the flag over the
    government compound in Ramadi"), which is how the capture of a town is announced; not over
    a building only, nor by masked men no one names."""
    for prep in (c for c in tok.subtree if c.lower_ in ("over", "above")):
        for g in (c for c in prep.children if c.dep_ == "pobj"):
            if g.pos_ in ("PROPN", "PRON") or g.lemma_.lower() in ground:
                return True
            if seat and g.lemma_.lower() in _SEATS and any(c.lemma_.lower() in _GOVERNMENT or c.dep_ == "poss" for c in g.children):
                return True
    return False


#: the seat of a town's government, and the words that make a building one
_SEATS = {"compound", "complex", "building", "headquarters", "office", "offices", "palace", "hall", "center", "centre"}
_GOVERNMENT = {"government", "governor", "provincial", "municipal", "district", "city", "town", "council", "administrative"}


def stormed_building(tok) -> bool:
    """The object stormed is a building that is no ground and no post ("a hotel", "a mall",
    "the Terrain hotel compound")."""
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    if any(g.dep_ == "compound" and g.lower_ in BUILDINGS for c in objects for g in c.children):
        return True
    return not sides.takes_a_site(tok) and any(c.lemma_.lower() not in GROUND_NOUNS for c in objects)


BUILDINGS = {"hotel", "school", "hospital", "church", "mosque", "market", "embassy", "university", "residential", "mall"}


def stormed_post(tok, lex: TriggerLexicon) -> bool:
    """The object stormed is a post of the army or police (a prison, a station, a base), or of
    any armed side ("an African Union base", "a Kurdish checkpoint")."""
    for c in tok.children:
        if c.dep_ == "dobj":
            if c.lemma_.lower().rsplit(" ", 1)[-1] in _ARMED_SITES and (
                    " " in c.text or any(d.dep_ in ("compound", "amod", "poss") for d in c.children)):
                return True  # a side's post ("AMISOM base" is one token, "a Kurdish checkpoint"; not a bare "checkpoint")
            words = " ".join(t.text for t in c.subtree)
            if any(p is not None and p.search(words) for p in (lex.police_sites, lex.military_sites)):
                return True
    return False


def overran_prison(tok) -> bool:
    """ "Gunmen overran the civil prison in Croix-des-Bouquets": a prison break is an assault
    on its guards, no ground taken (a post overrun and held may be)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _PRISONS for c in tok.children)


_PRISONS = {"prison", "prisons", "jail", "jails", "penitentiary", "gaol"}
#: What only an armed side keeps: storming one is an assault on its keepers, no town taken.
_ARMED_SITES = {"base", "outpost", "checkpoint", "barracks", "garrison"}


def arms_handed(tok) -> bool:
    """ "heavy weapons handed over", "handed over their weapons": arms given up, no ground."""
    held = [tok.head] if tok.dep_ == "acl" else []
    held += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.lemma_.lower() in _ARMS for c in held)


_ARMS = {"weapon", "arm", "gun", "rifle", "ammunition", "equipment", "munition", "explosive"}


def people_taken(tok, lex: TriggerLexicon, also: frozenset[str] = frozenset()) -> bool:
    """ "seized 276 schoolgirls from their dormitory": people carried off from a place."""
    return any(c.dep_ == "dobj" and (c.lower_ in lex.civilian_words or c.lower_.rsplit(" ", 1)[-1] in also)
               for c in tok.children)  # ("the group" may be one token: a name for a side the text told)


#: People named by their number: "seized the group", "captured the missionaries"
_A_GROUP = frozenset({"group", "missionaries", "convoy", "delegation", "crew", "team"})


def _from_posts(tok) -> bool:
    """Is what the side is driven from ("from"/"out of" on the verb or its object) a post
    (``_POSTS``) rather than a town?"""
    heads = [tok] + [c for c in tok.children if c.dep_ in ("dobj", "prt", "advmod") or c.lower_ == "out"]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "of")]
    return any(g.dep_ == "pobj" and g.lower_ in _POSTS for p in preps for g in p.children)


def _abroad(a1, r: Reading, lex: TriggerLexicon) -> bool:
    """A state's own forces fighting in another country (Turkey's army in Afrin): ACLED
    codes their captures as a foreign actor's, "Non-state actor overtakes territory".
    The government's affiliates (Russia, Iran, Hezbollah in Syria) regain for it, but only in
    the countries whose government they fight for (Russia in Ukraine is a foreign actor)."""
    where = r.place.place.country if r.place is not None else None
    for ident in (a1.id, a1.parent or ""):
        if ident in lex.government_affiliates:
            home = lex.affiliates_fight_for.get(ident)
            return home is not None and where is not None and where not in home
    return bool(a1.country and where and a1.country != where) and not _beside_the_host(r.token, where)


def _beside_the_host(tok, where: str) -> bool:
    """ "Rwandan and Mozambican troops recaptured Mocimboa da Praia", "... alongside Somali forces":
    a foreign army fighting with the host's own regains ground for its government."""
    with_whom = [c for c in tok.children if c.dep_ == "nsubj"
                 or c.dep_ == "prep" and c.lower_ in ("alongside", "with", "beside")]
    return any(DEMONYMS.get(w) == where and _STATE_WORDS & set(t.lower_.split() if " " in t.lower_ else t.head.lower_.split())
               for c in with_whom for t in c.subtree for w in t.lower_.split())


_STATE_WORDS = {"troops", "forces", "army", "soldiers", "military", "government"}  # (not "Syrian rebels")


#: What one takes that is no ground
_TAKEN_NOT_GROUND = {"photo", "photograph", "picture", "video", "footage", "part", "note", "notice", "step", "measure",
                     "action", "time", "place", "aim", "shelter", "refuge", "cover", "responsibility", "credit", "charge",
                     "freedom", "liberty", "consciousness", "composure", "strength", "momentum", "confidence"}
#: A crowd in the sentence: what the state takes back from it is order, not ground
_CROWD = re.compile(r"\b(?:rioters|protesters|protestors|demonstrators|mobs?)\b", re.I)
#: A sentence telling a seizure of power, whose "took control" is of the state, not of a town
_COUP = re.compile(r"\b(?:coup|came\s+to\s+power|seiz(?:ed|ing)\s+power|took\s+power|oust(?:ed|ing)|removed\s+(?:\w+\s+){0,3}?from\s+power"
                   r"|deposed|overthr(?:ew|own))\b", re.I)


def territory_type(r: Reading, lex: TriggerLexicon, text: str, a1, a2, is_state: bool,
                   civ_target: bool) -> tuple[str, str] | None:
    """The type of a capture reading ``r`` (trigger text ``text``, sides ``a1``/``a2``), or None."""
    if a1 is None and r.place is None:
        return None
    if text.startswith(("seiz", "captur", "grabb")) and a1 is not None and not is_state \
            and people_taken(r.token, lex, _A_GROUP):
        return "Violence against civilians", "Abduction/forced disappearance"  # "the gang seized the group in Ganthier"
    if is_person_taken(r.token):
        # "Colombian forces captured Otoniel, the leader of the Clan del Golfo": a person the state
        # holds is an arrest; one an armed group holds, no ground (its abductions are typed before)
        if not is_state or r.actor1_guessed or r.actor1.generic:
            return None  # ("Soldiers seized the mayor": whose soldiers goes unsaid)
        r.kind = "arrest"
        return "Strategic developments", "Arrests"
    if text.startswith("enter") and r.place is not None and r.place.place.kind in ("admin1", "country") and r.place_role:
        return None  # "a Turkish convoy entered Idlib governorate through the crossing": into a region, no town taken
    held = [c for c in r.token.children if c.dep_ in ("dobj", "nsubjpass")]
    if text.startswith(("took", "take", "taking", "taken", "regain")) and any(c.lemma_.lower() in _TAKEN_NOT_GROUND for c in held):
        return None  # "took photos of the university", "took part in the assault", "regained his freedom": no ground
    if text.startswith(("took", "take", "taking", "taken")) and any(c.dep_ == "prt" and c.lower_ == "up" for c in r.token.children):
        return None  # "soldiers took up positions inside the assembly": deployed, nothing taken
    bare_control = ("control" in text or any(c.lemma_.lower() == "control" for c in held)) and not any(
        c.lemma_.lower() != "control" or any(
        p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in held) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in r.token.children)
    if bare_control and (_COUP.search(r.token.sent.text) or r.place is None or r.place_from_context):
        # "soldiers detained the president and announced they had taken control": a coup, no ground;
        # "the fighting lasted hours before special forces regained control" of their base: the fight's end
        return None
    if a1 is not None and a1.id.startswith("police") and (a2 is None or a2.type in ("protesters", "rioters", "civilians")) \
            or a1 is not None and a1.type == "state forces" and (a2 is None or a2.type in ("protesters", "rioters")) \
            and _CROWD.search(r.token.sent.text):
        return None  # "Police later regained control with tear gas"; "The rioters smashed windows ... before
        # security forces regained control of the buildings": order restored, no ground won in a war
    ground = any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in GROUND_NOUNS for c in r.token.children)
    # "drove the fighters out of the town of X": people driven from ground, not taken
    expelled = any(c.dep_ in ("prep", "prt", "advmod") and (c.lower_ == "out" or c.lower_ == "from" and (
        text.startswith(_EXPELLING) or not people_taken(r.token, lex))) for c in r.token.children) \
        or text.startswith(_EXPELLING) and any(  # "cleared the last fighters from Sirte", "from" on the object
            g.dep_ == "prep" and g.lower_ in ("out", "from") for c in r.token.children if c.dep_ == "dobj"
            for g in c.children)
    ground = ground or expelled and any(t.dep_ == "pobj" and (t.lemma_.lower() in GROUND_NOUNS or t.pos_ == "PROPN")
                                        for t in r.token.subtree)  # (a town the gazetteer lacks)
    if expelled and a1 is not None and _from_posts(r.token):
        return "Battles", "Armed clash"
    people = not expelled and any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lower_.split()[-1] in lex.fighter_words
                                              or c.lower_.split()[-1] in lex.civilian_words)
        for c in r.token.children)  # "captured three (Islamic State) fighters near Hit": people, wherever
    people = people or any(c.dep_ in ("dobj", "nsubjpass", "nsubj") and (c.lower_ == "others" or c.like_num or c.lower_ in (
        "million", "millions", "thousand", "thousands", "hundreds")) for c in r.token.children)  # ("driven 7 million from their homes")
    if r.token.dep_ == "relcl" and not any(c.dep_ in ("dobj", "nsubjpass") for c in r.token.children) \
            and r.token.head.lower_.split()[-1] in lex.civilian_words:
        people = civ_target = True  # "the schoolgirls it seized from a boarding school in Chibok"
    if expelled and not ground and any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in r.token.children):
        return None  # "beat the men and drove them out": people driven off, no ground named
    if people or (r.place is None and not ground and (civ_target or r.victims_armed or a2 is not None)):
        # "captured three soldiers": people, not ground
        if civ_target:
            return "Violence against civilians", "Abduction/forced disappearance"
        return ("Battles", "Armed clash") if a1 is not None else None
    if is_state and not _abroad(a1, r, lex):
        return "Battles", "Government regains territory"
    if a1 is None and (text.startswith(_RETAKING) and (a2 is None or a2.type != "state forces")
                       or text.startswith(("free", "rid", *_EXPELLING)) and a2 is not None and a2.type != "state forces"):
        # "Tal Afar has been fully liberated from Daesh", "the city, which was retaken from
        # ISIS last year", "Daesh was driven out of Tal Afar": won back from a non-state group
        # by a winner left unnamed
        return "Battles", "Government regains territory"
    return "Battles", "Non-state actor overtakes territory"


_SOFT_CAPTURE = ("took control", "take control", "taking control", "taken control", "took over", "take over",
                 "entered", "enter", "moved into", "took", "take", "taken")


def without_fighting(group: list[Reading], sentence: str) -> bool:
    """A soft capture ("took control", "entered") of a place the other side left or handed
    over under a deal, or any capture told as "without a fight", in a sentence with no other word
    of fighting: ACLED's non-violent transfer."""
    capture = next(g for g in group if g.kind == "territory")
    soft = capture.trigger.text.lower().startswith(_SOFT_CAPTURE)
    left = any(g.kind in ("transfer", "agreement") and not g.trigger.text.lower().startswith("fled")
               for g in group) or re.search(
        r"\b(?:abandon\w*|withdr[ae]w\w*|pull(?:ed)?\s+out|bused\s+out|evacuated"
        r"|(?:under|in\s+(?:accordance|line)\s+with)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|truce|accord|statement)"
        r"|hand(?:ed|ing)?\s+(?:\w+\s+){0,2}?over|hand-?overs?\b|(?:had\s+)?(?:left|vacated|departed)\b)",
        sentence, re.I) is not None
    rest = NO_FIGHT.sub("", sentence.replace(capture.trigger.text, "", 1))  # "without a fight"
    fighting = FIGHTING.search(rest) is not None
    # ("without meeting resistance"; "fell to the Taliban without a fight", whatever the verb, when the sentence says so)
    return (soft and left or NO_FIGHT.search(sentence) is not None) and not fighting


NO_FIGHT = re.compile(r"\bwithout\s+(?:(?:meeting|encountering|facing)\s+)?(?:a\s+|any\s+)?(?:fight(?:ing)?|battle|resistance"
                      r"|a\s+shot\s+(?:being\s+)?fired)\b", re.I)


#: words of fighting: a town taken with one of them in the sentence was fought for
FIGHTING = guarded(re.compile(
    r"\b(?:clash\w*|fight(?:s|ing)?\b|fought|(?:gun|fire)fights?\b|gun\s*battles?\b|exchanges?\s+of\s+fire|battl\w*|attack\w*|assault\w*|storm\w*|kill\w*|overr[au]n\w*"
    r"|shell(?:s|ed|ing)\b|bomb\w*|strikes?\b|raid\w*|seiz\w*|captur\w*|(?<!\bno\s)(?<!\bany\s)resistance)", re.I))


def said_of_ground(tok) -> bool:
    """ "Kunduz, a provincial capital that was taken yesterday by Taliban forces": a capture told in a
    relative clause on a place or a word for one takes that place, its object the relative pronoun."""
    return tok.dep_ == "relcl" and any(c.dep_ in ("nsubjpass", "dobj") and c.lower_ in ("that", "which") for c in tok.children) \
        and (tok.head.pos_ == "PROPN" or tok.head.lemma_.lower() in GROUND_NOUNS | _TOWN_WORDS)


_TOWN_WORDS = {"capital", "stronghold", "hub", "port", "seat", "bastion"}


def taken_by_men(tok) -> bool:
    """A person "taken ... by" men, gunmen or soldiers: carried off, not ground taken."""
    taken = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if tok.dep_ == "relcl" and any(c.lower_ in ("who", "whom") for c in taken):
        taken.append(tok.head)  # "dozens of women who were seized by armed men"
    if tok.lower_ not in ("taken", "seized") or not any(
            c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower().split()[-1] not in GROUND_NOUNS | _THINGS for c in taken):
        return False  # (not "Kidal was taken by rebels", "weapons were seized by soldiers")
    return any(c.dep_ == "agent" and g.dep_ == "pobj" and g.lemma_.lower().split()[-1] in _TAKERS  # ("armed men": one token)
               for c in tok.children for g in c.children)


_THINGS = {"weapon", "arm", "ammunition", "vehicle", "car", "truck", "cattle", "livestock", "control", "position",
           "post", "checkpoint", "camp", "building", "hill", "road"}
_TAKERS = words("carriers_off", "unnamed") | words("carriers_off", "armed")
