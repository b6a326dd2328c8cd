"""The combined prefilter of a template set: a sentence it rejects can match no template."""

from __future__ import annotations

import pytest

from warmap.timeline.claims import load_control_patterns
from warmap.timeline.patterns import load_template_set, mask
from warmap.timeline.relations import load_relation_patterns

# (sentence, spans masked as actors, spans masked as places) written for these tests
SENTENCES = [
    ("Kurdish fighters captured Tal Abyad on Tuesday.", ["Kurdish fighters"], ["Tal Abyad"]),
    ("The Nusra-held town of Binnish was shelled overnight.", ["Nusra"], ["Binnish"]),
    ("Jund al-Aqsa pledged allegiance to ISIS last month.", ["Jund al-Aqsa", "ISIS"], []),
    ("Ahrar al-Sham merged with Jaysh al-Islam in the spring.", ["Ahrar al-Sham", "Jaysh al-Islam"], []),
    ("ISIS and the FSA clashed near Marea for a third day.", ["ISIS", "FSA"], ["Marea"]),
    ("Residents of Raqqa said bread prices doubled this week.", [], ["Raqqa"]),
    ("ISIS no longer controls Manbij, the coalition said.", ["ISIS"], ["Manbij"]),
    ("Rebels, backed by Turkey, seized Jarablus from ISIS.", ["Rebels", "Turkey", "ISIS"], ["Jarablus"]),
]


def _spans(text: str, phrases: list[str]) -> list[tuple[int, int]]:
    return [(text.index(p), text.index(p) + len(p)) for p in phrases]


@pytest.mark.parametrize("load", [load_control_patterns, load_relation_patterns])
def test_prefilter_keeps_every_template_that_matches(load):
    ts = load()
    assert ts.prefilter is not None  # every shipped template has key words
    matched = rejected = 0
    for text, actors, places in SENTENCES:
        layers = {"A": _spans(text, actors), "P": _spans(text, places)}
        masked = mask(text, 0, len(text), layers)
        hits = [t for t in ts.templates if t.regex.search(masked.text)]
        matched += bool(hits)
        kept = ts.candidates(text, 0, len(text), layers["A"] + layers["P"])
        assert all(t in kept for t in hits), text
        assert list(kept) == [t for t in ts.templates if t in kept]  # in the file's order
        rejected += len(kept) < len(ts.templates)
    assert matched >= 3 and rejected >= 6  # the samples exercise both sides


def test_prefilter_reads_only_the_given_stretch():
    ts = load_relation_patterns()
    text = "Prices rose. Jund al-Aqsa pledged allegiance to ISIS."
    assert not ts.candidates(text, 0, 12)
    assert [t.kind for t in ts.candidates(text, 13, len(text))] == ["pledge"]


def test_a_template_without_key_words_turns_the_prefilter_off(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text('[[pattern]]\nkind = "x"\ntemplate = "{actor} of {other}"\n'
                    '[[pattern]]\nkind = "y"\ntemplate = "{actor} (captured|seized) {other}"\n')
    ts = load_template_set(path, {"actor": r"«A\d+»", "other": r"«A\d+»"})
    assert ts.prefilter is None
    assert len(ts.candidates("nothing here", 0, 12)) == 2
    path.write_text('[[pattern]]\nkind = "y"\ntemplate = "{actor} (captured|seized) {other}"\n')
    ts = load_template_set(path, {"actor": r"«A\d+»", "other": r"«A\d+»"})
    assert ts.candidates("They SEIZED it", 0, 14)
    assert not ts.candidates("They held it", 0, 12)
    assert ts.prefilter == {"captured", "seized"}


def test_a_mention_edge_inside_a_word_lets_the_sentence_through():
    ts = load_control_patterns()
    text = "The ISISheld quarter was quiet."  # masked: "The «A0»held quarter ...", "held" a whole word
    cut = [(4, 8)]
    masked = mask(text, 0, len(text), {"A": cut})
    assert any(t.may_match(masked.text) for t in ts.templates)
    assert ts.candidates(text, 0, len(text), cut) == ts.templates


@pytest.mark.parametrize("load", [load_control_patterns, load_relation_patterns])
def test_may_match_keeps_every_template_that_matches(load):
    ts = load()
    matched = 0
    for text, actors, places in SENTENCES:
        masked = mask(text, 0, len(text), {"A": _spans(text, actors), "P": _spans(text, places)})
        for t in ts.templates:
            if t.regex.search(masked.text):
                matched += 1
                assert t.may_match(masked.text), (t.text, text)
    assert matched >= 3


def test_may_match_wants_every_required_word():
    ts = load_control_patterns()
    tpl = next(t for t in ts.templates if t.text.startswith("{place} ... (under|in) (the )?"))
    text = "Fighting in Kobani went on under heavy shelling."
    masked = mask(text, 0, len(text), {"P": _spans(text, ["Kobani"])})
    assert tpl.anchor is not None and tpl.anchor.search(masked.text)  # "in" is there
    assert not tpl.may_match(masked.text)  # "control", "hands", "rule"... are not
    text = "Kobani is in the hands of the «A0»."
    assert tpl.may_match(text)


def test_required_parts_skip_optional_repeated_nested_and_pattern_groups():
    from warmap.timeline.patterns import _required

    parts = _required("{actor} ... (formed|set up) (an |a )*([\\w-]+ )?(joint )?(alliance|pact) with {other}",
                      ("formed", "set up"))
    assert [p.pattern for p in parts] == ["alliance|pact", "with"]
    assert _required("{actor} ((took|seized) over)? {place}", ()) == ()
    assert _required("{actor} (took|seized) {place}|{place} fell", ()) == ()
    assert [p.pattern for p in _required("{actor} (bay'?a|pledge) to {other}", ())] == []
