"""Pages of a run with many findings: the page's keys are found in SQL first and its labels read for its rows
alone, so every sort, filter and page must still give the rows the whole ordered view holds at that place."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chainlight.api import workspace
from chainlight.api.deps import AppState
from chainlight.settings import Settings
from chainlight.store import Store

COPIES = 12  # the demo run's findings (and their records) copied under new ids: ~1,100 findings
_TIER = {"high": 0, "elevated": 1, "low": 2}


@pytest.fixture(scope="module")
def state(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppState]:
    db = tmp_path_factory.mktemp("paging") / "store.duckdb"
    shutil.copy(demo_db_template, db)
    with Store(db) as store:
        con = store.con
        con.execute("CREATE TEMP TABLE f0 AS SELECT * FROM findings")
        con.execute("CREATE TEMP TABLE i0 AS SELECT * FROM items WHERE item_type IN ('listings', 'shipments', "
                    "'suppliers')")
        con.execute(f"INSERT INTO finding_rows BY NAME SELECT run_id, record_type, record_id || '-' || c AS record_id, "
                    f"score, tier, policies, "
                    f"summary, evidence, scorer FROM f0, range(1, {COPIES + 1}) t(c)")
        con.execute(f"INSERT INTO items SELECT item_type, id || '-' || c, dataset, scope, hash, data, protected, "
                    f"status, first_seen, last_seen FROM i0, range(1, {COPIES + 1}) t(c)")
        ids = [r[0] for r in con.execute("SELECT record_id FROM findings ORDER BY record_id").fetchall()]
        for n, rid in enumerate(ids[::7]):
            store.audit("tests", ("finding.confirmed", "finding.dismissed", "finding.needs_evidence")[n % 3],
                        f"finding:{rid}", {"note": "paging"})
    app_state = AppState(db, Settings())
    yield app_state
    app_state.close()


def _key(view: workspace.View) -> Any:
    """The order a view promises, worked out in Python from a row."""
    sign = -1 if view.order == "desc" else 1

    def key(r: dict[str, Any]) -> tuple[Any, ...]:
        tie = (r["record_type"], r["record_id"])
        tier = _TIER.get(r["tier"], 3)
        if view.sort == "rank":
            share = r["share"]
            if view.order == "desc":
                return (tier, not r["presumption"], share is None, -(share or 0), -r["score"], *tie)
            return (-tier, r["presumption"], share is not None, share or 0, r["score"], *tie)
        if view.sort == "tier":
            return (sign * -tier, -r["score"], *tie)
        if view.sort == "score":
            return (sign * r["score"], tier, -r["score"], *tie)
        return (r["record_id"], tier, -r["score"], *tie)  # record_id, ascending

    return key


def _all(state: AppState, view: workspace.View) -> list[dict[str, Any]]:
    return workspace.rows(state, workspace.resolve(state, workspace.View(**{**view.__dict__, "limit": 100_000,
                                                                              "offset": 0})),
                          with_evidence=False)


@pytest.mark.parametrize(("sort", "order"), [("rank", "desc"), ("rank", "asc"), ("score", "desc"), ("score", "asc"),
                                             ("tier", "desc"), ("record_id", "asc")])
def test_pages_follow_the_order_of_the_whole_view(state: AppState, sort: str, order: str) -> None:
    view = workspace.View(sort=sort, order=order)
    whole = _all(state, view)
    assert len(whole) == workspace.count(state, view) > 1000
    assert whole == sorted(whole, key=_key(view))
    pages: list[dict[str, Any]] = []
    for offset in range(0, len(whole), 97):
        page = workspace.rows(state, workspace.View(sort=sort, order=order, limit=97, offset=offset),
                              with_evidence=False)
        assert len(page) <= 97
        pages += page
    assert pages == whole  # labels, ranks and decisions included, in the same places


def test_a_page_carries_the_label_and_latest_decision_of_its_rows(state: AppState) -> None:
    rows = _all(state, workspace.View(sort="record_id", order="asc"))
    by_id = {r["record_id"]: r for r in rows}
    assert all(r["label"] for r in rows)
    copy = next(r for r in rows if r["record_id"].endswith("-3") and r["record_type"] == "shipment")
    original = by_id[copy["record_id"].rsplit("-", 1)[0]]
    assert copy["label"] == original["label"]  # the copied record's fields, read for this row
    decided = [r for r in rows if r["decision"] != "undecided"]
    assert decided and all(r["decided_by"] == "tests" and r["decided_at"] for r in decided)
    assert len(decided) == len(rows[::7])


@pytest.mark.parametrize("params", [{"tier": "high"}, {"decision": "dismissed"}, {"decision": "undecided"},
                                    {"record_type": "shipment", "sort": "decision"}, {"q": "glamlash"},
                                    {"q": "조선대성"}, {"entity": "ofac-12313"}, {"q": "S002-1"}])
def test_filters_and_searches_count_and_page_alike(state: AppState, params: dict[str, str]) -> None:
    whole = _all(state, workspace.View(**params))  # type: ignore[arg-type]
    total = workspace.count(state, workspace.resolve(state, workspace.View(**params)))  # type: ignore[arg-type]
    assert len(whole) == total > 0
    paged = []
    for offset in range(0, total, 50):
        view = workspace.resolve(state, workspace.View(**params, limit=50, offset=offset))  # type: ignore[arg-type]
        paged += workspace.rows(state, view, with_evidence=False)
    assert paged == whole
    if "tier" in params:
        assert {r["tier"] for r in whole} == {params["tier"]}
    if "decision" in params:
        assert {r["decision"] for r in whole} == {params["decision"]}
    if params.get("q") == "S002-1":
        assert {r["record_id"] for r in whole} >= {"S002-1"}


def test_an_export_reads_the_view_in_batches_in_order(state: AppState) -> None:
    view = workspace.View(record_type="shipment")
    whole = _all(state, view)
    batches = list(workspace.batches(state, workspace.View(record_type="shipment"), size=100))
    assert len(batches) > 1 and all(len(b) <= 100 for b in batches)
    assert [r["record_id"] for b in batches for r in b] == [r["record_id"] for r in whole]
    assert all(isinstance(r["evidence"], list) for b in batches for r in b)
