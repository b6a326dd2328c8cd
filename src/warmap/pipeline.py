"""warmap's whole path, top to bottom: read -> find mentions -> parse -> extract -> store.

    paths --read_inputs--> Article
          --gazetteer.find / actors.find / find_dates--> mentions (whole text, cheap)
          --split_sentences + trigger test--> the few sentences that can hold an event
          --spaCy parse (those only, batched across articles)--> Doc
          --extract_events / find_control_claims / find_relations--> records
          --Store.write_batch (one transaction per batch)--> DuckDB

Parsing is the one expensive step, so it runs only on sentences with a trigger word
and in batches that span several articles.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from warmap.actors import load_actors
from warmap.events.dates import date_unanchored, find_dates, stand_in
from warmap.events.entries import dated_by_entries
from warmap.events.extract import SentenceAnalysis, extract_events, is_follow_up
from warmap.events.story_day import story_day
from warmap.events.national import at_the_capital
from warmap.events.crowds import fold_peaceful_protest
from warmap.events.hierarchy import fold_air_support, fold_property_damage
from warmap.events.triggers import TriggerLexicon, load_triggers
from warmap.events.why import note_unparsed
from warmap.events.placing import NAMED_STREET, names_a_place
from warmap.events.pronouns import they_acted
from warmap.events.skips import skip_rule
from warmap.ingest import DEFAULT_MAX_BYTES, Notice, article_from_text, read_inputs
from warmap.ingest.dates import month_day
from warmap.nlp.parse import load_nlp, parse_sentences
from warmap.nlp.sentences import dated_dateline, dateline_spans, split_sentences
from warmap.nlp.spans import Span, SpanIndex
from warmap.places import load_gazetteer
from warmap.places.sections import Section, country_sections
from warmap.records import ActorMention, Article, ControlClaim, Event, PlaceMention, Relation, Skipped
from warmap.store import Store
from warmap.timeline import find_control_claims, find_relations, merge_events
from warmap.timeline.claims import load_control_patterns
from warmap.timeline.relations import load_relation_patterns

_M = TypeVar("_M", PlaceMention, ActorMention)

__all__ = ["Analysis", "IngestReport", "analyse", "analyse_many", "extract", "ingest", "reanalyse"]


@dataclass(frozen=True)
class Analysis:
    """Everything warmap reads out of one article."""

    article: Article
    events: list[Event]
    claims: list[ControlClaim]
    relations: list[Relation]


@dataclass
class IngestReport:
    """What one ``ingest`` call did, for the CLI's summary and the exit status."""

    read: int = 0
    added: int = 0
    already_known: int = 0
    events: int = 0
    claims: int = 0
    relations: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)
    #: inputs read with something repaired (bytes that were not UTF-8, lone surrogates)
    notices: list[Notice] = field(default_factory=list)
    #: (source, publication date, where it came from) of every article read, in input order
    publication: list[tuple[str, dt.date | None, str | None]] = field(default_factory=list)


_frozen = False


def _load_and_freeze() -> None:
    """Load the models, gazetteer, actors and patterns once, then leave them (and whatever
    else is alive then) out of the garbage collector's full collections with ``gc.freeze``:
    they live as long as the process, and each full collection of an ingest walked their
    ~400,000 objects again (~0.3 s of CPU each)."""
    global _frozen
    if not _frozen:
        load_gazetteer(), load_actors(), load_nlp(), load_triggers(), load_control_patterns(), load_relation_patterns()
        gc.freeze()
        _frozen = True


def analyse_many(articles: Sequence[Article]) -> list[Analysis]:
    """Analyse several articles, parsing all their candidate sentences in one batch."""
    _load_and_freeze()
    gazetteer = load_gazetteer()
    actor_dict = load_actors()
    lexicon = load_triggers()
    prepared = []
    to_parse: list[str] = []
    names: list[list[tuple[int, int]]] = []
    for article in articles:
        text = article.text
        country = gazetteer.country_context(text, article.title)
        places = gazetteer.find(text, country=country)
        unplaced = not names_a_place(places)
        sections = country_sections(text, places)
        if sections:  # a digest of several wars: each country's section read as its own story
            places = _by_section(text, sections, country, lambda part, cc: gazetteer.find(part, country=cc))
        actors = _by_section(text, sections or [Section(0, len(text), None)], country,
                             lambda part, cc: actor_dict.find(part, country=cc, placeless=unplaced))
        spans = split_sentences(text)
        datelines = _datelines(text, places)
        # (a feed's or a live page's entries read their dates against their own stamps)
        dates = dated_by_entries(text, find_dates(text, _filed_on(text, datelines, article.published)), find_dates)
        # Only sentences with a trigger word and a name the event could be about get parsed:
        # an event needs an actor or a place (or a named square or street) in its own sentence. A report
        # that names no place at all (a brief: "Police detained five men in a dawn raid") has every such
        # sentence parsed.
        # Nor is one whose every trigger the extraction drops by its words alone (events/skips.py).
        named = _name_starts(places, actors)
        date_index = SpanIndex(dates)
        candidates = [
            (_after_dateline(s, datelines), e) for s, e in spans
            if (unplaced or _names_between(named, s, e) or is_follow_up(text[s:e]) or they_acted(text[s:e])
                or NAMED_STREET.search(text, s, e))  # ("a grenade was thrown at Meskel Square": a spot in some town)
            and lexicon.could_hold_event(text[s:e])
        ]
        candidates = [(s, e) for s, e in candidates
                      if _worth_parsing(text, s, e, lexicon, date_index, article.published)]
        to_parse.extend(text[s:e] for s, e in candidates)
        mentions = SpanIndex(sorted(Span(m.start, m.end) for m in [*places, *actors]))
        names.extend([(a - s, b - s) for a, b in mentions.inside(s, e)] for s, e in candidates)
        prepared.append((article, country, places, actors, dates, spans, candidates))
    docs = iter(parse_sentences(to_parse, names))
    out: list[Analysis] = []
    for article, country, places, actors, dates, spans, candidates in prepared:
        sentences = [SentenceAnalysis(s, e, next(docs)) for s, e in candidates]
        # One event told twice in an article ("have taken Jisr ..." then "seized on
        # Saturday") is one event with the narrower date.
        # (an air strike in the battle it supports is that battle: ACLED's hierarchy)
        # (and a house burnt in an attack is that attack)
        events = merge_events(_events(article, sentences, actors, places, dates, lexicon), max_km=5.0)
        # (what stays undated after the merge, in a report of one recent day, is that day's)
        events = story_day(events, article.published)
        events = at_the_capital(events, country, gazetteer.capital_of)
        events = fold_property_damage(fold_air_support(fold_peaceful_protest(events)))
        claims = find_control_claims(article, spans, places, actors, dates)
        relations = find_relations(article, spans, actors, dates)
        out.append(Analysis(article, events, claims, relations))
    return out


def _by_section(text: str, sections: Sequence[Section], country: str | None,
                find: Callable[[str, str | None], list[_M]]) -> list[_M]:
    """The mentions ``find`` gives in each section's text, at their places in the whole text."""
    out: list[_M] = []
    for sec in sections:
        found = find(text[sec.start:sec.end], sec.country or country)
        out.extend(m if sec.start == 0 else dataclasses.replace(m, start=m.start + sec.start, end=m.end + sec.start)
                   for m in found)
    return out


def _events(article: Article, sentences: list[SentenceAnalysis], actors: Sequence, places: Sequence[PlaceMention],
            dates: list, lexicon) -> list[Event]:
    """The events of one article. One with no publication date is read against a stand-in
    date (``events.dates.stand_in``), so that no event is lost for want of it; the events
    whose date the stand-in gave are then marked as of unknown date (``date_unanchored``)."""
    if article.published is not None:
        return extract_events(article, sentences, actors, places, dates, lexicon=lexicon)
    reference, basis = stand_in(dates, dt.date.today(), article.url)
    found = extract_events(dataclasses.replace(article, published=reference), sentences, actors, places,
                           dated_by_entries(article.text, find_dates(article.text, reference), find_dates), lexicon=lexicon)
    return date_unanchored(found, dates, reference, basis)


def _worth_parsing(text: str, s: int, e: int, lexicon: TriggerLexicon, dates: SpanIndex,
                   published: dt.date | None) -> bool:
    """False for a candidate sentence whose words alone drop every trigger (``skips.skip_rule``),
    which is then noted for ``why.explain``."""
    rule = skip_rule(text[s:e], lexicon, dated=dates.any_starting_in(s, e), published=published)
    if rule is not None:
        note_unparsed(s, e, rule)
    return rule is None


def _name_starts(places: Sequence[PlaceMention], actors: Sequence) -> list[int]:
    return sorted([p.start for p in places if p.place.kind != "country"] + [a.start for a in actors])


def _names_between(starts: list[int], s: int, e: int) -> bool:
    i = bisect.bisect_left(starts, s)
    return i < len(starts) and starts[i] < e


def _datelines(text: str, places: Sequence[PlaceMention]) -> list[tuple[int, int]]:
    """Datelines that start with a place ("DOHUK, Iraq - ") or give a date ("SOUTHWEST ASIA,
    Jan. 12, 2016 - "): the filing place is no event's place, the filing date no event's date,
    and the parser reads the sentence better without them."""
    starts = {p.start for p in places}
    return [(s, e) for s, e in dateline_spans(text)
            if s in starts or s + 1 in starts or dated_dateline(text, s)]


def _filed_on(text: str, datelines: Sequence[tuple[int, int]], published: dt.date | None) -> dt.date | None:
    """The day the story's "today" and "on Monday" are told from: the lead's dateline's, when it
    gives one a day or two before the page's (a daily's "JAMMU, Mar 7: ... around noon today" in
    the paper of March 8), else the page's."""
    if published is None or not datelines or datelines[0][0] > 400:
        return published
    lo, hi = datelines[0]
    md = month_day(text[lo:hi])
    if md is None:
        return published
    try:
        filed = dt.date(published.year - (md[0] > published.month), *md)
    except ValueError:
        return published
    return filed if 0 < (published - filed).days <= 2 else published


def _after_dateline(start: int, datelines: Sequence[tuple[int, int]]) -> int:
    for s, e in datelines:
        if s <= start < e:
            return e
    return start


#: The longest article text analysed, in characters: about a minute's work on a 2-core
#: machine (``bench/bench_scaling.py``). A longer one is skipped with a reason, so that one
#: huge input cannot hold the rest of its batch hostage.
MAX_ARTICLE_CHARS = 1_000_000


def analyse_chunk(articles: Sequence[Article]) -> list[Analysis | Skipped]:
    """``analyse_many`` that never raises, one result per article in order: an article
    over ``MAX_ARTICLE_CHARS`` or one whose analysis fails is a ``Skipped`` with the
    reason, and the others are analysed all the same."""
    fit = [a for a in articles if len(a.text) <= MAX_ARTICLE_CHARS]
    try:
        done: list[Analysis | Skipped] = list(analyse_many(fit))
    except Exception:  # noqa: BLE001 - find the article at fault; analyse the rest alone
        done = [_analyse_alone(a) for a in fit]
    results = iter(done)
    return [next(results) if len(a.text) <= MAX_ARTICLE_CHARS else Skipped(
        a.source, f"article is {len(a.text):,} characters, over the {MAX_ARTICLE_CHARS:,}-character analysis budget; "
                  "split it into articles") for a in articles]


def _analyse_alone(article: Article) -> Analysis | Skipped:
    try:
        return analyse_many([article])[0]
    except Exception as exc:  # noqa: BLE001 - one article's failure is that article's skip
        what = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        return Skipped(article.source, f"analysis failed ({what}); please report this input to the warmap maintainers")


def analyse(article: Article) -> Analysis:
    """Analyse one article."""
    return analyse_many([article])[0]


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    source: str = "<text>",
    html: bool = False,
) -> list[Event]:
    """Events in one article's text.

    >>> events = extract("On Saturday, ISIS captured al-Qaim.", published="2014-06-23")
    >>> events[0].sub_event_type, str(events[0].when.date)
    ('Non-state actor overtakes territory', '2014-06-21')
    """
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    article = article_from_text(text, source=source, published=published, title=title, html=html)
    return analyse(article).events


def _batches(items: Iterable[Article | Skipped], size: int) -> Iterator[list[Article | Skipped]]:
    batch: list[Article | Skipped] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    *,
    published: dt.date | None = None,
    batch_size: int = 200,
    parse_chunk: int = 32,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[int], None] | None = None,
    jobs: int | None = None,
    engine: str = "local",
    address: str | None = None,
) -> IngestReport:
    """Read, analyse and store every article under ``paths``.

    Each batch of ``batch_size`` articles is written in one transaction: an interrupted
    ingest keeps the batches already written and nothing of the one in progress.
    Articles the store already holds (same content hash) are not analysed again.
    With ``jobs`` > 1, that many processes analyse chunks of ``parse_chunk`` articles
    (each loads its own models, ~450 MB); this process alone writes, in input order, so
    the store ends up the same as with one. ``engine`` says where the chunks are analysed
    (``warmap.engines``: ``"local"``, or ``"ray"`` with ``jobs`` actors on the Ray cluster
    at ``address``, or on a local Ray instance started for this ingest); the store is the same.
    """
    from warmap.engines import open_engine

    with open_engine(engine, jobs=jobs, address=address) as mapper, _fewer_collections():
        return _ingest(store, paths, published, batch_size, parse_chunk, max_bytes, progress, mapper)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collect the youngest objects every 10,000 allocations instead of 700 while ingesting:
    an ingest makes millions of objects that die young (tokens, matches, mentions), and the
    frequent collections cost it ~0.7 s of CPU in 300 articles. The old thresholds come back after."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], 10_000), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _ingest(store: Store, paths: Iterable[str | Path], published: dt.date | None, batch_size: int,
            parse_chunk: int, max_bytes: int, progress: Callable[[int], None] | None,
            mapper: Callable[..., Iterable[list[Analysis | Skipped]]]) -> IngestReport:
    """``ingest`` with ``mapper`` (``map``, or a process pool's) running ``analyse_chunk``
    over chunks of articles, results in order."""
    report = IngestReport()
    inputs = read_inputs(paths, published=published, max_bytes=max_bytes)
    for batch in _batches(inputs, batch_size):
        articles = [a for a in batch if isinstance(a, Article)]
        report.skipped += [s for s in batch if isinstance(s, Skipped)]
        report.notices += [n for n in batch if isinstance(n, Notice)]
        report.read += len(articles)
        known = store.known_articles(articles)
        fresh: dict[str, Article] = {}
        for a in articles:
            if a.doc_id in known or a.doc_id in fresh:
                report.already_known += 1
            else:
                fresh[a.doc_id] = a
        analyses: list[Analysis] = []
        todo = list(fresh.values())
        chunks = [todo[i:i + parse_chunk] for i in range(0, len(todo), parse_chunk)]
        for chunk, analysed in zip(chunks, mapper(analyse_chunk, chunks)):
            for article, result in zip(chunk, analysed):
                if isinstance(result, Skipped):  # over the budget, or its analysis failed: not stored
                    report.skipped.append(result)
                    report.read -= 1
                    del fresh[article.doc_id]
                else:
                    analyses.append(result)
            if progress:
                progress(len(chunk))
        if progress and len(articles) > len(todo):
            progress(len(articles) - len(todo))
        report.publication += [(a.source, a.published, a.published_from) for a in articles]
        report.undated += [a.source for a in articles if a.published is None]
        events = [e for an in analyses for e in an.events]
        claims = [c for an in analyses for c in an.claims]
        relations = [r for an in analyses for r in an.relations]
        report.added += store.write_batch(list(fresh.values()), events, claims, relations)
        report.events += len(events)
        report.claims += len(claims)
        report.relations += len(relations)
    return report


def reanalyse(store: Store, *, since_version: str | None = None, batch_size: int = 200,
              progress: Callable[[int], None] | None = None) -> IngestReport:
    """Run the pipeline again on the stored documents (all, or with ``since_version``
    those analysed by an older warmap) and replace their events, control claims and
    relations, one transaction per batch. Each document is cleaned again from the raw
    input it was stored with (from its cleaned text when the store predates raw inputs).
    The report's ``read`` is the documents analysed again, ``skipped`` those left as they
    were (with why), ``events``/``claims``/``relations`` what they hold now.

    >>> report = reanalyse(Store(":memory:"))
    >>> report.read, report.events
    (0, 0)
    """
    from warmap.errors import InputError

    report = IngestReport()
    ids = store.documents_to_reanalyse(since_version)
    for i in range(0, len(ids), batch_size):
        pairs: list[tuple[str, Article]] = []
        for old in store.stored_articles(ids[i:i + batch_size]):
            try:
                r = old.raw
                pairs.append((old.doc_id, old if r is None else article_from_text(
                    r.text, source=old.source, published=r.published, title=r.title, url=r.url, html=r.html)))
            except InputError as exc:
                report.skipped.append(Skipped(old.source, f"{exc}; left as it was"))
        results = analyse_chunk([a for _, a in pairs])  # one article's failure is that article's skip
        report.skipped += [Skipped(res.source, f"{res.reason}; left as it was") for res in results
                           if isinstance(res, Skipped)]
        pairs = [pair for pair, res in zip(pairs, results) if isinstance(res, Analysis)]
        analyses = [res for res in results if isinstance(res, Analysis)]
        events = [e for an in analyses for e in an.events]
        claims = [c for an in analyses for c in an.claims]
        relations = [r for an in analyses for r in an.relations]
        sources = {old: a.source for old, a in pairs}
        kept = store.replace_documents(pairs, events, claims, relations)
        report.skipped += [Skipped(sources[old], why) for old, why in kept]
        done = {a.doc_id for old, a in pairs if old not in dict(kept)}
        report.read += len(done)
        report.events += sum(len(an.events) for an in analyses if an.article.doc_id in done)
        report.claims += sum(len(an.claims) for an in analyses if an.article.doc_id in done)
        report.relations += sum(len(an.relations) for an in analyses if an.article.doc_id in done)
        if progress:
            progress(min(batch_size, len(ids) - i))
    return report
