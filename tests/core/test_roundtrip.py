from __future__ import annotations

from mask.core import Mask


def test_protect_then_reveal_restores_text(mask: Mask) -> None:
    text = "mail bob@corp.com"
    protected = mask.protect(text)
    assert "bob@corp.com" not in protected
    assert mask.reveal(protected) == text
