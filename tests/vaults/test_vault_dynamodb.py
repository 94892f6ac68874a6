"""mask-dynamodb with the real boto3 client against moto's server on loopback."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import boto3
import pytest
from _vault_servers import QUIET, MotoServer, drop_table, free_port

from mask.core import Mask
from mask.core.errors import MaskConfigError
from mask.core.testing.vault import UnreachableVaultConformance, VaultConformance, make_key
from mask.plugins.dynamodb import DynamoDBSettings, DynamoDBVault, settings_from_options


def _vault(server: MotoServer, table: str, **extra: object) -> DynamoDBVault:
    """A vault on moto; generous timeouts because moto serves one request at a time."""
    settings = DynamoDBSettings(
        table=table,
        region="us-east-1",
        endpoint_url=server.endpoint_url,
        create_table=True,
        timeout_seconds=10,
        **extra,
    )
    return DynamoDBVault(settings)


@pytest.fixture
def table(moto_server: MotoServer, unique: str) -> Iterator[str]:
    """A table of this test's own, dropped after it."""
    name = f"mask-{unique}"
    yield name
    drop_table(moto_server.endpoint_url, name)


class TestDynamoDBTransactConformance(VaultConformance, UnreachableVaultConformance):
    large_batch = 150

    @pytest.fixture
    def vault(self, moto_server: MotoServer, table: str) -> Iterator[DynamoDBVault]:
        v = _vault(moto_server, table)
        yield v
        v.close()

    @pytest.fixture
    def unreachable_vault(self, aws_env: dict[str, str]) -> Iterator[DynamoDBVault]:
        v = DynamoDBVault(
            DynamoDBSettings(
                table="t-unreachable",
                region="us-east-1",
                endpoint_url=f"http://127.0.0.1:{free_port()}",
                timeout_seconds=0.5,
                retries=1,
            )
        )
        yield v
        v.close()


class TestDynamoDBParallelConformance(VaultConformance):
    large_batch = 150

    @pytest.fixture
    def vault(self, moto_server: MotoServer, table: str) -> Iterator[DynamoDBVault]:
        v = _vault(moto_server, table, prefix="p:", write_mode="parallel")
        yield v
        v.close()


def test_table_is_created_with_ttl_and_records_carry_expiry(moto_server: MotoServer, table: str) -> None:
    v = _vault(moto_server, table)
    raw = boto3.client("dynamodb", region_name="us-east-1", endpoint_url=moto_server.endpoint_url)
    try:
        ttl = raw.describe_time_to_live(TableName=table)["TimeToLiveDescription"]
        assert ttl["TimeToLiveStatus"] == "ENABLED" and ttl["AttributeName"] == "expires"
        key = make_key()
        v.put_many_if_absent({key: b"ciphertext"}, ttl_seconds=600)
        item = raw.get_item(TableName=table, Key={"k": {"S": key}})["Item"]
        assert item["v"]["B"] == b"ciphertext"
        assert int(item["expires"]["N"]) > 0
        _vault(moto_server, table).close()  # a second vault finds the table and leaves it alone
    finally:
        raw.close()
        v.close()


def test_transaction_with_some_existing_keys_stores_the_rest(moto_server: MotoServer, table: str) -> None:
    v = _vault(moto_server, table)
    try:
        old = [make_key() for _ in range(3)]
        new = [make_key() for _ in range(150)]  # more than one transaction of 100
        v.put_many_if_absent(dict.fromkeys(old, b"old"))
        result = v.put_many_if_absent(dict.fromkeys(old + new, b"new"))
        assert result == {**dict.fromkeys(old, False), **dict.fromkeys(new, True)}
        found = v.get_many(old + new)
        assert all(found[k] == b"old" for k in old) and all(found[k] == b"new" for k in new)
    finally:
        v.close()


def test_plugin_module_does_not_import_boto3() -> None:
    code = "import sys, mask.plugins.dynamodb; print('boto3' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_config_selects_the_dynamodb_vault(moto_server: MotoServer, table: str) -> None:
    config = {
        "vault": {
            "backend": "dynamodb",
            "table": table,
            "region": "us-east-1",
            "endpoint_url": moto_server.endpoint_url,
            "create_table": True,
        },
        **QUIET,
    }
    m = Mask(config)
    try:
        assert isinstance(m.vault, DynamoDBVault)
        text = "write to ann@example.com"
        assert m.reveal(m.protect(text)) == text
        assert m.forget_scope("default") == 1
    finally:
        m.close()


def test_options_of_other_backends_are_refused_with_the_allowed_list() -> None:
    with pytest.raises(MaskConfigError, match="vault.servers.*allowed: table, region"):
        Mask({"vault": {"backend": "dynamodb", "servers": ["x:1"]}, **QUIET})


@pytest.mark.parametrize(
    "options",
    [{"table": "x"}, {"endpoint_url": "ftp://x"}, {"write_mode": "batch"}, {"retries": -1}, {"pool_size": 0}],
)
def test_bad_options_are_typed_errors(options: dict[str, object]) -> None:
    with pytest.raises(MaskConfigError):
        settings_from_options(options)
