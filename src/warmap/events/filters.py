"""Tests on the parse that tell a trigger word from a report of an event.

A trigger word is no event when it names a thing ("artillery crewmember"), a state
("a captured tank"), an event reported elsewhere ("within hours of the capture"), an
intention ("arrived to join the fight") or background ("had been besieged for a year").
Each test takes the trigger's token and answers yes or no; ``extract.py`` applies them.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from warmap.events.first_chars import guarded
from warmap.events.asides import is_helper
from warmap.events.people import hands_over_people, is_person_taken
from warmap.events.launches import launched_for
from warmap.events.mishaps import is_event_renamed, is_house_arrest, is_protest_motive, is_role, is_trend, text_rule
from warmap.events.vocabulary import words
from warmap.events.captures import capture_date, held_since, is_dated_capture
from warmap.events.references import is_reference
from warmap.nlp.parse import doc_text
from warmap.events.reading import clause_head, token_from
from warmap.events.habits import is_frequentative, is_ongoing, is_means_of_support, is_place_description, is_support_role, is_tactic
from warmap.events.weapons import is_caught_bomber, is_crowd_control, is_held_weapon, is_kind_of_craft, is_modifier, is_thrown
from warmap.events.participles import is_adjective
from warmap.events.statements import is_first_person, is_statement_reference

__all__ = [
    "WEAPON_KINDS", "DURATION", "is_statement_reference", "is_person_taken", "is_first_person", "clause_head", "is_adjective", "is_background",
    "in_clause_beside", "in_other_clause", "is_frequentative", "is_habitual", "is_held_weapon", "is_modifier", "is_purpose",
    "is_no_event", "is_told_in_passing", "no_event_rule",
]


#: A span the event is spread over ("for months", "over the past year"): many events or a state, not one day.
DURATION = re.compile(
    r"\bfor\s+(?:(?:several|many|some|the\s+past|the\s+last|more\s+than\s+\w+|\w+)\s+)?(?:days|weeks|months|years)\b"
    r"|\b(?:over|in|during|throughout)\s+(?:the\s+)?(?:past|last|previous|recent)\s+"
    r"(?:(?:few|several|many|two|three|four|five|six|\d+)\s+)?(?:months?|years?)\b"
    r"|\bin\s+recent\s+(?:weeks|months|years)\b"
    r"|\b(?:during|throughout)\s+(?:the|a|its)\s+(?:[\w-]+[ -](?:year|month)(?:-long)?\s+)?(?:war|conflict|insurgency|civil\s+war|campaign|deployment|presence|tenure|rule)\b",
    re.I)


WEAPON_KINDS = {"shelling", "air", "ied", "chemical", "suicide", "grenade"}

_SETTING_OUT, _CUT_DOWN = words("attempts", "setting_out"), words("attempts", "cut_down")  # ("began to liberate")
#: A date of its own in a phrase: a weekday, a month, a year, "last week".
_OWN_DATE = re.compile(r"\b(?:1[89]\d\d|20\d\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                       r"March|April|May|June|July|August|September|October|November|December|last\s+(?:week|month|year))\b"
                       r"|\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.\s*\d")  # ("on Oct. 1")


_CROWD_ACTS = words("protest", "crowd_acts")
_ACHIEVING = {"be": "able", "take": "advantage", "manage": "", "succeed": "", "exploit": ""}  # (the word it needs)


def _achieved(head: Token) -> bool:
    """A past "were able", "managed", "succeeded", "exploited a sandstorm", "took advantage" (to ...): done."""
    head = head.head if head.lower_ == "able" else head
    need, kids = _ACHIEVING.get(head.lemma_, "-"), [(c.lower_, c.tag_) for c in head.children]  # (not "would have been able")
    return need != "-" and head.tag_ in ("VBD", "VBN") and (not need or need in (w for w, _ in kids)) and "MD" not in (t for _, t in kids)


def is_purpose(tok: Token) -> bool:
    """Inside a purpose clause ("arrived to join the fight against ISIS"): intended, not done."""
    if tok.lemma_.lower() in ("protest", "demonstrate") and tok.dep_ == "advcl" \
            and tok.head.lemma_.lower() in _CROWD_ACTS:
        return False  # "people blocked a highway in Minna to protest food prices": that was the protest
    if launched_for(tok):
        return False  # "launched the operation to retake western Mosul on Feb. 19": the launch, a battle there
    cur = tok
    for _ in range(4):
        dep, verb = cur.dep_, cur.pos_ in ("VERB", "AUX")
        # (the children are read only where a test below looks at them)
        if (verb and dep in ("advcl", "acl", "relcl", "xcomp")) or dep in ("appos", "acl", "relcl") or cur.i == tok.i:
            children = list(cur.children)
            to = any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
            if verb and to and _achieved(cur.head):
                return False  # "were able today to liberate the city", "managed to retake": done, not meant
            if verb and dep in ("advcl", "acl", "relcl") and to:
                return True
            if verb and dep == "xcomp" and to and cur.head.lemma_.lower() in _SETTING_OUT:
                # "have begun to liberate Anbar": not yet done; "killed while trying to storm a base": fought off
                return not (cur.head.dep_ == "advcl" and cur.head.head.lemma_.lower() in _CUT_DOWN)
            by = not to and any(c.dep_ in ("agent", "prep") and c.lower_ == "by" for c in children)
        else:
            by = False
        if by and (dep in ("appos", "acl", "relcl") or (cur.i == tok.i and _OWN_DATE.search(
                " ".join(t.text for t in cur.subtree)))):
            # "to gain control of Raqqa, the city overrun by IS in 2014": what was done to the
            # place, told of it on the way, is no part of the purpose
            return False
        if cur.head.i == cur.i or (cur.dep_ == "ccomp" and cur.head.lemma_.lower() in _REPORTING and any(  # ("came on TV to
                c.dep_ == "aux" and c.lemma_ == "have" for c in cur.children)):  # announce they had ended the regime")
            return False
        cur = cur.head
    return False


def is_described_doing(tok: Token) -> bool:
    """ "an airstrike against Taliban fighters who were advancing toward the airport": what the people
    struck were doing, a relative clause in the past progressive, is no event of its own."""
    return tok.dep_ == "relcl" and tok.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("was", "were") for c in tok.children)


def is_told_in_passing(tok: Token) -> bool:
    """ "denied reports that fighters had looted houses after the city was retaken": an act told
    in a passive clause of time with no doer and no day of its own is the story's event, named in
    passing to say when something else happened (with a day it is reported: "two days after the
    town was overrun on Friday")."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        tok = tok.head  # ("since the army launched an offensive": the clause of its verb)
    begun = tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _BEGIN
    if begun:
        tok = tok.head  # ("since the siege began three weeks ago": a span's start, however dated)
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    if begun and "since" in marks:
        return True  # (however the parser hung the clause)
    if tok.dep_ != "advcl" or not marks & _TIME_MARKS:
        return False
    if "since" not in marks and (not any(c.dep_ == "nsubjpass" for c in tok.children)
                                 or any(c.dep_ in ("nsubj", "agent") for c in tok.children)):
        return False  # (a since-clause's act is named in passing with its doer too: "since the army launched an offensive")
    return not _OWN_DATE.search(doc_text(tok.doc)[tok.left_edge.idx:tok.right_edge.idx + len(tok.right_edge)])


_TIME_MARKS = {"after", "since", "once", "before", "until"}
_BEGIN = frozenset({"begin", "start", "erupt", "break"})


def is_presupposed_capture(tok: Token, published: dt.date | None) -> bool:
    """A dated capture in a time phrase ("after the capture of Shaddadi last week") is taken for
    granted by its sentence, whatever the sentence's own mood: "an assault will not happen soon
    after the capture of X last week" still reports the capture. Only when its date is past."""
    if published is None or not (is_reference(tok) or tok.dep_ == "pobj" and tok.head.lower_ == "including"):
        return False  # (or an example a sentence gives: "attacks ..., including the March 6 suicide bombing")
    when = capture_date(tok, published)
    return when is not None and when.date_max < published


#: Event nouns that say what happened by themselves, so a dated reference to one is an event:
#: captures and falls, shelling, air strikes, chemical and suicide attacks ("the bombing of X"
#: could be from the air or a car bomb, "the attack on X" could be anything)
_TOLD_BY_ITS_NAME = re.compile(r"(?i)captur|seiz|fall|overr|recaptur|liberat|shell|artillery|mortar|rocket|missile|"
                               r"air\s*-?\s*strike|airstrike|air\s+raid|drone\s+strike|chemical|sarin|chlorine|gas\s+attack|"
                               r"suicide")

_REPORTING = words("saying", "lemmas")


def is_background(tok: Token) -> bool:
    """An undated past-perfect clause ("had been besieged for a year") is background,
    not news -- unless it is reported speech ("officials said jets had hit ..")."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else clause_head(tok)
    if not any(c.lower_ == "had" and c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return not any(t.lemma_ in _REPORTING for t in tok.doc)


def in_clause_beside(a, verb: Token, ctx) -> bool:
    """Is the mention inside a clause of its own joined to the trigger's by "and" ("Syrskyi had
    pulled his troops out ..., and Russia announced that its forces had taken ...": the troops
    are no side of the taking)? A clause that governs the trigger's is not another one."""
    tok = token_from(ctx.sent.doc, a.start - ctx.sent.start)
    if tok is None:
        return False
    if verb.dep_ == "conj" and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in verb.children) and tok.i < verb.left_edge.i:
        return True  # "a strike killed the AQAP ideologue ..., and in June a U.S. strike killed ...": the first clause's
    own = clause_head(tok) if tok.pos_ not in ("VERB", "AUX") else tok
    ancestors = {t.i for t in (verb, *verb.ancestors)}
    if own.dep_ == "relcl" and own.i not in ancestors and own.head.dep_ in ("nsubj", "nsubjpass") \
            and own.head.head.i == verb.i and tok.dep_ not in ("nsubj", "nsubjpass"):
        return True  # "the April 13 strike, which targeted a network of Islamic State caves, killed 94": the target
    # a clause beside the trigger's (joined to one of its governors), with a subject of its own
    return own.pos_ in ("VERB", "AUX") and own.i not in ancestors and own not in verb.subtree \
        and own.dep_ in ("conj", "advcl", "ccomp") and (own.head.i in ancestors or own.head.head.i in ancestors)


def in_other_clause(tok: Token, verb: Token) -> bool:
    """Does ``tok`` stand in a clause of its own below ``verb`` (a relative or adverbial clause)?"""
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "advcl", "ccomp", "acl", "conj") and tok.pos_ in ("VERB", "AUX"):
            return True
        tok = tok.head
    return False


#: "have been fighting ... since 20 January", "has been shelling the town since 2013": a state
#: that lasts, told with the day it began; the day is no one event.
def is_habitual(tok: Token) -> bool:
    """A trigger in a present-tense clause that tells what someone does, not what happened
    ("the Coalition takes all precautions in planning airstrikes", "supports the SDF through
    airstrikes"): no event, unless the clause is reported speech about one."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else clause_head(tok)
    while (verb.dep_ in ("conj", "xcomp") or verb.dep_ == "advcl" and verb.tag_ == "VBG") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "supports ..., advise and assist"; "continue to fight"; "raid villages, abducting women"
    if any(t.dep_ == "advmod" and t.lower_ in _HABIT_ADVERBS and (t.head.i == verb.i or clause_head(t).i == verb.i)
           for t in verb.subtree):
        # "militants regularly attack army posts", "routinely shell the villages"; "were raped ...,
        # often at gunpoint" (hung on the phrase it qualifies)
        return True
    # (a bare present the tagger took for an infinitive: "Militants ... regularly attack army posts")
    present = verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VB" and verb.dep_ == "ROOT" \
        and any(c.dep_ == "nsubj" for c in verb.children)
    if verb.tag_ in ("VB", "VBP") and verb.lower_ != verb.lemma_.lower():
        present = False  # "troops ... retook Merca", tagged as a bare present: the form is a past
    if not present or verb.lemma_ in _REPORTING or verb.lemma_ in ("be", "have"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


_HABIT_ADVERBS = {"regularly", "routinely", "frequently", "often", "usually", "habitually", "typically", "constantly"}


# what is seized in a fight without any ground changing hands
_MATERIEL = {"tank", "vehicle", "weapon", "ammunition", "equipment", "truck", "gun", "rifle", "drone",
             "aircraft", "depot", "cache", "arm", "arms", "missile", "rocket", "mortar", "launcher",
             "car", "pickup", "humvee", "document", "cash", "fuel", "supply"}
_ANNOUNCE = {"announce", "confirm", "mourn", "identify", "report", "regret"}


def is_no_event(m, tok: Token, sentence: str, dated: bool) -> bool:
    """Does trigger match ``m`` (a ``TriggerMatch``), at token ``tok`` of ``sentence``, name no
    event of its own? ``dated``: the sentence gives a date. ``no_event_rule`` says which rule."""
    return no_event_rule(m, tok, sentence, dated) is not None


#: Nouns that "fighting" names a kind of: "hitting ISIS fighting positions", "a fighting force".
_FIGHTING_THING = guarded(re.compile(r"(?<=fighting)\s+(?:positions?|force|forces|units?|season|age|vehicles?|men|strength|"
                                     r"capabilit(?:y|ies)|machines?|spirit|chance|position)\b", re.I))


#: ", a strike Afghan officials said killed 36": the deed just told, named again in apposition
_RENAMED = re.compile(r"(?i:a|an|one)\s+(?:air\s*)?(?:strike|attack|raid|bombing|assault|operation)\b")


def _renamed_deed(m, sentence: str) -> bool:
    """Trigger match ``m`` opens an apposition that names a deed the sentence told before it."""
    if not _RENAMED.match(m.text) or not sentence[:m.start].rstrip().endswith(","):
        return False
    from warmap.events.triggers import load_triggers  # (cached; only for this rare shape)
    return any(e.kind in WEAPON_KINDS | {"clash", "kill"} for e in load_triggers().find(sentence[:m.start]))


def no_event_rule(m, tok: Token, sentence: str, dated: bool) -> str | None:
    """The name of the first rule by which trigger match ``m`` at token ``tok`` names no event
    of its own (the function's name, or a name for a rule written here), or None."""
    if is_adjective(tok) and m.kind != "chemical":  # ("rockets containing toxic substances": what was fired)
        return "is_adjective"  # "a captured tank", "the besieged troops": a state, not an event
    if m.text[:1].isupper() and tok.i > 0 and (any(t.lower_ == "operation" for t in tok.doc[max(0, tok.i - 4):tok.i])
                                               or tok.dep_ == "compound" and tok.head.text[:1].isupper()):
        return "operation_name"  # "Operation Desert Strike", "Moro Islamic Liberation Front": a name
    if _renamed_deed(m, sentence):
        return "renamed_deed"  # "dropped a bomb on a tunnel complex, a strike officials said killed 36": told just before
    if _FIGHTING_THING.match(sentence, m.end):
        return "fighting_thing"  # "fighting positions", "a fighting force": a kind of thing
    if tok.tag_ == "NNS" and is_means_of_support(tok):
        return "means_of_support"  # "aircraft have supported Iraqi forces with airstrikes": help given, no one strike
    if is_reference(tok) and not (_TOLD_BY_ITS_NAME.search(m.text) and is_dated_capture(tok) or held_since(tok)):
        return "is_reference"
    head = clause_head(tok)
    for _ in range(3):  # out of what was said in the clause ("in which the army says it has killed")
        if head.dep_ not in ("ccomp", "xcomp", "conj") or head.head.i == head.i:
            break
        head = clause_head(head.head)
    if head.dep_ == "relcl" and head.head.pos_ == "NOUN" and (
            is_reference(head.head) or head.head.lemma_.lower() in ("week", "month", "year")):
        return "in_a_reference"  # "after two weeks of fighting, in which the army says it has killed 100": told before
    if (mishap := text_rule(m, sentence)) is not None:
        return mishap  # an accident's toll, words of a body's title (events/mishaps.py)
    for rule in (is_purpose, is_frequentative, is_place_description, is_helper, is_told_in_passing, is_protest_motive,
                 is_described_doing,
                 is_event_renamed, is_trend, is_house_arrest, is_role, is_kind_of_craft):
        if rule(tok):
            return rule.__name__
    if m.kind in WEAPON_KINDS:
        for rule in (is_modifier, is_held_weapon, is_support_role, is_crowd_control, is_caught_bomber, is_thrown):
            if rule(tok):
                return rule.__name__
    if not dated and is_ongoing(tok):
        return "is_ongoing"  # "the rebels have continued to fire missiles at Marib": going on, no one day
    if not dated and m.kind in WEAPON_KINDS | {"clash", "attack_civilians"} and is_tactic(tok):
        return "is_tactic"  # "have responded with suicide car bombs and snipers", "answered with attacks": a way of fighting
    if m.kind == "territory" and any(c.dep_ == "dobj" and c.lemma_.lower() in _MATERIEL for c in tok.children):
        return "spoils_not_ground"  # "captured a tank and two armoured vehicles": spoils, not ground
    if m.kind == "transfer" and hands_over_people(tok):
        return "hands_over_people"  # "handed the students over to members of the gang": people, not ground
    # (a capture with its taker as the subject goes on: territory.territory_type tells an arrest by the state)
    if m.kind == "territory" and is_person_taken(tok) and not (
            m.text.lower().startswith(("captur", "seiz", "caught")) and any(c.dep_ in ("nsubj", "npadvmod") for c in tok.children)):
        return "is_person_taken"  # "he was captured by Jordanian troops": a person, not a place, changed hands
    if not dated and is_statement_reference(tok, sentence, m.start):
        return "is_statement_reference"  # "the use of chemical weapons by Daesh shows ...": about events, reports none
    if m.kind == "kill" and tok.lemma_.lower() == "death" and tok.dep_ == "dobj" \
            and tok.head.lemma_.lower() in _ANNOUNCE:
        return "death_notice"  # "the Department announced today the death of a soldier": a notice, its sender no killer
    return None
