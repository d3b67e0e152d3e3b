"""Which FollowTheMoney properties fill which chainlight fields, shared by the reader and the exporter."""

from __future__ import annotations

# FtM schema -> chainlight schema for the schemata that are parties a name can be screened against.
PARTY_SCHEMATA = {
    "Person": "Person",
    "Company": "Company",
    "Organization": "Organization",
    "LegalEntity": "LegalEntity",
    "PublicBody": "PublicBody",
    "Vessel": "Vessel",
    "Airplane": "Airplane",
}

# FtM name property -> chainlight name kind, in the order names are taken.
NAME_PROPS = {"name": "primary", "alias": "alias", "weakAlias": "weak_alias", "previousName": "former"}
NAME_KIND_PROPS = {"primary": "name", "original_script": "name", "alias": "alias", "weak_alias": "weakAlias",
                   "former": "previousName"}

COUNTRY_PROPS = ("country", "nationality", "citizenship", "jurisdiction", "mainCountry")

# FtM identifier property -> chainlight identifier kind; the exporter reads it backwards.
IDENTIFIER_PROPS = {
    "registrationNumber": "registration",
    "imoNumber": "imo",
    "passportNumber": "passport",
    "taxNumber": "tax",
    "swiftBic": "swift",
    "idNumber": "national_id",
    "innCode": "inn",
    "ogrnCode": "ogrn",
    "leiCode": "lei",
    "vatCode": "vat",
    "dunsCode": "duns",
    "okpoCode": "okpo",
    "kppCode": "kpp",
    "uniqueEntityId": "uei",
    "mmsi": "mmsi",
    "callSign": "call_sign",
}
IDENTIFIER_KIND_PROPS = {kind: prop for prop, kind in IDENTIFIER_PROPS.items()}
# Where an identifier goes when its own property does not exist on the schema (a passport on a company).
IDENTIFIER_FALLBACK = ("idNumber",)

PROGRAM_PROPS = ("programId", "program")
# Read into first-class fields; everything else is kept in `Entity.properties` under its FtM name.
MAPPED_PROPS = {*NAME_PROPS, *COUNTRY_PROPS, *IDENTIFIER_PROPS, *PROGRAM_PROPS, "birthDate", "address",
                "addressEntity", "topics", "notes", "sourceUrl"}
# Top-level keys of an OpenSanctions export line kept in `Entity.properties`.
RECORD_KEYS = ("datasets", "referents")

# chainlight topic -> FtM topic where the names differ; FtM drops topics it does not know.
TOPICS_TO_FTM = {"forced_labour": "forced.labor", "export_control": "export.control"}
TOPICS_FROM_FTM = {ftm: ours for ours, ftm in TOPICS_TO_FTM.items()}
