"""Statement timings of an engine, for finding which stage costs what on which engine.

`CHAINLIGHT_ENGINE_PROFILE=FILE` makes `make_engine` wrap its engine in `Timed`, which appends one JSON line
per call (method, seconds, the statement's first words) to FILE.  Spark runs each CREATE TABLE as a job and a
checkpoint, so its cost sits in different statements than DuckDB's; per-statement figures are what the 1B
plan (docs/scale.md) and the work on Spark's taint and score stages are read from.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pyarrow as pa

from chainlight.engine import Engine

_SPACE = re.compile(r"\s+")


def _head(sql: str, n: int = 160) -> str:
    return _SPACE.sub(" ", sql).strip()[:n]


class Timed:
    """An Engine that times every call of the engine it wraps (same dialect, same results)."""

    def __init__(self, inner: Engine, path: Path) -> None:
        self.inner = inner
        self.dialect = inner.dialect
        self.path = Path(path)

    def _log(self, method: str, seconds: float, what: str) -> None:
        with self.path.open("a", encoding="utf-8") as f:
            f.write(json.dumps({"engine": self.dialect, "method": method, "s": round(seconds, 3),
                                "what": what}, ensure_ascii=False) + "\n")

    def _timed(self, method: str, what: str, call: Any, *args: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return call(*args)
        finally:
            self._log(method, time.perf_counter() - t0, what)

    def run(self, sql: str) -> None:
        self._timed("run", _head(sql), self.inner.run, sql)

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        return list(self._timed("rows", _head(sql), self.inner.rows, sql))

    def table(self, name: str, data: pa.Table) -> None:
        self._timed("table", f"{name} ({data.num_rows} rows)", self.inner.table, name, data)

    def parquet(self, name: str, path: Path) -> None:
        self._timed("parquet", f"{name} <- {path}", self.inner.parquet, name, path)

    def columns(self, name: str) -> list[str]:
        return self.inner.columns(name)

    def write_parquet(self, sql: str, path: Path) -> None:
        self._timed("write_parquet", _head(sql), self.inner.write_parquet, sql, path)

    def close(self) -> None:
        self.inner.close()

    def __getattr__(self, name: str) -> Any:  # engine-specific stages (match_many, classify_many, ...)
        attr = getattr(self.inner, name)
        if not callable(attr):
            return attr

        def call(*args: Any, **kw: Any) -> Any:
            return self._timed(name, name, lambda: attr(*args, **kw))

        return call
