"""Hand-made records for the review tests: two articles in this project's own words, the
first telling a strike and a capture, the second the same capture under another spelling."""

from __future__ import annotations

import datetime as dt
import hashlib

from helpers import ISIS, RAQQA, SYRIAN_AIR_FORCE, make_article
from warmap.records import ActorMention, DateWindow, Event, Evidence, Place, PlaceMention, Source

PALMYRA = Place("Palmyra", "SY", "Homs", 34.5624, 38.2840, 163808, "city", 51015)
DAY = dt.date(2015, 5, 20)

# Two articles in this project's own words; the first tells a strike and a capture, the
# second the same capture under another spelling.
TEXT_A = ("Government jets bombed Raqqa on Tuesday, killing five people. "
          "Islamic State fighters seized Palmyra on Wednesday after a week of fighting.")
TEXT_B = "Islamic State fighters overran Tadmur late on Wednesday, residents said."


def _event(article, sentence: str, trigger: str, place_word: str, *, sub: str, etype: str, place: Place,
           actor1, fatalities=None, day=DAY) -> Event:
    s = article.text.index(sentence)
    t = article.text.index(trigger, s)
    p = article.text.index(place_word, s)
    return Event(
        id=hashlib.sha1(f"{article.doc_id}:{s}:{sub}".encode()).hexdigest()[:16],
        event_type=etype, sub_event_type=sub, when=DateWindow(day, day, day, "day"),
        actor1=ActorMention(actor1, actor1.name, s, s + 5), actor2=None,
        location=PlaceMention(place, place_word, p, p + len(place_word), 1),
        fatalities=fatalities, confidence=0.9,
        sources=(Source(article.source, article.doc_id, article.title, article.published, sentence, s,
                        s + len(sentence)),),
        evidence=(Evidence("trigger", trigger, t, t + len(trigger)),
                  Evidence("location", place_word, p, p + len(place_word))),
    )


def _corpus():
    a = make_article(TEXT_A, source="reports/a.txt", published=DAY)
    b = make_article(TEXT_B, source="reports/b.txt", published=DAY)
    strike = _event(a, "Government jets bombed Raqqa on Tuesday, killing five people.", "bombed", "Raqqa",
                    sub="Air/drone strike", etype="Explosions/Remote violence", place=RAQQA,
                    actor1=SYRIAN_AIR_FORCE, fatalities=5, day=DAY - dt.timedelta(days=1))
    capture_a = _event(a, "Islamic State fighters seized Palmyra on Wednesday after a week of fighting.", "seized",
                       "Palmyra", sub="Non-state actor overtakes territory", etype="Battles", place=PALMYRA, actor1=ISIS)
    capture_b = _event(b, TEXT_B, "overran", "Tadmur", sub="Non-state actor overtakes territory", etype="Battles",
                       place=PALMYRA, actor1=ISIS)
    return a, b, strike, capture_a, capture_b
