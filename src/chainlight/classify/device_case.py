"""hs_v18 (option device_case): a case or cover named with the device it holds is the case, not the device.

A marketplace names a phone's or earbuds' case by the device and a container word with the model, colour and
material between them ("에어팟 프로 실리콘 케이스", "iPhone15手机壳 硅胶", "Phone Case for iPhone 15"): the hand
vocabulary's phrases (earbud_case: 에어팟 케이스) match only where the two words touch, and the device's own word
(earphones, smartphone) or the nomenclature's "case" (91.12 watch cases, 39.23 cases for the conveyance of goods) took
the answer.  The nomenclature places these goods as the accessories they are (README rule 4; heading 42.02's "similar
containers", 39.26 moulded plastic covers): the case product of the device (earbud_case, phone_case in the vocabulary),
whose line the title's material chooses.

Read from the hits: a device the vocabulary names (_CASE_OF) followed by a container word with no clause marker
between ("with a charging case" is the earbuds' part, not the good), or a container word followed by "for" and the
device ("Case for AirPods").  No title of a set is listed; the container words are a closed class of each language."""

from __future__ import annotations

import re

from chainlight.classify.matcher import Hit
from chainlight.classify.vocabulary import Meaning

# device product -> the product of its case (vocabulary keys)
_CASE_OF = {"earphones": "earbud_case", "smartphone": "phone_case"}
# the devices a case is sold for, by the names marketplaces give them where the vocabulary names no device (its phone
# and earbud words are goods of 85.17 / 85.18; a phone's holder or strap is no phone): phone, iPhone, 手机, 폰 / 휴대폰 /
# 핸드폰 / 아이폰; AirPods, Galaxy Buds, 耳机, 에어팟 / 버즈 / 이어폰
_DEVICE = re.compile(r"\b(?:(?:cell |mobile |smart ?)?phones?|iphones?)\b|手机|폰|"
                     r"\b(?:airpods?|earbuds?|earphones?|galaxy buds)\b|耳机|에어팟|버즈|이어폰", re.I)
_PHONE = re.compile(r"phone|手机|폰", re.I)
# container words: case, pouch, sleeve, shell; 壳 / 殼 (shell), 套 (as in 保护套 "protective case"), 케이스, 파우치 (not a
# cover: a flip cover that is the phone's part is 85.17's, as Korea Customs held one)
_CONTAINER = re.compile(r"\b(?:cases?|pouch(?:es)?|sleeves?|shells?)\b|壳|殼|套|케이스|파우치", re.I)
# markers that say what the container serves ("case for AirPods", 适用于 iPhone)
_FOR = frozenset({"for", "fits", "compatible with", "suitable for", "适用于", "适合", "用于"})


def device_cases(text: str, hits: list[Hit]) -> list[Hit]:
    devices = [h for h in hits if h.meaning.kind == "product" and h.meaning.key in _CASE_OF]
    named = {(h.start, h.end) for h in devices}
    for m in _DEVICE.finditer(text):
        if not any(a <= m.start() < b for a, b in named):
            key = "smartphone" if _PHONE.search(m.group(0)) and "이어폰" not in m.group(0) else "earphones"
            devices.append(Hit(m.start(), m.end(), m.group(0), Meaning("device", key)))
    if not devices:
        return hits
    markers = [h for h in hits if h.meaning.kind == "after"]
    goods = [h for h in hits if h.meaning.kind == "product" and h.meaning.key not in _CASE_OF]
    for device in sorted(devices):
        case = _case_of(text, device, markers, goods)
        if case is None:
            continue
        start, end = case
        # the container word names the good; the words between (model, colour, 真皮 leather) stay as read
        made = Hit(start, end, text[start:end], Meaning("product", _CASE_OF[device.meaning.key]))
        # the device's word and a product word over the container word (케이스 read as packaging) give way
        kept = [h for h in hits if h is not device
                and not (h.meaning.kind == "product" and h.start < end and start < h.end)]
        return sorted([*kept, made], key=lambda h: (h.start, h.end))
    return hits


def _case_of(text: str, device: Hit, markers: list[Hit], goods: list[Hit]) -> tuple[int, int] | None:
    """The container word that holds the device: after it with no clause marker nor other good between (핸드폰가방
    is a bag for the phone, whatever case follows), or before it with "for"."""
    after = _CONTAINER.search(text, device.end)
    if after is not None and not any(device.end <= m.start < after.start() for m in (*markers, *goods)):
        return after.start(), after.end()
    for m in markers:
        if m.end <= device.start and m.term.lower() in _FOR:
            before = [c for c in _CONTAINER.finditer(text, 0, m.start)]
            if before and not any(before[-1].end() <= o.start < m.start for o in markers):
                return before[-1].start(), before[-1].end()
    return None
