"""The store: DuckDB by default (one file); the same batch SQL runs on Spark for data that outgrows a machine."""

from chainlight.store.db import IngestReport, Store

__all__ = ["IngestReport", "Store"]
