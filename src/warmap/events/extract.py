"""From one analysed article to ACLED events, each field tied to the words that gave it.

For every sentence that holds a trigger (``triggers.toml``) and was parsed:

1. drop it if the trigger names no event (``filters.is_no_event``) or is negated,
   hypothetical, conditional, a threat or a forecast (``modality.assess``);
2. read the roles from the dependency parse (``roles``): the side that acts (subject,
   passive agent, "X's offensive", "regime air strikes") and the side acted on (object,
   passive subject, "on/against/with X", "between X and Y");
3. pick the place the event happened at (a place in the trigger's clause, attached by in/at/
   on/near/into/of, before any other place; ``placing``), one event per place (``several_places``);
4. turn the trigger's kind into an ACLED type with the actors' types (``classify``: a
   state force's capture is "Government regains territory"; killings of civilians are
   "Attack"; a "raid" by an air force is an air strike);
5. apply ACLED's hierarchy among readings of one event in the sentence, keeping
   distinct events (other place or other actors) apart (``discourse._group``,
   ``hierarchy.lead``), then settle its sides (``parties``), toll and victims
   (``victims``) and date (``dating``).

This module keeps the loop over sentences and what it carries from one to the next (the
paragraph's date, the last striker, the last named group); ``reading`` has the shared records.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from warmap.events.items import list_items
from warmap.events.filters import WEAPON_KINDS, is_presupposed_capture, no_event_rule
from warmap.events.references import is_reference
from warmap.events.modality import assess
from warmap.events.why import note, note_group, note_sentence, tracing
from warmap.events.triggers import TriggerLexicon, load_triggers
from warmap.nlp.sentences import dateline_spans
from warmap.nlp.spans import SpanIndex
from warmap.records import ActorMention, Article, DateWindow, Event, Evidence, PlaceMention, Source
from warmap.events.reading import SentenceAnalysis, Reading, SentenceContext, _token_at
from warmap.events.classify import _MISSION, _classify, _flies
from warmap.events.placing import (home_place, story_place, district_of_town, _item_place, _place_key,
                                   past_the_bearing, _place_before, _spread, _told_next, within, UNPLACED_NOTE, names_a_place, spot_in_scene,
                                   town_here)
from warmap.events.roles import _STRATEGIC_KINDS, _roles
from warmap.events.tally import TALLY, countries_as_areas
from warmap.events.parties import _air_actor_before, _blamed, _opponent, _other_armed, settle_sides
from warmap.events.date_cues import after_since, day_told_between, later_by
from warmap.events.crowds import crowd_fight, fold_intervention, protest_before, riot_over_protest
from warmap.events.several_places import coordinated_places, one_per_town
from warmap.events.unknown_place import group_place, names_unknown_place, names_unnamed_town, off_bearing, one_site, still_unknown_scene
from warmap.events.dating import (days_before, told_date, shifted, _is_heading, _speech_date, _window_for,
                                  event_date, in_another_clause)
from warmap.events.one_day import backdrop, is_no_one_day
from warmap.events.each_day import each_day
from warmap.events.fatalities import find_fatalities
from warmap.events.sides import identified, is_unidentified
from warmap.events.victims import _ITEM_CIVILIANS, own_clause, toll_and_victims
from warmap.events.hierarchy import fought_for, lead
from warmap.events.entries import on_its_own_line
from warmap.events.discourse import (_dedupe, _earlier_fights, _evidence, _fold_killings, _follow_up,
                                     _group, _told_before, dated_here, dayed_by_possessive, is_follow_up)
from warmap.events.means import last_weapon, retold_means, suicide_bomber_retold

__all__ = ["SentenceAnalysis", "extract_events", "event_id", "is_follow_up"]


def event_id(doc_id: str, sentence_start: int, sub_event_type: str, place: str, actor1: str) -> str:
    """A stable id: the same article gives the same ids however often it is ingested."""
    return hashlib.sha1(f"{doc_id}:{sentence_start}:{sub_event_type}:{place}:{actor1}".encode("utf-8")).hexdigest()[:16]


# "a cruise missile strike": fired from the ground or the sea; "terrorist bombings": bombs set off, not dropped
_MISSILE_BEFORE = re.compile(r"\b(?:missiles?|rockets?|artillery|mortars?|tomahawks?|cruise)\s*$", re.I)
_TERROR_BEFORE = re.compile(r"\b(?:terrorist|terror|militant)\s*$", re.I)


def extract_events(article: Article, sentences: Sequence[SentenceAnalysis], actors: Sequence[ActorMention],
                   places: Sequence[PlaceMention], dates: Sequence[DateWindow], *,
                   lexicon: TriggerLexicon | None = None) -> list[Event]:
    """Events from the parsed sentences of one article, in text order."""
    lex = lexicon or load_triggers()
    text = article.text
    events: list[Event] = []
    datelines = dateline_spans(text)
    last_date: DateWindow | None = None
    last_para_end = -1
    last_striker: ActorMention | None = None
    last_group: tuple[ActorMention, int] | None = None  # the last named non-state side, and where its sentence ended
    lead_date: DateWindow | None = None  # the last date the article gave, in any paragraph
    # has the article told an air strike yet (a bare "strike" after one is one too); the last weapon word's kind and end
    told_air, means = False, None
    # mentions looked up by sentence in log time: a scan per sentence is quadratic in length
    actor_index, place_index, date_index = SpanIndex(actors), SpanIndex(places), SpanIndex(dates)
    actor_starts = [a.start for a in actors]
    # a report naming no place below a country (a brief) keeps its events, the place unknown, with a note
    placed_report = names_a_place(places)
    unknown_scene = False  # the last event was at a place no one knows: the sentences after it are not the story's town
    for sent in sentences:
        sentence = text[sent.start:sent.end]
        note_sentence(sent, sentence, (), "")  # (explain: the loop saw this sentence)
        # Dates and places carry over only inside one paragraph.
        last_date = None if last_para_end >= 0 and "\n\n" in text[last_para_end:sent.start] else last_date
        between = day_told_between(date_index, max(last_para_end, 0), sent.start, sentence)
        lead_date = between or lead_date  # ("On May 10, ...:" unparsed)
        last_date = between if between is not None and on_its_own_line(text, between) else last_date  # ("[27.09.2020 08:41]")
        last_para_end = sent.end
        ctx = SentenceContext(sent, sentence, actor_index, place_index, text)
        # (told right after an event at a place no one knows, naming no town of its own)
        unknown_here = unknown_scene and still_unknown_scene(sentence, place_index.inside(sent.start, sent.end))
        sent_dates = date_index.starting_in(sent.start, sent.end)
        readings: list[Reading] = []
        own_dates: list[DateWindow] = []  # dates in this sentence that dated its events
        items = list_items(sentence)
        if lex.non_event_context(sentence) or _is_heading(text, sent.start, sent.end, article.title, sent.doc):
            if tracing():
                note_sentence(sent, sentence, lex.find(sentence), "triggers.non_event_context"
                              if lex.non_event_context(sentence) else "dating._is_heading")
            continue  # a drill or a film; a section heading sums up the paragraph below it
        if _follow_up(sentence, sent.start, ctx, events, sent_dates):
            if tracing():
                note_sentence(sent, sentence, lex.find(sentence), "discourse._follow_up")
            continue  # a claim, a blame or a second toll speaks of an event already read
        found = lex.find(sentence)
        setting = backdrop(sentence) if found else []  # ("..., as fighting between X and Y enters its third week")
        for m in found:
            tok = _token_at(sent.doc, m)
            rule = None if tok is None else "reading.in_a_name" if ctx.in_a_name(m) \
                else "one_day.backdrop" if any(lo <= m.start < hi for lo, hi in setting) else no_event_rule(m, tok, sentence, bool(sent_dates))
            dropped_by = "reading._token_at" if tok is None else rule if rule is None or "." in rule else f"filters.{rule}"
            if dropped_by is not None:
                note(sent, sentence, m, dropped_by)
                continue
            mod = assess(sentence, sent.doc, tok.i)
            presupposed = not mod.asserted and is_presupposed_capture(tok, article.published)
            if not mod.asserted and not presupposed:
                note(sent, sentence, m, f"modality.assess: {mod.reason}")
                continue
            missile = m.kind == "air" and _MISSILE_BEFORE.search(sentence[max(0, m.start - 24):m.start])
            terror = m.kind == "air" and _TERROR_BEFORE.search(sentence[max(0, m.start - 24):m.start])
            r = Reading(kind="shelling" if missile else "ied" if terror else m.kind, trigger=m, token=tok,
                        background=is_reference(tok))  # kept only if dated and placed (filters)
            _roles(r, ctx, lex)
            identified(r, ctx)  # "gunmen believed to belong to the Islamic State group": the group
            r.kind, r.air_story = retold_means(r.kind, tok, r.actor1, means, sent.start)  # "the attack on Saturday"
            r.kind = "suicide" if suicide_bomber_retold(r.kind, tok, text, sent.start) else r.kind  # "The bomber struck"
            r.item = next((i for i in items if i.start <= m.start < i.end), None)
            if r.item is not None:
                # a list item's event is at the item's own place, if it names one, and its
                # victims are the item's ("11 fighters and YPG members in clashes ...")
                r.place = _item_place(r.item, ctx) or r.place
                if r.item.count is not None:
                    r.victims_civilian = _ITEM_CIVILIANS.match(sentence, r.item.start) is not None
                    r.victims_armed = not r.victims_civilian
            if r.actor1 is None and (r.kind in WEAPON_KINDS or r.kind in _BLAMEABLE and tok.pos_ == "VERB"
                                     and not any(f.kind in WEAPON_KINDS for f in found)):  # (not "blamed X for the attack")
                # "missiles struck the base ...; Syria and Russia blamed Israel"; "14 were killed ... and blamed X"
                r.actor1 = _blamed(sentence, sent.start, ctx)
            if r.kind == "air" and r.actor1 is None and last_striker is None:
                last_striker = _air_actor_before(actors, actor_starts, sent.start, lex)
            device = any(d.kind in ("ied", "suicide", "grenade") and d.end <= m.start for d in found)  # "a bomb struck"
            if r.kind == "air" and r.actor1 is None and last_striker is not None and not device and not any(
                    a.end <= sent.start + m.start for a in ctx.actors):
                # "Near Raqqah, nine strikes engaged ...": a list line's striker is the one the release has been listing
                r.actor1, r.actor1_guessed = last_striker, True
            if r.place is not None:  # ("the northern Qadisiya district" of the story's town, not the province)
                r.place = district_of_town(past_the_bearing(r.place, text, places), text, _place_before(places, sent.start, datelines))
            if r.place is None and (here := town_here(sentence, places, datelines)) is not None:
                r.place, r.place_from_context = here, True  # ("the bus stand here": the dateline's town)
            if r.place is None and names_unnamed_town(r.token):
                r.place_unknown = True  # "liberated a northeastern Syrian town": not the story's town
            if r.place is None and not r.place_unknown:
                r.place = _told_next(text, sent.end, place_index)  # "It targeted a depot in Qayyarah"
                r.place_from_context = r.place is not None
            elif r.place is not None and r.place.place.kind == "admin1":  # "... in Kanbalu township"
                r.place = within(r.place, _told_next(text, sent.end, place_index))
            r.names_own_place = (r.place is None or not r.place_role) and not r.place_unknown \
                and names_unknown_place(r.token, ctx)
            if r.names_own_place and r.place is None and (spot := spot_in_scene(text, sent.start, places, datelines)):
                r.place, r.place_from_context = spot, True  # ("In Buea, ... at Mile 16": a spot in that town)
            if r.place is None and not r.place_unknown and not r.names_own_place and not unknown_here:
                earlier = story_place(text, sentence, sent.start, places, datelines)
                countries = countries_as_areas(text, ctx.places)
                if (countries and not one_site(r.token) or TALLY.search(sentence)) and m.kind not in _STRATEGIC_KINDS | {"other"}:
                    # "In Syria, the Coalition conducted 12 strikes": a country's or a day's
                    # tally, no event ACLED can place (its lines, if any, are the events)
                    if r.kind in ("air", "shelling") and r.actor1 is not None and not r.actor1.generic:
                        last_striker = r.actor1
                    note(sent, sentence, m, "tally.TALLY: a country's or a day's tally, no event ACLED can place")
                    continue
                # "struck positions in northern Iraq": not the story's town in another country
                earlier = home_place(r.actor1, places, sent.start, earlier)  # not the SDF's act in Iraq
                if earlier is not None and not ctx.elsewhere and (not countries or earlier.place.country in countries) \
                        and not off_bearing(text, ctx.places, earlier):  # ("a school in northeastern Nigeria": not Abuja)
                    r.place, r.place_from_context = earlier, True
            if r.kind == "air" and _MISSION.search(m.text) and not (r.actor1 is not None and _flies(r.actor1, lex)):
                r.kind = "clash"  # "special forces conducted a mission against": on the ground
            if r.kind == "clash" and r.actor1 is not None and r.actor2 is None:
                # "launched an offensive on Raqqa, the city overrun by IS": the other side named
                r.actor2 = _opponent(r.actor1, ctx, lex) or _other_armed(r.actor1, ctx, sent.start + m.start)
                r.actor2_guessed = r.actor2 is not None
            r.air_story = r.kind == "air" and (told_air or r.air_story)
            r.protest_before = r.kind in ("kill", "attack_civilians", "protest_intervention") and protest_before(text, sent.start)
            r.dated = bool(sent_dates) or later_by(sentence) is not None  # ("Nine days later, ...")
            typed = _classify(r, lex, sent.start)
            if typed is None:
                note(sent, sentence, m, "classify._classify: no ACLED type for this reading")
                continue
            if _told_before(tok, typed, events, sent.start, r.place if r.place_role else None) and (
                    dayed_by_possessive(tok) or not dated_here(tok, sent, sent_dates)):
                note(sent, sentence, m, "discourse._told_before: the event just reported, told again")
                continue  # "The strike targeted Shayrat Airfield": the strike just reported, told again
            if len(sent_dates) > 1:
                r.own_date = _window_for(sent, sent.start + m.start, sent_dates, None, None)
            r.typed, r.confidence = typed, (0.6 if presupposed else mod.confidence)
            readings.append(r)
            readings += coordinated_places(r, ctx)
        if items and not any(r.item for r in readings):
            readings = _spread(readings, items, ctx)
        elif items:
            note_group(sent, sentence, [r for r in readings if r.item is None], "items.list_items: a list's lead total")
            readings = [r for r in readings if r.item is not None]  # the lead's total is no event of its own
        groups = _fold_killings(_group(readings))
        placed = {(p.place.name if p else n and g[0].token.i)  # (a village no one knows is a place of its own)
                  for g in groups for p, n in [group_place(g, g[0], ctx)]} if len(groups) > 1 else set()
        for group in groups:
            readings_in = group
            group, best, stopped, a1, a2, event_type, sub = lead(group, sentence)
            event_type, sub = fought_for(best, (event_type, sub), sentence, text, place_index.items, (sent.start, sent.end))
            sides = settle_sides(a1, a2, best, group, stopped, event_type, sub, sentence, sent.start, ctx, lex, last_group, events)
            if sides is None:
                note_group(sent, sentence, readings_in, "parties.settle_sides: a one-sided fight named in no town")
                continue  # a one-sided fight with no enemy named before and no town
            event_type, sub, a1, a2 = crowd_fight(event_type, sub, *sides, sent.start)  # ("protesters clashed with police")
            if sub == "Armed clash" and a1 is None:
                note_group(sent, sentence, readings_in, "extract: an armed clash with no side named")
                continue
            fat, a2 = toll_and_victims(sentence, sent.start, group, best, event_type, sub, a2)
            fat = None if best.shared and best.item is None else fat  # "killed 30 in Douma and Saqba": shared
            span = own_clause(best.token, [g[0].token for g in groups if g is not readings_in]) \
                if len(placed) > 1 and best.item is None and not best.shared else None
            if span is not None:  # "a man was killed in a strike on X, while two women died in Y"
                own = find_fatalities(sentence[span[0]:span[1]])
                fat = (own[0], own[1] + span[0], own[2] + span[0]) if own else None
            when = event_date(sent, sentence, best, sent_dates, last_date, lead_date, article.published)
            # (a date before "after" is the main clause's; one after it the clause's own: dating.days_before)
            back = days_before(best.token) if when is not None else None
            if back and not any(d.start > sent.start + back.after and not _speech_date(sent, d) and not after_since(sent, d)
                                and not in_another_clause(sent, d, best.token) for d in sent_dates):
                when = shifted(when, back.days)  # "comes a day after a strike on X left 18 dead"
            if when is None:
                note_group(sent, sentence, readings_in, "dating.event_date: no date for this event")
                continue
            if is_no_one_day(sent, sentence, best, sent_dates):
                note_group(sent, sentence, readings_in, "one_day.is_no_one_day: background, habit or a span, no one day")
                continue
            fatalities = fat[0] if fat and event_type != "Strategic developments" and sub != "Peaceful protest" else None
            confidence = best.confidence
            if best.place_from_context:
                confidence -= 0.1
            if a1 is not None and a1.generic:
                confidence -= 0.05
            place, unknown_named = group_place(group, best, ctx)
            if place is None and event_type != "Strategic developments" and not ctx.elsewhere \
                    and not unknown_named and placed_report:
                note_group(sent, sentence, readings_in, "extract: no place (ACLED records no event it cannot place)")
                continue  # ACLED records no event it cannot place (country-level tallies and the like)
            evidence = _evidence(best, a1, a2, place, when, fat, sent, sentence)
            if place is None and not placed_report:
                evidence += (Evidence("place_note", UNPLACED_NOTE, -1, -1),)
            ev = Event(
                id=event_id(article.doc_id, sent.start, sub, _place_key(place, best), a1.actor.id if a1 else ""),
                event_type=event_type, sub_event_type=sub, when=when, actor1=a1, actor2=a2, location=place,
                fatalities=fatalities, confidence=max(0.1, round(confidence, 3)),
                sources=(Source(article.source, article.doc_id, article.title, article.published,
                                sentence, sent.start, sent.end),),
                evidence=evidence,
            )
            folded = fold_intervention(events[-1] if events else None, ev, best.place_from_context,
                                       bool(sent_dates))
            if folded is not None:
                events[-1] = folded  # "Police fired tear gas to disperse them": how the protest ended
                continue
            events.append(ev)
            unknown_scene = place is None and (unknown_named or any(g.place_unknown for g in group))
            own_dates += [when] if when.start is not None and sent.start <= when.start < sent.end else []
            told_air = told_air or sub == "Air/drone strike"
            note_group(sent, sentence, readings_in, f"classify._classify: {event_type} / {sub}", kept=True, event_id=ev.id)
            if a1 is not None and not a1.generic and a1.actor.type in _GROUP_TYPES \
                    and not is_unidentified(a1.actor):
                last_group = (a1, sent.end)
            if sub in ("Air/drone strike", "Shelling/artillery/missile attack") and a1 is not None and not a1.generic:
                last_striker = a1
        means = last_weapon(found, sent.end, means)  # (for the sentences after this one)
        if told := told_date(sent, own_dates, sent_dates):
            last_date = lead_date = told
    return each_day(one_per_town(_earlier_fights(riot_over_protest(_dedupe(events)))), date_index)


_GROUP_TYPES = {"rebel group", "political militia", "identity militia"}
_BLAMEABLE = {"kill", "attack_civilians", "abduction", "clash", "body_found"}  # (doer told only as the one blamed)
