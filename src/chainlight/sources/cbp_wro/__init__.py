"""CBP Withhold Release Orders (WROs) and Findings under 19 U.S.C. 1307 (forced, convict, indentured labour).

A WRO lets CBP detain goods on reasonable suspicion; a Finding is the later, conclusive step.  Each named
entity becomes a Company/Organization with topics ["forced_labour"] and program CBP-WRO or CBP-FINDING; the
merchandise, status and date stay as properties so the scorer can ask "active order on hair products?".
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from chainlight.model.entity import Entity, Name, make_id
from chainlight.sources.base import ReadResult, load_meta, require_file
from chainlight.sources.cbp_wro.table import Order, read_table
from chainlight.sources.completeness import finish_read
from chainlight.sources.countries import to_iso2
from chainlight.sources.legal_forms import organisation_schema
from chainlight.sources.problems import ProblemLog
from chainlight.sources.uflpa import slug

META = load_meta(__file__)


def read(paths: Sequence[Path]) -> ReadResult:
    log = ProblemLog()
    result = ReadResult(META.dataset)
    for path in paths:
        require_file(path)
        for order in read_table(path, log):
            for name in order.entities:
                if (entity := _entity(order, name, path, log)) is not None:
                    result.entities.append(entity)
    return finish_read(result, log, META, paths[0])


def _entity(order: Order, name: str, path: Path, log: ProblemLog) -> Entity | None:
    source_id = f"{order.date or 'undated'}-{slug(name)}"
    if not log.first_sighting(source_id, path, order.line, "Entities"):
        return None
    program = "CBP-FINDING" if "finding" in (order.kind or "").lower() else "CBP-WRO"
    properties = {k: [v] for k, v in (("merchandise", order.merchandise), ("status", order.status),
                                      ("orderDate", order.date), ("orderType", order.kind)) if v}
    country = to_iso2(order.country)
    return Entity(id=make_id(META.dataset, source_id), schema=organisation_schema(name), dataset=META.dataset,
                  source_id=source_id, names=[Name(name, "primary", source_id=source_id)],
                  countries=[country] if country else [], programs=[program], topics=["forced_labour"],
                  listed_on=order.date, source_url=META.url, properties=properties)
