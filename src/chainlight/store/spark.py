"""The Spark engine: the same batch pipeline when a user's data outgrows one machine.

pyspark is an optional dependency (`pip install chainlight[spark]`); importing chainlight never needs it.
"""

from __future__ import annotations

from chainlight.errors import UsageError


def require_spark() -> None:
    """--engine spark runs the columnar screen (chainlight.engine.spark); it needs pyspark and sqlglot."""
    try:
        import pyspark  # noqa: F401
        import sqlglot  # noqa: F401
    except ImportError as exc:
        raise UsageError("--engine spark needs pyspark: pip install 'chainlight[spark]' (and Java 17)") from exc
