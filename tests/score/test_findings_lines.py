"""findings.csv's lines made by the compiled loop are the bytes the Python join made, batch by batch and in the
file (DirectFile's reserve and commit)."""

from __future__ import annotations

import random
from pathlib import Path

import pyarrow as pa
import pytest

from chainlight.report.direct_file import BLOCK, DirectFile
from chainlight.score import findings_lines
from chainlight.score.batch_screen import _Evidence, _lines, _write_lines


def _evidence(rng: random.Random, count: int) -> dict[int, _Evidence]:
    words = ["", "a", '""q""', "é", "漢字", "x" * 300, ",", "\n"]
    out: dict[int, _Evidence] = {}
    for tix in range(count):
        if tix % 7 == 3:  # a template number with no evidence (tier none): never asked for
            continue
        quoted = rng.random() < 0.5
        pieces = [("".join(rng.choice(words) for _ in range(rng.randint(0, 6)))).encode()
                  for _ in range(rng.randint(1, 5))]
        out[tix] = _Evidence(b'"' if quoted else b"", pieces, b'"\n' if quoted else b"\n")
    return out


def _batch(rng: random.Random, evidence: dict[int, _Evidence], rows: int, large: bool = False) -> pa.RecordBatch:
    starts, tixs, rids = [], [], []
    for i in range(rows):
        starts.append(f"shipment,S{i}{'é' * rng.randint(0, 2)},0.5,low,,\"x\"," + ("[]\n" if i % 5 == 0 else ""))
        if i % 5 == 0:
            tixs.append(None)
            rids.append(None)
        else:
            tixs.append(rng.choice(sorted(evidence)))
            rids.append(rng.choice(['"S1"', '""S-2""', '"漢"', '""']))
    kind = pa.large_string() if large else pa.string()
    return pa.record_batch([pa.array(starts, kind), pa.array(tixs, pa.int64()), pa.array(rids, kind)],
                           names=["start", "tix", "rid"])


@pytest.mark.parametrize("seed", range(4))
def test_the_compiled_lines_are_the_python_lines(seed: int) -> None:
    rng = random.Random(seed)
    evidence = _evidence(rng, 40)
    templates = findings_lines.Templates({k: (e.opening, e.pieces, e.closing) for k, e in evidence.items()})
    for large in (False, True):
        batch = _batch(rng, evidence, 300, large)
        for part in (batch, batch.slice(17, 101), batch.slice(0, 0)):  # slices keep their arrays' offsets
            rows = findings_lines.Batch(part, templates)
            want = _lines(part, evidence)
            assert rows.size == len(want)
            buf = bytearray(rows.size + 5)
            assert findings_lines.fill(memoryview(buf), rows, templates) == len(want)
            assert bytes(buf[:len(want)]) == want


def test_the_file_holds_the_batches_in_order(tmp_path: Path) -> None:
    rng = random.Random(9)
    evidence = _evidence(rng, 30)
    templates = findings_lines.Templates({k: (e.opening, e.pieces, e.closing) for k, e in evidence.items()})
    batches = [_batch(rng, evidence, rng.randint(0, 120)) for _ in range(25)]
    target = tmp_path / "findings.csv"
    with DirectFile(target, buffer=2 * BLOCK) as out:  # small: the buffer grows and drains on the way
        out.write(b"header\n")
        for batch in batches:
            _write_lines(out, batch, templates)
    assert target.read_bytes() == b"header\n" + b"".join(_lines(b, evidence) for b in batches)


def test_reserve_and_commit_mix_with_write(tmp_path: Path) -> None:
    target = tmp_path / "f"
    want = bytearray()
    with DirectFile(target, buffer=BLOCK) as out:
        for i in range(200):
            data = bytes([65 + i % 26]) * (i * 37 % 9000)
            if i % 2:
                out.write(data)
            else:
                region = out.reserve(len(data) + 3)
                region[:len(data)] = data
                region.release()
                out.commit(len(data))
            want += data
        with pytest.raises(ValueError):
            out.commit(10 * BLOCK)
    assert target.read_bytes() == bytes(want)


def test_a_view_of_a_region_kept_alive_does_not_fail_the_close(tmp_path: Path) -> None:
    import numpy as np

    kept = []
    with DirectFile(tmp_path / "f", buffer=BLOCK) as out:
        region = out.reserve(10)
        kept.append(np.frombuffer(memoryview(region), dtype=np.uint8))  # a view the caller forgot
        region[:3] = b"abc"
        out.commit(3)
        out.reserve(5 * BLOCK)  # grows: the old buffer cannot be closed yet
        out.commit(0)
    assert (tmp_path / "f").read_bytes() == b"abc"
