from __future__ import annotations

import csv
import io

from chainlight.classify import Classifier, write_classifications_csv


def test_csv_has_the_contract_columns() -> None:
    clf = Classifier()
    # (L2 names no product: an empty row; "fresh beef" was the example until hs_v3 read meat, 0201.30)
    rows = clf.classify_many([("L1", "인모 가발", None), ("L2", "general merchandise", None)])
    buf = io.StringIO()
    write_classifications_csv(rows, buf)
    out = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert list(out[0]) == ["id", "hs6", "hs_description", "risk_category", "confidence"]
    assert out[0]["hs6"] == "670420" and out[0]["risk_category"] == "wigs"
    assert out[0]["hs_description"].startswith("Wigs, false beards")
    assert out[1] == {"id": "L2", "hs6": "", "hs_description": "", "risk_category": "unknown",
                      "confidence": "0.00"}


def test_extended_csv_carries_the_mismatch() -> None:
    rows = Classifier().classify_many([("S1", "FALSE EYELASHES", "3304.20")])
    buf = io.StringIO()
    write_classifications_csv(rows, buf, extended=True)
    line = next(csv.DictReader(io.StringIO(buf.getvalue())))
    assert line["hs_mismatch"] == "true" and "disagrees" in line["reasons"]
