"""Informant details are sealed at rest with the store's key; the store file is private to its owner."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from chainlight.errors import StoreError
from chainlight.model.evidence import Claim, SourceDocument
from chainlight.sources.base import ReadResult, SourceMeta
from chainlight.store import Store

INFORMANT = "함경남도 출신 탈북민 (2019년 면담)"
META = SourceMeta(kind="evidence", dataset="reports", title="Reports", publisher="analysts", url="", licence="",
                  format="yaml")


def _result() -> ReadResult:
    doc = SourceDocument(id="doc-1", title="개천 여성 교화소 증언", publisher="Daily NK", url="https://example.org/a",
                         published="2020-01-01", language="ko")
    claim = Claim(id="claim-1", source=doc, summary="가발과 속눈썹을 하루 16시간 생산", quote="하루 16시간",
                  entities=[], goods=["wigs", "false_eyelashes"], countries=["kp"], status="pending",
                  protected={"informant": INFORMANT})
    return ReadResult(dataset="reports", documents=[doc], claims=[claim])


def _ingest(store: Store) -> dict[str, int]:
    report = store.ingest(_result(), META, [Path("claims.yml")], "sha")
    return {"added": report.added, "changed": report.changed, "unchanged": report.unchanged}


def test_sealed_at_rest_and_stable_across_reingests(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        assert _ingest(store)["added"] == 2
        assert _ingest(store) == {"added": 0, "changed": 0, "unchanged": 2}
        stored = store.con.execute("SELECT protected, hash FROM items WHERE id = 'claim-1'").fetchone()
        assert stored[0].startswith("fernet:") and INFORMANT not in stored[0]
        assert store.protected_fields("claim", "claim-1") == {"informant": INFORMANT}
    assert db.stat().st_mode & 0o777 == 0o600
    assert Path(f"{db}.key").stat().st_mode & 0o777 == 0o600
    assert INFORMANT.encode() not in db.read_bytes()


def test_another_key_cannot_open_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        _ingest(store)
    monkeypatch.setenv("CHAINLIGHT_PROTECTED_KEY", Fernet.generate_key().decode())
    with Store(db) as store, pytest.raises(StoreError, match="another key"):
        store.protected_fields("claim", "claim-1")
    monkeypatch.setenv("CHAINLIGHT_PROTECTED_KEY", "not-a-key")
    with Store(db) as store, pytest.raises(StoreError, match="not a Fernet key"):
        store.protected_fields("claim", "claim-1")
