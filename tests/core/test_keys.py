"""Keys: MASK_KEY, key files, the generated default key, strict mode, HKDF sub-keys."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from mask.core import Mask, MaskKeyError
from mask.core.keys import KeyRing, generate_key, parse_key, write_key_file

MEMORY = {"vault": {"backend": "memory"}, "audit": {"sinks": []}}


def test_generated_key_file_is_0600_and_warns(_isolated_env: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="mask.keys")
    with Mask(MEMORY) as first:
        path = _isolated_env / "key.json"
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert "created" in caplog.text and "MASK_KEY" in caplog.text
    caplog.clear()
    with Mask(MEMORY) as second:
        assert second.keys.current == first.keys.current
        assert "created" not in caplog.text


def test_mask_key_env_is_used(monkeypatch: pytest.MonkeyPatch, _isolated_env: Path) -> None:
    key = generate_key()
    monkeypatch.setenv("MASK_KEY", key)
    with Mask(MEMORY) as mask:
        assert mask.keys.current == key.partition(":")[0]
    assert not (_isolated_env / "key.json").exists()


def test_strict_mode_refuses_to_start_without_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASK_STRICT_KEYS", "1")
    with pytest.raises(MaskKeyError, match="strict_keys"):
        Mask(MEMORY)
    monkeypatch.setenv("MASK_KEY", generate_key())
    Mask(MEMORY).close()


def test_key_file_from_config(tmp_path: Path) -> None:
    key = generate_key()
    path = tmp_path / "keys.json"
    assert write_key_file(path, key) is True
    assert write_key_file(path, generate_key()) is False  # never overwritten
    with Mask({**MEMORY, "mask": {"key_file": str(path), "strict_keys": True}}) as mask:
        assert mask.keys.current == key.partition(":")[0]


@pytest.mark.parametrize("bad", ["", "nokid", "k1:!!!", "k1:c2hvcnQ", "bad kid:" + "A" * 43])
def test_malformed_keys_are_typed_errors_without_material(bad: str) -> None:
    with pytest.raises(MaskKeyError) as info:
        parse_key(bad)
    material = bad.partition(":")[2]
    assert not material or material not in str(info.value)


def test_malformed_key_file(tmp_path: Path) -> None:
    path = tmp_path / "k.json"
    path.write_text('{"current": "x"}')
    with pytest.raises(MaskKeyError, match="malformed"):
        Mask({**MEMORY, "mask": {"key_file": str(path)}})


def test_subkeys_differ_by_purpose_scope_and_kid() -> None:
    ring = KeyRing.from_strings(generate_key(), [generate_key()])
    old = ring.kids[1]
    keys = {
        ring.derive("vault-index"),
        ring.derive("vault-index", "tenant-a"),
        ring.derive("vault-record", "tenant-a"),
        ring.derive("vault-index", "tenant-a", old),
    }
    assert len(keys) == 4
    assert ring.derive("vault-index", "tenant-a") == ring.derive("vault-index", "tenant-a")
    with pytest.raises(MaskKeyError, match="unknown key id"):
        ring.derive("x", kid="nope")
    assert "kids" in repr(ring) and ring.derive("x").hex() not in repr(ring)


def test_derived_key_cache_is_bounded() -> None:
    """A long-running process with one scope per conversation: the ring's cache of derived
    keys stays bounded, and a key derived again after the cache restarts is the same key."""
    from mask.core import keys as keys_module

    ring = KeyRing.from_strings("k1:" + "A" * 43)
    first = ring.derive("token-seed", "scope-0")
    for i in range(keys_module._DERIVED_LIMIT + 10):
        ring.derive("token-seed", f"scope-{i}")
    assert len(ring._cache) <= keys_module._DERIVED_LIMIT
    assert ring.derive("token-seed", "scope-0") == first
