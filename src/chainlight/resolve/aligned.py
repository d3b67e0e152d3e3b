"""A body's name translated word by word, each word's sense chosen by a listed body's name that carries them all.

A state body in Korean or Chinese script is often named by translation only: 국가우주개발청 is NATIONAL AEROSPACE
DEVELOPMENT ADMINISTRATION, 人民武力省 MINISTRY OF PEOPLE'S ARMED FORCES.  Its words have many dictionary senses
(宇宙: universe, cosmos, space; 武力: military force, armed strength), and the translator's readings, which combine
the first senses of each word within a budget, may never reach the one combination a list wrote.  Here every word
of the name must be read by a dictionary (CC-CEDICT, JMdict through translation.Translator.senses), the analyser's
vocabulary, or the head nouns of institutions below; the listed bodies' names that carry one sense of every word
are looked up (no word left unread, a country word such as 조선 aside), and the name is written with the senses
the best of them carries.  The reading is then scored as any other translation: the listed name must carry every
word put in, and the scorer weighs what it leaves out.

A listed name may say one word more than the written name: 보위사령부 (security command) is the MILITARY SECURITY
COMMAND, 党宣伝扇動部 (party propaganda agitation department) the KOREAN WORKERS PARTY, PROPAGANDA AND AGITATION
DEPARTMENT.  Where no listed body's name is accounted for in full, one whose every word but one is read, that
one a qualifier (an English word of the dictionary's glosses, so no firm's own name such as TANCHON, and not its
last word, the head noun), is written out with that word supplied, provided it is the only such reading and the
name says enough (_said_clearly); the matcher scores it below a reading the name says in full (matcher.UNSAID).

The head nouns (청 廳 administration, 성 省 ministry, 국 局 bureau ...) are those of the DPRK's and other states'
bodies, with the English renderings the UN and OFAC lists give them; a one-character head is read only at the
end of a name, where a body's name has it.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from chainlight.resolve import cedict
from chainlight.resolve.hanja_reading import korean_reading
from chainlight.resolve.hanzi import simplified
from chainlight.resolve.normalize import fold, has_hangul_or_han, is_han, is_hangul
from chainlight.resolve.translation import (
    _STEM_MIN,
    HANGUL,
    HANZI,
    HEAD_SYNONYMS,
    MINISTRY_ABROAD,
    Piece,
    Reading,
    Translator,
    _stem_shared,
    _vocab_ended,
    pieces,
)

SOURCE = "aligned to a listed body's words"
UNSAID = "a word of the listed name the name does not say"  # (the note of a reading with that word supplied)
# head nouns of state bodies (Korean reading -> the lists' renderings), read at a name's end only
HEADS: dict[str, tuple[str, ...]] = {
    "청": ("administration", "agency", "office"),  # 廳 / 庁 / 厅
    "성": ("ministry",),  # 省
    "부": ("department", "ministry"),  # 部
    # 局 a bureau; also a ministry, as the press writes it and as 부 is read both ways (로케트산업국 MINISTRY OF ROCKET INDUSTRY)
    "국": ("bureau", "administration", "department", "ministry"),  # 局
    "총국": ("general bureau", "general administration"),  # 總局
    "사령부": ("command", "headquarters"),  # 司令部
    "군": ("force", "forces", "army"),  # 軍
    "소": ("office", "institute"),  # 所
    "원": ("institute", "academy"),  # 院
    "위원회": ("committee", "commission"),  # 委員會
}
_STOP = frozenset({"of", "the", "and", "for", "in"})
_COUNTRY = frozenset({"korea", "korean", "dprk", "north"})  # the country a listed name may add (which 조선 says)
# words naming North Korea as documents outside it do (북한 北韓 北韩, 북조선 北朝鮮 北朝鲜, by their Korean reading):
# left unread as 조선 / 朝鮮 may be (北朝鮮原油工業省 is the MINISTRY OF CRUDE OIL INDUSTRY)
NORTH_KOREA = frozenset({"북한", "북조선"})
MIN_WORDS = 2  # words of a name read so: one word alone finds any listed name carrying it
MAX_WORDS = 7
CANDIDATES = 2  # listed names whose senses are written out, best first


def _korean(text: str) -> str:
    return text if all(is_hangul(c) for c in text) else (korean_reading(text, may_be_person=False) or "")


def _stem_kin(t: Translator, word: str) -> list[str]:
    """The listed words sharing a one-word rendering's stem (industrial: industry, industries), as the translator
    relates a dictionary word to listed ones (translation.Translator.listed_word)."""
    if " " in word or len(word) < _STEM_MIN:
        return []
    return [w for w in t._by_prefix.get(word[:_STEM_MIN], ()) if w != word and _stem_shared(word, w)]


def _options(t: Translator, p: Piece, last: bool) -> tuple[list[tuple[str, str]], bool]:
    """(English words, note) for each way the piece may be written, and whether it may be left out (a word
    naming the country, 조선 Korea, which many listed names leave out)."""
    out: list[tuple[str, str]] = []
    optional = False
    if p.kind == "latin":
        return [(fold(p.text), "")], False
    han = all(is_han(c) for c in p.text)
    if _korean(p.text) in NORTH_KOREA:
        return [(e, f"{p.text} (North Korea) -> {e}") for e in ("korea", "north korea", "dprk")], True
    term = HANZI.get(simplified(p.text)) if han else HANGUL.get(p.text)
    if term is None and han and len(p.text) > 1:
        # a word in characters that the analyser's Hangul vocabulary has by its Korean reading (保衛 보위 security:
        # CC-CEDICT has only "to defend" for it)
        term = HANGUL.get(_korean(p.text))
    head = HEADS.get(_korean(p.text)) if last or len(p.text) > 1 else None
    if head:
        out += [(e, f"{p.text} (a body's head noun) -> {e}") for e in head]
    if term is not None and (term.cls != "place" or not head):
        optional = term.country == "kp"  # (中国 China is no such word: a listed name must carry it)
        english = term.english
        out.append((english, f"{p.text} (the analyser's vocabulary) -> {english}"))
        # ... and the listed words of its stem, which the analyser reads as one (공업 industrial: INDUSTRY)
        out += [(w, f"{p.text} (the analyser's vocabulary) -> {english} ~ {w}") for w in _stem_kin(t, english)]
        out += [(alt, f"{p.text} (the analyser's vocabulary) -> {alt}") for alt in HEAD_SYNONYMS.get(english, ())]
        out += [(o[2], f"{p.text} = {o[0]} ({o[1]}) -> {o[2]}") for o in t.fuller_senses(p.text)]
    # a dictionary word by its whole senses or a sense's head word (not "national" of 國家安全 "national security");
    # the analyser's own word only as it renders it (보위 security, not 保衛 "defend": 국가보위부 is no ministry of
    # defence)
    if p.kind == "word" and p.heads:
        out += [(o[2], f"{p.text} = {o[0]} ({o[1]}) -> {o[2]}") for o in t.senses(p.heads) if o[3]]
        # ... and a word in characters by its homophone's, as the translator reads it (偵查 for 偵察 reconnaissance)
        if han and (alike := cedict.homophones(simplified(p.text))):
            out += [(o[2], f"{p.text} (a homophone of {o[0]}: {o[1]}) -> {o[2]}") for o in t.senses(alike) if o[3]]
        # ... and, after them, the sense it takes before another word in the dictionary's compounds of it
        out += [(e, f"{p.text} = {h} (CC-CEDICT: {c} \"{g}\", {e} before {rest}) -> {e}")
                for h in p.heads for e, c, g, rest in compound_senses(h)]
    if not out and p.kind == "name" and len(p.text) >= 2 and all(is_hangul(c) for c in p.text):
        out += [(o[2], f"{p.text} ({o[1]}) -> {o[2]}") for o in t.loanword_senses(p.text)]  # 러시아 russia
    # a one-word rendering also as the adjective a listed name may write it as (russia: RUSSIAN FINANCIAL SOCIETY)
    out += [(a, f"{n} -> {a}") for e, n in list(out) if " " not in e for a in t.adjective_forms(e, e)]
    return _first(out), optional


MAX_COMPOUNDS = 300  # compounds of a word looked through for the sense it takes before another
KIN_LETTERS = 3  # ... a form of one of its own senses (united of unify, unified: uni-), not another sense


@lru_cache(maxsize=1)
def _headwords() -> list[str]:
    return sorted(cedict.dictionary())


@lru_cache(maxsize=8192)
def compound_senses(head: str) -> tuple[tuple[str, str, str, str], ...]:
    """(English word, compound, its gloss, the other word) for each sense a word takes before another in
    CC-CEDICT's compounds of it, which its own senses lack: 統一 is "unify, unified" alone but 統一戰線 is "united
    front", 戰線 being a front, so united (KOREA UNITED DEVELOPMENT BANK for 조선통일발전은행).  A compound counts
    where its gloss is two words, the second a one-word sense of the rest of it, and the first a form of one of the
    word's own senses (their first letters alike: 宇宙射線 "cosmic ray" of 宇宙 cosmos, not 宇宙速度 "escape velocity")."""
    own = cedict.lookup(head)
    if own is None or not 2 <= len(head) <= 4:
        return ()
    mine = {w for s in own.senses for w in s.split()}
    keys = _headwords()
    out: dict[str, tuple[str, str, str, str]] = {}
    at = bisect_left(keys, head)
    for k in keys[at:at + MAX_COMPOUNDS]:
        if not k.startswith(head):
            break
        rest = k[len(head):]
        if not rest or (whole := cedict.lookup(k)) is None or (after := cedict.lookup(rest)) is None:
            continue
        tails = {s for s in after.senses if " " not in s}
        for sense in whole.senses:
            words = sense.split()
            if len(words) == 2 and words[1] in tails and words[0] not in mine and words[0].isalpha() \
                    and any(words[0][:KIN_LETTERS] == w[:KIN_LETTERS] for w in mine):
                out.setdefault(words[0], (words[0], k, sense, rest))
    return tuple(out.values())


def _first(out: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each English rendering once, where it first comes."""
    seen: set[str] = set()
    return [(e, n) for e, n in out if not (e in seen or seen.add(e))]  # type: ignore[func-returns-value]


def readings(t: Translator, name: str) -> list[Reading]:
    """The name written with the senses of its words that a listed body's name carries (at most CANDIDATES
    readings, the listed names carrying most of their words from the name first); none unless every word is
    read."""
    if not t.body_names or not has_hangul_or_han(name):
        return []
    ps = [p for p in _vocab_ended(t, pieces(name)) if p.kind != "space"]
    if not MIN_WORDS <= len(ps) <= MAX_WORDS:
        return []
    opts: list[list[tuple[str, str]]] = []
    optional: list[bool] = []
    for k, p in enumerate(ps):
        o, opt = _options(t, p, k == len(ps) - 1)
        if not o:
            return []  # a word no dictionary reads: a firm's own name, which this reading does not spell
        opts.append(o)
        optional.append(opt)
    if not any(optional) and len(ps) == 2 and (abroad := MINISTRY_ABROAD.get(ps[-1].text)):
        # one word and 부 部, nothing naming North Korea (vocab.MINISTRY_ABROAD): 노동부 is no MINISTRY OF LABOR
        opts[-1] = [(e, n) for e, n in opts[-1] if e != abroad]
        if not opts[-1]:
            return []
    carrying: list[dict[int, int]] = []  # per piece: listed name -> its first option the name carries
    for o in opts:
        names: dict[int, int] = {}
        for j, (english, _note) in enumerate(o):
            for k in t.named_with(english.split()):
                names.setdefault(k, j)
        carrying.append(names)
    needed = [i for i in range(len(ps)) if not optional[i]]
    # (a dictionary word whose senses are two words counts as two: 宣传部 propaganda department)
    if sum(1 + (ps[i].kind == "word" and any(" " in e for e, _n in opts[i])) for i in needed) < MIN_WORDS:
        return []
    common = set(carrying[needed[0]])
    for i in needed[1:]:
        common &= carrying[i].keys()
        if not common:
            return []

    def whole(k: int) -> bool:
        """Whether the words put in account for every word of the listed name, its country aside: a reading
        carrying two of a name's five words (보위사령부 defense + center) is no translation of that name."""
        put = {w for i in range(len(ps)) if k in carrying[i] for w in opts[i][carrying[i][k]][0].split()}
        return all(w in put for w in t.body_names[k].split() if w not in _STOP and w not in _COUNTRY)

    def rank(k: int) -> int:
        """How far down each word's senses the listed name's reading goes (the analyser's vocabulary and a head
        noun first, then the dictionary's senses in order): 国家保衛省 reads 保衛 as 보위 security before JMdict's
        defence, so the MINISTRY OF STATE SECURITY before the MINISTRY OF NATIONAL DEFENCE."""
        return sum(carrying[i][k] for i in range(len(ps)) if k in carrying[i])

    ranked = sorted((k for k in common if whole(k)),
                    key=lambda k: (len(t.body_names[k].split()), rank(k), t.body_names[k]))
    if not ranked and _said_clearly(ps, optional):
        return _one_unsaid(t, ps, opts, carrying, common)
    out: list[Reading] = []
    for k in ranked:
        if rank(k) > rank(ranked[0]):
            break  # a listed name read by later senses than the best one's is another body, not another spelling
        chosen = [(i, opts[i][carrying[i][k]]) for i in range(len(ps)) if k in carrying[i]]
        text = " ".join(e for _, (e, _n) in chosen)
        if any(r.text == text for r in out) or len(set(text.split())) < len(text.split()):
            continue  # (two words of the name read as one listed word: 労働 party + 党 party)
        notes = tuple(n for _, (_e, n) in chosen if n)
        words = tuple(w for i, (e, _n) in chosen if ps[i].kind != "latin" for w in e.split())
        out.append(Reading(text, (*notes, SOURCE), words))
        if len(out) >= CANDIDATES:
            break
    return out


def _said_clearly(ps: list[Piece], optional: list[bool]) -> bool:
    """Whether a name says enough for a listed name's word to go unsaid: two words before its last (its head noun),
    a country word aside, or one that reads one way only (the analyser's word, characters, a Hangul word of one
    spelling in characters: 교도 is 敎導 guidance or 敎徒 believers, and 교도국 a prisons bureau, no ORGANIZATION AND
    GUIDANCE DEPARTMENT)."""
    said = [p for p, opt in zip(ps[:-1], optional[:-1], strict=True) if not opt]
    return len(said) >= 2 or all(p.kind == "vocab" or all(is_han(c) for c in p.text) or len(p.heads) <= 1
                                 for p in said)


def _one_unsaid(t: Translator, ps: list[Piece], opts: list[list[tuple[str, str]]], carrying: list[dict[int, int]],
                common: set[int]) -> list[Reading]:
    """The one reading, if only one, of a listed name whose every word but one qualifier is read (see above)."""
    english = cedict.english_words()
    found: dict[str, Reading] = {}
    for k in common:
        listed = [w for w in t.body_names[k].split() if w not in _STOP]
        chosen = [(i, opts[i][carrying[i][k]]) for i in range(len(ps)) if k in carrying[i]]
        put = [w for _, (e, _n) in chosen for w in e.split()]
        left = [j for j, w in enumerate(listed) if w not in put and w not in _COUNTRY]
        if len(left) != 1 or left[0] == len(listed) - 1 or listed[left[0]] not in english \
                or len(set(put)) < len(put):
            continue
        if not any(w not in _COUNTRY and w != listed[-1] for w in put):
            continue  # a country and a head noun say nothing of which body (韓国銀行, Korea bank: no KOREA TRADING BANK)
        word = listed[left[0]]
        # the word supplied before the first word put in that follows it in the listed name
        after = next((w for w in listed[left[0] + 1:] if w in put), None)
        at = put.index(after) if after is not None else len(put)
        text = " ".join([*put[:at], word, *put[at:]])
        notes = tuple(n for _, (_e, n) in chosen if n)
        words = tuple(w for i, (e, _n) in chosen if ps[i].kind != "latin" for w in e.split())
        found.setdefault(text, Reading(text, (*notes, f"{UNSAID}: {word}", SOURCE), (*words, word)))
        if len(found) > 1:
            return []  # two listed bodies' names (or two ways) read so: no telling which the name means
    return list(found.values())
