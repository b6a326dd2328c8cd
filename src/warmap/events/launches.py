"""The launch of an operation: "launched the operation to retake western Mosul on Feb. 19",
"began the Manbij operation on June 1", "The offensive ... was launched in May". ACLED codes the
day an offensive opens as a battle of its sides at its target, not as ground taken: the purpose
clause names where the fighting began, and no capture happened yet."""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns of a military operation; verbs that open one.
OPERATION_NOUNS = frozenset({"operation", "offensive", "campaign", "assault", "push", "drive", "counteroffensive",
                             "counter-offensive", "onslaught"})
LAUNCH_VERBS = frozenset({"launch", "begin", "start", "open", "mount", "kick"})


def opened_operation(verb: Token) -> Token | None:
    """The operation noun a verb opens ("launched the operation", "began the Manbij operation"), or
    the one said to have opened ("The offensive was launched in May", "The campaign began on Oct. 17")."""
    if verb.lemma_.lower() not in LAUNCH_VERBS or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ == "aux" and c.tag_ in ("TO", "MD") for c in verb.children):
        return None  # ("plan to launch", "would begin": not launched yet)
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")
                 and c.lemma_.lower() in OPERATION_NOUNS), None)


def launched_for(tok: Token) -> bool:
    """Is ``tok`` the verb of an operation's purpose ("to retake western Mosul"), where the
    operation is one the sentence says was launched ("launched the operation to retake ...",
    "The campaign to free Mosul began on October 17")?"""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("acl", "advcl", "xcomp", "relcl") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head = tok.head
    if head.lemma_.lower() in OPERATION_NOUNS:  # "the operation to retake", "The campaign to free"
        return head.dep_ in ("dobj", "nsubjpass", "nsubj") and opened_operation(head.head) == head
    return opened_operation(head) is not None  # "launched an offensive Sunday to retake" (hung on the verb)
