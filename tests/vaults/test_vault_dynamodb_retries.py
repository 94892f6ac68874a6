"""DynamoDB answers moto never gives (throttled batches, conflicting transactions), through botocore's Stubber.

AWS itself cannot run here; the Stubber plays its documented answers to the real
boto3 client inside the vault, so the vault's own retry logic is what is tested.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from botocore.stub import Stubber

from mask.core.errors import MaskVaultError
from mask.plugins.dynamodb import DynamoDBSettings, DynamoDBVault

TABLE = "mask-stubbed"


@pytest.fixture
def stubbed(aws_env: dict[str, str]) -> Iterator[tuple[DynamoDBVault, Stubber]]:
    vault = DynamoDBVault(
        DynamoDBSettings(table=TABLE, region="us-east-1", endpoint_url="http://127.0.0.1:9", retries=1)
    )
    with Stubber(vault._client) as stubber:
        yield vault, stubber
        stubber.assert_no_pending_responses()
    vault.close()


def _item(key: str, value: bytes) -> dict[str, dict[str, object]]:
    return {"k": {"S": key}, "v": {"B": value}}


def test_unprocessed_keys_are_read_again(stubbed: tuple[DynamoDBVault, Stubber]) -> None:
    vault, stubber = stubbed
    stubber.add_response(
        "batch_get_item",
        {"Responses": {TABLE: [_item("a", b"1")]}, "UnprocessedKeys": {TABLE: {"Keys": [{"k": {"S": "b"}}]}}},
    )
    stubber.add_response("batch_get_item", {"Responses": {TABLE: [_item("b", b"2")]}, "UnprocessedKeys": {}})
    assert vault.get_many(["a", "b", "c"]) == {"a": b"1", "b": b"2"}


def test_keys_that_stay_unprocessed_are_a_typed_error(stubbed: tuple[DynamoDBVault, Stubber]) -> None:
    vault, stubber = stubbed
    for _ in range(vault.settings.retries + 4):
        stubber.add_response(
            "batch_get_item", {"Responses": {TABLE: []}, "UnprocessedKeys": {TABLE: {"Keys": [{"k": {"S": "a"}}]}}}
        )
    with pytest.raises(MaskVaultError, match="unprocessed"):
        vault.get_many(["a"])


def test_cancelled_transaction_keeps_existing_keys_and_retries_the_rest(stubbed: tuple[DynamoDBVault, Stubber]) -> None:
    vault, stubber = stubbed
    stubber.add_client_error(
        "transact_write_items",
        service_error_code="TransactionCanceledException",
        modeled_fields={
            "CancellationReasons": [
                {"Code": "ConditionalCheckFailed"},
                {"Code": "TransactionConflict"},
                {"Code": "None"},
            ]
        },
    )
    stubber.add_response("transact_write_items", {})
    assert vault.put_many_if_absent({"old": b"x", "busy": b"y", "new": b"z"}, 60) == {
        "old": False,
        "busy": True,
        "new": True,
    }


def test_other_cancellation_reasons_are_typed_errors(stubbed: tuple[DynamoDBVault, Stubber]) -> None:
    vault, stubber = stubbed
    stubber.add_client_error(
        "transact_write_items",
        service_error_code="TransactionCanceledException",
        modeled_fields={"CancellationReasons": [{"Code": "ValidationError"}]},
    )
    with pytest.raises(MaskVaultError, match="TransactionCanceledException") as info:
        vault.put_many_if_absent({"secret-key": b"secret-value"})
    assert "secret" not in str(info.value)


def test_conditional_put_failures_in_parallel_mode_mean_taken(aws_env: dict[str, str]) -> None:
    vault = DynamoDBVault(
        DynamoDBSettings(table=TABLE, region="us-east-1", endpoint_url="http://127.0.0.1:9", write_mode="parallel")
    )
    try:
        with Stubber(vault._client) as stubber:
            stubber.add_client_error("put_item", service_error_code="ConditionalCheckFailedException")
            assert vault.put_many_if_absent({"taken": b"x"}) == {"taken": False}
            stubber.add_client_error("put_item", service_error_code="ProvisionedThroughputExceededException")
            with pytest.raises(MaskVaultError, match="ProvisionedThroughputExceeded"):
                vault.put_many_if_absent({"k": b"x"})
    finally:
        vault.close()
