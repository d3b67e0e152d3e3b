"""Turn the bytes of a text file into text, refusing anything that is not UTF-8 instead of guessing.

A mis-decoded name (GB18030 read as Latin-1, say) would never match a list entry and nobody would notice,
so chainlight stops and says how to convert the file.
"""

from __future__ import annotations

from pathlib import Path

from chainlight.errors import InputError

BOMS = {b"\xff\xfe": "UTF-16 LE", b"\xfe\xff": "UTF-16 BE"}
# Encodings users' spreadsheets are often saved in, tried only to word the advice, never to read the data.
LIKELY_ENCODINGS = ("gb18030", "cp949", "cp1252")


def decode_utf8(path: Path, raw: bytes) -> str:
    for bom, name in BOMS.items():
        if raw.startswith(bom):
            raise InputError(str(path), f"file is {name}; save it as UTF-8 (e.g. `iconv -f UTF-16 -t UTF-8`)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        bad = raw[exc.start:exc.start + 1].hex()
        raise InputError(str(path), f"not valid UTF-8: byte 0x{bad} at byte offset {exc.start}; "
                         f"{_advice(raw)}", line=line) from None


def _advice(raw: bytes) -> str:
    for encoding in LIKELY_ENCODINGS:
        try:
            raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return (f"it decodes as {encoding.upper()}, but chainlight does not guess encodings: convert it "
                f"(e.g. `iconv -f {encoding.upper()} -t UTF-8 in.csv > out.csv`) and check the names")
    return "save the file as UTF-8"
