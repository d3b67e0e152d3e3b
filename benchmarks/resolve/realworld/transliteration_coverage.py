"""How many listed Latin words a foreign word written in Hangul, katakana or transliteration characters reaches
(resolve/foreign_names.ListedSounds), measured by round trips, with no real-world set involved.

    python -m benchmarks.resolve.realworld.transliteration_coverage [--sample 3000]

The words: every word of the OFAC SDN and UN entries' names of persons and vessels (OFAC `sdn.csv`, the UN
XML), ASCII letters, four or more, no English dictionary word (CC-CEDICT's glosses: those are the loanword
reader's), a sample ordered by sha1.  Each is written in three scripts by generators the readers do not use:

- Hangul: the loanword orthography's Russian table applied to the list's romanization (to_hangul below: a
  consonant before no vowel takes ㅡ, l between vowels is ㄹㄹ, m/n/l close the syllable before, v/f close
  as 프, й after a vowel is 이);
- katakana: ICU's Latin-Katakana transform (PyICU, which normality already brings);
- characters: each syllable of the romanization by a transliteration character whose reading
  (foreign_names._syllable) is that syllable, a lone consonant by the character read as it alone (克 k).

Each is read back as the matcher reads it (foreign_names.hangul_word; kana's romaji by foreign spelling;
foreign_names._part) and counted: `as spelt` when the spelling back is the listed word itself (all the readings
could find before: they searched with the spelling), `rank 1` / `offered` when ListedSounds.near gives it first
/ among its options.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

from benchmarks.resolve.realworld.run import build_store

_VOWELS = {"a": 0, "e": 5, "i": 20, "o": 8, "u": 13, "y": 20, "ya": 2, "ye": 7, "yo": 12, "yu": 17}
_INITIALS = {"g": 0, "k": 15, "c": 15, "q": 15, "n": 2, "d": 3, "t": 16, "r": 5, "l": 5, "m": 6, "b": 7, "v": 7,
             "w": 7, "p": 17, "f": 17, "s": 9, "z": 12, "zh": 12, "j": 12, "ch": 14, "ts": 14, "kh": 18, "h": 18,
             "sh": 9}
_FINALS = {"m": 16, "n": 4, "l": 8}
_UNIT = re.compile(r"shch|zh|kh|ts|ch|sh|y[aeou]|[aeiou]|y|[bcdfghjklmnpqrstvwxz]")
_SOFT_SH = {0: 2, 5: 7, 8: 12, 13: 17}  # ш before a vowel is 샤 셰 쇼 슈


def _syllable(ini: int, vow: int, fin: int = 0) -> str:
    return chr(0xAC00 + ini * 588 + vow * 28 + fin)


def to_hangul(word: str) -> str:
    """A romanized Russian (or other European) name in Hangul by the loanword orthography's table, simplified."""
    units = _UNIT.findall(word.lower().replace("x", "ks").replace("shch", "sh"))
    out: list[list[int]] = []  # [initial, vowel, final]
    i = 0
    while i < len(units):
        u = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        if u in _VOWELS:
            if u == "y" and out and out[-1][2] == 0 and i > 0 and units[i - 1] in _VOWELS:
                out.append([11, 20, 0])  # й after a vowel: 이
            else:
                out.append([11, _VOWELS[u], 0])
            i += 1
            continue
        if nxt is not None and nxt == u:
            i += 1  # a doubled consonant is one
            continue
        if nxt is not None and nxt in _VOWELS:
            vow = _VOWELS[nxt]
            if u == "sh":
                vow = _SOFT_SH.get(vow, vow)
            if u == "l" and out and out[-1][2] == 0 and i > 0 and units[i - 1] in _VOWELS:
                out[-1][2] = 8  # l between vowels is ㄹㄹ
            out.append([_INITIALS.get(u, 11), vow, 0])
            i += 2
            continue
        # a consonant before another or closing the word
        if u in _FINALS and out and out[-1][2] == 0:
            out[-1][2] = _FINALS[u]
        elif u in ("v", "f") and nxt is None:
            out.append([17, 18, 0])  # -ов, -ев: 프
        elif u in ("ch", "sh"):
            out.append([_INITIALS[u], 20, 0])  # 치, 시
        else:
            out.append([_INITIALS.get(u, 11), 18, 0])  # 크, 스, 드, 르 ...
        i += 1
    return "".join(_syllable(*s) for s in out)


def _katakana() -> object | None:
    try:
        import icu  # type: ignore[import-not-found]
    except ImportError:
        return None
    return icu.Transliterator.createInstance("Latin-Katakana")


def _chinese_table() -> dict[str, str]:
    from chainlight.resolve.foreign_names import TRANSLITERATION_CHARS
    from chainlight.resolve.foreign_names import _syllable as read

    table: dict[str, str] = {}
    for ch in sorted(TRANSLITERATION_CHARS):
        table.setdefault(read(ch), ch)
    return table


_CV = re.compile(r"(?:shch|zh|kh|ts|ch|sh|[bcdfghjklmnpqrstvwxz])?(?:y?[aeiou]|y)|shch|zh|kh|ts|ch|sh|[bcdfghjklmnpqrstvwxz]")


def to_characters(word: str, table: dict[str, str]) -> str | None:
    """The word by transliteration characters, syllable by syllable; None when a syllable has none."""
    out = []
    for unit in _CV.findall(word.lower()):
        # Chinese has no r before a vowel: the tables write it with l (拉 la for ra)
        unit = re.sub(r"^r(?=[aeiouy])", "l", unit)
        ch = table.get(unit) or table.get(unit.removeprefix("y")) or table.get(unit.rstrip("aeiouy")) \
            or ("伊" if unit == "y" else None)
        if ch is None:
            return None
        out.append(ch)
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    import tempfile

    from chainlight.resolve import cedict, foreign_names, kana
    from chainlight.resolve.normalize import fold
    from chainlight.store import Store

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sample", type=int, default=3000)
    ap.add_argument("--store", type=Path)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.store or Path(tmp) / "lists.duckdb"
        if args.store is None:
            build_store(path)
        store = Store(path, read_only=True)
        try:
            entities = store.entities(["ofac-sdn", "un-sc"])
        finally:
            store.close()
    every: dict[str, None] = {}
    chosen: dict[str, str] = {}
    english = cedict.english_words()
    for e in entities:
        for n in e.names:
            for w in fold(n.value).split():
                every[w] = None
                if e.schema in ("Person", "Vessel") and len(w) >= 4 and w.isascii() and w.isalpha() \
                        and w not in english:
                    chosen[w] = e.schema
    sounds = foreign_names.ListedSounds(every)
    words = sorted(chosen, key=lambda w: hashlib.sha1(w.encode()).hexdigest())[:args.sample]
    katakana = _katakana()
    table = _chinese_table()
    readers = {
        "hangul": lambda w: foreign_names.hangul_word(to_hangul(w)),
        "katakana": (lambda w: "".join(kana._romaji(katakana.transliterate(w), True).split()).replace("'", ""))  # type: ignore[attr-defined]
        if katakana is not None else None,
        "characters": lambda w: (foreign_names._part(c) if (c := to_characters(w, table)) else None),
    }
    print(f"# Round trips of listed words through three scripts ({len(words)} of {len(chosen)} words of persons' "
          f"and vessels' names, no English word; ListedSounds over {len(every)} listed words)\n")
    print("| script | generated | as spelt (before) | rank 1 (after) | offered (after) | no option |")
    print("|---|---|---|---|---|---|")
    for script, reader in readers.items():
        if reader is None:
            print(f"| {script} | (PyICU missing) | | | | |")
            continue
        gen = spelt = first = offered = none = 0
        for w in words:
            back = reader(w)
            if not back:
                continue
            gen += 1
            spelt += back == w
            near = [x for x, _ in sounds.near(back)]
            first += bool(near) and near[0] == w
            offered += w in near
            none += not near
        print(f"| {script} | {gen} | {spelt} ({spelt / gen:.1%}) | {first} ({first / gen:.1%}) | "
              f"{offered} ({offered / gen:.1%}) | {none} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
