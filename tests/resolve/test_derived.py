"""Derived dictionary tables kept on disk between runs (resolve/derived.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainlight.resolve import derived


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CHAINLIGHT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_table_is_built_once_and_then_read(cache: Path) -> None:
    built: list[int] = []

    def build() -> dict[str, tuple[str, ...]]:
        built.append(1)
        return {"상업": ("商業",), "아연": ("亞鉛",)}

    first = derived.derived("test-table", "1", ("hanja",), build)
    again = derived.derived("test-table", "1", ("hanja",), build)
    assert first == again == {"상업": ("商業",), "아연": ("亞鉛",)} and built == [1]
    (saved,) = cache.iterdir()
    assert saved.name.startswith("test-table-") and saved.stat().st_mode & 0o077 == 0


def test_another_builder_version_or_package_version_is_another_file(cache: Path) -> None:
    assert derived.key("t", "1", ("hanja",)) != derived.key("t", "2", ("hanja",))
    assert derived.key("t", "1", ("hanja",)) != derived.key("t", "1", ("hanja", "jamdict-data"))
    derived.derived("t", "1", (), lambda: 1)
    assert derived.derived("t", "2", (), lambda: 2) == 2
    assert len(list(cache.iterdir())) == 2


def test_a_damaged_file_is_built_again(cache: Path) -> None:
    derived.derived("t", "1", (), lambda: [1, 2, 3])
    (saved,) = cache.iterdir()
    saved.write_bytes(b"not a pickle")
    assert derived.derived("t", "1", (), lambda: [4]) == [4]
    assert derived.derived("t", "1", (), lambda: [5]) == [4]  # and written anew


def test_an_empty_setting_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CHAINLIGHT_CACHE_DIR", "")
    assert derived.cache_dir() is None
    calls: list[int] = []
    for _ in range(2):
        derived.derived("t", "1", (), lambda: calls.append(1) or len(calls))
    assert calls == [1, 1]


def test_an_unwritable_cache_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the directory would be")
    monkeypatch.setenv("CHAINLIGHT_CACHE_DIR", str(blocked / "cache"))
    assert derived.derived("t", "1", (), lambda: {"a": 1}) == {"a": 1}
