from warmap.nlp.sentences import MAX_SENTENCE, split_sentences


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


def test_text_with_no_sentence_end_is_cut_into_bounded_chunks():
    # a million characters with no full stop used to be one "sentence" for every later step
    text = " ".join(["rebels shelled the town, then"] * 40_000)
    spans = split_sentences(text)
    assert max(e - s for s, e in spans) <= MAX_SENTENCE
    assert len(spans) >= len(text) // MAX_SENTENCE
    # chunks end at a clause break, and together they hold every word
    assert text[spans[0][0]:spans[0][1]].endswith(",")
    assert " ".join(text[s:e] for s, e in spans).split() == text.split()


def test_a_long_run_with_no_space_is_cut_too():
    spans = split_sentences("x" * 2500)
    assert spans == [(0, 1000), (1000, 2000), (2000, 2500)]


def test_a_footnote_mark_after_the_full_stop_ends_the_sentence() -> None:
    """ "killing three people.[5] Dnipropetrovsk's governor said ...": analysts' pages and wikis cite after the
    full stop; the mark closes the sentence (before, the sentences ran together into one); a bracketed number
    inside a sentence does not end it."""
    text = ("Air defences shot down two missiles.[4] A missile hit Hoholeve.[5][6] Another struck Kryvyi Rih. "
            "It said [3] more.")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Air defences shot down two missiles.[4]", "A missile hit Hoholeve.[5][6]", "Another struck Kryvyi Rih.",
        "It said [3] more."]


def test_a_bullet_inside_a_line_starts_a_sentence() -> None:
    """A page's summary points joined into one line ("• Camp in Bela stormed • Levies attacked in Kalat") are
    sentences of their own (before, one run-on sentence that tied every point's words together)."""
    text = "• Camp in Bela stormed; bridge blown up • Levies attacked in Kalat • Minister rules out talks"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "• Camp in Bela stormed; bridge blown up", "• Levies attacked in Kalat", "• Minister rules out talks"]
