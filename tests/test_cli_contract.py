"""The CLI's contract under hostile input: usage errors exit 2, user text is printed as itself."""

from __future__ import annotations

from pathlib import Path

import pytest

import chainlight
from chainlight.cli import main

DEMO = Path(chainlight.__file__).parent / "data" / "demo"


@pytest.mark.parametrize("argv", [["screen", "--bogus"], ["ingest"], ["no-such-command"], ["match"],
                                  ["users", "add"]])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage error" in capsys.readouterr().err


def test_titles_and_sellers_that_look_like_markup_are_printed_as_they_are(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listings = tmp_path / "listings.csv"
    listings.write_text("listing_id,title,seller_name\n"
                        "M1,lashes [/] x,[bold red]Pingdu Lash Co.[/bold red]\n"
                        "M2,3D 밍크 속눈썹 :100: :date:,Hoeryong Hair Processing [link=http://x]Co[/link]\n",
                        encoding="utf-8")
    code = main(["--db", str(tmp_path / "s.duckdb"), "screen", "--listings", str(listings),
                 "--out", str(tmp_path / "out")])
    assert code == 0
    printed = capsys.readouterr()
    assert "M1" in printed.out and "M2" in printed.out
    assert "💯" not in printed.out + printed.err and "📅" not in printed.out + printed.err


def test_an_error_naming_a_line_is_printed_literally(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "line100.csv"
    bad.write_text("listing_id,title,seller_name\n" + "".join(f"L{i},wig,s\n" for i in range(98)) + "L99,,s\n",
                   encoding="utf-8")
    assert main(["--db", str(tmp_path / "s.duckdb"), "ingest", "listings", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "line100.csv:100" in err and "💯" not in err


def test_ctrl_c_exits_130(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("chainlight.pipeline.ingest_files", interrupted)
    assert main(["--db", str(tmp_path / "s.duckdb"), "ingest", "listings", str(DEMO / "listings.csv")]) == 130
