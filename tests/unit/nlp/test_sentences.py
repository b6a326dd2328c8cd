from warmap.nlp.sentences import split_sentences


def _split(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_abbreviations_and_initials_do_not_split():
    text = "Gen. Ali and Lt. Col. Omar met U.S. officials on Jan. 3 in Baghdad. They left."
    assert _split(text) == ["Gen. Ali and Lt. Col. Omar met U.S. officials on Jan. 3 in Baghdad.", "They left."]


def test_paragraphs_and_interview_turns_split():
    text = "Q: Who holds the town?\nA: ISIS does. The army left.\n\nNext paragraph here"
    assert _split(text) == ["Q: Who holds the town?", "A: ISIS does.", "The army left.", "Next paragraph here"]


def test_quotes_close_the_sentence():
    text = 'He said "we took the base." Then he hung up.'
    assert _split(text) == ['He said "we took the base."', "Then he hung up."]


def test_offsets_point_into_the_text():
    text = "  One.   Two!  Three?  "
    for s, e in split_sentences(text):
        assert text[s:e].strip() == text[s:e]
    assert _split(text) == ["One.", "Two!", "Three?"]
