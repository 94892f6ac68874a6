"""Keys: a key-provider plugin (KMS-style and file), rotation, HKDF sub-keys per purpose and scope."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest

from mask.core import Mask, MaskKeyError, hookimpl
from mask.core.keys import KeyRing

from .conftest import DetectorPlugin, config


class FakeKms:
    """Stands in for a cloud KMS (which cannot run here): unwraps data keys it holds."""

    def __init__(self) -> None:
        self.calls = 0
        self._keys = {b"wrapped-1": os.urandom(32), b"wrapped-2": os.urandom(32)}

    def decrypt(self, blob: bytes) -> bytes:
        self.calls += 1
        return self._keys[blob]


class KmsKeyProvider:
    """A third-party key provider: the current and retired data keys come from the KMS."""

    def __init__(self, kms: FakeKms, current: str = "kms2") -> None:
        self.kms = kms
        self.current = current

    @hookimpl
    def mask_key_provider(self, config: object) -> KeyRing:
        keys = {"kms1": self.kms.decrypt(b"wrapped-1"), "kms2": self.kms.decrypt(b"wrapped-2")}
        if self.current == "kms1":
            keys.pop("kms2")
        return KeyRing(self.current, keys)


def _mask(provider: object, vault: object = None) -> Mask:
    return Mask(
        config(),
        plugins=[("test-detector", DetectorPlugin()), ("kms-keys", provider)],
        vault=vault,  # type: ignore[arg-type]
    )


def test_keys_come_from_a_key_provider_plugin() -> None:
    kms = FakeKms()
    old = _mask(KmsKeyProvider(kms, current="kms1"))
    assert old.keys.current == "kms1" and kms.calls == 2  # two data keys unwrapped
    token = old.protect("bob@corp.com")
    rotated = _mask(KmsKeyProvider(kms), vault=old.vault)
    assert rotated.keys.kids == ("kms2", "kms1")
    assert rotated.reveal(token) == "bob@corp.com"  # old tokens still reveal
    new = rotated.protect("bob@corp.com")
    assert new != token and rotated.reveal(new) == "bob@corp.com"  # new tokens use the current key


def test_a_failing_provider_is_a_typed_error_without_secrets() -> None:
    class Broken:
        @hookimpl
        def mask_key_provider(self, config: object) -> KeyRing:
            raise RuntimeError("kms said: secret-material-123")

    with pytest.raises(MaskKeyError) as info:
        _mask(Broken())
    assert "secret-material-123" not in str(info.value)


def test_key_file_with_retired_keys(tmp_path: Path) -> None:
    a, b = base64.urlsafe_b64encode(b"a" * 32).decode(), base64.urlsafe_b64encode(b"b" * 32).decode()
    path = tmp_path / "keys.json"
    path.write_text(json.dumps({"current": "k1", "keys": {"k1": a}}))
    first = Mask(config(mask={"key_file": str(path)}), plugins=[("test-detector", DetectorPlugin())])
    token = first.protect("Alice Smith")
    path.write_text(json.dumps({"current": "k2", "keys": {"k2": b, "k1": a}}))
    second = Mask(
        config(mask={"key_file": str(path)}), plugins=[("test-detector", DetectorPlugin())], vault=first.vault
    )
    assert second.keys.current == "k2"
    assert second.reveal(token) == "Alice Smith"


def test_sub_keys_differ_per_purpose_scope_and_kid() -> None:
    ring = KeyRing("k1", {"k1": b"x" * 32, "k2": b"y" * 32})
    derived = {
        ring.derive("vault-index", "t1"),
        ring.derive("vault-index", "t2"),
        ring.derive("vault-record", "t1"),
        ring.derive("vault-index", "t1", "k2"),
    }
    assert len(derived) == 4
    assert ring.derive("vault-index", "t1") == KeyRing("k1", {"k1": b"x" * 32}).derive("vault-index", "t1")
    assert "x" * 8 not in repr(ring)
