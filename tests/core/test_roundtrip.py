from __future__ import annotations

from mask.core import Mask


def test_protect_then_reveal_restores_text(mask: Mask) -> None:
    text = "mail bob@corp.com"
    protected = mask.protect(text)
    assert "bob@corp.com" not in protected
    assert mask.reveal(protected) == text


def test_warm_up_without_lazy_detectors_is_a_no_op() -> None:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    assert m.warm_up() is m
    assert m.reveal(m.protect("mail bob@corp.com")) == "mail bob@corp.com"
