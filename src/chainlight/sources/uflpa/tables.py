"""The two layouts of the UFLPA Entity List: the DHS HTML page and a CSV of the same columns."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import html

from chainlight.errors import InputError
from chainlight.sources.compressed import read_bytes
from chainlight.sources.problems import ProblemLog
from chainlight.sources.textfile import read_legacy_text


@dataclass
class Entry:
    """One row of the list, from either layout."""

    line: int | None
    name: str
    aliases: list[str]
    section: str | None
    date_added: str | None
    federal_register: str | None

CSV_COLUMNS = ("name", "aliases", "section", "date_added", "federal_register")
# Header words of the DHS tables -> Entry fields
HTML_HEADERS = (("also known", "aliases"), ("aka", "aliases"), ("name", "name"), ("date", "date_added"),
                ("federal register", "federal_register"), ("citation", "federal_register"))


def split_aliases(value: str | None) -> list[str]:
    """Aliases are ';'- or newline-separated; commas stay, since "Co., Ltd." holds one."""
    return [a.strip() for a in re.split(r"[;\n|]", value or "") if a.strip()]


def read_csv(path: Path, log: ProblemLog) -> list[Entry]:
    reader = csv.DictReader(io.StringIO(read_legacy_text(path), newline=""))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if "name" not in header:
        raise InputError(str(path), f"CSV needs the columns {', '.join(CSV_COLUMNS)}; 'name' is missing", line=1)
    out = []
    for values in reader:
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in values.items()}
        line = reader.line_num
        if not row.get("name"):
            log.error(path, line, "name", "empty entity name")
            continue
        out.append(Entry(line, " ".join(row["name"].split()), split_aliases(row.get("aliases")),
                         row.get("section") or None, row.get("date_added") or None,
                         row.get("federal_register") or None))
    return out


def read_html(path: Path, log: ProblemLog) -> list[Entry]:
    """Each table belongs to the heading before it (the list section)."""
    doc = html.fromstring(read_bytes(path))
    out: list[Entry] = []
    section: str | None = None
    for node in doc.iter("h2", "h3", "h4", "table"):
        if node.tag != "table":
            section = " ".join(node.text_content().split()) or section
            continue
        rows = node.findall(".//tr")
        if not rows:
            continue
        fields = [_field(c.text_content()) for c in rows[0].findall("./th") or rows[0].findall("./td")]
        if "name" not in fields:
            log.warn(path, node.sourceline, None, "table without an entity-name column skipped")
            continue
        for tr in rows[1:]:
            cells = {f: _cell_text(c) for f, c in zip(fields, tr.findall("./td"), strict=False) if f}
            if cells.get("name"):
                out.append(Entry(tr.sourceline, " ".join(cells["name"].split()), split_aliases(cells.get("aliases")),
                                 section, cells.get("date_added") or None, cells.get("federal_register") or None))
    if not out:
        raise InputError(str(path), "no UFLPA entity table found (a table with an 'Entity Name' column)")
    return out


def _field(header: str) -> str | None:
    text = " ".join(header.lower().split())
    return next((field for word, field in HTML_HEADERS if word in text), None)


def _cell_text(cell: html.HtmlElement) -> str:
    """Text with line breaks kept between <br>/<p>/<li> items, so aliases stay apart."""
    for br in cell.iter("br"):
        br.tail = "\n" + (br.tail or "")
    parts = [cell.text_content()] if not cell.findall(".//li") and not cell.findall(".//p") else [
        e.text_content() for e in cell.iter("li", "p")]
    return "\n".join(" ".join(line.split()) for p in parts for line in p.split("\n") if line.strip())
