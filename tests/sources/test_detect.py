from __future__ import annotations

from pathlib import Path

import pytest

from chainlight.errors import InputError
from chainlight.sources.detect import detect
from tests.helpers.snapshots import snapshot

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sources"


@pytest.mark.parametrize(("relative", "kind"), [
    ("sanctions/ofac/sdn.csv", "ofac-sdn"),
    ("sanctions/ofac/sdn_csv_set_2021-04/sdn.csv", "ofac-sdn"),
    ("sanctions/un/consolidated.xml", "un-sc"),
    ("forced_labour/ilab/goods_2021.xml", "dol-tvpra"),
    ("hs/harmonized-system/harmonized-system.csv", "hs"),
    ("ftm/yente_fixtures/zala_entities.ftm.json", "ftm"),
])
def test_public_snapshots(relative: str, kind: str) -> None:
    assert detect(snapshot(relative)) == kind


@pytest.mark.parametrize(("name", "kind"), [
    ("eu_fsf_sample.xml", "eu-fsf"), ("uk_sanctions_list_sample.csv", "uk-sanctions"),
    ("uk_ofsi_conlist_sample.csv", "uk-sanctions"), ("uflpa_entity_list.csv", "uflpa"),
    ("uflpa_entity_list.html", "uflpa"), ("cbp_wro_sample.csv", "cbp-wro"),
])
def test_fixtures(name: str, kind: str) -> None:
    assert detect(FIXTURES / name) == kind


@pytest.mark.parametrize(("text", "suffix", "kind"), [
    ("listing_id,title,seller_name\nL1,wig,Xuchang Co\n", ".csv", "listings"),
    ("Shipment_ID,date,shipper_name,consignee_name\n", ".csv", "shipments"),
    ('{"supplier_id": "S1", "name": "平度市假睫毛厂"}\n', ".jsonl", "suppliers"),
    ("claims:\n  - id: x\n", ".yml", "evidence"),
])
def test_user_files(tmp_path: Path, text: str, suffix: str, kind: str) -> None:
    path = tmp_path / f"f{suffix}"
    path.write_text(text, encoding="utf-8")
    assert detect(path) == kind


def test_unknown(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello\n")
    with pytest.raises(InputError, match="cannot tell"):
        detect(path)
