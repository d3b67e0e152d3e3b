"""Names as documents write them: the forms a listed name is indexed under, and the other readings of a query.

Documents write a body's name with things around it that no list writes that way: a bracketed acronym or
reading (KOREA KWANGSON BANKING CORPORATION (KKBC), 朝鮮嶺峰(リョンボン)総合会社, 一心(音)国际银行), a ship's type
before its name (M.T. KOTI, M/V Chon Ma San), the parent body before a unit (인민무력부 정찰총국: the Ministry of
the People's Armed Forces' Reconnaissance General Bureau; 노동당 39호실).  Each rule here gives the name also as
the list would write it; the Matcher scores every reading and says which one found the match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from chainlight.model.entity import Name
from chainlight.resolve.cedict import chinese_cities, chinese_city_characters, english_words, is_pinyin
from chainlight.resolve.cyrillic import readings as cyrillic_readings
from chainlight.resolve.hanja_reading import SOURCE as HANJA_SOURCE
from chainlight.resolve.hanja_reading import korean_reading
from chainlight.resolve.initial_sound import readings as initial_sound_readings
from chainlight.resolve.normalize import fold, has_hangul, is_han, is_hangul
from chainlight.resolve.particles import particle_readings
from chainlight.resolve.posts import korean_name_shaped as korean_person_shaped
from chainlight.resolve.posts import post_readings
from chainlight.resolve.rendering import render_name

_BRACKETED = re.compile(r"\s*[(（]([^()（）]{1,60})[)）]\s*")


def written_forms(names: Iterable[Name]) -> Iterator[Name]:
    """A list's names, and for one that carries a bracketed part ("KOREA KWANGSON BANKING CORPORATION (KKBC)",
    "Amroggang Development Bank (a.k.a. ...)"), the name without it and the bracketed part alone as an alias:
    documents write the body either way, and the bracket's extra word would count against the full name.  A
    name that ends by saying whose body it is (STRATEGIC ROCKET FORCE OF THE KOREAN PEOPLE'S ARMY, MARITIME
    ADMINISTRATION OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA) is also written without that (a weak alias):
    documents about North Korea leave the country out (戦略ロケット軍, 해사감독국)."""
    for n in names:
        yield n
        bare = " ".join(_BRACKETED.sub(" ", n.value).split()) if _BRACKETED.search(n.value) else n.value
        if bare and bare != n.value:
            yield Name(bare, n.kind if n.kind != "primary" else "alias", n.lang, n.source_id)
            for part in _BRACKETED.findall(n.value):
                if _initials_of(part.strip(), bare):
                    yield Name(part.strip(), "weak_alias", n.lang, n.source_id)
        if (unit := without_owner(bare)) is not None:
            yield Name(unit, "weak_alias", n.lang, n.source_id)
            if (first := owner_first(bare, unit)) is not None:
                yield Name(first, "weak_alias", n.lang, n.source_id)
        if (own := without_city(bare)) is not None:
            yield Name(own, "weak_alias", n.lang, n.source_id)


_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
_OWNER_MIN_WORDS = 2  # what is left must still be a name of two words or more, legal forms aside


def without_owner(name: str) -> str | None:
    """The name without a closing "of (the) ..." that names a country (KOREA, the DPRK) or a parent body by its
    acronym (of KPA): the unit, as documents about that country write it; None when the name has no such ending
    or too little is left."""
    for m in _OF.finditer(name):
        head, tail = name[:m.start()].strip(), name[m.end():].strip()
        if len(tail.split()) > 1 and fold(tail.split()[0]) in _COUNTRY_WORDS:
            # the parent's name goes on (WORKERS' PARTY OF KOREA CENTRAL MILITARY COMMISSION: the party of Korea's
            # commission): the head alone (WORKERS' PARTY) names the parent, not this body
            continue
        tail_read = render_name(tail)
        says_country = tail_read.country is not None or any(
            t.text in _COUNTRY_WORDS for r in tail_read.renderings for t in r)
        if not says_country and not _owner_acronym(tail, name):
            continue
        kept = [t for t in (render_name(head).renderings or [()])[0] if t.cls != "legal"]
        if len(kept) >= _OWNER_MIN_WORDS:
            return head  # else a later "of" may leave more (MINISTRY OF LAND AND MARITIME TRANSPORTATION)
    return None


def owner_first(name: str, unit: str) -> str | None:
    """The name with its closing country put first, as Korean and Chinese write a state's bodies (CENTRAL BANK OF
    THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA -> DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA CENTRAL BANK, read korea
    central bank: 조선중앙은행, 朝鲜中央银行); None when the owner is a parent body's acronym, not a country."""
    tail = name[len(unit):].strip()
    m = _OF.match(" " + tail)
    if m is None:
        return None
    owner = (" " + tail)[m.end():].strip()
    owner_read = render_name(owner)
    if owner_read.country is None and not any(t.text in _COUNTRY_WORDS for r in owner_read.renderings for t in r):
        return None
    return f"{owner} {unit}"


_COUNTRY_WORDS = frozenset({"korea", "china"})
_ACRONYM_WORD = re.compile(r"^[A-Z]{2,5}$")
_VOWELS = re.compile(r"[AEIOU]")


def _owner_acronym(tail: str, name: str) -> bool:
    """The closing "of ..." is a parent body's acronym (Strategic Rocket Force Command of KPA, the Korean People's
    Army): one word in capitals and no English word (CC-CEDICT's glosses: not PORTS, GOD), in a name otherwise not
    all capitals or, where the list writes all in capitals, of at most one vowel (KPA, IRGC; not TOKYO or ASIA)."""
    if not _ACRONYM_WORD.match(tail) or tail.lower() in english_words():
        return False
    return not name.isupper() or len(_VOWELS.findall(tail)) <= 1
_CITY_MIN_WORDS = 2  # words left after the city, legal forms aside: its own name and what it does


def without_city(name: str) -> str | None:
    """A Chinese firm's name without the city its registered name opens with (DANDONG HONGXIANG INDUSTRIAL
    DEVELOPMENT CO LTD -> HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD): documents name the firm by what follows
    (鸿翔实业发展有限公司).  Only when the next word is the firm's own name, not vocabulary (DALIAN SHIPPING CO
    says nothing without its city); the cities are those CC-CEDICT glosses as Chinese cities."""
    words = name.split()
    if len(words) < 1 + _CITY_MIN_WORDS or not name.isascii() or words[0].lower() not in chinese_cities():
        return None
    rest = " ".join(words[1:])
    read = render_name(rest).renderings
    # the firm's own name in pinyin (a Chinese firm's): an English word after the city (GLOBAL, GOLDEN) is
    # rather the start of a name that needs the city to tell it from others'
    if not read or not all(r and r[0].cls == "name" and is_pinyin(r[0].text) and r[0].text not in chinese_cities()
                           for r in read):
        return None
    if min(sum(t.cls != "legal" for t in r) for r in read) < _CITY_MIN_WORDS:
        return None
    return rest


_HAN_BEFORE_BRACKET = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)[(（]([^()（）]{1,40})[)）]")


def bracket_readings(name: str) -> list[tuple[str, str]]:
    """(text, how) for a query name written with brackets, as documents write them: the name without them
    (KOMID's full name followed by "(KOMID)", 一心(音)国际银行 with its "read by sound" note, 合営会社(株)), the
    bracket's reading in place of the characters it reads (朝鮮嶺峰(リョンボン)総合会社 -> 朝鮮リョンボン総合会社,
    李済善(イ・ジェソン)), and an acronym of the name alone."""
    if not _BRACKETED.search(name):
        return []
    out: list[tuple[str, str]] = []
    # a bracket naming a place stays (하나은행(중국) is the Chinese arm of a South Korean bank): it tells where
    # the body is, which the score weighs
    bare = " ".join(_BRACKETED.sub(lambda m: f" {m.group(0).strip()} " if _a_place(m.group(1)) else " ",
                                   name).split())
    if bare and bare != name:
        out.append((bare, f"without the bracket: {bare}"))
    glossed = _HAN_BEFORE_BRACKET.sub(_gloss, name)
    glossed = " ".join(_BRACKETED.sub(" ", glossed).split()) if glossed != name else ""
    if glossed and glossed != bare:
        # the document's own Latin for every character of the name (吳勇浩(O Yong Ho)) goes before the characters
        # alone, which the lists may write as another person's or body's name (WU, Yonghao)
        latin = all(c.isascii() for c in glossed)
        out.insert(0 if latin else len(out), (glossed, f"the bracket's reading in place of the characters: {glossed}"))
    for text, how in _characters_after_hangul(name):
        if text not in (bare, glossed):
            out.append((text, how))
    if (two := two_names(name)) is not None and _other_name(two[1]) is None:
        out.append((two[1], f"the bracket's other name of the same thing, read alone: {two[1]}"))
    for part in _BRACKETED.findall(name):
        if _initials_of(part.strip(), bare):
            out.append((part.strip(), f"the acronym in the bracket: {part.strip()}"))
        if (other := _other_name(part)) is not None:
            out.append((other, f"the other name the bracket gives: {other}"))
    out += _latin_bracket_readings(name)
    return out


# Korean documents write a word in Hangul followed by its characters in brackets (훙샹(鴻祥)그룹, 조선광선은행
# (朝鮮光鮮銀行), 마샤오훙(馬曉紅)): the characters are the same word, in the script the lists' romanizations and
# translations of it were made from (鴻祥 is hongxiang by its Mandarin sound, which 훙샹 writes by ear)
_HANGUL_BEFORE_CHARACTERS = re.compile(r"([\uac00-\ud7a3]+)\s*[(（]\s*([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,40})\s*[)）]")


def _characters_after_hangul(name: str) -> list[tuple[str, str]]:
    """(text, how) for a name with a word in Hangul glossed by its characters in brackets: the characters in place
    of the Hangul they write (훙샹(鴻祥)그룹 -> 鴻祥그룹), where the Hangul word has as many syllables as they have
    characters or ends with their Korean reading, and the characters alone where they write the whole name (a
    person's, 마샤오훙(馬曉紅), or a body's, 조선광선은행(朝鮮光鮮銀行))."""
    out: list[tuple[str, str]] = []
    for m in _HANGUL_BEFORE_CHARACTERS.finditer(name):
        run, chars = m.group(1), m.group(2)
        n = len(chars)
        read = korean_reading(chars)
        if len(run) == n or (len(run) > n and read is not None and run.endswith(read)):
            text = " ".join(f"{name[:m.start()]}{run[:-n]}{chars}{name[m.end():]}".split())
            if text != chars:
                out.append((text, f"the bracket's characters in place of the Hangul they write: {text}"))
        if not (name[:m.start()] + name[m.end():]).strip():
            # the bracket writes the whole name: the characters alone (a bracket after one word of several
            # glosses that word only, and read alone would drop the rest: 중광(重鑛)그룹 is no 重鑛)
            out.append((chars, f"the characters in the bracket, read alone: {chars}"))
    return out


def _a_place(text: str) -> bool:
    """The bracket names a place and nothing more (중국, 中國, Hong Kong): not a body's name that opens with its
    country (朝鮮光鮮銀行 after 조선광선은행 is the same name in characters)."""
    read = render_name(text)
    return read.country is not None and all(t.text in read.country_words for r in read.renderings for t in r)


# Two names in Hangul, the second in brackets: how the Korean press writes a renamed ship or body, its new name
# then its old one (랑(보통강), 룡림(전진 2), 청봉(그린라이트)).  Each is a name of its own, read alone; neither is
# part of a person's name (the bracket is no given name).  A bracket naming a place (하나은행(중국)) is no name.
_TWO_HANGUL_NAMES = re.compile(r"^\s*([\uac00-\ud7a3][\uac00-\ud7a30-9 -]*?)\s*[(（]"
                               r"\s*([\uac00-\ud7a3][\uac00-\ud7a30-9 -]*?)\s*[)）]\s*$")


def two_names(name: str) -> tuple[str, str] | None:
    """(name, the other name in its bracket) for a name written as two Hangul names of one thing, or None."""
    m = _TWO_HANGUL_NAMES.match(name)
    if m is None or render_name(m.group(2)).country:
        return None
    if korean_person_shaped(m.group(1)) and is_body_word(m.group(2)):
        return None  # a person and the body they serve (백종삼(금강그룹은행)): the bracket is no other name of theirs
    return m.group(1), m.group(2)


# A bracket that says it holds another name of the same thing: "a.k.a." (also known as), "f.k.a." / formerly,
# "ex" (a ship's former name), "previously", "now", "renamed", and the marks Korean, Chinese and Japanese
# documents use (일명, 구 舊, 前, 旧, 原名, 別名, 又名, 현).  Advisories write a renamed ship so: PU RYONG (aka KUM UN
# SAN 3), where the list knows only the bracketed name.
_OTHER_NAME = re.compile(
    r"^\s*(?:a\.?\s?k\.?\s?a\.?|f\.?\s?k\.?\s?a\.?|also\s+known\s+as|formerly(?:\s+known\s+as)?|previously|"
    r"ex\.?|now|renamed|일명|구|舊|旧|前|原名|別名|别名|又名|현)(?:\s*[:：]\s*|\s+)(\S.*)$", re.IGNORECASE)


def _other_name(part: str) -> str | None:
    """The name a bracket gives after an alias mark ("aka KUM UN SAN 3" -> KUM UN SAN 3), or None."""
    m = _OTHER_NAME.match(part)
    if m is None:
        return None
    other = " ".join(m.group(1).split()).strip(" ,;")
    return other if len(other) >= 2 else None


# English (or a romanization) in brackets after words in Hangul or characters: Korean and Chinese documents
# give a foreign body's name so, 다롄 하이보 (Dalian Haibo) 국제화물사, 大連海博國際貨運有限公司(DALIAN HAIBO ...)
_CJK_WORDS_BEFORE_LATIN = re.compile(
    r"((?:[\uac00-\ud7a3\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u30a0-\u30ff]+\s+){0,5}"
    r"[\uac00-\ud7a3\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u30a0-\u30ff]+)\s*[(（]([A-Za-z][A-Za-z0-9 .,&'-]{2,58})[)）]")


def _latin_bracket_readings(name: str) -> list[tuple[str, str]]:
    """A bracket in Latin letters of two words or more after words in another script: in place of as many
    of the words before it (다롄 하이보 (Dalian Haibo) 국제화물사 -> Dalian Haibo 국제화물사), and alone, as the
    name the document gives in the lists' letters (大連海博國際貨運有限公司(DALIAN HAIBO INTERNATIONAL FREIGHT))."""
    out: list[tuple[str, str]] = []
    for m in _CJK_WORDS_BEFORE_LATIN.finditer(name):
        latin = " ".join(m.group(2).split())
        n = len(latin.split())
        if n < 2:
            continue
        before = m.group(1).split()
        if len(before) >= n:
            kept = before[:-n] if len(before) > n else []
            text = " ".join([*name[:m.start()].split(), *kept, latin, *name[m.end():].split()])
            out.append((text, f"the bracket's reading in place of the words before it: {text}"))
        out.append((latin, f"the name in Latin letters in the bracket: {latin}"))
    return out


_GLOSSED_CHARS = 2  # a reading in brackets after a longer run reads its last two characters: a Korean name's part


def _gloss(m: re.Match[str]) -> str:
    """The characters before a bracket replaced by the bracket when it is their reading (kana, Hangul or
    Latin): a person's name (three characters or fewer) whole, in a longer run its last two characters (the
    firm's own name after 朝鮮)."""
    run, reading = m.group(1), m.group(2).strip()
    if len(reading) < 2 or any("\u3400" <= c <= "\u9fff" for c in reading):
        return m.group(0)
    keep = run[:-_GLOSSED_CHARS] if len(run) > 3 else ""
    return f"{keep}{reading}"


def _initials_of(acronym: str, name: str) -> bool:
    """KKBC of KOREA KWANGSON BANKING CORPORATION: 3 to 8 capitals, the initials of the name's words in order
    (small words may be skipped).  Only such a bracket is the body's own short name; "(DPRK)" or "(Hong Kong)"
    after a name say where it is, and as an alias would match every body so placed."""
    if not (3 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper() and acronym.isascii()):
        return False
    initials = [w[0].upper() for w in re.findall(r"[A-Za-z][A-Za-z'.-]*", name)]
    i = 0
    for letter in acronym:
        while i < len(initials) and initials[i] != letter:
            i += 1
        if i == len(initials):
            return False
        i += 1
    return True




# A ship's type written before its name: motor tanker, motor vessel, steamship, fishing vessel
_VESSEL_PREFIX = re.compile(r"^\s*(?:m\.?\s?[tv]\.?|m/[tv]|s\.?s\.?|f\.?v\.?|mv|mt)\s+(?=\S)", re.I)


VESSEL_MAX_WORDS = 3


def vessel_reading(name: str) -> list[tuple[str, str]]:
    m = _VESSEL_PREFIX.match(name)
    if m is None:
        return []
    rest = name[m.end():].strip()
    # a ship's name is a few words: M.V. FRUNZE ARSENAL DESIGN BUREAU JOINT STOCK COMPANY is named after a man
    if len(rest) < 3 or len(rest.split()) > VESSEL_MAX_WORDS:
        return []
    return [(rest, f"without the ship's type: {rest}")]


# Korean, Chinese and Japanese write a ship's name with a mark after it (백마호, 白马号, 白馬號: the ship Paek Ma), which
# the lists leave out (PAEK MA).  A name read without the mark is matched against vessels only (matcher.py): 김정호
# is a man's name, and no reading of it may find a firm or a person.
SHIP_MARKS = frozenset({"호", "號", "号"})
SHIP_MARK_HOW = "without the mark written after a ship's name"


def ship_mark_reading(name: str) -> list[tuple[str, str]]:
    words = name.split()
    if not words or len(words) > VESSEL_MAX_WORDS:
        return []
    last = words[-1]
    # two characters at least before the mark, none of them a digit (3호 is No. 3, 39호실 a room); after other
    # words one is enough (레이디 알호, the LADY R: a letter's name)
    if len(last) < (2 if len(words) > 1 else 3) or last[-1] not in SHIP_MARKS or last[-2].isdigit() \
            or last.isascii():
        return []
    rest = " ".join([*words[:-1], last[:-1]])
    return [(rest, f"{SHIP_MARK_HOW} ({last[-1]}): {rest}")]


def parent_reading(name: str) -> list[tuple[str, str]]:
    """The unit without its parent body, when a name of several words begins with a body's name (it has a
    word of an organisation: 부 ministry, 당 party, 성, 국) and ends with another: 인민무력부 정찰총국 is read as
    정찰총국, 노동당 39호실 as 39호실.  Written without a space (朝鮮労働党軍需工業部, 朝鲜劳动党39号室), the parent
    is the longest start of the name that is a state body's name (its last word one of PARENT_WORDS)."""
    words = name.split()
    # Korean and Chinese write the parent before the unit with nothing between; English says "of"
    if len(words) == 1 and not name.isascii():
        return _unspaced_parent(name)
    out: list[tuple[str, str]] = []
    # a chain of parents, each a body's name (조선노동당 중앙위원회 39호실, 조선인민군 총참모부 정찰총국): the unit
    # under each of them, down to the last
    k = 0
    while len(words) - k >= 2 and not words[k].isascii() and (is_body_word(words[k]) or _the_party(words[k])):
        k += 1
        rest = " ".join(words[k:])
        out.append((rest, f"the unit without its parent body ({' '.join(words[:k])}): {rest}"))
    return out


def _the_party(word: str) -> bool:
    """당 / 党 written alone before an organ's name: the party, as North Korean usage names its organs (당
    중앙군사위원회, the Workers' Party's Central Military Commission).  Alone, the analyser reads the syllable as a
    name (Tang), so is_body_word does not see it."""
    from chainlight.resolve.hanzi import simplified
    from chainlight.resolve.vocab import HANGUL, HANZI

    term = HANGUL.get(word) or HANZI.get(simplified(word))
    return term is not None and term.english == "party"


# the last word of a parent body's name: a party, a ministry, a bureau, a committee (not a trade: 조선광업 is
# no parent of 개발무역회사)
PARENT_WORDS = frozenset({"party", "department", "ministry", "bureau", "committee", "commission", "army"})
_MIN_UNIT = 2  # characters of the unit after its parent


def _unspaced_parent(word: str) -> list[tuple[str, str]]:
    """The unit under each parent of a chain written without spaces (조선인민군총참모부정찰총국: 총참모부정찰총국's
    parent is the army, 정찰총국's the General Staff).  In characters a parent the analyser cannot end (部 is
    no Chinese vocabulary: it is too often part of a word) is looked for in the Korean reading, where 부 is."""
    out: list[tuple[str, str]] = []
    parents: list[str] = []
    if len(word) > _MIN_UNIT + 1 and _the_party(word[0]) and _a_body(word[1:]):
        # 党 당 alone before a unit, the party as North Korean usage names its organs (党軍需工業部, the Workers' Party's
        # Munitions Industry Department): one character, which the analyser reads as a name, so no parent it ends
        parents.append(word[0])
        word = word[1:]
        out.append((word, f"the unit without its parent body ({parents[0]}, the party): {word}"))
    while (k := _parent_end(word)) is not None:
        parents.append(word[:k])
        word = word[k:]
        out.append((word, f"the unit without its parent body ({''.join(parents)}): {word}"))
    if word and all(is_han(c) for c in word) and (read := korean_reading(word)) is not None \
            and len(read) == len(word) and (k := _parent_end(read)) is not None:
        # the reading is character for character: the unit is where it is in the characters too
        rest = read[k:]
        parents.append(word[:k])
        out += [(word[k:], f"the unit without its parent body ({''.join(parents)}): {word[k:]}"),
                (rest, f"the unit without its parent body ({''.join(parents)}), read in Korean "
                       f"({HANJA_SOURCE}): {word[k:]} → {rest}")]
    return out


def _a_body(word: str) -> bool:
    """The word (in characters, by its Korean reading, where 부 is vocabulary) is itself an organ's name: a body's
    (is_body_word) closing with a state body's head noun (PARENT_WORDS: a department, a commission), no firm's."""
    if all(is_han(c) for c in word) and (read := korean_reading(word)) is not None:
        word = read
    renderings = render_name(word).renderings
    return is_body_word(word) and all(r and r[-1].text in PARENT_WORDS for r in renderings if len(r) > 1)


def _parent_end(word: str) -> int | None:
    """Where the longest start of the word that is a state body's name (its last word one of PARENT_WORDS)
    ends, leaving a unit of two characters or more; None when no start is one."""
    for k in range(len(word) - _MIN_UNIT, 1, -1):
        head = render_name(word[:k])
        if head.renderings and all(r and len(r) > 1 and r[-1].text in PARENT_WORDS for r in head.renderings):
            return k
    return None


def is_body_word(word: str) -> bool:
    """A word that is itself the name of an organisation: its last reading ends in a vocabulary word of the
    generic or industry class (ministry, party, bureau, committee), not a name."""
    a = render_name(word)
    # the readings as a person's name that a word opening with a surname also has (노동당 as Roh Dong Dang)
    # come after its reading as vocabulary, and are no reason to doubt it
    org = [r for r in a.renderings if any(t.cls != "name" for t in r)]
    return bool(org) and all(r and r[-1].cls in ("generic", "industry") and len(r) > 1 for r in org)


# a word in Latin letters with a run of capitals glued to its end (CorporationKOMID): text pasted from a page
# where the full name and its acronym stood in separate cells or lines
_GLUED_CAPITALS = re.compile(r"(?<=[a-z])(?=[A-Z]{2,}\b)")
_ACRONYM_MAX = 8
_CAPITALS_WORD = re.compile(rf"(?<!\S)[A-Z]{{3,{_ACRONYM_MAX}}}(?!\S)")  # an acronym's shape, a word of its own
_ACRONYM_WORDS = 16  # words of a name its acronym may abbreviate


def acronym_readings(name: str) -> list[tuple[str, str]]:
    """A name in Latin letters followed by its own acronym, with or without a space (Korea Mining Development
    Trading CorporationKOMID, Korea Kwangson Banking Corporation KKBC), or led by it (KOMID - Korea Mining ...):
    the name without the acronym, and the acronym alone.  The last word counts as an acronym only when its letters are the starts of the name's words
    in order (KOMID: KOrea MIning Development), so a name closing with a short capitalised word of its own
    (AMROGGANG DEVELOPMENT BANK LTD) is left whole."""
    if not name.isascii():  # the test first: it holds for the name as for the name with spaces put in
        return []
    split = _GLUED_CAPITALS.sub(" ", name)
    if _CAPITALS_WORD.search(split) is None:  # no word of 3-8 capitals: no acronym (tested below) to read off
        return []
    words = [w for w in split.split() if any(c.isalnum() for c in w)]  # a dash or colon between them is no word
    if len(words) < 3:
        return []
    for acronym, rest, where in ((words[-1], words[:-1], "after"), (words[0], words[1:], "before")):
        head = " ".join(rest)
        if not (3 <= len(acronym) <= _ACRONYM_MAX and acronym.isalpha() and acronym.isupper()) \
                or acronym in head.upper().split():
            continue
        if _abbreviates(acronym, re.findall(r"[A-Za-z]+", head)):
            return [(head, f"without its acronym ({acronym}) written {where} it: {head}"),
                    (acronym, f"the acronym written {where} the name: {acronym}")]
    return []


def _abbreviates(acronym: str, words: list[str]) -> bool:
    """Whether the acronym is made of the starts of some of the words, in order, the first word's among them
    (KOMID of Korea Mining Development, KKBC of Korea Kwangson Banking Corporation)."""
    upper = [w.upper() for w in words]
    if len(upper) > _ACRONYM_WORDS:
        return False  # a page pasted as a name: its last word abbreviates no name
    failed: set[tuple[int, int]] = set()  # (letters matched, next word) found to lead nowhere

    def rest(a: int, w: int) -> bool:
        if a == len(acronym):
            return True
        if (a, w) in failed:
            return False
        for j in range(w, len(upper)):
            k = 0
            while a + k < len(acronym) and k < len(upper[j]) and upper[j][k] == acronym[a + k]:
                k += 1
                if rest(a + k, j + 1):
                    return True
        failed.add((a, w))
        return False

    return bool(upper) and upper[0][:1] == acronym[:1] and rest(0, 0)


# A number with its mark (39号, 39號, 39호: No. 39) inside a name, before the unit it numbers; 室 / 실 after it is
# the numbered office of a party or state body (노동당 39호실, 勞動黨39號室: OFFICE 39, "Office No. 39"), which
# the dictionaries give only as a room
_NUMBERED_OFFICE = re.compile(r"第?(\d+)\s*[号號호]\s*(?:室|실)(?=\s|$)")  # 第: the ordinal's mark (第39号室)
_NUMBER_MARK = re.compile(r"第?(\d+)\s*[号號호](?=\S)")


def number_mark_reading(name: str) -> list[tuple[str, str]]:
    """The name with a number's mark taken off where a unit follows it (39号办公室 -> 39 办公室), a numbered 室 / 실
    read as the office it is (39號室 -> office 39); a mark closing the name (ANSAN1号) is a ship's, and the
    analyser drops it already."""
    if "号" not in name and "號" not in name and "호" not in name:
        return []  # both patterns hold a mark: the text would be the name
    text = _NUMBERED_OFFICE.sub(lambda m: f" office {m.group(1)} ", name)
    text = " ".join(_NUMBER_MARK.sub(lambda m: f" {m.group(1)} ", text).split())
    if text == " ".join(name.split()):
        return []
    return [(text, f"the number without its mark (号, 號, 호), a numbered 室 as an office: {text}")]


# The press names a North Korean organ's unit by any of its head nouns: 실 (室, office) where the body's own
# name and the lists have 국 (局, bureau: 기술정찰실 and 기술정찰소 on one page for the TECHNICAL RECONNAISSANCE
# BUREAU).  Four syllables at least, so that a person's name closing in 실 (김영실) is not read so
_OFFICE_HEAD = "실"
_OFFICE_MIN = 4


def office_as_bureau_reading(name: str) -> list[tuple[str, str]]:
    """A Hangul organ's name of one word closing in 실 (office) read with 국 (bureau), the head noun the lists
    write for such units: 기술정찰실 -> 기술정찰국 (the analyser renders 국 bureau and administration)."""
    words = name.split()
    last = words[-1] if words else ""
    if not last.endswith(_OFFICE_HEAD) or len(last) < _OFFICE_MIN or not all(is_hangul(c) for c in "".join(words)) \
            or any(c.isdigit() for c in name):
        return []
    text = " ".join([*words[:-1], last[:-1] + "국"])
    return [(text, f"an organ's 실 (office) read as the 국 (bureau) the lists write for such units: {text}")]


# Korean's genitive particle 의 joins two nouns as "B of A" (평화의 수호자, the guardians of peace): English names
# put the head noun first (GUARDIANS OF PEACE), and a translation read in the Korean order matches no listed name
_GENITIVE = "의"


def genitive_reading(name: str) -> list[tuple[str, str]]:
    """A name of two Hangul words whose first ends in 의 (of) read in English order without the particle: 평화의
    수호자 -> 수호자 평화 (guardians peace).  The word before the particle must keep two syllables (의 alone or
    after one syllable is as likely a name's own: 의주, 정의)."""
    words = name.split()
    if len(words) != 2 or not all(is_hangul(c) for c in "".join(words)):
        return []
    first, second = words
    if not first.endswith(_GENITIVE) or len(first) < 3:
        return []
    text = f"{second} {first[:-1]}"
    return [(text, f"in English order, without the particle 의 (of): {text}")]


# Korean written in Latin letters from its Russian transliteration (the Kontsevich system, in Russian and Central
# Asian registries): an aspirate is the consonant and х, чх ch'-, кх k'-, тх t'-, пх p'- (Чхолсан, Chkholsan), which
# McCune-Reischauer writes ch, k, t, p (CHOLSAN).  No English word writes these clusters.
_ASPIRATE = re.compile(r"(ch|[kpt])kh", re.IGNORECASE)


def russian_reading(name: str) -> list[tuple[str, str]]:
    """A Latin name with a Korean aspirate written as the Russian transliteration writes it (chkh, kkh, tkh,
    pkh) read with the consonant alone: Chkholsan -> Cholsan."""
    if not name.isascii() or _ASPIRATE.search(name) is None:
        return []
    text = _ASPIRATE.sub(lambda m: m.group(1), name)
    return [(text, f"a Korean aspirate as the Russian transliteration writes it (chkh, kkh, tkh, pkh): {text}")]


# Circles the East Asian press writes the letter O with (○ white circle, ◯ large circle, 〇 the ideographic
# zero), as in the Russian legal form OOO (阿波隆○○○, RK Briz○○○ for APOLLON OOO, RK BRIZ OOO)
# Three of them only, in a name of no Hangul: Korean masks a person's name with circles (김○○, 홍○○), which
# are no letters
_CIRCLES = re.compile(r"(?<![○◯〇])[○◯〇]{3}(?![○◯〇])")


def circled_letters_reading(name: str) -> list[tuple[str, str]]:
    """A run of circles read as the letter O each, a word of its own: 阿波隆○○○ -> 阿波隆 OOO, a legal form the
    analyser reads (OOO, a limited liability company)."""
    if _CIRCLES.search(name) is None or any(is_hangul(c) for c in name):
        return []
    text = re.sub(r"\s+", " ", _CIRCLES.sub(lambda m: f" {'O' * len(m.group(0))} ", name)).strip()
    return [(text, f"circles read as the letter O (as the press writes the legal form OOO): {text}")]


CITY_MAX_CHARS = 3  # of a Chinese city's name in characters (北京, 丹东, 哈尔滨)


@lru_cache(maxsize=1)
def _city_first_characters() -> frozenset[str]:
    """The first character of each city's name in chinese_city_characters()."""
    return frozenset(city[:1] for city in chinese_city_characters())


def city_then_korean_reading(name: str) -> list[tuple[str, str]]:
    """A name in characters opening with a Chinese city, with the city read in Mandarin and the rest in Korean:
    a North Korean body in China is listed so (北京宿泊所, BEIJING SUKBAKSO: Beijing, and 宿泊所 숙박소, a hostel),
    the place by the Chinese name the list writes in pinyin, its own name as the North Koreans read it."""
    text = name.strip()
    if text[:1] not in _city_first_characters():  # no city's name opens with its first character (Latin, Hangul)
        return []
    for n in range(CITY_MAX_CHARS, 1, -1):
        city = chinese_city_characters().get(text[:n])
        rest = text[n:].strip()
        if city is not None and len(rest) >= 2 and all(is_han(c) for c in rest) \
                and (read := korean_reading(rest, may_be_person=False)) is not None:
            return [(f"{city} {read}", f"its city read in Mandarin, the rest in Korean: {text} → {city} {read} "
                                       f"(CC-CEDICT's cities; {HANJA_SOURCE})")]
    return []


# Honorifics the sentence writes after a person's name and no list does: Japanese 氏 / さん / 様 (劉進氏,
# キム・スイル氏), Korean 씨 / 님 (김정은 씨)
_HONORIFICS = ("さん", "様", "氏", "씨", "님")
_PERSON_MAX_CHARS = 4  # of a Korean or Chinese person's name in Hangul or characters (surname and given name)


def honorific_reading(name: str) -> list[tuple[str, str]]:
    """The person's name without the honorific after it: 劉進氏 is 劉進 (RYU Jin / YU Jin).  Only after a name
    as persons' names are written: 2-4 characters, 2-4 Hangul syllables opening with a family name, or
    katakana parts set apart by ・ (a body's name closing in 씨 is left alone)."""
    text = name.strip()
    if not text.endswith(_HONORIFICS):  # one test for all of them: a name closing with none is read no other way
        return []
    from chainlight.resolve.readings import KOREAN_SURNAMES

    for mark in _HONORIFICS:
        if not text.endswith(mark):
            continue
        rest = text[:-len(mark)].strip()
        # a reading in brackets between the name and the honorific (金与正（キム・ヨジョン）氏): the name before it
        rest = re.sub(r"\s*[(（][^()（）]{1,30}[)）]$", "", rest) or rest
        chars = rest.replace(" ", "")
        person = (2 <= len(chars) <= _PERSON_MAX_CHARS and all(is_han(c) for c in chars)) \
            or (2 <= len(chars) <= _PERSON_MAX_CHARS and all(is_hangul(c) for c in chars)
                and chars[0] in KOREAN_SURNAMES) \
            or ("・" in rest and all("\u30a0" <= c <= "\u30ff" for c in chars))
        if person:
            return [(rest, f"without the honorific written after a person's name ({mark}): {rest}")]
    return []


_N_INITIAL, _R_INITIAL, _NULL_INITIAL = 2, 5, 11
_Y_MEDIALS = frozenset({2, 3, 6, 7, 12, 17, 20})  # ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ


def _northern_syllable(syllable: str) -> str | None:
    """The syllable as the North writes it at a word's start where the South's initial-sound rule has made its ㄹ
    an ㄴ (나 for 라) or dropped it before i and y (용 for 룡, 이 for 리); None when it cannot be such a one."""
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return None
    ini, med, fin = code // 588, (code % 588) // 28, code % 28
    if (ini == _N_INITIAL and med not in _Y_MEDIALS) or (ini == _NULL_INITIAL and med in _Y_MEDIALS):
        return chr(0xAC00 + (_R_INITIAL * 21 + med) * 28 + fin)
    return None


def northern_reading(name: str) -> list[tuple[str, str]]:
    """A Hangul name in the South's spelling read as the North writes it, which the lists romanize: each word's
    first syllable that the initial-sound rule changed given back its ㄹ (나선국제상업은행 -> 라선국제상업은행, RASON
    INTERNATIONAL COMMERCIAL BANK; 용악산 -> 룡악산, Ryongaksan).  A person's name is left to the surname table."""
    words = name.split()
    if not words or not all(is_hangul(c) for w in words for c in w):
        return []
    changed = [(n + w[1:]) if (n := _northern_syllable(w[0])) is not None else w for w in words]
    if changed == words:
        return []
    text = " ".join(changed)
    return [(text, f"in the North's spelling (its initial ㄹ, which the South drops or writes ㄴ): {text}")]


COUNTRY_SOURCE = "CLDR territory names (Babel)"
_COUNTRY_LOCALES = ("ko", "zh", "zh_Hant", "ja")
_OWN_COUNTRIES = frozenset({"KP", "KR"})  # 조선, 한국: part of a Korean body's listed name (KOREA ...), not a place


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Country and territory names as Korean, Chinese and Japanese write them (싱가포르, 新加坡, シンガポール) ->
    the ISO code; the bracketed qualifier CLDR adds (홍콩(중국 특별행정구)) also dropped."""
    from babel import Locale

    out: dict[str, str] = {}
    for loc in _COUNTRY_LOCALES:
        for code, label in Locale.parse(loc).territories.items():
            code = code.split("-")[0]  # HK-alt-short: 香港
            if len(code) != 2 or not code.isalpha() or code in _OWN_COUNTRIES:
                continue
            for form in {label, re.sub(r"[(（].*$", "", label).strip()}:
                if len(form) >= 2 and not form.isascii():
                    out.setdefault(form, code)
    return out


def country_first_reading(name: str) -> list[tuple[str, str]]:
    """A name opening with a country's name, as a Korean, Chinese or Japanese document writes where a foreign firm
    is (싱가포르 벨무어 매니지먼트: VELMUR MANAGEMENT PTE LTD of Singapore; 香港 ...), read without it: the lists
    write the country in an address, if at all.  The country as a word of its own (spaced) and at least one
    word after it; not Korea's names, which open a Korean body's listed name."""
    words = name.split()
    if len(words) < 2:
        return []
    code = _country_names().get(words[0])
    if code is None:
        return []
    rest = " ".join(words[1:])
    from chainlight.resolve.translation import pieces

    if all(p.kind in ("vocab", "space") for p in pieces(rest)):
        return []  # 중국 은행: vocabulary alone says nothing without its country
    return [(rest, f"without the country it opens with ({COUNTRY_SOURCE}: {words[0]} = {code}): {rest}")]


# words naming North Korea a name may open with: the state's own (조선 朝鮮) and the South's and China's (북한 北韓,
# 북조선 北朝鮮); and 北 alone before Hangul, the Korean press's short form of 북한 (北보위성, 北 국방성)
_NORTH_KOREA_OPENERS = ("북조선", "북한", "조선", "北朝鮮", "北朝鲜", "北韓", "北韩", "朝鮮", "朝鲜")
_NORTHERN_SHORT = "北"


def _state_body_of_vocabulary(text: str) -> bool:
    """The analyser reads the text (or, in characters, its Korean reading) as vocabulary alone, two words at least,
    closing with a state body's head noun (PARENT_WORDS: ministry, department, bureau, committee ...)."""
    if all(is_han(c) for c in text) and (read := korean_reading(text)) is not None:
        text = read
    renderings = render_name(text).renderings
    return bool(renderings) and all(len(r) >= 2 and all(t.cls != "name" for t in r) and r[-1].text in PARENT_WORDS
                                    for r in renderings)


def without_north_korea_reading(name: str) -> list[tuple[str, str]]:
    """A state body's name of vocabulary alone after a word naming North Korea, read without it (북한 국가안전보위부,
    朝鲜国家安全保卫部: the MINISTRY OF STATE SECURITY, which the lists name without its country): the word is one more
    the listed name does not say, and a reading word by word (aligned.py), which leaves it out, needs each word to be
    one of the listed name's (안전 and 보위, safety and security, are both its SECURITY).  Only vocabulary after it,
    closing with a state body's head noun: a firm's own name (조선광선은행) or a bank is left as it is."""
    text = name.strip()
    opener = next((w for w in _NORTH_KOREA_OPENERS if text.startswith(w)), None)
    if opener is None and text.startswith(_NORTHERN_SHORT) and len(text) > 1 \
            and (is_hangul(text[1]) or (text[1] == " " and is_hangul(text[2:3]))):
        opener = _NORTHERN_SHORT
    if opener is None:
        return []
    rest = text[len(opener):].strip()
    if not rest or not _state_body_of_vocabulary(rest.replace(" ", "")):
        return []
    return [(rest, f"without the word naming North Korea it opens with ({opener}): {rest}")]


WADE_GILES_SOURCE = "pypinyin's Wade-Giles style"
_OWN_NAME_CHARS = (2, 3)  # a firm's own name in characters: two or three of them (瑞邦, 瑞榮)


def _wade_giles_syllable(py: str, wg: str) -> str:
    """pypinyin's Wade-Giles syllable in ASCII as lists write it: no apostrophe, ü as u, and its -ai kept (its
    table gives hei for hai, lei for lai)."""
    wg = wg.replace("'", "").replace("v", "u")
    return wg[:-2] + "ai" if py.endswith("ai") and wg.endswith("ei") else wg


def wade_giles_reading(name: str) -> list[tuple[str, str]]:
    """A firm's name in characters with its own name (the characters before its first word of a kind of body
    or trade) spelt in Wade-Giles, as Taiwan and Hong Kong spell their firms and the lists copy them: 瑞邦海運股份
    有限公司 -> jui pang 海運股份有限公司 (JUI PANG SHIPPING CO LTD; pinyin would be rui bang).  Not a North Korean
    name (朝鮮 ...: read in Korean) nor one opening with a Chinese city (丹東 ...: the mainland writes pinyin)."""
    if not name or not all(is_han(c) for c in name):  # before the imports: a Latin or Hangul name fails here
        return []
    from pypinyin import Style, lazy_pinyin

    from chainlight.resolve.translation import pieces

    if render_name(name).country == "kp":
        return []
    ps = [p for p in pieces(name) if p.kind != "space"]
    if len(ps) < 2 or ps[0].kind == "vocab" or ps[1].kind != "vocab" \
            or not _OWN_NAME_CHARS[0] <= len(ps[0].text) <= _OWN_NAME_CHARS[1]:
        return []
    own = ps[0].text
    plain = lazy_pinyin(own)
    wg = [_wade_giles_syllable(py, w) for py, w in zip(plain, lazy_pinyin(own, style=Style.WADEGILES), strict=True)]
    if wg == plain or "".join(plain) in chinese_cities():
        return []
    text = f"{' '.join(wg)} {name[len(own):]}"
    return [(text, f"its own name in Wade-Giles ({WADE_GILES_SOURCE}): {own} → {' '.join(wg)}")]


def query_readings(name: str) -> list[tuple[str, str]]:
    """(text, how) for each other way the list may write a query name."""
    out = [*circled_letters_reading(name), *honorific_reading(name), *post_readings(name), *bracket_readings(name), *city_then_korean_reading(name), *acronym_readings(name), *vessel_reading(name), *ship_mark_reading(name),
           *parent_reading(name), *genitive_reading(name), *office_as_bureau_reading(name), *russian_reading(name), *northern_reading(name),
           *wade_giles_reading(name), *country_first_reading(name),
           *without_north_korea_reading(name)]
    # a number's mark is read off the name as written and off each of its readings (노동당 39호실 -> 39호실 -> office 39)
    out += [(t, f"{how}; {t_how}" if how else t_how) for text, how in [(name, ""), *out]
            for t, t_how in number_mark_reading(text)]
    # a name as the sentence wrote it, a particle after it or between its parts (particles.py): read without it,
    # and that read again as any query is (리선권 외무상은 -> 리선권 외무상 -> 리선권)
    # a Korean name in Russian's Cyrillic (cyrillic.py), in the lists' Latin letters, and its post read off
    for text, how in cyrillic_readings(name):
        out += [(text, how), *((t, f"{how}; {t_how}") for t, t_how in post_readings(text))]
    for text, how in particle_readings(name):
        out += [(text, how), *((t, f"{how}; {t_how}") for t, t_how in query_readings(text))]
    # a northern name in the South's spelling (initial_sound.py: 최용해 -> 최룡해, Choi Yong-hae -> Choi Ryong-hae), the
    # name and each of its readings (최용해 총정치국장은 -> 최용해 -> 최룡해)
    hangul, latin = has_hangul(name), name.isascii()
    if hangul or latin:  # of a Hangul name its Hangul readings, of a Latin one its Latin readings
        out += [(t, f"{how}; {t_how}" if how else t_how) for text, how in [(name, ""), *out]
                if (has_hangul(text) if hangul else text.isascii())
                for t, t_how in initial_sound_readings(text)]
    seen = {name}
    return [r for r in out if not (r[0] in seen or seen.add(r[0]))]  # type: ignore[func-returns-value]
