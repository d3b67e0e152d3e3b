"""findings.csv's lines made by compiled code, outside Python's lock: a batch's line starts (DuckDB's) and each
line's template evidence with the record id put in, copied straight into the output file's buffer.

A finding's evidence is its signal set's template (kilobytes of JSON, a few hundred templates for millions of
records) with the record's id at a few places.  Joined in Python, each line's kilobytes were copied three times
under the interpreter's lock (the id joined into the pieces, the batch's lines joined, the batch copied into the
file's buffer): at 5M shipments, 16 GB of lines, that held one core for most of the write.  Here each line's
bytes are copied once, by a loop numba compiles (cached beside this file, as resolve/postings.py's), which
releases the lock: the DuckDB thread that fetches the next batch runs on the other core meanwhile.

The bytes are those of `_lines` in batch_screen.py: the start, then, when the record has a template, the
template's opening quote, its pieces with the id between each two, and its closing quote and line end.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from numba import njit


class Templates:
    """The templates' evidence flattened: each template's pieces (the opening quote joined to its first, the
    closing quote and line end to its last) as ranges of one byte array."""

    def __init__(self, evidence: dict[int, tuple[bytes, Sequence[bytes], bytes]]) -> None:
        size = max(evidence, default=-1) + 1
        first = np.zeros(size + 1, dtype=np.int64)
        fixed = np.zeros(size, dtype=np.int64)  # a template's bytes without the ids
        places = np.zeros(size, dtype=np.int64)  # how many times the id goes in
        chunks: list[bytes] = []
        offsets: list[int] = []
        lengths: list[int] = []
        at = 0
        for tix in range(size):
            first[tix] = len(offsets)
            if tix in evidence:
                opening, pieces, closing = evidence[tix]
                parts = list(pieces) or [b""]
                parts[0] = opening + parts[0]
                parts[-1] = parts[-1] + closing
                for part in parts:
                    chunks.append(part)
                    offsets.append(at)
                    lengths.append(len(part))
                    at += len(part)
                fixed[tix] = sum(len(p) for p in parts)
                places[tix] = len(parts) - 1
        first[size] = len(offsets)
        self.first = first
        self.offsets = np.asarray(offsets, dtype=np.int64)
        self.lengths = np.asarray(lengths, dtype=np.int64)
        self.data = np.frombuffer(b"".join(chunks) or b"\0", dtype=np.uint8)
        self.fixed = fixed
        self.places = places


def _strings(column: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """A string or binary column's offsets (int64, one more than its rows) and bytes, without copying the bytes."""
    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks()
    wide = pa.types.is_large_string(column.type) or pa.types.is_large_binary(column.type)
    _, off_buf, data_buf = column.buffers()
    n = len(column)
    offsets = np.frombuffer(off_buf, dtype=np.int64 if wide else np.int32)[column.offset:column.offset + n + 1]
    data = np.frombuffer(data_buf, dtype=np.uint8) if data_buf is not None and data_buf.size else np.zeros(1, np.uint8)
    return offsets.astype(np.int64), data


class Batch:
    """One batch of (start, tix, rid) rows ready for `fill`: its arrays and its lines' total length."""

    def __init__(self, batch: pa.RecordBatch, templates: Templates) -> None:
        self.s_off, self.s_data = _strings(batch.column(0))
        self.r_off, self.r_data = _strings(batch.column(2))
        tix = pc.fill_null(batch.column(1), -1).to_numpy(zero_copy_only=False).astype(np.int64)
        self.tix = tix
        has = tix >= 0
        t = np.where(has, tix, 0)
        extra = np.where(has, templates.fixed[t] + templates.places[t] * np.diff(self.r_off), 0) \
            if templates.fixed.size else np.zeros(len(tix), dtype=np.int64)
        self.size = int(self.s_off[-1] - self.s_off[0] + extra.sum())


@njit(cache=True, nogil=True)
def _fill(out: np.ndarray, s_off: np.ndarray, s_data: np.ndarray, tix: np.ndarray, r_off: np.ndarray,
          r_data: np.ndarray, first: np.ndarray, p_off: np.ndarray, p_len: np.ndarray,
          t_data: np.ndarray) -> int:  # pragma: no cover - compiled
    pos = 0
    for i in range(tix.size):
        a = s_off[i]
        b = s_off[i + 1]
        out[pos:pos + b - a] = s_data[a:b]
        pos += b - a
        t = tix[i]
        if t >= 0:
            ra = r_off[i]
            rl = r_off[i + 1] - ra
            for k in range(first[t], first[t + 1]):
                if k > first[t]:
                    out[pos:pos + rl] = r_data[ra:ra + rl]
                    pos += rl
                o = p_off[k]
                n = p_len[k]
                out[pos:pos + n] = t_data[o:o + n]
                pos += n
    return pos


def fill(region: memoryview, batch: Batch, templates: Templates) -> int:
    """Write the batch's lines into `region` (writable, at least `batch.size` bytes); returns the bytes written."""
    if not batch.tix.size:
        return 0
    out = np.frombuffer(region, dtype=np.uint8)  # dropped on return, so the caller can release the region
    if out.size < batch.size:
        raise ValueError("region shorter than the batch's lines")
    return int(_fill(out, batch.s_off, batch.s_data, batch.tix, batch.r_off, batch.r_data, templates.first,
                     templates.offsets, templates.lengths, templates.data))


__all__ = ["Batch", "Templates", "fill"]
