"""CHAINLIGHT_SPARK_CONF: further Spark settings read from the environment (no Spark needed to test it)."""

from __future__ import annotations

import pytest

from chainlight.errors import UsageError

spark = pytest.importorskip("chainlight.engine.spark")


def test_settings_are_read_as_key_value_pairs_separated_by_semicolons() -> None:
    text = " spark.sql.autoBroadcastJoinThreshold=-1 ; spark.executor.memory = 8g;;"
    assert spark.extra_conf(text) == {"spark.sql.autoBroadcastJoinThreshold": "-1", "spark.executor.memory": "8g"}


def test_a_value_may_itself_hold_an_equals_sign() -> None:
    assert spark.extra_conf("spark.driver.extraJavaOptions=-Dfile.encoding=UTF-8") == {
        "spark.driver.extraJavaOptions": "-Dfile.encoding=UTF-8"}


def test_no_setting_is_an_empty_mapping() -> None:
    assert spark.extra_conf("") == {}


@pytest.mark.parametrize("text", ["spark.sql.shuffle.partitions 4", "=4"])
def test_a_setting_without_key_and_value_is_refused_with_the_setting_named(text: str) -> None:
    with pytest.raises(UsageError, match="CHAINLIGHT_SPARK_CONF"):
        spark.extra_conf(text)


@pytest.mark.parametrize(("master", "parts"), [("local[2]", 4), ("local[1]", 2), ("local[8, 3]", 16),
                                               ("spark://spark-master.internal:7077", 8), (None, 8)])
def test_shuffle_partitions_are_two_per_local_core_and_eight_on_a_cluster(master: str | None, parts: int) -> None:
    assert spark.shuffle_partitions(master) == parts


def test_local_star_counts_this_machines_cores() -> None:
    import os

    assert spark.shuffle_partitions("local[*]") == max(2, 2 * (os.cpu_count() or 1))


@pytest.mark.parametrize("master", ["local", "local[2]", "local[*]", " local[4, 2] "])
def test_a_local_driver_jvm_gets_c1_only_and_the_parallel_collector(master: str) -> None:
    assert spark.java_options(master) == "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"


@pytest.mark.parametrize("master", ["spark://spark-master.internal:7077", "yarn", None, ""])
def test_a_cluster_or_spark_submits_own_jvm_keeps_the_jvm_defaults(master: str | None) -> None:
    assert spark.java_options(master) is None
