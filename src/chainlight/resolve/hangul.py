"""Hangul -> Latin in the systems North Korean names are written in.

Revised Romanization (South Korea, 2000) comes from the korean-romanizer package.  McCune–Reischauer (the
system of most DPRK listings) and the DPRK's own 1992 variant have no maintained package, so their tables are
kept here.  Only the sound changes that alter spellings on lists are modelled: voicing of plain stops inside a
word, ㄴ+ㄹ -> ll (Kwalliso), ㄹ after other consonants -> n, and the word-initial ㄹ that lists write as R, L,
N or drop (Ryonbong / Lyonbong / Yonbong).
"""

from __future__ import annotations

from functools import lru_cache

from korean_romanizer.romanizer import Romanizer

from chainlight.resolve.normalize import is_hangul

# Jamo order of Unicode's precomposed syllables (U+AC00 = (initial*21 + medial)*28 + final).
_INITIALS = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'",
             "p'", "h"]
_MEDIALS = ["a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo", "u", "wŏ", "we", "wi",
            "yu", "ŭ", "ŭi", "i"]
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
           "t", "ng", "t", "t", "k", "t", "p", "t"]
_VOICED = {"k": "g", "t": "d", "p": "b", "ch": "j"}
_R_INITIAL = 5

# Surnames with the spellings lists actually use (OFAC, UN 1718 list, passports).  Keyed by syllable.
SURNAMES: dict[str, tuple[str, ...]] = {
    "리": ("ri", "li", "lee", "yi", "rhee"), "이": ("yi", "lee", "ri", "li", "i", "rhee"),
    "조": ("jo", "cho", "joh"), "정": ("jong", "chong", "jeong", "jung", "chung"),
    "김": ("kim", "gim"), "박": ("pak", "park", "bak"), "최": ("choe", "choi", "chwe"),
    "류": ("ryu", "yu", "yoo", "liu", "lyu"), "유": ("yu", "yoo", "ryu"), "로": ("ro", "roh", "no", "noh"),
    "노": ("no", "noh", "ro", "roh"), "량": ("ryang", "yang", "lyang"), "양": ("yang", "ryang"),
    "림": ("rim", "lim", "im"), "임": ("im", "lim", "rim"), "문": ("mun", "moon"), "신": ("sin", "shin"),
    "오": ("o", "oh"), "우": ("u", "woo"), "장": ("jang", "chang"), "전": ("jon", "chon", "jeon", "chun"),
    "주": ("ju", "chu", "joo"), "현": ("hyon", "hyun", "hyeon"), "황": ("hwang",), "강": ("kang", "gang"),
    "윤": ("yun", "yoon"), "백": ("paek", "baek", "paik"), "한": ("han",), "송": ("song",),
    "차": ("cha",), "안": ("an", "ahn"), "손": ("son", "sohn"), "고": ("ko", "go"), "홍": ("hong",),
    "서": ("so", "seo", "suh"), "명": ("myong", "myung", "myeong"), "방": ("pang", "bang"),
    "심": ("sim", "shim"), "하": ("ha",), "허": ("ho", "heo", "hur"), "천": ("chon", "cheon"),
}


def decompose(syllable: str) -> tuple[int, int, int]:
    code = ord(syllable) - 0xAC00
    return code // 588, (code % 588) // 28, code % 28


def mccune_reischauer(word: str, *, breves: bool = True, apostrophes: bool = True, dprk: bool = False,
                      initial_r: str = "r") -> str:
    """One Hangul word in McCune–Reischauer.

    `breves=False, apostrophes=False` is the plain ASCII form of most lists (Ryonbong, Chongchon);
    `dprk=True` writes aspirates as the DPRK does (kh, th, ph: Pothonggang).  `initial_r` is how a
    word-initial ㄹ is written: "r" (DPRK), "l", "n" or "" (South Korean usage drops it before i/y).
    """
    out: list[str] = []
    prev_final = None
    for ch in word:
        if not is_hangul(ch):
            out.append(ch)
            prev_final = None
            continue
        ini, med, fin = decompose(ch)
        onset = _INITIALS[ini]
        if ini == _R_INITIAL:
            if prev_final is None:
                onset = initial_r
            elif prev_final in ("n", "l"):
                onset = "l"
                if prev_final == "n" and out:
                    out[-1] = out[-1][:-1] + "l"  # ㄴ+ㄹ -> ll: 관리소 Kwalliso
            elif prev_final != "":
                onset = "n"
        elif prev_final is not None and prev_final in ("", "n", "m", "ng", "l") and onset in _VOICED:
            onset = _VOICED[onset]
        if onset.endswith("'"):
            base = onset[:-1]
            # the DPRK writes ㅋㅌㅍ as kh/th/ph but ㅊ as plain ch
            onset = (base + "h" if base != "ch" else base) if dprk else (onset if apostrophes else base)
        if onset == "s" and _MEDIALS[med] in ("i", "wi") and not dprk:
            onset = "sh"
        vowel = _MEDIALS[med]
        if not breves:
            vowel = vowel.replace("ŏ", "o").replace("ŭ", "u")
        final = _FINALS[fin]
        out.append(onset + vowel + final)
        prev_final = final
    return "".join(out)


@lru_cache(maxsize=65536)
def revised(word: str) -> str:
    try:
        return str(Romanizer(word).romanize()).lower()
    except Exception:  # the package has no input validation; a romanizer crash must not stop a screen
        return mccune_reischauer(word, breves=False, apostrophes=False)


def word_variants(word: str) -> list[str]:
    """The spellings of a Hangul word on lists, most likely first, without duplicates."""
    forms = [
        mccune_reischauer(word, breves=False, apostrophes=False),
        mccune_reischauer(word, breves=False, dprk=True),
        revised(word),
    ]
    if word and is_hangul(word[0]) and decompose(word[0])[0] == _R_INITIAL:
        forms.append(mccune_reischauer(word, breves=False, apostrophes=False, initial_r="l"))
        vowel = _MEDIALS[decompose(word[0])[1]]
        dropped = "" if vowel[0] in "iy" else "n"
        forms.append(mccune_reischauer(word, breves=False, apostrophes=False, initial_r=dropped))
    return list(dict.fromkeys(forms))


def person_variants(name: str) -> list[list[str]]:
    """A Korean personal name (surname + given name) as token lists: ['ri', 'jong chol'] spelled each way."""
    surname, given = name[:1], name[1:]
    given_forms = [mccune_reischauer(given, breves=False, apostrophes=False)]
    # lists also write the given name's syllables apart: "Chong Chol"
    given_forms.append(" ".join(mccune_reischauer(s, breves=False, apostrophes=False) for s in given))
    given_forms.append(revised(given))
    sur_forms = SURNAMES.get(surname) or tuple(word_variants(surname))
    out: list[list[str]] = []
    for i, sur in enumerate(sur_forms[:5]):
        out.append([sur, given_forms[min(i, len(given_forms) - 1)]])
    return out


def popular_person(name: str) -> str | None:
    """A Korean person's name in Hangul (a surname, then two syllables) in the popular spelling of South
    Korean usage, Revised Romanization's eo written u syllable by syllable (김정종 Kim Jung Jong, 현 Hyun, 성 Sung: the
    spellings readings._POPULAR and the surnames' table accept); None for another name or one without eo."""
    name = name.strip()
    if len(name) != 3 or not all(is_hangul(c) for c in name) or name[0] not in SURNAMES:
        return None
    given = [revised(s) for s in name[1:]]
    if not any("eo" in g for g in given):
        return None
    return " ".join([SURNAMES[name[0]][0].capitalize(), *(g.replace("eo", "u").capitalize() for g in given)])
