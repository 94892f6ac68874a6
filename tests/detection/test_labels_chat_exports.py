"""Exported chats (WhatsApp, Signal): each line's sender after its date and time is a contact's
name. ``[14/03/2024, 09:15] Ana: perfecto`` left ``Ana`` in clear (NER found the two-word
names only)."""

from __future__ import annotations

import pytest

from mask.core import Mask

IOS = "[14/03/2024, 09:12] Carlos Mendoza: hola!\n[14/03/2024, 09:15] Ana: perfecto, lo guardo"
ANDROID = "3/14/24, 9:12 AM - Carlos Mendoza: hola\n3/14/24, 9:13 AM - Ana: ok"


@pytest.mark.parametrize("text", [IOS, ANDROID])
def test_every_sender_is_protected(pattern_mask: Mask, text: str) -> None:
    protected = pattern_mask.protect(text)
    assert "Carlos Mendoza" not in protected and "Ana:" not in protected
    assert protected.count("Person_") == 2
    assert pattern_mask.reveal(protected) == text


@pytest.mark.parametrize(
    "text",
    [
        "[2024-03-14 09:12] INFO: started",
        "[01/02/2024, 10:00] Warning: low memory",
        "14/03/2024, 09:12 - Messages and calls are end-to-end encrypted.",
        "[14/03/2024, 09:12] System: restarted",
    ],
)
def test_log_lines_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
