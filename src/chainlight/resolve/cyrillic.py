"""Korean names as Russian writes them (the Kontsevich system), read in the Latin letters the lists write.

Russian press and registries write a Korean name by the Kontsevich system (Lev Kontsevich's, after Kholodovich's;
its table as Wikipedia's "Kontsevich system" page sets it out): Ким Чен Ын, Чхве Рён Хэ, Корё, Пхеньян.  The
lists write these names in McCune-Reischauer without its marks (KIM Jong Un, CHOE Ryong Hae, KORYO).  Each Cyrillic
letter (or pair) stands for one Korean sound, and the reading gives it the letters McCune-Reischauer writes it with:

- consonants: к г k/g, кх k (aspirated ㅋ), т д t/d, тх t, п б p/b, пх p, ч j (ㅈ, the lists' Jong), дж j (ㅈ
  inside a word), чх ch (ㅊ), с s, х h, м m, н n, р r, ль and л l; doubled кк тт пп сс, чч jj;
- vowels: а a, я ya, о o (ㅓ and ㅗ alike: McCune-Reischauer's ŏ and o, without the breve both o), ё yo (ㅕ, ㅛ),
  у u, ю yu, ы u (ㅡ, ŭ without its breve), и i, э ae (ㅐ), е e (ㅔ), ый ui (ㅢ), в w (ва wa, во wo, ве we, ви wi,
  вэ wae, and ве is ㅚ, oe: Чхве Choe), й y.

The system does not say everything back: н is the final of ㄴ and of ㅇ alike (Ким Чен Ын, 김정은; Рён 룡), so each
final n is also read ng (all of them, then each alone: as kana.py does for ン); the press's older spelling writes
ㅓ and ㅕ after a consonant as е (Чен for 정, Пхеньян for 평양), so a reading with е as o after ч and as yo after
another consonant is made too.

Russian words for kinds of bodies are not Korean sounds: a small closed class of them (the legal forms and head
nouns a body's name is made with, as vocab.py's Korean and Chinese ones are, by their stem, which Russian declines)
is read as the English word the lists write; the Russian words for Korea and the DPRK likewise.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from chainlight.resolve.kana import ng_variants

SOURCE = "the Kontsevich system's Cyrillic for Korean"

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"[\u0400-\u04ffA-Za-z0-9'-]+")

# letters and pairs, longest first
_PAIRS = (("ве", "oe"), ("чх", "ch"), ("кх", "k"), ("тх", "t"), ("пх", "p"), ("дж", "j"), ("чж", "j"), ("чч", "jj"), ("ый", "ui"),
          ("ль", "l"))  # ве: ㅚ (Чхве 최, Choe)
_LETTERS = {"к": "k", "г": "g", "т": "t", "д": "d", "п": "p", "б": "b", "ч": "j", "с": "s", "х": "h", "м": "m",
            "н": "n", "р": "r", "л": "l", "а": "a", "я": "ya", "о": "o", "ё": "yo", "у": "u", "ю": "yu", "ы": "u",
            "и": "i", "э": "ae", "е": "e", "в": "w", "й": "y", "ь": "'", "ъ": "'", "ф": "p", "з": "j", "ш": "s",
            "щ": "s", "ж": "j", "ц": "j"}

# Russian words of bodies by stem (Russian declines them: банк, банка; корпорация, корпорации) -> the English
# word the lists write; a closed class of the legal forms and head nouns, with the words for Korea
BODY_STEMS = (
    ("корейск", "korea"), ("коре", "korea"), ("кндр", "dprk"), ("банк", "bank"), ("компани", "company"),
    ("корпораци", "corporation"), ("торгов", "trading"), ("внешнеторгов", "foreign trade"),
    ("министерств", "ministry"), ("комитет", "committee"), ("комисси", "commission"), ("управлени", "bureau"),
    ("бюро", "bureau"), ("департамент", "department"), ("отдел", "department"), ("генеральн", "general"),
    ("главн", "general"), ("разведывательн", "reconnaissance"), ("групп", "group"), ("обществ", "company"),
    ("ооо", "ooo"), ("судоходн", "shipping"), ("морск", "maritime"), ("страхов", "insurance"),
    ("государственн", "state"), ("безопасност", "security"), ("парти", "party"), ("трудов", "workers"),
    ("арми", "army"), ("народн", "people's"), ("развити", "development"), ("горноруд", "mining"),
    ("внешн", "foreign"), ("торговл", "trade"), ("центр", "center"), ("академи", "academy"),
    ("университет", "university"), ("завод", "factory"), ("финансов", "finance"), ("кредитн", "credit"),
    ("коммерческ", "commercial"), ("промышленн", "industrial"), ("инвестиционн", "investment"),
    ("международн", "international"), ("совместн", "joint"), ("предприяти", "enterprise"), ("военн", "military"),
    ("оборон", "defense"), ("дел", "affairs"), ("иностранн", "foreign"), ("вооруж", "armed"), ("сил", "forces"),
    ("эйр", "air"),  # the English word as Russian writes it in a firm's name (Эйр Корё, AIR KORYO)
    ("авиакомпани", "airlines"), ("авиалини", "airlines"), ("технологи", "technology"), ("сталелитейн", "steel"),
    # other words bodies' names are made of: what they are, where and which
    ("институт", "institute"), ("наук", "sciences"), ("научн", "scientific"), ("естественн", "natural"),
    ("европейск", "european"), ("дальневосточн", "far eastern"), ("восточн", "eastern"), ("западн", "western"),
    ("северн", "northern"), ("южн", "southern"), ("перв", "first"), ("втор", "second"), ("трет", "third"),
    ("объединени", "association"), ("ассоциаци", "association"), ("союз", "union"), ("фонд", "fund"),
    ("агентств", "agency"), ("служб", "service"), ("флот", "fleet"), ("судн", "vessel"), ("танкер", "tanker"),
    ("самол", "aircraft"),
    # the head words of posts (posts.POST_HEADS_LATIN in English), so that a person's post is read off the name
    ("министр", "minister"), ("посол", "ambassador"), ("посл", "ambassador"), ("председател", "chairman"),
    ("заместител", "deputy"), ("замминистр", "deputy minister"), ("директор", "director"), ("глав", "head"),
    ("секретар", "secretary"), ("командующ", "commander"), ("генерал", "general"), ("маршал", "marshal"),
    ("руководител", "leader"), ("лидер", "leader"), ("начальник", "chief"), ("премьер", "premier"),
    ("представител", "representative"), ("советник", "adviser"), ("консул", "consul"), ("гражданин", "citizen"),
    ("гражданк", "citizen"), ("граждан", "citizen"),
)
_FUNCTION_WORDS = frozenset({"и", "по", "в", "на", "для", "с"})  # and, of/by, in, on, for, with: no list word
_FINAL_N = re.compile(r"(?<=[aeiouy])n(?=$|[^aeiouyg]|')")
_STEMS_LONGEST = tuple(sorted(BODY_STEMS, key=lambda s: -len(s[0])))


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def readings(name: str) -> list[tuple[str, str]]:
    """(text, how) for a name with Cyrillic letters: its Korean words in the lists' Latin letters, its words for
    bodies in English; the variants for final ng and the older е."""
    if not has_cyrillic(name) or len(name) > 120:
        return []
    words = [w for w in _WORD.findall(name.replace("«", " ").replace("»", " ").replace('"', " "))
             if w.lower() not in _FUNCTION_WORDS]
    if not words:
        return []
    out: list[str] = [*_codes(name)]
    undeclined = _undeclined(words)
    # another language's Cyrillic (Bulgarian, Ukrainian, Mongolian) in Russian's letters, read by the same table
    ukrainian = bool(_UKRAINIAN.intersection(name.lower()))
    mongolian = bool(_MONGOLIAN.intersection(name.lower())) or any(_MONGOLIAN_CASE.search(w) for w in words)
    russian_letters = [_in_russian_letters(w, ukrainian, mongolian) for w in words]
    other = russian_letters if russian_letters != words else None
    if other is not None and undeclined is None:
        undeclined = _undeclined(other)
    # a Korean person's name opening running text (Кім Чен Ина і його чиновників): the name's words alone
    person = _person_words(other or words)
    if person is not None and undeclined is None:
        undeclined = _undeclined(person) or person
    # a language without э writes ㅐ with е too (Хе for Хэ, 해): its е read as э, and as the older е
    other_ae = [_E_AS_AE.sub("э", w) for w in other] if other is not None else None
    for older, said in ((False, words), (True, words), (False, undeclined), (True, undeclined), (False, other),
                        (False, other_ae), (True, other)):
        if said is None:
            continue
        read = [_word(w, older) for w in said]
        text = " ".join(read)
        # a final n is read ng in the Korean words only (the English ones are spelt as they are)
        sounded = " ".join(w if w.istitle() or not w.islower() else w.replace("n", "\0") for w in read)
        out += [t.replace("\0", "n").replace("'", "") for t in (text, *ng_variants(sounded, _FINAL_N))]
    seen = {name}
    korean = [(t, f"Russian's Cyrillic for a Korean name read in the lists' Latin letters ({SOURCE}): {name} → {t}")
              for t in out if t.strip() and not (t in seen or seen.add(t))]  # type: ignore[func-returns-value]
    for serbian in _serbian(name):
        if serbian not in seen:
            seen.add(serbian)
            korean.append((serbian, f"Serbian Cyrillic read in its Latin letters ({SERBIAN_SOURCE}): {name} → {serbian}"))
    russian = _russian(words)
    if russian and russian not in seen:
        seen.add(russian)
        korean.append((russian, f"Cyrillic read as Russian's own words ({RUSSIAN_SOURCE}): {name} → {russian}"))
    lemmas = _lemmas(words)
    if lemmas != words and (lemma_said := _russian(lemmas)) and lemma_said not in seen:
        korean.append((lemma_said, f"Cyrillic read as Russian's own words, each in its dictionary form ({LEMMA_SOURCE}; "
                                   f"{RUSSIAN_SOURCE}): {name} → {' '.join(lemmas)} → {lemma_said}"))
    return korean


# Other languages' Cyrillic for Korean names, in the Russian letters of the same sounds, by each language's alphabet
# (Wikipedia's pages on the Bulgarian, Ukrainian and Mongolian alphabets): Bulgarian writes ё as ьо/йо and has no ы
# or э (its ъ is the vowel ŭ: Пхенян, Чхуе Рьон-хе for Чхве Рён Хэ, у for the w of a diphthong after a consonant);
# Ukrainian's и is Russian's ы, its і Russian's и, its ї йи, its є е (Кім Чен Ин); Mongolian's ө and ү are the
# rounded о and у.  A letter only one language has marks it; the shared ones (ьо, уе after a consonant) mean the
# same in Russian's transcription, which writes neither.
_OTHER_LETTERS = str.maketrans({"і": "и", "ї": "йи", "є": "е", "ґ": "г", "ө": "о", "ү": "у"})
_UKRAINIAN = frozenset("іїєґ")
# Mongolian's own letters; its ч is the aspirated ㅊ (Чүэ Рионг Хэ, Choe Ryong Hae), as Russian's чх, and it writes a
# case ending after a foreign name with a hyphen (Ким Жонг Ын-ий, Kim Jong Un's), read off
_MONGOLIAN = frozenset("өү")
_MONGOLIAN_CASE = re.compile(r"-(?:ийн|ын|ий|ийг|ыг|д|т|тай|аас|ээс|оос|өөс|ээ|аа)$")
_BULGARIAN_GLIDE = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])у(?=[еаэо])")  # Чхуе: у for w before a vowel
_GLIDE_E = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])в[эе]")  # ㅚ after the glide, as Russian's ве (Чхве)
_LONG_VOWEL = re.compile(r"([аоуэыёюя])(?:\1|(?<=ё)о|(?<=ю)у|(?<=я)а)")
_SOFT_O = re.compile(r"[ьйи]о")  # Bulgarian's and Ukrainian's ьо/йо, Mongolian's ио: Russian's ё


_E_AS_AE = re.compile(r"(?<=[бгджзклмнпрстфхцчшщ])е")  # not ве, which is ㅚ


def _in_russian_letters(word: str, ukrainian: bool, mongolian: bool = False) -> str:
    low = word.lower()
    if not has_cyrillic(low):
        return word
    if ukrainian:
        low = low.replace("и", "ы")
    if mongolian:
        low = _MONGOLIAN_CASE.sub("", low).replace("ч", "чх")
    low = _SOFT_O.sub("ё", _BULGARIAN_GLIDE.sub("в", low.translate(_OTHER_LETTERS)))
    low = _GLIDE_E.sub("ве", low)
    low = _LONG_VOWEL.sub(r"\1", low)  # Mongolian writes a long vowel twice (Ёо, оо): Korean has none
    low = re.sub(r"(?<=[бвгджзклмнпрстфхцчшщ])ъ(?=[бвгджзклмнпрстфхцчшщ])", "ы", low)  # Bulgarian's ъ, the vowel ŭ
    if low == word.lower():
        return word
    return low.capitalize() if word[:1].isupper() else low


# Serbian (and Macedonian) Cyrillic is spelt as its Latin alphabet is, one letter for one (Gaj's), and writes Korean
# names as they sound in English letters (Ким Џонг Ун, Kim Džong Un); the lists' letters for its sounds
SERBIAN_SOURCE = "the Serbian Cyrillic alphabet's Latin letters"
_SERBIAN_MARKS = frozenset("јџђћљњќѓѕ")
_SERBIAN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "j", "е": "e", "ж": "j", "з": "z", "и": "i",
            "ј": "y", "к": "k", "л": "l", "љ": "ly", "м": "m", "н": "n", "њ": "ny", "о": "o", "п": "p", "р": "r",
            "с": "s", "т": "t", "ћ": "ch", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "џ": "j", "ш": "sh",
            "ќ": "ch", "ѓ": "j", "ѕ": "dz"}


_SYLLABLE_E = re.compile(r"(?<=[bdghjklmnprst])e\b", re.IGNORECASE)  # Хе: a syllable's е, which writes ㅐ too (해 Hae)


def _serbian(name: str) -> list[str]:
    """The name in Serbian's Latin letters, and with a syllable's closing e also read ae."""
    low = name.lower()
    if not _SERBIAN_MARKS.intersection(low):
        return []
    latin = " ".join(w.capitalize() for w in "".join(_SERBIAN.get(c, c) for c in low).split())
    return list(dict.fromkeys((latin, _SYLLABLE_E.sub("ae", latin))))


LEMMA_SOURCE = "pymorphy3 with its Russian dictionary (OpenCorpora)"
# a man's surname in -ов/-ев/-ин/-ын declined as Russian declines it (Соина, Соину, Соиным, Соине), read back after
# a first name the dictionary knows in that case (Дмитрия Соина)
_SURNAME_CASES = {"gent": ("а",), "accs": ("а",), "datv": ("у",), "ablt": ("ым",), "loct": ("е",)}
_SURNAME_STEMS = ("ов", "ев", "ёв", "ин", "ын")
_KOREAN_SYLLABLE = 3  # letters of a Korean syllable's longest Cyrillic in a name's word (Рён, Чхве: 4 with its х)


@lru_cache(maxsize=1)
def _morph() -> Any | None:
    try:
        import pymorphy3
    except ImportError:
        return None
    return pymorphy3.MorphAnalyzer(lang="ru")


def _lemmas(words: list[str]) -> list[str]:
    """Each Russian word the dictionary knows in its dictionary form (партии -> партия, Дмитрия -> Дмитрий), a
    surname after a first name in the first name's case; other words as written."""
    morph = _morph()
    if morph is None or not any(has_cyrillic(w) for w in words):
        return words
    out: list[str] = []
    case = None  # the case of a first name just read
    for w in words:
        lemma, this_case = w, None
        if has_cyrillic(w) and len(w) > _KOREAN_SYLLABLE:  # Ким, Чен, Ына: a Korean syllable is no Russian word
            parse = morph.parse(w)[0]
            if parse.is_known:
                lemma = parse.normal_form
                if {"Name", "Patr"} & parse.tag.grammemes and parse.tag.gender == "masc":
                    this_case = parse.tag.case
            elif case is not None and case in _SURNAME_CASES:
                low = w.lower()
                lemma = next((low[:-len(e)] for e in _SURNAME_CASES[case]
                              if low.endswith(e) and low[:-len(e)].endswith(_SURNAME_STEMS)), w)
            if lemma != w:
                lemma = lemma.capitalize() if w[:1].isupper() else lemma
        out.append(lemma)
        case = this_case
    return out


RUSSIAN_SOURCE = "ICU's Russian-Latin/BGN transliteration"


def _russian(words: list[str]) -> str | None:
    """A Russian name (a person's, a firm's own word) in the Latin letters the lists write it with: the BGN/PCGN
    system, as ICU ships it (Дмитрий Юрьевич Соин -> Dmitriy Yuryevich Soin); the words of bodies in English."""
    from icu import Transliterator

    bgn = Transliterator.createInstance("Russian-Latin/BGN")
    out = []
    for w in words:
        low = w.lower()
        english = next((e for stem, e in _STEMS_LONGEST if has_cyrillic(low) and low.startswith(stem)
                        and (len(stem) >= 4 or low == stem or len(low) <= len(stem) + 3)), None)
        latin = unicodedata.normalize("NFKD", bgn.transliterate(w))
        out.append(english or re.sub(r"[^A-Za-z0-9-]", "", latin))
    return " ".join(w for w in out if w) or None


# Cyrillic letters that look like Latin ones, written for them in a code of letters and digits (an aircraft's
# registration Р-885 with Cyrillic Р for P-885; a ship's number)
_HOMOGLYPHS = str.maketrans("АВЕКМНОРСТХ", "ABEKMHOPCTX")
_CODE = re.compile(r"(?<![\w-])([\u0400-\u04ffA-Za-z]{1,3})[-‐−–]?(\d{2,})(?![\w-])")


def _codes(name: str) -> list[str]:
    """A code of letters and digits with Cyrillic letters that look like Latin ones, in Latin letters."""
    out = []
    for m in _CODE.finditer(name):
        letters = m.group(1)
        if has_cyrillic(letters) and all(c.isascii() for c in letters.translate(_HOMOGLYPHS)):
            out.append(m.group(0).translate(_HOMOGLYPHS).replace("−", "-").replace("–", "-").replace("‐", "-"))
    return out


# Korean surnames as the Soviet Koreans (Koryo-saram) and the older Russian press spell them, which the system
# does not (Цой for 최, Тен for 정, Тян for 장, Огай for 오, Хегай for 허, Когай for 고; Kholodovich's and the
# Soviet passports' forms), read as the lists spell the surname
KORYO_SARAM_SURNAMES = {"цой": "Choe", "тен": "Jong", "тян": "Jang", "огай": "O", "хегай": "Ho", "когай": "Ko",
                        "тягай": "Cha", "дян": "Jang", "тхай": "Thae"}
# Russian declines a surname: Ким, Кима, Киму, Кимом, Киме; Цой, Цоя, Цою, Цоем (the genitive after a noun:
# "the visit of Ким Чен Ына"); the endings a surname takes, read off where what is left is a Korean syllable
_CASE_ENDINGS = ("ом", "ем", "а", "я", "у", "ю", "е")
_KOREAN_SURNAMES_CYRILLIC = frozenset({"ким", "пак", "ли", "ри", "чхве", "чон", "чан", "кан", "хан", "хван", "рим",
                                       "син", "пэк", "мун", "ян", "рян", "юн", "хон", "со", "сон", "ко", "о", "но", "ро",
                                       "чо", "чу", "хо", "хён", "ан", "цой", "тен", "тян", "огай", "хегай", "когай"})


_DECLINED_LAST = re.compile(r"(?<=[нмкпть])(?:ом|а|у|е)$")


def _undeclined(words: list[str]) -> list[str] | None:
    """A Korean person's name whose last word Russian declined (Ким Чен Ына, Ким Ир Сену: the genitive and dative
    of Ким Чен Ын), with its last word as said alone: a case ending after a syllable's final consonant."""
    if len(words) < 2 or _surname(words[0].lower()) is None or _DECLINED_LAST.search(words[-1].lower()) is None:
        return None
    return [*words[:-1], _DECLINED_LAST.sub("", words[-1].lower()).capitalize()]


_SYLLABLE_WORD = 4  # letters of a Korean name's word in Cyrillic after its surname (Чхве, Рён, Ына)


def _person_words(words: list[str]) -> list[str] | None:
    """The words of a Korean person's name opening a longer text: a surname, then up to two capitalised words of a
    syllable or two, the next word lower-case; None unless such words are followed by others."""
    if len(words) < 3 or _surname(words[0].lower()) is None:
        return None
    n = 1
    while n < min(len(words), 3) and words[n][:1].isupper() and len(words[n]) <= _SYLLABLE_WORD + 2:
        n += 1
    if n < 2 or n == len(words) or not words[n][:1].islower():
        return None
    return words[:n]


def _surname(word: str) -> str | None:
    """The word as a Korean surname in any of Russian's cases, in the lists' spelling where it is a Soviet one."""
    for form in (word, *(word[:-len(e)] + ("й" if e in ("я", "ю", "ем") else "") for e in _CASE_ENDINGS
                          if word.endswith(e) and len(word) > len(e) + 1)):
        if form in _KOREAN_SURNAMES_CYRILLIC:
            return form
    return None


def _word(word: str, older: bool) -> str:
    low = word.lower()
    if not has_cyrillic(low):
        return word
    if (sur := _surname(low)) is not None:
        if sur in KORYO_SARAM_SURNAMES:
            return KORYO_SARAM_SURNAMES[sur]
        low = sur
    for stem, english in _STEMS_LONGEST:
        if low.startswith(stem) and (len(stem) >= 4 or low == stem or len(low) <= len(stem) + 3):
            return english
    return _sounds(low, older).capitalize()


def _sounds(word: str, older: bool) -> str:
    out: list[str] = []
    i = 0
    while i < len(word):
        pair = next((latin for cyr, latin in _PAIRS if word.startswith(cyr, i)), None)
        if pair is not None:
            out.append(pair)
            i += 2
            continue
        c = word[i]
        latin = _LETTERS.get(c, c if c.isascii() else "")
        if older and c == "е" and i == 0:
            latin = "yo"  # ё printed without its dots (Ким Е Чжон, 김여정)
        elif older and c == "е" and word[i - 1] not in "аяоёуюыиэеьъйв":
            latin = "o" if word[i - 1] in "чж" or (i > 1 and word[i - 2:i] in ("чх", "дж")) else "yo"
        out.append(latin)
        i += 1
    return "".join(out)  # ' (ь ъ) marks a syllable's end until the final n is read
