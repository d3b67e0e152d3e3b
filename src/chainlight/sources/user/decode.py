"""Turn the bytes of a text file into text: UTF-8, or UTF-16/32 that say so with a byte-order mark; anything
else is refused instead of guessed.

A mis-decoded name (GB18030 read as Latin-1, say) would never match a list entry and nobody would notice,
so chainlight stops and says how to convert the file.  The advice names the encoding the bytes most likely
are: Korean (CP949) when they read as Hangul, Chinese (GB18030) when they read as Han characters.
"""

from __future__ import annotations

import re
from pathlib import Path

from chainlight.errors import InputError

# Spreadsheets save "Unicode text" as UTF-16 with a byte-order mark: it says what it is, so it is read.
BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"))
# Encodings users' files are often saved in, tried only to word the advice, never to read the data.
LIKELY_ENCODINGS = ("cp949", "gb18030", "shift_jis", "cp1252")
_HANGUL = re.compile("[\uac00-\ud7a3]")
_HAN = re.compile("[\u4e00-\u9fff]")
_KANA = re.compile("[\u3040-\u30ff]")


def decode_text(path: Path, raw: bytes) -> str:
    """The file's text; InputError naming the line for bytes that are not UTF-8, and for NUL characters."""
    text = _decoded(path, raw)
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(str(path), "contains a NUL character (the file may be binary, or UTF-16 without its "
                         "byte-order mark); save it as UTF-8 text", line=text.count("\n", 0, nul) + 1)
    return text


decode_utf8 = decode_text  # the name the readers have used


def _decoded(path: Path, raw: bytes) -> str:
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)  # the BOM is consumed by the codec
            except UnicodeDecodeError as exc:
                raise InputError(str(path), f"starts as {encoding.upper()} but byte {exc.start} is not; save it "
                                 "as UTF-8") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        bad = raw[exc.start:exc.start + 1].hex()
        raise InputError(str(path), f"not valid UTF-8: byte 0x{bad} at byte offset {exc.start}; "
                         f"{advice(raw, path.name)}", line=line) from None


def advice(raw: bytes, name: str = "in.csv") -> str:
    """How to convert the file, naming the encoding whose reading of the bytes looks most like a language."""
    best: tuple[float, str] | None = None
    for encoding in LIKELY_ENCODINGS:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        letters = max(1, sum(1 for c in text if not c.isascii()))
        # the share of non-ASCII characters that are words of the language the encoding is for
        script = {"cp949": _HANGUL, "gb18030": _HAN, "shift_jis": _KANA}.get(encoding)
        fit = len(script.findall(text)) / letters if script is not None else 0.5
        if best is None or fit > best[0]:
            best = (fit, encoding)
    if best is None:
        return "save the file as UTF-8"
    name, file = best[1].upper(), name
    return (f"it reads as {name}, but chainlight does not guess encodings: convert it (e.g. "
            f"`iconv -f {name} -t UTF-8 {file} > utf8-{file}`) and check the names")
