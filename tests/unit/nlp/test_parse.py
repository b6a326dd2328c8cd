"""The tokens handed to the parser under a name-like spelling (nlp/parse.py)."""

import spacy

from warmap.nlp.parse import _AMBIGUOUS_NAMES, _ambiguous_tokens

NLP = spacy.blank("en")


def _full_walk(doc, names):
    return [t.i for t in doc if t.text in _AMBIGUOUS_NAMES and any(s <= t.idx < e for s, e in names)]


def test_ambiguous_tokens_are_those_a_walk_over_every_token_finds():
    cases = [
        ("IS fighters attacked Kobani, as IS said.", [(0, 2), (21, 27), (32, 34)]),
        ("IS fighters attacked Kobani, as IS said.", [(21, 27)]),        # "IS" outside every name
        ("ISIS fighters attacked Kobani.", [(0, 4)]),                     # "IS" inside a longer token
        ("Fighters of IS-K attacked.", [(12, 16)]),                       # a name ending right after "IS"
        ("Fighters of the IS attacked.", [(12, 17)]),                     # a name ending in the token
        ("AS fighters and IT staff.", [(0, 2), (16, 18)]),
        ("No name here at all.", []),
    ]
    for text, names in cases:
        doc = NLP.make_doc(text)
        assert _ambiguous_tokens(doc, text, names) == _full_walk(doc, names), (text, names)
    assert _ambiguous_tokens(NLP.make_doc(cases[0][0]), *cases[0]) == [0, 6]
    assert _ambiguous_tokens(NLP.make_doc(cases[4][0]), *cases[4]) == [3]


def test_doc_text_is_the_docs_text_kept_in_the_doc():
    from warmap.nlp.parse import doc_text

    doc = NLP.make_doc("IS fighters attacked  Kobani, as IS said.")
    first = doc_text(doc)
    assert first == doc.text == "IS fighters attacked  Kobani, as IS said."
    assert doc_text(doc) is first  # joined once, then read from the Doc
    assert doc_text(NLP.make_doc("Another one.")) == "Another one."  # each Doc its own
