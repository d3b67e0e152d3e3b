"""The HS 2022 nomenclature: chapters, headings and subheadings, with every code's shape checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainlight.errors import InputError
from chainlight.model.product import HsCode
from chainlight.sources import get_reader
from chainlight.sources.hs import META, read
from tests.helpers.snapshots import snapshot

HS_CSV = snapshot("hs/harmonized-system/harmonized-system.csv")
HEADER = "section,hscode,description,parent,level\n"


@pytest.fixture(scope="module")
def codes() -> dict[str, HsCode]:
    return {c.code: c for c in read([HS_CSV]).hs_codes}


def test_reads_all_rows(codes: dict[str, HsCode]) -> None:
    assert len(codes) == 6939  # 6,940 rows less the grand-total row
    assert len(codes) >= META.expected_min
    assert {c.level for c in codes.values()} == {2, 4, 6}


def test_wigs_and_false_eyelashes(codes: dict[str, HsCode]) -> None:
    heading = codes["6704"]
    assert heading.level == 4 and heading.parent == "67" and heading.section == "XII"
    assert "wigs" in heading.description.lower()
    assert {"670411", "670419", "670420", "670490"} <= {c for c, v in codes.items() if v.parent == "6704"}
    assert codes["67"].parent is None  # chapters hang off TOTAL in the file


def test_knitwear_chapter(codes: dict[str, HsCode]) -> None:
    assert sum(1 for c in codes if c.startswith("61")) == 124


def write(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "hs.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_bad_header(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="header") as err:
        read([write(tmp_path, "XII,67,Hair,TOTAL,2\n", header="code,description\n")])
    assert err.value.problem.line == 1


def test_code_length_must_match_level(tmp_path: Path) -> None:
    path = write(tmp_path, "XII,67,Feathers,TOTAL,2\nXII,670,Wigs,67,4\nXII,6704,Wigs,67,5\n")
    with pytest.raises(InputError) as err:
        read([path])
    found = [(p.line, p.field) for p in err.value.problems]
    assert found == [(3, "hscode"), (4, "level")]


def test_registered_under_its_kind() -> None:
    assert get_reader("hs").meta.licence == "ODC-PDDL-1.0"
    assert get_reader("hs").meta.downloads[0].filename == "harmonized-system.csv"
