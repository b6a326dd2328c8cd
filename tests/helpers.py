"""Hand-made records for tests that do not need the NLP pipeline (import as ``helpers``)."""

from __future__ import annotations

import datetime as dt
import hashlib

from warmap.records import (
    Actor,
    ActorMention,
    Article,
    DateWindow,
    Event,
    Evidence,
    Place,
    PlaceMention,
    Source,
)

ISIS = Actor("isis", "Islamic State of Iraq and al-Sham (ISIS)", "rebel group", "SY")
SYRIAN_AIR_FORCE = Actor("syrian_air_force", "Military Forces of Syria - Air Force", "state forces", "SY", "syrian_army")
CIVILIANS = Actor("civilians_syria", "Civilians (Syria)", "civilians", "SY")
RAQQA = Place("Ar-Raqqah", "SY", "Ar-Raqqa", 35.9506, 39.0094, 163345, "city", 177000)
AL_QAIM = Place("Al-Qa'im", "IQ", "Anbar", 34.3688, 41.0945, None, "city", 0)


def make_article(text: str, source: str = "reports/test.txt", published: dt.date | None = dt.date(2014, 6, 23)) -> Article:
    return Article(
        doc_id=hashlib.sha256(text.encode()).hexdigest(), source=source, text=text,
        title="Test report", published=published,
    )


def make_event(article: Article, sentence: str, *, sub: str = "Air/drone strike",
               etype: str = "Explosions/Remote violence", day: dt.date = dt.date(2014, 6, 21),
               actor1: Actor | None = SYRIAN_AIR_FORCE, actor2: Actor | None = CIVILIANS,
               place: Place | None = RAQQA, fatalities: int | None = 12, eid: str | None = None) -> Event:
    start = article.text.index(sentence)
    end = start + len(sentence)
    return Event(
        id=eid or hashlib.sha1(f"{article.doc_id}{start}{sub}".encode()).hexdigest()[:16],
        event_type=etype, sub_event_type=sub,
        when=DateWindow(day, day, day, "day"),
        actor1=ActorMention(actor1, actor1.name, start, start + 5) if actor1 else None,
        actor2=ActorMention(actor2, actor2.name, start, start + 5) if actor2 else None,
        location=PlaceMention(place, place.name, start, start + 4, 1) if place else None,
        fatalities=fatalities, confidence=0.9,
        sources=(Source(article.source, article.doc_id, article.title, article.published, sentence, start, end),),
        evidence=(Evidence("trigger", "raided", start, start + 6),),
    )


def sample_article() -> Article:
    return make_article(
        "The Syrian air force raided Raqqa on Saturday. Twelve civilians were killed.\n\n"
        "On Saturday, ISIS captured al-Qaim border crossing."
    )


def event_summary(events) -> list[tuple]:
    """(sub-event type, place name, actor1 id, actor2 id) of each event: what the class tests compare."""
    return [(e.sub_event_type, e.location.place.name if e.location else None,
             e.actor1.actor.id if e.actor1 else None, e.actor2.actor.id if e.actor2 else None)
            for e in events]


def summarise(text: str, published) -> list[tuple]:
    """``event_summary`` of the events warmap reads in ``text`` published on ``published``."""
    from warmap.pipeline import analyse

    return event_summary(analyse(make_article(text, published=published)).events)


#: In a class table's row: the field must be empty (None leaves it open).
NOWHERE = "(none)"


def fits(got: list[tuple], want: list[tuple]) -> bool:
    """Does ``got`` hold one event per row of ``want``, each field equal, left open (None) or
    empty as the row demands (NOWHERE)?"""
    return len(got) == len(want) and all(
        all(w is None or w == g or w == NOWHERE and g is None for g, w in zip(e, row)) for e, row in zip(got, want))


def check_class_row(row: tuple) -> None:
    """One row of a session's class table: (name, published, text, want, near miss, the near miss's
    want); both texts must read as their rows say (``fits``)."""
    _name, published, text, want, near, near_want = row
    day = dt.date.fromisoformat(published)
    got = summarise(text, day)
    assert fits(got, want), got
    near_got = summarise(near, day)
    assert fits(near_got, near_want), near_got
