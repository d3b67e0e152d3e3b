"""`chainlight demo`: the first case end to end on bundled data, offline, in well under a minute.

The demo's companies, listings and shipments are fictional and marked so (see data/demo/README.md); the
list entries are real excerpts of the official OFAC, UN and DOL files, in their official formats, read by the
same readers as the full lists.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from chainlight import pipeline
from chainlight.settings import Settings
from chainlight.store import Store

# kind -> file under chainlight/data/demo, in load order: lists, then the user's records.
DEMO_LISTS = (("ofac-sdn", "sdn_extract.csv"), ("un-sc", "un_extract.xml"), ("dol-tvpra", "dol_extract.xml"))
DEMO_RECORDS = (("listings", "listings.csv"), ("shipments", "shipments.csv"), ("suppliers", "suppliers.csv"))


def demo_dir() -> Path:
    return Path(str(resources.files("chainlight") / "data" / "demo"))


def run_demo(store: Store, settings: Settings, step: pipeline.Step,
             say: Callable[[str], None]) -> tuple[Any, dict[str, Any]]:
    folder = demo_dir()
    for kind, name in DEMO_LISTS:
        report = pipeline.ingest_files(store, kind, [folder / name], step, extract=True)
        say(f"  {report.summary()}  [excerpt: {name}]")
    report_ev = pipeline.ensure_evidence(store)
    if report_ev is not None:
        say(f"  {report_ev.summary()}  [curated evidence base]")
    selection = pipeline.ScreenSelection(*(folder / name for _, name in DEMO_RECORDS))
    result = pipeline.run_screen(store, selection, settings, step)
    inputs = {kind: f"demo:{name}" for kind, name in DEMO_LISTS + DEMO_RECORDS}
    return result, inputs
