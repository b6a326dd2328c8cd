"""A small hand-made store for the API and browser tests: five places, two years,
control that changes hands, two relations, and one article whose title and text
are hostile HTML (the page must show it as text).

Evidence offsets are absolute offsets into the article text, as extraction writes them.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from warmap.records import (
    Actor,
    ActorMention,
    Article,
    ControlClaim,
    DateWindow,
    Event,
    Evidence,
    Place,
    PlaceMention,
    Relation,
    Source,
)
from warmap.store import Store

ISIS = Actor("isis", "Islamic State of Iraq and al-Sham (ISIS)", "rebel group", "SY")
NUSRA = Actor("jabhat_al_nusra", "Jabhat al-Nusra", "rebel group", "SY")
AQ = Actor("al_qaeda", "Al-Qaeda", "rebel group")
SAF = Actor("syrian_air_force", "Military Forces of Syria - Air Force", "state forces", "SY", "syrian_army")
SYRIAN_ARMY = Actor("syrian_army", "Military Forces of Syria", "state forces", "SY")
IRAQI_ARMY = Actor("iraqi_army", "Military Forces of Iraq", "state forces", "IQ")
CIVILIANS = Actor("civilians_syria", "Civilians (Syria)", "civilians", "SY")

RAQQA = Place("Ar-Raqqah", "SY", "Ar-Raqqa", 35.9506, 39.0094, 163345, "city")
AL_QAIM = Place("Al-Qa'im", "IQ", "Anbar", 34.3688, 41.0945, None, "city")
MOSUL = Place("Mosul", "IQ", "Nineveh", 36.335, 43.1189, 99072, "city")
ALEPPO = Place("Aleppo", "SY", "Aleppo", 36.2021, 37.1343, 170063, "city")
PALMYRA = Place("Palmyra", "SY", "Homs", 34.5601, 38.2673, 163270, "city")

HOSTILE_TITLE = "<img src=x onerror=alert(1)> Raqqa raid <script>alert(1)</script>"
HOSTILE_SENTENCE = "The Syrian air force raided Raqqa on Saturday, killing 12 civilians."
HOSTILE_TEXT = (
    "<script>alert(1)</script> Activists said the toll could rise. "
    + HOSTILE_SENTENCE
    + " <img src=x onerror=alert(1)> was painted on a wall."
)

_TEXTS = {
    "mosul": "ISIS fighters captured Mosul on June 10 after the Iraqi army withdrew.",
    "qaim": "On June 22, ISIS seized the al-Qaim border crossing from Iraqi forces.",
    "aleppo": "Government artillery shelled Aleppo on July 5, residents said.",
    "palmyra": (
        "Palmyra has been held by the Syrian army since January. "
        "On May 20, ISIS captured Palmyra after a week of fighting."
    ),
    "pledge": "Jabhat al-Nusra pledged allegiance to al-Qaeda on April 10. ISIS fought Jabhat al-Nusra in February.",
    "noplace": "ISIS fighters clashed with Syrian army units on August 2.",
}


def _article(text: str, source: str, published: dt.date, title: str | None = None) -> Article:
    return Article(doc_id=hashlib.sha256(text.encode()).hexdigest(), source=source, text=text,
                   title=title or source.rsplit("/", 1)[-1], published=published)


def _span(text: str, word: str, after: int = 0) -> tuple[int, int]:
    i = text.index(word, after)
    return i, i + len(word)


def _source(a: Article, sentence: str) -> Source:
    s, e = _span(a.text, sentence)
    return Source(a.source, a.doc_id, a.title, a.published, sentence, s, e)


def _actor(a: Article, actor: Actor, word: str, after: int = 0) -> ActorMention:
    s, e = _span(a.text, word, after)
    return ActorMention(actor, word, s, e)


def _place(a: Article, place: Place, word: str, after: int = 0) -> PlaceMention:
    s, e = _span(a.text, word, after)
    return PlaceMention(place, word, s, e, 1)


def _event(eid: str, a: Article, sentence: str, etype: str, sub: str, day: dt.date, *,
           actor1: ActorMention | None, actor2: ActorMention | None, place: PlaceMention | None,
           trigger: str, date_words: str | None, fatalities: int | None = None) -> Event:
    src = _source(a, sentence)
    ev: list[Evidence] = [Evidence("trigger", trigger, *_span(a.text, trigger, src.start))]
    for name, m in (("actor1", actor1), ("actor2", actor2)):
        if m is not None:
            ev.append(Evidence(name, m.mention, m.start, m.end))
    if place is not None:
        ev.append(Evidence("location", place.mention, place.start, place.end))
    if date_words:
        ev.append(Evidence("date", date_words, *_span(a.text, date_words, src.start)))
    return Event(eid, etype, sub, DateWindow(day, day, day, "day"), actor1, actor2, place,
                 fatalities, 0.9, (src,), tuple(ev))


def build_store(path: str) -> None:
    """Write the sample articles, events, control claims and relations to ``path``."""
    d = dt.date
    hostile = _article(HOSTILE_TEXT, "reports/hostile.html", d(2014, 6, 23), HOSTILE_TITLE)
    arts = {k: _article(t, f"reports/{k}.txt", p) for (k, t), p in zip(_TEXTS.items(), [
        d(2014, 6, 11), d(2014, 6, 23), d(2014, 7, 6), d(2015, 5, 21), d(2014, 5, 1), d(2014, 8, 3)])}
    m, q, al, pa, pl, npl = (arts[k] for k in _TEXTS)
    s = HOSTILE_SENTENCE
    events = [
        _event("ev-raqqa", hostile, s, "Explosions/Remote violence", "Air/drone strike", d(2014, 6, 21),
               actor1=_actor(hostile, SAF, "Syrian air force"), actor2=_actor(hostile, CIVILIANS, "civilians"),
               place=_place(hostile, RAQQA, "Raqqa", hostile.text.index(s)), trigger="raided",
               date_words="Saturday", fatalities=12),
        _event("ev-mosul", m, m.text, "Battles", "Non-state actor overtakes territory", d(2014, 6, 10),
               actor1=_actor(m, ISIS, "ISIS"), actor2=_actor(m, IRAQI_ARMY, "Iraqi army"),
               place=_place(m, MOSUL, "Mosul"), trigger="captured", date_words="June 10"),
        _event("ev-qaim", q, q.text, "Battles", "Non-state actor overtakes territory", d(2014, 6, 22),
               actor1=_actor(q, ISIS, "ISIS"), actor2=_actor(q, IRAQI_ARMY, "Iraqi forces"),
               place=_place(q, AL_QAIM, "al-Qaim"), trigger="seized", date_words="June 22"),
        _event("ev-aleppo", al, al.text, "Explosions/Remote violence", "Shelling/artillery/missile attack",
               d(2014, 7, 5), actor1=_actor(al, SYRIAN_ARMY, "Government"), actor2=None,
               place=_place(al, ALEPPO, "Aleppo"), trigger="shelled", date_words="July 5"),
        _event("ev-palmyra", pa, pa.text.split(". ")[1], "Battles", "Non-state actor overtakes territory",
               d(2015, 5, 20), actor1=_actor(pa, ISIS, "ISIS"), actor2=None,
               place=_place(pa, PALMYRA, "Palmyra", 20), trigger="captured", date_words="May 20"),
        _event("ev-noplace", npl, npl.text, "Battles", "Armed clash", d(2014, 8, 2),
               actor1=_actor(npl, ISIS, "ISIS"), actor2=_actor(npl, SYRIAN_ARMY, "Syrian army"),
               place=None, trigger="clashed", date_words="August 2"),
    ]
    first_pa = pa.text.split(". ")[0] + "."
    claims = [
        ControlClaim(_place(m, MOSUL, "Mosul"), _actor(m, ISIS, "ISIS"),
                     DateWindow(d(2014, 6, 10), d(2014, 6, 10), d(2014, 6, 10)), "capture", 0.9, _source(m, m.text)),
        ControlClaim(_place(pa, PALMYRA, "Palmyra"), _actor(pa, SYRIAN_ARMY, "Syrian army"),
                     DateWindow(d(2015, 1, 1), d(2015, 1, 1), d(2015, 5, 19), "month"), "statement", 0.8,
                     _source(pa, first_pa)),
        ControlClaim(_place(pa, PALMYRA, "Palmyra", 20), _actor(pa, ISIS, "ISIS"),
                     DateWindow(d(2015, 5, 20), d(2015, 5, 20), d(2015, 5, 20)), "capture", 0.9,
                     _source(pa, pa.text.split(". ")[1])),
    ]
    pledge_sentence = "Jabhat al-Nusra pledged allegiance to al-Qaeda on April 10."
    rivalry_sentence = "ISIS fought Jabhat al-Nusra in February."
    relations = [
        Relation(_actor(pl, NUSRA, "Jabhat al-Nusra"), _actor(pl, AQ, "al-Qaeda"), "pledge",
                 DateWindow(d(2014, 4, 10), d(2014, 4, 10), d(2014, 4, 10)), 0.9, _source(pl, pledge_sentence)),
        Relation(_actor(pl, ISIS, "ISIS"), _actor(pl, NUSRA, "Jabhat al-Nusra", 60), "rivalry",
                 DateWindow(d(2014, 2, 1), d(2014, 2, 1), d(2014, 2, 28), "month"), 0.8, _source(pl, rivalry_sentence)),
    ]
    with Store(path) as store:
        store.write_batch([hostile, *arts.values()], events, claims, relations)
