"""Findings out: CSV and JSON in the columns of formats.md, and a self-contained HTML report."""

from chainlight.report.html import write_report_html
from chainlight.report.tables import write_findings_csv, write_findings_json

__all__ = ["write_findings_csv", "write_findings_json", "write_report_html"]
