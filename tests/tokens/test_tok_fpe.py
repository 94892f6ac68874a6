"""The ``fpe`` scheme through the engine: exact length and layout, vault-verified, only where asked."""

from __future__ import annotations

from .conftest import config, make_mask


def test_fpe_keeps_exact_length_and_reveals() -> None:
    m = make_mask(config(entities={"US_BANK_NUMBER": {"scheme": "fpe"}}))
    text = "pay to account 123456789012 today"
    protected = m.protect(text)
    assert protected != text and len(protected) == len(text)
    token = protected.split()[3]
    assert token.isdigit() and len(token) == 12
    assert m.reveal(protected) == text
    assert m.protect(protected) == protected  # verified through the vault: not tokenized again


def test_fpe_output_is_a_token_only_if_the_vault_has_it() -> None:
    m = make_mask(config(entities={"US_BANK_NUMBER": {"scheme": "fpe"}}))
    assert m.reveal("order 998877665544 shipped") == "order 998877665544 shipped"


def test_fpe_is_only_used_where_policy_asks() -> None:
    m = make_mask()
    protected = m.protect("pay to account 123456789012 today")
    assert "[BANK_" in protected  # default scheme: a bank account is no routing number -> opaque shape
    assert not any(p.pattern.startswith("(?<![A-Za-z0-9])\\d(?:[ ./-]") for p in m.tokens.patterns)
