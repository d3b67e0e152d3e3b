"""The DuckDB engine: the stages' SQL as written, on one machine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa


def _quote(path: Path | str) -> str:
    return "'" + str(path).replace("'", "''") + "'"


class DuckEngine:
    dialect = "duckdb"

    def __init__(self, con: duckdb.DuckDBPyConnection | None = None) -> None:
        self.con = con or duckdb.connect()

    def run(self, sql: str) -> None:
        self.con.execute(sql)

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        return self.con.execute(sql).fetchall()

    def table(self, name: str, data: pa.Table) -> None:
        view = f"_{name}_in"
        self.con.register(view, data)
        try:
            self.con.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM {view}")
        finally:
            self.con.unregister(view)

    def parquet(self, name: str, path: Path) -> None:
        self.con.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet({_quote(path)})")

    def columns(self, name: str) -> list[str]:
        return [r[0] for r in self.con.execute(f"DESCRIBE {name}").fetchall()]

    def write_parquet(self, sql: str, path: Path) -> None:
        self.con.execute(f"COPY ({sql}) TO {_quote(path)} (FORMAT PARQUET)")

    def close(self) -> None:
        self.con.close()
