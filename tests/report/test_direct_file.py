"""DirectFile writes the same bytes as a buffered file, whatever the sizes of the pieces and of the buffer."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

import chainlight.report.direct_file as direct_file
from chainlight.report.direct_file import BLOCK, DirectFile


def _lines(n: int) -> list[bytes]:
    # findings.csv-like lines of uneven length, with UTF-8 beyond ASCII
    return [f'shipment,S{i:07d},{i % 97}.5,high,"a;b","삼성 {i}",[{{"x":"{"y" * (i % 311)}"}}]\n'.encode()
            for i in range(n)]


@pytest.mark.parametrize("buffer", [BLOCK, 3 * BLOCK])
@pytest.mark.parametrize("count", [0, 1, 57, 2000])
def test_same_bytes_as_a_buffered_write(tmp_path: Path, buffer: int, count: int) -> None:
    pieces = _lines(count)
    target = tmp_path / "findings.csv"
    with DirectFile(target, buffer=buffer) as out:
        for p in pieces:
            out.write(p)
    assert target.read_bytes() == b"".join(pieces)


def test_exact_multiple_of_the_block_and_pieces_larger_than_the_buffer(tmp_path: Path) -> None:
    data = os.urandom(5 * BLOCK)
    target = tmp_path / "f.bin"
    with DirectFile(target, buffer=2 * BLOCK) as out:
        out.write(data[:7])
        out.write(data[7:])  # longer than the buffer: written across several flushes
    assert target.read_bytes() == data


def test_truncates_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "findings.csv"
    target.write_bytes(b"x" * (3 * BLOCK + 5))
    with DirectFile(target) as out:
        out.write(b"record_type\n")
    assert target.read_bytes() == b"record_type\n"


def test_file_system_without_o_direct_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def refusing(path: str, flags: int, mode: int = 0o777) -> int:
        if direct_file._O_DIRECT and flags & direct_file._O_DIRECT:
            raise OSError(errno.EINVAL, "Invalid argument")
        return real_open(path, flags, mode)

    monkeypatch.setattr(direct_file.os, "open", refusing)
    target = tmp_path / "findings.csv"
    pieces = _lines(500)
    with DirectFile(target, buffer=BLOCK) as out:
        assert not out.direct
        for p in pieces:
            out.write(p)
    assert target.read_bytes() == b"".join(pieces)


def test_writes_refused_after_open_fall_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    refused: list[int] = []

    def refusing(fd: int, data: bytes | memoryview) -> int:
        if not refused:
            refused.append(fd)
            raise OSError(errno.EINVAL, "Invalid argument")
        return real_write(fd, data)

    monkeypatch.setattr(direct_file.os, "write", refusing)
    target = tmp_path / "findings.csv"
    pieces = _lines(300)
    with DirectFile(target, buffer=BLOCK) as out:
        if not out.direct:
            pytest.skip("this file system takes no O_DIRECT")
        for p in pieces:
            out.write(p)
    assert refused
    assert target.read_bytes() == b"".join(pieces)


def test_a_buffer_not_in_whole_blocks_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        DirectFile(tmp_path / "f", buffer=BLOCK + 1)
