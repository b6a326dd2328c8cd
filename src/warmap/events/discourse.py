"""Discourse: how readings and events relate across a sentence and an article. Readings of
one event in a sentence are grouped (``_group``, ``_fold_killings``) and readings in a time
clause ("after rebels took ...") give way; a sentence that only follows up an event told
before (a claim of responsibility, a toll so far) gives no new one (``is_follow_up``,
``_follow_up``, ``_told_before``); a side's earlier gains at a place it later takes are
armed clashes, not takeovers (``_earlier_fights``), and an event read twice (one id) is
kept once (``_dedupe``). ``_evidence`` ties an
event to the words that gave it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from spacy.tokens import Token

from warmap.events.first_chars import guarded
from warmap.events.fatalities import find_fatalities
from warmap.events.date_cues import IT_BEGAN
from warmap.events.dating import _tree_distance, days_before, in_another_clause
from warmap.events.pairs import another_side
from warmap.events.sides import is_unidentified
from warmap.records import DateWindow, Event, Evidence, PlaceMention
from warmap.events.reading import SentenceAnalysis, Reading, SentenceContext, _token_at_offset


# "Islamic State claimed the attack", "the authorities blamed the YPG for the attack",
# "one of its fighters had carried out the attack": who did an event already reported
_EVENT_NOUN = r"(?:attacks?|bombings?|blasts?|explosions?|operation|assault|strikes?|shelling|rockets?|killings?|massacre)"

_CLAIM = guarded(re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|credit)\b"
    rf"|\bclaim(?:ed|s)\s+(?:the|this|that|its|both|the\s+two|these|those|all\s+(?:three|four)|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\w-]+\s+){{0,2}}?{_EVENT_NOUN}\b"
    rf"|\b(?:carried\s+out|was\s+behind|were\s+behind|responsible\s+for)\s+(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?{_EVENT_NOUN}\b"
    rf"|\b(?P<blame>blam(?:ed|es|ing))\s+(?P<who>(?:\S+\s+){{1,6}}?)for\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+){{0,2}}?{_EVENT_NOUN}\b",
    re.I))


# "A health ministry official gave a lower toll of 24 dead": ACLED keeps the lowest figure
_LOWER_TOLL = guarded(re.compile(r"\b(?:lower|smaller|lesser|more\s+conservative)\s+(?:death\s+)?(?:toll|figure|number|count|tally|estimate)\s+of\b", re.I))

_FOLLOW_UP_CHARS = 1500

_SOME_OF_THEM = re.compile(r"\s*(?:Some|Several|Two|Three|One|Many|Most|Others)\s+of\s+the\s+", re.I)
_THE_ATTACKERS = re.compile(r"\s*The\s+(?:assailants|attackers|gunmen|militants|raiders|fighters|jihadists|insurgents)\b")
_VIOLENT = {"Violence against civilians", "Battles", "Explosions/Remote violence"}
#: ... and the crowd events a toll can belong to ("2 protesters were killed" after police fired on a march)
_DEADLY_CROWD = {"Excessive force against protesters", "Violent demonstration", "Mob violence"}

_TOLL_SO_FAR = guarded(re.compile(
    r"\b(?:have|has)\s+been\s+(?:killed|wounded|injured)\s+(?:\w+\s+){0,3}?since\s+the\s+"
    r"(?:fighting|attack|assault|clashes|battle|offensive|bombing|siege)\s+(?:began|started|erupted)\b"
    r"|\b(?:death\s+)?toll\s+(?:has\s+)?(?:rose|risen|climbed|reached|rises|climbs)\s+to\b"
    r"|\bbringing\s+the\s+(?:death\s+)?toll\s+to\b", re.I))


#: A toll alone, told right after its event: "At least 27 people were killed and 130 injured,
#: the hospital said."
_BARE_TOLL = re.compile(r"\s*(?:At\s+least|More\s+than|Some|Over|Nearly|About)?\s*[\w,-]+\s+"
                        r"(?:people|civilians|persons|protesters|protestors|demonstrators)\s+(?:were|have\s+been|had\s+been)"
                        r"\s+killed\b", re.I)
_BARE_TOLL_GAP = 400


def is_follow_up(sentence: str) -> bool:
    """Does the sentence add to an event told before it (a claim, a blame, a lower toll)?
    Such a sentence needs parsing even when it names no actor or place."""
    return (_LOWER_TOLL.search(sentence) is not None or _CLAIM.search(sentence) is not None
            or _TOLL_SO_FAR.search(sentence) is not None or _BARE_TOLL.match(sentence) is not None)


_ANNOUNCING = {"announce", "declare", "celebrate", "hail", "welcome", "confirm", "proclaim"}


def _told_before(tok: Token, typed: tuple[str, str], events: list[Event], at: int,
                 place: PlaceMention | None = None) -> bool:
    """A definite event noun as subject ("The strike targeted ...", "The attack killed ...")
    points back at an event of its type reported in the sentences just before; so does the
    looting its attackers did ("The assailants raided the village, torching granaries"), which
    ACLED counts in the attack."""
    event_type = typed[0]
    if (typed[1] == "Looting/property destruction" or event_type in _VIOLENT and _SOME_OF_THEM.match(tok.sent.text)) \
            and _THE_ATTACKERS.match(_SOME_OF_THEM.sub(" The ", tok.sent.text, count=1)):
        # ("Some of the attackers blew themselves up, while others fired on soldiers": the attack told above)
        return any(e.event_type in _VIOLENT and e.sources and 0 <= at - e.sources[0].start <= _FOLLOW_UP_CHARS
                   for e in events)
    if tok.pos_ in ("VERB", "AUX"):  # "The strike targeted": the pattern took the verb
        tok = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), tok)
    announced = tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ANNOUNCING and any(
        c.dep_ == "poss" for c in tok.children)  # "Barzani announced the town's liberation": told above
    # "the families of the policemen killed in the bombing": the bombing the victims died in, told above
    died_in = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and tok.head.head.lemma_.lower() in _DIED
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass") and not announced and not died_in:
        return False
    dayed = dayed_by_possessive(tok)
    if not announced and not dayed and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return False
    recent = [e for e in events if e.event_type == event_type and e.sources
              and 0 <= at - e.sources[0].start <= _FOLLOW_UP_CHARS]
    if not recent and not dayed and place is None and not any(c.dep_ in ("amod", "compound", "prep") for c in tok.children):
        # "The bombing, one of the deadliest in years, has put pressure on ...": the report's one bombing,
        # however far above
        recent = [e for e in events if e.event_type == event_type and e.sources and e.sources[0].start < at]
    if dayed:  # "killed in Sunday's assault": not Monday's battle told above
        recent = [e for e in recent if _on_weekday(e, _day_owner(tok))]
    if place is not None and place.place.kind == "city" and recent and not any(
            e.location is not None and e.location.place.name == place.place.name for e in recent):
        return False  # "The strikes hit sites in Sanaa, Hodeidah and Saada": the same strikes, more places
    if dayed and recent and recent[-1].fatalities is None and (fat := find_fatalities(tok.sent.text)):
        events[events.index(recent[-1])] = dataclasses.replace(recent[-1], fatalities=fat[0])  # the toll it adds
    return bool(recent)


_DIED = {"kill", "die", "wound", "injure", "lose", "perish", "maim"}


def dated_here(tok: Token, sent: SentenceAnalysis, dates: Sequence[DateWindow]) -> bool:
    """Does a date of the sentence date the event noun itself ("The strike on Tuesday targeted
    ...")? Not one in a clause of its own that does not hold it: "The bombing came a week after
    gunmen stormed the hotel on Jan. 20" speaks of the bombing told above."""
    return any(_tree_distance(tok, _token_at_offset(sent, d.start or 0)) <= 4 and not in_another_clause(sent, d, tok)
               for d in dates)


def dayed_by_possessive(tok: Token) -> bool:
    """"Saturday's blast killed at least 103 people": an event noun its day owns, told above."""
    return any(c.dep_ == "poss" and _DAY_OWNER.fullmatch(c.text) for c in tok.children)


def _day_owner(tok: Token) -> str:
    return next(c.lower_ for c in tok.children if c.dep_ == "poss" and _DAY_OWNER.fullmatch(c.text))


def _on_weekday(e: Event, owner: str) -> bool:
    """Can the event's days hold the weekday that owns an event noun ("Sunday's")?"""
    day = next((i for i, name in enumerate(_WEEKDAYS) if owner.startswith(name)), None)
    if day is None or e.when.date_min is None or e.when.date_max is None \
            or (e.when.date_max - e.when.date_min).days >= 6:
        return True  # ("yesterday's", a week's window: nothing to tell them apart)
    span = (e.when.date_max - e.when.date_min).days + 1
    return any((e.when.date_min.toordinal() + k - 1) % 7 == day for k in range(span))


_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
_DAY_OWNER = re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday|[Tt]oday)(?:['’]s?)?")


def _follow_up(sentence: str, base: int, ctx: SentenceContext, events: list[Event],
               dates: Sequence[DateWindow] = ()) -> bool:
    """A sentence that tells more about an event read before it (who claimed or is blamed
    for it, a lower toll) updates that event and reports none of its own. One that tells when
    it began ("The assault began Friday afternoon") dates it, and is read on."""
    recent = [i for i, e in enumerate(events) if e.sources and base - e.sources[0].start <= _FOLLOW_UP_CHARS]
    began = [d for d in dates if d.precision == "day"] if IT_BEGAN.match(sentence) and recent else []
    if began and events[recent[-1]].when.precision in ("week", "month") \
            and events[recent[-1]].when.date_min <= began[0].date <= events[recent[-1]].when.date_max:
        # (the lead told the attack with only a day of saying: "... an official said Saturday")
        e = events[recent[-1]]
        note = Evidence("date_note", f"dated by a sentence after it: {sentence.strip()[:200]!r}", -1, -1)
        events[recent[-1]] = dataclasses.replace(e, when=began[0], evidence=tuple(
            v for v in e.evidence if v.field != "date") + (note,))
    m = _LOWER_TOLL.search(sentence)
    if m:
        fat = find_fatalities(sentence[m.end():])
        tolled = [i for i in recent if events[i].fatalities is not None]
        if fat is not None and tolled:
            i = tolled[-1]
            if fat[0] < (events[i].fatalities or 0):
                events[i] = dataclasses.replace(events[i], fatalities=fat[0])
            return True
        return False
    if _TOLL_SO_FAR.search(sentence):
        # "at least six officers have been killed since the fighting began": the toll of the
        # fight told before (or, in a live blog, told below), no event of its own
        fat = find_fatalities(sentence)
        if fat is not None and recent and events[recent[-1]].fatalities is None:
            events[recent[-1]] = dataclasses.replace(events[recent[-1]], fatalities=fat[0])
        return True
    if _BARE_TOLL.match(sentence) and not ctx.places and all(a.actor.type in ("civilians", "protesters") for a in ctx.actors):
        # the toll of the event of the sentence just before, when that one gave none
        near = [i for i in recent if base - events[i].sources[0].start <= _BARE_TOLL_GAP]
        fat = find_fatalities(sentence)
        if near and fat is not None and events[near[-1]].fatalities is None \
                and (events[near[-1]].event_type in _VIOLENT or events[near[-1]].sub_event_type in _DEADLY_CROWD):
            events[near[-1]] = dataclasses.replace(events[near[-1]], fatalities=fat[0])
            return True
        return False
    m = _CLAIM.search(sentence)
    if m is None or _tells_its_own(ctx, m.start()):
        return False
    armed = [a for a in ctx.actors if a.actor.type not in ("civilians", "protesters")
             and not is_unidentified(a.actor) and not a.actor.id.startswith("government_")]
    if m.group("blame"):
        lo, hi = base + m.start("who"), base + m.end("who")
        armed = [a for a in armed if lo <= a.start < hi]
    if not armed or not recent:
        return False  # nothing told before: the sentence tells the claimed event itself
    who = armed[0]
    # the claim is of the event told last (with the others of its sentence), not of every
    # event of the last paragraphs ("Turkish shells fell on Qamishli ... A car bomb exploded
    # ... IS claimed the bombing")
    last = max((events[i].sources[0].start for i in recent), default=None)
    # "... claimed responsibility for the Kabul attack": the event at the place the claim names
    named = {p.place.name for p in ctx.places}
    at_named = [i for i in recent if events[i].location is not None and events[i].location.place.name in named]
    days = [d.date for d in dates if d.precision == "day"]
    if named and not at_named and days and not any(events[i].when.date_min <= days[0] <= events[i].when.date_max
                                                    for i in recent):
        return False  # "IS has also claimed the 27 January attack on the Corinthia Hotel in Tripoli": another event
    if named and at_named and days and all(events[i].when.precision != "day" for i in at_named):
        return False  # "TAK claims Ankara bombing" above "TAK claimed the Feb. 17 suicide car bombing in Ankara": the day is told here
    for i in at_named or recent:
        e = events[i]
        if not at_named and e.sources[0].start != last:
            continue
        if e.actor1 is None or is_unidentified(e.actor1.actor):
            if e.actor2 is None or e.actor2.actor.id != who.actor.id:
                events[i] = dataclasses.replace(e, actor1=who)
    return True


def _tells_its_own(ctx: SentenceContext, claim_at: int) -> bool:
    """ "A drone struck the palace, killing four, said the military, which blamed the RSF for the
    attack": a sentence whose main clause tells a deed before the claim or the blame tells its own
    event, the blame its doer."""
    from warmap.events.triggers import load_triggers  # (cached)
    words = ctx.sent.doc
    for found in load_triggers().find(ctx.text[:claim_at]):
        lo, hi = found.start, found.end  # (the words of "drone struck": its verb)
        if any(lo <= t.idx - words[0].idx < hi and t.pos_ == "VERB" and t.dep_ in ("ROOT", "conj", "ccomp")
               and not any(a.dep_ in ("relcl", "advcl", "acl") for a in t.ancestors) for t in words):
            return True
    return False


def _group(readings: list[Reading]) -> list[list[Reading]]:
    """Readings of one event. A sentence reports one event per place: ACLED's hierarchy
    folds air support into the ground battle it supports, a withdrawal into the capture
    it allowed, and the killing into the strike that caused it. Readings with no place
    join the first event that has one; two places make two events."""
    groups: list[list[Reading]] = []
    placeless: list[Reading] = []
    for r in readings:
        if r.background or days_before(r.token) is not None:
            # an earlier event, told only to say when this one happened; one told "three days
            # after" it fell is an event of its own ("retook Kunduz on Thursday, three days after it fell")
            groups.append([r])
            continue
        if r.names_own_place and groups and another_side(r, groups[0][0]):
            # "..., and on the same day Boko Haram killed 92 soldiers at Bohoma": its own event, at a
            # place no one knows (not the other clause's)
            r.place = None
            groups.append([r])
            continue
        if r.place is None:
            placeless.append(r)
            continue
        for g in groups:
            if g[0].background or g[0].place is None:  # (an event at a place no one knows, above, stays its own)
                continue
            p, q = g[0].place.place, r.place.place  # type: ignore[union-attr]
            # two parts of one town told with their own dates ("took al-Tahrir in November and
            # al-Zuhour in January") stay two events
            same = p.name == q.name and (r.anchor is None or g[0].place.mention == r.place.mention)  # type: ignore[union-attr]
            if r.own_date is not None and g[0].own_date is not None and (
                    r.own_date.date_max < g[0].own_date.date_min or g[0].own_date.date_max < r.own_date.date_min):
                continue  # "launched an offensive on Sunday on Tabqa, overrun by IS in 2013": two events
            inside = (q.kind == "admin1" and q.name == p.admin1) or (p.kind == "admin1" and p.name == q.admin1)
            if same or inside:
                if p.kind == "admin1" and q.kind != "admin1":
                    g.insert(0, r)  # the town is the event's place, not its province
                else:
                    g.append(r)
                break
        else:
            groups.append([r])
    main = next((g for g in groups if not g[0].background), None)
    if main is not None:
        main.extend(placeless)
    elif placeless:
        groups.append(placeless)
    return groups


def _evidence(r: Reading, a1, a2, place, when: DateWindow, fat, sent: SentenceAnalysis,
              sentence: str) -> tuple[Evidence, ...]:
    out = [Evidence("trigger", r.trigger.text, sent.start + r.trigger.start, sent.start + r.trigger.end)]
    for name, m in (("actor1", a1), ("actor2", a2)):
        if m is not None and m.end > m.start:
            out.append(Evidence(name, m.mention, m.start, m.end))
    if place is not None and not r.place_from_context:
        out.append(Evidence("location", place.mention, place.start, place.end))
    if when.start is not None and when.mention and sent.start <= when.start < sent.end:
        out.append(Evidence("date", when.mention, when.start, when.end or when.start))
    if fat is not None:
        out.append(Evidence("fatalities", sentence[fat[1]:fat[2]], sent.start + fat[1], sent.start + fat[2]))
    return tuple(out)


_TIME_WORDS = {"after", "before", "since", "until", "till"}


def _in_time_clause(tok: Token) -> bool:
    """Is the trigger inside an "after ..."/"before ..." clause ("two weeks after the army seized it")?"""
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("advcl", "pcomp") and (any(c.dep_ == "mark" and c.lower_ in _TIME_WORDS for c in cur.children)
                                              or cur.head.lower_ in _TIME_WORDS):
            return True
        if cur.head.i == cur.i or cur.dep_ not in ("advcl", "pcomp", "pobj", "dobj", "nsubj", "conj", "compound", "amod"):
            return False
        cur = cur.head
    return False


def _fold_killings(groups: list[list[Reading]]) -> list[list[Reading]]:
    """ "A suicide bomber struck in Iskandariya, south of Baghdad, killing 29 people": the
    killing is the bombing's toll even when the parse puts it at the other place named."""
    main = next((g for g in groups if any(r.kind != "kill" for r in g)), None)
    if main is None:
        return groups
    out = []
    for g in groups:
        if g is not main and all(r.kind == "kill" and r.item is None for r in g) \
                and not any(r.names_own_place and another_side(r, main[0]) for r in g):  # (another side's, elsewhere)
            main.extend(g)
        else:
            out.append(g)
    return out


_TAKEOVERS = ("Non-state actor overtakes territory", "Government regains territory")


def _earlier_fights(events: list[Event]) -> list[Event]:
    """ACLED codes only the final takeover of a place; the same side's earlier gains there
    ("On Monday, SDF fighters seized the roundabout" before "on Tuesday the SDF took the
    city") are armed clashes."""
    out = []
    for e in events:
        if e.sub_event_type in _TAKEOVERS and e.location is not None and e.actor1 is not None and any(
                f is not e and f.sub_event_type in _TAKEOVERS and f.location is not None and f.actor1 is not None
                and f.location.place.name == e.location.place.name and f.actor1.actor.id == e.actor1.actor.id
                and f.when.date_min > e.when.date_max and not _other_parts(e.location, f.location) for f in events):
            e = dataclasses.replace(e, event_type="Battles", sub_event_type="Armed clash")
        out.append(e)
    return out


def _other_parts(a: PlaceMention, b: PlaceMention) -> bool:
    """Two named parts of one town (al-Tahrir and al-Zuhour in Mosul): a gain in one is no
    fight before the takeover of the other."""
    return a.mention != b.mention and (a.place.name not in (a.mention, b.mention)
                                       or any(_SITE.search(m) for m in (a.mention, b.mention)))


#: a site named after its town ("Qayyarah West airfield"): taken apart from the town
_SITE = re.compile(r"\b(?:air(?:port|base|field|strip)|air\s+base|base|dam|refinery|bridge|prison|camp|crossing|"
                   r"university|hospital|stadium|oil\s?field|barracks)\b", re.I)


def _dedupe(events: list[Event]) -> list[Event]:
    seen: dict[str, Event] = {}
    for e in events:
        if e.id not in seen:
            seen[e.id] = e
    return _retold_captures(list(seen.values()))


_CAPTURES = ("Government regains territory", "Non-state actor overtakes territory")


def _retold_captures(events: list[Event]) -> list[Event]:
    """ "Iraqi troops retook Rutba on Thursday. ... Officers said army units had raised the flag
    over the town's government buildings": a capture told again with no day of its own, by the
    side that took it or none, is the capture told first, and takes its day (its window would
    otherwise take in, and be merged with, a fight of the days before). A summary that comes
    first with no date at all ("RSF captured army bases across Darfur. ... RSF 4 Nov overran
    ... Ardamata") takes the day of the dated telling after it."""
    out = list(events)
    for i, e in enumerate(out):
        if e.sub_event_type not in _CAPTURES or e.when.precision == "day" or e.location is None:
            continue
        undated = e.when.mention is None
        first = next((p for j, p in enumerate(out) if j != i and p.sub_event_type == e.sub_event_type
                      and p.when.precision == "day"
                      and p.location is not None and p.location.place.name == e.location.place.name
                      and (e.when.date_min <= p.when.date <= e.when.date_max and j < i
                           or undated and p.when.date <= e.when.date_max)
                      and (e.actor1 is None or p.actor1 is None or p.actor1.actor.id == e.actor1.actor.id)), None)
        if first is not None:
            note = Evidence("date_note", "the capture told again: dated by its first telling", -1, -1)
            out[i] = dataclasses.replace(e, when=first.when, evidence=tuple(
                v for v in e.evidence if v.field != "date") + (note,))
    return out
