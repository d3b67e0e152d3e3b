"""Company or organisation?  Lists often say only "entity"; a legal form in the name decides.

A ministry, bureau, army unit or camp carries no company legal form and stays an Organization; "KOREA
RYONBONG GENERAL CORPORATION" or "Hetian Haolin Hair Accessories Co. Ltd." is a Company.  Whole words
only, so that "CORPS" (Xinjiang Production and Construction Corps) is not read as "CORP".
"""

from __future__ import annotations

import re

LEGAL_FORM = re.compile(
    r"(?<![\w.])(CO|COMPANY|CORP|CORPORATION|LTD|LIMITED|LLC|L\.L\.C|INC|INCORPORATED|S\.A|S\.A\.S|S\.R\.L|SRL"
    r"|GMBH|AG|JSC|OJSC|PJSC|CJSC|OAO|ZAO|OOO|PLC|LLP|B\.V|N\.V|FZE|FZCO|FZ-LLC|DMCC|SDN\.? BHD|BHD|PTE|PVT"
    r"|SARL|ENTERPRISE|HOLDINGS?|TRADING|FACTORY)(?![\w])\.?",
    re.IGNORECASE)
# Chinese and Korean write legal forms without spaces, so they are searched as plain substrings.
CJK_LEGAL_FORM = re.compile(r"公司|商行|厂|廠|회사|상사")


def organisation_schema(name: str) -> str:
    """"Company" when the name carries a company legal form, else "Organization"."""
    return "Company" if LEGAL_FORM.search(name) or CJK_LEGAL_FORM.search(name) else "Organization"
