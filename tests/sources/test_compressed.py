"""Lists arrive compressed as often as plain: readers take either, and a cut download is the user's error."""

from __future__ import annotations

import bz2
import gzip
from pathlib import Path

import pytest

from chainlight.errors import InputError
from chainlight.sources import dol, hs, un
from chainlight.sources.compressed import compression_of, logical_path, read_bytes
from tests.helpers.snapshots import snapshot, snapshot_bytes

GOODS = "forced_labour/ilab/goods_2021.xml"


def test_gzip_bzip2_xz_and_plain_read_alike(tmp_path: Path) -> None:
    raw = snapshot_bytes(GOODS)
    plain = tmp_path / "goods.xml"
    plain.write_bytes(raw)
    gz = tmp_path / "goods.xml.gz"
    gz.write_bytes(gzip.compress(raw))
    bz = tmp_path / "goods.xml.bz2"
    bz.write_bytes(bz2.compress(raw))
    expected = dol.read([plain]).goods
    for path in (gz, bz, snapshot(GOODS)):
        assert dol.read([path]).goods == expected
    assert [compression_of(p) for p in (plain, gz, bz, snapshot(GOODS))] == [None, "gzip", "bzip2", "xz"]
    assert logical_path(gz).name == "goods.xml" and logical_path(plain) == plain


@pytest.mark.parametrize(("reader", "relative"), [
    (dol.read, GOODS),
    (un.read, "sanctions/un/consolidated.xml"),
])
def test_a_cut_archive_names_the_file_and_asks_for_a_new_download(tmp_path: Path, reader, relative: str) -> None:
    whole = snapshot(relative).read_bytes()
    cut = tmp_path / Path(relative).with_suffix(Path(relative).suffix + ".xz").name
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(InputError) as err:
        reader([cut])
    assert err.value.exit_code == 2
    assert str(cut) in err.value.message or err.value.problem.file == str(cut)
    assert "cut short" in err.value.message


def test_a_cut_hs_archive_is_an_input_error(tmp_path: Path) -> None:
    whole = snapshot("hs/harmonized-system/harmonized-system.csv").read_bytes()
    cut = tmp_path / "harmonized-system.csv.xz"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(InputError, match="cut short"):
        hs.read([cut])


def test_read_bytes_of_a_gzip_that_breaks_off(tmp_path: Path) -> None:
    cut = tmp_path / "sdn.csv.gz"
    cut.write_bytes(gzip.compress(b"x" * 100_000)[:40])
    with pytest.raises(InputError, match="gzip archive is damaged or cut short"):
        read_bytes(cut)
