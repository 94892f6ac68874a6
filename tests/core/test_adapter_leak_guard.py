"""The one leak guard every adapter uses (mask.core.adapters.LeakGuard)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mask.core import Mask, MaskPolicyError
from mask.core.adapters import LeakGuard
from mask.core.events import ErrorEvent

EMAIL = "ann.lee@example.com"


@pytest.fixture
def mask() -> Iterator[Mask]:
    m = Mask(
        {
            "vault": {"backend": "memory"},
            "audit": {"sinks": []},
            "plugins": {"disable": ["spacy"]},
            "entities": {"US_SSN": {"action": "passthrough"}},
        }
    )
    yield m
    m.close()


def test_plaintext_pii_is_counted_and_sent_as_an_error_event(mask: Mask) -> None:
    errors: list[ErrorEvent] = []
    mask.bus.connect(ErrorEvent, lambda _bus, event: errors.append(event), weak=False)
    guard = LeakGuard(mask, scope="t")
    assert guard.check([f"write to {EMAIL}", ""]) == {"EMAIL_ADDRESS": 1}
    assert [(e.error, e.operation, e.scope) for e in errors] == [("PlaintextToModel", "model-request", "t")]
    protected = mask.protect(f"write to {EMAIL}", scope="t")
    assert not guard.check([protected])  # a minted token is no leak
    assert not guard.check(["ssn 123-45-6789"])  # a passthrough type is no leak
    assert guard.leaks == {"EMAIL_ADDRESS": 1}
    assert guard.stats["model_requests"] == 3 and guard.stats["leaky_requests"] == 1
    assert len(errors) == 1


def test_block_refuses_without_naming_the_value(mask: Mask) -> None:
    with pytest.raises(MaskPolicyError) as info:
        LeakGuard(mask, block=True).check([EMAIL])
    assert "EMAIL_ADDRESS x1" in str(info.value) and EMAIL not in str(info.value)
