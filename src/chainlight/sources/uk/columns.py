"""The two CSV layouts of the UK list, mapped to one set of field names.

FCDO "UK Sanctions List" CSV (2024-): first line "Report Date: 08-Oct-2026", then 58 columns; the id is
"Unique ID" (e.g. DPR0001).  OFSI "Consolidated List" ConList.csv (until 2025): first line
"Last Updated,03/05/2024", then its own header; the id is "Group ID".  Both write one row per name.
"""

from __future__ import annotations

# field -> header in the FCDO file, header in the OFSI file
FIELDS: dict[str, tuple[str, str]] = {
    "id": ("Unique ID", "Group ID"),
    "name6": ("Name 6", "Name 6"),
    "name1": ("Name 1", "Name 1"),
    "name2": ("Name 2", "Name 2"),
    "name3": ("Name 3", "Name 3"),
    "name4": ("Name 4", "Name 4"),
    "name5": ("Name 5", "Name 5"),
    "name_type": ("Name type", "Alias Type"),
    "alias_strength": ("Alias strength", "Alias Quality"),
    "title": ("Title", "Title"),
    "non_latin": ("Name non-latin script", "Name Non-Latin Script"),
    "non_latin_language": ("Non-latin script language", "Non-Latin Script Language"),
    "regime": ("Regime Name", "Regime"),
    "subject_type": ("Designation Type", "Group Type"),
    "other_information": ("Other Information", "Other Information"),
    "address_country": ("Address Country", "Country"),
    "dob": ("D.O.B", "DOB"),
    "nationality": ("Nationality(/ies)", "Nationality"),
    "passport": ("Passport number", "Passport Number"),
    "national_id": ("National Identifier number", "National Identification Number"),
    "position": ("Position", "Position"),
    "registration": ("Business registration number (s)", ""),
    "imo": ("IMO number", ""),
    "flag": ("Current believed flag of ship", ""),
    "listed_on": ("Date Designated", "Listed On"),
    "un_reference": ("UN Reference Number", ""),
    "ofsi_group": ("OFSI Group ID", ""),
}
ADDRESS_LINES = (("Address Line 1", "Address 1"), ("Address Line 2", "Address 2"), ("Address Line 3", "Address 3"),
                 ("Address Line 4", "Address 4"), ("Address Line 5", "Address 5"), ("Address Line 6", "Address 6"),
                 ("Address Postal Code", "Post/Zip Code"))

FCDO, OFSI = 0, 1


def layout_of(header: list[str]) -> int | None:
    """FCDO or OFSI from the header row, None when it is neither."""
    names = {h.strip().lower() for h in header}
    if "unique id" in names and "name 6" in names:
        return FCDO
    if "group id" in names and "name 6" in names:
        return OFSI
    return None


def column_index(header: list[str], layout: int) -> dict[str, int]:
    """field -> column position, for the fields this file has."""
    positions = {h.strip().lower(): i for i, h in enumerate(header)}
    index = {f: positions[names[layout].lower()] for f, names in FIELDS.items()
             if names[layout] and names[layout].lower() in positions}
    for n, names in enumerate(ADDRESS_LINES):
        if names[layout].lower() in positions:
            index[f"address{n}"] = positions[names[layout].lower()]
    return index
