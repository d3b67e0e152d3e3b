"""The mass-balance pass as DuckDB SQL: the same numbers as `TaintIndex.run`, for millions of flows.

The in-memory pass walks the flows in date order.  Here the flows are a columnar table and the pass is
set-based:

  * input totals: per (party, input category, input HS heading) a running sum of kg by day (a window
    function); each output reads it with two as-of joins, at the end and just before the start of its input
    window - no pairwise step.  Only the outputs a round reaches need their totals, and only their
    shippers' lanes are summed, in that round;
  * taint: a flow is tainted when it leaves a root, or when tainted inputs of a compatible product reached its
    shipper inside its window.  Tainted inputs are few, so they are range-joined to the outputs of the same
    party; the step is repeated hop by hop until nothing changes (the flows form a DAG in time, so the
    number of rounds is at most the longest chain of tainted legs + 1; the table `taint_rounds` says how
    many).  Each round computes again only the outputs whose lanes' tainted inputs changed in the last one.
  * lag 0: an input of the same day counts only if it comes first in (day, id) order, as in the Python pass;
    running sums by day cannot say that, so that setting uses an exact pairwise join (fine for small data).

Kinds of taint ("dprk", "xinjiang", ...) travel as a bitmask.  `run_sql` returns {flow id: FlowTaint},
exactly what `TaintIndex.run` computes (tested for equality on the demo and the score scenario).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from chainlight.engine import Engine
from chainlight.engine.spark import SPARK_AS_IS
from chainlight.errors import UsageError
from chainlight.trace.products import compatible

HS_NONE = ""  # SQL stand-in for "no HS heading" so that joins on the heading work


@dataclass(frozen=True)
class BatchTaint:
    share: float
    depth: int
    kinds: frozenset[str]
    unweighed: tuple[str, ...]


class KindCodes:
    """Kinds of taint <-> bits of an integer mask."""

    def __init__(self) -> None:
        self.bits: dict[str, int] = {}

    def mask(self, kinds: Iterable[str]) -> int:
        out = 0
        for k in kinds:
            out |= 1 << self.bits.setdefault(k, len(self.bits))
        return out

    def kinds(self, mask: int) -> frozenset[str]:
        return frozenset(k for k, b in self.bits.items() if mask >> b & 1)


def compat_table(out_lanes: Iterable[tuple[str, str]], in_lanes: Iterable[tuple[str, str]]) -> pa.Table:
    """(out category, out heading, in category, in heading) pairs allowed by product_flows.yml."""
    outs, ins = sorted(set(out_lanes)), sorted(set(in_lanes))
    rows = [(oc, oh, ic, ih) for oc, oh in outs for ic, ih in ins
            if compatible(ic, ih or None, oc, oh or None)]
    return pa.table({"out_cat": [r[0] for r in rows], "out_hs": [r[1] for r in rows],
                     "in_cat": [r[2] for r in rows], "in_hs": [r[3] for r in rows]},
                    schema=pa.schema([("out_cat", pa.string()), ("out_hs", pa.string()),
                                      ("in_cat", pa.string()), ("in_hs", pa.string())]))


FLOW_SCHEMA = pa.schema([("id", pa.string()), ("source", pa.string()), ("target", pa.string()),
                         ("day", pa.date32()), ("kg", pa.float64()), ("category", pa.string()),
                         ("hs", pa.string()), ("root_kinds", pa.int64())])


def run_sql(flows: pa.Table | Path, *, lag_days: int, window_days: int, max_depth: int, codes: KindCodes,
            con: duckdb.DuckDBPyConnection | None = None, max_rounds: int = 64) -> dict[str, BatchTaint]:
    """`flows`: FLOW_SCHEMA as an Arrow table or a Parquet file; `hs` is the HS heading or "" and
    `root_kinds` the mask of a root flow (0 if none).

    Returns the taint of every tainted flow (clean flows are left out: share 0, depth 0, nothing unweighed).
    """
    con = con or duckdb.connect()
    load_flows(con, flows)
    return {r[0]: BatchTaint(float(r[1]), int(r[2]), codes.kinds(int(r[3])), tuple(r[4] or ()))
            for r in taint_rows(con, lag_days, window_days, max_depth, max_rounds)}


def load_flows(con: duckdb.DuckDBPyConnection, flows: pa.Table | Path) -> None:
    if isinstance(flows, Path):
        con.execute("CREATE OR REPLACE TABLE flows AS SELECT * FROM read_parquet(?)", [str(flows)])
    else:
        con.register("flows_in", flows)
        con.execute("CREATE OR REPLACE TABLE flows AS SELECT * FROM flows_in")
        con.unregister("flows_in")


def taint_rows(con: duckdb.DuckDBPyConnection, lag_days: int, window_days: int, max_depth: int,
               max_rounds: int = 64) -> list[tuple[Any, ...]]:
    """Run the pass on the connection's `flows` table; rows (id, share, depth, kinds mask, unweighed ids)."""
    from chainlight.engine.duck import DuckEngine

    taint_pass(DuckEngine(con), lag_days, window_days, max_depth, max_rounds)
    return con.execute("SELECT id, share, depth, kinds, unweighed FROM taint").fetchall()


def taint_pass(eng: Engine, lag_days: int, window_days: int, max_depth: int, max_rounds: int = 64,
               int_parties: bool = False) -> int:
    """The pass on the engine's `flows` table (FLOW_SCHEMA), leaving the table `taint` (id, share, depth,
    kinds, unweighed) of every tainted flow; returns the number of rounds.  One definition for both engines:
    the as-of lookups and ordered lists are generated per dialect (`_asof`, `_ordered_ids`).
    `int_parties`: source and target are integer keys already (the columnar screen's), not ids to hash."""
    if lag_days == 0 and eng.dialect != "duckdb":
        raise UsageError("CHAINLIGHT_PROCESSING_LAG_DAYS=0 needs the exact pairwise pass: use --engine duckdb")
    lanes = eng.rows("SELECT DISTINCT category, hs FROM flows")
    eng.table("compat", compat_table(lanes, lanes))
    src = "flows" if int_parties else _keyed_flows(eng)
    _totals(eng, lag_days, window_days, src)
    # round 0: the roots.  The rounds work on `tw`, the taint with each flow's own lane (target, category,
    # hs, day, kg) beside it, so that a round reads its tainted inputs without joining all flows again
    eng.run(f"""CREATE OR REPLACE TABLE troot AS SELECT {_TW_ROOT} FROM {src} WHERE root_kinds <> 0""")
    eng.run("CREATE OR REPLACE TABLE tw AS SELECT * FROM troot")
    kind_bits = _kind_bits(eng)
    # the lanes (party, input category, input heading) whose tainted inputs changed in the last round and
    # that feed an output (`olanes`: a lane no output reads changes no taint); the first round's are the roots'
    eng.run("CREATE OR REPLACE TABLE olanes AS SELECT DISTINCT party, in_cat, in_hs FROM need")
    eng.run(f"""CREATE OR REPLACE TABLE dl AS SELECT DISTINCT target AS party, category AS in_cat, hs AS in_hs
        FROM troot r WHERE {_FEEDS.format(t="r")}""")
    rounds = 0
    while rounds < max_rounds:
        rounds += 1
        if lag_days == 0:  # same-day order matters: the exact pairwise join (small inputs only, DuckDB)
            eng.run("CREATE OR REPLACE TABLE tw_prev AS SELECT * FROM tw")
            eng.run(_ROUND.replace("$1", str(int(max_depth))).replace("$2", str(int(window_days)))
                    .replace("$3", str(int(lag_days))))
            changed = eng.rows(f"SELECT count(*) FROM tw a FULL OUTER JOIN tw_prev b ON a.id = b.id WHERE {_DIFFERS}")
        else:
            changed = eng.rows(_round_delta(eng, max_depth, kind_bits, src))
        if not changed or changed[0][0] == 0:
            break
        if rounds == max_rounds:
            raise RuntimeError(f"taint pass did not settle in {max_rounds} rounds")  # a DAG in time always does
    eng.run("CREATE OR REPLACE TABLE taint AS SELECT id, share, depth, kinds, unweighed FROM tw")
    eng.run(f"CREATE OR REPLACE TABLE taint_rounds AS SELECT {rounds} AS rounds")
    return rounds


# a root's row of `tw`: taint (id, share, depth, kinds, unweighed) and the flow's own lane
_TW_ROOT = ("id, 1.0::DOUBLE AS share, 0 AS depth, root_kinds AS kinds, []::VARCHAR[] AS unweighed, "
            "target, category, hs, day, kg")


def _asof(eng: Engine, need: str, cum: str, cols: list[str], out: str, carry: tuple[str, ...] = ()) -> str:
    """SQL of `out`: for each row of `need` (id, party, in_cat, in_hs, lo, hi), summed over its lanes, each
    column of `cum` as of `hi` minus as of the day before `lo` (running sums, so the latest row at or before
    a day holds the sum up to it); the columns `carry` of `need` (the same on every row of an id) are passed
    through.  DuckDB: two ASOF joins.  Spark: the need rows are put in the running sums' day order (before
    the day's sums at `lo`, after them at `hi`); running sums only grow, so the running max at a need row is
    the sum as of it."""
    key = "party, in_cat, in_hs"
    if eng.dialect == "duckdb":
        diff = ", ".join([*(f"sum(coalesce(a.{c}, 0) - coalesce(b.{c}, 0)) AS {c}" for c in cols),
                          *(f"any_value(n.{c}) AS {c}" for c in carry)])
        return f"""CREATE OR REPLACE TABLE {out} AS SELECT n.id, {diff} FROM {need} n
            ASOF LEFT JOIN {cum} a ON a.party = n.party AND a.in_cat = n.in_cat AND a.in_hs = n.in_hs
                 AND a.day <= n.hi
            ASOF LEFT JOIN {cum} b ON b.party = n.party AND b.in_cat = n.in_cat AND b.in_hs = n.in_hs
                 AND b.day < n.lo
            GROUP BY n.id"""
    vals = ", ".join([*cols, *(f"NULL AS {c}" for c in carry)])
    nulls = ", ".join([*(f"NULL AS {c}" for c in cols), *carry])
    running = ", ".join([*(f"max({c}) OVER (PARTITION BY {key} ORDER BY day, k ROWS BETWEEN UNBOUNDED PRECEDING "
                           f"AND CURRENT ROW) AS {c}" for c in cols), *carry])
    summed = ", ".join([*(f"sum(side * coalesce({c}, 0)) AS {c}" for c in cols), *(f"max({c}) AS {c}" for c in carry)])
    return f"""CREATE OR REPLACE TABLE {out} AS
        WITH ev AS (
            SELECT {key}, day, 0 AS k, {vals}, CAST(NULL AS VARCHAR) AS id, 0 AS side FROM {cum}
            UNION ALL SELECT {key}, hi, 1, {nulls}, id, 1 FROM {need}
            UNION ALL SELECT {key}, lo, -1, {nulls}, id, -1 FROM {need}),
        at AS (SELECT id, side, k, {running} FROM ev)
        SELECT id, {summed} FROM at WHERE k <> 0 GROUP BY id"""


def _ordered_ids(eng: Engine, ids: str, day: str) -> str:
    """Ids in (day, id) order as a list; Spark: in id order (collect_list has no order of its own)."""
    return f"list({ids} ORDER BY {day}, {ids})" if eng.dialect == "duckdb" else f"list_sort(list({ids}))"


def _keyed_flows(eng: Engine) -> str:
    """The table the pass reads its flows from.  Spark: `tflows`, the flows with each party id (resolved ids
    are long strings that all begin "party:") replaced by its 64-bit hash, so that the pass's window sorts,
    shuffles and joins by party compare and move a long, not a string whose 8-byte sort prefix is the same
    for every party.  The pass's result is keyed by flow id and carries no party, so it is unchanged; a hash
    shared by two ids (never seen: ~1e-9 at 400k parties) would merge two parties' lanes, so the ids are
    counted both ways first and the strings kept if the counts differ.  Measured on the 1M-shipment world's
    flows (A/B in one JVM, docs/scale.md): 60.6 -> 48.0 CPU s a pass.  DuckDB: `flows` as it is.  The
    columnar screen's flows carry integer party keys already (`taint_pass(..., int_parties=True)`)."""
    if eng.dialect == "duckdb":
        return "flows"
    ids, hashes = eng.rows(f"""{SPARK_AS_IS}SELECT count(DISTINCT p), count(DISTINCT xxhash64(p)) FROM (
        SELECT source AS p FROM flows UNION ALL SELECT target FROM flows)""")[0]
    if ids != hashes:
        return "flows"
    eng.run(f"""CREATE OR REPLACE TABLE tflows AS {SPARK_AS_IS}SELECT id, xxhash64(source) AS source,
        xxhash64(target) AS target, day, kg, category, hs, root_kinds FROM flows""")
    return "tflows"


def _totals(eng: Engine, lag_days: int, window_days: int, src: str = "flows") -> None:
    """The outputs' input lanes (`need`: each non-root output with each compatible weighed lane of its shipper
    and its input window [lo, hi]); for lag 0, also every output's input total (`totals`).

    An input counts when it arrived in [day - window, day - lag] and (for lag 0) before the output in
    (day, id) order, as in the in-memory pass.  With a lag, a round computes the totals of the outputs it
    reaches only (`_round_running`).
    """
    # the lanes with weighed inputs: (party, input category, input heading)
    lanes = f"SELECT DISTINCT target AS party, category AS in_cat, hs AS in_hs FROM {src} WHERE kg IS NOT NULL"
    eng.run(f"""CREATE OR REPLACE TABLE need AS
        SELECT f.id, f.day, l.party, l.in_cat, l.in_hs,
               (f.day - {int(window_days)}) AS lo, (f.day - {int(lag_days)}) AS hi{_carried(eng)}
        FROM {src} f
        JOIN ({lanes}) l ON l.party = f.source
        JOIN compat c ON c.out_cat = f.category AND c.out_hs = f.hs AND c.in_cat = l.in_cat AND c.in_hs = l.in_hs
        WHERE f.root_kinds = 0""")
    if lag_days != 0:
        return
    _input_totals(eng, src, "need", "totals")
    # same-day inputs after the output in (day, id) order are not in it
    eng.run("""UPDATE totals SET total = total - s.kg FROM (
        SELECT f.id, sum(g.kg) AS kg FROM flows f JOIN flows g ON g.target = f.source AND g.day = f.day
          AND g.id >= f.id AND g.kg IS NOT NULL
        JOIN compat c ON c.out_cat = f.category AND c.out_hs = f.hs AND c.in_cat = g.category AND c.in_hs = g.hs
        WHERE f.root_kinds = 0 GROUP BY f.id) s WHERE totals.id = s.id""")


def _input_totals(eng: Engine, src: str, need: str, out: str, parties: str = "") -> None:
    """`out` (id, total): kg of the weighed inputs in each window of `need` (its rows: an output's lanes),
    by running sums of each lane's inputs read at the window's ends.  `parties`: a query of the parties
    whose lanes are summed (the parties of `need`'s rows; empty: all).

    A lane's running sums are its own inputs' only, so summing the lanes of some parties gives them the
    same values as summing all.  DuckDB: running sums by day and two as-of joins.  Spark: one window over
    the inputs and the windows' ends together, a running sum of kg in (day, input before an end at hi,
    after one at lo) order, read at the ends (no table of running sums by day first: on Spark that was a
    second shuffle and sort of the inputs)."""
    only = f" AND target IN ({parties})" if parties else ""
    if eng.dialect == "duckdb":
        eng.run(f"""CREATE OR REPLACE TABLE cum_r AS
            SELECT target AS party, category AS in_cat, hs AS in_hs, day,
                   sum(sum(kg)) OVER (PARTITION BY target, category, hs ORDER BY day
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS total
            FROM {src} WHERE kg IS NOT NULL{only} GROUP BY target, category, hs, day""")
        eng.run(_asof(eng, need, "cum_r", ["total"], out))
        return
    eng.run(f"""CREATE OR REPLACE TABLE {out} AS
        WITH ev AS (
            SELECT target AS party, category AS in_cat, hs AS in_hs, day, 0 AS k, kg,
                   CAST(NULL AS VARCHAR) AS id, 0 AS side FROM {src} WHERE kg IS NOT NULL{only}
            UNION ALL SELECT party, in_cat, in_hs, hi, 1, 0.0, id, 1 FROM {need}
            UNION ALL SELECT party, in_cat, in_hs, lo, -1, 0.0, id, -1 FROM {need}),
        at AS (SELECT id, side, k, sum(kg) OVER (PARTITION BY party, in_cat, in_hs ORDER BY day, k
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS total
               FROM ev)
        SELECT id, sum(side * total) AS total FROM at WHERE k <> 0 GROUP BY id""")


def _kind_bits(eng: Engine) -> list[int]:
    row = eng.rows("SELECT bit_or(root_kinds) FROM flows")
    mask = int(row[0][0] or 0) if row else 0
    return [b for b in range(mask.bit_length()) if mask >> b & 1]


# a lane of `tw`'s flows (alias t) that feeds an output
_FEEDS = """EXISTS (SELECT 1 FROM olanes o WHERE o.party = {t}.target AND o.in_cat = {t}.category
    AND o.in_hs = {t}.hs)"""

# a flow's taint differs between two rounds (a: this one's, b: the last one's); parallel sums may differ in the
# last bits from round to round: shares are compared to 1e-9
_DIFFERS = """a.id IS NULL OR b.id IS NULL OR abs(a.share - b.share) > 1e-9 OR a.depth <> b.depth
    OR a.kinds <> b.kinds OR a.unweighed <> b.unweighed"""


def _round_delta(eng: Engine, max_depth: int, kind_bits: list[int], src: str = "flows") -> str:
    """One hop, for the outputs that the last round's changes reach only; returns the query that counts the
    lanes changed in this round (0: the pass has settled).

    A flow's taint depends only on the tainted inputs in its own lanes (its shipper's compatible input
    lanes) inside its window, so an output none of whose lanes gained, lost or changed a tainted input in
    the last round keeps its taint: only the outputs with a need row on a lane in `dl` are computed again
    (`_round_running`, over the running sums of their parties' lanes), the rest of `tw` is kept as it is,
    and the next round's `dl` is the lanes of the flows whose taint this round changed that feed some
    output (`olanes`).  The first round is the old one's (every output fed by a root); later rounds read
    the parties reached last, not all tainted lanes again; the pass stops when a round changed no lane
    that an output reads (at 1M shipments: after 2 rounds, where computing every output each round took
    a third that changed nothing).  The same sequence of tables as computing every output each round:
    an output not computed again would have been given the same inputs."""
    _round_running(eng, max_depth, kind_bits, src)
    # the recomputed outputs' old rows against their new ones; the lanes of those that differ
    eng.run(f"""CREATE OR REPLACE TABLE dl AS SELECT DISTINCT party, in_cat, in_hs FROM (
            SELECT coalesce(a.target, b.target) AS target, coalesce(a.category, b.category) AS category,
                   coalesce(a.hs, b.hs) AS hs
            FROM tn a FULL OUTER JOIN (SELECT * FROM tw WHERE id IN (SELECT id FROM need_t)) b ON a.id = b.id
            WHERE {_DIFFERS}) c
        JOIN olanes l ON l.party = c.target AND l.in_cat = c.category AND l.in_hs = c.hs""")
    eng.run("""CREATE OR REPLACE TABLE tw AS
        SELECT * FROM tw o WHERE NOT EXISTS (SELECT 1 FROM need_t n WHERE n.id = o.id)
        UNION ALL SELECT * FROM tn""")
    return "SELECT count(*) FROM dl"


def _round_running(eng: Engine, max_depth: int, kind_bits: list[int], src: str = "flows") -> None:
    """One hop without a pairwise join, for the outputs with a need row on a lane in `dl` (their new taint
    in `tn`): running sums over the tainted inputs of each lane of the parties in `dl`, read as of the
    ends of each output's window.  Per lane and day: tainted kg (kg x share), how many weighed tainted inputs
    have kg x share > 0 (whether the share is above zero, free of rounding), how many tainted inputs sit at
    each depth (the least depth present) and carry each kind bit.  Unweighed tainted inputs are rare; they
    are range-joined to list their ids.

    Five statements (Spark runs each as a job and keeps its result): the running sums, the outputs to
    compute and all their lanes with tainted inputs (`need_t`, read twice by the as-of lookup and once for
    unweighed inputs), those outputs' input totals (`tot_t`: the inputs of the parties in `dl` only, not
    every output's total before the first round), the as-of lookup (on Spark each output's own lane comes
    with it, from `need`), and the new taint; none joins all flows again."""
    depths = range(max_depth)  # an input counts only when depth + 1 <= max_depth
    counts = [("pos", "kg IS NOT NULL AND kg * share > 0")]
    counts += [(f"d{d}", f"depth = {d}") for d in depths]
    counts += [(f"k{b}", f"kinds & {1 << b} <> 0") for b in kind_bits]
    cols = ", ".join(f"sum(sum(CASE WHEN {cond} THEN 1 ELSE 0 END)) OVER w AS {name}" for name, cond in counts)
    eng.run(f"""CREATE OR REPLACE TABLE tcum AS
        SELECT target AS party, category AS in_cat, hs AS in_hs, day,
               sum(sum(coalesce(kg * share, 0))) OVER w AS tkg, {cols}
        FROM tw WHERE depth + 1 <= {max_depth} AND target IN (SELECT party FROM dl)
        GROUP BY target, category, hs, day
        WINDOW w AS (PARTITION BY target, category, hs ORDER BY day
                     ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)""")
    eng.run("""CREATE OR REPLACE TABLE need_t AS SELECT n.* FROM need n
        WHERE n.party IN (SELECT party FROM dl)
          AND EXISTS (SELECT 1 FROM tcum l WHERE l.party = n.party AND l.in_cat = n.in_cat AND l.in_hs = n.in_hs)
          AND n.id IN (SELECT m.id FROM need m JOIN dl d ON d.party = m.party AND d.in_cat = m.in_cat
                                                       AND d.in_hs = m.in_hs)""")
    # their totals: all their lanes (an output's lanes are its shipper's, a party in `dl`)
    eng.run("CREATE OR REPLACE VIEW need_o AS SELECT * FROM need WHERE id IN (SELECT id FROM need_t)")
    _input_totals(eng, src, "need_o", "tot_t", "SELECT party FROM dl")
    names = ["tkg", *(n for n, _ in counts)]
    spark = eng.dialect != "duckdb"
    eng.run(_asof(eng, "need_t", "tcum", names, "hits", _CARRY if spark else ()))
    # each output's own lane: carried in `hits` on Spark, joined on DuckDB (_CARRY); its total from `tot_t`
    outs = "LEFT JOIN tot_t ot ON ot.id = h.id" if spark else _OUTS
    lane = ("h.o_target AS target, h.o_cat AS category, h.o_hs AS hs, h.o_day AS day, h.o_kg AS kg" if spark
            else "o.target, o.category, o.hs, o.day, o.kg")
    depth = "CASE " + " ".join(f"WHEN h.d{d} > 0 THEN {d + 1}" for d in depths) + " ELSE 0 END"
    kinds = " | ".join([f"(CASE WHEN h.k{b} > 0 THEN {1 << b} ELSE 0 END)" for b in kind_bits] or ["0"])
    eng.run(f"""CREATE OR REPLACE TABLE tn AS
        WITH loose AS (  -- every output with such an input is in `hits`: the input is in its lane's sums
            SELECT n.id, {_ordered_ids(eng, "g.id", "g.day")} AS unweighed
            FROM tw g JOIN need_t n ON n.party = g.target AND n.in_cat = g.category AND n.in_hs = g.hs
                 AND g.day >= n.lo AND g.day <= n.hi
            WHERE g.kg IS NULL AND g.depth + 1 <= {max_depth}
            GROUP BY n.id)
        SELECT h.id, CASE WHEN h.pos > 0 THEN h.tkg / ot.total ELSE 0.0 END AS share, {depth} AS depth,
               {kinds} AS kinds, coalesce(u.unweighed, []::VARCHAR[]) AS unweighed, {lane}
        FROM hits h {outs} LEFT JOIN loose u ON u.id = h.id
        WHERE h.pos > 0 OR u.unweighed IS NOT NULL""")


# the output's own lane, carried from `need` through the as-of lookup of a round on Spark (its joins of a
# round's outputs to all flows were shuffles of all of them); DuckDB's ASOF join is slower with them (1.0 of
# 8 CPU s at 1M flows) and its hash join of the few outputs to flows is cheap
_CARRY = ("o_target", "o_cat", "o_hs", "o_day", "o_kg")
_OUTS = "JOIN flows o ON o.id = h.id LEFT JOIN tot_t ot ON ot.id = h.id"


def _carried(eng: Engine) -> str:
    """The need rows' copy of their output's lane, on Spark (see _CARRY)."""
    if eng.dialect == "duckdb":
        return ""
    return ", f.target AS o_target, f.category AS o_cat, f.hs AS o_hs, f.day AS o_day, f.kg AS o_kg"


# One hop, pairwise (used for lag 0): every non-root output takes the tainted inputs of its window.
_ROUND = """
CREATE OR REPLACE TABLE tw AS
WITH tin AS (
    SELECT id, target AS party, category, hs, day, kg, share, depth, kinds FROM tw WHERE depth + 1 <= $1
), hits AS (
    SELECT f.id,
           sum(CASE WHEN tin.kg IS NOT NULL THEN tin.kg * tin.share ELSE 0 END) AS tainted_kg,
           list(tin.id ORDER BY tin.day, tin.id) FILTER (WHERE tin.kg IS NULL) AS unweighed,
           min(tin.depth) + 1 AS depth,
           bit_or(tin.kinds) AS kinds
    FROM flows f
    JOIN tin ON tin.party = f.source AND tin.day >= f.day - $2::INTEGER AND tin.day <= f.day - $3::INTEGER
         AND (tin.day < f.day OR tin.id < f.id)
    JOIN compat c ON c.out_cat = f.category AND c.out_hs = f.hs AND c.in_cat = tin.category AND c.in_hs = tin.hs
    WHERE f.root_kinds = 0
    GROUP BY f.id
)
SELECT * FROM troot
UNION ALL
SELECT h.id, CASE WHEN coalesce(t.total, 0) > 0 THEN h.tainted_kg / t.total ELSE 0.0 END AS share,
       h.depth, h.kinds, coalesce(h.unweighed, []::VARCHAR[]) AS unweighed,
       f.target, f.category, f.hs, f.day, f.kg
FROM hits h JOIN flows f USING (id) LEFT JOIN totals t USING (id)
WHERE (coalesce(t.total, 0) > 0 AND h.tainted_kg > 0) OR len(coalesce(h.unweighed, []::VARCHAR[])) > 0
"""


def flows_arrow(rows: Iterable[tuple[str, str, str, object, float | None, str, str | None, int]]) -> pa.Table:
    """Build the FLOW_SCHEMA table from (id, source, target, day, kg, category, hs heading, root mask) rows."""
    cols: list[list[object]] = [[], [], [], [], [], [], [], []]
    for r in rows:
        for i, v in enumerate(r):
            cols[i].append(HS_NONE if i == 6 and v is None else v)
    return pa.table(dict(zip(FLOW_SCHEMA.names, cols, strict=True)), schema=FLOW_SCHEMA)


def roots_mask(flow_ids: Iterable[str], roots: Mapping[str, frozenset[str]], codes: KindCodes) -> list[int]:
    return [codes.mask(roots[i]) if i in roots else 0 for i in flow_ids]
