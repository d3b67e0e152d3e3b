"""Read a report into plain text: plain text, HTML or PDF, in any language.

Bad files fail here with a message the analyst can act on (empty, binary, a scan without a text layer),
so the rules downstream only ever see text.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from chainlight.errors import InputError

# Tags whose end starts a new block of text: lxml's text_content() would otherwise glue paragraphs together.
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
                         "section", "article", "header", "footer", "blockquote", "pre", "title", "figcaption",
                         "ul", "ol", "table", "dd", "dt"})
_DROP_TAGS = ("script", "style", "noscript", "template", "svg")


@dataclass(frozen=True)
class LoadedText:
    text: str
    kind: str  # "text", "html" or "pdf"
    title: str | None = None


def load_path(path: Path) -> LoadedText:
    if not path.exists():
        raise InputError(str(path), "file not found")
    if path.is_dir():
        raise InputError(str(path), "is a directory, expected a report file (text, HTML or PDF)")
    data = path.read_bytes()
    return load_bytes(data, str(path))


def load_bytes(data: bytes, name: str) -> LoadedText:
    if not data.strip():
        raise InputError(name, "file is empty; nothing to extract")
    if data.startswith(b"%PDF"):
        return _pdf(data, name)
    text = _decode(data, name)
    if _looks_html(text, name):
        return _html(text, name)
    return LoadedText(_tidy(text), "text")


def _decode(data: bytes, name: str) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if _binary(data):
                raise InputError(name, "binary file, not a report; give plain text, HTML or PDF") from exc
            legacy = _korean_legacy(data)
            if legacy is not None:
                return legacy
            line = data[: exc.start].count(b"\n") + 1
            raise InputError(name, f"not valid UTF-8 (byte {exc.start}); save the report as UTF-8",
                             line=line) from exc
    if "\x00" in text or _control_share(text) > 0.05:
        raise InputError(name, "binary file, not a report; give plain text, HTML or PDF")
    return text


def _korean_legacy(data: bytes) -> str | None:
    """Korean reports saved on Windows are often CP949 (EUC-KR); accept them when they decode to Hangul."""
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return None
    return text if re.search(r"[\uac00-\ud7a3]{2}", text) else None


def _binary(data: bytes) -> bool:
    sample = data[:4096]
    return b"\x00" in sample or sum(b < 9 or 13 < b < 32 for b in sample) > len(sample) * 0.05


def _control_share(text: str) -> float:
    sample = text[:4096]
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\x1a")
    return bad / max(1, len(sample))


def _looks_html(text: str, name: str) -> bool:
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def _html(text: str, name: str) -> LoadedText:
    import lxml.html

    try:
        root = lxml.html.document_fromstring(text)
    except Exception as exc:  # lxml raises several types (ParserError, ValueError) for unusable markup
        raise InputError(name, f"cannot read HTML: {exc}") from exc
    for el in list(root.iter(*_DROP_TAGS)):
        el.drop_tree()
    title_el = root.find(".//title")
    title = title_el.text_content().strip() if title_el is not None else None
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n\n" + (el.tail or "")
    body = root.find("body")
    text_out = _tidy((body if body is not None else root).text_content())
    if not text_out.strip():
        raise InputError(name, "the HTML page holds no text (only markup or scripts)")
    return LoadedText(text_out, "html", title or None)


def _pdf(data: bytes, name: str) -> LoadedText:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(name, "the PDF is encrypted; save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise InputError(name, f"cannot read PDF: {exc}") from exc
    text = _tidy("\n\n".join(pages))
    if len(re.sub(r"\W", "", text)) < 3:
        raise InputError(name, "scanned PDF without text: run OCR first (e.g. ocrmypdf) and extract from the "
                         "OCR'd copy")
    return LoadedText(text, "pdf", str(title) if title else None)


def _tidy(text: str) -> str:
    """One newline style, no trailing spaces, at most one blank line between paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ").replace("\x1a", "")
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()
