"""Columnar shipments and listings for the end-to-end batch screen: Parquet straight from numpy, no Python
object per row.

Shape of flows_gen.py, written as the user's records (firms named by distinct fictional trade names): clean suppliers (Indonesia, India, Vietnam) ->
Chinese processors -> importers, who list the goods (one listing per 10 shipments).  One processor in six
also buys from the OFAC-listed Korea Rungrado General Trading Corporation (written in English or Hangul,
country KP), directly or through one of five Hong Kong traders; 5 % side goods (mascara, lash glue);
1 % of weights missing.  Names are fictional except the listed trader; one processor in four is written in
capitals without punctuation on some lines (the same exact-normalised name)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

DAYS = 540
# (description, HS code) per processor line; the listing title says the same in marketplace words
GOODS = [("false eyelashes, synthetic, strip lashes", "670490", "Mink style 3D false eyelashes 10 pairs"),
         ("human hair wigs, lace front", "670420", "Lace front human hair wig 22 inch"),
         ("knitted cardigans of wool", "611010", "Women's knitted wool cardigan"),
         ("cotton T-shirts, knitted", "610910", "Cotton knit T-shirt")]
INPUTS = [("semi-finished eyelash strips", "670490"), ("human hair, unworked", "050100"),
          ("wool yarn", "510710"), ("cotton knit fabric", "600622")]
SIDE = [("mascara", "330420", "Lengthening mascara black"), ("eyelash glue", "350610", "Waterproof lash glue")]
KP = np.array(["Korea Rungrado General Trading Corporation", "조선릉라도무역총회사"], dtype=object)
SUP_COUNTRY = np.array(["id", "in", "vn"], dtype=object)


def _names(prefix: str, ids: np.ndarray, suffix: str) -> np.ndarray:
    return np.char.add(np.char.add(prefix, ids.astype(str)), suffix).astype(object)


# Fictional trade names: two words of two pinyin syllables each, e.g. "Haomei Ruijia".  Firms told apart
# only by a number ("Works 123456" / "Works 123457") read as one firm with a typo to any name matcher, and at
# 10M shipments half the importers merged that way; real firms of one town differ by their trade name.
SYLLABLES = ["Hao", "Mei", "Li", "Jia", "Xin", "Yue", "Feng", "Hua", "Rui", "Tai", "Long", "Sheng", "Kang",
             "Yuan", "Tian", "Ming", "Hong", "Jin", "Bao", "Cheng", "Da", "De", "Fu", "Guang", "Heng", "Hui",
             "Jun", "Le", "Lian", "Lin", "Nuo", "Pin", "Qi", "Quan", "Ren", "Shun", "Teng", "Wei", "Wen",
             "Xiang", "Yang", "Yi", "Ying", "Yong", "Zhi", "Zhong", "Zi", "An"]
WORDS = np.array([a + b.lower() for a in SYLLABLES for b in SYLLABLES], dtype=object)


def _trade_names(prefix: str, ids: np.ndarray, suffix: str, salt: int) -> np.ndarray:
    """A distinct two-word trade name per id (ids below len(WORDS)**2); neighbouring ids are scattered
    (a multiplier prime to the range), so that they do not share a word."""
    j = (ids.astype(np.int64) * 7919 + salt) % (len(WORDS) ** 2)
    return prefix + WORDS[j % len(WORDS)] + " " + WORDS[j // len(WORDS)] + suffix


def generate_records(n: int, ship_path: Path, list_path: Path, seed: int = 1,
                     chunk: int = 2_000_000) -> dict[str, int]:
    rng = np.random.default_rng(seed)
    n_proc, n_sup, n_imp, n_hk = max(n // 100, 10), max(n // 400, 5), max(n // 40, 20), 5
    proc_cat = rng.integers(0, len(GOODS), n_proc)
    tainted = rng.random(n_proc) < 1 / 6
    start = np.datetime64("2023-01-01")
    ship_w: pq.ParquetWriter | None = None
    list_w: pq.ParquetWriter | None = None
    done = n_list = 0
    while done < n:
        m = min(chunk, n - done)
        kind = rng.random(m)
        proc = rng.integers(0, n_proc, m)
        cat = proc_cat[proc]
        is_in, is_kp = kind < 0.40, (kind >= 0.40) & (kind < 0.42) & tainted[proc]
        is_hk = (kind >= 0.42) & (kind < 0.43)
        hk_buy = is_hk & (rng.random(m) < 0.5)
        is_out = ~(is_in | is_kp | is_hk)
        pname = _trade_names("Qingdao ", proc, " Lash Works Co., Ltd.", 1)
        caps = (proc % 4 == 0) & (rng.random(m) < 0.5)
        pname[caps] = np.char.upper(_trade_names("Qingdao ", proc[caps], " Lash Works Co Ltd", 1).astype(str)
                                    ).astype(object)
        sup = _trade_names("PT Sumber ", rng.integers(0, n_sup, m), " Rambut", 2)
        imp = _trade_names("", rng.integers(0, n_imp, m), " Beauty Imports LLC", 3)
        hk = _names("Golden Bridge Trading ", rng.integers(0, n_hk, m), " (HK) Ltd")
        kp = KP[rng.integers(0, 2, m)]
        shipper, consignee = pname.copy(), imp.copy()
        s_cty = np.full(m, "cn", dtype=object)
        c_cty = np.full(m, "us", dtype=object)
        shipper[is_in], consignee[is_in] = sup[is_in], pname[is_in]
        s_cty[is_in], c_cty[is_in] = SUP_COUNTRY[rng.integers(0, 3, int(is_in.sum()))], "cn"
        shipper[is_kp], consignee[is_kp], s_cty[is_kp], c_cty[is_kp] = kp[is_kp], pname[is_kp], "kp", "cn"
        shipper[hk_buy], consignee[hk_buy], s_cty[hk_buy], c_cty[hk_buy] = kp[hk_buy], hk[hk_buy], "kp", "hk"
        hk_sell = is_hk & ~hk_buy
        shipper[hk_sell], consignee[hk_sell], s_cty[hk_sell], c_cty[hk_sell] = hk[hk_sell], pname[hk_sell], "hk", "cn"
        desc = np.array([g[0] for g in GOODS], dtype=object)[cat]
        hs = np.array([g[1] for g in GOODS], dtype=object)[cat]
        inp = ~is_out
        desc[inp] = np.array([g[0] for g in INPUTS], dtype=object)[cat[inp]]
        hs[inp] = np.array([g[1] for g in INPUTS], dtype=object)[cat[inp]]
        side = is_out & (rng.random(m) < 0.05)
        which = rng.integers(0, 2, int(side.sum()))
        desc[side] = np.array([g[0] for g in SIDE], dtype=object)[which]
        hs[side] = np.array([g[1] for g in SIDE], dtype=object)[which]
        day = (start + rng.integers(0, DAYS, m).astype("timedelta64[D]")).astype("datetime64[D]").astype(str)
        kg = np.round(rng.lognormal(5.0, 0.8, m), 1)
        ids = _names("BL", np.arange(done, done + m), "")
        ships = pa.table({"shipment_id": ids, "date": day.astype(object), "shipper_name": shipper,
                          "shipper_country": s_cty, "consignee_name": consignee, "consignee_country": c_cty,
                          "description": desc, "hs_code": hs,
                          "weight_kg": pa.array(kg, mask=rng.random(m) < 0.01),
                          "origin_country": s_cty})
        ship_w = ship_w or pq.ParquetWriter(str(ship_path), ships.schema)
        ship_w.write_table(ships)
        # listings: one per ten shipments, by an importer, of what some processor ships
        k = m // 10
        lp = rng.integers(0, n_proc, k)
        title = np.array([g[2] for g in GOODS], dtype=object)[proc_cat[lp]]
        lside = rng.random(k) < 0.05
        title[lside] = np.array([g[2] for g in SIDE], dtype=object)[rng.integers(0, 2, int(lside.sum()))]
        lists = pa.table({"listing_id": _names("L", np.arange(n_list, n_list + k), ""), "title": title,
                          "seller_name": _trade_names("", rng.integers(0, n_imp, k), " Beauty Imports LLC", 3),
                          "seller_country": np.full(k, "us", dtype=object), "platform": np.full(k, "amazon", dtype=object)})
        list_w = list_w or pq.ParquetWriter(str(list_path), lists.schema)
        list_w.write_table(lists)
        done += m
        n_list += k
    for w in (ship_w, list_w):
        if w is not None:
            w.close()
    return {"shipments": n, "listings": n_list, "processors": n_proc, "importers": n_imp}
