"""The three legacy OFAC CSV files as rows: which path is which, and rows checked for shape.

OFAC writes no header; the files are told apart by name (sdn/add/alt) or, when renamed, by column count.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from chainlight.errors import InputError
from chainlight.sources.base import require_file
from chainlight.sources.compressed import logical_path
from chainlight.sources.problems import ProblemLog
from chainlight.sources.textfile import read_legacy_text

SDN_COLUMNS = ("ent_num", "SDN_Name", "SDN_Type", "Program", "Title", "Call_Sign", "Vess_type", "Tonnage",
               "GRT", "Vess_flag", "Vess_owner", "Remarks")
ADD_COLUMNS = ("ent_num", "add_num", "address", "city_state_postal", "country", "add_remarks")
ALT_COLUMNS = ("ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks")
COLUMNS = {"sdn": SDN_COLUMNS, "add": ADD_COLUMNS, "alt": ALT_COLUMNS}
_BY_WIDTH = {len(cols): role for role, cols in COLUMNS.items()}

EMPTY = "-0-"  # OFAC's mark for an empty field, often followed by a space
EOF_MARK = "\x1a"  # DOS end-of-file byte on the last line of every legacy file


@dataclass
class Row:
    path: Path
    line: int
    values: dict[str, str | None]


def clean(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", EMPTY) else value


def sort_paths(paths: Sequence[Path]) -> dict[str, Path]:
    """{"sdn": path, "add": path, "alt": path} from paths given in any order."""
    roles: dict[str, Path] = {}
    for path in paths:
        require_file(path)
        role = _role_of(path)
        if role in roles:
            raise InputError(str(path), f"two '{role}' files given ({roles[role]} and {path}); pass one of each")
        roles[role] = path
    if "sdn" not in roles:
        raise InputError(str(paths[0]), "the OFAC sdn.csv is missing; add.csv and alt.csv only extend it")
    return roles


def _role_of(path: Path) -> str:
    stem = logical_path(path).stem.lower()
    for role in COLUMNS:
        if stem == role or stem.startswith(role + "_") or stem.endswith("_" + role):
            return role
    first = next(csv.reader(io.StringIO(read_legacy_text(path)[:20000])), [])
    guessed = _BY_WIDTH.get(len(first))
    if guessed is None or not first[0].strip().isdigit():
        raise InputError(str(path), "not an OFAC legacy CSV: expected 12 (sdn), 6 (add) or 5 (alt) columns "
                         f"with a numeric ent_num, found {len(first)} columns", line=1)
    return guessed


def read_rows(path: Path, role: str, log: ProblemLog) -> Iterator[Row]:
    """Rows of one file with the right width and a numeric ent_num; others become problems."""
    columns = COLUMNS[role]
    reader = csv.reader(io.StringIO(read_legacy_text(path), newline=""))
    start = 1
    for values in reader:
        line, start = start, reader.line_num + 1
        if not values or values == [EOF_MARK] or (len(values) == 1 and not values[0].strip(EOF_MARK + " ")):
            continue
        if len(values) != len(columns):
            log.error(path, line, None, f"expected {len(columns)} columns ({role}.csv), found {len(values)}")
            continue
        if not values[0].strip().isdigit():
            log.error(path, line, "ent_num", f"ent_num must be a number, found '{values[0].strip()}'")
            continue
        yield Row(path, line, {c: clean(v) for c, v in zip(columns, values, strict=True)})
