"""The Sankey chart is readable: labels inside the view and apart, weights on every label, a legend, and one
node for the spellings of one party."""

from __future__ import annotations

import re
from html import unescape
from itertools import pairwise

from chainlight.report.sankey import FONT, LABEL_H, WIDTH, fit, sankey_svg, text_width

# a realistic chain: a DPRK exporter under three spellings, two Chinese processors, buyers with long names
FLOWS = [
    ("조선대성총무역회사", "平度市大泽山镇曦悦睫毛工艺品有限公司", "false_eyelashes", 450.0),
    ("KOREA DAESONG GEN. TRADING CORP.", "平度市大泽山镇曦悦睫毛工艺品有限公司", "false_eyelashes", 320.0),
    ("DAESONG GENERAL TRADING CORPORATION", "平度市大泽山镇曦悦睫毛工艺品有限公司", "false_eyelashes", 380.0),
    ("평양 가발 수출 회사", "许昌瑞发发制品有限公司", "wigs", 6.0),
    ("平度市大泽山镇曦悦睫毛工艺品有限公司", "GlamLash Beauty LLC, a very long importer name, Los Angeles", "false_eyelashes", 150.0),
    ("许昌瑞发发制品有限公司", "Crown & Lace Hair, Inc. <wholesale>", "wigs", 4.0),
    ("平度市大泽山镇曦悦睫毛工艺品有限公司", "Lash Boutique 속눈썹 전문점", "false_eyelashes", 3.0),
]
ALIASES = {"조선대성총무역회사": "KOREA DAESONG GENERAL TRADING CORPORATION",
           "KOREA DAESONG GEN. TRADING CORP.": "KOREA DAESONG GENERAL TRADING CORPORATION",
           "DAESONG GENERAL TRADING CORPORATION": "KOREA DAESONG GENERAL TRADING CORPORATION"}


def _labels(svg: str) -> list[tuple[float, float, str]]:
    """(x, y, text) of each node label (the legend's are left out)."""
    body = svg.split('<g class="legend">')[0]
    return [(float(x), float(y), unescape(re.sub(r"<title>.*?</title>", "", inner)))
            for x, y, inner in re.findall(r'<text x="([0-9.]+)" y="([0-9.]+)"[^>]*>(.*?)</text>', body)]


def test_labels_stay_inside_the_view_and_do_not_overlap() -> None:
    svg = sankey_svg(FLOWS, aliases=ALIASES)
    labels = _labels(svg)
    assert labels
    for x, _, text in labels:
        assert x > 0 and x + text_width(text) <= WIDTH, text  # nothing clipped at the right
    by_column: dict[float, list[float]] = {}
    for x, y, _ in labels:
        by_column.setdefault(x, []).append(y)
    for ys in by_column.values():
        ys.sort()
        assert all(b - a >= LABEL_H for a, b in pairwise(ys))  # no two labels on one line


def test_labels_carry_weights_and_a_legend_names_each_category() -> None:
    svg = sankey_svg(FLOWS, aliases=ALIASES)
    texts = [t for _, _, t in _labels(svg)]
    assert all(re.search(r" · [\d,]+ kg$", t) for t in texts)
    assert any(t.startswith("KOREA DAESONG GENERAL") and t.endswith("1,150 kg") for t in texts)
    legend = svg.split('<g class="legend">')[1]
    assert "false eyelashes: 1,303 kg" in legend and "wigs: 10 kg" in legend
    assert "#c2410c" in legend and "#7c3aed" in legend  # the bands' own colours


def test_spellings_of_one_party_are_one_node_with_its_spellings_in_the_tooltip() -> None:
    merged = sankey_svg(FLOWS, aliases=ALIASES)
    apart = sankey_svg(FLOWS)
    assert merged.count("<rect") < apart.count("<rect")
    assert "조선대성총무역회사" in merged  # named in the node's tooltip
    assert re.search(r"<title>KOREA DAESONG GENERAL TRADING CORPORATION \(as written: [^<]*조선대성총무역회사", merged)


def test_a_cut_label_keeps_its_whole_name_in_the_tooltip_and_escapes_it() -> None:
    svg = sankey_svg(FLOWS, aliases=ALIASES)
    assert "Crown &amp; Lace Hair, Inc. &lt;wholesale&gt;" in svg and "<wholesale>" not in svg
    assert "GlamLash Beauty LLC, a very long importer name, Los Angeles" in svg  # in a <title>
    assert fit("平度市大泽山镇曦悦睫毛工艺品有限公司", 6 * FONT).endswith("…")
    assert text_width(fit("평양 가발 수출 회사 " * 5, 100)) <= 100
