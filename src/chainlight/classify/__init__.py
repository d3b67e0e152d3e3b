"""Classify product texts to an HS 2022 subheading and a risk category.

>>> from chainlight.classify import Classifier
>>> c = Classifier().classify("l1", "3D Faux Mink False Eyelashes 25mm")
>>> (c.hs6, c.risk_category)
('670419', 'false_eyelashes')
"""

from chainlight.classify.classifier import Classifier
from chainlight.classify.output import write_classifications_csv
from chainlight.classify.types import HAIR_GOODS, RISK_CATEGORIES

__all__ = ["HAIR_GOODS", "RISK_CATEGORIES", "Classifier", "write_classifications_csv"]
