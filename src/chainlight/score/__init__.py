"""Score: signals, policies (CAATSA s.321(b), 19 U.S.C. 1307, UFLPA, EU 2024/3015), risk_v1 weights, tiers.

    screen(ScreenInputs) -> ScreenResult     every listing, shipment, supplier and party to a Finding
    trace_text(result, record_id)            what `chainlight trace ID` prints
"""

from chainlight.score.screen import ScreenInputs, ScreenResult, screen, trace_text

__all__ = ["ScreenInputs", "ScreenResult", "screen", "trace_text"]
