"""Which writing system a name is in, so non-Latin names get a language tag for the resolver."""

from __future__ import annotations

import unicodedata

# Unicode character-name prefixes -> ISO 639-1.  Han is tagged "zh" although Japanese and Korean also
# write Hanja/Kanji: the lists that carry Han names here are Chinese and DPRK names appear in Hangul.
_SCRIPTS = (("HANGUL", "ko"), ("CJK", "zh"), ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("CYRILLIC", "ru"),
            ("ARABIC", "ar"), ("HEBREW", "he"), ("GREEK", "el"), ("THAI", "th"))
_LANGUAGES = {"korean": "ko", "chinese": "zh", "japanese": "ja", "russian": "ru", "arabic": "ar",
              "ukrainian": "uk", "belarusian": "be", "persian": "fa", "farsi": "fa", "hebrew": "he",
              "burmese": "my", "pashto": "ps", "urdu": "ur"}


def script_lang(text: str) -> str | None:
    """"김정은" -> "ko", "朝鲜" -> "zh", "KIM" -> None.  Hangul wins over Han in mixed Korean text."""
    found: list[str] = []
    for char in text:
        if char.isalpha() and ord(char) > 0x24F:
            name = unicodedata.name(char, "")
            found.extend(lang for prefix, lang in _SCRIPTS if name.startswith(prefix))
    if not found:
        return None
    return "ko" if "ko" in found else found[0]


def language_code(name: str | None) -> str | None:
    """"Korean" -> "ko"; two-letter codes pass through."""
    if not name:
        return None
    key = name.strip().lower()
    return key if len(key) == 2 and key.isalpha() else _LANGUAGES.get(key)
