"""readings: whether two Korean or Chinese personal names can be one name, syllable by syllable."""

from __future__ import annotations

import pytest

from chainlight.resolve.readings import (
    AGREE,
    CHINESE,
    DIFFER,
    KOREAN,
    latin_readings,
    name_readings,
    readings_differ,
    verdict,
)


@pytest.mark.parametrize(("a", "b"), [
    ("Kye Hyong-hong", "Kye Hyong-hung"),  # 홍 / 흥
    ("Ri Kyŏng Jong", "Ri Kyŏng Ch'ŏng"),  # 정 / 청: the apostrophe marks ㅊ
    ("Chŏn Kuk-hŭi", "Jon Kuk Ui"),  # 희 / 의
    ("Zeng Fengyong", "Zheng Fengyong"),  # 曾 / 郑: both pinyin
    ("Xu Yande", "Xu Yuande"),
    ("Su Wei-Hui", "Xu Weihui"),  # Su is 苏 in pinyin and in Wade–Giles; Xu is 许
    ("彭丰宁", "P'eng P'eng-Ning"),  # 丰 is feng, not p'eng
    ("TANG Zhong", "唐忠阿"),  # a syllable more
    ("Ts'ai Li Chüan", "TSAI Li-Yuan"),
])
def test_names_a_syllable_apart_differ(a: str, b: str) -> None:
    assert readings_differ(a, b) and readings_differ(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("Kim Jong Un", "김정은"), ("Jong Un Kim", "Kim Jong-un"), ("KIM, Jong Un", "Kim Jong Un"),
    ("Ri Chong Chol", "리정철"), ("Choe Hung-ye", "Choi Heung Ye"), ("Huh Kyŏng Yŏn", "Ho Kyong Yon"),
    ("양제은", "Yang Je Un"), ("Pang Kŏn Ch'ŏng", "방건청"), ("Lim Hwa Ch'ang", "Im Hwa Chang"),
    ("CHANG Kang", "ZHANG Gang"),  # Wade–Giles without its apostrophes
    ("Hsu Wei-Hui", "Xu Weihui"), ("He Fahong", "Ho Fa-Hung"), ("YE Weiyu", "YEH Wei-Yü"), ("Hsiao Hung", "XIAO Hong"),
    ("Xu Weihui", "许卫汇"), ("Chu Hung-Ta", "朱宏达"), ("Yun Yang", "Yang Yun"), ("Xú Wěihuì", "Xu Weihui"),
    ("Sung Min-Yang", "Song Minyang"),
    ("洛伝旭", "LUO, Chuanxu"),  # a Japanese press form: 伝 stands for 傳 chuan (Chinese's own 伝 reads yun)
    ("DU, Changggen", "DU, Changgen"), ("Goujia Gao", "Gao Guojia"), ("Shin lI-jae", "Shin Il-jae"),  # slips
])
def test_one_name_written_otherwise_does_not_differ(a: str, b: str) -> None:
    assert not readings_differ(a, b) and not readings_differ(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("Elena Wagner", "Wagner Yelena"),  # no Korean or Chinese surname: not read as 'e-le-na'
    ("Ivan Petrov", "Ivan Petrow"), ("Ali Hassan", "Ali Hasan"),
    ("Zhong Honghui", "정홍희"),  # no system reads both
    ("김정은", "김정운"), ("王建國", "王建国"),  # one script: the character comparison's business
    ("", "Kim Jong Un"), ("!!!", "???"), ("Kim " * 3000, "Kim Jong Un"), ("Kimjongun" * 1200, "Kim Jong Un"),
])
def test_names_not_read_as_korean_or_chinese_are_left_alone(a: str, b: str) -> None:
    assert not readings_differ(a, b)


def test_syllable_readings() -> None:
    assert latin_readings("hong", KOREAN) == {"홍", "헝"}  # ㅓ is o once the breve is dropped
    assert latin_readings("hŏng", KOREAN) == {"헝"}
    assert {"정", "종"} <= latin_readings("jong", KOREAN) and "청" in latin_readings("chong", KOREAN)
    assert latin_readings("chang", CHINESE) == {"chang", "zhang"}
    assert latin_readings("hsu", CHINESE) == {"xu"} and latin_readings("ch'ing", CHINESE) == {"qing"}
    assert latin_readings("tzu", CHINESE) == {"zi", "ci"}  # tz'u, apostrophe dropped, is ci;
    assert latin_readings("kuo", CHINESE) == {"guo", "kuo"}
    assert not latin_readings("wagner", CHINESE)
    assert name_readings("Jobn Smith", KOREAN) is None


def test_verdict_says_agree_differ_or_nothing() -> None:
    assert verdict("Choe Hung-ye", "Choi Heung Ye") == AGREE  # 최흥예 both
    assert verdict("Tung Fu Ning", "Dong Funing") == AGREE  # Wade-Giles and pinyin
    assert verdict("Zeng Fengyong", "Zheng Fengyong") == DIFFER
    assert verdict("Ivan Petrov", "Ivan Petrow") is None and verdict("김정은", "김정은") is None
