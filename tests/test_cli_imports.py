"""Each command imports what it uses: loading the CLI pulls in neither the pipeline, the matcher, the extractor
nor the web framework, and the help still lists every command of formats.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from chainlight.cli import main

HEAVY = ("chainlight.pipeline", "chainlight.resolve", "chainlight.extract", "chainlight.score", "fastapi",
         "followthemoney", "pypinyin", "numba")


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", f"{code}\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
                         check=True, capture_output=True, text=True).stdout
    return set(json.loads(out.strip().splitlines()[-1]))


def test_loading_the_cli_imports_no_stage() -> None:
    loaded = _modules_after("import chainlight.cli")
    assert not [m for m in loaded if m.startswith(HEAVY)]


def test_help_lists_every_command_and_loads_the_extract_commands_for_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    for command in ("ingest", "match", "classify", "screen", "trace", "export", "demo", "serve", "extract",
                    "sources", "claims", "users", "audit", "report"):
        assert f"│ {command} " in text, command
    assert text.index("│ serve ") < text.index("│ extract ") < text.index("│ sources ")
    assert main(["claims", "--help"]) == 0
    text = capsys.readouterr().out
    assert "│ list " in text and "│ review " in text


def test_a_stage_command_runs_through_the_lazy_group(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "t.duckdb")
    assert main(["--db", db, "--quiet", "claims", "list", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--db", db, "claims", "nope"]) == 2
