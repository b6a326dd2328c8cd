"""Place resolution: a GeoNames-based gazetteer that knows how war reports spell places.

>>> from warmap.places import load_gazetteer
>>> load_gazetteer().resolve("Deir e-Zor").best.admin1
'Deir ez-Zor'
"""

from .gazetteer import Gazetteer, Resolution, load_gazetteer
from .normalise import name_keys, normalise

__all__ = ["load_gazetteer", "Gazetteer", "Resolution", "normalise", "name_keys"]
