"""Chinese names written in Hangul by their Mandarin sound, read back into the pinyin the lists write."""

from chainlight.resolve.chinese_in_hangul import ChineseInHangul, hangul_forms, spellings
from chainlight.resolve.translation import Translator


def test_the_orthographys_table() -> None:
    assert "샹" in hangul_forms("xiang") and hangul_forms("he") == ("허",)
    assert "웨이" in hangul_forms("wei") and hangul_forms("zhi") == ("즈",)
    assert hangul_forms("yuan") == ("위안",) and "취안" in hangul_forms("quan")


def test_hangul_read_back_as_listed_pinyin() -> None:
    c = ChineseInHangul({"xianghe": 3, "weihai": 2, "dandong": 9, "hongxiang": 4})
    assert c.pinyin("샹허") == ("xianghe",)
    assert c.pinyin("웨이하이") == ("weihai",)
    assert c.pinyin("훙샹") == ("hongxiang",)
    assert c.pinyin("무역") == ()  # a Korean word that spells no listed pinyin
    assert len(spellings("하이" * 40)) <= 32


def test_a_korean_report_of_a_chinese_firm() -> None:
    first = Translator(["dandong", "xianghe", "trading", "company"]).readings("단동 샹허무역")[0]
    assert first.text == "단동 xianghe 무역" and first.words == ("xianghe",)


def test_a_chinese_firm_led_by_a_city_in_hangul_is_read_by_sound_throughout() -> None:
    # 단둥 둥위안실업 (DANDONG DONGYUAN INDUSTRIAL): every syllable also reads some Hanja, but the name opens
    # with Dandong written by its Mandarin sound, so its other words are read so too
    from chainlight.resolve.translation import Translator

    t = Translator(["dandong", "dongyuan", "industrial", "company", "limited"])
    assert any(r.text.startswith("dandong dongyuan") for r in t.readings("단둥 둥위안실업"))
    assert not t._chinese_led("조선광업개발무역회사")  # a Korean name: its first word has no Mandarin spelling


# --- from tests/resolve/test_realworld_v7_readings.py: Readings added on the seventh real-world set's dev
# half (issue 14): a name run together with its acronym, a Latin letter written by its Korean name, and the
# h a Korean given name drops when said, as katakana writes it.


def test_a_short_pinyin_name_korean_writes_as_one_word_is_read_whole() -> None:
    from chainlight.resolve.chinese_in_hangul import ChineseInHangul

    reader = ChineseInHangul({"shang": 1, "yuan": 3, "bao": 2, "korea": 9},
                             names=["shang yuan bao", "korea kumsan trading", "yuan"])
    assert reader.pinyin("상위안바오") == ("shangyuanbao",)
    assert reader.pinyin("샹위안바오") == ("shangyuanbao",)
    assert reader.joined == frozenset({"shangyuanbao"})  # a name of English or Korean words is not pinyin
