"""The DOL (ILAB) goods list: every good x country pair, with its three labour flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainlight.errors import InputError
from chainlight.sources import get_reader
from chainlight.sources.dol import META, read
from tests.helpers.snapshots import snapshot, snapshot_bytes

GOODS_XML = snapshot("forced_labour/ilab/goods_2021.xml")


@pytest.fixture(scope="module")
def goods() -> list:
    return read([GOODS_XML]).goods


def pair(goods: list, good: str, country_name: str):  # type: ignore[no-untyped-def]
    return next(g for g in goods if g.good == good and g.country_name == country_name)


def test_reads_every_pair(goods: list) -> None:
    assert len(goods) == 467
    assert len({g.good for g in goods}) == 169
    assert len({g.country_name for g in goods}) == 78
    assert len(goods) >= META.expected_min


def test_hair_products_from_china_are_forced_labour(goods: list) -> None:
    hair = pair(goods, "Hair Products", "China")
    assert hair.forced_labor is True
    assert hair.dataset == "dol-tvpra"
    assert hair.source_ref == "dol:Hair Products/China"


def test_north_korean_goods(goods: list) -> None:
    textiles = pair(goods, "Textiles", "North Korea")
    assert textiles.forced_labor and not textiles.child_labor
    nk = {g.good for g in goods if g.country_name == "North Korea" and g.forced_labor}
    assert {"Bricks", "Cement", "Coal", "Gold", "Iron", "Textiles", "Timber"} <= nk


def test_china_textiles_carry_both_flags(goods: list) -> None:
    textiles = pair(goods, "Textiles", "China")
    assert textiles.child_labor and textiles.forced_labor
    assert textiles.sector == "Manufacturing"


def test_non_ascii_names_survive(goods: list) -> None:
    assert any(g.good == "Açaí Berries" and g.country_name == "Brazil" for g in goods)
    assert any(g.country_name == "Côte d'Ivoire" for g in goods)


def test_every_country_resolves_to_alpha2(goods: list) -> None:
    unresolved = {g.country_name for g in goods if not (len(g.country) == 2 and g.country.islower())}
    assert unresolved == set()
    codes = {g.country_name: g.country for g in goods}
    assert codes["North Korea"] == "kp" and codes["China"] == "cn" and codes["Burma"] == "mm"
    assert codes["Turkey (Türkiye)"] == "tr"


def test_truncated_xml_names_the_line(tmp_path: Path) -> None:
    raw = snapshot_bytes("forced_labour/ilab/goods_2021.xml")
    cut = tmp_path / "goods.xml"
    cut.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(InputError) as err:
        read([cut])
    assert err.value.exit_code == 2
    assert err.value.problem.line is not None and err.value.problem.line > 1000
    assert "truncated" in err.value.message


def test_bad_flag_names_field(tmp_path: Path) -> None:
    path = tmp_path / "goods.xml"
    path.write_text("<Goods><Good><Good_Name>Wigs</Good_Name><Countries>\n<Country>"
                    "<Country_Name>North Korea</Country_Name><Child_Labor>No</Child_Labor>"
                    "<Forced_Labor>Maybe</Forced_Labor><Forced_Child_Labor>No</Forced_Child_Labor>"
                    "</Country></Countries></Good></Goods>", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read([path])
    assert err.value.problem.field == "Forced_Labor"
    assert err.value.problem.line == 2


def test_wrong_root_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.xml"
    path.write_text("<CONSOLIDATED_LIST/>", encoding="utf-8")
    with pytest.raises(InputError, match="expected <Goods>"):
        read([path])


def test_registered_under_its_kind() -> None:
    reader = get_reader("dol-tvpra")
    assert reader.meta.publisher.startswith("U.S. Department of Labor")
    assert reader.meta.dataset == "dol-tvpra"
