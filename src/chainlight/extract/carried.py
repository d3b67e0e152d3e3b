"""What a sentence that continues the one before it carries over from it.

Press lists figures over two sentences: "러시아는 ... 노동자 가운데 1만 8천 533명을 북한으로 돌려보냈다." then "이어 카타르가
2천 471명, 쿠웨이트가 904명으로 그 뒤를 이었습니다." The second names no workers; it says it continues the first (이어, 그
뒤를 이었다: "next", "followed"), so the first's workers are what its counts count and its countries are where they
are.  Only a sentence that marks itself as a continuation is read so, and only after a sentence about workers.
"""

from __future__ import annotations

import re

from chainlight.extract.numbers import KO_NUMBER, clean, parse_any
from chainlight.extract.places import KO_COUNTRY_PATTERN, PlaceHit, korean_country_code
from chainlight.extract.quantities import QuantityHit

# A sentence that says it goes on from the one before: 이어 (next), 그 뒤를 이었다 (followed), 다음으로 (after it)
_CONTINUES_KO = re.compile(r"^\s*(?:이어|이어서|다음으로|그\s*다음으로)(?:\s|,)|(?:그|이)\s*뒤를\s*이(?:었|어|으며|었고)")
_WORKERS_BEFORE_KO = re.compile(r"노동자|근로자|인력|노동력|벌목공|종업원")
_COUNTED_KO = re.compile(rf"(?P<place>{KO_COUNTRY_PATTERN})(?:이|가|은|는|도|에서)\s*(?:약\s*)?(?P<n>{KO_NUMBER})\s*(?:여\s*)?명")


def carried_ko(text: str, before: str) -> tuple[list[PlaceHit], list[QuantityHit]]:
    """Countries and worker counts of a Korean sentence that continues a sentence about workers."""
    if not before or not _CONTINUES_KO.search(text) or not _WORKERS_BEFORE_KO.search(before):
        return [], []
    places: list[PlaceHit] = []
    counts: list[QuantityHit] = []
    for m in _COUNTED_KO.finditer(text):
        name = m.group("place")
        code = korean_country_code(name)
        n = parse_any(m.group("n"))
        if not code or code == "kp" or not n:
            continue
        places.append(PlaceHit(m.start("place"), m.end("place"), {"country": code}, "destination:carried", 0.6, name))
        counts.append(QuantityHit(m.start("n"), m.end(), {"kind": "workers", "value": clean(n), "unit": "persons",
                                                          "approximate": "여" in m.group()}, "quantity:carried", 0.6))
    return places, counts
