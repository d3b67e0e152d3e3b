"""One body on two lists, its names written with different trimmings (a closing acronym in brackets, a parent
before a comma), is one resolved body whose answer names both entries (names as OFAC SDN and the UN list write
them)."""

from chainlight.model.entity import Entity, Name
from chainlight.resolve import Query, merge
from chainlight.resolve.matcher import Matcher
from chainlight.resolve.merge_forms import merge_forms
from tests.resolve.listed import ofac


def un(ref: str, schema: str, *names: str) -> Entity:
    ns = [Name(n, "primary" if i == 0 else "alias") for i, n in enumerate(names)]
    return Entity(f"un-{ref}", schema, "un-sc", ref, ns, countries=["kp"], programs=["DPRK"])


def test_the_forms_a_join_also_keys() -> None:
    assert merge_forms("KOREA KWANGSON BANKING CORPORATION (KKBC)") == ["KOREA KWANGSON BANKING CORPORATION"]
    assert merge_forms("JUND AL-KHILAFAH IN ALGERIA (JAK-A)") == ["JUND AL-KHILAFAH IN ALGERIA"]
    assert merge_forms("KOREAN WORKERS PARTY, PROPAGANDA AND AGITATION DEPARTMENT") == [
        "PROPAGANDA AND AGITATION DEPARTMENT"]
    # a bracket of digits refers to another entry; a legal form after a comma is no body's name
    assert merge_forms("SECOND ACADEMY OF NATURAL SCIENCES (KPE.018)") == []
    assert merge_forms("GLOBAL RELIEF FOUNDATION, INC.") == []
    assert merge_forms("OCEAN MARITIME MANAGEMENT COMPANY, LIMITED (OMM)") == [
        "OCEAN MARITIME MANAGEMENT COMPANY, LIMITED"]


ENTRIES = [
    ofac("11581", "Organization", "KOREA KWANGSON BANKING CORP", program="NPWMD"),
    un("KPe.025", "Organization", "KOREA KWANGSON BANKING CORPORATION (KKBC)"),
    ofac("19528", "Organization", "KOREAN WORKERS PARTY, PROPAGANDA AND AGITATION DEPARTMENT", program="DPRK3"),
    un("KPe.053", "Organization", "PROPAGANDA AND AGITATION DEPARTMENT (PAD)"),
    ofac("12215", "Organization", "SECOND ACADEMY OF NATURAL SCIENCES", program="NPWMD"),
    un("KPe.021", "Organization", "ACADEMY OF NATIONAL DEFENSE SCIENCE", "SECOND ACADEMY OF NATURAL SCIENCES (KPE.018)"),
]


def test_the_two_lists_entries_of_one_body_are_one_resolved_body() -> None:
    bodies = {frozenset(r.member_ids) for r in merge.merge(ENTRIES)}
    assert frozenset({"ofac-11581", "un-KPe.025"}) in bodies
    assert frozenset({"ofac-19528", "un-KPe.053"}) in bodies
    assert frozenset({"ofac-12215"}) in bodies  # the UN's cross-reference (KPE.018) joins nothing


def test_the_matcher_answers_the_body_and_names_both_entries() -> None:
    m = Matcher(ENTRIES)
    top = m.match(Query("q", "Propaganda and Agitation Department"))
    assert len([x for x in top if x.match]) == 1  # one body, not a tie between its two entries
    assert set(top[0].member_ids) == {"ofac-19528", "un-KPe.053"}
    assert set(top[0].source_ids) == {"ofac:19528", "un:KPe.053"}
    assert m.resolved.cluster("un-KPe.025") == ["ofac-11581", "un-KPe.025"]


def test_an_entry_the_north_korea_regulations_reach_is_tied_to_north_korea() -> None:
    # OFAC lists MINISTRY OF ROCKET INDUSTRY under NPWMD with no country; its remarks name the North Korea
    # Sanctions Regulations, as for every entry they reach: a translation of a North Korean organ's own words
    # (朝鲜火箭工业部: 火箭 rocket) looks among such bodies
    rocket = Entity("ofac-26852", "Organization", "ofac-sdn", "26852", [Name("MINISTRY OF ROCKET INDUSTRY", "primary")],
                    programs=["NPWMD"], notes=["Secondary sanctions risk: North Korea Sanctions Regulations, sections "
                                               "510.201 and 510.210"])
    m = Matcher([rocket, ofac("54012", "Company", "ROCKET TRADING LLC", program="SDGT")])
    top = m.match(Query("q", "朝鲜火箭工业部"))[0]
    assert top.entity_name == "MINISTRY OF ROCKET INDUSTRY" and top.match
