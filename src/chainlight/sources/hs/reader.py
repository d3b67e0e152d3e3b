"""Read the HS nomenclature CSV (datahub.io layout) into `HsCode` rows, checking every code's shape."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path

from chainlight.errors import InputError, Problem
from chainlight.model.product import HsCode
from chainlight.sources.base import ReadResult, require_file
from chainlight.sources.compressed import ARCHIVE_ERRORS, damaged, open_binary

DATASET = "hs"
HEADER = ["section", "hscode", "description", "parent", "level"]
LEVELS = (2, 4, 6)
ROOT_PARENT = "TOTAL"  # the parent the datahub file gives chapters
GRAND_TOTAL = "TOTAL"  # the file's last row, "Total of all HS2022 commodities" at level 5: not a code


def read(paths: Sequence[Path]) -> ReadResult:
    result = ReadResult(dataset=DATASET, version="HS 2022")
    for path in paths:
        result.hs_codes.extend(read_codes(Path(path)))
    return result


def read_codes(path: Path) -> list[HsCode]:
    require_file(path)
    codes: list[HsCode] = []
    problems: list[Problem] = []
    seen: dict[str, tuple[int, HsCode]] = {}
    for line, row in _rows(path):
        if row and row[1].strip() == GRAND_TOTAL:
            continue
        try:
            code = _code(path, line, row)
        except InputError as exc:
            problems.append(exc.problem)
            continue
        if code.code in seen:
            # a code twice: one entry when both lines agree, else the nomenclature contradicts itself
            first_line, first = seen[code.code]
            if first != code:
                problems.append(Problem(str(path), line, "hscode", f"HS code {code.code} is given twice with "
                                        f"different descriptions or parents (first at line {first_line})"))
            continue
        seen[code.code] = (line, code)
        codes.append(code)
    if problems:
        raise InputError.collected(problems)
    return codes


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        with open_binary(path) as raw, io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            header = [h.strip().lower() for h in next(reader, [])]
            if header != HEADER:
                raise InputError(str(path), f"header is {','.join(header)!r}, expected {','.join(HEADER)!r}",
                                 line=1)
            for row in reader:
                if row:
                    yield reader.line_num, row
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 (byte offset {exc.start}); save the file as UTF-8") from None
    except ARCHIVE_ERRORS as exc:
        raise damaged(path, exc) from exc


def _code(path: Path, line: int, row: list[str]) -> HsCode:
    if len(row) != len(HEADER):
        raise InputError(str(path), f"{len(row)} columns, expected {len(HEADER)}", line=line)
    section, code, description, parent, level_text = (v.strip() for v in row)
    if not level_text.isdigit() or int(level_text) not in LEVELS:
        raise InputError(str(path), f"level '{level_text}' is not 2, 4 or 6", line=line, field="level")
    level = int(level_text)
    if not code.isdigit() or len(code) != level:
        raise InputError(str(path), f"code '{code}' does not have {level} digits", line=line, field="hscode")
    if not description:
        raise InputError(str(path), "description is empty", line=line, field="description")
    return HsCode(code=code, description=description, parent=None if parent == ROOT_PARENT else parent or None,
                  level=level, section=section or None)
