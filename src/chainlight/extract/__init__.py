"""Evidence from reports: a text, HTML or PDF article (English, Korean or Chinese) -> linked, reviewable claims.

    load        file -> text (HTML without scripts, PDF text layer), clear errors for bad files
    sentences   text -> sentences with offsets and a language each
    gazetteer   facilities and bodies: verbatim names from the store, then the resolver (phrases)
    goods       goods words -> the classifier's HS code and risk category
    periods     absolute and event-relative periods ("at the beginning of the pandemic")
    quantities  figures with what they count (hours a day, deaths, inmates)
    places      destinations and sales channels
    claims      mentions -> one pending Claim per sentence
    commands    `chainlight extract` and `chainlight claims list|review`
"""

from chainlight.extract.extraction import Extraction
from chainlight.extract.extractor import document_for, extract_file, extract_text
from chainlight.extract.gazetteer import Gazetteer
from chainlight.extract.types import MENTION_TYPES, Link, Mention, Sentence

__all__ = ["MENTION_TYPES", "Extraction", "Gazetteer", "Link", "Mention", "Sentence", "document_for",
           "extract_file", "extract_text"]
