"""Engines that run the columnar screen's SQL: DuckDB on one machine, Apache Spark beyond it.

The stages (score/batch_screen.py, trace/batch.py) are written once, as SQL in DuckDB's dialect with a few
constructs generated per dialect (`Engine.dialect`: the as-of lookups of the mass balance, ordered lists).
The DuckDB engine runs that SQL as written; the Spark engine transpiles each statement with sqlglot and runs
it with PySpark, each `CREATE OR REPLACE TABLE` becoming a checkpointed temporary view.  Python sees only
what is DISTINCT (names, texts, signal sets), through `rows` and `table`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Protocol

import pyarrow as pa


class Engine(Protocol):
    dialect: str  # "duckdb" or "spark"

    def run(self, sql: str) -> None:
        """A statement: CREATE OR REPLACE TABLE/VIEW name AS query, or DROP."""

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        """A query's rows as tuples (lists as Python lists): for small, distinct results only."""

    def table(self, name: str, data: pa.Table) -> None:
        """An Arrow table (small: distinct names, texts, signals) as the table `name`."""

    def parquet(self, name: str, path: Path) -> None:
        """A view `name` over a Parquet file or folder, read where a query needs it."""

    def columns(self, name: str) -> list[str]:
        """The column names of a table or view."""

    def write_parquet(self, sql: str, path: Path) -> None:
        """A query's result as Parquet at `path` (a file for DuckDB, a folder of parts for Spark)."""

    def close(self) -> None: ...


def make_engine(name: str, **kw: Any) -> Engine:
    """"duckdb" (kw: con) or "spark" (kw: master, spill); Spark needs the [spark] extra and Java 17.
    With CHAINLIGHT_ENGINE_PROFILE=FILE every statement's time is appended to FILE (engine/profile.py)."""
    eng: Engine
    if name == "duckdb":
        from chainlight.engine.duck import DuckEngine

        eng = DuckEngine(kw.get("con"))
    elif name == "spark":
        from chainlight.engine.spark import SparkEngine

        eng = SparkEngine(master=kw.get("master"))
    else:
        raise ValueError(f"unknown engine {name!r}: duckdb or spark")
    profile = os.environ.get("CHAINLIGHT_ENGINE_PROFILE")
    if profile:
        from chainlight.engine.profile import Timed

        return Timed(eng, Path(profile))
    return eng


__all__ = ["Engine", "make_engine"]
