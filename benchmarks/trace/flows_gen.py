"""Columnar world for the scale benchmark: flows straight to Parquet (FLOW_SCHEMA), no Python object per row.

Same shape as scenario.py at any size: clean suppliers (Indonesia, India, ...) -> Chinese processors (lashes
6704, wigs 6704, knitwear 6110 / 6109) -> importers; one processor in six also takes North Korean input,
directly (root flows) or through a Hong Kong trader; 5 % side goods (mascara 3304, glue 3506); 1 % of
weights missing.  Party ids stand for resolved parties (resolution is measured separately: it runs on the
distinct names, whose number grows with the parties, not the shipments).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from chainlight.trace.batch import FLOW_SCHEMA

DAYS = 540
CATS = [("false_eyelashes", "6704"), ("wigs", "6704"), ("knitwear", "6110"), ("knitwear", "6109")]


def generate_flows(n: int, path: Path, seed: int = 1, chunk: int = 2_000_000) -> dict[str, int]:
    rng = np.random.default_rng(seed)
    n_proc, n_sup, n_imp, n_hk = max(n // 100, 10), max(n // 400, 5), max(n // 40, 20), 5
    proc_cat = rng.integers(0, len(CATS), n_proc)
    tainted_proc = rng.random(n_proc) < 1 / 6
    writer = pq.ParquetWriter(str(path), FLOW_SCHEMA)
    start = np.datetime64("2023-01-01")
    done = 0
    while done < n:
        m = min(chunk, n - done)
        kind = rng.random(m)  # < .40 input, < .42 dprk input, < .43 hk leg, else output
        proc = rng.integers(0, n_proc, m)
        cat = proc_cat[proc]
        source = np.empty(m, dtype=object)
        target = np.empty(m, dtype=object)
        roots = np.zeros(m, dtype=np.int64)
        is_in = kind < 0.40
        is_kp = (kind >= 0.40) & (kind < 0.42) & tainted_proc[proc]
        is_hk = (kind >= 0.42) & (kind < 0.43)
        is_out = ~(is_in | is_kp | is_hk)
        pnames = np.char.add("proc-", proc.astype(str)).astype(object)
        sup = np.char.add("sup-", rng.integers(0, n_sup, m).astype(str)).astype(object)
        imp = np.char.add("imp-", rng.integers(0, n_imp, m).astype(str)).astype(object)
        hk = np.char.add("hk-", rng.integers(0, n_hk, m).astype(str)).astype(object)
        source[is_in], target[is_in] = sup[is_in], pnames[is_in]
        source[is_kp], target[is_kp] = "kp-rungrado", pnames[is_kp]
        roots[is_kp] = 1
        # the Hong Kong traders buy from North Korea and sell on to processors
        hk_buy = is_hk & (rng.random(m) < 0.5)
        hk_sell = is_hk & ~hk_buy
        source[hk_buy], target[hk_buy] = "kp-rungrado", hk[hk_buy]
        roots[hk_buy] = 1
        source[hk_sell], target[hk_sell] = hk[hk_sell], pnames[hk_sell]
        source[is_out], target[is_out] = pnames[is_out], imp[is_out]
        category = np.array([c for c, _ in CATS], dtype=object)[cat]
        hs = np.array([h for _, h in CATS], dtype=object)[cat]
        side = is_out & (rng.random(m) < 0.05)
        category[side] = "other"
        hs[side] = np.where(rng.random(int(side.sum())) < 0.5, "3304", "3506")
        day = start + rng.integers(0, DAYS, m).astype("timedelta64[D]")
        kg = np.round(rng.lognormal(5.0, 0.8, m), 1)
        kg_mask = rng.random(m) < 0.01
        ids = np.char.add("BL", np.arange(done, done + m).astype(str)).astype(object)
        table = pa.table({"id": ids, "source": source, "target": target, "day": day.astype("datetime64[D]"),
                          "kg": pa.array(kg, mask=kg_mask), "category": category, "hs": hs, "root_kinds": roots},
                         schema=FLOW_SCHEMA)
        writer.write_table(table)
        done += m
    writer.close()
    return {"flows": n, "processors": n_proc, "suppliers": n_sup, "importers": n_imp}
