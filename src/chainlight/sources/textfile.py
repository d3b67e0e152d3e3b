"""Reading list files whose encoding the publisher does not state."""

from __future__ import annotations

import codecs
from pathlib import Path

from chainlight.sources.compressed import read_bytes


def _latin1_fallback(err: UnicodeError) -> tuple[str, int]:
    # cp1252 leaves five bytes undefined; Latin-1 maps every byte, so nothing is lost or invented.
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start:err.end].decode("latin-1"), err.end


codecs.register_error("chainlight-latin1", _latin1_fallback)


def decode_legacy(data: bytes) -> str:
    """UTF-8 when the bytes are UTF-8 (ASCII included), else Windows-1252 as US government files use."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="chainlight-latin1")


def read_legacy_text(path: Path) -> str:
    return decode_legacy(read_bytes(path))
