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
