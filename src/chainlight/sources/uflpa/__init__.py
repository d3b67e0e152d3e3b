"""DHS UFLPA Entity List: firms whose goods are presumed made with forced labour (Xinjiang).

Read from the DHS page (HTML tables under section headings) or a CSV of the same content.  Ids are row
numbers, as formats.md gives them; a name slug beside each follows an entity when DHS renumbers rows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from chainlight.model.entity import Entity, Name, make_id
from chainlight.sources.base import ReadResult, load_meta, require_file
from chainlight.sources.completeness import finish_read
from chainlight.sources.compressed import logical_path, read_head
from chainlight.sources.dates import parse_date
from chainlight.sources.legal_forms import organisation_schema
from chainlight.sources.problems import ProblemLog
from chainlight.sources.scripts import script_lang
from chainlight.sources.uflpa.tables import Entry, read_csv, read_html

META = load_meta(__file__)


def slug(name: str) -> str:
    """"Hoshine Silicon Industry (Shanshan) Co., Ltd" -> "hoshine-silicon-industry-shanshan-co-ltd"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^\w]+", "-", text).strip("-")


def read(paths: Sequence[Path]) -> ReadResult:
    log = ProblemLog()
    result = ReadResult(META.dataset)
    for path in paths:
        require_file(path)
        is_html = (logical_path(path).suffix.lower() in (".html", ".htm")
                   or read_head(path, 2048).lstrip().startswith(b"<"))
        rows = read_html(path, log) if is_html else read_csv(path, log)
        for row_number, entry in enumerate(rows, start=1):
            if (entity := _entity(entry, row_number, path, log)) is not None:
                result.entities.append(entity)
    return finish_read(result, log, META, paths[0])


def _entity(entry: Entry, row: int, path: Path, log: ProblemLog) -> Entity | None:
    name_slug = slug(entry.name)
    if not name_slug:
        log.error(path, entry.line, "name", "entity without a name")
        return None
    if not log.first_sighting(name_slug, path, entry.line, "name"):
        return None
    # formats.md promises `uflpa:<row>`; DHS inserts entries inside sections, so the row can move between
    # versions: the name slug is kept beside it to follow an entity across versions.
    source_id = str(row)
    entity = Entity(id=make_id(META.dataset, source_id), schema=organisation_schema(entry.name),
                    dataset=META.dataset, source_id=source_id, names=[Name(entry.name, "primary", source_id=source_id)],
                    countries=["cn"], programs=["UFLPA"], topics=["forced_labour"], source_url=META.url,
                    listed_on=parse_date(entry.date_added), properties={"row": [source_id], "slug": [name_slug]})
    for alias in entry.aliases:
        if all(n.value != alias for n in entity.names):
            lang = script_lang(alias)
            entity.names.append(Name(alias, "original_script" if lang else "alias", lang, source_id))
    if entry.section:
        entity.properties["listSection"] = [entry.section]
    if entry.federal_register:
        entity.properties["federalRegister"] = [entry.federal_register]
    return entity
