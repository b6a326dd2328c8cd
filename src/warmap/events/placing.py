"""Placing: which place a reading happened at when its own clause does not say plainly: a place named
in the next sentence, a list item's place, words that name a place the gazetteer does not know, and the
patterns that tell a bearing ("north of X"), a part of a place ("the outskirts of X") or a speaker's "from
X". The story's main town (``_place_before``) is worked out once per article and cached."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from spacy.tokens import Token

from warmap.events.first_chars import guarded
from warmap.actors import load_actors
from warmap.events.items import Item
from warmap.records import ActorMention, PlaceMention
from warmap.places.story import near_km
from warmap.events.reading import COMPASS, Reading, SentenceContext, _subtree_span, _token_at_offset
from warmap.events.vocabulary import alternation
from warmap.nlp.spans import Span, SpanIndex


# a bearing from a place with no distance given ("north of the capital"; not "20 km north of")
_BEARING_WORDS = rf"(?<!km )(?<!kilometres )(?<!kilometers )(?<!miles )(?<!the )\b{COMPASS}\s+of\s+"  # ("the south of")
_BEARING = re.compile(_BEARING_WORDS + r"(?:the\s+)?$", re.I)
_BEARING_UNNAMED = guarded(re.compile(_BEARING_WORDS + r"the\s+(?:capital|provincial\s+capital)\b", re.I))

_SPEAKER_FROM = guarded(re.compile(r"\b(?:teleconference|video\s*(?:link|conference|call)|telephone|phone|satellite\s+link|"
                                   rf"speaking|spoke|told\s+[\w.-]+(?:\s+[\w.-]+)?|{alternation('saying', 'forms')})"
                                   r"\s+(?:[\w.-]+\s+){0,4}?from\s+(?:the\s+)?$|\b(?:told|briefed|addressed)\s+(?:[\w.-]+\s+){0,2}?"
                                   r"(?:reporters|journalists|lawmakers|parliament|press|conference)\s+in\s+(?:the\s+)?$", re.I))

_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$", re.I)  # ("fired from Ethiopia's Tigray region")

_PARTS = {"outskirts", "suburb", "suburbs", "countryside", "district", "neighbourhood", "neighborhood",
          "area", "quarter", "town", "village"}

#: "... of eastern Ramadi": the bearing before the town the part belongs to
_BEARING_WORD = rf"(?:{COMPASS}\s+|central\s+)?"
_PART_OF = re.compile(rf"\s+(?:{'|'.join(_PARTS)})\s+of\s+(?:the\s+)?{_BEARING_WORD}", re.I)

_OF = re.compile(rf"\s+of\s+(?:the\s+)?{_BEARING_WORD}", re.I)

_NEXT_REFERS = re.compile(r"(?:It|They|The\s+(?:strike|strikes|raid|attack|bombing|mission|blast|explosion|"
                          r"shelling|bomb|bomber|aircraft|jets?|warplanes?))\s+(?:\w+\s+){0,2}?"
                          r"(?:targeted|hit|struck|destroyed|killed|was|were|took\s+place|happened|occurred)\b"
                          # a wire report's second paragraph: "The assailants stormed the post in Tin-Akoff"
                          r"|The\s+(?:assailants|attackers|gunmen|militants|jihadists|insurgents)\s+(?:\w+\s+){0,2}?"
                          r"(?:stormed|attacked|raided|overran|ambushed|struck|hit|targeted|fired)\b"
                          # "... killed 15 soldiers in an ambush. The convoy was attacked near Djibo"
                          r"|The\s+(?:convoy|patrol|soldiers|troops|unit|column|base|camp|post|checkpoint|village|"
                          r"victims|ambush|attack|raid|assault)\s+(?:was|were|had\s+been|took\s+place|happened|"
                          r"occurred)\b"
                          # "... strikes on a village in Sagaing region. The attack on Pazigyi village in
                          # Kanbalu township was ...": where the event was, named after its own noun
                          r"|The\s+(?:strike|strikes|raid|attack|bombing|shelling|massacre|ambush|assault)\s+"
                          r"(?:on|in|near|at)\s+[^.;\n]{1,80}?\s+(?:was|were|killed|left|began|came|took\s+place)\b")
#: the event just told, named again with where it was, anywhere in the next sentence
_RETOLD_ON = re.compile(r"\bthe\s+(?:strike|raid|attack|bombing|shelling|massacre|ambush|assault|blast|explosion)\s+"
                        r"(?:on|in|near|at)\s+(?:the\s+(?:town|village|city)\s+of\s+)?(?=[A-Z])")
#: what may stand between an event's sentence and the next one that says where: a space, or the
#: end of the lead paragraph
_TO_NEXT = re.compile(r"[ \t]*(?:\n[ \t]*\n?[ \t]*)?")


_THE_TOWN = re.compile(r"\bthe\s+(?:city|town|village|provincial\s+capital)\b(?!\s+of\b)", re.I)
_SCENE = re.compile(r"(?:^[ \t]*|[.!?]\s+)(?:In|Inside|Near|Around|Outside)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|"
                    r"central)\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.M)


def scene_before(text: str, sentence: str, at: int, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """ "In Kirkuk, ISIL gunmen attacked ... Kurdish forces were fighting them across the
    city": "the city" of a paragraph whose sentence before opened on a town is that town,
    not the story's main town."""
    if not _THE_TOWN.search(sentence):
        return None
    para = text.rfind("\n\n", 0, at) + 1
    for p in reversed(places):
        if p.start >= at or p.start < para:
            continue
        if p.place.kind == "city" and _SCENE.search(text, para, p.start) and text.startswith(",", p.end):
            return p
    # "Fano took Lalibela, a town famed for its churches, ... The town changed hands": the town just
    # introduced as one
    last = next((p for p in reversed(places) if para <= p.start < at and p.place.kind != "country"), None)
    if last is not None and last.place.kind == "city" and _INTRODUCED.match(text, last.end):
        return last
    return None


#: ", a town famed for ...", ", a village in Gubio district": a place introduced by its kind
_INTRODUCED = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:town|city|village)\b", re.I)


def story_place(text: str, sentence: str, at: int, places: Sequence[PlaceMention],
                datelines: Sequence[tuple[int, int]]) -> PlaceMention | None:
    """The place an event told without one takes from the story: the paragraph's scene, else
    the story's main town; none when the paragraph last named a place the gazetteer lacks ("hit
    the town of Tinzaouaten ... The army said it had struck targets", "fighting around the same
    town"): the scene is that place, and the story's town may be 1,500 km from it."""
    if _unknown_scene_before(text, at, places):
        return None
    street = _town_of_a_street(sentence, at, places, datelines) if _NAMED_SITE.search(sentence) else None
    return scene_before(text, sentence, at, places) or _paragraph_scene(text, at, places, datelines) \
        or street or _place_before(places, at, datelines)


def town_here(sentence: str, places: Sequence[PlaceMention], datelines: Sequence[tuple[int, int]]) -> PlaceMention | None:
    """ "JAMMU, Mar 7: ... a grenade at a bus inside the bus stand here": the dateline's town, where the
    reporter was and says the event was (a spot the gazetteer lacks, "near the TRC here", is in it)."""
    if not datelines or not _HERE.search(sentence) or _QUOTED.search(sentence):
        return None
    lo, hi = datelines[0]
    return next((p for p in places if lo <= p.start < hi and p.place.kind == "city"), None)


#: "the bus stand here", "killed here on Monday": where the reporter files from (not "here is", "from here on")
_HERE = re.compile(r"(?<=[a-z,)] )(?<![Ff]rom )here\b(?!\s+(?:is|are|was|were|and\s+there)\b)")
_QUOTED = re.compile(r"[\"“”]")


#: A square, street or avenue named in the sentence: a spot in some town ("a rally in Freedom Square")
NAMED_STREET = re.compile(r"\b(?-i:[A-Z])[\w'’-]+\s+(?:Square|Street|Avenue|Boulevard|Roundabout)\b")
#: ... as is a named school, hospital or place of worship ("stormed the Army Public School on Warsak Road"),
#: which places an event told with a side (not a gate for parsing: such names fill reports)
_NAMED_SITE = re.compile(r"\b(?-i:[A-Z])[\w'’-]+\s+(?:Square|Street|Avenue|Boulevard|Roundabout|Road|School|College"
                         r"|University|Hospital|Mosque|Church|Cathedral|Shrine|Hotel|Stadium)\b")


def _town_of_a_street(sentence: str, at: int, places: Sequence[PlaceMention],
                      datelines: Sequence[tuple[int, int]]) -> PlaceMention | None:
    """The town a street or square told without one is in: the last town the text named before it,
    within two thousand characters (the story's main town may be another country's: "a rally in Freedom
    Square" told after Yerevan's protests, in a story about the handover of Azerbaijani districts); else the
    dateline's town, where the reporter stood ("Addis Abeba, June 23/2018 - ... at Meskel Square")."""
    towns = [p for p in reversed(places) if at - 2000 <= p.start < at and p.place.kind == "city"]
    return next((p for p in towns if not any(lo <= p.start < hi for lo, hi in datelines)), towns[0] if towns else None)


def _paragraph_scene(text: str, at: int, places: Sequence[PlaceMention],
                     datelines: Sequence[tuple[int, int]]) -> PlaceMention | None:
    """ "In Yerevan, thousands gathered ... Some protesters threw stones at police lines": a paragraph that
    opens on a town is set there (not one that opens on where someone spoke: "In Moscow, the ministry said")."""
    para = text.rfind("\n\n", 0, at)
    para = para + 2 if para >= 0 else 0  # (the paragraph's start; 0 in the first)
    first = next((p for p in places if para <= p.start < at and p.place.kind != "country"
                  and not any(lo <= p.start < hi for lo, hi in datelines)), None)
    if first is None or first.place.kind != "city" or not _SCENE.match(text, para, first.start) \
            or not text.startswith(",", first.end):
        return None
    spoke = _SPOKE.match(text, first.end)  # (a verb of speaking in its opening sentence, before ``at``)
    return None if spoke and spoke.end() <= at else first


def spot_in_scene(text: str, at: int, places: Sequence[PlaceMention],
                  datelines: Sequence[tuple[int, int]]) -> PlaceMention | None:
    """ "In Buea, ... One protester was shot dead when troops fired on the crowd at Mile 16": a spot the
    gazetteer lacks, told in a paragraph set in a town an earlier sentence opened on, is in that town
    (ACLED's precision 2)."""
    scene = _paragraph_scene(text, at, places, datelines)
    return dataclasses.replace(scene, geo_precision=2) if scene is not None and scene.end < at else None


_SPOKE = re.compile(r"[^.!?]*?\b(?:said|says|told|announced|stated|declared|condemned|warned|urged|denied|claimed|reported)\b")


#: "the town of Tinzaouaten", "the village of Kyauk Ni Maw": a place named by its kind, as reports
#: name one their readers do not know.
_NAMED_BY_KIND = re.compile(r"\b(?:town|village|city|camp|settlement|locality|hamlet|township|commune)s?\s+of\s+"
                            r"((?-i:[A-Z])[\w'’-]+(?:[ -](?-i:[A-Z])[\w'’-]+)*)", re.I)


def _unknown_scene_before(text: str, at: int, places: Sequence[PlaceMention]) -> bool:
    """Did the paragraph, before ``at``, last name a place by its kind that the gazetteer lacks?"""
    para = text.rfind("\n\n", 0, at) + 1
    last = None
    for last in _NAMED_BY_KIND.finditer(text, para, at):
        pass
    if last is None:
        return False
    lo = last.start(1)
    return not any(lo <= p.end and p.start < at and p.place.kind != "country" for p in places)


_HOME_BOUND = frozenset({"rebel group", "political militia", "identity militia"})


def home_place(actor: ActorMention | None, places: Sequence[PlaceMention], at: int,
               earlier: PlaceMention | None) -> PlaceMention | None:
    """The place an event told without one took from the story (``earlier``), unless the
    actor who did it fights in one country only and that place is in another ("The SDF also
    detained ISIS fighters" in a report about Hawija, Iraq): then the last place named before
    ``at`` in the actor's country, else none."""
    if earlier is None or actor is None or actor.actor.type not in _HOME_BOUND or not actor.actor.country \
            or earlier.place.country == actor.actor.country:
        return earlier
    if "cross_border" in load_actors().entry(actor.actor.id).tags:
        return earlier
    home = [p for p in places if p.start < at and p.place.kind != "country" and p.place.country == actor.actor.country]
    return home[-1] if home else None


def within(region: PlaceMention, town: PlaceMention | None) -> PlaceMention:
    """The town when it lies in the province the event was placed in, else the province."""
    same = town is not None and town.place.kind == "city" and town.place.admin1 == region.place.admin1
    return town if same and town.place.country == region.place.country else region


def _told_next(text: str, end: int, place_index) -> PlaceMention | None:
    """ "... conducted its first mission against ISIL Monday. It targeted a weapons store in
    Qayyarah": the next sentence of the paragraph (or the first of the next) says where."""
    gap = _TO_NEXT.match(text, end)
    m = _NEXT_REFERS.match(text, gap.end())
    if m is None:
        # "... said the attack on the town of Khan Sheikhoun in Idlib province was carried out by warplanes"
        stop = text.find("\n", gap.end())
        stop = len(text) if stop < 0 else stop
        dot = text.find(". ", gap.end(), stop)
        m = _RETOLD_ON.search(text, gap.end(), dot if dot >= 0 else stop)
        if m is None:
            return None
        return next((p for p in place_index.inside(m.end(), m.end() + 80)
                     if p.start == m.end() and p.place.kind != "country"), None)
    stop = text.find("\n", m.start())
    stop = len(text) if stop < 0 else stop
    dot = text.find(". ", m.end(), stop)
    stop = dot if dot >= 0 else stop
    return next((p for p in place_index.inside(end, stop) if p.place.kind != "country"), None)


# "in northern Iraq", "across Syria": a country named as where something happened
_DISTRICT = re.compile(r"\s*\b(?:district|neighbou?rhood|quarter)\b", re.I)


def past_the_bearing(place: PlaceMention, text: str, places: Sequence[PlaceMention]) -> PlaceMention:
    """ "shelled positions north of Aleppo, near the Syrian town of Azaz": a place named only as a
    bearing's reference, followed by the town the deed was near, gives way to that town."""
    if not _BEARING.search(text, max(0, place.start - 40), place.start):
        return place
    near = _NEAR_TOWN_AFTER.match(text, place.end)
    town = next((p for p in places if near is not None and p.start == near.end()), None)
    return town if town is not None and town.place.kind == "city" else place


_NEAR_TOWN_AFTER = re.compile(r",?\s+(?:near|outside|close\s+to|around)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?"
                              r"(?:(?:town|city|village|settlement)\s+of\s+)?")


def district_of_town(place: PlaceMention, text: str, town: PlaceMention | None) -> PlaceMention:
    """ "the northern Qadisiya district" of the story's ``town``, not Qadisiyah province; "the Rawda
    district" of Damascus, not a hamlet of that name in Tartus. A district named like a province,
    or like a hamlet far from the story's city, is a quarter of that city."""
    if not (_DISTRICT.match(text, place.end) or _DISTRICT.search(place.mention)) or town is None \
            or town.place.kind == "admin1":
        return place
    # (a hamlet's name, in a paragraph that names the city or just after one)
    hamlet = place.place.kind == "city" and place.place.population < 1000 \
        and town.mention in text[max(0, place.start - 600):place.start]
    if place.place.kind != "admin1" and not (hamlet and town.place.population >= 100_000
                                             and near_km(town.place, place.place) > 10):
        return place
    return PlaceMention(town.place, place.mention, place.start, place.end, 1)


def _place_key(place: PlaceMention | None, r: Reading) -> str:
    """The place part of an event id: the town, and the part of it when one sentence gives
    two parts of one town their own events ("al-Tahrir in November and al-Zuhour in January")."""
    if place is None:
        return ""
    if r.anchor is not None and place.mention != place.place.name:
        return f"{place.place.name}#{place.mention}"
    return place.place.name


#: What an event of a report that names no place says about its place (``Evidence`` field ``place_note``).
UNPLACED_NOTE = "the report names no place below its country: this event's place is unknown"


def names_a_place(places: Sequence[PlaceMention]) -> bool:
    """Does the report name a place below a country? (A brief that names none keeps its events unplaced.)"""
    return any(p.place.kind != "country" for p in places)


def _item_place(item: Item, ctx: SentenceContext) -> PlaceMention | None:
    lo, hi = ctx.sent.start + item.start, ctx.sent.start + item.end
    return next((p for p in ctx.places if lo <= p.start < hi and p.place.kind != "country"), None)


def _spread(readings: list[Reading], items: Sequence[Item], ctx: SentenceContext) -> list[Reading]:
    """ "Two car bombs exploded in eastern Baghdad, one near a hospital on Palestine Street and
    the other in Sadr City": the events the sentence told at once, one at each item's place
    (an item that names none is at the sentence's place)."""
    out = []
    for item in items:
        where = _item_place(item, ctx)
        for r in readings:
            if r.place is None and where is None:
                continue
            out.append(dataclasses.replace(r, place=where or r.place, item=item,
                                           place_from_context=r.place_from_context and where is None))
    return out or readings


def _place_before(places: Sequence[PlaceMention], at: int, datelines: Sequence[tuple[int, int]]) -> PlaceMention | None:
    """The place "the town" or "the dam" refers to: the article's main place, the town it
    names most (in news, "the town" is nearly always the story's town, even right after
    a mention of another). Datelines say where the reporter was, so they never count.

    The answer does not depend on ``at``, so it is worked out once per article: the last
    answer is kept with the very lists it came from (a scan per sentence was quadratic)."""
    last = _MAIN_TOWN[0]
    if last is not None and last[0] is places and last[1] is datelines:
        return last[2]
    town = _main_town(places, datelines)
    _MAIN_TOWN[0] = (places, datelines, town)
    return town


#: (places, datelines, main town) of the last article ``_place_before`` was asked about.
_MAIN_TOWN: list[tuple[Sequence[PlaceMention], Sequence[tuple[int, int]], PlaceMention | None] | None] = [None]


def _main_town(places: Sequence[PlaceMention], datelines: Sequence[tuple[int, int]]) -> PlaceMention | None:
    """The story's town (see ``_place_before``), in time linear in the number of places."""
    in_dateline = SpanIndex([Span(s, e) for s, e in datelines])
    towns = [p for p in places if p.place.kind != "country"
             and not in_dateline.any_containing(p.start)]
    if not towns:
        # a wire story that names no other town: its dateline, which the gazetteer keeps only in the
        # story's country ("NAIROBI, 25 June 2024 - Police shot dead five protesters outside parliament")
        return next((p for p in places if p.place.kind != "country"), None)
    # The story's country: a capital named as a government ("Washington said") is no place
    # of the story.
    by_country: dict[str, int] = {towns[0].place.country: 1}  # the first town named counts twice, and wins a tie
    for p in towns:
        by_country[p.place.country] = by_country.get(p.place.country, 0) + 1
    home = max(by_country, key=lambda c: by_country[c])
    towns = [p for p in towns if p.place.country == home]
    counts: dict[str, int] = {}
    for p in towns:
        counts[p.place.name] = counts.get(p.place.name, 0) + 1
    top = max(counts.values())
    return next(p for p in towns if counts[p.place.name] == top)




def asides(root: Token, verb: Token, trigger: Token, base: int) -> list[tuple[int, int]]:
    """Relative clauses in the sentence (under ``root``) on a noun the trigger's ``verb`` does
    not itself govern: "seized the city, forcing thousands of people who had fled Khartoum to
    uproot again" tells where those people came from, not where the city was seized."""
    return [_subtree_span(c, base) for c in root.subtree if c.dep_ in ("relcl", "advcl")
            and not c.left_edge.i <= trigger.i <= c.right_edge.i and (  # (a subtree is one stretch of words)
        c.dep_ == "relcl" and c.head.i != trigger.i and c.head.head.i != verb.i
        # ("clashed with gunmen who had landed in Inabanga": the side the verb fought, where it was)
        and not (c.head.head.dep_ == "prep" and c.head.head.head.i == verb.i)
        # "bombed Diabaly, eight days after militants had seized Konna": another day's event, elsewhere
        or c.dep_ == "advcl" and any(m.dep_ in ("mark", "prep") and m.lower_ in ("after", "before", "since", "until")
                                     for m in c.children))]


#: what stands between a town and the province it is in: "Kankara in Katsina state", "Ghormach
#: district of Faryab province", "near Bariire, also in Lower Shabelle", "Kagara, in Niger State"
_TOWN_OF_PROVINCE = re.compile(r"(?:\s+(?:district|sub-?district|area|village|town|township|county|"
                               r"local\s+government\s+area|LGA))?\s*,?\s+(?:also\s+)?(?:in|of)\s+(?:the\s+)?"
                               r"(?:(?-i:[A-Z])[a-z]+['’]s\s+)?(?:(?:north|south|east|west)(?:ern)?(?:-?(?:east|west)(?:ern)?)?\s+|central\s+)?"
                               r"(?:(?:province|governorate|state|department|region)\s+of\s+)?$", re.I)  # ("..., in Ecuador's northern province of ")


#: how far from a province's seat a town the text puts in it may lie though GeoNames files it
#: under the province next door
_BORDER_KM = 120.0


def town_inside(region: PlaceMention, verb: Token, ctx: SentenceContext) -> PlaceMention | None:
    """The town of a province or region the clause names, the more precise place: one the
    verb's own clause names after it ("In Idlib province, government forces shelled the town of
    Saraqib"; "In Darfur, RSF fighters attacked a base in Nyala": a region has no province to
    match), or one named just before the province it is in ("a school in Kankara in Katsina state")."""
    kind, country = region.place.kind, region.place.country
    for p in ctx.places:
        if p.place.kind != "city" or p.place.country != country:
            continue
        if p.start > region.end:
            if (kind == "region" or p.place.admin1 == region.place.admin1) \
                    and _governed_by(verb, _token_at_offset(ctx.sent, p.start)):
                return p
        elif kind == "admin1" and p.end <= region.start \
                and _TOWN_OF_PROVINCE.fullmatch(ctx.text, p.end - ctx.sent.start, region.start - ctx.sent.start) \
                and (p.place.admin1 == region.place.admin1 or near_km(p.place, region.place) <= _BORDER_KM):
            return p  # (a district moved between provinces is where the text says: Ghormach, now Faryab's)
    return None


def _governed_by(verb: Token, t: Token | None) -> bool:
    """Is ``t`` part of ``verb``'s own clause, with no other verb between them ("shelled the
    town of Saraqib", not "..., a day after rebels took Saraqib")?"""
    while t is not None and t.i != verb.i:
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return False
        t = t.head
    return t is not None
