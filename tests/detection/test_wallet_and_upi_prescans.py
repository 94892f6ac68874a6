"""The crypto and UPI detectors skip work with a cheap test: the Bitcoin pattern is matched only
where its pre-scan finds a start, and the UPI rule runs only in a text holding a handle after its
``@``. Both must leave the matches as a scan of the whole text finds them."""

from __future__ import annotations

import random

from mask.core.detectors.financial import _BTC, _BTC_START, _UPI, _UPI_ANCHORS
from mask.core.prescan import guided_matches

_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def test_the_wallet_prescan_finds_every_match() -> None:
    rng = random.Random(11)
    found = 0
    for _ in range(20000):
        text = "".join(
            rng.choice("13bBcC0x.-_ é") if rng.random() < 0.3 else rng.choice(_BASE58)
            for _ in range(rng.randint(0, 60))
        )
        expected = [m.span() for m in _BTC.finditer(text)]
        assert [m.span() for m in guided_matches(_BTC.match, _BTC_START.search, text)] == expected, text
        found += len(expected)
    assert found > 20


def test_every_upi_match_holds_an_anchor() -> None:
    rng = random.Random(5)
    handles = [a[1:] for a in _UPI_ANCHORS]
    found = 0
    for _ in range(5000):
        local = "".join(rng.choice("ab9._-") for _ in range(rng.randint(1, 8)))
        handle = rng.choice([*handles, "example", "ok", "gmail"])
        text = f"{rng.choice(['', 'pay ', 'x.'])}{local}@{handle}{rng.choice(['', '.com', ' now', '@'])}"
        if _UPI.search(text) is not None:
            found += 1
            assert any(anchor in text for anchor in _UPI_ANCHORS), text
    assert found > 500
