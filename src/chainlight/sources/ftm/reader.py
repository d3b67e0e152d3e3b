"""Read FollowTheMoney JSON lines into chainlight entities.

An OpenSanctions export spreads one designation over several FtM entities: the party, a Sanction naming it,
an Address it points to.  Parties become entities; their sanctions, passports and addresses are folded into
them, because the matcher and the scorer read programs and addresses from the party.  Relations between
parties (Ownership, Directorship, Family...) are not read yet: they are counted in the warnings.

Entries keep their FtM ids and the datasets the export names (ofac-12313 in us_ofac_sdn, as OpenSanctions
publishes it), so a yente client finds them under the ids it knows; the ingest itself is stored as `ftm`,
scoped by file name, so loading the same file again is an update of it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from chainlight.errors import Problem
from chainlight.sources.base import ReadResult
from chainlight.sources.ftm.parties import DATASET, build_entity
from chainlight.sources.ftm.records import FOLDED_BY_LINK, FtmIndex, FtmRecord, read_records
from chainlight.sources.ftm.vocabulary import PARTY_SCHEMATA


def read(paths: Sequence[Path]) -> ReadResult:
    result = ReadResult(dataset=DATASET)
    seen: dict[str, str] = {}  # party id -> where it was first read
    for path in paths:
        records = read_records(Path(path))
        index = FtmIndex.of(records)
        skipped: Counter[str] = Counter()
        for record in records:
            if record.schema in PARTY_SCHEMATA:
                if record.id in seen:
                    # an entry is stored once under its id: the first line giving it wins, the others are named
                    result.warnings.append(Problem(str(path), record.line, "id", f"party '{record.id}' given again "
                                                   f"(first in {seen[record.id]}); this line is not read"))
                    continue
                seen[record.id] = f"{Path(path).name}:{record.line}"
                result.entities.append(build_entity(record, index))
            elif not _folded(record, index):
                skipped[record.schema] += 1
        result.warnings.extend(_skip_warnings(Path(path), skipped))
    return result


def _folded(record: FtmRecord, index: FtmIndex) -> bool:
    if record.schema == "Address":
        return True  # read through the parties' addressEntity; an address alone names no party
    link = FOLDED_BY_LINK.get(record.schema)
    if link is None:
        return False
    targets = [index.by_id.get(t) for t in record.get(link)]
    return any(t is not None and t.schema in PARTY_SCHEMATA for t in targets)


def _skip_warnings(path: Path, skipped: Counter[str]) -> list[Problem]:
    return [Problem(str(path), None, "schema", f"skipped {n} {schema} entities: relations and records that "
                    "are not parties are not read yet") for schema, n in sorted(skipped.items())]
