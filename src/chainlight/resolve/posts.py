"""A person's name read apart from the post written beside it.

News in Korean, Chinese and Japanese writes a listed person together with an office, before or after the name,
often with the body's name too: 김여정 노동당 중앙위원회 부부장, 전 국방위원회 부위원장 리용무, 外务相李勇浩,
朝鲜劳动党组织指导部副部长金与正, キム・ヨジョン党副部長, 崔龍海(チェ・リョンヘ)党副委員長兼組織指導部長.
No list writes the post in the name: the person's name alone is the reading a list may have.

The rule is general, not a list of posts: a text is read as a person's name and a post when

- one end of it is shaped as a person's name: a word of three Hangul syllables opening with a family name
  (readings.KOREAN_SURNAMES), standing apart from the rest; three characters opening with a family name (Chinese,
  or Korean read in Hanja), standing apart or written unspaced against the post; katakana parts set apart by ・
  (キム・ヨジョン); each optionally with its reading in brackets (金与正(キム・ヨジョン), 김여정(金與正)).  Three: a
  Korean name's usual shape (one-syllable surname, two-syllable given name); two syllables or characters opening
  with a surname's are as often a place (남포 시장, 南浦市長, the mayor of Nampho, read 남포 found the listed NAPO at
  0.90), and are left to the script that shows a name (katakana's ・);
- and the rest closes with a post's head word (POST_HEADS): the last noun of an office in these languages,
  after whatever body, prefix (전 前 元 former, 부 副 deputy, 제1 第一 first) or second post (兼 겸 and) comes
  before it.

A body's name is no person's: a word that the Sino-Korean dictionary has (조선 朝鮮, 고려 高麗, 인민 人民) or the
analyser reads as a country or an organisation is no name, nor are characters whose first two name a country or
a body (朝鲜劳动党...部长 opens with 朝鲜, not a person 朝鲜劳), nor, opening a text, any whose first two the
dictionaries have (高麗航空社長, 金剛山歌劇団団長).  Without a post closing the rest nothing is read (김책공업종합대학,
김철수 무역회사).
"""

from __future__ import annotations

import re
from functools import lru_cache

from chainlight.resolve.normalize import is_han, is_hangul

# Head words of posts: the noun an office's name closes with, whatever body or rank comes before it.  These are a
# small closed class of each language (as a body's head nouns are, vocab.py), not a list of posts:
# - Korean: 장 head/chief (부장, 국장, 위원장, 사장, 대장: also the ranks 대장 상장 중장 소장), 상 minister (DPRK usage:
#   외무상, 국방상, 보위상; 부상 vice-minister), 관 officer (사령관, 장관, 차관, 외교관), 비서 and 서기 secretary, 위원 member,
#   대표 representative, 대사 ambassador, 참사 counsellor, 영사 consul, 총리 premier, 주석 chairman, 총재 governor,
#   고문 adviser, 지배인 manager, 책임자 one in charge, 대변인 spokesperson, 대리 acting (부장 대리);
# - Chinese and Japanese (simplified, traditional, shinjitai): 长 長 head, 相 minister (外务相, 外相), 官 officer (司令官,
#   外交官, 長官, 次官), 书记 書記 secretary, 秘书 秘書 secretary, 委员 委員 and 议员 議員 member, 代表 representative,
#   大使 ambassador, 参赞 參贊 参事 counsellor, 领事 領事 consul, 司令 司令员 司令員 commander, 总理 總理 総理 premier,
#   主席 chairman, 总裁 總裁 総裁 governor, 顾问 顧問 adviser, 主任 director, 经理 經理 manager, 大臣 minister (Japanese),
#   大将 大將 上将 上將 中将 中將 少将 少將 (ranks), 代理 acting.
POST_HEADS_HANGUL = ("장", "상", "관", "비서", "서기", "위원", "대표", "대사", "참사", "영사", "총리", "주석", "총재", "고문",
                     "지배인", "책임자", "대변인", "대리")
POST_HEADS_CHARACTERS = ("长", "長", "相", "官", "书记", "書記", "秘书", "秘書", "委员", "委員", "议员", "議員", "代表",
                         "大使", "参赞", "參贊", "参事", "领事", "領事", "司令", "司令员", "司令員", "总理", "總理", "総理",
                         "主席", "总裁", "總裁", "総裁", "顾问", "顧問", "主任", "经理", "經理", "大臣", "将", "將", "代理")
POST_HEADS = POST_HEADS_HANGUL + POST_HEADS_CHARACTERS

NAME_CHARS = 3  # syllables or characters of a Korean person's name read beside a post (surname, given name)
MAX_CHARS = 80  # of a name and its post in Hangul, characters or kana
LATIN_MAX_CHARS = 160  # in Latin letters, where a post is words long (Vice director of the ruling Workers' Party's ...)
POST_MIN = 2  # characters of the post left beside an unspaced name (長 alone is no post: 金哲部長 is no 金哲部)

_KANA = "\u30a1-\u30fa\u30fc"  # katakana letters and the long-vowel mark (ー)
_BRACKET = r"(?:\s*[(（]\s*([^()（）]{1,30}?)\s*[)）])?"  # a reading of the name in brackets after it
_KANA_NAME = f"[{_KANA}]+(?:・[{_KANA}]+)+"
_KANA_FIRST = re.compile(f"^({_KANA_NAME}){_BRACKET}(?![{_KANA}・])")
_KANA_LAST = re.compile(f"(?<![{_KANA}・])({_KANA_NAME}){_BRACKET}$")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_FIRST = re.compile(f"^([{_HAN}]{{{NAME_CHARS}}}){_BRACKET}(?=[{_HAN}{_KANA}])")
_HAN_LAST = re.compile(f"(?<=[{_HAN}{_KANA}])([{_HAN}]{{{NAME_CHARS}}}){_BRACKET}$")
_HANGUL_WORD = re.compile(f"^([\uac00-\ud7a3]{{{NAME_CHARS}}}){_BRACKET}$")
_HAN_WORD = re.compile(f"([{_HAN}]+){_BRACKET}")
_KANA_WORD = re.compile(f"({_KANA_NAME}){_BRACKET}")
_CLOSING = " \t,.;:、，。・·"
_SCRIPTS = re.compile(f"[\uac00-\ud7a3{_HAN}{_KANA}]")  # a character of a name _splits may find: Hangul, Han, kana


def post_readings(name: str) -> list[tuple[str, str]]:
    """(text, how) for a person's name written beside a post: the name alone (and its bracketed reading alone,
    where it has one); the explanation names the post read off.  Empty unless exactly one end of the text is
    shaped as a person's name and the rest closes with a post's head word."""
    text = " ".join(name.split())
    if not text or len(text) > LATIN_MAX_CHARS:
        return []
    if (latin := _folded(text.translate(_TYPOGRAPHIC))).isascii():
        if _latin_surnames().isdisjoint(_LETTER_RUNS.findall(latin.lower())):
            # each reading below reads a Korean family name that is a whole run of the text's letters (a word, a
            # word without its punctuation, a hyphen's side): a text with none has none of them
            return []
        return latin_post_readings(latin) or latin_name_in_text(latin) or surname_last_reading(latin)
    if len(text) > MAX_CHARS or _SCRIPTS.search(text) is None:  # _splits finds a name only in these scripts
        return []
    for person, glossed, post in _splits(text):
        post = _without_second_post(post.strip(_CLOSING))
        if not _a_post(post):
            continue
        out = [(person, f"a person's name without the post written beside it ({post}): {person}")]
        out += _kana_person(person, post)
        if glossed and glossed != person and _a_name_reading(glossed):
            out.append((glossed, f"the bracketed reading of a person's name written beside a post ({post}): {glossed}"))
        return out
    return []


KANA_PERSON_READINGS = 6  # of a katakana name read off a post, its first readings as a Korean person's name (ヘ: he, hae)


def _kana_person(person: str, post: str) -> list[tuple[str, str]]:
    """A katakana name read off a post also read at once as a Korean person's name in Latin letters (kana.py's
    reading, チェ・リョンヘ -> choe ryong hae), which would otherwise come after the post's own readings."""
    if not _KANA_WORD.fullmatch(person):
        return []
    from chainlight.resolve.kana import readings as kana_readings

    read = [(t, how) for t, how in kana_readings(person) if "Korean person's name" in how][:KANA_PERSON_READINGS]
    return [(t, f"a person's name without the post written beside it ({post}): {person}; {how}") for t, how in read]


_TYPOGRAPHIC = str.maketrans("‘’“”", "''\"\"")  # typographic quotes and apostrophes (Korea’s) as ASCII's
_TRAILING_BRACKET = re.compile(r"\s*[(（][^()（）]{1,40}[)）]$")


def _without_second_post(post: str) -> str:
    """The post without a bracket closing it where what comes before is a post too: a second post or the
    post's other name (김원홍 국가보위상(국가안전보위부장): minister of state security, the ministry's head by its
    former name)."""
    if (m := _TRAILING_BRACKET.search(post)) is not None and _a_post(bare := post[:m.start()].strip(_CLOSING)):
        return bare
    return post


# A post in English, as the press writes it before a name (Vice Foreign Minister Choe Son Hui, Minister of State
# Security Kim Won Hong, DPRK Ambassador to Vietnam Kim Myong Gil, North Korean leader Kim Jong Un) or after it
# set apart by a comma (Kim Yo Jong, vice department director): the post's head words are a small closed class,
# as the Korean and Chinese ones are (POST_HEADS), whatever body, country or rank stands with them.
POST_HEADS_LATIN = frozenset({
    "minister", "premier", "ambassador", "envoy", "consul", "counsellor", "counselor", "attache", "diplomat",
    "director", "chairman", "chairwoman", "chair", "president", "secretary", "leader", "chief", "head", "commander",
    "general", "marshal", "admiral", "colonel", "officer", "official", "representative", "spokesman",
    "spokeswoman", "spokesperson", "member", "governor", "adviser", "advisor", "manager", "deputy", "vice",
    "executive", "ceo", "citizen", "national",  # a person's nationality before the name (DPRK national Kim ...)
    # the same closed class in the languages of the European and Vietnamese press, written without their accents
    # (le ministre de la Sécurité Choe Pu-il, Kim Kang Jin, directeur du Bureau ...; Bộ trưởng ... Kim Won-hong)
    "ministre", "directeur", "directrice", "presidente", "secretaire", "ambassadeur", "chef",
    "dirigeant", "dirigeante", "dictateur", "vice-ministre", "vice-president", "commandant", "conseiller",
    "ressortissant", "responsable", "patron",
    "direktor", "direktorin", "botschafter", "vorsitzender", "vorsitzende", "machthaber", "diktator",
    "diktators", "sekretar", "leiter", "leiterin", "staatschef", "vizeminister", "befehlshaber",
    "ministro", "ministra", "directora", "jefe", "embajador", "secretario", "lider", "dictador",
    "viceministro", "mandatario", "direttore", "capo", "ambasciatore", "segretario", "dittatore",
    "diretor", "diretora", "chefe", "embaixador", "ditador", "dirigente",
    "truong", "thu", "lanh", "tong", "chu", "giam",  # Vietnamese: (bộ/thứ) trưởng, lãnh đạo, tổng (bí thư), chủ tịch, giám đốc
})


def _folded(text: str) -> str:
    """The text without its letters' accents (Sécurité, Bộ trưởng), so that a European or Vietnamese post reads
    as Latin letters; a text with other letters stays as it is."""
    import unicodedata

    if text.isascii():
        return text
    bare = "".join(c for c in unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
                   if not unicodedata.combining(c))
    return bare if bare.isascii() else text
LATIN_NAME_WORDS = (2, 3)  # words of a Korean person's name in Latin letters (KIM Chol, Choe Son Hui)
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_LETTER_RUNS = re.compile(r"[a-z]+")
_LATIN_BRACKET = re.compile(r"([^()]+?)\s*\(([^()]+)\)")


def latin_post_readings(text: str) -> list[tuple[str, str]]:
    """A Korean person's name in Latin letters with an English post before it, or after it and a comma or in
    brackets: the name alone.  A name: two or three capitalised words (a hyphenated given name is one: Choe Son-hui) opening with a
    Korean family name as the lists and the press spell it (hangul.SURNAMES: Kim, Ri, Choe, Pak ...), at one end of
    the text; the rest holds a post's head word (POST_HEADS_LATIN)."""
    if (m := _LATIN_BRACKET.fullmatch(text)) is not None:
        # Kim Won Hong (Minister of State Security)
        person, post = m.group(1).strip(), m.group(2).strip()
        if _latin_person(person) and _latin_post(post):
            return [(person, f"a person's name without the post written beside it ({post}): {person}")]
        return []
    head, sep, tail = text.partition(",")
    if sep:
        # Kim Yo Jong, vice department director; Minister of State Security, Kim Won Hong
        for person, post in ((head.strip(), tail), (tail.strip(), head)):
            if _latin_person(person) and _latin_post(post):
                return [(person, f"a person's name without the post written beside it ({post.strip()}): {person}")]
            if _latin_post(post) and (moved := surname_last_reading(person)):
                # Kyong Thaek-jong, ministre de la Sécurité d'Etat
                return [(moved[0][0], f"a person's name without the post written beside it ({post.strip()}): "
                                      f"{person}; {moved[0][1]}")]
        return []
    words = text.split()
    for n in reversed(LATIN_NAME_WORDS):
        if len(words) <= n:
            continue
        person, post = " ".join(words[-n:]), " ".join(words[:-n])
        if _latin_person(person) and _latin_post(post):
            return [(person, f"a person's name without the post written beside it ({post}): {person}")]
    return []


_GENITIVE_S = re.compile(r"(?<=[a-z])(?:'s|s'|s)$")  # Kim Yo Jongs Worte, Kim Jong Un's: the name's genitive


def latin_name_in_text(text: str) -> list[tuple[str, str]]:
    """A Korean person's name in Latin letters inside running text (Jo Yong-won auf die schwarze Liste, Kim Yo Jongs
    Worte, Kang Chol Hak y Pyon Kwang Chol): the first such name alone.  A name: a Korean family name as the lists and
    the press spell it (hangul.SURNAMES), then one or two capitalised words each of Korean syllables (a hyphen between
    them), a genitive's s read off the last; the rest of the text is more than the name."""
    words = text.split()
    if len(words) < 3 or len(text) > LATIN_MAX_CHARS:
        return []
    bare = [w.strip(".,;:!?()\"'«»") for w in words]
    for i, w in enumerate(bare[:-1]):
        if w.lower() not in _latin_surnames() or not w[:1].isupper():
            continue
        given: list[str] = []
        for nxt in bare[i + 1:i + 3]:
            unsaid = _GENITIVE_S.sub("", nxt)
            if not nxt[:1].isupper() or not (_korean_syllables(nxt) or _korean_syllables(unsaid)):
                break
            given.append(nxt if _korean_syllables(nxt) else unsaid)
            if nxt != unsaid and not _korean_syllables(nxt):
                break  # the genitive closes the name
        end = i + 1 + len(given)
        if not given or end == len(words) or (i > 0 and words[i - 1][:1].isupper() and words[i - 1][-1].isalpha()):
            continue  # the whole text, or a name's word before it (Kim Jong Un: not Jong Un)
        closed = given[-1] != bare[end - 1] or words[end - 1][-1] in ",;:)" or words[end][:1].islower()
        if not closed:
            continue  # a capital or a number after it: a body's or a ship's name (Han Kuk Trading, An San 1)
        if given[-1] != bare[end - 1] and any(_korean_syllables(x) and x[:1].isupper() for x in bare[end:]):
            return []  # a possessor, then another name (Kim Jong Uns jüngere Schwester Yo Jong): whose is unsaid
        person = " ".join([w, *given])
        return [(person, f"a Korean person's name read out of the text around it ({text}): {person}")]
    return []


def surname_last_reading(text: str) -> list[tuple[str, str]]:
    """A Korean person's name with the family name hyphened to its end, as some press writes it (Ryong Hae-choe,
    Kwang Ho-pak): the family name first (Choe Ryong Hae)."""
    words = text.split()
    if not 2 <= len(words) <= 3 or "-" not in words[-1] or words[0].lower() in _latin_surnames():
        return []
    *given_last, surname = words[-1].rsplit("-", 1)
    if surname.lower() not in _latin_surnames() or not all(_korean_syllables(w) for w in [*words[:-1], *given_last]):
        return []
    person = " ".join([surname.capitalize(), *words[:-1], *given_last])
    return [(person, f"a Korean person's name with its family name written last, read first: {person}")]


def _korean_syllables(word: str) -> bool:
    """The word is one or two romanized Korean syllables, apart or joined by a hyphen (Jong, Yong-won, Kang)."""
    parts = word.lower().split("-")
    return 1 <= len(parts) <= 2 and all(p in _latin_syllables() for p in parts)


# a romanized Korean syllable's parts, in McCune-Reischauer without its marks (voiced inside a name: g d b j), the
# DPRK's (kh th ph), Revised Romanization (eo eu, g d b j, ch for ㅊ) and the popular spellings (sh, oo, ee)
_ONSETS = ("", "k", "kk", "g", "n", "t", "tt", "d", "r", "l", "m", "p", "pp", "b", "s", "ss", "sh", "ch", "tch",
           "jj", "j", "kh", "th", "ph", "h")
_VOWELS = ("a", "ae", "ya", "yae", "o", "eo", "e", "yo", "yeo", "ye", "wa", "wae", "oe", "u", "wo", "weo", "we", "wi",
           "yu", "eu", "ui", "eui", "i", "oo", "ee", "ou", "yi")
_CODAS = ("", "k", "n", "l", "m", "p", "ng", "t")


@lru_cache(maxsize=1)
def _latin_syllables() -> frozenset[str]:
    """Every shape a Korean syllable takes in the romanizations names are written in, with the lists' surname
    spellings: a syllable-shape test, made of the systems' letters for the sounds."""
    return frozenset({o + v + c for o in _ONSETS for v in _VOWELS for c in _CODAS} | _latin_surnames())


def _latin_person(text: str) -> bool:
    words = text.split()
    return LATIN_NAME_WORDS[0] <= len(words) <= LATIN_NAME_WORDS[1] \
        and words[0].lower() in _latin_surnames() \
        and all(_LATIN_WORD.fullmatch(w) and w[0].isupper() for w in words)


@lru_cache(maxsize=1)
def _latin_surnames() -> frozenset[str]:
    """Korean family names as the lists and the press spell them in Latin letters (hangul.SURNAMES), made once."""
    from chainlight.resolve.hangul import SURNAMES

    return frozenset(s for forms in SURNAMES.values() for s in forms)


def _latin_post(text: str) -> bool:
    return any(w.lower().strip("'’") in POST_HEADS_LATIN or w.lower().removesuffix("s") in POST_HEADS_LATIN
               for w in re.findall(r"[A-Za-z'’]+", text.replace("-", " ")))


def _splits(text: str) -> list[tuple[str, str | None, str]]:
    """(name, its bracketed reading or None, the rest) for each way one end of the text is a person's name."""
    out: list[tuple[str, str | None, str]] = []
    words = text.split(" ")
    if len(words) > 1:
        # a name standing apart as a word, at the start or the end
        for word, rest, opening in ((words[0], " ".join(words[1:]), True), (words[-1], " ".join(words[:-1]), False)):
            if (m := _name_word(word, opening)) is not None:
                out.append((m.group(1), m.group(2), rest))
    # katakana parts set apart by ・ glued to the post (キム・ヨジョン党副部長, 外務相リ・ヨンホ)
    if (m := _KANA_FIRST.match(text)) is not None:
        out.append((m.group(1), m.group(2), text[m.end():]))
    if (m := _KANA_LAST.search(text)) is not None:
        out.append((m.group(1), m.group(2), text[:m.start()]))
    # characters glued to the post (金正恩総書記, 外务相李勇浩)
    first, last = words[0], words[-1]
    head = _HAN_FIRST.match(first)
    if head is not None and _han_name(head.group(1), opening=True) and len(first) - head.end() >= POST_MIN:
        out.append((head.group(1), head.group(2), text[head.end():]))
    tail = _HAN_LAST.search(last)
    if tail is not None and _han_name(tail.group(1)) and tail.start() >= POST_MIN:
        out.append((tail.group(1), tail.group(2), text[:len(text) - len(last) + tail.start()]))
    return out


def _name_word(word: str, opening: bool) -> re.Match[str] | None:
    """The word (with a bracketed reading after it) shaped as a person's name: in Hangul, characters or katakana."""
    if (m := _HANGUL_WORD.match(word)) is not None:
        return m if _hangul_name(m.group(1)) else None
    if (m := _HAN_WORD.fullmatch(word)) is not None:
        return m if _han_name(m.group(1), opening) else None
    return _KANA_WORD.fullmatch(word)


def _a_post(post: str) -> bool:
    """The text closes with a post's head word, and is more than the head alone where it is one character."""
    if not post:
        return False
    last = post.split(" ")[-1]
    return any(last.endswith(h) and (len(h) > 1 or len(last) > 1) for h in POST_HEADS)


def korean_name_shaped(word: str) -> bool:
    """Three Hangul syllables opening with a family name: a Korean person's name's shape (particles.py asks it too)."""
    from chainlight.resolve.readings import KOREAN_SURNAMES

    return len(word) == NAME_CHARS and all(is_hangul(c) for c in word) and word[0] in KOREAN_SURNAMES


def _hangul_name(word: str) -> bool:
    """A word of three Hangul syllables shaped as a Korean person's name: opening with a family name, and no word
    that the Sino-Korean dictionary has (조선, 고려, 인민) or the analyser reads as a country or a body."""
    return korean_name_shaped(word) and not _a_word(word)


def _han_name(chars: str, opening: bool = False) -> bool:
    """Three characters shaped as a person's name: opening with a family name (a Chinese one, or one a Korean
    name reads in Hanja), no common word, country or body.  `opening`: the characters open a text that runs on
    unspaced into its post, where a body's name could be cut anywhere (高麗航空社長, 金剛山...長): their first two
    are then no dictionary word either (names hardly open with one; 全日浩 does, and is read where it stands
    apart or closes the text)."""
    from chainlight.resolve import cedict, jmdict
    from chainlight.resolve.hanja_reading import surname_reading
    from chainlight.resolve.readings import CHINESE_SURNAMES, KOREAN_SURNAMES

    if not (len(chars) == NAME_CHARS and all(is_han(c) for c in chars)):
        return False
    if chars[0] not in CHINESE_SURNAMES and surname_reading(chars[0]) not in KOREAN_SURNAMES:
        return False
    whole = [e for e in (cedict.lookup(chars), jmdict.lookup(chars)) if e is not None]
    if whole and not all(e.named for e in whole):
        return False  # a common word (a name the dictionary has, 金日成, is still a name)
    if _a_word(chars[:2]):
        return False  # opens with a country's or a body's name (朝鲜劳动党...)
    if opening and any(cedict.lookup(part) or jmdict.lookup(part) for part in {chars, chars[:2]}):
        return False  # any dictionary word, a proper name too (高麗航空社長 is no person 高麗)
    return not _a_word(chars)


def _a_name_reading(text: str) -> bool:
    """A bracket after a name that reads it: katakana, Hangul, characters or Latin letters, no more words than a
    name has."""
    return bool(text) and len(text.split()) <= NAME_CHARS + 1 and not any(c.isdigit() for c in text)


@lru_cache(maxsize=4096)
def _a_word(word: str) -> bool:
    """A word the dictionaries have (in Hangul, by its Korean reading), or that the analyser reads as a country or
    as an organisation's name."""
    from chainlight.resolve.rendering import render_name
    from chainlight.resolve.translation import sino_korean
    from chainlight.resolve.written import is_body_word

    if all(is_hangul(c) for c in word) and word in sino_korean():
        return True
    return render_name(word).country is not None or is_body_word(word)
