"""Typing: turn one reading's trigger kind, with its actors and words, into an ACLED event
type and sub-event type (``_classify``), with the tests it asks (an air force's reading,
a reading abroad, a protest, a fight, a capture without fighting) and their patterns.
"""

from __future__ import annotations

import re

from warmap.events.filters import in_other_clause
from warmap.events import crowds, nationality, pairs, sides, territory
from warmap.events.territory import FIGHTING as _FIGHTING, GROUND_NOUNS as _GROUND_NOUNS, overran_prison, stormed_building, stormed_post
from warmap.events.triggers import TriggerLexicon
from warmap.events.reading import Reading
from warmap.events.means import (
    aircraft_subject, _AIRCRAFT, _AIR_ARM, _GROUND, _ON_FOOT, _TIMES, _flies, _in_ground_war, _instrument,
)
from warmap.events.launches import launched_for, opened_operation
from warmap.events.people import carried_off, died_in_the_fire, people_inside
from warmap.events.pronouns import _ARMED
from warmap.events.unknown_place import takes_an_unknown_place
from warmap.events.unseen import armed_dead, dead_as_victims, unseen_doer
from warmap.events.vocabulary import words
from warmap.nlp.parse import doc_text


_WEAK_TERRITORY = ("took", "take", "taken", "taking", "enter", "storm", "cleared", "occup")


def _of_ground(tok) -> bool:
    """ "the fall of Mosul", "the takeover of the city": ground (a name, a place word) after "of"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return True  # (a verb: "fell under the control of")
    return any(g.dep_ == "pobj" and g.lower_.split()[-1] not in _RULERS
               and (g.pos_ == "PROPN" or g.lemma_.lower().split()[-1] in _GROUND_NOUNS | _PLACE_WORDS)
               for c in tok.children if c.lower_ == "of" for g in c.children)


_PLACE_WORDS = {"capital", "stronghold", "province", "region", "camp", "port", "citadel", "city", "quarter"}
_RULERS = {"government", "regime", "administration", "cabinet", "president", "dictator", "dynasty", "monarchy",
           "junta", "company", "party", "coalition", "alliance", "prime", "minister", "leader"}


def _only_heard(tok) -> bool:
    """ "Explosions and gunfire were heard near the palace": sounds heard, no act of anyone's."""
    first = tok
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):  # ("gunfire and explosions were heard")
        first = first.head
    return first.dep_ in ("nsubjpass", "dobj") and first.head.lemma_.lower() in ("hear", "echo") and tok.pos_ == "NOUN"


#: Verbs that drive a side out of a place (not "captured fighters from the Islamic State")
#: how nouns for a person end ("presenter", "activist", "politician", "resident", "chairman")
_NOT_A_PROTEST = words("protest", "not_held")
_WEAPON_USE = re.compile(r"\b(?:attack|strike|struck|dropp|fired|shell|bomb|launch|used|deploy|barrel|rocket|missile"
                         r"|munition|grenade|suffocat|chok|sarin|mustard|deliberate|intentional|assailant|perpetrator)", re.I)

_MISSION = re.compile(r"\b(?:missions?|sorties?)\b", re.I)


def _fight_happened(tok) -> bool:
    """ "Clashes were reported", "fighting took place", "heavy fighting erupted": a fight told only as
    something that happened, its sides left to the story."""
    if (tok.pos_ == "NOUN" or tok.tag_ == "VBG") and tok.dep_ in ("pobj", "pcomp") and (
            tok.head.lower_ in ("during", "in", "amid") and tok.head.head.lemma_.lower() in _DIED_IN
            or tok.head.lower_ == "under" and tok.head.head.lemma_.lower() == "come"):
        return True  # "three aid workers were killed during fighting in Kabkabiya", "a camp came under attack"
    if not (tok.pos_ == "NOUN" or tok.tag_ == "VBG" and tok.i == tok.sent.start) or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False  # ("Fighting continued Saturday in Kunduz": a gerund the tagger calls a verb)
    verb = tok.head
    if verb.lemma_.lower() in ("begin", "start") and (_BEGAN_WHEN.search(verb.doc[verb.i:verb.sent.end].text)
                                                      or any(c.dep_ == "mark" for c in verb.children)):
        # "The fighting began on Friday, when jets struck Gaza City": the strike is the event;
        # "the toll since the offensive began": a span's start, told in passing
        return False
    return verb.lemma_.lower() in _HAPPENED or verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


#: "began on Friday afternoon, when jets struck ...": what began is told in the clause (not in one of a place's)
_BEGAN_WHEN = re.compile(r"^[^,]*(?:,[^,]*)?,\s+when\b")
_DIED_IN = {"kill", "die", "wound", "injure"}
_HAPPENED = {"erupt", "break", "report", "continue", "rage", "flare", "resume", "intensify", "spread", "occur",
             "ensue", "escalate", "begin", "start", "launch"}  # ("The offensive was launched in May")


def _raided(tok) -> bool:
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("arrest", "detain", "search", "raid", "capture")
               and any(a.lower_ == "to" for a in c.children) for c in tok.children)


def _classify(r: Reading, lex: TriggerLexicon, base: int = 0) -> tuple[str, str] | None:
    """ACLED type for one reading, or None when the actors rule it out (``base``: where the sentence starts
    in the article; the acting side's words are ruled on in ``sides``; with no place, the country is the
    one an unnamed side was given: "gunmen attacked the village of Solhan")."""
    country = r.place.place.country if r.place else r.actor1.actor.country if r.actor1 and r.actor1.generic else None
    if r.kind == "territory" and launched_for(r.token):
        r.kind = "clash"  # "launched the operation to retake western Mosul": the fighting began there
    if sides.habitual_statement(r.token) or sides.nobody_acted_on(r.token) or _only_heard(r.token):
        return None  # "mob justice has long been common in Goma", "had arrested no one", "blasts were heard"
    if r.kind == "mob" and r.trigger.text.lower().startswith("vigilante") and (
            r.token.dep_ in ("nsubjpass", "compound", "amod") or r.token.head.dep_ in ("nsubjpass", "pobj")):
        return None  # "a member of a local vigilante group was shot dead": the vigilante is the victim, or a name
    if r.kind == "mob" and r.actor1 is not None and r.actor1.actor.type in _ARMED and "death" in r.trigger.text.lower() \
            and not r.actor1.actor.id.startswith("unidentified_armed_group"):  # (not "a crowd beat ... gang members to death")
        r.kind = "attack_civilians"  # "IS militants stoned a woman to death", "beaten to death by soldiers": no crowd
    crowd = crowds.crowd_violence(r.kind, r.token, lex, r.actor1.actor if r.actor1 else None)
    if crowd is not None:  # "protesters torched cars", "a mob lynched a thief": a riot
        r.actor1, r.actor2 = crowds.riot_sides(r.actor1, r.actor2, country, base)
        return crowd
    if _ACCUSED_OF.search(r.token.doc[max(0, r.token.i - 6):r.token.i].text_with_ws):  # (no join of the whole Doc)
        return None  # "two men accused of child abduction": what someone is accused of
    if r.kind == "protest" and r.token.dep_ in ("compound", "amod") and r.token.head.lower_ in _NOT_A_PROTEST:
        return None  # "a protest organiser", "a protest vote": someone or something, not a protest
    if sides.intended_by_agent(r.token):
        return None  # "suicide bombers were planning to attack churches"
    if r.actor1 is None and not sides.talked_of(r.token):  # ("Washington condemned the attack")
        # "armed men", "unknown assailants"; "Russian strikes hit ...": the state named by its people
        r.actor1 = sides.unnamed_armed(r.token, lex, base, country) or nationality.demonym_agent(r.token, base) \
            or nationality.country_agent(r.token, base)
    dead_as_victims(r)
    if r.actor1 is None:  # "A radio presenter was shot ...", "a convoy ... was ambushed": by someone unnamed
        r.actor1 = unseen_doer(r, country, base)
    if r.actor1 is not None and (r.actor1.actor.type == "civilians" or r.actor1.actor.type == "protesters" and r.kind != "clash") \
            and r.kind not in ("protest", "protest_force", "protest_intervention", "riot", "agreement", "group_change", "kill"):
        # civilians do not capture, strike or shell (ACLED's actor types): the word that made them actor1 ("Syrians")
        # is someone else; protesters who clash with police riot (``crowds.crowd_fight``)
        r.actor1 = None
    if r.kind == "clash" and (r.actor1 is None or r.actor2 is None):
        # "fighting between the army and the TPLF"; "Fighting continued in Ramadi between the
        # army and IS": the "between" may hang on the verb the fighting is subject of, or its place
        t = r.token
        heads = [t] + ([t.head] + [
            g for c in t.head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            if t.dep_ == "nsubj" else [])
        # ("broke out in Khartoum on the morning of 15 April between the SAF and the RSF": hung on the date)
        heads += [b.head for b in (t.head.subtree if t.dep_ == "nsubj" else ()) if b.lower_ == "between"
                  and b.dep_ == "prep" and b.head not in heads and not in_other_clause(b, t.head)]
        for h in heads:
            named = pairs.between(h, base, country, lex)
            if len(named) == 1 and pairs.rivals(named[0], doc_text(r.token.doc), base):
                named = named * 2  # "fighting between rival clans"
            if len(named) == 2:
                r.actor1, r.actor2 = named
                break
    r.actor1 = r.actor1 or armed_dead(r, lex, country, base)
    toll = r.kind == "clash" or any(c.dep_ == "nsubj" and _FIGHTING.match(c.text) for c in r.token.children)
    if r.kind in ("clash", "kill") and r.actor1 is not None and (
            r.actor2 is None or toll and r.actor2.generic and r.actor2.actor.type == "civilians"):
        # "rival militias clashed"; "clashes between rival groups killed 13 people": the dead are its toll, not its target
        r.actor2 = pairs.rivals(r.actor1, doc_text(r.token.doc), base) or r.actor2
    storm = r.kind == "territory" and (r.trigger.text.lower().startswith("storm") and stormed_post(r.token, lex)
                                       or overran_prison(r.token))
    if (r.kind == "clash" or storm) and r.actor1 is not None and r.actor2 is None:
        # "X and Y exchanged gunfire"; "attacked a military base", "stormed a prison": its keepers
        r.actor2 = sides.co_agent(r.token, r.actor1, base, country) or sides.site_owner(r.token, lex, base, country) \
            or nationality.fended_off_nationality(r.token, r.actor1, base) \
            or nationality.paired_nationality(r.token, r.actor1, base) or nationality.town_keepers(r)
    a1 = r.actor1.actor if r.actor1 else None
    a2 = r.actor2.actor if r.actor2 else None
    is_state = a1 is not None and (a1.type == "state forces" or sides.affiliated_here(a1, country, lex))
    flies = a1 is not None and (a1.id in lex.air_actors and not _ON_FOOT.search(r.actor1.mention)
                                or (a1.parent or "") in lex.air_actors
                                or "air force" in a1.name.lower() or _AIR_ARM.search(r.actor1.mention) is not None)
    civ_target = r.victims_civilian or (a2 is not None and a2.type == "civilians")
    by_aircraft = aircraft_subject(r.token)  # ("one of their aircraft killed seven civilians")
    kind = "air" if r.kind in ("kill", "attack_civilians") and by_aircraft else r.kind
    flies = flies or by_aircraft
    text = r.trigger.text.lower()
    if kind in ("clash", "kill", "attack_civilians") and (is_state or a1 is not None and a1.type == "external/other forces"
                                                          and a1.country != country) \
            and not r.victims_armed \
            and (crowds.protest_scene(r.token.sent.text) or r.protest_before or a2 is not None and a2.type == "protesters"):
        return "Protests", "Excessive force against protesters"  # "shot dead by soldiers during a march"
    if kind == "protest_force" and a1 is not None and not is_state and a1.type not in ("protesters", "civilians", "rioters"):
        return "Violence against civilians", "Attack"  # "militiamen opened fire on a rally": no state's force
    if kind in ("clash", "kill") and a2 is not None and a2.type == "protesters" and not r.victims_armed and not is_state:
        return "Violence against civilians", "Attack"  # "gunmen opened fire, killing 12 protesters": no fight with a crowd
    if kind == "air" and text.startswith("raid") and (not flies or sides.on_foot(r.actor1)
                                                       or a1 is not None and _in_ground_war(a1, a2, country, lex)):
        kind, flies = "clash", False  # "seized weapons in a raid near Tillaberi", "Israeli forces raided Nablus": on the ground
    if kind == "body_found":
        r.actor1 = r.actor1 or sides.unidentified_mention(country, base)  # "the body of a man was found"
        return lex.kinds[kind]
    if kind == "transfer" and text.startswith("surrender") and not any(c.dep_ == "dobj" for c in r.token.children):
        armed = any(w.lower_ in lex.fighter_words for t in sides.agents(r.token) for w in t.subtree)
        if not armed and (r.actor1 is None or r.actor1_guessed):
            return None  # "relatives insist the men had surrendered": no armed side gave itself up
        return "Strategic developments", "Change to group/activity"  # "40 fighters surrendered to the army"
    if kind == "protest" and text.startswith("march") and a1 is not None and a1.type not in ("civilians", "protesters") \
            and any(c.lower_ == "into" for c in r.token.children) and r.place is not None \
            and not any(c.dep_ == "dobj" for c in r.token.children):  # ("marched fifteen travellers into the bush")
        return territory.territory_type(r, lex, "entered", a1, a2, is_state, civ_target)  # "M23 rebels marched into Goma"
    if kind == "protest" and (crowds.protesters_acted_on(r.token) or crowds.on_their_way(r.token) or (
            text.startswith("march") and r.actor1 is not None and r.actor1.actor.type not in ("civilians", "protesters")
            and not crowds.backers_marched(r.token))):
        return None  # "police arrested 10 protesters": an arrest; "soldiers marched through Kinshasa": a parade
    if kind == "arrest" and " away" in text and (a1 is None or a1.type != "state forces"):
        return None  # "gunmen took away the priest", "soldiers took away the bodies": carried off, not held by the state
    if kind == "arrest" and crowds.at_protest(r.token.sent.text):
        return "Protests", "Protest with intervention"  # "arrested 12 during a demonstration"
    if (kind == "clash" and sides.weapon_agent(r.token, lex)) or (kind == "air" and sides.hit_a_device(r.token, lex)):
        return None  # "a suicide bomber attacked a mosque", "their vehicle struck a landmine"
    if kind == "territory" and (civ_target or a2 is None) and r.place_role != "nsubjpass" and territory.taken_by_men(r.token):
        return "Violence against civilians", "Abduction/forced disappearance"  # "was taken from his home by armed men"
    if kind == "territory" and a1 is not None and a1.type not in ("civilians", "protesters") and carried_off(r.token):
        # "IS fighters took as many as 2,000 civilians with them as human shields"
        r.actor2 = r.actor2 if r.actor2 is not None and r.actor2.actor.type == "civilians" else None
        r.kind = "abduction"  # (no ground taken: no later rule of captures applies)
        return "Violence against civilians", "Abduction/forced disappearance"
    if kind == "territory" and text.startswith(("fell", "has fallen", "had fallen")) and not text.endswith(("to", "of")) \
            and r.place_role != "nsubj" and not (r.place is not None and r.place.start - base < r.trigger.start
                                                 and not any(c.dep_ == "nsubj" for c in r.token.children)):
        return None  # "Herat fell on Thursday" (however parsed): a town that fell, not prices or rain
    if kind == "territory" and text.endswith(" of") and not _of_ground(r.token.head if r.token.lower_ == "of" else r.token):
        return None  # "the fall of the government", "the takeover of a company": no ground changed hands
    if kind == "territory" and text.startswith(("rais", "hoist")) and (
            a1 is None or r.actor1_guessed
            or not territory.flag_over_ground(r.token, _GROUND_NOUNS | _PLACE_WORDS, seat=not sides.is_unidentified(a1))):
        return None  # a flag raised over a town (not a building) tells who holds it, when the text names who
    if kind == "territory" and text.startswith(("enter", "took", "take", "occup", "clear", "reach", "swe")) \
            and (a1 is None and a2 is None or text.startswith("enter") and _raided(r.token)):
        return None  # "a convoy of aid trucks entered Gaza", "the road was cleared of mines": nobody named took anything;
        # "troops entered the camp to arrest members of a cell": a raid, no ground taken
    if kind == "territory" and text.startswith(_WEAK_TERRITORY) and r.place_role not in ("dobj", "nsubjpass") \
            and not text.endswith(("control", " from")) and not text.startswith("takeover") \
            and not (sides.takes_a_site(r.token) and not text.startswith(("enter", "storm"))) \
            and not (a2 is None and not text.startswith(("enter", "storm")) and takes_an_unknown_place(r.token)) \
            and not _SETTLEMENTS.search(text) and not territory.said_of_ground(r.token):  # "cleared several villages near Bashiqa"
        if text.startswith(("took", "take")) and a1 is not None and territory.people_taken(r.token, lex):
            return "Violence against civilians", "Abduction/forced disappearance"  # "took the children from the hostel"
        if not text.startswith("storm"):
            return None  # "took" or "entered" is a capture only with a place as its object
        kind = "clash"  # "stormed the compound": an assault, not a capture
    if kind == "territory" and (text.startswith("storm") and (stormed_post(r.token, lex) or stormed_building(r.token))
                                or text.startswith(("overr", "over-r", "seiz")) and overran_prison(r.token)):
        kind = "clash"  # "stormed a police station in Ramadi", "a hotel", "overran the prison": an assault, no town taken
    if kind == "territory":
        return territory.territory_type(r, lex, text, a1, a2, is_state, civ_target)
    struck = sides.struck_by(r.token, lex) if kind == "air" and text in ("struck", "hit", "hits", "strikes", "strike") \
        else set()
    if struck & {"ied", "suicide", "grenade"}:
        return None  # "a roadside bomb struck their vehicle": the bomb's own reading tells it
    if "shelling" in struck and not (flies and _AIRCRAFT.search(r.token.sent.text)):
        # "the rocket fire that struck ...", "a Russian Tochka-U missile struck the station" (not "jets fired missiles")
        return "Explosions/Remote violence", "Shelling/artillery/missile attack"
    if kind == "air":
        explicit = any(w in text for w in ("air", "warplane", "jet", "helicopter", "barrel", "drone", "aerial", "aircraft"))
        if explicit or flies or (r.air_story and text.startswith(("strike", "attack", "assault"))) or (  # (a report of air strikes)
                text.startswith("strike") and _AIRCRAFT.search(r.token.sent.text)):  # ("...; residents blamed a drone")
            return "Explosions/Remote violence", "Air/drone strike"
        if "bomb" in text and "bombard" not in text and not is_state:  # (a bombardment is shelled or flown)
            return "Explosions/Remote violence", "Remote explosive/landmine/IED"
        if is_state and a1 is not None and a1.type != "external/other forces":
            return "Explosions/Remote violence", "Shelling/artillery/missile attack"
        if a1 is None:
            return None
        if a2 is None and not civ_target and not r.victims_armed:
            # "attackers struck the village of Poromoko": on the ground, at whoever keeps the site
            r.actor2 = sides.site_owner(r.token, lex, base, country)
            civ_target = r.actor2 is not None and r.actor2.actor.type == "civilians"
        return ("Violence against civilians", "Attack") if civ_target and not r.victims_armed else ("Battles", "Armed clash")
    by_weapon = _instrument(r.token) if kind in ("clash", "kill") and a1 is not None else None
    if by_weapon is not None:
        return by_weapon  # "attacked Kharkiv with drones", "attacked the port with missiles"
    if kind in ("clash", "kill"):
        # "Russian forces attacked Ukrainian positions near Bakhmut": on the ground, in its own war
        ground_war = a1 is not None and a1.id in lex.air_actors and _in_ground_war(a1, a2, country, lex)
        if (flies or ground_war) and _TIMES.search(r.token.sent.text) and not _AIRCRAFT.search(r.token.sent.text):
            # "Russian forces attacked Kherson Oblast 72 times over the past day": a governor's count
            # of shells, rockets and mortar rounds, not of sorties
            return "Explosions/Remote violence", "Shelling/artillery/missile attack"
        flies = flies and not ground_war
        if flies and not _GROUND.search(text) and not (r.actor1 and _GROUND.search(r.actor1.mention)):
            return "Explosions/Remote violence", "Air/drone strike"
        if a1 is None and a2 is None:
            # "Clashes were also reported in Nyala", "intense fighting took place around Sake": a placed
            # fight with no side named is the story's warring sides', if it told them (parties.settle_sides)
            return ("Battles", "Armed clash") if kind == "clash" and r.place is not None and (
                _fight_happened(r.token) or launched_for(r.token) or pairs.told_as_two_sides(r.token)) \
                else None
        if civ_target and not r.victims_armed and (a2 is None or a2.type == "civilians") and not sides.toll_of_a_fight(r, lex):
            if a1 is None:
                return None
            if ground_war and r.token.lemma_.lower() == "attack" and r.place is not None and not _GROUND.search(r.token.sent.text):
                # "a Russian attack on Pokrovsk killed three people": a town hit, its people killed, in a
                # war that force fights with guns and missiles from afar (ground_wars)
                return "Explosions/Remote violence", "Shelling/artillery/missile attack"
            return "Violence against civilians", "Attack"
        if a2 is None and not r.victims_armed and not _fought(r) and not (is_state and _on_protest(r)):
            return None  # a battle has two sides; "the assault got under way" alone is not one
        return "Battles", "Armed clash"
    if kind == "shelling" and (r.actor1 is not None and _AIRCRAFT.search(r.actor1.mention) or aircraft_subject(r.token)):
        return "Explosions/Remote violence", "Air/drone strike"  # "helicopters fired missiles at ...", unattributed too
    if kind == "attack_civilians" and a1 is None:
        return None
    if kind == "attack_civilians" and text.startswith(("shot ", "gunned ")) and text.endswith((" dead", " down")) and a2 is not None \
            and a2.type in ("state forces", "rebel group", "political militia", "identity militia"):
        return "Battles", "Armed clash"  # "gunmen shot dead a police officer": an armed side, not a civilian
    if kind == "attack_civilians" and text.startswith("execut") and not (
            civ_target or r.victims_armed or a2 is not None):
        return None  # "an operation executed by coalition forces": carried out, not killed
    if kind in ("group_change", "agreement", "arrest", "base", "looting", "transfer", "abduction", "sexual", "other") \
            and a1 is None and not sides.unknown_side(r.token, lex, civilians_too=kind == "agreement") \
            and not ((kind == "arrest" or text.startswith(("kidnap", "abduct", "loot")) or " taken from " in text)
                     and r.place is not None and r.dated
                     and not _ACCUSED.search(doc_text(r.token.doc), 0, r.trigger.start)):
        # with a named side the dictionary lacks ("Al Shabaab established a base") it stands, and
        # so does a dated, placed arrest or kidnapping whose doer goes unsaid ("the arrest of X in
        # Kampala on Wednesday"; not "the wounded were taken away to hospital")
        return None
    if kind == "looting" and (r.actor1 is None or r.actor1_guessed) and any(
            m.kind in ("ied", "suicide", "air", "shelling") for m in lex.find(doc_text(r.token.doc)[:r.trigger.start])):
        return None  # "... detonated the truck, a fireball that flattened a hotel and set dozens of cars ablaze": the blast's
    if kind == "chemical" and a1 is None and not _WEAPON_USE.search(r.token.sent.text):
        return None  # "the factory leaked chlorine into the river": a chemical, not a weapon used
    if kind == "looting" and (people_inside(doc_text(r.token.doc)[r.trigger.end:]) or died_in_the_fire(r.token)):
        return "Violence against civilians", "Attack"  # "set the bus on fire with passengers inside"
    if kind == "protest_intervention" and text.startswith("fired") and text.endswith(" air") and not (is_state and r.protest_before) \
            and not crowds.protest_scene(r.token.sent.text) and "dispers" not in r.token.sent.text:
        return None  # "the kidnappers fired shots into the air", "border guards fired into the air": no protest stopped
    if kind == "riot" and a1 is not None and a1.type == "state forces":
        return None  # "the soldiers rampaged through the compound": no crowd (their looting is its own reading)
    if kind == "transfer" and (r.place is None or not transfer_can_be_event(text, r.token.sent.text)
                               or territory.arms_handed(r.token)):
        return None  # a withdrawal alone is no event (beside a capture it gives its actor2); nor are arms handed in
    return lex.kinds[kind]


def transfer_can_be_event(trigger: str, sentence: str) -> bool:
    """A transfer trigger (lower case) is an event only as a handover or surrender, or beside a side moving
    in ("withdrew, and IS moved into the town"); a withdrawal alone is none. Words only (``skips`` asks it)."""
    return trigger.startswith(("hand", "surrender")) or _MOVED_IN.search(sentence) is not None


#: "a man suspected of kidnapping a child", "charged with abduction": what someone is accused of
_ACCUSED = re.compile(r"\b(?:suspected|accused|charged|convicted|guilty|wanted|blamed|arrested|detained|tried|jailed)"
                      r"\s+(?:\w+\s+){0,2}?(?:of|with|for|over)\s+$", re.I)

#: "two men accused of child abduction", "a man suspected of killing a teacher": what a suspect
#: is accused of is no event of this sentence ("activists accused the group of executing
#: dozens" and "was accused of shelling" report one, as a claim)
_ACCUSED_OF = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bare )(?<!\bis )"
                         r"\b(?:suspected|accused|charged|convicted|guilty|wanted|sentenced|jailed|tried|implicated)\s+"
                         r"(?:of|with|for|in|over)\s+(?:(?:the\s+)?(?:\d{4}|\w+)\s+){0,3}$"
                         # "arrested three men over the killing of": the arrest is the event, the killing its reason
                         r"|\b(?:arrested|detained|held|charged|sentenced)\s+(?:[\w-]+\s+){1,3}?(?:over|for|in\s+connection\s+with)"
                         r"\s+(?:the\s+)?(?:\d{4}\s+)?$", re.I)


# "withdrew from Baba Amr, and government troops moved into the neighbourhood": another side
# walking in where one side walked out, with no word of a fight, or handed control.
_MOVED_IN = re.compile(r"\b(?:moved|move|moves|moving|rolled|marched|walked)\s+in(?:to)?\b"
                       r"|\b(?:entered|took\s+over|took\s+control\s+of)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                       r"(?:neighbou?rhood|district|town|city|area|village|quarter|base|camp)\b|\bhand(?:ed|ing|s)?\s+(?:over\s+)?control\b",
                       re.I)


def _on_protest(r: Reading) -> bool:
    """The act is done to a protest: "stormed a protest camp", "attacked the sit-in"."""
    if r.kind not in ("territory", "clash", "attack_civilians", "kill"):
        return False
    t = r.token
    return _ON_PROTEST.match(doc_text(t.doc), t.idx + len(t.text)) is not None


def _fought(r: Reading) -> bool:
    """A fight surely fought, its other side perhaps unsaid: "fought", "repelled", "pressed their assault on the city"."""
    t = r.token
    if r.kind == "clash" and (launched_for(t) or t.pos_ == "VERB" and opened_operation(t) is not None):
        return r.place is not None  # "launched the operation to retake Mosul", "began the Manbij operation"
    if r.kind != "clash" or r.actor1_guessed and not (
            r.actor1 is not None and doc_text(t.doc)[:t.idx].rstrip().endswith(r.actor1.mention)):
        return False  # (a side the parse names, or written right before the verb, not any name before it)
    if t.pos_ == "VERB":
        # (not "a fighting force", nor "after weeks of fighting": a finite verb, or "were fighting")
        return t.lemma_.lower() in _FIGHT_VERBS and (t.tag_ != "VBG" or any(c.dep_ == "aux" for c in t.children)) \
            and not any(c.dep_ == "dobj" and c.lower_ in _MISSILES for c in t.children)  # "repelled drones": air defence
    if t.dep_ == "pobj" and t.head.lower_ == "under" and t.head.head.lemma_.lower() == "come":
        return t.lemma_.lower() in _ASSAULT_NOUNS  # "his unit came under attack by IS fighters outside Tal Afar"
    return (t.lemma_.lower() in _ASSAULT_NOUNS and t.dep_ == "dobj" and t.head.lemma_.lower() in _PRESS_VERBS
            and r.place is not None)


_FIGHT_VERBS = {"fight", "battle", "repel", "repulse", "engage", "counterattack", "counter-attack", "conduct"}  # (conduct: "conducted offensive operations")
_ASSAULT_NOUNS = {"assault", "offensive", "push", "onslaught", "counteroffensive", "counter-offensive", "attack"}
_MISSILES = frozenset(words("aircraft", "nouns")) | {"missile", "missiles", "rocket", "rockets", "shell", "shells"}
_PRESS_VERBS = {"press", "launch", "mount", "renew", "resume", "intensify"}


_SETTLEMENTS = re.compile(r"\b(?:villages|towns|hills|neighbou?rhoods|districts)$", re.I)


# What a trigger acts on when the act is force used on a protest: "stormed a protest camp",
# "attacked the sit-in", "fired on demonstrators", "opened fire to stop a march".
_ON_PROTEST = re.compile(r"\s+(?:fire\s+)?(?:on\s+|at\s+|into\s+|to\s+(?:stop|block|halt|disperse|break\s+up)\s+)?"
                         r"(?:(?:a|an|the|their|its|two|three|several)\s+)?"
                         r"(?:[\w'-]+\s+){0,2}?(?:protest\s+(?:camps?|sit-ins?|squares?)|sit-ins?|protesters"
                         r"|protestors|demonstrators|demonstrations?|protests?|marchers|(?-i:march(?:es)?))\b", re.I)
