from __future__ import annotations

from pathlib import Path

import pytest

from chainlight.errors import InputError
from chainlight.sources.uflpa import read, slug

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sources"


def test_csv() -> None:
    by_slug = {e.properties["slug"][0]: e for e in read([FIXTURES / "uflpa_entity_list.csv"]).entities}
    hoshine = by_slug["hoshine-silicon-industry-shanshan-co-ltd"]
    assert hoshine.source_ref == "uflpa:1" and hoshine.id == "uflpa-1"  # formats.md: uflpa:<row>
    assert hoshine.schema == "Company" and hoshine.countries == ["cn"]
    assert hoshine.programs == ["UFLPA"] and hoshine.topics == ["forced_labour"]
    assert hoshine.listed_on == "2022-06-21" and hoshine.properties["row"] == ["1"]
    xpcc = by_slug["xinjiang-production-and-construction-corps"]
    assert xpcc.schema == "Organization"
    assert [(n.value, n.kind) for n in xpcc.names[1:]] == [("XPCC", "alias"), ("新疆生产建设兵团", "original_script")]
    haolin = by_slug["hetian-haolin-hair-accessories-co-ltd"]
    assert "Hotan Haolin Hair Accessories Co. Ltd." in haolin.all_names()


def test_html_sections_and_aliases() -> None:
    entities = read([FIXTURES / "uflpa_entity_list.html"]).entities
    assert len(entities) == 3
    bitland = entities[2]
    assert bitland.properties["listSection"][0].startswith("Entities working with the government")
    assert bitland.all_names()[1:] == ["Anhui Hengxin Information Technology Co., Ltd.",
                                       "Hefei Baolongda Information Technology Co., Ltd."]
    assert entities[1].all_names() == ["Xinjiang Production and Construction Corps", "XPCC", "新疆生产建设兵团"]
    assert entities[0].listed_on == "2022-06-21"


def test_slug_is_stable() -> None:
    assert slug("Lop County Meixin Hair Product Co., Ltd.") == "lop-county-meixin-hair-product-co-ltd"


def test_duplicate_names(tmp_path: Path) -> None:
    path = tmp_path / "u.csv"
    path.write_text("name,aliases,section,date_added,federal_register\nA Co,,,,\nA Co.,,,,\n,,,,\n")
    with pytest.raises(InputError) as info:
        read([path])
    text = str(info.value)
    assert f"{path}:3:name: duplicate id 'a-co'" in text and f"{path}:4:name: empty entity name" in text
