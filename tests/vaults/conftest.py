"""Fixtures of the vault tests: real servers on loopback, fake AWS credentials for moto."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pytest
from _vault_servers import MemcachedServer, MotoServer, RedisClusterServer, RedisServer

_AWS_ENV = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_CONFIG_FILE": os.devnull,
    "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
}


@pytest.fixture(scope="session")
def aws_env() -> Iterator[dict[str, str]]:
    """Fake credentials (moto accepts any) so boto3 never looks for real ones."""
    with pytest.MonkeyPatch.context() as mp:
        for name, value in _AWS_ENV.items():
            mp.setenv(name, value)
        yield dict(_AWS_ENV)


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer()
    server.start()
    yield server
    server.close()


@pytest.fixture(scope="session")
def memcached_server() -> Iterator[MemcachedServer]:
    server = MemcachedServer()
    server.start()
    yield server
    server.close()


@pytest.fixture(scope="session")
def moto_server(aws_env: dict[str, str]) -> Iterator[MotoServer]:
    server = MotoServer()
    server.start()
    yield server
    server.close()


@pytest.fixture
def own_redis() -> Iterator[RedisServer]:
    """A Redis server for one test, which the test may stop and restart."""
    server = RedisServer()
    server.start()
    yield server
    server.close()


@pytest.fixture
def own_memcached() -> Iterator[MemcachedServer]:
    """A Memcached server for one test, which the test may stop and restart."""
    server = MemcachedServer()
    server.start()
    yield server
    server.close()


@pytest.fixture
def own_moto(aws_env: dict[str, str]) -> Iterator[MotoServer]:
    """A moto server for one test, which the test may stop and restart."""
    server = MotoServer()
    server.start()
    yield server
    server.close()


@pytest.fixture
def unique() -> str:
    """A short random name for prefixes and tables."""
    return secrets.token_hex(6)


@pytest.fixture(scope="session")
def redis_cluster() -> Iterator[RedisClusterServer]:
    """Three redis-server primaries in a Redis Cluster."""
    cluster = RedisClusterServer()
    cluster.start()
    yield cluster
    cluster.close()
