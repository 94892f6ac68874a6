"""mask-redis against real redis-server processes (our own, plus the shared one at :6379)."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Iterator

import pytest
import redis
from _vault_servers import QUIET, RedisServer, free_port
from redis.cluster import key_slot

from mask.core import Mask
from mask.core.errors import MaskConfigError, MaskVaultError
from mask.core.testing.vault import UnreachableVaultConformance, VaultConformance, make_key
from mask.plugins.redis import RedisSettings, RedisVault, settings_from_options
from mask.plugins.redis.keys import from_redis_key, scan_pattern, to_redis_key

SHARED_REDIS_URL = "redis://127.0.0.1:6379/0"


class TestRedisVaultConformance(VaultConformance, UnreachableVaultConformance):
    @pytest.fixture
    def vault(self, redis_server: RedisServer, unique: str) -> Iterator[RedisVault]:
        v = RedisVault(RedisSettings(url=redis_server.url, prefix=f"t{unique}:"))
        yield v
        v.close()

    @pytest.fixture
    def unreachable_vault(self) -> Iterator[RedisVault]:
        v = RedisVault(RedisSettings(url=f"redis://127.0.0.1:{free_port()}/0", timeout_seconds=0.5, retries=1))
        yield v
        v.close()


class TestSharedRedisServer(VaultConformance):
    """The same contract on the machine's shared Redis (6379), inside a unique prefix that is removed after."""

    large_batch = 200

    @pytest.fixture
    def vault(self, unique: str) -> Iterator[RedisVault]:
        v = RedisVault(RedisSettings(url=SHARED_REDIS_URL, prefix=f"mask-test-{unique}:"))
        yield v
        v.delete_prefix("")
        v.close()


# -- key design -------------------------------------------------------------------------


def test_keys_of_one_scope_share_a_cluster_slot() -> None:
    tag = secrets.token_hex(8)
    physical = [to_redis_key("", make_key(tag)) for _ in range(50)]
    assert all(p.startswith(f"{{mask:{tag}}}:") for p in physical)
    assert len({key_slot(p.encode()) for p in physical}) == 1
    other = to_redis_key("", make_key())
    assert other.startswith("{mask:")


@pytest.mark.parametrize("key", ["mask:0123456789abcdef:" + "a" * 40, "plain", "a:b:c", ":lead", "trail:", "x}y:z"])
@pytest.mark.parametrize("prefix", ["", "tenant-1:", "p*[?]"])
def test_key_mapping_round_trips(key: str, prefix: str) -> None:
    physical = to_redis_key(prefix, key)
    assert from_redis_key(prefix, physical) == key


def test_scan_pattern_covers_the_prefix_and_escapes_glob_characters() -> None:
    assert scan_pattern("", "mask:abc:") == "{mask:abc*"
    assert scan_pattern("p*:", "mask:") == "p\\*:{mask*"
    assert from_redis_key("other:", "mine:{mask:a}:b") is None


def test_delete_prefix_leaves_a_longer_tag_alone(redis_server: RedisServer, unique: str) -> None:
    v = RedisVault(RedisSettings(url=redis_server.url, prefix=f"t{unique}:"))
    try:
        short, longer = "mask:ab:" + "1" * 40, "mask:abc:" + "2" * 40
        v.put_many_if_absent({short: b"s", longer: b"l"})
        assert v.delete_prefix("mask:ab:") == 1
        assert v.get_many([short, longer]) == {longer: b"l"}
    finally:
        v.close()


def test_values_are_stored_under_hash_tagged_keys_with_ttl(redis_server: RedisServer, unique: str) -> None:
    prefix = f"t{unique}:"
    v = RedisVault(RedisSettings(url=redis_server.url, prefix=prefix))
    raw = redis.Redis.from_url(redis_server.url)
    try:
        key = make_key()
        v.put_many_if_absent({key: b"ciphertext"}, ttl_seconds=300)
        physical = to_redis_key(prefix, key)
        assert raw.get(physical) == b"ciphertext"
        assert 0 < raw.ttl(physical) <= 300
        v.put_many_if_absent({make_key(): b"forever"})
        assert all(raw.ttl(k) == -1 for k in raw.scan_iter(match=f"{prefix}*") if raw.get(k) == b"forever")
    finally:
        raw.close()
        v.close()


# -- config -----------------------------------------------------------------------------


def test_config_selects_the_redis_vault(redis_server: RedisServer) -> None:
    m = Mask({"vault": {"backend": "redis", "url": redis_server.url, "timeout_seconds": 1.5}, **QUIET})
    try:
        assert isinstance(m.vault, RedisVault)
        assert m.vault.settings.timeout_seconds == 1.5
    finally:
        m.close()


def test_options_of_other_backends_are_refused_with_the_allowed_list() -> None:
    with pytest.raises(MaskConfigError, match="vault.table.*allowed: url, prefix"):
        Mask({"vault": {"backend": "redis", "table": "x"}, **QUIET})


@pytest.mark.parametrize(
    "options",
    [{"url": "http://x"}, {"timeout_seconds": 0}, {"retries": 99}, {"pool_size": 0}, {"prefix": "{bad}"}],
)
def test_bad_options_are_typed_errors(options: dict[str, object]) -> None:
    with pytest.raises(MaskConfigError):
        settings_from_options(options)


def test_repr_and_errors_hide_the_password() -> None:
    v = RedisVault(
        RedisSettings(url=f"redis://:hunter2secret@127.0.0.1:{free_port()}/0", timeout_seconds=0.3, retries=0)
    )
    try:
        assert "hunter2secret" not in repr(v) and "hunter2secret" not in repr(v.settings)
        with pytest.raises(MaskVaultError) as info:
            v.get_many([make_key()])
        assert "hunter2secret" not in str(info.value)
        assert "cannot reach 127.0.0.1" in str(info.value)
    finally:
        v.close()


# -- asyncio ----------------------------------------------------------------------------


async def test_asyncio_client_is_reused_within_a_loop(redis_server: RedisServer, unique: str) -> None:
    v = RedisVault(RedisSettings(url=redis_server.url, prefix=f"t{unique}:"))
    try:
        keys = [make_key() for _ in range(20)]
        results = await asyncio.gather(*(v.aput_many_if_absent({k: b"v"}, 60) for k in keys))
        assert all(r == {k: True} for r, k in zip(results, keys, strict=True))
        assert await v.aget_many(keys) == dict.fromkeys(keys, b"v")
        assert len(v._async_clients) == 1
        await v.aclose()
        assert len(v._async_clients) == 0
        assert await v.aget_many(keys[:1]) == {keys[0]: b"v"}  # a new client for this loop
        await v.aclose()
    finally:
        v.close()


# -- round trips ------------------------------------------------------------------------


def test_protect_with_40_entities_costs_at_most_two_round_trips(
    redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counted at the socket: every send_packed_command is one request/response exchange."""
    sends: list[int] = []
    original = redis.connection.AbstractConnection.send_packed_command

    def counting(self: redis.connection.AbstractConnection, command: object, check_health: bool = True) -> None:
        sends.append(1)
        return original(self, command, check_health)

    m = Mask({"vault": {"backend": "redis", "url": redis_server.url}, **QUIET})
    try:
        m.vault.get_many([make_key()])  # connect (and handshake) before counting
        monkeypatch.setattr(redis.connection.AbstractConnection, "send_packed_command", counting)
        text = " ".join(f"user{i}.{secrets.token_hex(3)}@example.com" for i in range(40))
        protected = m.protect(text, scope=f"s-{secrets.token_hex(4)}")
        first = len(sends)
        sends.clear()
        assert m.protect(text, scope="other-scope-" + secrets.token_hex(4)) != protected
        m.protect(text, scope="again")
        sends.clear()
        m.protect(text, scope="again")
        repeat = len(sends)
        assert first <= 2, f"{first} round trips for 40 new entities"
        assert repeat <= 2, f"{repeat} round trips for 40 known entities"
    finally:
        m.close()


def test_vault_ttl_from_config_reaches_redis(redis_server: RedisServer, unique: str) -> None:
    prefix = f"ttl{unique}:"
    config = {"vault": {"backend": "redis", "url": redis_server.url, "prefix": prefix, "ttl_seconds": 120}, **QUIET}
    raw = redis.Redis.from_url(redis_server.url)
    try:
        with Mask(config) as m:
            m.protect(f"ping carol.{unique}@example.com")
        stored = list(raw.scan_iter(match=f"{prefix}*"))
        assert stored, "nothing was written"
        assert all(0 < raw.ttl(k) <= 120 for k in stored)
    finally:
        raw.close()
