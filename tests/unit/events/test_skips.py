"""Candidate sentences left unparsed (events/skips.py): each rule skips a sentence whose parse
could give no event, and a near sentence that could give one is still parsed."""

from __future__ import annotations

import datetime as dt

import pytest

from warmap import pipeline
from warmap.events.dates import find_dates
from warmap.events.skips import QUESTION, WITHDRAWAL_ALONE, skip_rule
from warmap.events.triggers import load_triggers
from warmap.events.why import explain
from warmap.ingest import article_from_text

PUBLISHED = dt.date(2014, 6, 23)

SKIPPED = [
    ("Will ISIS try to retake Mosul?", QUESTION),
    ("Could the raid on Tikrit have been meant to pull troops away from the Mosul front?", QUESTION),
    ("Government forces withdrew from Mosul, the army said.", WITHDRAWAL_ALONE),
    ("Dozens of soldiers retreated towards Tikrit after the evacuation.", WITHDRAWAL_ALONE),
]

PARSED = [
    "ISIS will try to retake Mosul.",  # no question
    "Will ISIS keep Mosul after the capture of the city on Sunday?",  # a date: a capture presupposed
    "Did ISIS claim responsibility for the attack on Mosul?",  # a follow-up may update an earlier event
    "Government forces withdrew from Mosul, and ISIS moved into the city.",  # a side moving in
    "Government forces handed over Mosul to the Peshmerga.",  # a handover
    "Government forces surrendered Mosul to ISIS.",  # a surrender
    "Government forces withdrew from Mosul on Sunday.",  # its date carries to the next sentences
    "Government forces withdrew from Mosul and ISIS attacked the city.",  # another trigger
]


def _rule(sentence: str, published: dt.date | None = PUBLISHED) -> str | None:
    dated = bool(find_dates(sentence, published)) if published else False
    return skip_rule(sentence, load_triggers(), dated=dated, published=published)


@pytest.mark.parametrize("sentence,rule", SKIPPED)
def test_a_sentence_whose_words_drop_every_trigger_is_skipped(sentence, rule):
    assert _rule(sentence) == rule


@pytest.mark.parametrize("sentence", PARSED)
def test_a_near_sentence_that_could_give_an_event_is_parsed(sentence):
    assert _rule(sentence) is None


@pytest.mark.parametrize("sentence", [s for s, _ in SKIPPED])
def test_no_rule_applies_without_a_publication_date(sentence):
    assert _rule(sentence, published=None) is None


@pytest.mark.parametrize("sentence,rule", SKIPPED)
def test_a_skipped_sentence_parsed_all_the_same_gives_no_event(sentence, rule, monkeypatch):
    """The rule's promise, checked against the extraction itself."""
    article = article_from_text(sentence, published=PUBLISHED)
    assert pipeline.analyse(article).events == []
    monkeypatch.setattr(pipeline, "skip_rule", lambda *a, **k: None)
    assert pipeline.analyse(article).events == []


@pytest.mark.parametrize("sentence,rule", SKIPPED)
def test_the_pipeline_does_not_parse_it_and_why_names_the_rule(sentence, rule, monkeypatch):
    parsed: list[str] = []
    parse = pipeline.parse_sentences
    monkeypatch.setattr(pipeline, "parse_sentences", lambda texts, names=None: parsed.extend(texts) or parse(texts, names))
    x = explain(sentence, published=PUBLISHED)
    assert parsed == []
    assert x.verdicts and all(v.rule.startswith(rule + ": not parsed") for v in x.verdicts), x.lines()


@pytest.mark.parametrize("sentence", [s for s, _ in SKIPPED] + PARSED)
def test_has_kind_finds_every_kind_that_find_finds(sentence):
    lexicon = load_triggers()
    kinds = {m.kind for m in lexicon.find(sentence)}
    assert kinds and all(lexicon.has_kind(k, sentence) for k in kinds)
    assert not lexicon.has_kind("transfer", "ISIS will try to retake Mosul.")
