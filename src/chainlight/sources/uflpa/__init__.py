"""DHS UFLPA Entity List: firms whose goods are presumed made with forced labour (Xinjiang).

Read from the DHS page (HTML tables under section headings) or a CSV of the same content.  Ids are slugs
of the entity name because DHS inserts entries mid-list, which would renumber rows between versions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from chainlight.model.entity import Entity, Name, make_id
from chainlight.sources.base import ReadResult, load_meta, require_file
from chainlight.sources.completeness import finish_read
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
        is_html = path.suffix.lower() in (".html", ".htm") or path.read_bytes()[:2048].lstrip().startswith(b"<")
        rows = read_html(path, log) if is_html else read_csv(path, log)
        for row_number, entry in enumerate(rows, start=1):
            if (entity := _entity(entry, row_number, path, log)) is not None:
                result.entities.append(entity)
    return finish_read(result, log, META, paths[0])


def _entity(entry: Entry, row: int, path: Path, log: ProblemLog) -> Entity | None:
    source_id = slug(entry.name)
    if not source_id:
        log.error(path, entry.line, "name", "entity without a name")
        return None
    if not log.first_sighting(source_id, path, entry.line, "name"):
        return None
    entity = Entity(id=make_id(META.dataset, source_id), schema=organisation_schema(entry.name),
                    dataset=META.dataset, source_id=source_id, names=[Name(entry.name, "primary", source_id=source_id)],
                    countries=["cn"], programs=["UFLPA"], topics=["forced_labour"], source_url=META.url,
                    listed_on=parse_date(entry.date_added), properties={"row": [str(row)]})
    for alias in entry.aliases:
        if all(n.value != alias for n in entity.names):
            lang = script_lang(alias)
            entity.names.append(Name(alias, "original_script" if lang else "alias", lang, source_id))
    if entry.section:
        entity.properties["listSection"] = [entry.section]
    if entry.federal_register:
        entity.properties["federalRegister"] = [entry.federal_register]
    return entity
