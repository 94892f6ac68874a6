"""Conformance suite for vault plugins (ours and third parties').

Subclass :class:`VaultConformance` in a test module and provide a ``vault`` fixture
that yields a fresh vault (an empty namespace: its own prefix, table or server)::

    import pytest
    from mask.core.testing.vault import VaultConformance

    class TestMyVault(VaultConformance):
        supports_delete_prefix = True

        @pytest.fixture
        def vault(self):
            v = MyVault(...)
            yield v
            v.close()

Remote backends also subclass :class:`UnreachableVaultConformance` and provide an
``unreachable_vault`` fixture (a vault pointed at a closed port, short timeouts): every
operation must raise :class:`~mask.core.errors.MaskVaultError`, never a library's own
exception, and the message must not echo a key or a value.

Keys used here look like the token service's (``mask:<16 hex>:<40 hex>``), so backends
with key rules (Memcached: at most 250 bytes, no whitespace) accept them.
"""

from __future__ import annotations

import asyncio
import secrets
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from ..errors import MaskVaultError
from ..vault import Vault

__all__ = ["UnreachableVaultConformance", "VaultConformance", "make_key"]

_EXPIRY_DEADLINE_SECONDS = 6.0


def make_key(tag: str | None = None) -> str:
    """A random key shaped like the token service's: ``mask:<16 hex tag>:<40 hex digest>``."""
    return f"mask:{tag or secrets.token_hex(8)}:{secrets.token_hex(20)}"


def _wait_until(predicate: Callable[[], bool], deadline: float = _EXPIRY_DEADLINE_SECONDS) -> bool:
    """Poll ``predicate`` until it holds or ``deadline`` seconds pass (a correctness wait, not a timing check)."""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.2)
    return predicate()


class VaultConformance:
    """Behaviour every :class:`~mask.core.vault.Vault` must have.

    Class attributes describe optional capabilities:

    - ``supports_delete_prefix``: ``delete_prefix`` erases by prefix; when False it
      must raise ``NotImplementedError`` or ``MaskVaultError`` (and erase nothing).
    - ``large_batch``: how many keys the large-batch test writes and reads in one call.
    - ``threads``: how many threads race in the put-if-absent test.
    """

    supports_delete_prefix: bool = True
    large_batch: int = 1000
    threads: int = 8

    @pytest.fixture
    def vault(self) -> Iterator[Vault]:  # pragma: no cover - subclasses provide it
        raise NotImplementedError("a VaultConformance subclass must provide a `vault` fixture")

    # -- basics -----------------------------------------------------------------------

    def test_is_a_vault_with_a_name(self, vault: Vault) -> None:
        assert isinstance(vault, Vault)
        assert vault.name and isinstance(vault.name, str)

    def test_empty_calls(self, vault: Vault) -> None:
        assert vault.get_many([]) == {}
        assert vault.put_many_if_absent({}) == {}
        assert vault.delete_many([]) == 0

    def test_missing_keys_are_absent(self, vault: Vault) -> None:
        assert vault.get_many([make_key(), make_key()]) == {}

    def test_put_then_get(self, vault: Vault) -> None:
        items = {make_key(): f"value-{i}".encode() for i in range(5)}
        assert vault.put_many_if_absent(items) == dict.fromkeys(items, True)
        assert vault.get_many(list(items)) == items

    def test_get_returns_only_existing_keys(self, vault: Vault) -> None:
        present, absent = make_key(), make_key()
        vault.put_many_if_absent({present: b"x"})
        assert vault.get_many([absent, present, absent]) == {present: b"x"}

    def test_put_if_absent_keeps_the_first_value(self, vault: Vault) -> None:
        key = make_key()
        assert vault.put_many_if_absent({key: b"first"}) == {key: True}
        assert vault.put_many_if_absent({key: b"second"}) == {key: False}
        assert vault.get_many([key]) == {key: b"first"}

    def test_put_reports_each_key(self, vault: Vault) -> None:
        old, new = make_key(), make_key()
        vault.put_many_if_absent({old: b"old"})
        assert vault.put_many_if_absent({old: b"other", new: b"new"}) == {old: False, new: True}
        assert vault.get_many([old, new]) == {old: b"old", new: b"new"}

    def test_binary_values_round_trip(self, vault: Vault) -> None:
        values = {
            make_key(): bytes(range(256)),
            make_key(): b"\x00\r\n\x00END\r\n",
            make_key(): b"\xff" * 3 + b"\x00",
            make_key(): bytes(64 * 1024),  # a 64 KiB record
        }
        assert all(vault.put_many_if_absent(values).values())
        found = vault.get_many(list(values))
        assert found == values
        assert all(isinstance(v, bytes) for v in found.values())

    def test_large_batch(self, vault: Vault) -> None:
        tag = secrets.token_hex(8)
        items = {make_key(tag): secrets.token_bytes(48) for _ in range(self.large_batch)}
        stored = vault.put_many_if_absent(items)
        assert stored == dict.fromkeys(items, True)
        assert vault.get_many(list(items)) == items
        again = vault.put_many_if_absent({k: b"other" for k in items})
        assert not any(again.values())

    # -- TTL --------------------------------------------------------------------------

    def test_ttl_expires_records(self, vault: Vault) -> None:
        short, forever = make_key(), make_key()
        # Two seconds, not one: the record must still be there after two more round trips,
        # which on a busy machine (a DynamoDB emulator answering from a thread) can take one.
        assert vault.put_many_if_absent({short: b"short"}, ttl_seconds=2) == {short: True}
        vault.put_many_if_absent({forever: b"forever"}, ttl_seconds=None)
        assert vault.get_many([short]) == {short: b"short"}
        assert _wait_until(lambda: short not in vault.get_many([short])), "a record outlived its TTL"
        assert vault.get_many([forever]) == {forever: b"forever"}

    def test_ttl_is_never_cut_short(self, vault: Vault) -> None:
        # A record lives at least ``ttl_seconds``: truncating an absolute expiry to whole
        # seconds, or a server clock that ticks once a second, must not end it early.
        for _ in range(3):
            key = make_key()
            started = time.monotonic()
            assert vault.put_many_if_absent({key: b"v"}, ttl_seconds=2) == {key: True}
            last_seen, gone_at = started, None
            while time.monotonic() - started < _EXPIRY_DEADLINE_SECONDS:
                asked = time.monotonic()
                if key not in vault.get_many([key]):
                    gone_at = asked
                    break
                last_seen = asked
                time.sleep(0.05)
            if gone_at is not None and gone_at - last_seen > 0.3 and last_seen - started < 1.7:
                continue  # the machine stalled between two reads: inconclusive, try a new key
            break
        # Seen until at least 1.7 s after the write began (2 s asked, slack for the polling).
        assert last_seen - started >= 1.7, f"a 2 s record was gone after {last_seen - started:.2f} s"

    def test_expired_key_can_be_written_again(self, vault: Vault) -> None:
        key = make_key()
        vault.put_many_if_absent({key: b"old"}, ttl_seconds=1)
        assert _wait_until(lambda: key not in vault.get_many([key]))
        assert vault.put_many_if_absent({key: b"new"}, ttl_seconds=60) == {key: True}
        assert vault.get_many([key]) == {key: b"new"}

    def test_long_ttl_keeps_records(self, vault: Vault) -> None:
        key = make_key()
        # Longer than 30 days: Memcached reads such numbers as timestamps, backends must convert.
        assert vault.put_many_if_absent({key: b"v"}, ttl_seconds=90 * 86400) == {key: True}
        assert vault.get_many([key]) == {key: b"v"}

    # -- delete -----------------------------------------------------------------------

    def test_delete_many_counts_existing_keys(self, vault: Vault) -> None:
        a, b, missing = make_key(), make_key(), make_key()
        vault.put_many_if_absent({a: b"a", b: b"b"})
        assert vault.delete_many([a, b, missing]) == 2
        assert vault.get_many([a, b]) == {}
        assert vault.put_many_if_absent({a: b"again"}) == {a: True}

    def test_delete_prefix(self, vault: Vault) -> None:
        doomed_tag, kept_tag = secrets.token_hex(8), secrets.token_hex(8)
        doomed = {make_key(doomed_tag): b"d" for _ in range(30)}
        kept = {make_key(kept_tag): b"k" for _ in range(3)}
        vault.put_many_if_absent({**doomed, **kept})
        prefix = f"mask:{doomed_tag}:"
        if not self.supports_delete_prefix:
            with pytest.raises((NotImplementedError, MaskVaultError)):
                vault.delete_prefix(prefix)
            assert vault.get_many(list(doomed)) == doomed
            return
        assert vault.delete_prefix(prefix) == len(doomed)
        assert vault.get_many(list(doomed)) == {}
        assert vault.get_many(list(kept)) == kept
        assert vault.delete_prefix(prefix) == 0

    # -- concurrency ------------------------------------------------------------------

    def test_concurrent_put_if_absent_has_one_winner_per_key(self, vault: Vault) -> None:
        keys = [make_key() for _ in range(40)]
        barrier = threading.Barrier(self.threads)
        results: dict[int, dict[str, bool]] = {}
        errors: list[BaseException] = []

        def race(worker: int) -> None:
            try:
                barrier.wait(timeout=30)
                results[worker] = vault.put_many_if_absent({k: f"w{worker}".encode() for k in keys})
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=race, args=(i,)) for i in range(self.threads)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert not errors, errors
        stored = vault.get_many(keys)
        for key in keys:
            winners = [w for w, res in results.items() if res[key]]
            assert len(winners) == 1, f"{len(winners)} writers won one key"
            assert stored[key] == f"w{winners[0]}".encode()

    # -- async twins ------------------------------------------------------------------

    def test_async_twins(self, vault: Vault) -> None:
        key, other = make_key(), make_key()

        async def run() -> tuple[dict[str, bool], dict[str, bool], dict[str, bytes]]:
            first = await vault.aput_many_if_absent({key: b"a"}, 60)
            second = await vault.aput_many_if_absent({key: b"b", other: b"c"})
            found = await vault.aget_many([key, other, make_key()])
            return first, second, found

        first, second, found = asyncio.run(run())
        assert first == {key: True}
        assert second == {key: False, other: True}
        assert found == {key: b"a", other: b"c"}
        assert vault.get_many([key, other]) == found

    def test_repr_names_the_backend_only(self, vault: Vault) -> None:
        key = make_key()
        vault.put_many_if_absent({key: b"secret-record"})
        text = repr(vault)
        assert key not in text
        assert "secret-record" not in text


class UnreachableVaultConformance:
    """Typed errors of a remote vault whose server cannot be reached.

    Provide ``unreachable_vault``: a vault configured for a closed loopback port with
    short timeouts and few retries.
    """

    @pytest.fixture
    def unreachable_vault(self) -> Iterator[Vault]:  # pragma: no cover - subclasses provide it
        raise NotImplementedError("provide an `unreachable_vault` fixture")

    def _check(self, exc: MaskVaultError, *secrets_: str) -> None:
        message = str(exc)
        assert message, "a vault error needs a message"
        for text in secrets_:
            assert text not in message, "a vault error message echoed a key or a value"
        # The library's own exception (whose text may name keys) is not chained into tracebacks.
        assert exc.__cause__ is None
        assert exc.__context__ is None or exc.__suppress_context__

    def test_get_raises_a_typed_error(self, unreachable_vault: Vault) -> None:
        key = make_key()
        with pytest.raises(MaskVaultError) as info:
            unreachable_vault.get_many([key])
        self._check(info.value, key)

    def test_put_raises_a_typed_error(self, unreachable_vault: Vault) -> None:
        key = make_key()
        with pytest.raises(MaskVaultError) as info:
            unreachable_vault.put_many_if_absent({key: b"secret-value"}, 60)
        self._check(info.value, key, "secret-value")

    def test_delete_raises_a_typed_error(self, unreachable_vault: Vault) -> None:
        key = make_key()
        with pytest.raises(MaskVaultError) as info:
            unreachable_vault.delete_many([key])
        self._check(info.value, key)

    def test_async_get_raises_a_typed_error(self, unreachable_vault: Vault) -> None:
        key = make_key()
        with pytest.raises(MaskVaultError) as info:
            asyncio.run(unreachable_vault.aget_many([key]))
        self._check(info.value, key)

    def test_async_put_raises_a_typed_error(self, unreachable_vault: Vault) -> None:
        key = make_key()
        with pytest.raises(MaskVaultError) as info:
            asyncio.run(unreachable_vault.aput_many_if_absent({key: b"secret-value"}))
        self._check(info.value, key, "secret-value")
