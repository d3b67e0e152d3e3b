"""The ninth to twenty-fourth real-world titles sets (benchmarks/classify/realworld/titles_v9.csv ... titles_v24.csv) are
well formed: every HS code is in the HS 2022 nomenclature the classifier uses, the split is the crc32 rule every set
uses, the ids are `vN` + crc32, no text repeats an earlier set and no CBP ruling an earlier set cites is cited again,
each row says whose label it is, and the languages are mixed as each set's README says. No classifier runs here (each
held-out half is scored once, by the lead); failures name row ids only, so held-out rows are not printed."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from benchmarks.tests import titles_set_checks as checks
from benchmarks.tests.test_titles_sets import _rows


@dataclass(frozen=True)
class TitlesSet:
    number: int
    size: range  # rows its README allows for (the count it gives is inside)
    # language shares asked by its brief: at most this share English, at least these shares Chinese and Korean
    en_at_most: float
    zh_at_least: float
    ko_at_least: float
    # whether a row citing a ruling must carry the ruling's holding: set 9's row v9244ac0d6 names a ruling only as
    # cited in another and is labelled from the heading texts; set 9's own test never asked it
    ruling_rows_hold: bool = True
    annotated: str = "2026-12-06"  # the date every row's `annotated` column gives
    source_at_most: float = 1.0  # the largest share of rows one source may give (set 20's brief: a fifth)

    @property
    def file(self) -> str:
        return f"titles_v{self.number}.csv"

    @property
    def tag(self) -> str:
        return f"v{self.number}"


# sizes the READMEs give: 137, 134, 131, 145, 130, 130, 130, 137, 139, 146, 141, 130, 92, 136, 125; Chinese + Korean share
# asked 45 % (sets 9-14), 60 % (sets 15-21) and 60 % again with English at about 40 % (set 22), a third each (set 23); held: 70 %, 74 %, 60 %,
# 69 %, 62 %, 70 %, 80 %, 77 %, 84 %, 82 %, 89 %, 77 %, 100 %, 63 %, 68 %
SETS = [
    TitlesSet(9, range(120, 181), 0.55, 0.30, 0.20, ruling_rows_hold=False),
    TitlesSet(10, range(120, 181), 0.55, 0.30, 0.20),
    TitlesSet(11, range(120, 181), 0.55, 0.30, 0.20),
    TitlesSet(12, range(120, 181), 0.55, 0.25, 0.30),
    TitlesSet(13, range(110, 161), 0.45, 0.25, 0.25),
    TitlesSet(14, range(110, 161), 0.45, 0.25, 0.25),
    TitlesSet(15, range(110, 141), 0.40, 0.40, 0.15),
    TitlesSet(16, range(125, 146), 0.40, 0.40, 0.15),
    TitlesSet(17, range(125, 151), 0.40, 0.40, 0.15, annotated="2026-12-07"),
    TitlesSet(18, range(125, 151), 0.40, 0.30, 0.30, annotated="2026-12-07"),
    TitlesSet(19, range(125, 151), 0.40, 0.30, 0.30, annotated="2026-12-07"),
    # set 19 took 38 % from one shop; set 20's brief capped any one source at a fifth
    TitlesSet(20, range(120, 151), 0.40, 0.30, 0.30, annotated="2026-12-07", source_at_most=0.20),
    # set 21 fell short of its brief's 130 (every hair title found was taken by sets 1-20): 92 rows, no English
    TitlesSet(21, range(90, 101), 0.40, 0.30, 0.20, annotated="2026-12-07", source_at_most=0.20),
    # set 22 asked for English again beside the risk goods and everyday goods (en 50, zh 50, ko 36 of 136)
    TitlesSet(22, range(130, 141), 0.45, 0.30, 0.20, annotated="2026-12-07", source_at_most=0.20),
    # set 23 weighted the risk goods and what sits beside them, a third of each language (en 40, zh 40, ko 45 of 125)
    TitlesSet(23, range(120, 136), 0.40, 0.28, 0.28, annotated="2026-12-07", source_at_most=0.20),
    # set 24 weighted hair goods and their accessories; en 42, zh 26, ko 23 of 91 (its README says why English leads)
    TitlesSet(24, range(88, 95), 0.50, 0.22, 0.22, annotated="2026-12-08", source_at_most=0.10),
]
IDS = [s.tag for s in SETS]


@pytest.mark.parametrize("s", SETS, ids=IDS)
def test_columns_ids_and_split_follow_the_rule_of_every_set(s: TitlesSet) -> None:
    checks.check_columns_ids_and_split(s.file, s.tag, s.size, s.annotated)


@pytest.mark.parametrize("s", SETS, ids=IDS)
def test_labels_are_nomenclature_codes_and_known_categories(s: TitlesSet) -> None:
    checks.check_labels(s.file)


@pytest.mark.parametrize("s", SETS, ids=IDS)
def test_labelled_by_says_whose_label_it_is(s: TitlesSet) -> None:
    # a row that cites a customs ruling carries the ruling's holding carried to HS 2022 (sets 9 and 10 cut to six
    # digits, set 14); every other row is the engineer's reading of the HS 2022 heading and subheading texts
    for r in _rows(s.file):
        prefix, _, basis = r["labelled_by"].partition(": ")
        assert prefix == f"issue-15 engineer ({s.tag})", r["id"]
        ruling_basis = basis.startswith(("the customs ruling's holding", "the CBP ruling's holding")) and basis.endswith(
            "carried to HS 2022")
        if not checks.RULING.search(r["source"]):
            assert basis == "HS 2022 heading/subheading texts", r["id"]
        elif s.ruling_rows_hold:
            assert ruling_basis, r["id"]
        else:
            assert ruling_basis or basis == "HS 2022 heading/subheading texts", r["id"]


@pytest.mark.parametrize("s", SETS, ids=IDS)
def test_no_text_or_cbp_ruling_repeats_an_earlier_set(s: TitlesSet) -> None:
    checks.check_no_repeat(s.file, checks.earlier_sets(s.number))


@pytest.mark.parametrize("s", SETS, ids=IDS)
def test_languages_are_mixed(s: TitlesSet) -> None:
    share = checks.language_shares(s.file)
    assert share["en"] <= s.en_at_most and share["zh"] >= s.zh_at_least and share["ko"] >= s.ko_at_least


@pytest.mark.parametrize("s", SETS, ids=IDS)
def test_no_source_weighs_more_than_its_brief_allows(s: TitlesSet) -> None:
    rows = _rows(s.file)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["source"]] = counts.get(r["source"], 0) + 1
    assert max(counts.values()) <= s.source_at_most * len(rows)


def test_set_24_weighs_hair_goods_as_its_readme_says() -> None:
    # 42 of 91 rows are hair goods (wigs, pieces, lashes), all of heading 67.04; their accessories (glue, caps, stands,
    # curlers) are labelled as themselves, `other` or knitwear
    hair = [r for r in _rows("titles_v24.csv") if r["risk_category"] in {"wigs", "hair_pieces", "false_eyelashes",
                                                                          "human_hair"}]
    assert len(hair) == 42 and {r["hs"][:4] for r in hair} == {"6704"}
