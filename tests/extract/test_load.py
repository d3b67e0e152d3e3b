"""Reading reports: HTML without scripts, PDF text layers, and clear errors for files that are not reports."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from chainlight.classify import Classifier
from chainlight.errors import InputError
from chainlight.extract import Gazetteer, extract_file
from chainlight.extract.load import load_path

HTML = """<!DOCTYPE html><html><head><title>Wigs from Kaechon</title>
<style>p { color: red }</style><script>var kaechon = "Kaechon Prison Camp"; trackUser();</script></head>
<body><h1>Prisoners make wigs</h1><p>Inmates of Kaechon Prison Camp work 16 hours a day.</p>
<p>The wigs are exported to China and sold on AliExpress.</p></body></html>"""


def text_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a text layer, written by hand (no PDF library needed)."""
    ops = " ".join(f"({line}) Tj 0 -16 Td" for line in lines)
    stream = f"BT /F1 12 Tf 72 720 Td {ops} ET".encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_html_drops_scripts_and_keeps_paragraphs(tmp_path: Path, gazetteer: Gazetteer,
                                                 classifier: Classifier) -> None:
    path = tmp_path / "report.html"
    path.write_text(HTML, encoding="utf-8")
    loaded = load_path(path)
    assert loaded.kind == "html" and loaded.title == "Wigs from Kaechon"
    assert "trackUser" not in loaded.text and "color: red" not in loaded.text
    ex = extract_file(path, gazetteer=gazetteer, classifier=classifier)
    assert [s.text for s in ex.sentences][:2] == ["Prisoners make wigs",
                                                  "Inmates of Kaechon Prison Camp work 16 hours a day."]
    assert len(ex.by_type("facility")) == 1  # the name in the script is not read
    assert [m.value.get("platform") for m in ex.by_type("channel")] == ["AliExpress"]
    assert ex.document.title == "Wigs from Kaechon"


def test_pdf_text_layer(tmp_path: Path, gazetteer: Gazetteer, classifier: Classifier) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(text_pdf(["Women in Kaechon Prison Camp made false eyelashes.",
                               "The lashes were exported to China."]))
    ex = extract_file(path, gazetteer=gazetteer, classifier=classifier)
    assert ex.kind == "pdf"
    assert [m.value["entity_id"] for m in ex.by_type("facility")] == ["evidence-kaechon-kyohwaso-1"]
    assert {m.value["category"] for m in ex.by_type("goods")} == {"false_eyelashes"}
    assert [m.value["country"] for m in ex.by_type("destination")] == ["cn"]


def test_scanned_pdf_without_text(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    path = tmp_path / "scan.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    with pytest.raises(InputError, match="scanned PDF without text: run OCR first") as exc:
        load_path(path)
    assert exc.value.exit_code == 2 and str(path) in str(exc.value)


@pytest.mark.parametrize(("content", "message"), [
    (b"", "file is empty"),
    (b"   \n\n  ", "file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "binary file"),
    (bytes(range(256)) * 4, "binary file"),
    (b"%PDF-1.4\ngarbage that is not a pdf", "cannot read PDF"),
])
def test_bad_files_fail_with_a_clear_message(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as exc:
        load_path(path)
    assert exc.value.exit_code == 2


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        load_path(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        load_path(tmp_path)


def test_korean_legacy_encoding_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "cp949.txt"
    path.write_bytes("개천교화소에서 가발을 만들었다.".encode("cp949"))
    assert load_path(path).text == "개천교화소에서 가발을 만들었다."
