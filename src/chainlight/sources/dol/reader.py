"""Read the ILAB goods list XML into `GoodRisk` rows, one per good x country pair."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from chainlight.errors import InputError
from chainlight.model.product import GoodRisk
from chainlight.sources.base import ReadResult, require_file
from chainlight.sources.compressed import ARCHIVE_ERRORS, damaged, open_binary
from chainlight.sources.countries import to_iso2

DATASET = "dol-tvpra"
FLAGS = ("Child_Labor", "Forced_Labor", "Forced_Child_Labor")


def read(paths: Sequence[Path]) -> ReadResult:
    from chainlight.sources.versions import file_version

    result = ReadResult(dataset=DATASET)
    for path in paths:
        result.goods.extend(read_goods(Path(path)))
    if paths:
        result.version = file_version(Path(paths[0]))  # the TVPRA list file carries no date of its own
    return result


def read_goods(path: Path) -> list[GoodRisk]:
    root = _parse(path)
    if root.tag != "Goods":
        raise InputError(str(path), f"root element is <{root.tag}>, expected <Goods>", line=root.sourceline)
    goods: list[GoodRisk] = []
    seen: dict[tuple[str, str], tuple[int | None, GoodRisk]] = {}
    for good in root.iter("Good"):
        name = _text(path, good, "Good_Name")
        sector = (good.findtext("Good_Sector") or "").strip() or None
        for country in good.iterfind("Countries/Country"):
            pair = _pair(path, name, sector, country)
            key = (pair.good.lower(), pair.country_name.lower())
            if key in seen:
                # the same good and country twice: one entry if they agree, else the list contradicts itself
                first_line, first = seen[key]
                if first != pair:
                    raise InputError(str(path), f"{pair.good} / {pair.country_name} is listed twice with different "
                                     f"flags (first at line {first_line}); which one holds?",
                                     line=country.sourceline, field="Country")
                continue
            seen[key] = (country.sourceline, pair)
            goods.append(pair)
    return goods


def _pair(path: Path, good: str, sector: str | None, country: etree._Element) -> GoodRisk:
    name = _text(path, country, "Country_Name")
    flags = [_yes_no(path, country, tag) for tag in FLAGS]
    return GoodRisk(good=good, sector=sector, country=_country_code(name) or name, country_name=name,
                    child_labor=flags[0], forced_labor=flags[1], forced_child_labor=flags[2], dataset=DATASET)


def _country_code(name: str) -> str | None:
    # DOL adds the endonym in brackets ("Turkey (Türkiye)"); the name before it is the one tables know.
    return to_iso2(name) or to_iso2(re.sub(r"\s*\(.*\)\s*$", "", name))


def _parse(path: Path) -> etree._Element:
    require_file(path)
    # No entity expansion or network: the file comes from outside.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        with open_binary(path) as fh:
            return etree.parse(fh, parser).getroot()
    except ARCHIVE_ERRORS as exc:
        raise damaged(path, exc) from exc
    except OSError as exc:  # lxml reports bytes invalid for the declared encoding as a read error
        raise InputError(str(path), f"not readable as XML: {exc}; check the file's encoding") from None
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else None
        raise InputError(str(path), f"not well-formed XML ({exc.msg}); the file may be truncated",
                         line=line) from None


def _text(path: Path, element: etree._Element, tag: str) -> str:
    # NFC: the file writes "Açaí" with combining accents; users type the composed letters.
    value = unicodedata.normalize("NFC", (element.findtext(tag) or "").strip())
    if not value:
        raise InputError(str(path), f"<{tag}> is missing or empty", line=element.sourceline, field=tag)
    return value


def _yes_no(path: Path, element: etree._Element, tag: str) -> bool:
    value = (element.findtext(tag) or "").strip().lower()
    if value in ("yes", "no"):
        return value == "yes"
    raise InputError(str(path), f"<{tag}> is '{value}', expected Yes or No", line=element.sourceline, field=tag)

