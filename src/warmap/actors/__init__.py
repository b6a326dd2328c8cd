"""Actor resolution: a curated dictionary of the actors of the Syrian, Iraqi and other wars,
ACLED's generic actors of every country, and finding them in text.

>>> from warmap.actors import load_actors
>>> load_actors().resolve("Jabhat a-Nusra").id
'jabhat_al_nusra'
"""

from .dictionary import ActorDictionary, UnknownActorError, load_actors
from .entries import ActorEntry, Affiliation, Membership, Rename
from .loader import ActorDataError, check_actor_data, read_actor_data

__all__ = [
    "load_actors",
    "ActorDictionary",
    "ActorEntry",
    "Affiliation",
    "Membership",
    "Rename",
    "ActorDataError",
    "UnknownActorError",
    "read_actor_data",
    "check_actor_data",
]
