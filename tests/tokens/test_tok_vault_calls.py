"""Round trips: a protect of 40 entities costs one vault read and one write, also with token-shaped input."""

from __future__ import annotations

from .conftest import CountingVault, config, make_mask


def forty_entities(offset: int = 0) -> dict[str, list[str]]:
    rows = []
    for i in range(offset, offset + 10):
        rows.append(f"user{i}@corp.com")
        rows.append(f"SSN {200 + i}-45-{6000 + i}")
        rows.append(f"card 4111 1111 1111 {1000 + i}")
        rows.append(f"phone +1 (212) 555-{1000 + i:04d}")
    return {"rows": rows}


def test_protect_of_forty_entities_is_one_read_and_one_write() -> None:
    vault = CountingVault()
    m = make_mask(vault=vault)
    payload = forty_entities()
    protected = m.protect(payload)
    assert vault.calls == {"get_many": 1, "put_many_if_absent": 1}
    assert m.reveal(protected) == payload

    vault.calls.clear()
    m.protect(payload)  # everything known already: the read finds every record
    assert vault.calls == {"get_many": 1}

    vault.calls.clear()
    assert m.protect(protected) == protected  # a protected payload: verification is the read
    assert vault.calls == {"get_many": 1}

    vault.calls.clear()
    mixed = {"old": protected["rows"][:20], "new": forty_entities(50)["rows"][:20]}
    out = m.protect(mixed)
    assert out["old"] == protected["rows"][:20]
    assert vault.calls == {"get_many": 1, "put_many_if_absent": 1}


def test_reveal_is_one_read() -> None:
    vault = CountingVault()
    m = make_mask(vault=vault)
    protected = m.protect(forty_entities())
    vault.calls.clear()
    m.reveal(protected)
    assert vault.calls == {"get_many": 1}


def test_reserved_shapes_need_no_read() -> None:
    vault = CountingVault()
    m = make_mask(config(tokens={"default_scheme": "opaque"}), vault=vault)
    once = m.protect("mail bob@corp.com and Alice Smith")
    vault.calls.clear()
    assert m.protect(once) == once  # [EMAIL_...] carries no data: detection skips it, no read
    assert vault.round_trips == 0


def test_aead_never_writes_to_the_vault() -> None:
    vault = CountingVault()
    m = make_mask(config(tokens={"default_scheme": "aead"}), vault=vault)
    protected = m.protect(forty_entities())
    # Phone- and card-shaped input could be format tokens minted earlier: one read checks.
    assert vault.calls == {"get_many": 1}
    vault.calls.clear()
    assert m.reveal(protected) == forty_entities()
    assert vault.round_trips == 0
