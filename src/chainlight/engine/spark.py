"""The Spark engine: the stages' SQL transpiled from DuckDB's dialect to Spark SQL (sqlglot), run by PySpark.

Local mode (`local[*]`) by default; a cluster through CHAINLIGHT_SPARK_MASTER (e.g. spark://host:7077) or by
running chainlight under `spark-submit`, which sets the master itself.  Each `CREATE OR REPLACE TABLE` is
computed once and checkpointed (its lineage cut), so the taint pass's rounds do not grow a longer plan each
time.  ANSI mode is off so that a division by an empty total gives NULL, as in DuckDB.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa

from chainlight.errors import UsageError

_CREATE = re.compile(r"^\s*CREATE\s+OR\s+REPLACE\s+(?:TEMP\s+)?(TABLE|VIEW)\s+(\w+)\s+AS\s+(.*)$",
                     re.IGNORECASE | re.DOTALL)
SPARK_AS_IS = "/*spark*/"  # a query that starts so is Spark SQL already (a construct sqlglot cannot write)
_COPY = re.compile(r"^\s*SELECT\s+\*\s+FROM\s+(\w+)\s*$", re.IGNORECASE)
_SHUFFLE = re.compile(r"(?<!Broadcast)Exchange ")  # a shuffle in a physical plan (not a broadcast)
SPREAD_BYTES = 16 << 20  # a table read from files and estimated above this is spread over the cores
# a computed table whose checkpointed rows take at most this much memory is broadcast to the joins that read
# it (CHAINLIGHT_SPARK_BROADCAST_MB; 0: never, Spark's own size estimates decide): `SparkEngine._small`
BROADCAST_BYTES = 32 << 20
_DROP = re.compile(r"^\s*DROP\s+(?:TABLE|VIEW)\s+(?:IF\s+EXISTS\s+)?(\w+)\s*$", re.IGNORECASE)


@lru_cache(maxsize=512)
def to_spark(sql: str) -> str:
    """One statement or query from DuckDB's dialect to Spark SQL."""
    if sql.lstrip().startswith(SPARK_AS_IS):
        return sql
    import sqlglot

    return str(sqlglot.transpile(sql, read="duckdb", write="spark")[0])


def extra_conf(text: str) -> dict[str, str]:
    """CHAINLIGHT_SPARK_CONF="key=value;key=value": any further Spark setting, as spark-submit's --conf gives
    one (e.g. spark.sql.autoBroadcastJoinThreshold=-1 when a broadcast outgrows the driver)."""
    conf: dict[str, str] = {}
    for item in filter(None, (x.strip() for x in text.split(";"))):
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"CHAINLIGHT_SPARK_CONF: {item!r} is not key=value (settings are separated by ';')")
        conf[key.strip()] = value.strip()
    return conf


_LOCAL = re.compile(r"^local(?:\[(\d+|\*)(?:,\s*\d+)?\])?$")


def shuffle_partitions(master: str | None) -> int:
    """Shuffle partitions: two per core in local mode (local[N], local[*]: this machine's cores), so that each
    task is large and both halves of a skewed key range still share the cores; 8 for a cluster (set
    CHAINLIGHT_SPARK_PARTITIONS to its cores x 2-3).  Measured at 1M shipments on 2 cores: 4 partitions
    138.5 s, 8 partitions 155.9 s (docs/scale.md)."""
    m = _LOCAL.match((master or "").strip())
    if not m:
        return 8
    cores = (os.cpu_count() or 1) if m.group(1) in (None, "*") else int(m.group(1))
    return max(2, 2 * cores)


# The driver JVM's options in local mode, where that JVM also runs every task and lives for one screen:
# C1 only (no C2) and the parallel (throughput) collector.  Spark SQL generates and compiles new classes for
# each statement (Janino), and HotSpot's C2 then recompiles the hot ones: in a screen of a few hundred
# statements that JIT work was 33 % of the process tree's counted CPU at 1M shipments (87.7 of 265.0 s) and
# 40 % at 100k.  C1's code runs the tasks about a third slower (80.9 -> 107.9 s), which costs far less than
# C2's compiles save; G1's concurrent threads buy short pauses, which a batch run does not need (GC 25.1 ->
# 15.4 s).  At 1M on 2 cores, side by side: 265.0 -> 197.1 CPU s, findings.csv byte-identical (docs/scale.md,
# round 17b).  A physical choice only, Spark's own (the JVM it runs in): the same SQL, the same rows.  A
# cluster's executors live long and keep the JVM's defaults; CHAINLIGHT_SPARK_CONF=
# "spark.driver.extraJavaOptions=..." replaces these.
LOCAL_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"


def java_options(master: str | None) -> str | None:
    """The driver JVM's extra options for `master`: LOCAL_JAVA_OPTIONS in local mode, None (the JVM's own
    defaults) for a cluster."""
    return LOCAL_JAVA_OPTIONS if _LOCAL.match((master or "").strip()) else None


def session(master: str | None = None) -> Any:
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise UsageError("--engine spark needs pyspark: pip install 'chainlight[spark]' (and Java 17)") from exc
    # local workers run this Python (the one with chainlight installed); a cluster's executors need
    # chainlight installed in the Python that PYSPARK_PYTHON names there
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("chainlight")
    if master or not os.environ.get("PYSPARK_GATEWAY_PORT"):  # under spark-submit, its --master holds
        master = master or os.environ.get("CHAINLIGHT_SPARK_MASTER") or "local[*]"
        builder = builder.master(master)
    conf = {"spark.sql.ansi.enabled": "false", "spark.sql.session.timeZone": "UTC", "spark.ui.enabled": "false",
            "spark.sql.shuffle.partitions": os.environ.get("CHAINLIGHT_SPARK_PARTITIONS",
                                                           str(shuffle_partitions(master))),
            "spark.driver.memory": os.environ.get("CHAINLIGHT_SPARK_DRIVER_MEMORY", "4g"),
            "spark.sql.execution.arrow.pyspark.enabled": "true", "spark.ui.showConsoleProgress": "false",
            # constraint propagation through a UNION of checkpointed tables fails in Spark 4 ("key not found:
            # cat#213" in UnionBase.rewriteConstraints, the prior reach of batch_screen); the stages' plans
            # gain nothing from it
            "spark.sql.constraintPropagation.enabled": "false"}
    java = java_options(master)
    if java:  # only when this process starts the JVM (not under spark-submit, whose JVM is running already)
        conf["spark.driver.extraJavaOptions"] = java
    conf.update(extra_conf(os.environ.get("CHAINLIGHT_SPARK_CONF", "")))
    for k, v in conf.items():
        builder = builder.config(k, v)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


class SparkEngine:
    dialect = "spark"

    def __init__(self, master: str | None = None, spark: Any = None) -> None:
        self.spark = spark if spark is not None else session(master)
        self._kept: dict[str, Any] = {}  # name -> checkpointed DataFrame, released when replaced
        self.broadcast_bytes = int(float(os.environ.get("CHAINLIGHT_SPARK_BROADCAST_MB", BROADCAST_BYTES >> 20))
                                   * (1 << 20))

    def run(self, sql: str) -> None:
        m = _CREATE.match(sql)
        if m:
            kind, name, query = m.group(1).upper(), m.group(2), m.group(3)
            same = _COPY.match(query)
            if kind == "TABLE" and same and same.group(1) in self._kept:  # a copy of a computed table: itself
                self._replace(name, self._kept[same.group(1)])  # (its rows are never changed in place)
                return
            df = self.spark.sql(to_spark(query))
            if kind == "TABLE":
                df = self._small(self._spread(df).localCheckpoint(eager=True))
            self._replace(name, df)
            return
        d = _DROP.match(sql)
        if d:
            self.spark.catalog.dropTempView(d.group(1))
            self._kept.pop(d.group(1), None)
            return
        self.spark.sql(to_spark(sql))

    def _spread(self, df: Any) -> Any:
        """`df`, spread over the cores when it is large and read straight from input files without a shuffle.

        A Parquet file is split by row groups: one of 25 MB with a single row group (1M shipments as a
        writer leaves them) is one task, and a table computed from it without a shuffle (broadcast joins
        only: the shipments' records) keeps that one partition, so every later narrow step over it runs on
        one core.  Measured at 1M shipments on 2 cores: docs/scale.md."""
        qe = df._jdf.queryExecution()
        plan = qe.executedPlan().toString()
        if "FileScan" not in plan or _SHUFFLE.search(plan):
            return df
        if int(str(qe.optimizedPlan().stats().sizeInBytes())) < SPREAD_BYTES:
            return df
        return df.repartition(self.spark.sparkContext.defaultParallelism * 2)

    def _small(self, df: Any) -> Any:
        """`df` (checkpointed) with a broadcast hint when its rows, as stored, take at most `broadcast_bytes`.

        Spark plans a join by its estimate of each side's size, and a table computed through joins and
        aggregations is estimated from its plan, not from its rows: at 1M shipments the taint table (85k
        rows), the listings' records (100k) and tables with no rows at all were estimated above the 10 MB
        broadcast threshold, so every join of the million flows or shipment records with them shuffled and
        sorted the million rows (a sort-merge join) to meet a few thousand.  The checkpoint's stored size
        is known once it is computed (the block manager's, no job); stored rows take 2-7x Spark's own
        estimate of them (object headers), so 32 MB stored is about 5-16 MB of rows.  The hint is a physical
        choice only: the SQL and its results are the same (docs/scale.md, round 15)."""
        if self.broadcast_bytes <= 0:
            return df
        rdd = df._jdf.queryExecution().analyzed().rdd().id()
        for info in self.spark.sparkContext._jsc.sc().getRDDStorageInfo():
            if info.id() == rdd:
                if info.memSize() + info.diskSize() <= self.broadcast_bytes:
                    from pyspark.sql.functions import broadcast

                    return broadcast(df)
                break
        return df

    def _replace(self, name: str, df: Any) -> None:
        old = self._kept.pop(name, None)
        df.createOrReplaceTempView(name)
        self._kept[name] = df
        if old is not None and all(old is not kept for kept in self._kept.values()):
            old.unpersist()

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.spark.sql(to_spark(sql)).collect()]

    def table(self, name: str, data: pa.Table) -> None:
        if data.num_rows:
            df = self.spark.createDataFrame(data)
        else:  # no rows: a local relation that the optimizer knows is empty (joins with it are pruned), not an
            # empty RDD of unknown size that a join shuffles the other side to meet
            nulls = pa.table({f.name: pa.nulls(1, f.type) for f in data.schema})
            df = self.spark.createDataFrame(nulls).where("false")
        self._replace(name, df)

    def parquet(self, name: str, path: Path) -> None:
        self._replace(name, self.spark.read.parquet(str(Path(path).resolve())))  # the JVM has its own cwd

    def columns(self, name: str) -> list[str]:
        return list(self.spark.table(name).columns)

    def write_parquet(self, sql: str, path: Path) -> None:
        self.spark.sql(to_spark(sql)).write.mode("overwrite").parquet(str(Path(path).resolve()))

    # --- the stages that need models, on the executors ---
    def match_many(self, queries: Sequence[Any], limit: int, matcher: Any,
                   saved: Path | None = None, at_least: float = 0.0) -> list[list[Any]]:
        """Each query's matches (asked with `at_least` when there is one), computed on the executors by
        mapInPandas: every Python worker loads the saved index (`saved`, resolve/saved_index.py) once, or
        unpickles `matcher` when there is none.

        Each query travels with its name's analysis as this process has it (`render_name`), which the worker
        takes as its own (`hand_over`) instead of analysing the name again.  A physical choice, Spark's own:
        the one-machine screen's matcher runs in processes forked after the clustering, which find the
        parties' names analysed already (kept_analyses); Spark's workers start empty.  At 100k shipments the
        driver held 94 % of the 4,507 query names' analyses (0.04 s to read, 1.7 MB pickled), and a fresh
        process matched them in 3.1 CPU s handed over against 4.6-5.6 cold, the same answers; at 1M the
        match stage's workers took 26.4 CPU s against 36.2, findings.csv byte-identical (docs/scale.md,
        round 18b).  An analysis is a pure function of the name, so the answers are the same either way."""
        from chainlight.resolve.rendering import render_name

        items = [(q, render_name(getattr(q, "name", None) or "")) for q in queries]
        return self._map("match", items, str(Path(saved).resolve()) if saved else pickle.dumps(matcher),
                         limit, at_least)

    def classify_many(self, items: Sequence[tuple[str, str, str | None]], classifier: Any) -> list[Any]:
        """Classifications of (id, text, declared code) items, a batch at a time on the executors.  The
        project's Classifier (its caches do not pickle) is built on each worker as default_classifier()
        builds it; another classifier is pickled, or, when it cannot be, runs here on the driver."""
        from chainlight.classify import Classifier

        if type(classifier) is Classifier:
            model = pickle.dumps(_NewClassifier())
        else:
            try:
                model = pickle.dumps(classifier)
            except (pickle.PicklingError, TypeError, AttributeError):
                return list(classifier.classify_many(items))
        return self._map("classify", list(items), model, 0)

    def _map(self, what: str, items: list[Any], model: str | bytes, limit: int, at_least: float = 0.0
             ) -> list[Any]:
        if not items:
            return []
        keys = [f"i{i}" for i in range(len(items))]
        data = pa.table({"k": keys, "v": [pickle.dumps(x) for x in items]})
        parts = max(1, min(len(items) // 500 + 1, self.spark.sparkContext.defaultParallelism * 2))

        def run(batches: Iterator[Any]) -> Iterator[Any]:
            import pandas as pd

            fn = _model(what, model)
            for pdf in batches:
                if what == "match":  # (query, its name's analysis) pairs: see match_many
                    from chainlight.resolve.rendering import hand_over, kept_analyses

                    least = {"at_least": at_least} if at_least else {}
                    pairs = [pickle.loads(v) for v in pdf["v"]]
                    with kept_analyses():
                        hand_over([getattr(q, "name", None) or "" for q, _ in pairs], [a for _, a in pairs])
                        out = [pickle.dumps(fn.match(q, limit, **least)) for q, _ in pairs]
                else:
                    out = [pickle.dumps(c) for c in fn.classify_many([pickle.loads(v) for v in pdf["v"]])]
                yield pd.DataFrame({"k": pdf["k"], "r": out})

        df = self.spark.createDataFrame(data).repartition(parts).mapInPandas(run, "k string, r binary")
        got = {r["k"]: pickle.loads(r["r"]) for r in df.collect()}
        return [got[k] for k in keys]

    def close(self) -> None:
        for df in self._kept.values():
            df.unpersist()
        self._kept.clear()


class _NewClassifier:
    """Unpickles as a new chainlight Classifier (built on the worker, not shipped)."""

    def __reduce__(self) -> tuple[Any, tuple[()]]:
        from chainlight.classify import Classifier

        return (Classifier, ())


_MODELS: dict[str, Any] = {}  # per Python worker: the matcher or classifier, loaded once


def _model(what: str, model: str | bytes) -> Any:
    key = model if isinstance(model, str) else hashlib.sha256(model).hexdigest()
    if key not in _MODELS:
        if isinstance(model, str):
            from chainlight.resolve.matcher import Matcher

            _MODELS[key] = Matcher.load(model)
        else:
            _MODELS[key] = pickle.loads(model)
    return _MODELS[key]
