"""Parsing list XML safely: no entity expansion, no network, and a truncated file is the user's error."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from chainlight.errors import InputError
from chainlight.sources.compressed import ARCHIVE_ERRORS, damaged, open_binary


def parse_xml(path: Path) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        with open_binary(path) as fh:
            return etree.parse(fh, parser).getroot()
    except ARCHIVE_ERRORS as exc:
        raise damaged(path, exc) from exc
    except OSError as exc:  # lxml reports bytes invalid for the declared encoding as a read error
        raise InputError(str(path), f"not readable as XML: {exc}; check the file's encoding") from None
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if exc.lineno else None
        raise InputError(str(path), f"not well-formed XML (truncated download?): {exc.msg}", line=line) from exc


def local_name(element: etree._Element) -> str:
    """Tag without its namespace: "{http://eu.europa.ec/fpi/fsd/export}nameAlias" -> "nameAlias"."""
    return etree.QName(element).localname if isinstance(element.tag, str) else ""
