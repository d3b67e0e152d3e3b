"""The evidence YAML layout: which keys each section takes, which are required, and the vocabularies.

An evidence file has up to four top-level lists, each optional, so a file may hold only documents or only
priors; references are checked across all files read together:

    documents:  id, title, publisher, url, published, retrieved, [language, note]
    entities:   id (a slug), schema, names, [countries, addresses, topics, notes, source_url, same_as,
                properties]
    claims:     id, source (a document id), summary, period, reliability, [quote, entities, goods,
                countries, labour, status, note, protected]
    priors:     id, summary, places, country, goods, probability, [claims, note]

Dates are ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD; a period's open start or end widens to the first or
last day.  Countries are ISO 3166 alpha-2 and stored in lower case, as FollowTheMoney writes them.
"""

from __future__ import annotations

# section -> (required keys, optional keys)
SECTIONS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "documents": (frozenset({"id", "title", "publisher", "url", "retrieved"}),
                  frozenset({"published", "language", "note"})),
    "entities": (frozenset({"id", "schema", "names"}),
                 frozenset({"countries", "addresses", "topics", "notes", "source_url", "same_as",
                            "properties"})),
    "claims": (frozenset({"id", "source", "summary", "period", "reliability"}),
               frozenset({"quote", "entities", "goods", "countries", "labour", "status", "note",
                          "protected"})),
    "priors": (frozenset({"id", "summary", "places", "country", "goods", "probability"}),
               frozenset({"claims", "note"})),
}
NAME_KEYS = (frozenset({"value"}), frozenset({"kind", "lang"}))
ADDRESS_KEYS = (frozenset({"full"}), frozenset({"city", "country"}))
# Either end may be unknown; `period: {}` says the source gives no dates (tracing then treats it as open).
PERIOD_KEYS: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset({"start", "end"}))

ENTITY_SCHEMAS = frozenset({"Person", "Company", "Organization", "LegalEntity", "PublicBody", "Facility"})
NAME_KINDS = frozenset({"primary", "alias", "weak_alias", "former", "original_script"})
RELIABILITY = frozenset({"high", "medium", "low"})
STATUSES = frozenset({"confirmed", "pending", "disputed"})
LABOUR = frozenset({"prison_labour", "state_imposed", "dprk_workers", "civilian_piecework"})
TOPICS = frozenset({"forced_labour", "prison", "sanction", "trade_hub", "trade_channel", "state_body",
                    "trading_company"})

# classify's risk categories (classify.types.RISK_CATEGORIES) plus goods that claims report but the
# classifier does not score yet.  Sources come first in the pipeline, so the list is repeated here and a
# test keeps the two in step.
GOODS = frozenset({"wigs", "false_eyelashes", "hair_pieces", "human_hair", "knitwear", "other",
                   "artificial_flowers", "apparel", "textiles", "crochet", "reed_bags", "seafood",
                   "footwear", "furniture"})

# A claim may name an entry of an official list by its chainlight id without the file defining it.
LIST_PREFIXES = ("ofac-", "un-", "eu-", "uk-", "uflpa-", "cbp-")
EVIDENCE_PREFIX = "evidence-"
