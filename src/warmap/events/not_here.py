"""Places a sentence names that are not where its event happened: a speaker's ("..., officials in
Kyiv said"), a person's or a shipment's origin ("a labourer from Bihar"), where people were heading
("a bus bound for Kano"), whose fighters ("Misrata militiamen") and a government dealt with ("severed
ties with Moscow"). Asked by ``roles`` of each place in a trigger's clause."""

from __future__ import annotations

import re

from spacy.tokens import Token

from warmap.events.triggers import TriggerLexicon
from warmap.events.vocabulary import alternation, words
from warmap.places.context import DEMONYMS

__all__ = ["speakers_place", "origin"]


def speakers_place(place, tok: Token, base: int) -> bool:
    """ "..., officials in Kyiv said", "a spokesman in Baghdad told reporters": the place of who
    speaks, in the subject of a reporting verb, is no place of the event."""
    span, text = tok.doc.char_span(place.start - base, place.start - base + 1, alignment_mode="expand"), tok.doc.text
    if _SAID_TAIL.match(text, place.end - base) and _TAIL_HEAD.search(text, max(0, place.start - base - 40), place.start - base):
        return True  # "..., the Archdiocese of Managua said.": the sentence's closing attribution, however parsed
    at = span[0] if span is not None and len(span) else None
    if at is None or at.dep_ != "pobj" or at.head.lower_ not in ("in", "from", "at"):
        return False
    speaker = at.head.head  # (or "..., according to officials at NATO's mission in Kabul")
    # (not a subject whose phrase holds the deed, the parser's misreading: "police arrested ... Sonko in
    # Dakar on Wednesday ..., his lawyer said" read with "Sonko" as the one who said)
    return any(t.lower_ == "according" for t in at.ancestors) \
        or speaker.dep_ == "nsubj" and speaker.head.lemma_ in _REPORTING_VERBS and speaker.head.i != tok.i \
        and not speaker.left_edge.i <= tok.i <= speaker.right_edge.i


_SAID_TAIL = re.compile(rf"[^,;.]{{0,30}}?\b(?:{alternation('saying', 'forms')})\s*[.]?\s*$")
_TAIL_HEAD = re.compile(r",\s+[^,;]{0,40}$")
#: The vocabulary's verbs of saying, and those that deny, accuse or warn.
_REPORTING_VERBS = words("saying", "lemmas") | {"deny", "accuse", "warn"}


def origin(place, tok: Token, base: int, lex: TriggerLexicon) -> bool:
    """ "a migrant labourer from Bihar was shot in Pulwama": where a person comes from (not
    "aircraft from Shayrat", where a weapon set off: see _FROM_BEFORE), or is going to."""
    span = tok.doc.char_span(place.start - base, place.start - base + 1, alignment_mode="expand")
    at = span[0] if span is not None and len(span) else None
    while at is not None and at.dep_ == "compound" and (at.head.pos_ == "PROPN" or at.head.lower_ in _AREA_WORDS) \
            and at.head.i == at.i + 1:
        at = at.head  # (the name's last word, or its area's: "a Palestinian from the Hebron area")
    if at is not None and at.dep_ in ("compound", "nmod", "amod") and at.head.lower_ in lex.fighter_words \
            and at.head.i > at.i:
        return True  # "a checkpoint held by Misrata militiamen at Abu Grein": whose fighters, not where
    if at is not None and at.dep_ == "pobj" and at.head.lower_ in ("to", "toward", "towards", "for") \
            and at.head.head.i != tok.i and at.head.head.lemma_.lower() in _HEADING:
        return True  # "abducted students travelling to Addis Ababa", "a bus bound for Kano": where they were going
    if at is not None and at.dep_ == "pobj" and at.head.lower_ == "with" and any(  # (the noun, or the verb's object)
            t.lemma_.lower() in _DEALINGS for t in (at.head.head, *(c for c in at.head.head.children if c.dep_ == "dobj"))):
        return True  # "severed diplomatic ties with Moscow", "talks with Kabul": a government dealt with, not a place
    if at is None or at.dep_ != "pobj" or at.head.lower_ != "from":
        return False
    owner, before = at.head.head, tok.doc[at.head.i - 1] if at.head.i else at.head
    if owner.pos_ in ("VERB", "AUX") and owner.i != tok.i and owner.lemma_.lower() in _ARRIVING:
        return True  # "as reinforcements reached the city from Kabul": where they set out from
    if owner.lemma_.lower() in _HARMING and before.pos_ == "NOUN" and before.lower_ in lex.civilian_words:
        return True  # "shot dead nine passengers from Punjab", however the parser hangs the "from"
    if owner.ent_type_ == "NORP" or owner.lower_ in DEMONYMS:
        return True  # "a Palestinian from the Hebron area rammed his car into pedestrians in Tel Aviv"
    # ("rifles hidden in a shipment of pool heaters from Miami": where the goods were sent from)
    sent_goods = owner.lemma_.lower() in _GOODS or owner.dep_ == "pobj" and owner.head.lower_ == "of" \
        and owner.head.head.lemma_.lower() in _GOODS
    if owner.lower_ in _SHARE_OF and any(c.dep_ == "prep" and c.lower_ == "of" for c in owner.children):
        return True  # "hundreds of protesters, many of them from Malaita Province, tried to storm Parliament"
    return owner.pos_ == "NOUN" and (owner.lower_ in lex.civilian_words or owner.lower_ in lex.fighter_words or sent_goods)


#: Verbs whose victims' "from" is where they came from (not "freed 1,600 prisoners from Insein
#: prison": where they were held)
_HARMING = {"kill", "shoot", "murder", "execute", "behead", "stab", "wound", "injure", "attack", "target", "massacre"}
_DEALINGS = {"tie", "ties", "relation", "relations", "talk", "talks", "contact", "contacts", "negotiation",
             "negotiations", "dialogue", "agreement", "deal", "accord", "treaty"}
_AREA_WORDS = {"area", "region", "district", "province", "governorate", "countryside"}
_SHARE_OF = {"many", "most", "some", "all", "several", "both", "half", "hundreds", "thousands", "dozens", "majority"}
#: What is sent from one place to another: its "from" is where it set out
_GOODS = {"shipment", "consignment", "cargo", "container", "parcel", "package", "goods", "import", "crate"}
_HEADING = {"travel", "head", "go", "drive", "fly", "bind", "bound", "journey", "way", "ride", "sail", "bus", "road",
            "route", "highway"}  # ("a town south of Kirkuk on the road to Tuz Khurmatu")
_ARRIVING = {"reach", "arrive", "come", "travel", "return", "rush", "fly", "drive", "send", "dispatch", "deploy"}
