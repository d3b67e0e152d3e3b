"""The bundled demo: fictional records marked as such, real list rows exactly as published, and a story
whose ground truth (expected.yml) is consistent with the shipments."""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from tests.helpers.snapshots import snapshot_bytes

DEMO = Path(__file__).resolve().parents[2] / "src" / "chainlight" / "data" / "demo"
TIERS = {"high", "elevated", "low", "none"}
HANGUL = re.compile(r"[\uac00-\ud7a3]")
HAN = re.compile(r"[\u4e00-\u9fff]")


def rows(name: str) -> list[dict[str, str]]:
    with open(DEMO / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def contract_columns(formats_md: str, record: str) -> list[str]:
    """The columns formats.md lists for one record type, in order (required ones carry a '*')."""
    block = formats_md.split(f"**{record}**", 1)[1].split("\n\n", 1)[0]
    return re.findall(r"`([a-z_]+)`", block)


@pytest.fixture(scope="module")
def formats_md() -> str:
    return (Path(__file__).resolve().parents[2] / "docs" / "formats.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def expected() -> dict[str, dict[str, object]]:
    return yaml.safe_load((DEMO / "expected.yml").read_text(encoding="utf-8"))["listings"]


@pytest.mark.parametrize(("name", "record", "key"), [
    ("listings.csv", "listings", "listing_id"),
    ("shipments.csv", "shipments", "shipment_id"),
    ("suppliers.csv", "suppliers", "supplier_id"),
])
def test_user_files_have_the_contract_columns_and_every_row_is_marked_fictional(formats_md, name, record, key):
    data = rows(name)
    columns = contract_columns(formats_md, record)
    assert len(columns) >= 8 and set(columns) <= set(data[0])
    assert all(row["fictional"] == "yes" for row in data)
    ids = [row[key] for row in data]
    assert len(ids) == len(set(ids))
    required = re.findall(r"`([a-z_]+)`\*", formats_md.split(f"**{record}**", 1)[1].split("\n\n", 1)[0])
    assert required and all(row[col].strip() for row in data for col in required)


def test_sizes_and_scripts():
    listings, shipments = rows("listings.csv"), rows("shipments.csv")
    assert 20 <= len(listings) <= 30 and 35 <= len(shipments) <= 50
    assert any(HANGUL.search(r["title"]) for r in listings) and any(HAN.search(r["title"]) for r in listings)
    assert any(HANGUL.search(r["shipper_name"]) for r in shipments)
    assert any(HAN.search(r["consignee_name"]) for r in shipments)
    assert all(re.fullmatch(r"202[34]-\d\d-\d\d", r["date"]) for r in shipments)
    assert all(r["url"].startswith("https://shop.example/") for r in listings)


def test_expected_covers_every_listing_with_a_valid_tier(expected):
    assert set(expected) == {r["listing_id"] for r in rows("listings.csv")}
    assert {e["tier"] for e in expected.values()} == TIERS
    assert all(e["why"] for e in expected.values())
    assert expected["L001"]["tier"] == "high" and "kaechon" in expected["L001"]["must_mention"]
    assert expected["L002"]["tier"] == "none"  # the mascara next to the lashes
    assert expected["L005"]["tier"] in ("low", "none")  # lashes with only Indonesian inputs


def test_seller_names_differ_from_consignee_strings():
    sellers = {r["seller_name"] for r in rows("listings.csv")}
    consignees = {r["consignee_name"] for r in rows("shipments.csv")}
    assert "GlamLash Beauty LLC" in sellers and "GLAMLASH BEAUTY, L.L.C." in consignees
    assert not sellers & consignees  # linking must go through name resolution


def by_party(shipments, shipper_part: str, consignee_part: str) -> list[dict[str, str]]:
    return [s for s in shipments if shipper_part in s["shipper_name"].upper() + s["shipper_name"]
            and consignee_part in s["consignee_name"].upper() + s["consignee_name"]]


def test_tainted_lash_chain_respects_time():
    shipments = rows("shipments.csv")
    inputs = [s for s in shipments if s["hs_code"] == "670419" and ("曦悦" in s["consignee_name"]
              or "XIYUE" in s["consignee_name"]) and s["shipper_country"] in ("KP", "CN")
              and ("DAESONG" in s["shipper_name"].upper() or "대성" in s["shipper_name"])]
    sales = by_party(shipments, "XIYUE", "GLAMLASH")
    assert len(inputs) >= 3 and len(sales) >= 4
    assert min(s["date"] for s in inputs) < min(s["date"] for s in sales)
    relabelled = [s for s in inputs if s["origin_country"] == "CN" and "Sinuiju" in s["shipper_address"]]
    assert relabelled


def test_trap_input_arrives_after_every_sale():
    shipments = rows("shipments.csv")
    sales = by_party(shipments, "HAOYUE", "BRIGHT")
    nk_inputs = [s for s in shipments if "HAOYUE" in s["consignee_name"] and s["shipper_country"] == "KP"]
    assert sales and nk_inputs
    assert min(s["date"] for s in nk_inputs) > max(s["date"] for s in sales)


def test_declared_supplier_without_shipments():
    shipments = " ".join(s["shipper_name"] + s["consignee_name"] for s in rows("shipments.csv")).upper()
    declared = [r for r in rows("suppliers.csv") if "MINGYAN" in r["name"].upper()]
    assert declared and "MINGYAN" not in shipments


def test_sdn_extract_rows_are_byte_for_byte_official():
    official = snapshot_bytes("sanctions/ofac/sdn.csv")
    extract = (DEMO / "sdn_extract.csv").read_bytes()
    assert extract.endswith(b"\r\n\x1a")
    lines = extract[:-1].split(b"\r\n")[:-1]
    assert 8 <= len(lines) < 40
    assert all(line + b"\r\n" in official for line in lines)
    ids = {line.split(b",", 1)[0].decode() for line in lines}
    assert {"9345", "9347", "19790", "12313", "11581", "22986"} <= ids


def test_un_extract_keeps_the_official_structure():
    source = ET.fromstring(snapshot_bytes("sanctions/un/consolidated.xml"))
    extract = ET.parse(DEMO / "un_extract.xml").getroot()
    assert extract.tag == source.tag == "CONSOLIDATED_LIST" and extract.attrib == source.attrib
    originals = {e.findtext("REFERENCE_NUMBER", "").strip(): e for e in source.iter("ENTITY")}
    refs = [e.findtext("REFERENCE_NUMBER", "").strip() for e in extract.iter("ENTITY")]
    assert {"KPe.001", "KPe.002", "KPe.042"} <= set(refs)
    for entity in extract.iter("ENTITY"):
        ref = entity.findtext("REFERENCE_NUMBER", "").strip()
        assert without_tail(entity) == without_tail(originals[ref])


def without_tail(element: ET.Element) -> bytes:
    """The element's own markup; the whitespace after it belongs to its place in the file."""
    tail, element.tail = element.tail, None
    try:
        return ET.tostring(element)
    finally:
        element.tail = tail


def test_readme_says_fictional():
    text = (DEMO / "README.md").read_text(encoding="utf-8")
    assert "FICTIONAL" in text and "invented" in text
