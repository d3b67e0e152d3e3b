"""The figure reader (extract/figures.py): every figure a sentence writes, with approximations and ranges, in English,
Korean and Chinese; years and dates are no figures.  Sentences from the seen real-world sets (15, 14, 12, 11)."""

from __future__ import annotations

from chainlight.extract.figures import figures


def _read(text: str, lang: str) -> list[tuple[str, float, float | None, bool]]:
    return [(text[f.start:f.end], f.value, f.max, f.approximate) for f in figures(text, lang)]


def test_korean_figures_with_their_approximations():
    assert _read("코트라에 따르면 북한은 지난 2013년 현재 16개 나라에 5만여 명을 파견하고 있습니다.", "ko") == [
        ("16", 16, None, False), ("5만여", 50_000, None, True)]
    assert _read("이 가운데 러시아와 중국이 2만 명 안팎으로 가장 많았고", "ko") == [("2만", 20_000, None, True)]
    assert _read("현지 관계자들은 대략 4천~5천 명으로 추정하고 있다", "ko") == [("대략 4천~5천", 4000, 5000, True)]
    assert [f[1] for f in _read("의사는 200여명 정도로 모잠비크와 나이지리아에 100여 명씩 파견된다", "ko")] == [200, 100]


def test_english_figures_ranges_and_scales():
    assert _read("There are reportedly 100 to 120 of them in Angola.", "en") == [("100 to 120", 100, 120, False)]
    assert _read("with over 78-hundred of them saying", "en") == [("over 78-hundred", 7800, None, True)]
    # a fall is two figures, not a range; the years are none
    assert [f[1] for f in _read("dropped from 30,023 to 11,490 between December 2017 and December 2018.", "en")] == [
        30_023, 11_490]
    assert [f[1] for f in _read("around 15 million euros, one of the largest sums", "en")] == [15_000_000]


def test_chinese_figures():
    assert _read("其次是俄罗斯,有2~3万人。", "zh") == [("2~3万", 20_000, 30_000, False)]
    assert _read("据说,镇湖主营朝鲜绣的商铺有七八十家", "zh") == [("七八十", 70, 80, False)]
    assert _read("1967年,朝鲜与苏联缔结协定,一些统一", "zh") == []
