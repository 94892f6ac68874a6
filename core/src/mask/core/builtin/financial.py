"""Built-in financial detectors: CREDIT_CARD, IBAN_CODE, ABA_ROUTING_NUMBER, US_BANK_NUMBER, CRYPTO,
UPI_ID (an Indian payment address)."""

from __future__ import annotations

from ..config import MaskConfig
from ..detector import Detector
from ..detectors.financial import (
    bank_detector,
    card_detector,
    crypto_detector,
    iban_detector,
    masked_card_detector,
    upi_detector,
)
from ..detectors.settings import context_window
from ..hookspecs import hookimpl


@hookimpl
def mask_detectors(config: MaskConfig) -> list[Detector]:
    window = context_window(config)
    return [
        card_detector(window),
        masked_card_detector(window),
        iban_detector(window),
        bank_detector(window),
        crypto_detector(window),
        upi_detector(window),
    ]
