"""The Remarks column of the OFAC SDN CSV: aliases, birth dates, nationalities, identifiers, links.

OFAC packs everything the legacy CSV has no column for into one text, parts separated by "; ":
    DOB 13 Feb 1969; nationality Korea, North; Passport 381420754 (Korea, North) expires 07 Dec 2016;
    a.k.a. 'KOMID'; f.k.a. 'LYONGAKSAN GENERAL TRADING CORPORATION'; Linked To: NATIONAL DEFENSE COMMISSION.
Names may hold apostrophes ('AL-WARD, 'Abd'), so an alias is everything between the first and the last quote
of its part.  Parts this module does not know are left to the caller's notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chainlight.model.entity import Identifier, Name
from chainlight.sources.countries import to_iso2
from chainlight.sources.dates import parse_date, parse_date_range

ALIAS_KINDS = {"a.k.a.": "alias", "f.k.a.": "former", "n.k.a.": "alias"}

_ALIAS = re.compile(r"^(a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s*'(.+)'\s*(\((?:weak|low)[^)]*\))?$", re.IGNORECASE)
_DOB = re.compile(r"^(?:alt\.\s+)?DOB\s+(.+)$")
_RANGE = re.compile(r"^(.+?)\s+to\s+(.+)$")
_NATIONALITY = re.compile(r"^(?:alt\.\s+)?(?:nationality|citizen|Nationality of Registration)\s+(.+)$")
_LINKED = re.compile(r"^Linked To:\s*(.+)$")
# Simple "Label value" parts kept as FtM properties.
_PROPERTIES = {"POB": "birthPlace", "Gender": "gender", "Email Address": "email", "Website": "website"}
_PROPERTY = re.compile(r"^(?:alt\.\s+)?(POB|Gender|Email Address|Website)\s+(.+)$")
_COUNTRY_SUFFIX = re.compile(r"^(.*?)\s*\(([^()]+)\)\s*(?:expires .*|issued .*)?$")

# Identifier labels as OFAC writes them -> Identifier.kind.  Longest labels first so that
# "Vessel Registration Identification IMO" wins over "Registration".
ID_LABELS: tuple[tuple[str, str], ...] = (
    ("Vessel Registration Identification IMO", "imo"),
    ("Vessel Registration Identification", "imo"),
    ("Company Number IMO", "imo"),
    ("IMO", "imo"),
    ("SWIFT/BIC", "swift"),
    ("Passport", "passport"),
    ("Diplomatic Passport", "passport"),
    ("National ID No.", "national_id"),
    ("Identification Number", "national_id"),
    ("Cedula No.", "national_id"),
    ("Unified Social Credit Code (USCC)", "registration"),
    ("Tax ID No.", "tax"),
    ("NIT #", "tax"),
    ("RFC", "tax"),
    ("Business Registration Number", "registration"),
    ("Business Registration Document #", "registration"),
    ("Registration Number", "registration"),
    ("Registration ID", "registration"),
    ("Commercial Registry Number", "registration"),
    ("Company Number", "registration"),
)
_ID = re.compile(
    r"^(?:alt\.\s+)?(" + "|".join(re.escape(label) for label, _ in ID_LABELS) + r")\s+(.+)$")
_ID_KIND = dict(ID_LABELS)


@dataclass
class Remarks:
    names: list[Name] = field(default_factory=list)
    birth_dates: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    linked_to: list[str] = field(default_factory=list)
    properties: dict[str, list[str]] = field(default_factory=dict)
    other: list[str] = field(default_factory=list)


def split_parts(text: str) -> list[str]:
    """The "; "-separated parts, without the full stop OFAC puts at the very end."""
    text = text.strip()
    if text.endswith("."):
        text = text[:-1]
    return [p.strip() for p in text.split("; ") if p.strip()]


def parse_remarks(text: str | None) -> Remarks:
    out = Remarks()
    for part in split_parts(text or ""):
        _parse_part(part, out)
    return out


def _parse_part(part: str, out: Remarks) -> None:
    if m := _ALIAS.match(part):
        kind = "weak_alias" if m[3] else ALIAS_KINDS[m[1].lower()]
        out.names.append(Name(m[2].strip(), kind=kind))
    elif m := _DOB.match(part):
        out.birth_dates.extend(d for d in _birth_dates(m[1]) if d not in out.birth_dates)
    elif m := _NATIONALITY.match(part):
        code = to_iso2(m[1])
        if code and code not in out.countries:
            out.countries.append(code)
    elif m := _LINKED.match(part):
        out.linked_to.append(m[1].strip())
    elif m := _PROPERTY.match(part):
        out.properties.setdefault(_PROPERTIES[m[1]], []).append(m[2].strip())
    elif m := _ID.match(part):
        out.identifiers.append(_identifier(_ID_KIND[m[1]], m[2]))
    else:
        out.other.append(part)


def _birth_dates(text: str) -> list[str]:
    if m := _RANGE.match(text):
        return parse_date_range(m[1], m[2])
    date = parse_date(text)
    return [date] if date else []


def _identifier(kind: str, text: str) -> Identifier:
    """"381420754 (Korea, North) expires 07 Dec 2016" -> the number with its issuing country."""
    if m := _COUNTRY_SUFFIX.match(text):
        code = to_iso2(m[2])
        if code:
            return Identifier(kind, m[1].strip(), code)
    value = re.sub(r"\s+(?:expires|issued)\s.*$", "", text).strip()
    return Identifier(kind, value)
