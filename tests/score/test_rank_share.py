"""The share a traced chain ranks by is the same whatever order its kilograms were summed in."""

import duckdb

from chainlight.score.batch_screen import _rank_share
from chainlight.score.chain import rank_share


def test_a_share_on_the_rounding_boundary_rounds_the_same_for_either_summation_order() -> None:
    # 17 kg tainted of 40 kg is 0.425: one order of sums gives exactly that, another a hair below it
    one_order = (10.2 + 6.8) / 40.0
    other_order = 0.42499999999999993
    assert rank_share(one_order) == rank_share(other_order) == 0.43
    assert rank_share(0.4249) == 0.42  # a share truly below the boundary stays below it
    assert rank_share(0.001) == 0.01 and rank_share(0.0) == 1.0


def test_the_sql_twin_rounds_as_python_does() -> None:
    con = duckdb.connect()
    for share in (0.425, 0.42499999999999993, 0.4249, 0.001, 0.0, 0.99999):
        got = con.execute(f"SELECT {_rank_share('s')} FROM (SELECT {share!r}::DOUBLE AS s)").fetchone()
        assert got is not None and float(got[0]) == rank_share(share), share
