"""The mass-balance pass as DuckDB SQL: the same numbers as `TaintIndex.run`, for millions of flows.

The in-memory pass walks the flows in date order.  Here the flows are a columnar table and the pass is
set-based:

  * input totals: per (party, input category, input HS heading) a running sum of kg by day (a window
    function); each output reads it with two as-of joins, at the end and just before the start of its input
    window - no pairwise step;
  * taint: a flow is tainted when it leaves a root, or when tainted inputs of a compatible product reached its
    shipper inside its window.  Tainted inputs are few, so they are range-joined to the outputs of the same
    party; the step is repeated hop by hop until nothing changes (the flows form a DAG in time, so the
    number of rounds is the longest chain of tainted legs + 1; the table `taint_rounds` says how many).
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


def taint_pass(eng: Engine, lag_days: int, window_days: int, max_depth: int, max_rounds: int = 64) -> int:
    """The pass on the engine's `flows` table (FLOW_SCHEMA), leaving the table `taint` (id, share, depth,
    kinds, unweighed) of every tainted flow; returns the number of rounds.  One definition for both engines:
    the as-of lookups and ordered lists are generated per dialect (`_asof`, `_ordered_ids`)."""
    if lag_days == 0 and eng.dialect != "duckdb":
        raise UsageError("CHAINLIGHT_PROCESSING_LAG_DAYS=0 needs the exact pairwise pass: use --engine duckdb")
    lanes = eng.rows("SELECT DISTINCT category, hs FROM flows")
    eng.table("compat", compat_table(lanes, lanes))
    _totals(eng, lag_days, window_days)
    # round 0: the roots
    eng.run("""CREATE OR REPLACE TABLE taint AS
        SELECT id, 1.0::DOUBLE AS share, 0 AS depth, root_kinds AS kinds, []::VARCHAR[] AS unweighed
        FROM flows WHERE root_kinds <> 0""")
    kind_bits = _kind_bits(eng)
    rounds = 0
    while rounds < max_rounds:
        rounds += 1
        eng.run("CREATE OR REPLACE TABLE taint_prev AS SELECT * FROM taint")
        if lag_days == 0:  # same-day order matters: the exact pairwise join (small inputs only, DuckDB)
            eng.run(_ROUND.replace("$1", str(int(max_depth))).replace("$2", str(int(window_days)))
                    .replace("$3", str(int(lag_days))))
        else:
            _round_running(eng, max_depth, kind_bits)
        # parallel sums may differ in the last bits from round to round: shares are compared to 1e-9
        changed = eng.rows("""SELECT count(*) FROM taint a FULL OUTER JOIN taint_prev b ON a.id = b.id
            WHERE a.id IS NULL OR b.id IS NULL OR abs(a.share - b.share) > 1e-9 OR a.depth <> b.depth
               OR a.kinds <> b.kinds OR a.unweighed <> b.unweighed""")
        if not changed or changed[0][0] == 0:
            break
        if rounds == max_rounds:
            raise RuntimeError(f"taint pass did not settle in {max_rounds} rounds")  # a DAG in time always does
    eng.run(f"CREATE OR REPLACE TABLE taint_rounds AS SELECT {rounds} AS rounds")
    return rounds


def _asof(eng: Engine, need: str, cum: str, cols: list[str], out: str) -> str:
    """SQL of `out`: for each row of `need` (id, party, in_cat, in_hs, lo, hi), summed over its lanes, each
    column of `cum` as of `hi` minus as of the day before `lo` (running sums, so the latest row at or before
    a day holds the sum up to it).  DuckDB: two ASOF joins.  Spark: the need rows are put in the running
    sums' day order (before the day's sums at `lo`, after them at `hi`); running sums only grow, so the
    running max at a need row is the sum as of it."""
    key = "party, in_cat, in_hs"
    if eng.dialect == "duckdb":
        diff = ", ".join(f"sum(coalesce(a.{c}, 0) - coalesce(b.{c}, 0)) AS {c}" for c in cols)
        return f"""CREATE OR REPLACE TABLE {out} AS SELECT n.id, {diff} FROM {need} n
            ASOF LEFT JOIN {cum} a ON a.party = n.party AND a.in_cat = n.in_cat AND a.in_hs = n.in_hs
                 AND a.day <= n.hi
            ASOF LEFT JOIN {cum} b ON b.party = n.party AND b.in_cat = n.in_cat AND b.in_hs = n.in_hs
                 AND b.day < n.lo
            GROUP BY n.id"""
    vals = ", ".join(cols)
    nulls = ", ".join(f"NULL AS {c}" for c in cols)
    running = ", ".join(f"max({c}) OVER (PARTITION BY {key} ORDER BY day, k ROWS BETWEEN UNBOUNDED PRECEDING "
                        f"AND CURRENT ROW) AS {c}" for c in cols)
    summed = ", ".join(f"sum(side * coalesce({c}, 0)) AS {c}" for c in cols)
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


def _totals(eng: Engine, lag_days: int, window_days: int) -> None:
    """kg of compatible inputs in every non-root output's window, by running sums and as-of lookups.

    An input counts when it arrived in [day - window, day - lag] and (for lag 0) before the output in
    (day, id) order, as in the in-memory pass.
    """
    eng.run("""CREATE OR REPLACE TABLE cum AS
        SELECT target AS party, category AS in_cat, hs AS in_hs, day,
               sum(sum(kg)) OVER (PARTITION BY target, category, hs ORDER BY day
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum_kg
        FROM flows WHERE kg IS NOT NULL GROUP BY target, category, hs, day""")
    eng.run(f"""CREATE OR REPLACE TABLE need AS
        SELECT f.id, f.day, l.party, l.in_cat, l.in_hs,
               (f.day - {int(window_days)}) AS lo, (f.day - {int(lag_days)}) AS hi
        FROM flows f
        JOIN (SELECT DISTINCT party, in_cat, in_hs FROM cum) l ON l.party = f.source
        JOIN compat c ON c.out_cat = f.category AND c.out_hs = f.hs AND c.in_cat = l.in_cat AND c.in_hs = l.in_hs
        WHERE f.root_kinds = 0""")
    eng.run("CREATE OR REPLACE VIEW cum_t AS SELECT party, in_cat, in_hs, day, cum_kg AS total FROM cum")
    eng.run(_asof(eng, "need", "cum_t", ["total"], "totals"))
    if lag_days == 0:  # same-day inputs after the output in (day, id) order are not in it
        eng.run("""UPDATE totals SET total = total - s.kg FROM (
            SELECT f.id, sum(g.kg) AS kg FROM flows f JOIN flows g ON g.target = f.source AND g.day = f.day
              AND g.id >= f.id AND g.kg IS NOT NULL
            JOIN compat c ON c.out_cat = f.category AND c.out_hs = f.hs AND c.in_cat = g.category AND c.in_hs = g.hs
            WHERE f.root_kinds = 0 GROUP BY f.id) s WHERE totals.id = s.id""")


def _kind_bits(eng: Engine) -> list[int]:
    row = eng.rows("SELECT bit_or(root_kinds) FROM flows")
    mask = int(row[0][0] or 0) if row else 0
    return [b for b in range(mask.bit_length()) if mask >> b & 1]


def _round_running(eng: Engine, max_depth: int, kind_bits: list[int]) -> None:
    """One hop without a pairwise join: running sums over the tainted inputs of each lane, read as of the
    ends of each output's window.  Per lane and day: tainted kg (kg x share), how many weighed tainted inputs
    have kg x share > 0 (whether the share is above zero, free of rounding), how many tainted inputs sit at
    each depth (the least depth present) and carry each kind bit.  Unweighed tainted inputs are rare; they
    are range-joined to list their ids."""
    depths = range(max_depth)  # an input counts only when depth + 1 <= max_depth
    counts = [("pos", "g.kg IS NOT NULL AND g.kg * t.share > 0")]
    counts += [(f"d{d}", f"t.depth = {d}") for d in depths]
    counts += [(f"k{b}", f"t.kinds & {1 << b} <> 0") for b in kind_bits]
    cols = ", ".join(f"sum(sum(CASE WHEN {cond} THEN 1 ELSE 0 END)) OVER w AS {name}" for name, cond in counts)
    eng.run(f"""CREATE OR REPLACE TABLE tcum AS
        SELECT g.target AS party, g.category AS in_cat, g.hs AS in_hs, g.day,
               sum(sum(coalesce(g.kg * t.share, 0))) OVER w AS tkg, {cols}
        FROM taint t JOIN flows g ON g.id = t.id
        WHERE t.depth + 1 <= {max_depth}
        GROUP BY g.target, g.category, g.hs, g.day
        WINDOW w AS (PARTITION BY g.target, g.category, g.hs ORDER BY g.day
                     ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)""")
    eng.run("""CREATE OR REPLACE TABLE need_t AS SELECT n.* FROM need n
        WHERE EXISTS (SELECT 1 FROM tcum l WHERE l.party = n.party AND l.in_cat = n.in_cat AND l.in_hs = n.in_hs)""")
    names = ["tkg", *(n for n, _ in counts)]
    eng.run(_asof(eng, "need_t", "tcum", names, "hits"))
    eng.run(f"""CREATE OR REPLACE TABLE loose AS
        SELECT n.id, {_ordered_ids(eng, "g.id", "g.day")} AS unweighed
        FROM taint t JOIN flows g ON g.id = t.id
        JOIN need n ON n.party = g.target AND n.in_cat = g.category AND n.in_hs = g.hs
             AND g.day >= n.lo AND g.day <= n.hi
        WHERE g.kg IS NULL AND t.depth + 1 <= {max_depth}
        GROUP BY n.id""")
    depth = "CASE " + " ".join(f"WHEN h.d{d} > 0 THEN {d + 1}" for d in depths) + " ELSE 0 END"
    kinds = " | ".join([f"(CASE WHEN h.k{b} > 0 THEN {1 << b} ELSE 0 END)" for b in kind_bits] or ["0"])
    eng.run(f"""CREATE OR REPLACE TABLE taint AS
        SELECT id, 1.0::DOUBLE AS share, 0 AS depth, root_kinds AS kinds, []::VARCHAR[] AS unweighed
        FROM flows WHERE root_kinds <> 0
        UNION ALL
        SELECT h.id, CASE WHEN h.pos > 0 THEN h.tkg / t.total ELSE 0.0 END AS share, {depth} AS depth,
               {kinds} AS kinds, coalesce(u.unweighed, []::VARCHAR[]) AS unweighed
        FROM hits h LEFT JOIN totals t ON t.id = h.id LEFT JOIN loose u ON u.id = h.id
        WHERE h.pos > 0 OR u.unweighed IS NOT NULL""")


# One hop, pairwise (used for lag 0): every non-root output takes the tainted inputs of its window.
_ROUND = """
CREATE OR REPLACE TABLE taint AS
WITH tin AS (
    SELECT g.id, g.target AS party, g.category, g.hs, g.day, g.kg, t.share, t.depth, t.kinds
    FROM taint t JOIN flows g USING (id)
    WHERE t.depth + 1 <= $1
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
SELECT id, 1.0::DOUBLE AS share, 0 AS depth, root_kinds AS kinds, []::VARCHAR[] AS unweighed
FROM flows WHERE root_kinds <> 0
UNION ALL
SELECT h.id, CASE WHEN coalesce(t.total, 0) > 0 THEN h.tainted_kg / t.total ELSE 0.0 END AS share,
       h.depth, h.kinds, coalesce(h.unweighed, []::VARCHAR[]) AS unweighed
FROM hits h LEFT JOIN totals t USING (id)
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
