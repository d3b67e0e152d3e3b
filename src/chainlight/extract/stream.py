"""Read a report of any size as a stream of paragraphs, in bounded memory.

A plain-text report is read in blocks of a megabyte: decoded, tidied (one newline style, no trailing spaces,
at most one blank line) and cut into paragraphs at blank lines exactly as `load._tidy` and
`sentences.split` would cut the whole text, so offsets into the document are the same.  A paragraph longer
than MAX_PARAGRAPH characters (a file that is one huge line) is cut at a sentence end, else at a space.
HTML and PDF are parsed whole (their parsers need the document), within the same size limit.

Nothing here stores anything: a file over the limit, binary or undecodable raises InputError before a
single claim is kept.
"""

from __future__ import annotations

import codecs
import hashlib
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from chainlight.errors import InputError
from chainlight.extract import load

DEFAULT_MAX_MB = 200.0
BLOCK = 1 << 20  # bytes read at a time
MAX_PARAGRAPH = 8000  # characters; a longer run without a blank line is cut
_PARAGRAPH = re.compile(r"\n\s*\n")
_TRAILING = re.compile(r"[ \t]+\n")
_BLANKS = re.compile(r"\n{3,}")
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’)\]]*\s+")

Progress = Callable[[int], None]  # bytes read so far


@dataclass(frozen=True)
class Paragraph:
    start: int  # offset of the paragraph in the document's (tidied) text
    text: str


@dataclass
class Report:
    """One report file, checked for existence and size; `paragraphs()` reads it once."""

    path: Path
    max_mb: float = DEFAULT_MAX_MB
    size: int = 0
    kind: str = "text"
    title: str | None = None
    sha256: str = ""  # of the tidied text, filled in once read
    sha1: str = ""
    first_line: str = ""
    _encoding: str = field(default="utf-8-sig", repr=False)

    def __post_init__(self) -> None:
        name = str(self.path)
        if not self.path.exists():
            raise InputError(name, "file not found")
        if self.path.is_dir():
            raise InputError(name, "is a directory, expected a report file (text, HTML or PDF)")
        self.size = self.path.stat().st_size
        check_size(name, self.size, self.max_mb)

    def paragraphs(self, progress: Progress | None = None) -> Iterator[Paragraph]:
        name = str(self.path)
        with open(self.path, "rb") as fh:
            head = fh.read(BLOCK)
        if not head.strip() and self.size <= len(head):
            raise InputError(name, "file is empty; nothing to extract")
        if head.startswith(b"%PDF") or self._html(head):
            yield from self._whole(progress)
            return
        self._encoding = encoding_of(self.path, head)
        yield from self._stream(progress)

    def _html(self, head: bytes) -> bool:
        if str(self.path).lower().endswith((".html", ".htm", ".xhtml")):
            return True
        text = head.decode("utf-8", errors="ignore")
        return load._looks_html(text, "")  # by the start of the file; "</" within the first block

    def _whole(self, progress: Progress | None) -> Iterator[Paragraph]:
        loaded = load.load_bytes(self.path.read_bytes(), str(self.path))
        self.kind, self.title = loaded.kind, loaded.title
        if progress:
            progress(self.size)
        tidy = _Digest()
        tidy.add(loaded.text)
        cutter = _Paragraphs()
        yield from cutter.feed(loaded.text, final=True)
        self._done(tidy)

    def _stream(self, progress: Progress | None) -> Iterator[Paragraph]:
        decoder = codecs.getincrementaldecoder(self._encoding)(errors="strict")
        tidy, cutter, digest = _Tidy(), _Paragraphs(), _Digest()
        read, carry_cr, checked = 0, False, False
        with open(self.path, "rb") as fh:
            while True:
                block = fh.read(BLOCK)
                final = not block
                text = decoder.decode(block, final=final)
                read += len(block)
                if carry_cr:
                    text = "\r" + text
                carry_cr = text.endswith("\r") and not final
                if carry_cr:
                    text = text[:-1]
                text = text.replace("\r\n", "\n").replace("\r", "\n")
                if not checked and text:
                    checked = True
                    if load._control_share(text) > 0.05:
                        raise InputError(str(self.path), "binary file, not a report; give plain text, HTML or PDF")
                if "\x00" in text:
                    raise InputError(str(self.path), "binary file, not a report; give plain text, HTML or PDF")
                tidied = tidy.feed(text, final)
                digest.add(tidied)
                yield from cutter.feed(tidied, final)
                if progress:
                    progress(read)
                if final:
                    break
        if digest.chars == 0:
            raise InputError(str(self.path), "file is empty; nothing to extract")
        self._done(digest)

    def _done(self, digest: _Digest) -> None:
        self.sha256, self.sha1 = digest.sha256.hexdigest(), digest.sha1.hexdigest()
        self.first_line = digest.first_line


def check_size(name: str, size: int, max_mb: float) -> None:
    if max_mb > 0 and size > max_mb * 1_000_000:
        need = math.ceil(size / 1_000_000)
        raise InputError(name, f"{size / 1_000_000:.1f} MB is over the limit of {max_mb:g} MB for one report; "
                         f"split the report, or raise the limit with --max-mb {need}")


def encoding_of(path: Path, head: bytes) -> str:
    """utf-16 (by its BOM), UTF-8 (with or without BOM) or CP949 Korean; InputError for anything else."""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    error = _decodes(path, "utf-8-sig")
    if error is None:
        return "utf-8-sig"
    if load._binary(head):
        raise InputError(str(path), "binary file, not a report; give plain text, HTML or PDF")
    if _decodes(path, "cp949") is None and _has_hangul(path):
        return "cp949"
    offset, line = error
    raise InputError(str(path), f"not valid UTF-8 (byte {offset}); save the report as UTF-8", line=line)


def _decodes(path: Path, encoding: str) -> tuple[int, int] | None:
    """None when the whole file decodes, else (byte offset, line) of the first bad byte."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    read, lines = 0, 0
    with open(path, "rb") as fh:
        while True:
            block = fh.read(BLOCK)
            held = len(decoder.getstate()[0])
            try:
                decoder.decode(block, final=not block)
            except UnicodeDecodeError as exc:
                # the error's offset counts from the bytes the decoder still held plus this block
                at = max(0, exc.start - held)
                return read + at, lines + block[:at].count(b"\n") + 1
            if not block:
                return None
            read += len(block)
            lines += block.count(b"\n")


def _has_hangul(path: Path) -> bool:
    decoder = codecs.getincrementaldecoder("cp949")(errors="replace")
    tail = ""
    with open(path, "rb") as fh:
        while block := fh.read(BLOCK):
            text = tail + decoder.decode(block)
            if re.search(r"[\uac00-\ud7a3]{2}", text):
                return True
            tail = text[-1:]
    return False


class _Digest:
    """sha256 and sha1 of the tidied text as it passes, and its first non-empty line (the default title)."""

    def __init__(self) -> None:
        self.sha256, self.sha1 = hashlib.sha256(), hashlib.sha1()
        self.first, self.chars, self._line = "", 0, ""

    def add(self, text: str) -> None:
        if not text:
            return
        data = text.encode("utf-8")
        self.sha256.update(data)
        self.sha1.update(data)
        self.chars += len(text)
        if self.first:
            return
        lines = (self._line + text).split("\n")
        for line in lines[:-1]:
            if line.strip():
                self.first = line.strip()
                return
        # the first line still open: long enough for a title, or kept (without its leading spaces) for more
        self._line = lines[-1].lstrip()
        if len(self._line) >= 400:
            self.first = self._line.strip()

    @property
    def first_line(self) -> str:
        return self.first or self._line.strip()


class _Tidy:
    """`load._tidy` applied block by block: each block is cut where the next one starts with a character the
    clean-up regexes never touch (not a space, tab or newline), so no run of them straddles two blocks."""

    def __init__(self) -> None:
        self.buf, self.pending, self.started = "", "", False

    def feed(self, chunk: str, final: bool) -> str:
        text = self.buf + chunk.replace("\xa0", " ").replace("\x1a", "")
        if final:
            head, self.buf = text, ""
        else:
            cut = len(text.rstrip(" \t\n")) - 1  # the last character that is not a space, tab or newline
            if cut <= 0:
                self.buf = text
                return ""
            head, self.buf = text[:cut], text[cut:]
        head = _BLANKS.sub("\n\n", _TRAILING.sub("\n", head))
        if not self.started:
            head = head.lstrip()
            if not head:
                return ""
            self.started = True
        body = head.rstrip()
        if not body:  # only whitespace: kept until something follows it, dropped at the end
            self.pending += head
            return ""
        out = self.pending + body
        self.pending = head[len(body):]
        return out


class _Paragraphs:
    """Paragraph spans as `sentences._paragraphs` finds them in the whole text, from tidied blocks."""

    def __init__(self) -> None:
        self.buf, self.offset = "", 0

    def feed(self, text: str, final: bool) -> Iterator[Paragraph]:
        self.buf += text
        # a blank-line run is only known whole once a non-space character follows it
        limit = len(self.buf) if final else len(self.buf.rstrip())
        pos = 0
        for m in _PARAGRAPH.finditer(self.buf, 0, limit):
            yield Paragraph(self.offset + pos, self.buf[pos:m.start()])
            pos = m.end()
        while len(self.buf) - pos > MAX_PARAGRAPH and (final or limit - pos > MAX_PARAGRAPH):
            cut = _cut(self.buf, pos)
            yield Paragraph(self.offset + pos, self.buf[pos:cut])
            pos = cut
        if final:
            yield Paragraph(self.offset + pos, self.buf[pos:])
            self.buf, self.offset = "", self.offset + len(self.buf)
            return
        self.buf, self.offset = self.buf[pos:], self.offset + pos


def _cut(text: str, pos: int) -> int:
    """Where to end an over-long paragraph that starts at `pos`: after its last sentence end within reach,
    else after its last space, else at MAX_PARAGRAPH characters."""
    window = text[pos:pos + MAX_PARAGRAPH]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends and ends[-1] > MAX_PARAGRAPH // 4:
        return pos + ends[-1]
    space = max(window.rfind(" "), window.rfind("\n"), window.rfind("\u3000"))
    if space > MAX_PARAGRAPH // 4:
        return pos + space + 1
    return pos + MAX_PARAGRAPH


def text_paragraphs(text: str) -> Iterator[Paragraph]:
    """The paragraphs of a text already in memory (and already tidy), as the stream would give them."""
    yield from _Paragraphs().feed(text, final=True)


def normalised_key(text: str) -> bytes:
    """A hash of the text with its whitespace folded: the same paragraph or sentence, however wrapped."""
    return hashlib.blake2b(" ".join(text.split()).encode("utf-8"), digest_size=16).digest()
