"""OFAC SDN entries as the resolve tests build them: an id, a schema and the names OFAC writes; the small lists of
them some tests match against (as the real-world sets' documents named them), and a name's renderings as text."""

from __future__ import annotations

from chainlight.model.entity import Entity, Name
from chainlight.resolve.matcher import Matcher
from chainlight.resolve.rendering import render_name


def ofac(sid: str, schema: str, *names: str, program: str | None = None) -> Entity:
    """The OFAC entry `sid` with its first name primary and the rest aliases, listed under `program` (DPRK3 ...)."""
    ns = [Name(n, "primary" if i == 0 else "alias") for i, n in enumerate(names)]
    return Entity(f"ofac-{sid}", schema, "ofac-sdn", sid, ns, programs=[program] if program else [])


def ofac_person(sid: str, name: str, country: str, program: str) -> Entity:
    """An OFAC person with one primary name and a country."""
    return Entity(f"ofac-{sid}", "Person", "ofac-sdn", sid, [Name(name, "primary")], countries=[country],
                  programs=[program])


# (the lists of the twelfth real-world set's held-out classes and of its dev half's renamed ships)
def set_12_heldout_listed() -> Matcher:
    return Matcher([
        ofac("37517", "Organization", "FAR EASTERN BANK", program="DPRK3"),
        ofac("20001", "Organization", "NORTH EAST ASIA BANK", program="DPRK3"),
        ofac("22603", "Company", "DANDONG ZHICHENG METALLIC MATERIAL CO., LTD.", program="DPRK3"),
        ofac("20002", "Company", "KOREA METAL TRADING", program="DPRK3"),
        ofac("18346", "Vessel", "DAWNLIGHT", program="DPRK"),
        ofac("35753", "Company", "APOLLON OOO", program="DPRK3"),
        ofac("22984", "Person", "PANG, Su Nam", program="DPRK3"),
        ofac("20003", "Person", "PAN, Sun", program="SDGT"),
        ofac("20004", "Person", "GARCIA DURAN, Maria Del Rosario", program="SDNTK"),
    ])


# Round 15, step 3: classes of names set 13 dev's misses, each read as a general rule (the organs and place words
# of tests/resolve/test_translation.py)
def set_12_heldout_organs() -> Matcher:
    return Matcher([
        ofac("21308", "Organization", "MINISTRY OF LABOR", program="DPRK3"),
        ofac("19528", "Organization", "KOREAN WORKERS PARTY, PROPAGANDA AND AGITATION DEPARTMENT", program="DPRK3"),
        ofac("43337", "Organization", "TECHNICAL RECONNAISSANCE BUREAU", "THIRD BUREAU", program="DPRK2"),
        ofac("24917", "Company", "KOREA EXPO JOINT VENTURE", program="DPRK2"),
        ofac("20005", "Person", "KIM, Yong Sil", program="DPRK3"),
    ])


def renamed_ships() -> Matcher:
    return Matcher([
        ofac("17094", "Vessel", "PO THONG GANG", program="DPRK"),
        ofac("17090", "Vessel", "JON JIN 2", program="DPRK"),
        ofac("19588", "Vessel", "CHONG BONG", program="DPRK3"),
        ofac("19500", "Company", "CHONGBONG SHIPPING CO LTD", program="DPRK3"),
        ofac("17000", "Person", "RIM, Yong Hyok", program="DPRK3"),
        ofac("17001", "Person", "RI, Su Yong", program="DPRK3"),
    ])


def rendered_texts(name: str) -> list[str]:
    return [" ".join(t.text for t in r) for r in render_name(name).renderings]
