"""Abbreviated words read against the words listed names are written with (resolve/abbreviations.py)."""

from __future__ import annotations

from chainlight.model.entity import Entity, Name
from chainlight.resolve import Matcher, Query
from chainlight.resolve.abbreviations import by_initial, candidates, expansions
from tests.resolve.listed import ofac

WORDS = {"management": 40, "mining": 90, "development": 120, "devices": 3, "trading": 300, "international": 80,
         "association": 12, "holdings": 25, "pine": 4, "pineapple": 1}
INITIALS = by_initial(WORDS)


def test_cut_words_and_consonant_skeletons_stand_for_the_listed_words() -> None:
    assert candidates("Dev", WORDS, INITIALS)[0] == "development"  # the commonest of the words it begins
    assert candidates("Trdg", WORDS, INITIALS) == ["trading"]
    assert candidates("Mgmt", WORDS, INITIALS) == ["management"]
    assert candidates("Hldgs", WORDS, INITIALS) == ["holdings"]
    assert candidates("Mng", WORDS, INITIALS) == ["mining", "management"]  # both keep m-n-g: commonest first


def test_only_dotted_or_vowelless_words_are_abbreviations() -> None:
    assert expansions("Green Pine Associated", WORDS, INITIALS) == []  # Pine is a word, not Pineapple cut
    got = expansions("Pyongyang Assoc. Co", WORDS, INITIALS)
    assert got and got[0].text == "Pyongyang association Co" and got[0].words == ("association",)
    assert expansions("Korea JV Co", WORDS, INITIALS) == []  # two capitals are initials, not a cut word


def test_the_commonest_combination_comes_first() -> None:
    got = expansions("Korea Mng. Dev. Trdg. Corp.", WORDS, INITIALS)
    assert got[0].text == "Korea mining development trading Corp."
    assert got[0].notes == ("Mng -> mining", "Dev -> development", "Trdg -> trading")


def test_matcher_finds_a_listing_through_its_abbreviated_words() -> None:
    m = Matcher([Entity("ofac-17068", "Company", "ofac-sdn", "17068",
                        [Name("OCEAN MARITIME MANAGEMENT COMPANY LIMITED", "primary")]),
                 Entity("ofac-1", "Company", "ofac-sdn", "1", [Name("OCEAN MARITIME LOGISTICS LTD", "primary")])])
    got = m.match(Query("q", "Ocean Maritime Mgmt Co"), limit=2)
    assert got[0].entity_name == "OCEAN MARITIME MANAGEMENT COMPANY LIMITED" and got[0].match
    assert "Mgmt -> management" in got[0].explanation


def test_words_and_initials_are_not_read_as_cut_words() -> None:
    words = {**WORDS, "architecture": 9, "mehboob": 5}
    initials = by_initial(words)
    assert expansions("ARCH CONSTRUCTION", words, initials) == []  # a word, though its vowel is first
    assert expansions("LLC MBB", words, initials) == []  # three capitals in a name in capitals: initials
    assert expansions("KOREA MARINE & INDUSTRIAL TRDG", words, initials)[0].words == ("trading",)


# --- from tests/resolve/test_realworld_v7_readings.py: Readings added on the seventh real-world set's dev
# half (issue 14): a name run together with its acronym, a Latin letter written by its Korean name, and the
# h a Korean given name drops when said, as katakana writes it.


def test_an_acronym_is_not_another_acronym_with_a_legal_form() -> None:
    # the shipbuilders' acronyms as OFAC lists them, beside their legal forms
    m = Matcher([ofac("70011", "Company", "COMPLEX UNMANNED SOLUTIONS CENTER LTD", "USC LTD"),
                 ofac("70012", "Company", "JOINT STOCK COMPANY UNITED SHIPBUILDING CORPORATION", "JSC USC")])
    assert not [x for x in m.match(Query("q", "USK"), 2) if x.match]
    assert not [x for x in m.match(Query("q", "ユー・エス・ケー"), 2) if x.match]
    # USC is both bodies' acronym beside a legal form (USC LTD, JSC USC): both are found at one score, and, tied, neither
    # is picked above the threshold (matcher._one_of_two_bodies, round 23)
    same = m.match(Query("q", "USC"), 2)
    assert {x.entity_id for x in same} == {"ofac-70011", "ofac-70012"} and same[0].score == same[1].score
    assert "tied_bodies" in same[0].features and not same[0].match


# --- from tests/resolve/test_realworld_v11_readings.py: Readings added on the eleventh real-world set's dev
# half (issue 14, thirteenth round): katakana フ as the h Korean says, a Taiwanese firm's own name in
# characters spelt in Wade-Giles, Hangul loanwords written as one word cut where one listed name carries
# their words together, and JV as joint venture. The names are those the sets' documents write; the entries
# are OFAC's (some ids stand in).


def test_jv_is_a_joint_venture() -> None:
    m = Matcher([ofac("23725", "Company", "FIRST OIL JV CO LTD", program="DPRK4")])
    top = m.match(Query("q", "First Oil Joint Venture Co"), 1)
    assert top and top[0].entity_id == "ofac-23725" and top[0].match
