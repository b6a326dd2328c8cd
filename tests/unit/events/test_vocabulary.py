"""The shared vocabulary (events/data/vocabulary.toml): every section says why it is there,
and the modules that test for a concept read its words from the file."""

import re
import tomllib
from importlib import resources

from warmap.events import classify, dating, fatalities, filters, means, parties, people, placing, references, tellers, territory, victims
from warmap.events.vocabulary import alternation, load_vocabulary, words

RAW = resources.files("warmap.events").joinpath("data/vocabulary.toml").read_text("utf-8")


def test_every_section_has_a_comment_and_clean_lists():
    lines = RAW.splitlines()
    for name, section in tomllib.loads(RAW).items():
        at = lines.index(f"[{name}]")
        assert lines[at + 1].startswith("#"), f"[{name}] needs a comment saying why it is there"
        for key, items in section.items():
            assert items, f"[{name}] {key} is empty"
            assert len(set(items)) == len(items), f"[{name}] {key} repeats a word"
            assert all(w == w.lower() and w == " ".join(w.split()) for w in items), f"[{name}] {key}"


def test_alternation_matches_each_word_and_phrase_whole():
    pattern = re.compile(rf"\b{alternation('deaths', 'words')}\b", re.I)
    for w in load_vocabulary()["deaths"]["words"]:
        assert pattern.fullmatch(w.upper().replace(" ", "\n ")), w
    assert not pattern.fullmatch("killers")


def test_modules_read_their_words_from_the_file():
    assert filters._REPORTING == words("saying", "lemmas")
    for form in words("saying", "forms"):
        assert dating._SAID_BEFORE.search(f"the ministry {form}"), form
        assert tellers._SOURCE_AFTER.search(f" {form} on Monday"), form
        assert placing._SPEAKER_FROM.search(f"the envoy {form} from "), form
    for noun in words("aircraft", "nouns"):
        assert means._AIRCRAFT.search(f"regime {noun}"), noun
    for noun in words("victims", "nouns"):
        assert victims._ITEM_CIVILIANS.match(f"at least 12 {noun}"), noun
    for word in words("deaths", "words"):
        assert fatalities._DEATH.match(word), word
        assert victims._DIED.search(f"were {word}"), word
    for marker in words("list_markers", "markers"):
        assert dating._LIST_ITEM.match(f"{marker} Near Mosul, two strikes"), marker


def test_a_death_word_from_the_file_counts_a_toll():
    # death words read from the file (victims.py's own list used to lack "perished" and "corpses")
    assert fatalities.find_fatalities("Fifteen people perished when the shells hit the market.")[0] == 15
    assert fatalities.find_fatalities("Rescuers pulled 9 corpses from the rubble.")[0] == 9


def test_word_sets_of_typing_and_filters_come_from_the_file():
    from warmap.events import modality_parsed
    assert people._KIDNAPPERS == words("carriers_off", "unnamed") < territory._TAKERS
    assert "soldier" in territory._TAKERS and "soldier" not in people._KIDNAPPERS
    assert classify._NOT_A_PROTEST == words("protest", "not_held")
    assert filters._CROWD_ACTS == words("protest", "crowd_acts")
    from warmap.events import unseen
    assert set(unseen._BY_HAND) == words("killing", "by_hand")
    assert modality_parsed._CONTENT_NOUNS == words("content_nouns", "nouns")
    assert references._JUDGED == words("judged", "lemmas")
    assert references._ACCUSING == words("judged", "accusing")
    assert references._FIGHTS == unseen._FIGHTS == words("fights", "nouns")
