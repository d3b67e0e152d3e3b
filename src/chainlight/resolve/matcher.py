"""The Matcher: a watchlist merged across lists, indexed, and scored with match_v7 (v6 to v1 on request)."""

from __future__ import annotations

import pickle
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cached_property, lru_cache
from itertools import chain, pairwise
from pathlib import Path
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from chainlight.errors import InputError
from chainlight.model.entity import Entity
from chainlight.resolve import (
    aligned,
    cantonese,
    cedict,
    confirmed,
    european,
    foreign_names,
    hanzi,
    jmdict,
    kana,
    lexicon,
    loanwords,
    lookalikes,
    readings,
    scorers,
    several,
    ship_names,
    vietnamese,
    written,
)
from chainlight.resolve import spans as whole_spans
from chainlight.resolve.chinese_in_hangul import wade_giles_runs
from chainlight.resolve.forked import can_fork, fork_map, spans
from chainlight.resolve.hangul import popular_person
from chainlight.resolve.hanja_reading import SOURCE as HANJA_SOURCE
from chainlight.resolve.hanja_reading import korean_reading
from chainlight.resolve.index import NameIndex, sketch
from chainlight.resolve.listed import Listed, ListedTable
from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v1.scorer import raised_at_most
from chainlight.resolve.match_v7 import scorer
from chainlight.resolve.normalize import MAX_NAME_CHARS, fold, has_hangul_or_han, is_han, is_hangul
from chainlight.resolve.rendering import Analysis, render_name
from chainlight.resolve.translation import DICTIONARIES, Translator, names_in_korean
from chainlight.resolve.types import Match, Query
from chainlight.resolve.versions import keys_id, verdict_keys
from chainlight.resolve.written import SHIP_MARK_HOW, query_readings, written_forms
from chainlight.settings import get_settings

SCORERS = tuple(scorers.REGISTRY)  # the default first
# Names per query that reach the detailed scorer: the index's rarity-weighted key overlap ranks the true
# name in its first dozen nearly always; each further candidate costs a full feature comparison.
CANDIDATES = 12
FULLY_SCORED = 2  # of those, how many the detailed scorer sees (3 gave the same F1 at 100k and a lower one at 1M)
_LATIN = re.compile("[A-Za-z]")
AS_WRITTEN = 0.5  # in the shortlist, the names as written beside their skeletons (see _shortlist)
CANDIDATE_SHARE = 0.4  # candidates with less than this share of the best one's key weight are not scored
PARALLEL_FROM = 200
IMO_DIGITS = 7  # an IMO ship number: seven digits
SKIP_MARGIN = 0.001  # a candidate goes unscored only this far under the score asked for (scores are rounded)
CHUNK = 100  # queries per forked task
CACHED_BUILD_NAMES = 100_000
# Bump when the saved layout or anything a saved index depends on (keys, skeletons) changes.
SAVE_FORMAT = "chainlight-matcher-17"  # 17: the vessels' IMO numbers kept (Matcher._imo); 5: bracketed names also indexed without the bracket; 6: list words;
# 7: names closing with their country ("... OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA") also indexed without;
# 8: entries tied to Korea, China or Japan marked (listed.east_asian); 9: ... and to a North Korea programme;
# 10: the bodies' names kept by the translator, which ranks a word's senses by them; 11: the words of East Asian
# bodies' names kept by the translator, which reads Hangul by their sound; 12: a Chinese firm's name opening with
# its city also indexed without it (written.without_city); 13: ... and one closing with its parent body's acronym
# (OF KPA) without it (written.without_owner); 14: persons' names in Wade-Giles kept by the translator
# (chinese_in_hangul.wade_giles_runs: TSANG, Yung Yuan read from 창융위안); 15: whether the lists place an entry
# outside Korea, China, Japan and Russia (listed.ties, listed.elsewhere); 16: a name's "of KOREA" kept when more
# follows the country (written.without_owner: no WORKERS' PARTY for the party's CENTRAL MILITARY COMMISSION)




class Alternative(NamedTuple):
    """Another reading of a query name, and what a listed name it finds must bear out."""

    text: str
    how: str  # how it was read, for the explanation
    words: tuple[str, ...] = ()  # the words a translation put in: the listed name must carry them
    spelled: tuple[str, ...] = ()  # loanwords spelt back: the listed name must carry their sounds
    own_name: bool = False  # the firm's own name translated: only a body the lists tie to Korea, China, Japan


# An aircraft's registration: its state's nationality mark (one or two letters, or a digit and a letter: P for the
# DPRK, HL, 9H) and its own mark after a hyphen, which documents write with any dash (P−552, a minus sign); OFAC
# lists Air Koryo's aircraft by it (P-552, "Aircraft Model T154-B; Aircraft Operator Air Koryo").
# Russian text types the mark with the Cyrillic capitals drawn like it (Р-885 with Cyrillic Р for P-885), which
# a transliteration would make another letter (R): they are read as the Latin letters they look like.
_LOOKS_LATIN = str.maketrans("АВЕКМНОРСТХУ", "ABEKMHOPCTXY")
_REGISTRATION_MARK = re.compile(r"(?<![A-Za-z0-9\u0400-\u04ff])([A-ZАВЕКМНОРСТХУ]{1,2}|[0-9][A-ZАВЕКМНОРСТХУ])"
                                r"[-\u2010-\u2015\u2212\uff0d]([0-9]{2,5}|[A-Z0-9]{3,5})(?![A-Za-z0-9\u0400-\u04ff])")
_REGISTRATION = "an aircraft's registration read alone"
# readings only a vessel answers: a ship's name without its mark (written.py) or its type (ship_names.py)
_SHIP_ONLY = (SHIP_MARK_HOW, ship_names.TYPED_HOW)


def registrations(name: str) -> list[str]:
    """The aircraft registrations a name writes beside other words (Tu154B(P−552) -> P-552; IL62M (P-881)), the
    dash as the lists write it and the mark in Latin letters (Р-885 in Cyrillic -> P-885); none for a name that is
    a registration alone as the lists write it (it is matched as written)."""
    found = [f"{m.group(1).translate(_LOOKS_LATIN)}-{m.group(2)}" for m in _REGISTRATION_MARK.finditer(name)]
    rest = _REGISTRATION_MARK.sub(" ", name).strip(" ()（）")
    return [r for r in dict.fromkeys(found) if rest or r != name.strip()]


_HIRAGANA_RUN = re.compile("[\u3041-\u309f]{2,}")
_IN_CHARACTERS = "hiragana read as the Sino-Japanese words they spell"


def in_characters(name: str) -> list[str]:
    """The name with its words in hiragana written in the characters JMdict gives their reading (the commonest
    first): Japanese pages write a Sino-Japanese word in kana for a reader (コリョこうくう, Air Koryo's name read
    aloud: こうくう is 航空 aviation, or 高空, 口腔), and the characters carry the senses the lists' words are
    chosen from.  One run of hiragana: each of its spellings; several: the first spelling of each."""
    runs = list(_HIRAGANA_RUN.finditer(name))
    if not runs:
        return []
    spellings = [jmdict.spelled_in_characters(r.group()) for r in runs]
    if len(runs) == 1:
        r = runs[0]
        return [f"{name[:r.start()]}{k}{name[r.end():]}" for k in spellings[0]]
    if not all(spellings):
        return []
    text = name
    for r, ks in sorted(zip(runs, spellings, strict=True), key=lambda x: -x[0].start()):
        text = f"{text[:r.start()]}{ks[0]}{text[r.end():]}"
    return [text]


SURE = 0.999  # a score at which the name as written needs no other reading
MAX_READINGS = 40  # other readings of one query name scored at most (each is one more search of the index)
LEXICON_READINGS = 4  # the learned lexicon's readings of a name, beyond MAX_READINGS


TRANSLATED = 0.95  # a match found through a dictionary translation: the translation may be the wrong sense
HEARD_NAMES = 3  # listed vessels' names a ship's name is heard as, at most
HEARD = 0.9  # a vessel whose name a ship's name sounds as (ship_names.py), a vowel apart at most: not as written
POPULAR_SPELLING = "a person's name in the popular spelling (Revised Romanization, eo written u)"
# a listed name standing whole among running words (spans.py): the span is scored as the name, the words around it
# are the sentence's, not a mismatch; under 1, as a span is found by its edges, which a sentence may misplace
SPAN = 0.9
UNSAID = 0.9  # a body's name translated word by word with one word of the listed name supplied (aligned.py): not said


def _carries(listed_name: str, words: tuple[str, ...]) -> bool:
    """Whether a listed name carries every word a translation put in, read as the analyser reads both
    (trade and trading are one word; a word the list writes in two, DONG FENG for dongfeng, is carried too):
    용봉 translated "phoenix" must not find FENIKS by its sound."""
    have: set[str] = set()
    for r in render_name(listed_name).renderings:
        texts = [t.text for t in r]
        have.update(texts)
        have.update(a + b for a, b in pairwise(texts))
    forms = [{t.text for r in render_name(w).renderings for t in r} for w in words]
    # ... and two translated words the list writes as one (银星 silver star, YANBIAN SILVERSTAR)
    joined = [{a + b for a in x for b in y} & have for x, y in pairwise(forms)]
    return all(f & have or (k and joined[k - 1]) or (k < len(joined) and joined[k])
               for k, f in enumerate(forms))


def _sounds_carried(listed_name: str, spelled: tuple[str, ...]) -> bool:
    """Whether a listed name has, for each loanword spelt back in Latin letters, a word (or two written as one)
    whose consonants a Hangul spelling would keep so (loanwords.sounds_alike): 게페스트 gepest is GEFEST-M LLC,
    not GEFESD LTD, as the orthography writes t and d apart."""
    words = re.findall(r"[a-z]+", fold(listed_name).lower())
    have = words + [a + b for a, b in pairwise(words)]
    return all(any(loanwords.sounds_alike(s, w) for w in have) for s in spelled)


SOUTH_KOREA, NORTH_KOREA = "kr", "kp"
_FOREIGN_SOUND = "katakana read by foreign sound"  # kana.readings' note for a reading with Japanese vowels off
ONE_KATAKANA_WORD = 0.6  # a person's name of several parts, found for a query of one katakana word
# a person's name of which one of two names written X(Y) (written.two_names: a renamed ship's new and old name)
# is only a part: 룡림 read alone is no RIM Yong Hyok, the bracket being no given name
PART_OF_TWO_NAMES = 0.6
# a listed vessel whose name the query writes with another number after it (Hao Fan 6 for HAO FAN 2): another hull
ANOTHER_HULL = 0.6
# a reading in Korean of characters that are a common word (金属 metal, read 김속): no person's name
_A_WORD_NOT_A_PERSON = "a common word (CC-CEDICT / JMdict), no person's name"


_LEARNED = "read by the learned lexicon"


def _accounts_for(reading: str, listed_name: str) -> bool:
    """Whether a reading carries every word of a listed name but its legal forms and function words (고려 air is AIR
    KORYO, not AIR KORYO TRADING CORPORATION): the learned lexicon's words are evidence for a name only whole."""
    words = tuple(w for w in re.findall(r"[a-z0-9]+", fold(listed_name).lower())
                  if w not in _FUNCTION_WORDS and not _legal_form(w))
    return _carries(reading, words)


_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in"})


def _one_katakana_word(name: str) -> bool:
    """Whether a name is one word of katakana: Japanese writes a foreign person's name parts apart (リ・ホナム,
    Ri Ho Nam), so such a word names a body or a ship (ヘジン, Haejin), never a person of surname and given name."""
    text = name.strip()
    return bool(text) and kana.has_katakana(text) and all("\u30a0" <= c <= "\u30ff" and c not in "・゠" for c in text)


def _one_hangul_word(name: str) -> bool:
    """Whether a name is one word of Hangul syllables (마리아, 정은): a person's full name so written is the
    whole of a listed person's name; one that is only a part of it (a given name alone) is no person's name."""
    text = name.strip()
    return bool(text) and all(0xAC00 <= ord(c) <= 0xD7A3 for c in text)


def _scaled(m: Match, factor: float, feature: str, threshold: float, why: str = "") -> Match:
    """A match's score times a factor of at most 1 that a reading rule gives it: the match flag taken again
    against the threshold, the factor kept as the feature's part (factor - 1) and the rule said in the
    explanation (`why`, with the factor after it)."""
    m.score = round(m.score * factor, 4)
    m.match = m.score >= threshold
    m.features = {**m.features, feature: round(factor - 1.0, 4)}
    if why:
        m.explanation = f"{m.explanation}; {why} (x{factor})"
    return m


def _part_of_a_person(m: Match, threshold: float) -> Match:
    return _scaled(m, ONE_KATAKANA_WORD, "one_hangul_word", threshold,
                   "one Hangul word that is a part of this person's name only, no full name")


def _not_a_full_name(m: Match, threshold: float) -> Match:
    return _scaled(m, ONE_KATAKANA_WORD, "one_katakana_word", threshold,
                   "one katakana word, no person's name of several parts")


def _one_transliterated_word(name: str) -> bool:
    """Whether a name is one word of Xinhua's transliteration characters, no middle dot (玛丽亚 Maria): Chinese
    writes a foreign person's names apart with a dot (玛丽亚·祖耶娃), so such a word alone is one of them at most."""
    text = hanzi.simplified(name.strip())
    return len(text) >= 2 and all(c in foreign_names.TRANSLITERATION_CHARS for c in text)


def _given_name_only(m: Match) -> bool:
    """A listed person (SURNAME, Given names) met by the given names alone: no word of the query's reading is
    spelt like the surname (玛丽亚 maliya against ZUEVA, Mariya Evgenevna)."""
    if m.schema != "Person" or "," not in m.matched_name or m.features.get("person_subset", 0.0) <= 0:
        return False
    keys = _keys_of(m)
    if keys is None:
        return False
    surname = _A_WORD.findall(fold(m.matched_name.split(",", 1)[0]).lower())
    return bool(surname) and not any(fuzz.ratio(w, q) >= 80 for w in surname for q in keys[0])


def _a_given_name_alone(m: Match, threshold: float) -> Match:
    return _scaled(m, ONE_KATAKANA_WORD, "given_name_alone", threshold,
                   "one word of transliteration characters that is this person's given name alone, no surname")


# A person's name in characters is written alike by Chinese and by Korean (吳勇浩 is WU Yonghao read in
# Mandarin and O Yong Ho read in Korean, two listed persons): its Korean reading is not a guess to try only when
# the Mandarin one fails, but a reading of equal standing, and both persons are returned, above the threshold
# each, for the analyst to tell apart by what the document says of them (at an equal score, the one the lists tie
# to North Korea first).
_READ_IN_KOREAN = "read in Korean"
_PERSON_IN_HANZI = "hanzi->pinyin (person)"  # rendering's note for a name in characters read as a person's


A_COMMON_WORD = 0.6  # a body found only by the Korean reading of a common Chinese or Japanese word standing alone


def _common_word_in_characters(name: str) -> bool:
    """The name is, whole, a common word in characters (CC-CEDICT or JMdict has it, and neither as a proper
    name): 白雪 (white snow, a Japanese sake) is that word in a Chinese or Japanese document, not PAEKSOL TRADING
    CORPORATION, whose own name it is when read in Korean; 千里馬 (JMdict: Chollima, a name) is not one."""
    text = name.strip()
    if not cantonese.is_person_in_characters(text):
        return False
    entries = [e for e in (cedict.lookup(hanzi.simplified(text)), cedict.lookup(text), jmdict.lookup(text)) if e]
    return bool(entries) and not any(e.named for e in entries)


def _more_than_its_own_name(listed: str) -> bool:
    """The listed name has words beyond one own word, legal forms aside (PAEKSOL TRADING CORPORATION)."""
    return len(_without_legal_forms(listed).split()) > 1


def _a_common_word(m: Match, threshold: float) -> Match:
    return _scaled(m, A_COMMON_WORD, "a_common_word", threshold, "a common word in characters alone "
                   "(CC-CEDICT / JMdict), which names the body only in Korean reading")


def _a_part_only(m: Match, ship: bool) -> bool:
    """For a query written as two names X(Y): the match reads one of them as a part of a person's name only,
    or, when neither holds a body's word (회사, 해운, 무역: a ship's two names), a firm whose listed name says more
    than the name read (CHONGBONG SHIPPING CO LTD for 청봉, the ship CHONG BONG's namesake at most)."""
    if m.schema == "Person":
        return m.features.get("person_subset", 0.0) > 0
    return ship and m.schema not in _NOT_BODIES and _more_than_its_own_name(m.matched_name)


def _part_of_two_names(m: Match, threshold: float) -> Match:
    what = ("a part of this person's name only: the bracket is another name of the same thing, no given name"
            if m.schema == "Person" else "a ship's name (no body's word in either), and this body's name says more")
    return _scaled(m, PART_OF_TWO_NAMES, "part_of_two_names", threshold, f"one of two names written X(Y) is {what}")


def _a_korean_word(m: Match, head: str, threshold: float) -> Match:
    return _scaled(m, lookalikes.A_KOREAN_WORD, "a_korean_word", threshold,
                   f"a common word alone in Hangul ({head}, {DICTIONARIES}), which names no body whose listed name "
                   "says more")


# A name in Hangul, characters or kana meets a listed name in Latin letters only through a reading: its sound
# transcribed or its words translated.  Documents about North Korea write so the bodies of its region and of its
# trade with Russia, which the lists tie to them (a North Korea or Russia programme, an East Asian or Russian
# country); a reading that meets a body the lists place elsewhere (listed.elsewhere) meets a namesake (人民軍, the
# Korean People's Army, read PEOPLE'S ARMY, is no JAYSH AL-SHA'BI, Syria's people's army; 푸마, a ship's false name,
# no PUMA SECURITY COMPANY of the Balkans).  Such a match is kept under the threshold, for the analyst to see, and
# no reading stops at it.
ELSEWHERE_MARGIN = 0.01  # how far under the threshold such a match is put
_EAST_ASIAN_SCRIPT = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
                                "\uac00-\ud7a3\uf900-\ufaff\uff66-\uff9f]")
_ELSEWHERE = ("written in Hangul, characters or kana, met only through a reading (transcribed or translated), "
              "and the lists place the body elsewhere (another country, or programmes none of which is a North "
              "Korea, Russia, NPWMD or CYBER one): another country's namesake, kept under the threshold")


def _in_east_asian_script(name: str) -> bool:
    """The name is written in Hangul, characters or kana, and has no Latin letter (코폴(KORPOL)해운 has)."""
    return bool(_EAST_ASIAN_SCRIPT.search(name)) and not _LATIN.search(name)


TIED = 0.0  # how far under the first body's score another body is taken to tie with it (scores are rounded)
TIED_MARGIN = 0.01  # ... and how far under the threshold the tied bodies are put
_TIED = "ambiguous: another listed body scores as high"


def _lists_of(m: Match) -> frozenset[str]:
    return frozenset(s.split(":", 1)[0] for s in m.source_ids)


def _one_body(a: Match, b: Match) -> bool:
    """Two answers that are one body the lists left unmerged: one list's entry and the other list's, named alike
    (the OFAC and the UN entry of one body, where the store's join missed them)."""
    return not (_lists_of(a) & _lists_of(b)) and (fold(a.entity_name) == fold(b.entity_name)
                                                  or fold(a.matched_name) == fold(b.matched_name))


_NOT_BODIES_TIED = frozenset({"Person", "Vessel"})  # namesakes a name alone cannot tell apart, a ship and its firm


def _numbered(ranked: list[Match]) -> list[Match]:
    """The matches' ranks set to their order (1 first), after a re-ordering."""
    for rank, m in enumerate(ranked, start=1):
        m.rank = rank
    return ranked


def _one_of_two_bodies(found: list[Match], threshold: float) -> list[Match]:
    """The first answer above the threshold and another body scoring as high (within TIED) are no answer but a
    question: the name reads both alike (보위부 is the MINISTRY OF STATE SECURITY's and the MINISTRY OF PEOPLE'S
    SECURITY's word security with a ministry), and which of them is first would be the order of the lists' ids.
    The answers are put under the threshold by one factor, which keeps their order, the reason said; namesake
    persons (two listed KIM Yong Chol, whom a name alone cannot tell apart and both of whom are answers), a vessel
    and a firm of one name (the ship KOTI and KOTI CORP) and one body's entries on two lists are no such tie."""
    if len(found) < 2 or not found[0].match:
        return found
    top = found[0]
    tied = [m for m in found[1:] if m.score >= top.score - TIED]
    if top.schema in _NOT_BODIES_TIED or all(m.schema in _NOT_BODIES_TIED or _one_body(top, m) for m in tied):
        return found
    factor = (threshold - TIED_MARGIN) / top.score
    why = f"{_TIED}: {top.entity_name} and {', '.join(m.entity_name for m in tied)}"
    for m in found:
        _scaled(m, factor, "tied_bodies", threshold)
        m.explanation = f"{m.explanation}; {why} (x{factor:.2f})"
    return found


NEAR_TIE = 0.01  # how far under the first body another body is taken to be near enough for the words to decide
_KEYS = re.compile(r"via key '([^']*)' / '([^']*)'")
_A_WORD = re.compile(r"[a-z0-9]+")


def _keys_of(m: Match) -> tuple[set[str], set[str]] | None:
    """The words of the query's reading and of the listed name as the scorer compared them (its explanation's
    keys), or None when it names none."""
    k = _KEYS.search(m.explanation)
    if k is None:
        return None
    return set(_A_WORD.findall(k.group(1))), set(_A_WORD.findall(k.group(2)))


def _decided_by_words(a: Match, b: Match) -> int:
    """Of two listed bodies a name reads nearly alike, the one the name's own words choose: 1 for a, 2 for b, 0
    when they do not.  Each body's words that the other's name lacks (AZIA SHIPPING HOLDINGS LIMITED: holdings,
    limited; AZIA SHIPPING COMPANY: company) are looked for among the words the name was read as (아지아 해운회사:
    ajia shipping company, 회사 being company): the body of which the name says such a word, the other's being
    unsaid, is the one written; failing that, a body none of whose own words is unsaid before one with an unsaid
    word (고려은행: KORYO BANK, not KORYO COMMERCIAL BANK)."""
    ka, kb = _keys_of(a), _keys_of(b)
    if ka is None or kb is None:
        return 0
    said = ka[0] | kb[0]
    # (a word of one or two letters is a syllable a reading cut off, 'a zia' for AZIA, or an initial: no evidence)
    only_a = {w for w in ka[1] - kb[1] if len(w) > 2}
    only_b = {w for w in kb[1] - ka[1] if len(w) > 2}
    said_a, said_b = bool(only_a & said), bool(only_b & said)
    if said_a != said_b:
        return 1 if said_a else 2
    if said_a:
        return 0
    unsaid_a, unsaid_b = bool(only_a - said), bool(only_b - said)
    if unsaid_a != unsaid_b:
        return 2 if unsaid_a else 1
    return 0


def _near_tie_by_words(found: list[Match], threshold: float) -> list[Match]:
    """The first answer above the threshold and another body scoring nearly as high (within NEAR_TIE: two
    readings of one name, each finding one body, can part by a rounding's width, 0.9782 against 0.9781) are put
    in the order the name's words decide (_decided_by_words): the body the name's words choose first, the other
    put just under it, the reason said.  Persons and vessels (namesakes, a ship and its firm) and one body's two
    lists' entries are left as they are; so are two bodies the words do not decide (an exact tie is
    _one_of_two_bodies's)."""
    if len(found) < 2 or not found[0].match:
        return found
    top = found[0]
    if top.schema in _NOT_BODIES_TIED:
        return found
    for m in found[1:]:
        if m.score < top.score - NEAR_TIE:
            break
        if m.schema in _NOT_BODIES_TIED or _one_body(top, m) or m.score >= top.score:
            continue
        if _decided_by_words(top, m) == 2:
            factor = max(m.score - 0.0001, 0.0) / top.score
            _scaled(top, factor, "near_tie_words", threshold,
                    f"nearly tied with {m.entity_name}, whose own words the name writes where this body's are "
                    "unsaid: the name's words decide")
            ranked = sorted(found, key=lambda x: -x.score)
            for rank, x in enumerate(ranked, start=1):
                x.rank = rank
            return ranked
    return found


SHARED_SEEN = 3  # matches looked at for a one-word name spelt back, to see whether several people bear it
SHARED_NAME = 0.8  # ... and the factor on each when they do: a surname alone names none of them
SHARED_MARGIN = 0.01  # ... and how far under the threshold the best of them is put at least


def _shared_surname(found: list[Match], threshold: float) -> list[Match]:
    """A one-word name spelt back (Kozlov) that two listed persons or more bear above the threshold names
    none of them: each such match is scaled below it (x SHARED_NAME).  A rarer surname borne by one
    listed person (Mkrtychev) keeps its score."""
    people = [m for m in found if m.schema == "Person" and m.score >= threshold]
    if len(people) < 2:
        return found
    # one factor for all keeps their order; the best of them is brought under the threshold at least
    factor = min(SHARED_NAME, (threshold - SHARED_MARGIN) / max(m.score for m in people))
    for m in people:
        _scaled(m, factor, "shared_surname", threshold)
        m.explanation = f"{m.explanation}; a surname alone, borne by {len(people)} listed persons (x{factor:.2f})"
    return sorted(found, key=lambda m: (-m.score, m.entity_id))


@lru_cache(maxsize=4096)
def _named_for_a_chinese_city(caption: str) -> bool:
    """A listed body whose name opens with a Chinese city (DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD) is a
    Chinese firm, though the list gives it no address and no North Korea programme (OFAC's NPWMD alone)."""
    words = caption.split()
    return len(words) > 1 and caption.isascii() and words[0].lower() in cedict.chinese_cities()


def _match_chunk(m: Matcher, chunk: tuple[list[Query], int, float]) -> list[list[Match]]:
    qs, limit, at_least = chunk
    return [m.match(q, limit, at_least) for q in qs]


# weak aliases ("a.k.a." of low quality on OFAC) still count, a little less than a full name
KIND_FACTOR = {"weak_alias": 0.95}
NOT_A_PERSON = 0.7  # a query that names a body, against a listed person (as match_v5's reading rule, x0.7)
_NOT_BODIES = frozenset({"Person", "Vessel"})  # or a listed ship
OTHER_ACRONYM = 0.7  # a short acronym against another one a letter or two away
OTHER_SYLLABLE = 0.7  # a name in characters whose pinyin has a syllable the listed name lacks
_HAN_ONLY = frozenset({"han"})
_ACRONYM = re.compile(r"^[A-Z0-9&]{2,6}$")


def _other_acronym(query: str, listed: str) -> bool:
    """Both names are one short acronym in capitals, legal forms aside (USC LTD, JSC USC), and not the same
    one: USK is no USC LTD."""
    q = _without_legal_forms(query)
    if not _ACRONYM.match(q):
        return False  # most queries: the listed name is not read (each word's analysis, for every candidate)
    c = _without_legal_forms(listed)
    return bool(_ACRONYM.match(c)) and q != c


@lru_cache(maxsize=8192)  # asked again for the query's name with each candidate, and for common list names
def _without_legal_forms(name: str) -> str:
    words = name.strip().replace(".", "").split()
    if len(words) < 2:
        return " ".join(words)
    kept = [w for w in words if not _legal_form(w)]
    return " ".join(kept) if kept else " ".join(words)


def _legal_form(word: str) -> bool:
    read = render_name(word).renderings
    return bool(read) and all(r and all(t.cls == "legal" for t in r) for r in read)
_BODY_WORDS = frozenset({"industry", "generic", "legal"})
OTHER_KIND = 0.7  # two bodies' names that say they are different kinds of body (a bank, a committee, a firm)
# The vocabulary's words for what kind of body a name names, in groups whose words the lists and translations
# use for one another (위원회 is a committee or a commission, 국 a bureau or an administration); a trade
# (mining, shipping) says what a firm does, not what it is, and is match_v4's trade rule
BODY_KINDS = {
    "bank": "bank",
    **dict.fromkeys(("committee", "council"), "committee"),  # commission is read as committee (vocab)
    # (not office or agency: a firm has a representative office, a shipping agency is a firm)
    **dict.fromkeys(("ministry", "department", "bureau", "administration"), "office"),
    **dict.fromkeys(("institute", "academy", "university", "centre"), "institute"),
    **dict.fromkeys(("association", "society", "foundation", "organization"), "association"),
    "group": "group",  # a group of companies (대성그룹, Daesung Group) is not one firm of its name
}


MORE_SYLLABLES = 0.8  # a name in Hangul or characters with more syllables than the listed person's name has
_VOWELS = re.compile(r"[aeiouyw]+")


def _syllables_unaccounted(query: str, listed: str) -> bool:
    """The query is written in Hangul or characters, one syllable a character, and has more of them than the
    listed person's romanized name has syllables (vowel groups: Kim Jong Un 3, ZHANG Xiangyuan 3): 青松建化
    (청송건화, a Chinese cement maker) is no JONG Song Hwa.  Korean and Chinese names have no middle names."""
    text = query.replace(" ", "")
    if not text or not all(is_hangul(c) or is_han(c) for c in text):
        return False
    latin = fold(listed)
    if not latin.isascii() or not latin.strip():
        return False
    return len(text) > sum(len(_VOWELS.findall(w)) for w in re.split(r"[\s\-']+", latin) if w)


def _kinds_of_body(a: Analysis) -> set[str]:
    return {BODY_KINDS[t.text] for r in a.renderings for t in r if t.cls in ("industry", "generic")
            and t.text in BODY_KINDS}


def _other_kind(qa: Analysis, ca: Analysis) -> bool:
    """The query says what kind of body it names (은행 bank, 위원회 committee, 그룹 group) and the listed name says
    it is another kind, or a firm (a legal form or a trade, and no kind): 창광신용은행 (a bank) is not CHANGGWANG
    SINYONG CORPORATION, nor 국가 progress 위원회 (a committee) PROGRESS AO.  A listed name of its own words
    alone may be a body written in passing (KORYO for KORYO BANK) and says nothing."""
    asked = _kinds_of_body(qa)
    listed = _kinds_of_body(ca)
    if asked == {"group"} and _named_for_a_chinese_city(ca.original):
        # a Chinese firm names itself and its subsidiaries a group (丹東鴻祥集團, 鸿祥集团 for DANDONG HONGXIANG
        # INDUSTRIAL DEVELOPMENT CO LTD): the group is the firm, where a Korean 그룹 is a conglomerate
        return False
    if not asked:
        # ... and the other way: a firm of a trade (고려무역, Koryo Trading) is not the bank of its name (KORYO
        # COMMERCIAL BANK, whose trade word says what kind of bank it is).  Only a bank: every language names
        # a bank a bank (은행, 銀行), where a ministry or a group may be written otherwise (省, 総会社).  A firm's
        # legal form says so too: 주식회사 동방 (Dongbang Co., Ltd., a South Korean firm) is no Dongbang Bank (BANK
        # OF EAST LAND) — a bank, whatever its legal form, writes that it is one
        return listed == {"bank"} and any(t.cls in ("industry", "legal") and t.text not in BODY_KINDS
                                          for r in qa.renderings for t in r)
    if listed:
        return not asked & listed
    # a firm: a legal form or a trade (Daesong Trading, a listed alias, is no Daesung Group)
    return any(t.cls in ("legal", "industry") for r in ca.renderings for t in r)


def _names_a_body(qa: Analysis) -> bool:
    """Every rendering of the name has a word of an organisation's name: a trade, a generic word or a legal
    form (the vocabulary's classes), as 청송련합 has 련합 = united."""
    return bool(qa.renderings) and all(any(t.cls in _BODY_WORDS for t in r) for r in qa.renderings)


class Matcher:
    def __init__(self, entities: Iterable[Entity], threshold: float | None = None, *,
                 scorer: str = scorer.NAME) -> None:
        scorers.get(scorer)  # an unknown name is refused here, with the known ones
        self.scorer = scorer
        self.threshold = get_settings().match_threshold if threshold is None else threshold
        self.keys = keys_id()  # the key-building the index is made with; with the scorer, a verdict's version
        # Entries are read one at a time into compact columns (listed.py) and their names into the index;
        # no Entity object is kept, so a caller passing a generator never holds the whole list.
        self.resolved = ListedTable()
        self.index = NameIndex()
        self._kinds: list[str] = []
        read: Callable[[str], Analysis] = render_name
        words: Counter[str] = Counter()  # the words listed names are written with: what a sound may become
        body_words: Counter[str] = Counter()  # ... and of bodies' names, what a dictionary sense may become
        body_names: dict[str, None] = {}  # ... and those names whole, by which a word's senses are ranked
        own_words: dict[str, None] = {}  # ... and the words of East Asian bodies' names, which Hangul may spell
        person_names: dict[str, None] = {}  # ... and persons' names, whose Wade-Giles runs Hangul may spell
        self._imo: dict[str, int] = {}  # a vessel's IMO number (the lists' identifiers) -> its entry
        for e in entities:
            number = self.resolved.add(e, e.caption)
            for ident in e.identifiers:
                if ident.kind == "imo" and len(digits := re.sub(r"\D", "", ident.value)) == IMO_DIGITS:
                    self._imo.setdefault(digits, number)
            seen: set[str] = set()
            for n in written_forms(e.names):
                if n.value in seen:
                    continue
                seen.add(n.value)
                if len(self.index) == CACHED_BUILD_NAMES:
                    # a list larger than render_name()'s cache would only churn it (and hold ~2 kB per name):
                    # the rest is analysed uncached; a query's few candidates are analysed again when scored
                    read = render_name.__wrapped__
                a = read(n.value)
                self.resolved.add_merge_key(number, e, n.kind, a)
                if not a.empty:
                    self.index.add(n.value, number, a)
                    self._kinds.append(n.kind)
                    words.update(fold(n.value).split())
                    if e.schema == "Person":
                        person_names[fold(n.value)] = None
                    else:
                        body_words.update(fold(n.value).split())
                        body_names[fold(n.value)] = None
                        if self.resolved.east_asian(number):
                            own_words.update(dict.fromkeys(fold(n.value).split()))
        if len(self.index) > CACHED_BUILD_NAMES:
            render_name.cache_clear()  # the cache holds the first names' analyses (~2 kB each): free it for the sort
        lead_of = self.resolved.merge()
        self._imo = {imo: lead_of.get(n, n) for imo, n in self._imo.items()}
        if lead_of:  # the names of a merged body's other members now point to the body
            for i, owner in enumerate(self.index.owner):
                if owner in lead_of:
                    self.index.owner[i] = lead_of[owner]
        self.index.freeze()
        self.resolved.pack()
        self.translator = Translator(words, body_words, body_names, own_words,
                                     wade_giles_runs([*body_names, *person_names]))

    def save(self, path: str | Path) -> None:
        """Write the built matcher (index arrays, compact watchlist, scorer, threshold) to one file, so that
        a large list is analysed once and screened many times.  Read it back with Matcher.load."""
        if not self.index._frozen:
            self.index.freeze()
        with open(path, "wb") as f:
            pickle.dump((SAVE_FORMAT, self), f, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def load(cls, path: str | Path) -> Matcher:
        """A matcher written by save().  The file is a pickle: load only files this program wrote."""
        try:
            with open(path, "rb") as f:
                fmt, m = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError) as exc:
            raise InputError(str(path), f"not a saved chainlight matcher: {exc}") from exc
        if fmt != SAVE_FORMAT or not isinstance(m, cls):
            raise InputError(str(path), f"saved matcher format {fmt!r}, this chainlight reads {SAVE_FORMAT!r}")
        if m.keys != keys_id():
            # names this code would find through its keys could be missing from the saved index's postings
            raise InputError(str(path), f"the saved index was built with keys {m.keys}, this chainlight builds "
                                        f"{keys_id()}: build it again from the lists")
        return m

    # a name analysts tied to a listed body (confirmed.py) is answered with it first; off for a measure that must
    # see the readings alone (benchmarks/resolve/realworld/loso.py --no-confirmed).  A class default, so that a
    # matcher saved before it existed has it too.
    use_confirmed: bool = True
    # the learned lexicon's reading (lexicon.py); off for a leave-one-set-out measure of the readings without it
    use_lexicon: bool = True

    def match(self, query: Query, limit: int = 5, at_least: float = 0.0) -> list[Match]:
        """The readings' matches (_read), and first, when the name is one analysts have tied to a listed body
        written alike (confirmed.py), that body at 1.0, whatever the readings find."""
        # (two answers at least, so that a body tied with the first is seen whatever the limit asked for)
        found = self._read(query, max(limit, 2), at_least)
        names = several.parts(query.name) if query.name and not (found and found[0].score >= SURE) else []
        if names:  # several names listed in one string: each read alone, the best part's answer (_several)
            found = self._several(query, names, found, max(limit, 2), at_least)
        elif query.name and any(m.schema == "Vessel" for m in found):
            found = self._same_hull(query.name, found)
        hit = self._confirmed(query, found) if self.use_confirmed and query.name else None
        hit = self._by_imo(query) or hit
        if hit is None and self.use_confirmed and query.name and not names:
            found = self._confirmed_in_run(query, found)
        if hit is None:
            return (found if names else _one_of_two_bodies(_near_tie_by_words(found, self.threshold),
                                                            self.threshold))[:limit]
        return _numbered([hit, *(m for m in found if m.entity_id != hit.entity_id)][:limit])

    def _several(self, query: Query, names: list[str], found: list[Match], limit: int,
                 at_least: float) -> list[Match]:
        """The matches of a string that lists several names (several.py: Hao Fan 6, Tong San 2 et Jie Shun): each
        name read alone as any query is, each listed body's best score over the names and the whole string kept; a
        vessel's number is the name's it follows (Hao Fan 6 finds no HAO FAN 2: _same_hull)."""
        def settled(name: str, ms: list[Match]) -> list[Match]:
            # a tie of two bodies is judged within one name; two names' bodies at one score are two parties
            return _one_of_two_bodies(_near_tie_by_words(self._same_hull(name, ms), self.threshold), self.threshold)

        best: dict[str, Match] = {m.entity_id: m for m in settled(query.name or "", found)}
        for name in names:
            for m in settled(name, self._read(replace(query, name=name), limit, at_least)):
                m.query_name = query.name
                m.explanation = f"{several.HOW}: {name}; {m.explanation}"
                if m.entity_id not in best or m.score > best[m.entity_id].score:
                    best[m.entity_id] = m
        return _numbered(sorted(best.values(), key=lambda m: (-m.score, m.entity_id))[:limit])

    def _same_hull(self, name: str, found: list[Match]) -> list[Match]:
        """A listed vessel whose name `name` writes with another number after it scaled under the threshold
        (ship_names.hull_number_disagrees: Hao Fan 7 is no HAO FAN 2), the order taken again."""
        if not any(c.isdigit() for c in name):
            return found
        moved = False
        for m in found:
            if m.schema == "Vessel" and ship_names.hull_number_disagrees(name, m.matched_name or m.entity_name):
                _scaled(m, ANOTHER_HULL, "another_hull", self.threshold,
                        f"the name writes {m.matched_name or m.entity_name}'s words with another number after them: "
                        "another hull")
                moved = True
        return _numbered(sorted(found, key=lambda m: -m.score)) if moved else found

    def _confirmed(self, query: Query, found: list[Match]) -> Match | None:
        """The body a confirmed name is tied to.  Where its ids are two entries of the index (one firm's OFAC and
        UN entries that the store did not join, named apart: SHANGHAI DONGFENG SHPG CO LTD and SHANGHAI DONGFENG
        SHIPPING CO LTD), the one the readings rank first (`found`) is answered, as the name writes it."""
        c = confirmed.lookup(query.name or "")
        if c is None:
            return None
        owners = list(dict.fromkeys(o for o in map(self._confirmed_owner.get, c.ids) if o is not None))
        if not owners:
            return None  # the lists in the store do not hold the body
        order = {m.entity_id: n for n, m in enumerate(found)}
        owner = min(owners, key=lambda o: (order.get(self.resolved[o].id, len(order)), owners.index(o)))
        r = self.resolved[owner]
        if query.schema == "Person" or (query.country and r.countries
                                        and query.country.lower() not in {x.lower() for x in r.countries}):
            return None  # the query says it is another thing, or elsewhere: the judgement was for this body's name
        return Match(
            query_id=query.id, rank=1, entity_id=r.id, entity_name=r.caption, schema=r.schema, score=1.0,
            match=self.threshold <= 1.0, source_ids=r.source_ids, member_ids=r.member_ids, query_name=query.name,
            matched_name=c.name, features={"confirmed_name": 1.0},
            explanation=f"a name analysts tied to {r.caption} in a public document ({c.publisher}: {c.source_url}), "
                        f"written alike (case, spaces, punctuation, simplified/traditional aside): '{c.name}' "
                        f"({confirmed.SOURCE})",
            scorer=self.scorer, keys=verdict_keys(self.keys))

    def _confirmed_in_run(self, query: Query, found: list[Match]) -> list[Match]:
        """The bodies whose confirmed names stand whole inside the name's East Asian running text (spans.py,
        in_running_text: 朝鮮中央銀行 in 朝鮮中央銀行直接受朝鮮政府控制), each at SPAN (a span's edges may be misplaced)
        unless the readings scored it higher, the longest span first; `found` as it was for a name with no Han,
        kana or Hangul run."""
        if query.schema == "Person":
            return found

        looked_up: dict[str, confirmed.Confirmed | None] = {}  # each span looked up once

        def known(text: str) -> str | None:
            c = looked_up[text] = confirmed.lookup(text)
            return None if c is None else text

        inside = whole_spans.in_running_text(query.name or "", known)
        if not inside:
            return found
        best = {m.entity_id: m for m in found}
        order = {m.entity_id: n for n, m in enumerate(found)}
        added = []
        for text, _ in inside:
            c = looked_up[text]
            if c is None:
                continue
            owners = list(dict.fromkeys(o for o in map(self._confirmed_owner.get, c.ids) if o is not None))
            if not owners:
                continue
            owner = min(owners, key=lambda o: (order.get(self.resolved[o].id, len(order)), owners.index(o)))
            r = self.resolved[owner]
            if query.country and r.countries and query.country.lower() not in {x.lower() for x in r.countries}:
                continue
            if r.id in best and best[r.id].score >= SPAN:
                continue
            best[r.id] = Match(
                query_id=query.id, rank=1, entity_id=r.id, entity_name=r.caption, schema=r.schema, score=SPAN,
                match=self.threshold <= SPAN, source_ids=r.source_ids, member_ids=r.member_ids,
                query_name=query.name, matched_name=c.name, features={"confirmed_name": 1.0, "span_in_run": SPAN},
                explanation=f"{whole_spans.HOW_IN_RUN}: '{text}' in '{query.name}' is a name analysts tied to "
                            f"{r.caption} in a public document ({c.publisher}: {c.source_url}), written alike: "
                            f"'{c.name}' ({confirmed.SOURCE})",
                scorer=self.scorer, keys=verdict_keys(self.keys))
            added.append(r.id)
        if not added:
            return found
        first = {e: n for n, e in enumerate(added)}  # a tie at SPAN: the longest span's body first
        return _numbered(sorted(best.values(), key=lambda m: (-m.score, first.get(m.entity_id, len(first)))))

    def _by_imo(self, query: Query) -> Match | None:
        """The vessel whose IMO number the name writes (KUM UN SAN 3 (IMO 8705539), IMO No. 8705539): the number
        is the ship's for its life, whatever it is named, and decides (ship_names.imo_number)."""
        imo = ship_names.imo_number(query.name or "")
        owner = self._imo.get(imo) if imo else None
        if owner is None:
            return None
        r = self.resolved[owner]
        return Match(
            query_id=query.id, rank=1, entity_id=r.id, entity_name=r.caption, schema=r.schema, score=1.0,
            match=self.threshold <= 1.0, source_ids=r.source_ids, member_ids=r.member_ids, query_name=query.name,
            matched_name=r.caption, features={"imo_number": 1.0},
            explanation=f"the IMO number {imo} the name writes is {r.caption}'s in the lists",
            scorer=self.scorer, keys=verdict_keys(self.keys))

    # a matcher saved before the IMO numbers were kept has none (a class default; SAVE_FORMAT 17 rebuilds it)
    _imo: dict[str, int] = {}  # noqa: RUF012

    @cached_property
    def _confirmed_owner(self) -> dict[str, int]:
        """List id -> the body's number in the index, for the ids the confirmed names give; made at the first
        confirmed name asked for (one pass over the entries' ids), kept with the matcher."""
        wanted = {i for c in confirmed.table().values() for i in c.ids}
        lead = self.resolved.leads()
        owners: dict[str, int] = {}
        for n in range(len(self.resolved)):
            if (entry_id := self.resolved.id(n)) in wanted:
                owners[entry_id] = lead.get(n, n)
        return owners

    def _read(self, query: Query, limit: int = 5, at_least: float = 0.0) -> list[Match]:
        """Ranked matches (rank from 1); an empty list when nothing scores above the floor.  With `at_least`
        (a caller that keeps no match scoring under it, as /match its cutoff), candidates whose score is
        sure to stay under it go unscored (the scorer's bound), and may be missing from the matches.

        A name in Korean or Chinese script is also read the ways the lists could have written it, and the best
        score of each listed entry over all readings counts: in characters also in Korean (hanja_reading.py:
        朝鲜大成银行 is 조선대성은행, Korea Taesong Bank, which no Mandarin reading spells), and with its
        descriptive words translated by dictionary into words listed names use (translation.py: 단천상업은행 is
        단천 commercial 은행, Tanchon Commercial Bank).  Each match says which reading found it."""
        korean: dict[str, bool] = {}  # entity id -> tied to North Korea, for the order of equal scores
        far = _in_east_asian_script(query.name or "")  # a body listed elsewhere is met only by a namesake (above)
        found = self._match_one(query, limit, korean=korean, at_least=at_least, far=far)
        if (head := lookalikes.common_korean_word(query.name or "")) is not None:
            found = [_a_korean_word(m, head, self.threshold) if m.schema not in _NOT_BODIES
                     and _more_than_its_own_name(m.matched_name) else m for m in found]
            found.sort(key=lambda m: (-m.score, m.entity_id))
        one_word = _one_katakana_word(query.name or "")
        if one_word:
            found = [_not_a_full_name(m, self.threshold) if m.schema == "Person" else m for m in found]
            found.sort(key=lambda m: (-m.score, m.entity_id))
        if _one_hangul_word(query.name or ""):
            found = [_part_of_a_person(m, self.threshold) if m.schema == "Person"
                     and m.features.get("person_subset", 0.0) > 0 else m for m in found]
            found.sort(key=lambda m: (-m.score, m.entity_id))
        transliterated = _one_transliterated_word(query.name or "")
        if transliterated:
            found = [_a_given_name_alone(m, self.threshold) if _given_name_only(m) else m for m in found]
            found.sort(key=lambda m: (-m.score, m.entity_id))
        # the analyser reads the first MAX_NAME_CHARS characters of a name; the readings do the same, so that
        # a pasted page is answered in the time of a name (Kiwi and the dictionaries are linear but not cheap)
        two_peoples = cantonese.is_person_in_characters(query.name or "")
        if found and found[0].score >= SURE and not two_peoples:
            return found  # the name as written is a listed name: other readings could only rank below it
        # (one at a time: the translations after a reading that finds a listed name as written are not made)
        alternatives = self._each_alternative(query.name[:MAX_NAME_CHARS]) if query.name else iter(())
        first = next(alternatives, None)
        if first is None:
            return found
        best: dict[str, Match] = {m.entity_id: m for m in found}
        common_word = _common_word_in_characters(query.name or "")
        for text, how, words, spelled, own_name in chain((first,), alternatives):
            if words and len(text.split()) == 1:
                continue  # one translated word alone (음료 drinks) would find any listed name of that word
            if words and lookalikes.loanword_left(text):
                continue  # a loanword kept in Hangul (골드 star) is matched by its romanization, goldeu ~ GOLDEN
            ship = how.startswith(_SHIP_ONLY)  # read without a ship's mark (백마호) or type: a vessel or nothing
            # a span that is a listed name (spans.py): that listed name's entries only, not what the span is like
            span = whole_spans.key(text) if how.startswith(whole_spans.HOW) else ""
            aircraft = how.startswith(_REGISTRATION)  # a registration read alone: an aircraft or nothing
            learned = _LEARNED in how
            # one katakana word read by its foreign sound is the whole evidence for a body: a listed word must keep
            # its consonants as both scripts hear them (ラザード razad, Lazard, is no RAHAT LTD; ラザルス LAZARUS)
            heard = tuple(text.split()) if one_word and _FOREIGN_SOUND in how else ()
            # a name spelt back as one word (코즐로프, 科兹洛夫 Kozlov) may be a surname several listed people bear
            lone = len(spelled) == 1 and spelled[0] == text
            # (a surname alone is judged by every listed person bearing it above the threshold: none may go unscored)
            kept = [m for m in self._match_one(replace(query, name=text), max(limit, SHARED_SEEN) if lone else limit,
                                               east_asian=own_name, korean=korean,
                                               at_least=min(at_least, self.threshold) if lone else at_least, far=far)
                    if not (ship and m.schema != "Vessel")
                    and not (aircraft and m.schema != "Airplane")
                    and not (span and whole_spans.key(m.matched_name) != span)
                    # a translation is a guess, which counts only where the listed name bears it out
                    and not (words and not _carries(m.matched_name, words))
                    # so is a spelling back, as far as the sounds the Hangul keeps
                    and not (spelled and not _sounds_carried(m.matched_name, spelled))
                    and not (heard and m.schema != "Person" and not _sounds_carried(m.matched_name, heard))
                    # a learned reading counts only where it accounts for the whole listed name, legal forms aside
                    and not (learned and not _accounts_for(text, m.matched_name))
                    and not (m.schema == "Person" and _A_WORD_NOT_A_PERSON in how)]
            if lone:
                kept = _shared_surname(kept, self.threshold)
            for m in kept:
                if words:
                    _scaled(m, TRANSLATED, "translated", self.threshold)
                if ship and ship_names.SOURCE in how:
                    _scaled(m, HEARD, "heard_alike", self.threshold)
                if aligned.UNSAID in how:
                    _scaled(m, UNSAID, "word_unsaid", self.threshold)
                if span:
                    _scaled(m, SPAN, "span_among_words", self.threshold)
                m.query_name = query.name
                m.explanation = f"{how}; {m.explanation}"
                if one_word and m.schema == "Person":
                    m = _not_a_full_name(m, self.threshold)
                if transliterated and _given_name_only(m):
                    m = _a_given_name_alone(m, self.threshold)
                if common_word and m.schema != "Person" and _READ_IN_KOREAN in how \
                        and _more_than_its_own_name(m.matched_name):
                    m = _a_common_word(m, self.threshold)
                if m.entity_id not in best or m.score > best[m.entity_id].score:
                    best[m.entity_id] = m
            if any(m.score >= SURE for m in best.values()) and not (two_peoples and how.startswith(_READ_IN_KOREAN)):
                break  # a reading found a listed name as it is written: the later ones could only rank below
        two = written.two_names(query.name or "")
        if two is not None:
            ship = not any(written.is_body_word(w) for part in two for w in part.split())
            for key, m in best.items():
                if _a_part_only(m, ship):
                    best[key] = _part_of_two_names(m, self.threshold)
        # at an equal score, an entry the lists tie to North Korea first: the bodies and people this screening
        # is for (O Yong Ho before WU Yonghao for 吳勇浩, both kept); a name written as two names of one thing
        # (청봉(그린라이트)) is how the press writes a renamed ship: a vessel first
        return _numbered(sorted(best.values(), key=lambda m: (-m.score, not (two and m.schema == "Vessel"),
                                                              not korean.get(m.entity_id), m.entity_id))[:limit])

    def _alternatives(self, name: str) -> list[Alternative]:
        """(text, how it was read, the words a translation put in) for each other reading of a name: without
        a bracket, or with a bracketed reading in place of the characters it reads (written.py);
        katakana in Latin letters (kana.py); characters in Korean; descriptive words translated.

        The name and the ways a list may write it (written.py) come first: their readings as written (in
        Korean, cut into words), then their translations, one of each reading before the next of any; then
        the same for their katakana read in Latin letters.  A name's translations are many guesses (16 per
        reading), and those of the name as written must not use up the readings tried (MAX_READINGS) before
        its bracketed English is (다롄 하이보 (Dalian Haibo) 국제화물사)."""
        return list(self._each_alternative(name))

    def _each_alternative(self, name: str) -> Iterator[Alternative]:
        """_alternatives one at a time, each made when it is asked for: _read stops at the first reading that
        finds a listed name as written (朝鲜大成银行 at its Korean reading), and the translations after it, most
        of the work, are then not made.  The same readings in the same order as the whole list."""
        primary = [(name, ""), *query_readings(name)]
        # a ship's name with its type beside it (Sam Ma 2 tanker, 유조선 삼마2호, 油轮"三马2号"): the name alone, and that
        # read again as any query is (삼마2호 -> 삼마2 without its mark); only a vessel answers (ship_names.py)
        for text, how in ship_names.typed_readings(name):
            primary += [(text, how), *((t, f"{how}; {t_how}") for t, t_how in query_readings(text))]
        # a body's name in Vietnamese: its Sino-Vietnamese words in their characters, head last (vietnamese.py), read
        # as any name in characters is (Tổng cục trinh sát -> 偵察總局, the Reconnaissance General Bureau)
        if (vi := vietnamese.reading(name)) is not None:
            primary.append(vi)
        # words in hiragana written in the characters whose Japanese reading they are (コリョこうくう -> コリョ航空)
        primary += [(text, f"{_IN_CHARACTERS}: {name} → {text} ({jmdict.SOURCE})") for text in in_characters(name)]
        # a ship's name heard as a listed vessel's (ship_names.py): the listed name, before every other reading
        heard = [Alternative(listed, f"{how}; {ship_names.SOURCE}: {text} → {listed}")
                 for text, how in primary if how.startswith(_SHIP_ONLY) for listed in self._heard(text)]
        # a body's name in French, German, Spanish, Italian or Portuguese in the lists' English words (european.py)
        heard += [Alternative(r.text, r.how, r.words) for r in european.readings(name)]
        # an aircraft's registration written beside its type (Tu154B(P−552)): the registration alone, which is the
        # name the lists give an aircraft (OFAC: P-552, its model and operator in the remarks)
        heard += [Alternative(r, f"{_REGISTRATION}: {name} → {r}") for r in registrations(name)]
        # a Korean person's name in Hangul as South Korean usage spells it (hangul.popular_person: 김정종 Kim Jung Jong)
        heard += [Alternative(p, f"{POPULAR_SPELLING}: {name} → {p}") for p in (popular_person(name),) if p]
        # a listed name standing whole among the sentence's words (spans.py): the span alone, before every other
        # reading; nothing for a name with no edge inside (most parties), known at once.  Not a span another
        # reading gives as it is (a bracket's name, a ship's without its mark or type): that reading says why
        read = {text for text, _how in primary}
        heard[:0] = [Alternative(s.text, f"{whole_spans.HOW}: '{s.text}' in '{name}' is the listed name '{listed}'")
                     for s, listed in whole_spans.found(name, self._listed_keys) if s.text not in read]
        # ... and inside East Asian running text without spaces (spans.in_running_text: a listed name in characters)
        heard[:0] = [Alternative(text, f"{whole_spans.HOW}: '{text}' in '{name}' is the listed name '{listed}' "
                                       f"({whole_spans.HOW_IN_RUN})")
                     for text, listed in whole_spans.in_running_text(
                         name, lambda t: self._listed_keys.get(whole_spans.key(t))) if text not in read]
        seen = {name}
        given = 0
        for a in self._readings_in_order(name, primary, heard):
            if a.text in seen:
                continue
            seen.add(a.text)
            if given < MAX_READINGS:
                given += 1
                yield a
            # (beyond MAX_READINGS each is still made, as its text is one the learned lexicon's need not repeat)
        yield from self._learned(primary, seen)

    def _readings_in_order(self, name: str, primary: list[tuple[str, str]],
                           heard: list[Alternative]) -> Iterator[Alternative]:
        """Every reading of _alternatives, repeats included, in its order: the heard ones, then for the name's
        primary readings and then for their katakana read in Latin letters, the readings as written of each
        and the translations of all, one of each before the next of any."""
        yield from heard
        sounded: list[tuple[str, str]] | None = None
        for phase in (0, 1):
            if phase == 0:
                bases = primary
            else:
                sounded = [(k, f"{how}; {k_how}" if how else k_how) for text, how in primary
                           for k, k_how in kana.readings(text)]
                bases = sounded
                if kana.has_katakana(name) and (own := self.translator.kana_own_words(name)) is not None:
                    # a body's own word in katakana, heard by its consonants (ブラシス VOLASYS): first of the
                    # katakana readings, which are many
                    yield Alternative(own.text, f"katakana read by sound as listed own words: {name} → {own.text} "
                                                f"({'; '.join(own.notes)})", (), own.spelled)
            plains = [self._plain_readings(base, how) for base, how in bases]
            for plain in plains:
                yield from plain
            guesses = [self._translations(base, how) for base, how in bases]
            yield from (g[k] for k in range(max(map(len, guesses), default=0)) for g in guesses if k < len(g))

    def _heard(self, text: str) -> list[str]:
        """The listed vessels' names (one syllable a word) that a ship's name without its mark sounds as."""
        if not has_hangul_or_han(text):
            return []
        return [name for name, read in self._vessel_names.items()
                if ship_names.heard_alike(text, read)][:HEARD_NAMES]

    @cached_property
    def _vessel_names(self) -> dict[str, tuple[tuple[ship_names.Syllable, ...], str]]:
        """The listed vessels' names of one syllable a word, read by syllable; made at the first ship's name asked
        for (one pass over the index's names), kept with the matcher."""
        vessels: dict[str, tuple[tuple[ship_names.Syllable, ...], str]] = {}
        for name_no, name in enumerate(self.index.names):
            if self.resolved.schema(self.index.owner[name_no]) == "Vessel" \
                    and (read := ship_names.listed_syllables(name)) is not None:
                vessels.setdefault(name, read)
        return vessels

    @cached_property
    def _listed_keys(self) -> dict[str, str]:
        """The listed names' keys (spans.key: folded, spaces closed) -> the first listed name so keyed, for the span
        reading; made at the first name with an edge inside (one pass over the index's names), kept with the
        matcher."""
        out: dict[str, str] = {}
        for name in self.index.names:
            out.setdefault(whole_spans.key(name), name)
        out.pop("", None)
        return out

    def _learned(self, bases: list[tuple[str, str]], seen: set[str]) -> list[Alternative]:
        """The learned lexicon's readings (lexicon.py) of the name and the ways a list may write it, after the
        others and beyond their budget: they take no reading's place (at most LEXICON_READINGS)."""
        if not self.use_lexicon:
            return []
        out: list[Alternative] = []
        for base, how in bases:
            prefix = f"{how}; " if how else ""
            for x in lexicon.readings(base):
                if x.text not in seen and len(out) < LEXICON_READINGS:
                    seen.add(x.text)
                    out.append(Alternative(x.text, f"{prefix}{_LEARNED}: {base} → {x.text} "
                                                   f"({'; '.join(x.notes)})", x.words))
        return out

    @staticmethod
    def _in_korean(base: str, prefix: str) -> tuple[str, str] | None:
        """A base reading's characters read in Korean, and how it was read (with the note that they are a common
        word, when they are)."""
        reading = korean_reading(base)
        if reading is None:
            return None
        read = f"{prefix}read in Korean: {base} → {reading} ({HANJA_SOURCE})"
        if _common_word_in_characters(base):
            read = f"{read}; {_A_WORD_NOT_A_PERSON}"
        return reading, read

    def _plain_readings(self, base: str, how_base: str) -> list[Alternative]:
        """A base reading's readings as written: itself (when it is not the name), in Korean, its names in
        Korean, in Cantonese, cut into words."""
        prefix = f"{how_base}; " if how_base else ""
        plain: list[Alternative] = []
        if how_base:
            plain.append(Alternative(base, how_base))
        korean = self._in_korean(base, prefix)
        if korean is not None:
            plain.append(Alternative(*korean))
            if (names := names_in_korean(base)) is not None:
                plain.append(Alternative(names, f"{prefix}its names read in Korean: {base} → {names} ({HANJA_SOURCE})"))
        if _PERSON_IN_HANZI in render_name(base).notes and (canto := cantonese.person_reading(base)) is not None:
            # a person's name in characters as Hong Kong spells it (郑鸿文 CHENG Hung Man), beside Mandarin and Korean;
            # only a name the analyser reads as a person's, no word of a body's in it (朝鮮銀行 is a bank)
            plain.append(Alternative(canto, f"{prefix}read in Cantonese: {base} → {canto} ({cantonese.SOURCE})"))
        if (cut := self.translator.segmented(base)) is not None:
            plain.append(Alternative(cut, f"{prefix}cut into words (Kiwi, {DICTIONARIES}): {cut}"))
        return plain

    def _translations(self, base: str, how_base: str) -> list[Alternative]:
        """A base reading's translations: of its Korean reading (a name that says it is North Korean), word by
        word, by the translator's combinations of senses, its abbreviations written out."""
        prefix = f"{how_base}; " if how_base else ""
        translator = self.translator
        mine: list[Alternative] = []
        korean = self._in_korean(base, prefix)
        if korean is not None and render_name(base).country == "kp":
            # a name that says it is North Korean (朝鮮, 北韓) is translated as Korean too: the Hangul
            # vocabulary knows the North's own words (朝鮮國家保衛部 read as 조선국가보위부); a Chinese
            # firm's name is not (大連愛衛電池 read in Korean is 대련애위전지, and 전지 is also 全紙, paper)
            reading, read = korean
            mine += [Alternative(r.text, f"{read}; translated: {reading} → {r.text} ({'; '.join(r.notes)})",
                                 r.words, r.spelled, r.own_name) for r in translator.readings(reading)]
        # the name's words each read by the sense a listed body's name carries (aligned.py), before the
        # translator's combinations of first senses
        mine += [Alternative(r.text, f"{prefix}translated word by word: {base} → {r.text} ({'; '.join(r.notes)})",
                             r.words) for r in aligned.readings(translator, base)]
        mine += [Alternative(r.text, f"{prefix}translated: {base} → {r.text} ({'; '.join(r.notes)})", r.words,
                             r.spelled, r.own_name) for r in translator.readings(base)]
        mine += [Alternative(x.text, f"{prefix}abbreviations written out: {'; '.join(x.notes)}", x.words)
                 for x in translator.abbreviations(base)]
        return mine

    def _match_one(self, query: Query, limit: int, east_asian: bool = False,
                   korean: dict[str, bool] | None = None, at_least: float = 0.0, far: bool = False) -> list[Match]:
        """The query name's matches as written; with `east_asian`, only bodies the lists tie to Korea, China or
        Japan (listed.east_asian).  `korean` is told, for each match, whether the lists tie it to North Korea.
        With `far` (the name asked for is in Hangul, characters or kana), a body the lists place elsewhere
        (listed.elsewhere) met by a name in Latin letters is kept under the threshold (ELSEWHERE_MARGIN)."""
        qa = render_name(query.name or "")
        if qa.empty:
            return []
        best: dict[int, tuple[scorer.Scored, Analysis]] = {}
        capped: set[int] = set()  # bodies listed elsewhere, kept under the threshold (far)
        ceiling = self.threshold - ELSEWHERE_MARGIN
        sure: tuple[str, int] | None = None  # (list id, owner) of a name scored 1.0, when one match is asked for
        # a name several entries list (OFAC's and the UN's KOMID) is compared with this reading once (_score)
        compared: dict[tuple[str, bool], scorer.Scored | None] = {}
        for name_no in self._shortlist(qa, limit):
            owner = self.index.owner[name_no]
            if east_asian and not self.resolved.east_asian(owner) \
                    and not _named_for_a_chinese_city(self.resolved[owner].caption):
                continue  # a firm's own name translated: how the lists write a Korean or Chinese body's only
            if sure is not None and (owner == sure[1] or self.resolved.id(owner) > sure[0]):
                continue  # it could at best tie with a perfect score, and ties go to the first list id
            ca = render_name(self.index.names[name_no])
            s = self._score(query, qa, ca, self.resolved[owner], self._kinds[name_no], at_least, compared)
            elsewhere = s is not None and far and s.score > ceiling and self.resolved.elsewhere(owner) \
                and not _EAST_ASIAN_SCRIPT.search(ca.original)
            if s is not None and elsewhere:
                s = scorer.Scored(ceiling, {**s.parts, "listed_elsewhere": round(ceiling - s.score, 4)},
                                  s.query_rendering, s.list_rendering)
            if s is not None and (owner not in best or s.score > best[owner][0].score):
                best[owner] = (s, ca)
                if elsewhere:
                    capped.add(owner)
                else:
                    capped.discard(owner)  # another of its names (in the query's own script) scored higher
                if limit == 1 and s.score >= 1.0 and (sure is None or self.resolved.id(owner) < sure[0]):
                    sure = (self.resolved.id(owner), owner)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0].score, self.resolved.id(kv[0])))
        out: list[Match] = []
        for owner, (s, ca) in ranked:
            # (under at_least, by more than rounding: a match the caller drops, made with its explanation for nothing)
            if s.score < max(scorer.FLOOR, at_least - SKIP_MARGIN) or len(out) >= limit:
                break
            out.append(self._to_match(query, qa, ca, s, self.resolved[owner], len(out) + 1))
            if owner in capped:
                out[-1].explanation = f"{out[-1].explanation}; {_ELSEWHERE}"
            if korean is not None:
                korean[out[-1].entity_id] = self.resolved.tied_to_north_korea(owner)
        return out

    def _shortlist(self, qa: Analysis, limit: int) -> list[int]:
        """The index's candidates, cut to those a full comparison could rank first.

        Candidates with much less rare evidence than the best are dropped.  Of the rest, the one with the most
        key weight is kept, and then the best by a C-speed edit similarity of the sorted skeletons, since the
        detailed scorer costs ~100x more.  Either ranking alone misses names the other finds: spelling prefers
        Ibrahim Ziban to Ivan Chaikrakum for 'ahikrakum Ivan', whose keys point at the right one; keys alone
        rank a list name sharing one rare word above the one spelt alike (1M x 10k: F1 0.869 by spelling alone,
        0.875 with the key-weight pick).  Skeletons fold what romanizations confuse, so many names tie on them
        (Xu Weihui, Su Wei-Hui and Hsu Wei-Hui are all 'su ueihui'; Bair and Fair Chemicals 'chemical pail'):
        the names as written, lower-cased, count half as much beside them (1M x 10k: F1 0.883 -> 0.890).
        """
        keep = max(FULLY_SCORED, limit)  # a caller asking for ten matches gets ten scored names
        found = self.index.scored_candidates(qa, limit=max(CANDIDATES, 2 * limit))
        if not found:
            return []
        floor = found[0][1] * CANDIDATE_SHARE
        names = [i for i, w in found if w >= floor]
        if len(names) <= keep:
            return names
        sketches = list({sketch(Analysis(qa.original, (r,))) for r in qa.renderings})
        # (rapidfuzz's cdist: the same token_sort_ratio of each pair, all in one call)
        by_sketch = process.cdist(sketches, [self.index.sketches[i] for i in names], scorer=fuzz.token_sort_ratio,
                                  dtype=np.float64).max(axis=0).tolist()
        quick = dict(zip(names, by_sketch, strict=True))
        if "latin" in qa.scripts:
            # names in Latin letters compared as written too; one in Hangul or Hanzi counts its skeleton twice,
            # so that a Latin query does not turn from the listed Hangul form of its name, nor a Hangul query
            # from the romanized one to a Hangul name one character off
            listed = [self.index.names[i] for i in names]
            as_written = process.cdist([default_process(qa.original)], listed, scorer=fuzz.token_sort_ratio,
                                       processor=default_process, dtype=np.float64)[0].tolist()
            quick = {i: q + AS_WRITTEN * (w if _LATIN.search(n) else q)
                     for (i, q), n, w in zip(quick.items(), listed, as_written, strict=True)}
        else:
            quick = {i: q * (1 + AS_WRITTEN) for i, q in quick.items()}
        weight = dict(found)
        first = max(names, key=lambda i: (weight[i], quick[i]))  # ties in weight go to the better spelt
        return [first, *[i for i in sorted(names, key=lambda i: -quick[i]) if i != first][:keep - 1]]

    def match_many(self, queries: Iterable[Query], limit: int = 5, workers: int = 1,
                   at_least: float = 0.0) -> list[list[Match]]:
        """Matches for each query, in order (each asked as match() with `at_least`).  workers > 1 screens in
        forked processes that share the index (copy-on-write); worth it from a few hundred queries on."""
        qs = list(queries)
        if workers <= 1 or len(qs) < PARALLEL_FROM or not can_fork():
            return [self.match(q, limit, at_least) for q in qs]
        self.index.prepare()
        readings.warm()  # the scorer's syllable tables, built once here and shared by the forked workers
        _ = self._listed_keys  # the listed names' keys for the span reading, likewise
        # the readings' indexes and dictionaries likewise, rather than once a worker
        self.translator.warm(scripts=any(q.name and not q.name.isascii() for q in qs))
        # chunks of ~100 queries: a worker that draws a slow chunk last leaves the other idle for less
        chunks = [(qs[lo:hi], limit, at_least)
                  for lo, hi in spans(len(qs), max(workers * 4, len(qs) // CHUNK))]
        return [ms for part in fork_map(_match_chunk, self, chunks, workers) for ms in part]

    def _score(self, query: Query, qa: Analysis, ca: Analysis, r: Listed, kind: str, at_least: float = 0.0,
               compared: dict[tuple[str, bool], scorer.Scored | None] | None = None) -> scorer.Scored | None:
        """The listed name's score for the query, `r` its entry.  `compared`, kept by the caller over one query
        (its name, schema, country, birth date and `at_least` the same), holds the bound and best_pair of each
        (listed name, person) already seen: they read the two names, the index's rarity, whether a person is
        compared and the query's `need`, nothing of the entry, so a name several entries list is compared once;
        what follows them reads the entry (its schema, countries, birth dates, the name's kind) for each."""
        person = (query.schema or r.schema) == "Person"
        key = (ca.original, person)
        if compared is not None and key in compared:
            s = compared[key]
        else:
            s = self._compared(query, qa, ca, person, at_least)
            if compared is not None:
                compared[key] = s
        if s is None:
            return None
        factor = KIND_FACTOR.get(kind, 1.0)
        parts = s.parts
        if r.schema in _NOT_BODIES and query.schema != r.schema and _names_a_body(qa):
            # every reading of the query has a word of an organisation (bank, united, trading, co): a person's
            # name that shares its syllables (청송련합 / JONG Song Ho) is not what it names, nor a ship's (Debon
            # Shipping Company / the vessel DEVON)
            factor *= NOT_A_PERSON
            parts = {**s.parts, "organisation_words": s.score * NOT_A_PERSON - s.score}  # s may be cached
        if r.schema not in _NOT_BODIES and query.schema not in _NOT_BODIES and _other_kind(qa, ca):
            factor *= OTHER_KIND
            parts = {**parts, "other_kind_of_body": s.score * factor - s.score}
        if r.schema == "Person" and _syllables_unaccounted(qa.original, ca.original):
            factor *= MORE_SYLLABLES
            parts = {**parts, "more_syllables": s.score * factor - s.score}
        if qa.scripts == _HAN_ONLY and s.parts.get("syllable_diff", 0.0) < 0.0:
            # a name in characters has no misspelling: its pinyin differs from a listed name's by a whole
            # syllable only when it is another name (中远 zhongyuan, COSCO, is no HONGYUAN MARINE)
            factor *= OTHER_SYLLABLE
            parts = {**parts, "other_syllable": s.score * factor - s.score}
        if r.schema == "Vessel" and lookalikes.another_ship(list(qa.renderings), s.list_rendering):
            # sister ships share a name and differ by its number: 금강호 is none of KUM GANG 1, 2, 3
            factor *= lookalikes.ANOTHER_SHIP
            parts = {**parts, "another_ship": s.score * factor - s.score}
        if r.schema == "Person" and lookalikes.numbered_name(list(qa.renderings), s.list_rendering):
            # a name with a number is a ship's, a unit's or a works': 金星3号 (GOLD STAR 3) read as 김성3호 is no KIM Song
            factor *= lookalikes.A_NUMBERED_NAME
            parts = {**parts, "numbered_name": s.score * factor - s.score}
        if r.schema != "Person" and lookalikes.number_alone(list(qa.renderings), s.list_rendering):
            # only a number and vocabulary in common (조선 4.26 아동영화촬영소 / FOURTH OCEAN): its own words are elsewhere
            factor *= lookalikes.A_NUMBER_ALONE
            parts = {**parts, "number_alone": s.score * factor - s.score}
        if r.schema != "Person" and lookalikes.one_word_in_characters(qa.original) \
                and lookalikes.other_order(s.query_rendering, s.list_rendering):
            # one Hangul word's syllables are in one order (천보 is not the ship PO CHON)
            factor *= lookalikes.OTHER_ORDER
            parts = {**parts, "other_order": s.score * factor - s.score}
        if r.schema not in _NOT_BODIES and lookalikes.ships_name(list(qa.renderings), s.list_rendering):
            # own words and a number are a ship's name (UN PHA 2), not the listed firm's (KOREA UNPHA SHIPPING)
            factor *= lookalikes.A_SHIPS_NAME
            parts = {**parts, "ships_name": s.score * factor - s.score}
        if r.schema != "Person" and lookalikes.another_korean_name(qa.original, s.list_rendering):
            # a Hangul name's own syllables, which no romanization of the listed own words spells: 룡성 is no
            # Ryungsong (륭성), however alike their skeletons
            factor *= lookalikes.ANOTHER_KOREAN_NAME
            parts = {**parts, "another_korean_name": s.score * factor - s.score}
        if _other_acronym(query.name or "", ca.original):
            # two short acronyms a letter apart are two bodies' names (KOMID, KMID of Kaveh Pars Mining
            # Industries Development): an acronym is matched by its letters, not by its likeness
            factor *= OTHER_ACRONYM
            parts = {**parts, "other_acronym": s.score * factor - s.score}
        if factor != 1.0:
            s = scorer.Scored(s.score * factor, parts, s.query_rendering, s.list_rendering)
        implied = qa.country
        if implied and qa.country_words and set(qa.country_words) <= {t.text for c in ca.renderings for t in c} \
                and not (implied.lower() == SOUTH_KOREA
                         and (r.north_korean or NORTH_KOREA in {c.lower() for c in r.countries})):
            # the place word is in the listed name too (香港 / HONG KONG ELECTRONICS, a North Korean firm so
            # named): it says where the name points, not where the body is.  Not 한국 (韓國), the South's own name
            # for Korea, against a North Korean body's KOREA, which is the North's 조선: 한국조선해양 (Korea
            # Shipbuilding & Offshore Engineering) is no KOREA OCEAN SHIPPING AGENCY
            implied = None
        asked = query.country or implied
        countries = r.countries
        if not countries and r.north_korean and asked and asked.lower() == SOUTH_KOREA:
            # a body a North Korea programme lists without a country is North Korean or a third country's
            # facilitator (Chinese, Singaporean: many so listed lack an address), never a South Korean firm:
            # 대원산업 of Seoul is not DAEWON INDUSTRIES.  For other countries the facilitator may be theirs.
            countries = [NORTH_KOREA]
        return scorer.adjust(s, query_country=asked, countries=countries,
                             query_dob=query.birth_date, dobs=r.birth_dates, query_schema=query.schema,
                             schema=r.schema)

    def _compared(self, query: Query, qa: Analysis, ca: Analysis, person: bool,
                  at_least: float) -> scorer.Scored | None:
        """best_pair of the two names, or None when it gives none or the bound says it stays under `at_least`
        (or under the scorer's FLOOR, under which _match_one keeps no match, whatever is asked)."""
        rarity: Rarity = self.index.rarity
        spec = scorers.get(self.scorer)
        if spec.bound is not None:
            # Every step after best_pair, here and in match(), multiplies the score by a factor of at most 1,
            # but adjust(), which may add a little (a country or birth date agreeing): a candidate whose bound
            # is under the score asked for by more than that cannot reach it, and is not scored.  A rule that
            # raised a score here would have to raise `need` too (tests/resolve/test_match_bound.py).  With no
            # score asked for (a batch screen, /search), FLOOR is the least: _match_one drops what ends under it.
            need = max(at_least, scorer.FLOOR) - SKIP_MARGIN - raised_at_most(
                query_country=query.country or qa.country, query_dob=query.birth_date)
            if need > 0.0 and spec.bound(qa, ca, rarity, person, need) < need:
                return None
        return spec.best_pair(qa, ca, rarity, person)

    def _to_match(self, query: Query, qa: Analysis, ca: Analysis, s: scorer.Scored, r: Listed,
                  rank: int) -> Match:
        return Match(
            query_id=query.id, rank=rank, entity_id=r.id, entity_name=r.caption, schema=r.schema,
            score=round(s.score, 4), match=s.score >= self.threshold, source_ids=r.source_ids,
            member_ids=r.member_ids, query_name=query.name, matched_name=ca.original,
            features={k: round(v, 4) for k, v in s.parts.items()},
            explanation=scorers.get(self.scorer).explain(qa, ca, s),
            scorer=self.scorer, keys=verdict_keys(self.keys),
        )


def name_similarity(a: str, b: str, schema: str | None = None, scorer_name: str = scorer.NAME) -> tuple[float, str]:
    """Calibrated score of two names (the default scorer unless asked) and its explanation, for ad hoc pairs."""
    qa, ca = render_name(a or ""), render_name(b or "")
    spec = scorers.get(scorer_name)
    s = spec.best_pair(qa, ca, lambda _t: 1.0, schema == "Person")
    if s is None:
        return 0.0, f"'{a}' ~ '{b}': no usable name part"
    return round(s.score, 4), spec.explain(qa, ca, s)
