"""PackedStrings: the index's names and sketches, packed once the index is frozen."""

from __future__ import annotations

import pickle

import pytest

from chainlight.resolve.packed import PackedStrings


def test_packed_strings_read_back_as_written_in_every_script() -> None:
    names = ["KOREA RYONBONG GENERAL CORPORATION", "조선련봉총회사", "大连飞鸿食品有限公司", "", "Sŏng In Hyŏp"]
    p = PackedStrings()
    for n in names:
        p.append(n)
    assert list(p) == names and p[1] == "조선련봉총회사"
    p.pack()
    assert len(p) == 5 and list(p) == names and p[-1] == "Sŏng In Hyŏp" and p[3] == ""
    with pytest.raises(IndexError):
        p[5]
    back = pickle.loads(pickle.dumps(p))
    assert back == names and back[2] == "大连飞鸿食品有限公司"
    back.append("Kim Jong Un")  # adding after packing unpacks
    assert back[5] == "Kim Jong Un" and len(back) == 6


def test_reads_after_a_read_then_an_append_then_a_pack_are_the_strings() -> None:
    """The offsets' view kept by a read is dropped when strings are added after packing, and made again after
    the next pack; every index, negative ones too, reads its string, and out of range is an IndexError."""
    names = ["KOREA RYONBONG GENERAL CORPORATION", "조선련봉총회사", "", "大连飞鸿食品有限公司"]
    p = PackedStrings()
    for n in names:
        p.append(n)
    p.pack()
    assert p[0] == names[0]  # the view is made
    p.append("Sŏng In Hyŏp")
    assert p[4] == "Sŏng In Hyŏp" and p[0] == names[0] and p[-1] == "Sŏng In Hyŏp"
    p.pack()
    every = [*names, "Sŏng In Hyŏp"]
    assert [p[i] for i in range(-5, 5)] == every + every
    for i in (5, -6):
        with pytest.raises(IndexError):
            p[i]
