"""A name in Hangul, characters or kana that meets a body the lists place outside Korea, China and Japan only
through a reading of it (issue 14, round 19, after the scoring): 人民軍 (the Korean People's Army) translated
PEOPLE'S ARMY is no JAYSH AL-SHA'BI (Syria's people's army), 푸마 no PUMA SECURITY COMPANY (BALKANS), 玛丽亚 (the
ship MARIA) no NEGRETE LUNA, Jose Maria (SDNTK, Colombia).  Such a match is kept under the threshold and says why;
an entry under a North Korea programme, whatever its country, is not (the ship PARTIZAN, Russia, DPRK4), nor one the
lists tie to Russia, the North's partner in arms and oil (the ship ANGARA, RUSSIA-EO14024), nor one with no country
under NPWMD or CYBER only, programmes that list North Korean bodies too (VELA-MARINE LTD., CYBER2, which ベラ, the
ship BELLA, still meets).  The entries and their programmes are OFAC's."""

from __future__ import annotations

from chainlight.model.entity import Entity, Name
from chainlight.resolve.listed import ListedTable
from chainlight.resolve.matcher import Matcher, _in_east_asian_script
from chainlight.resolve.types import Query
from tests.resolve.listed import ofac

THRESHOLD = 0.7


def _entity(sid: str, schema: str, names: list[str], programs: list[str], countries: list[str]) -> Entity:
    ns = [Name(n, "primary" if i == 0 else "alias") for i, n in enumerate(names)]
    return Entity(f"ofac-{sid}", schema, "ofac-sdn", sid, ns, programs=programs, countries=countries)


def _lists() -> list[Entity]:
    return [
        _entity("22284", "Organization", ["KOREAN PEOPLE'S ARMY"], ["DPRK3"], []),
        _entity("15588", "Organization", ["JAYSH AL-SHA'BI", "THE POPULAR ARMY", "PEOPLE'S ARMY",
                                          "ARMY OF THE PEOPLE"], ["SYRIA"], []),
        _entity("24833", "Company", ["VELA-MARINE LTD."], ["CYBER2"], []),
        _entity("24512", "Vessel", ["PARTIZAN"], ["DPRK4"], ["ru"]),
        _entity("7774", "Company", ["PUMA SECURITY COMPANY"], ["BALKANS"], []),
        _entity("90001", "Company", ["PUMA TRADING CO LTD"], ["NPWMD"], ["cn"]),
        _entity("37059", "Vessel", ["ANGARA"], ["RUSSIA-EO14024"], ["ru"]),
        _entity("37065", "Company", ["M LEASING LLC"], ["RUSSIA-EO14024"], []),
        _entity("11895", "Person", ["NEGRETE LUNA, Jose Maria"], ["SDNTK"], ["co"]),
        _entity("25384", "Vessel", ["PARISAN"], ["IRAN", "NPWMD", "IFSR"], ["ir"]),
    ]


def _top(m: Matcher, name: str) -> dict[str, tuple[float, bool, str]]:
    return {x.entity_name: (x.score, x.match, x.explanation) for x in m.match(Query("q", name), limit=5)}


def test_a_name_in_east_asian_script() -> None:
    assert _in_east_asian_script("人民軍") and _in_east_asian_script("ベラ") and _in_east_asian_script("푸마")
    assert _in_east_asian_script("ﾍﾞﾗ")  # half-width katakana
    assert not _in_east_asian_script("People's Army")
    assert not _in_east_asian_script("코폴(KORPOL)해운")  # its Latin letters are a reading of its own


def test_an_entry_placed_elsewhere() -> None:
    t = ListedTable()
    for e in _lists():
        t.add(e, e.names[0].value)
    t.add(Entity("x-1", "Company", "private", "1", [Name("NO PROGRAMME CO", "primary")]), "NO PROGRAMME CO")
    where = {t.id(i): t.elsewhere(i) for i in range(len(t))}
    assert where == {"ofac-22284": False, "ofac-15588": True, "ofac-24833": False, "ofac-24512": False,
                     "ofac-7774": True, "ofac-90001": False, "ofac-37059": False, "ofac-37065": False,
                     "ofac-11895": True, "ofac-25384": True, "x-1": False}


def test_characters_translated_meet_another_countrys_army_under_the_threshold() -> None:
    m = Matcher(_lists(), threshold=THRESHOLD)
    for name in ("人民軍", "인민군"):
        found = _top(m, name)
        score, match, why = found["JAYSH AL-SHA'BI"]
        assert not match and score < THRESHOLD and "the lists place the body elsewhere" in why
        assert not any(hit for _score, hit, _why in found.values())  # KOREAN PEOPLE'S ARMY says more: not found


def test_the_same_words_in_latin_letters_are_not_capped() -> None:
    m = Matcher(_lists(), threshold=THRESHOLD)
    _score, match, why = _top(m, "People's Army")["JAYSH AL-SHA'BI"]
    assert match and "elsewhere" not in why


def test_katakana_and_hangul_by_sound() -> None:
    m = Matcher(_lists(), threshold=THRESHOLD)
    for name, other in (("푸마", "PUMA SECURITY COMPANY"), ("プーマ", "PUMA SECURITY COMPANY"),
                        ("玛丽亚", "NEGRETE LUNA, Jose Maria")):
        found = _top(m, name)
        assert other in found, (name, found)
        score, match, why = found[other]
        assert not match and score < THRESHOLD and "elsewhere" in why, (name, found)
    # a North Korea programme ties a body however far it is listed: the Russian-flagged ship PARTIZAN is kept,
    # above the Iranian PARISAN
    found = _top(m, "パルチザン")
    assert found["PARTIZAN"][1] and next(iter(found)) == "PARTIZAN"
    # CYBER2, no country: not placed elsewhere (the mixers of the North's hackers are so listed)
    assert _top(m, "ベラ")["VELA-MARINE LTD."][1]
    # and a country does: the Chinese firm PUMA TRADING, above the Bosnian PUMA SECURITY COMPANY
    found = _top(m, "푸마")
    assert found["PUMA TRADING CO LTD"][1] and next(iter(found)) == "PUMA TRADING CO LTD"
    # and Russia, by a country or by a programme alone
    for name, listed in (("アンガラ", "ANGARA"), ("앙가라호", "ANGARA"), ("엠리징", "M LEASING LLC")):
        score, match, why = _top(m, name)[listed]
        assert match and "elsewhere" not in why, (name, score, why)


def test_an_entry_without_a_programme_says_nothing_of_where_it_is() -> None:
    m = Matcher([ofac("15588", "Organization", "JAYSH AL-SHA'BI", "PEOPLE'S ARMY"),
                 ofac("24833", "Company", "VELA-MARINE LTD.")], threshold=THRESHOLD)
    assert _top(m, "人民軍")["JAYSH AL-SHA'BI"][1]
