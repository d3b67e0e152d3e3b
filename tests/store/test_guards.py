"""An official list's update cannot quietly delete entries or go back in time: refused, nothing stored."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chainlight.cli import main
from chainlight.store import Store
from tests.helpers.snapshots import snapshot_bytes

UN = "sanctions/un/consolidated.xml"


def _un(tmp_path: Path, name: str, drop: int = 0, date: str | None = None, rename: bool = False) -> Path:
    text = snapshot_bytes(UN).decode("utf-8")
    if drop:  # the last `drop` entities of the file gone, as when a download stops early
        starts = [m.start() for m in re.finditer("<ENTITY>", text)]
        end = text.index("</ENTITIES>")
        text = text[:starts[-drop]] + text[end:]
    if date:
        text = re.sub(r'dateGenerated="[^"]+"', f'dateGenerated="{date}"', text, count=1)
    if rename:
        text = text.replace("KOREA KWANGSONG TRADING CORPORATION", "KOREA KWANGSONG TRADING CORP.", 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _count(db: Path) -> int:
    with Store(db) as store:
        return store.entity_count("un-sc")


def _ingest(db: Path, path: Path, *flags: str) -> int:
    return main(["--db", str(db), "-q", "ingest", "un-sc", str(path), *flags])


def test_an_update_that_removes_many_entries_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.duckdb"
    assert _ingest(db, _un(tmp_path, "full.xml")) == 0
    whole = _count(db)
    cut = _un(tmp_path, "cut.xml", drop=60)
    assert _ingest(db, cut) == 2
    message = capsys.readouterr().err
    assert "would remove 60 of the" in message and "--accept-shrink" in message
    assert _count(db) == whole
    assert _ingest(db, cut, "--accept-shrink") == 0
    assert _count(db) == whole - 60


def test_a_few_delistings_pass(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    assert _ingest(db, _un(tmp_path, "full.xml")) == 0
    assert _ingest(db, _un(tmp_path, "fewer.xml", drop=3)) == 0


def test_an_older_version_is_refused_unless_asked_for(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.duckdb"
    assert _ingest(db, _un(tmp_path, "new.xml", rename=True)) == 0
    older = _un(tmp_path, "old.xml", date="2025-06-30T00:00:00.000Z")
    assert _ingest(db, older) == 2
    assert "older than the 2026-01-28" in capsys.readouterr().err
    assert _ingest(db, older, "--accept-older") == 0


def test_a_file_ingested_before_a_newer_one_is_not_taken_back_silently(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.duckdb"
    first = _un(tmp_path, "first.xml")
    assert _ingest(db, first) == 0
    assert _ingest(db, _un(tmp_path, "second.xml", rename=True)) == 0
    assert _ingest(db, first) == 2
    assert "was ingested before and then replaced" in capsys.readouterr().err
    with Store(db) as store:
        assert store.con.execute("SELECT count(*) FROM ingests").fetchone() == (2,)


def test_reingesting_the_current_file_is_fine(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    path = _un(tmp_path, "same.xml")
    assert _ingest(db, path) == 0
    assert _ingest(db, path) == 0


def test_a_moved_row_is_not_a_changed_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.duckdb"
    rows = ["listing_id,title,seller_name", "L1,3D 밍크 속눈썹,Pingdu Lash Co.", "L2,人发假发 wig,Qingdao Hair Ltd",
            "L3,Wool sweater,Acme Knit"]
    listings = tmp_path / "listings.csv"
    listings.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert main(["--db", str(db), "ingest", "listings", str(listings)]) == 0
    capsys.readouterr()
    # a blank line after the header, and the first row dropped: every later row moves up or down a line
    listings.write_text("\n".join([rows[0], "", *rows[2:]]) + "\n", encoding="utf-8")
    assert main(["--db", str(db), "ingest", "listings", str(listings)]) == 0
    assert "0 added, 0 changed, 1 removed, 2 unchanged" in capsys.readouterr().out


def test_sources_changes_lists_what_an_update_did(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    db = tmp_path / "s.duckdb"
    assert _ingest(db, _un(tmp_path, "v1.xml", date="2026-01-01T00:00:00.000Z")) == 0
    assert _ingest(db, _un(tmp_path, "v2.xml", drop=2, rename=True)) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "sources", "changes", "un-sc", "--since", "2026-01-01", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    kinds = sorted(r["change"] for r in rows)
    assert kinds == ["changed", "removed", "removed"]
    changed = next(r for r in rows if r["change"] == "changed")
    assert changed["id"] == "un-KPe.026" and changed["version"] == "2026-01-28"
    assert main(["--db", str(db), "sources", "changes", "un-sc", "--since", "1999"]) == 2
    assert main(["--db", str(db), "sources", "changes", "ofac-sdn"]) == 2


def test_a_screen_with_one_bad_file_stores_none_of_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import chainlight

    demo = Path(chainlight.__file__).parent / "data" / "demo"
    db = tmp_path / "s.duckdb"
    bad = tmp_path / "shipments.csv"
    bad.write_text("shipment_id,date,shipper_name,consignee_name\nS1,not-a-date,조선 무역회사,Dandong Co\n",
                   encoding="utf-8")
    code = main(["--db", str(db), "-q", "screen", "--listings", str(demo / "listings.csv"), "--shipments", str(bad),
                 "--out", str(tmp_path / "out")])
    assert code == 2 and "shipments.csv" in capsys.readouterr().err
    with Store(db) as store:
        assert store.records("listings") == [] and store.records("shipments") == []
        assert store.con.execute("SELECT count(*) FROM ingests").fetchone() == (0,)  # evidence not synced either


def test_an_ofac_file_without_its_end_mark_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = snapshot_bytes("sanctions/ofac/sdn.csv")
    cut = raw[:raw.rindex(b"\r\n", 0, int(len(raw) * 0.56)) + 2]  # cut at a line boundary: every row whole
    path = tmp_path / "sdn.csv"
    path.write_bytes(cut)
    db = tmp_path / "s.duckdb"
    assert main(["--db", str(db), "-q", "ingest", "ofac-sdn", str(path)]) == 2
    assert "end-of-file mark" in capsys.readouterr().err
    with Store(db) as store:
        assert store.entity_count("ofac-sdn") == 0
