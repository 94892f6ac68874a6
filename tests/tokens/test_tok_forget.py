"""Erasure by value (``Mask.forget_value``, for ``mask forget VALUE``) and by scope."""

from __future__ import annotations

from mask.core import Mask
from mask.core.keys import KeyRing

from .conftest import KEY_A, KEY_B, CountingVault, ListSink, config, make_mask


def test_forget_value_erases_every_token_of_the_value(audited: tuple[Mask, ListSink]) -> None:
    m, sink = audited
    text = "Alice Smith alice@corp.com; Bob Jones bob@corp.com"
    protected = m.protect(text)
    opaque = make_mask(config(tokens={"default_scheme": "opaque"}), vault=m.vault).protect("alice@corp.com")
    assert m.forget_value("alice@corp.com") == 2  # the format token and the opaque one
    revealed = m.reveal(protected)
    assert "alice@corp.com" not in revealed and "bob@corp.com" in revealed and "Alice Smith" in revealed
    assert m.reveal(opaque) == opaque
    assert m.forget_value("alice@corp.com") == 0
    record = sink.records[-1]
    assert record.action == "forget" and "alice" not in repr(record.as_dict())


def test_forget_value_reaches_tokens_of_retired_keys_and_narrowed_types() -> None:
    old = make_mask(keys=KeyRing.from_strings(KEY_A))
    token_old = old.protect("123-45-6789")
    rotated = make_mask(vault=old.vault, keys=KeyRing.from_strings(KEY_B, [KEY_A]))
    token_new = rotated.protect("123-45-6789")
    assert rotated.forget_value("123-45-6789", entity_types=["EMAIL_ADDRESS"]) == 0
    assert rotated.forget_value("123-45-6789", entity_types=["US_SSN"]) == 2
    assert rotated.reveal([token_old, token_new]) == [token_old, token_new]


def test_forget_value_is_one_read_and_one_delete_and_respects_scope() -> None:
    vault = CountingVault()
    m = make_mask(vault=vault)
    in_a = m.protect("bob@corp.com", scope="a")
    in_b = m.protect("bob@corp.com", scope="b")
    vault.calls.clear()
    assert m.forget_value("bob@corp.com", scope="a") == 1
    assert vault.calls == {"get_many": 1, "delete_many": 1}
    assert m.reveal(in_a, scope="a") == in_a
    assert m.reveal(in_b, scope="b") == "bob@corp.com"


def test_forget_scope_erases_records_of_every_key_id() -> None:
    old = make_mask(keys=KeyRing.from_strings(KEY_A))
    t1 = old.protect("bob@corp.com", scope="gone")
    keep = old.protect("bob@corp.com", scope="kept")
    rotated = make_mask(vault=old.vault, keys=KeyRing.from_strings(KEY_B, [KEY_A]))
    t2 = rotated.protect("ann@corp.com", scope="gone")
    assert rotated.forget_scope("gone") == 2
    assert rotated.reveal([t1, t2], scope="gone") == [t1, t2]
    assert rotated.reveal(keep, scope="kept") == "bob@corp.com"
