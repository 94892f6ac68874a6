"""A chat speaker's name in brackets after their role: ``[09:14] Agente (Lucía): claro`` and
``Agent (Keisha): thanks for waiting`` left the agent's name in clear."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[09:14] Agente (Lucía): claro, ¿me indica la nueva dirección?", "Lucía"),
        ("Agent (Keisha): thanks for waiting", "Keisha"),
        ("[10:02] Support (Marcus Tran): I can help with that", "Marcus Tran"),
        ("Customer (Jane Doe): hi, my order is late", "Jane Doe"),
    ],
)
def test_the_speaker_is_protected(pattern_mask: Mask, text: str, name: str) -> None:
    protected = pattern_mask.protect(text)
    assert name not in protected and "Person_" in protected


@pytest.mark.parametrize(
    "text",
    ["Settings (Advanced): enable it", "Step (Optional): run it", "Agent (Bot): hello", "Agent (AI): hello"],
)
def test_brackets_that_name_no_one_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
