from __future__ import annotations

import pytest

from chainlight.sources.countries import codes, country_name, to_iso2, to_iso2_list


@pytest.mark.parametrize(("name", "code"), [
    ("Korea, North", "kp"), ("Korea, South", "kr"), ("China", "cn"), ("Hong Kong", "hk"), ("Russia", "ru"),
    ("North Korea", "kp"), ("DPRK", "kp"), ("Democratic People's Republic of Korea", "kp"), ("조선", "kp"),
    ("북한", "kp"), ("中国", "cn"), ("中華人民共和國", "cn"), ("KP", "kp"), ("cn", "cn"), ("PRK", "kp"),
    ("UK", "gb"), ("Burma", "mm"), ("Bahamas, The", "bs"), ("Cote d Ivoire", "ci"), ("Côte d’Ivoire", "ci"),
    ("Congo, Democratic Republic of the", "cd"), ("Iran (Islamic Republic of)", "ir"), ("Türkiye", "tr"),
    ("China, Hong Kong Special Administrative Region", "hk"), ("Viet Nam", "vn"), ("St. Kitts & Nevis", "kn"),
    ("  korea, north ", "kp"), ("Virgin Islands, British", "vg"), ("Macau", "mo"),
])
def test_names_used_by_the_lists(name: str, code: str) -> None:
    assert to_iso2(name) == code


@pytest.mark.parametrize("name", ["", "undetermined", "None Identified", "Korea", "Narnia", "XX", None])
def test_no_country(name: str | None) -> None:
    assert to_iso2(name) is None


def test_table_covers_iso_and_lists() -> None:
    assert len(codes()) > 240
    assert country_name("kp") == "North Korea"
    assert to_iso2_list(["China", "中国", "Korea, North", "nowhere"]) == ["cn", "kp"]
