"""Column-wise checks of a staged user file: required fields, numbers, dates and countries, in SQL.

Each value the SQL grammar reads (an ISO date, a plain or thousands-separated number) is converted in
DuckDB; each distinct value it does not read (a date written 01/05/2023, "12 t", a country name) goes once
through values.py, whose answer (a value, or the message a user sees) joins back.  So every cell is judged
exactly as the row-by-row reader judged it, and Python only sees the odd values, not every value.

The result is a view `<stage>_typed`: `__line`, every field of the record type in the dataclass's order
(numbers DOUBLE, the rest VARCHAR; countries as lower-case ISO alpha-2) and `__extra`, the record's `extra`
as canonical JSON (keys sorted, as `json.dumps(sort_keys=True)` writes it).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np

from chainlight.errors import InputError, Problem
from chainlight.model.records import RECORD_TYPES
from chainlight.sources.user import values
from chainlight.sources.user.stage import LINE, WHITESPACE, Restage, Stage, literal, quote
from chainlight.sources.user.stage import drop as stage_drop

NUMBER_FIELDS = {"price", "quantity", "weight_kg", "value"}
DATE_FIELDS = {"date"}
COUNTRY_FIELDS = {"seller_country", "ships_from", "shipper_country", "consignee_country", "origin_country",
                  "country"}
# Marketplaces fill "ships from" with a country or a city ("Qingdao"): a city is kept as written.
FREE_TEXT_PLACES = {"ships_from"}
# The tracer skips these; a negative amount is a data-entry slip worth a warning, not a refusal.
NON_NEGATIVE = {"quantity", "weight_kg"}
INTERNAL = {"extra", "origin"}
MAX_PROBLEMS = 10_000  # listed in the error; the count of the rest is given

_WS = literal(WHITESPACE)
_NUMBER = r"'[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?'"
_THOUSANDS = r"'[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?'"
_DATE = r"'[0-9]{4}-[0-9]{2}-[0-9]{2}'"
_DATETIME = r"'[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?'"


def known_fields(kind: str) -> list[str]:
    return [f.name for f in dataclasses.fields(RECORD_TYPES[kind]) if f.name not in INTERNAL]


@dataclass
class Checked:
    stage: Stage
    kind: str
    view: str  # `<stage>_typed`
    fields: list[str]
    rows: int
    warnings: list[Problem]


def check(con: duckdb.DuckDBPyConnection, stage: Stage, kind: str) -> Checked:
    """Build the typed view of `stage` (the staged table is replaced by a table of stripped, converted
    cells); InputError with every problem (file, line, field) if any."""
    required: tuple[str, ...] = RECORD_TYPES[kind].REQUIRED
    fields = known_fields(kind)
    cells = f"{stage.table}_cells"
    rows = _make_cells(con, stage, fields, cells)
    if rows == 0:
        raise InputError(str(stage.path), "file is empty: a header but no records")
    missing = [c for c in required if c not in stage.columns]
    if missing:
        raise InputError(str(stage.path), f"required column '{missing[0]}' is missing (found: "
                         f"{', '.join(stage.columns)})", line=1, field=missing[0])
    _fixes(con, cells, fields, stage.columns)
    view = f"{stage.table}_typed"
    con.execute(f"CREATE OR REPLACE TEMP VIEW {view}_checks AS " + _checks_sql(stage, cells, fields))
    con.execute(f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT {LINE}, "
                + ", ".join(quote(f) for f in fields) + f", __extra FROM {view}_checks")
    problems = _problems(con, stage, view, fields, required)
    if problems:
        raise InputError.collected(problems)
    return Checked(stage, kind, view, fields, rows, _warnings(con, stage, view, fields))


# ---- first pass: every cell stripped, each value SQL can read converted ---------------------------------

def _make_cells(con: duckdb.DuckDBPyConnection, stage: Stage, fields: list[str], cells: str) -> int:
    """Make the table `cells`, drop the staged table; the number of non-blank rows.  A CSV staged as a view
    is read here: Restage when DuckDB cannot read it or a record spans lines."""
    sql = _cells_sql(stage, fields)
    if stage.how != "view":
        con.execute(f"CREATE OR REPLACE TEMP TABLE {cells} AS {sql}")
    else:
        from chainlight.store.item_sync import write_settings  # the store's module imports this one

        try:
            # one thread: the CSV's rows meet their line numbers in a POSITIONAL JOIN, which two threads
            # read 2.5x slower than one (1M lines: 10.1 -> 3.9 s), the CSV reader's buffers counted once
            with write_settings(con, threads="1"):
                con.execute(f"CREATE OR REPLACE TEMP TABLE {cells} AS {sql}")
        except (duckdb.OutOfMemoryException, duckdb.InterruptException):
            drop_checks(con, cells)
            raise  # not the file's fault: Python's reader would only take more memory and time
        except duckdb.Error as exc:
            drop_checks(con, cells)
            raise Restage(str(exc)) from None  # not UTF-8, more values than columns, ...: tables.py words it
        off = con.execute(f"SELECT count(*) FROM {cells} WHERE _present IS NULL OR {LINE} IS NULL").fetchone()
        if off is None or off[0]:
            drop_checks(con, cells)
            raise Restage("a record spans lines")
        con.execute(f"ALTER TABLE {cells} DROP COLUMN _present")
    stage_drop(con, [stage])
    row = con.execute(f"SELECT count(*) FROM {cells}").fetchone()
    return int(row[0]) if row else 0


def drop_checks(con: duckdb.DuckDBPyConnection, cells: str) -> None:
    for view in (f"{cells.removesuffix('_cells')}_typed", f"{cells.removesuffix('_cells')}_typed_checks"):
        con.execute(f"DROP VIEW IF EXISTS {view}")
    con.execute(f"DROP TABLE IF EXISTS _fix{cells}")
    con.execute(f"DROP TABLE IF EXISTS {cells}")


def drop(con: duckdb.DuckDBPyConnection, checked: Checked) -> None:
    """Remove the tables and views of a checked file (temporary: they would go with the connection)."""
    drop_checks(con, f"{checked.stage.table}_cells")

_WS_CLASS = "[" + "".join(f"\\x{{{ord(c):x}}}" for c in WHITESPACE) + "]"


def _strip(raw: str) -> str:
    """Python's str.strip() and '' -> NULL; the costly Unicode trim only for a cell that needs it."""
    return (f"CASE WHEN regexp_matches({raw}, '^{_WS_CLASS}|{_WS_CLASS}$') THEN nullif(trim({raw}, {_WS}), '') "
            f"ELSE nullif({raw}, '') END")


def _cells_sql(stage: Stage, fields: list[str]) -> str:
    """Columns: __line; per field its stripped text (a number: the DOUBLE SQL reads, a date: the ISO date
    SQL reads); per number or date field `__r<i>`, the raw cell SQL could not read; each other column of the
    file as staged (JSON).  Rows whose every cell is blank are left out, as the row-by-row reader did."""
    present = set(stage.columns)
    select, text_cols = [LINE] + (["_present"] if stage.how == "view" else []), []
    for i, f in enumerate(fields):
        if f not in present:
            continue
        raw, t = f"s.{quote(f)}", f"__t{i}"
        text_cols.append(t)
        if f in NUMBER_FIELDS:
            select.append(f"CASE WHEN regexp_full_match({t}, {_NUMBER}) THEN TRY_CAST({t} AS DOUBLE) END AS {quote(f)}")
            select.append(f"CASE WHEN {t} IS NOT NULL AND NOT coalesce(isfinite(CASE WHEN regexp_full_match({t}, "
                          f"{_NUMBER}) THEN TRY_CAST({t} AS DOUBLE) END), false) THEN {raw} END AS __r{i}")
        elif f in DATE_FIELDS:
            fast = (f"CASE WHEN regexp_full_match({t}, {_DATE}) AND {t} NOT LIKE '0000%' THEN "
                    f"strftime(TRY_CAST({t} AS DATE), '%Y-%m-%d') END")
            select.append(f"{fast} AS {quote(f)}")
            select.append(f"CASE WHEN {t} IS NOT NULL AND {fast} IS NULL THEN {raw} END AS __r{i}")
        else:
            select.append(f"{t} AS {quote(f)}")
    extras = [c for c in stage.columns if c not in set(fields)]
    select += [f"s.{quote(c)}" for c in extras]
    texts = ", ".join(f"{_strip(f's.{quote(f)}')} AS __t{i}" for i, f in enumerate(fields) if f in present)
    blank = " AND ".join([f"{t} IS NULL" for t in text_cols] + [
        f"(s.{quote(c)} IS NULL OR trim(json_extract_string(s.{quote(c)}, '$'), {_WS}) = '')" for c in extras])
    kept = f"NOT ({blank or 'false'})" + (f" OR _present IS NULL OR {LINE} IS NULL" if stage.how == "view" else "")
    return f"SELECT {', '.join(select)} FROM (SELECT *, {texts} FROM {stage.table} s) s WHERE {kept}"


# ---- the odd values, through values.py once each ---------------------------------------------------------

FIX_SLICE = 10_000  # distinct odd values handed to DuckDB at a time


def _fixes(con: duckdb.DuckDBPyConnection, cells: str, fields: list[str], columns: list[str]) -> None:
    """Make `_fix<cells>` (k, v, num, txt, err): values.py's reading of each distinct value SQL left unread
    (k 'n' number, 'd' date: keyed by the raw cell) and of each country (k 'c': by the stripped text)."""
    parts = []
    for i, f in enumerate(fields):
        if f not in columns:
            continue
        if f in NUMBER_FIELDS or f in DATE_FIELDS:
            k = "n" if f in NUMBER_FIELDS else "d"
            parts.append(f"SELECT DISTINCT '{k}' AS k, __r{i} AS v FROM {cells} WHERE __r{i} IS NOT NULL")
        elif f in COUNTRY_FIELDS:
            parts.append(f"SELECT DISTINCT 'c' AS k, {quote(f)} AS v FROM {cells} WHERE {quote(f)} IS NOT NULL")
    rows = con.execute(" UNION ".join(parts)).fetchall() if parts else []
    con.execute(f"CREATE OR REPLACE TEMP TABLE _fix{cells} (k VARCHAR, v VARCHAR, num DOUBLE, txt VARCHAR, "
                "err VARCHAR)")
    # handed to DuckDB as numpy arrays a slice at a time: an Arrow table would load pyarrow's dataset modules
    # and an object array pandas (+17-45 MB to the process for a few values), and fixed-width text of all the
    # values at once would be as wide as the longest (an error message) times the number of values
    for start in range(0, len(rows), FIX_SLICE):
        out: dict[str, list[Any]] = {"k": [], "v": [], "num": [], "txt": [], "err": []}
        for k, v in rows[start:start + FIX_SLICE]:
            for key, value in zip(out, (k, v, *_fix(k, v)), strict=True):
                out[key].append(value)
        fixed = {"k": np.array(out["k"], np.str_), "v": np.array(out["v"], np.str_),
                 "num": np.array([np.nan if n is None else n for n in out["num"]], np.float64)}
        for key in ("txt", "err"):  # NULL where values.py gave none
            fixed[key] = np.array(["" if t is None else t for t in out[key]], np.str_)
            fixed[f"{key}_null"] = np.array([t is None for t in out[key]], np.bool_)
        con.register("_fixed", fixed)
        try:
            con.execute(f"""INSERT INTO _fix{cells} SELECT k::VARCHAR, v::VARCHAR, num,
                CASE WHEN NOT txt_null THEN txt::VARCHAR END, CASE WHEN NOT err_null THEN err::VARCHAR END
                FROM _fixed""")
        finally:
            con.unregister("_fixed")


def _fix(k: str, v: str) -> tuple[float | None, str | None, str | None]:
    try:
        if k == "n":
            return values.number(v), None, None
        if k == "d":
            return None, values.iso_date(v), None
        return None, values.country(v), None
    except ValueError as exc:
        return None, None, str(exc)


# ---- the typed view ----------------------------------------------------------------------------------

def _checks_sql(stage: Stage, cells: str, fields: list[str]) -> str:
    """Every field's value, and per field its error (`__e<i>`) and, for a country, whether it was unknown
    (`__u<i>`, with the text in `__t<i>`); `__extra` as canonical JSON."""
    present = set(stage.columns)
    select, joins = [f"s.{LINE}"], []
    extra: dict[str, str] = {c: f"s.{quote(c)}" for c in stage.columns if c not in set(fields)}
    fix = f"_fix{cells}"
    for i, f in enumerate(fields):
        col = f"s.{quote(f)}"
        value, err, unknown = col, "NULL::VARCHAR", "false"
        if f not in present:
            value = "NULL::DOUBLE" if f in NUMBER_FIELDS else "NULL::VARCHAR"
        elif f in NUMBER_FIELDS or f in DATE_FIELDS:
            got = "num" if f in NUMBER_FIELDS else "txt"
            value, err = f"coalesce({col}, x{i}.{got})", f"x{i}.err"
            joins.append(f"LEFT JOIN {fix} x{i} ON x{i}.k = '{'n' if got == 'num' else 'd'}' AND x{i}.v = s.__r{i}")
        elif f in COUNTRY_FIELDS:
            joins.append(f"LEFT JOIN {fix} x{i} ON x{i}.k = 'c' AND x{i}.v = {col}")
            if f in FREE_TEXT_PLACES:
                value = f"coalesce(x{i}.txt, {col})"
            else:
                value, unknown = f"x{i}.txt", f"({col} IS NOT NULL AND x{i}.txt IS NULL)"
                extra[f] = f"CASE WHEN {unknown} THEN to_json({col})::VARCHAR END"
                select.append(f"{col} AS __t{i}")
        select += [f"{value} AS {quote(f)}", f"{err} AS __e{i}", f"{unknown} AS __u{i}"]
    entries = [f"CASE WHEN {expr} IS NOT NULL THEN {literal(json.dumps(k, ensure_ascii=False) + ': ')} || {expr} END"
               for k, expr in sorted(extra.items())]
    select.append("'{' || concat_ws(', ', " + ", ".join(entries) + ") || '}' AS __extra" if entries else
                  "'{}' AS __extra")
    return f"SELECT {', '.join(select)} FROM {cells} s {' '.join(joins)}"


# ---- problems and warnings -----------------------------------------------------------------------------

def _problems(con: duckdb.DuckDBPyConnection, stage: Stage, view: str, fields: list[str],
              required: tuple[str, ...]) -> list[Problem]:
    """Each row's problems (bad values in field order, then empty required fields), then duplicate ids."""
    parts = [f"SELECT {LINE} AS line, {i} AS i, 0 AS phase, __e{i} AS msg FROM {view}_checks WHERE __e{i} IS NOT NULL"
             for i in range(len(fields))]
    parts += [f"SELECT {LINE}, {i}, 1, 'required value is empty' FROM {view}_checks WHERE {quote(f)} IS NULL AND "
              f"__e{i} IS NULL" for i, f in enumerate(fields) if f in required]
    union = " UNION ALL ".join(parts)
    total_row = con.execute(f"SELECT count(*) FROM ({union})").fetchone()
    total = int(total_row[0]) if total_row else 0
    path = str(stage.path)
    out = [Problem(path, int(line), fields[i], msg) for line, i, _, msg in con.execute(
        f"SELECT * FROM ({union}) ORDER BY line, phase, i LIMIT {MAX_PROBLEMS}").fetchall()] if total else []
    key = quote(required[0])
    dupes = con.execute(f"SELECT count(*) FROM (SELECT {key} FROM {view}_checks WHERE {key} IS NOT NULL "
                        f"GROUP BY {key} HAVING count(*) > 1)").fetchone()
    if dupes and dupes[0]:
        rows = con.execute(f"SELECT line, id, first FROM (SELECT {LINE} AS line, {key} AS id, min({LINE}) OVER "
                           f"(PARTITION BY {key}) AS first FROM {view}_checks WHERE {key} IS NOT NULL) "
                           f"WHERE line <> first ORDER BY line LIMIT {MAX_PROBLEMS}").fetchall()
        total += con.execute(f"SELECT count(*) - count(DISTINCT {key}) FROM {view}_checks WHERE {key} IS NOT NULL"
                             ).fetchone()[0]  # type: ignore[index]
        out += [Problem(path, int(line), required[0], f"duplicate {required[0]} '{key_}', also on line {first}")
                for line, key_, first in rows]
    if total > len(out):
        out.append(Problem(path, None, None, f"{total - len(out)} more problems not listed; fix these first"))
    return out


def _warnings(con: duckdb.DuckDBPyConnection, stage: Stage, view: str, fields: list[str]) -> list[Problem]:
    """Negative amounts the tracer will skip, and countries no table knows (kept in `extra`)."""
    parts = [f"SELECT {LINE} AS line, {i} AS i, {quote(f)}::DOUBLE AS amount, NULL AS raw FROM {view}_checks "
             f"WHERE {quote(f)} < 0" for i, f in enumerate(fields) if f in NON_NEGATIVE and f in stage.columns]
    parts += [f"SELECT {LINE} AS line, {i} AS i, NULL::DOUBLE AS amount, __t{i} AS raw FROM {view}_checks WHERE __u{i}"
              for i, f in enumerate(fields) if f in COUNTRY_FIELDS and f not in FREE_TEXT_PLACES and f in stage.columns]
    if not parts:
        return []
    out = []
    path = str(stage.path)
    for line, i, amount, raw in con.execute(f"SELECT * FROM ({' UNION ALL '.join(parts)}) ORDER BY line, i "
                                            f"LIMIT {MAX_PROBLEMS}").fetchall():
        name = fields[i]
        message = (f"negative {name} {amount:g}; the tracer will skip it" if raw is None else
                   f"unknown country '{raw}', kept as extra.{name}")
        out.append(Problem(path, int(line), name, message))
    return out
