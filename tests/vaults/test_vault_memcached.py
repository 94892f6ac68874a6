"""mask-memcached against real memcached processes started on loopback."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from _vault_servers import QUIET, MemcachedServer, free_port
from pymemcache.client.base import Client

from mask.core import Mask
from mask.core.errors import MaskConfigError, MaskVaultError
from mask.core.testing.vault import UnreachableVaultConformance, VaultConformance, make_key
from mask.plugins.memcached import MemcachedSettings, MemcachedVault, settings_from_options


class TestMemcachedVaultConformance(VaultConformance, UnreachableVaultConformance):
    supports_delete_prefix = False

    @pytest.fixture
    def vault(self, memcached_server: MemcachedServer, unique: str) -> Iterator[MemcachedVault]:
        v = MemcachedVault(MemcachedSettings(servers=(memcached_server.spec,), prefix=f"t{unique}:"))
        yield v
        v.close()

    @pytest.fixture
    def unreachable_vault(self) -> Iterator[MemcachedVault]:
        v = MemcachedVault(MemcachedSettings(servers=(f"127.0.0.1:{free_port()}",), timeout_seconds=0.5, retries=1))
        yield v
        v.close()


@pytest.fixture(scope="module")
def second_memcached() -> Iterator[MemcachedServer]:
    server = MemcachedServer()
    server.start()
    yield server
    server.close()


class TestTwoMemcachedServers(VaultConformance):
    """The same contract with keys spread over two servers by the hash client."""

    supports_delete_prefix = False

    @pytest.fixture
    def vault(
        self, memcached_server: MemcachedServer, second_memcached: MemcachedServer, unique: str
    ) -> Iterator[MemcachedVault]:
        v = MemcachedVault(
            MemcachedSettings(servers=(memcached_server.spec, second_memcached.spec), prefix=f"t{unique}:")
        )
        yield v
        v.close()


def test_keys_are_spread_over_every_server(
    memcached_server: MemcachedServer, second_memcached: MemcachedServer, unique: str
) -> None:
    v = MemcachedVault(MemcachedSettings(servers=(memcached_server.spec, second_memcached.spec), prefix=f"s{unique}:"))
    try:
        keys = [make_key() for _ in range(200)]
        v.put_many_if_absent(dict.fromkeys(keys, b"v"))
        for server in (memcached_server, second_memcached):
            direct = Client(("127.0.0.1", server.port))
            held = direct.get_many([f"s{unique}:{k}" for k in keys])
            direct.close()
            assert 20 < len(held) < 180, "one server holds (almost) every key"
        assert v.get_many(keys) == dict.fromkeys(keys, b"v")
    finally:
        v.close()


def test_overlong_or_spaced_keys_are_typed_errors(memcached_server: MemcachedServer) -> None:
    v = MemcachedVault(MemcachedSettings(servers=(memcached_server.spec,)))
    try:
        with pytest.raises(MaskVaultError, match="at most 250 bytes") as info:
            v.put_many_if_absent({"k" * 251: b"secret"})
        assert "kkkk" not in str(info.value) and "secret" not in str(info.value)
        with pytest.raises(MaskVaultError):
            v.get_many(["has space"])
        assert v.get_many(["k" * 250]) == {}
    finally:
        v.close()


def test_forget_scope_explains_that_memcached_cannot_enumerate(memcached_server: MemcachedServer) -> None:
    m = Mask({"vault": {"backend": "memcached", "servers": [memcached_server.spec]}, **QUIET})
    try:
        assert isinstance(m.vault, MemcachedVault)
        with pytest.raises(MaskConfigError, match="'memcached' cannot erase by scope"):
            m.forget_scope("tenant")
    finally:
        m.close()


def test_options_of_other_backends_are_refused_with_the_allowed_list() -> None:
    with pytest.raises(MaskConfigError, match="vault.url.*allowed: servers, prefix"):
        Mask({"vault": {"backend": "memcached", "url": "redis://x"}, **QUIET})


@pytest.mark.parametrize(
    "options",
    [{"servers": []}, {"servers": ["nohost"]}, {"servers": ["h:99999"]}, {"servers": [3]}, {"prefix": "a b"}],
)
def test_bad_options_are_typed_errors(options: dict[str, object]) -> None:
    with pytest.raises(MaskConfigError):
        settings_from_options(options)


def test_more_threads_than_pooled_connections_wait_their_turn(memcached_server: MemcachedServer, unique: str) -> None:
    v = MemcachedVault(MemcachedSettings(servers=(memcached_server.spec,), prefix=f"p{unique}:", pool_size=2))
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(20):
                key = make_key()
                assert v.put_many_if_absent({key: b"v"}) == {key: True}
                assert v.get_many([key]) == {key: b"v"}
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert not errors, errors
    finally:
        v.close()
