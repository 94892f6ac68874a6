"""mask-redis in cluster mode against a real three-node Redis Cluster on loopback."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest
import redis
from _vault_servers import QUIET, RedisClusterServer

from mask.core import Mask
from mask.core.testing.vault import VaultConformance, make_key
from mask.plugins.redis import RedisSettings, RedisVault, to_redis_key


class TestRedisClusterConformance(VaultConformance):
    large_batch = 500

    @pytest.fixture
    def vault(self, redis_cluster: RedisClusterServer, unique: str) -> Iterator[RedisVault]:
        v = RedisVault(RedisSettings(url=redis_cluster.url, prefix=f"t{unique}:", cluster=True))
        yield v
        v.close()


def test_one_scope_lives_on_one_node_and_scopes_spread(redis_cluster: RedisClusterServer, unique: str) -> None:
    prefix = f"c{unique}:"
    v = RedisVault(RedisSettings(url=redis_cluster.url, prefix=prefix, cluster=True))
    raw = redis.RedisCluster.from_url(redis_cluster.url)
    try:
        tags = [secrets.token_hex(8) for _ in range(12)]
        for tag in tags:
            v.put_many_if_absent({make_key(tag): b"v" for _ in range(10)})
        owners = []
        for tag in tags:
            nodes = {raw.get_node_from_key(to_redis_key(prefix, make_key(tag))).name for _ in range(10)}
            assert len(nodes) == 1, "one scope's keys landed on several nodes"
            owners.append(nodes.pop())
        assert len(set(owners)) > 1, "every scope landed on the same node"
    finally:
        raw.close()
        v.close()


def test_mask_protects_and_reveals_through_the_cluster(redis_cluster: RedisClusterServer, unique: str) -> None:
    config = {
        "vault": {"backend": "redis", "url": redis_cluster.url, "cluster": True, "prefix": f"m{unique}:"},
        **QUIET,
    }
    with Mask(config) as m:
        text = " ".join(f"user{i}.{unique}@example.com" for i in range(40))
        protected = m.protect(text, scope="tenant-a")
        assert unique not in protected
        assert m.reveal(protected, scope="tenant-a") == text
        assert m.reveal(protected, scope="tenant-b") == protected
        assert m.forget_scope("tenant-a") == 40
        assert m.reveal(protected, scope="tenant-a") == protected
