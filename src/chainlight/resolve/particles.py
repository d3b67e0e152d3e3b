"""A name as a screener copies it out of running text, with what the sentence put around it.

A party string is cut from a sentence, and what clings to a name there comes with it: a Korean particle after the
name or after the post beside it (리선권 외무상은, 조선광선은행의, 최선희가, 조선노동당 측), a Japanese particle after it
(高麗航空は, 朝鮮労働党が) or の between the name and what it belongs to (北朝鮮の金正恩総書記, 朝鮮人民軍の戦略ロケット軍),
Chinese 的 after a country (朝鲜的...).  No list writes these: each rule gives the name without them, and the
name so read is read again as any query is (a person's post, a bracket, its country: written.query_readings).

A particle is also many a name's last syllable (조선 ends in 선, 은행 in 행, 금강 in 강), so none is read off by its
letters alone:

- Korean: the particle must be a whole morpheme by the analyser (Kiwi, kiwipiepy: its model ships in the wheel), the
  last of the text, tagged a particle (J..: 은 는 이 가 의 을 를 에 에서 와 과 로 으로 도 ...) or the bound noun 측
  (side) after a noun; Kiwi reads 조선광선은행의 as 조선광선 은행 의/JKG and 조선 as one proper noun; the word keeps
  two syllables without it, and a word of three syllables opening with a family name is a person's name, not a
  name of two and a particle (리성은 is no 리성 and 은, 김성만 no 김성 and 만, 신영일 no 신영 and 일; the two
  syllables left are as often a dictionary word: 고철, 신영);
- Japanese: the particle is hiragana after a character or katakana (a name in these scripts does not close with
  hiragana, which writes the sentence's grammar: the kana class is the morpheme's boundary), one of the language's
  case and topic particles, a small closed class (は が を に で と も の へ や から まで より);  の between two such runs
  joins them (the name and what it belongs to) and, after a country's name, leaves the rest alone;
- Chinese: 的 closing the text after characters (国务委员长金正恩的: a name is no adjective), and 的 after a country's
  name (CLDR's territory names, or one naming North Korea), the rest alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chainlight.resolve.normalize import is_han, is_hangul

MIN_REST = 2  # characters of the name left before a particle read off it (of its last word, in Hangul)

# Kiwi's tags of the particles (Sejong tag set): case (JKS subject, JKC complement, JKG genitive, JKO object,
# JKB adverbial, JKV vocative, JKQ quotative), JX auxiliary (은 는 도 만), JC conjunctive (와 과)
_PARTICLE_TAGS = ("JKS", "JKC", "JKG", "JKO", "JKB", "JKV", "JKQ", "JX", "JC")
_SIDE = "측"  # a bound noun (NNB) the press writes after a party: 조선노동당 측, the Workers' Party's side
_NOUN_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "SL", "SH", "SN", "XSN"})

# Japanese case and topic particles (a closed class of the grammar), longest first
JA_PARTICLES = ("について", "による", "から", "まで", "より", "では", "には", "とは", "は", "が", "を", "に", "で",
                "と", "も", "の", "へ", "や")
_HIRAGANA = "\u3041-\u309f"
_JA_NAME_CHAR = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u30a1-\u30fa\u30fcA-Za-z0-9)）"
_JA_TRAILING = re.compile(f"(?<=[{_JA_NAME_CHAR}])({'|'.join(JA_PARTICLES)})$")
_JA_NO = re.compile(f"(?<=[{_JA_NAME_CHAR}])の(?=[{_JA_NAME_CHAR}])")
_ZH_DE = "的"
_ETC = re.compile(r"^([\uac00-\ud7a3A-Za-z0-9][^,]{1,40}?[\uac00-\ud7a3A-Za-z0-9)])\s+등(?:\s|$)")  # 등: a bound noun
_QUOTES = "‘’“”\"'「」『』«»"
_QUOTED_THEN = re.compile(f"[{_QUOTES}]([^{_QUOTES}]{{2,60}})[{_QUOTES}]([\uac00-\ud7a3\u3041-\u309f]{{1,3}})")


def particle_readings(name: str) -> list[tuple[str, str]]:
    """(text, how) for the name without the particle the sentence put after it or between its parts."""
    text = " ".join(name.split())
    if not text or len(text) > 80:
        return []
    out: list[tuple[str, str]] = []
    # every particle read below is Hangul, kana or 的 (and 등 after a list): an ASCII text has its quotes only
    ascii_only = text.isascii()
    if (unquoted := text.strip(_QUOTES)) != text and len(unquoted) >= MIN_REST and not any(q in unquoted for q in _QUOTES):
        out.append((unquoted, f"without the quotation marks the sentence put around the name: {unquoted}"))
    elif not ascii_only and (m := _QUOTED_THEN.fullmatch(text)) is not None:
        # ‘라자루스’가: the name quoted, then its particle
        text = m.group(1) + m.group(2)
        out.append((m.group(1), f"without the quotation marks the sentence put around the name: {m.group(1)}"))
    if ascii_only:
        return out
    if (m := _ETC.match(text)) is not None:
        # 뉴이스턴 쉬핑 등 사업체 3곳이: the name, then 등 (and others) closing a list and what the sentence says of it
        out.append((m.group(1), f"without what follows 등 (and others) after the name: {m.group(1)}"))
    out += [*_korean(text), *_japanese(text), *_chinese(text)]
    first = {r[0]: r for r in reversed(out) if r[0] != text}  # each reading once, with its first explanation
    return [r for r in out if first.get(r[0]) is r]


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[tuple[str, str, int, int], ...]:
    from chainlight.resolve.morphology import kiwi

    analyser = kiwi()
    if analyser is None:
        return ()
    return tuple((t.form, t.tag, t.start, t.start + t.len) for t in analyser.tokenize(text))


def _korean(text: str) -> list[tuple[str, str]]:
    """The text without the particles (or 측) the analyser reads at its end, after a noun."""
    if not is_hangul(text[-1]):
        return []
    tokens = _tokens(text)
    k = len(tokens)
    while k > 0 and (tokens[k - 1][1] in _PARTICLE_TAGS or (tokens[k - 1][1] == "NNB" and tokens[k - 1][0] == _SIDE)):
        k -= 1
    if k == len(tokens) or k == 0 or tokens[k - 1][1] not in _NOUN_TAGS or tokens[-1][3] != len(text):
        return []
    cut = tokens[k][2]
    rest = text[:cut].rstrip()
    if len(rest.replace(" ", "")) < MIN_REST or (not is_hangul(rest[-1]) and not rest[-1].isalnum()):
        return []
    if cut < len(text) and text[cut - 1] == " " and tokens[k][0] != _SIDE:
        return []  # a particle stands glued to its word; a spaced one is no particle of it
    word, left = text.split(" ")[-1], rest.split(" ")[-1]
    if len(left) < MIN_REST:
        return []  # 그랜드 카로 is no 그랜드 카 and 로
    if _a_person(word):
        return []  # a Korean person's name of three syllables ends as a particle may (리성은, 김성만, 신영일)
    gone = text[cut:].strip()
    return [(rest, f"without the particle the sentence put after the name ({gone}, the analyser's morpheme): {rest}")]


def _a_person(word: str) -> bool:
    """Three Hangul syllables opening with a family name: a Korean person's name's shape (posts.py's)."""
    from chainlight.resolve.posts import korean_name_shaped

    return korean_name_shaped(word)


def _japanese(text: str) -> list[tuple[str, str]]:
    """The text without a particle in hiragana closing it, and with の between two parts read joined (and the part
    after a country alone)."""
    out: list[tuple[str, str]] = []
    if (m := _JA_TRAILING.search(text)) is not None and len(text[:m.start()].strip()) >= MIN_REST:
        rest = text[:m.start()].strip()
        out.append((rest, f"without the particle the sentence put after the name ({m.group(1)}): {rest}"))
        text = rest
    parts = _JA_NO.split(text)
    if len(parts) == 2 and all(len(p.strip()) >= MIN_REST for p in parts):
        before, after = (p.strip() for p in parts)
        if _a_country(before) or _a_post(before):
            out.append((after, f"without the country or post and の before the name ({before}の): {after}"))
        joined = before + after
        out.append((joined, f"without の (of) between the name's parts: {joined}"))
    return out


def _chinese(text: str) -> list[tuple[str, str]]:
    """The text without 的 closing it after characters (国务委员长金正恩的), or after a country's name and 的 (of),
    the rest alone."""
    if text.endswith(_ZH_DE) and len(text) > MIN_REST + 1 and is_han(text[-2]):
        rest = text[:-1]
        return [(rest, f"without 的 (of) the sentence put after the name: {rest}")]
    at = text.find(_ZH_DE)
    if at < MIN_REST or text.count(_ZH_DE) != 1:
        return []
    before, after = text[:at].strip(), text[at + 1:].strip()
    if len(after) < MIN_REST or not is_han(after[0]) or not _a_country(before):
        return []
    return [(after, f"without the country and 的 (of) before the name ({before}的): {after}")]


_NORTH_KOREA = frozenset({"北朝鮮", "北朝鲜", "朝鮮", "朝鲜", "北韓", "北韩", "北", "韓国", "韩国", "南朝鮮"})


def _a_post(text: str) -> bool:
    """A post (posts.py's head words close it): 朝鮮労働党副部長の金与正, the deputy director Kim Yo Jong."""
    from chainlight.resolve.posts import _a_post as a_post

    return a_post(text)


def _a_country(text: str) -> bool:
    """A country's name (CLDR's, in Chinese and Japanese) or one naming North Korea."""
    from chainlight.resolve.written import _country_names

    return text in _NORTH_KOREA or text in _country_names()
