"""The DynamoDB vault: BatchGetItem for reads, conditional writes for put-if-absent.

Table layout: partition key ``k`` (string), the record in ``v`` (binary) and the
expiry in ``expires`` (Unix seconds, the table's TTL attribute). DynamoDB deletes
expired items lazily (within days), so reads ignore and writes overwrite items whose
``expires`` has passed. Reads are strongly consistent: put-if-absent followed by a
read from another process must see the winner.

Writes, and their round trips (DynamoDB has no batched conditional put):

- ``write_mode = "transact"`` (default): one ``TransactWriteItems`` of up to 100 conditional
  puts. One failed condition cancels the whole transaction, but the cancellation
  reasons say which items already existed; the others are written again without them.
  Round trips: 1 when every key is new (the usual case, since the token service reads
  first), 2 when some exist. Costs twice the write capacity of plain puts.
- ``write_mode = "parallel"``: one conditional ``PutItem`` per item, issued concurrently
  from a thread pool (``pool_size`` workers): N requests, about one round trip of
  latency while N <= pool_size, at plain-put cost.

Throttling and transient errors are retried by botocore's ``standard`` retry mode
(exponential backoff with jitter, bounded by ``retries``); unprocessed batch keys are
retried with the same bounded backoff. Every failure is a
:class:`~mask.core.errors.MaskVaultError` naming the operation and error code, never a
key or a value.
"""

from __future__ import annotations

import math
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, NoRegionError

from mask.core.errors import MaskConfigError, MaskVaultError
from mask.core.vault import Vault

__all__ = ["DynamoDBSettings", "DynamoDBVault"]

_GET_BATCH = 100  # BatchGetItem limit
_TRANSACT_BATCH = 100  # TransactWriteItems limit
_DELETE_BATCH = 25  # BatchWriteItem limit
_NAMES = {"#k": "k", "#v": "v", "#e": "expires"}
_CONDITION = "attribute_not_exists(#k) OR #e <= :now"
_RETRYABLE_REASONS = ("None", "TransactionConflict", "ThrottlingError", "ProvisionedThroughputExceeded")


@dataclass(frozen=True)
class DynamoDBSettings:
    """Connection settings of a :class:`DynamoDBVault`."""

    table: str = "mask-vault"
    region: str | None = None
    endpoint_url: str | None = None
    prefix: str = ""
    timeout_seconds: float = 2.0
    retries: int = 2
    pool_size: int = 16
    create_table: bool = False
    write_mode: str = "transact"


class DynamoDBVault(Vault):
    """A vault on one DynamoDB table."""

    name = "dynamodb"

    def __init__(self, settings: DynamoDBSettings) -> None:
        self.settings = settings
        self._closed = False
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()
        config = Config(
            connect_timeout=settings.timeout_seconds,
            read_timeout=settings.timeout_seconds,
            retries={"max_attempts": settings.retries + 1, "mode": "standard"},
            max_pool_connections=settings.pool_size,
        )
        try:
            self._client = boto3.session.Session().client(
                "dynamodb", region_name=settings.region, endpoint_url=settings.endpoint_url, config=config
            )
        except NoRegionError:
            raise MaskConfigError("the dynamodb vault needs vault.region (or AWS_DEFAULT_REGION)") from None
        except (BotoCoreError, ValueError) as exc:
            raise MaskConfigError(f"the dynamodb vault cannot be configured: {type(exc).__name__}") from None
        if settings.create_table:
            self.ensure_table()

    # -- errors and retries -----------------------------------------------------------

    def _where(self) -> str:
        endpoint = self.settings.endpoint_url or f"AWS {self.settings.region or 'default region'}"
        return f"table {self.settings.table!r} at {endpoint}"

    @contextmanager
    def _errors(self, operation: str) -> Iterator[None]:
        if self._closed:
            raise MaskVaultError(f"DynamoDB vault {operation} failed: the vault is closed")
        try:
            yield
        except MaskVaultError:
            raise
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "ClientError")
            raise MaskVaultError(f"DynamoDB vault {operation} failed: {code} ({self._where()})") from None
        except BotoCoreError as exc:
            raise MaskVaultError(f"DynamoDB vault {operation} failed: {type(exc).__name__} ({self._where()})") from None

    def _backoff(self, attempt: int) -> None:
        time.sleep(min(1.0, 0.05 * 2**attempt) * random.uniform(0.5, 1.0))

    def _executor(self) -> ThreadPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.settings.pool_size, thread_name_prefix="mask-dynamodb")
            return self._pool

    # -- table ------------------------------------------------------------------------

    def ensure_table(self) -> None:
        """Create the table (on-demand billing, TTL on ``expires``) unless it exists."""
        table = self.settings.table
        with self._errors("create table"):
            try:
                self._client.describe_table(TableName=table)
                return
            except ClientError as exc:
                if exc.response.get("Error", {}).get("Code") != "ResourceNotFoundException":
                    raise
            try:
                self._client.create_table(
                    TableName=table,
                    KeySchema=[{"AttributeName": "k", "KeyType": "HASH"}],
                    AttributeDefinitions=[{"AttributeName": "k", "AttributeType": "S"}],
                    BillingMode="PAY_PER_REQUEST",
                )
            except ClientError as exc:  # another process created it first
                if exc.response.get("Error", {}).get("Code") != "ResourceInUseException":
                    raise
            self._client.get_waiter("table_exists").wait(TableName=table, WaiterConfig={"Delay": 1, "MaxAttempts": 60})
            try:
                self._client.update_time_to_live(
                    TableName=table, TimeToLiveSpecification={"Enabled": True, "AttributeName": "expires"}
                )
            except ClientError as exc:  # already enabled (by a concurrent creator)
                if exc.response.get("Error", {}).get("Code") != "ValidationException":
                    raise

    # -- helpers ----------------------------------------------------------------------

    def _pk(self, key: str) -> dict[str, str]:
        return {"k": {"S": self.settings.prefix + key}}

    def _item(self, key: str, value: bytes, expires: int | None) -> dict[str, Any]:
        item: dict[str, Any] = {"k": {"S": self.settings.prefix + key}, "v": {"B": bytes(value)}}
        if expires is not None:
            item["expires"] = {"N": str(expires)}
        return item

    @staticmethod
    def _expires(ttl_seconds: int | None) -> int | None:
        # Rounded up: DynamoDB keeps whole seconds, and truncating would end a record early.
        return math.ceil(time.time() + ttl_seconds) if ttl_seconds and ttl_seconds > 0 else None

    def _conditional_put(self, key: str, value: bytes, expires: int | None, now: int) -> dict[str, Any]:
        return {
            "TableName": self.settings.table,
            "Item": self._item(key, value, expires),
            "ConditionExpression": _CONDITION,
            "ExpressionAttributeNames": {"#k": "k", "#e": "expires"},
            "ExpressionAttributeValues": {":now": {"N": str(now)}},
        }

    # -- reads ------------------------------------------------------------------------

    def get_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        unique = list(dict.fromkeys(keys))
        found: dict[str, bytes] = {}
        plen = len(self.settings.prefix)
        now = time.time()
        with self._errors("read"):
            for i in range(0, len(unique), _GET_BATCH):
                request = {
                    self.settings.table: {
                        "Keys": [self._pk(k) for k in unique[i : i + _GET_BATCH]],
                        "ConsistentRead": True,
                        "ProjectionExpression": "#k, #v, #e",
                        "ExpressionAttributeNames": _NAMES,
                    }
                }
                for item in self._batch_get(request):
                    expires = item.get("expires", {}).get("N")
                    if expires is not None and float(expires) <= now:
                        continue  # expired; DynamoDB's TTL sweep has not removed it yet
                    found[item["k"]["S"][plen:]] = bytes(item["v"]["B"])
        return found

    def _batch_get(self, request: dict[str, Any]) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        for attempt in range(self.settings.retries + 4):
            answer = self._client.batch_get_item(RequestItems=request)
            items.extend(answer.get("Responses", {}).get(self.settings.table, []))
            request = answer.get("UnprocessedKeys") or {}
            if not request:
                return items
            self._backoff(attempt)
        raise MaskVaultError(f"DynamoDB vault read failed: keys stayed unprocessed (throttled) ({self._where()})")

    # -- writes -----------------------------------------------------------------------

    def put_many_if_absent(self, items: Mapping[str, bytes], ttl_seconds: int | None = None) -> dict[str, bool]:
        if not items:
            return {}
        expires = self._expires(ttl_seconds)
        keys = list(items)
        out: dict[str, bool] = {}
        with self._errors("write"):
            if self.settings.write_mode == "parallel":
                out = self._put_parallel(items, expires)
            else:
                for i in range(0, len(keys), _TRANSACT_BATCH):
                    chunk = {k: items[k] for k in keys[i : i + _TRANSACT_BATCH]}
                    out.update(self._put_transact(chunk, expires))
        return {k: out[k] for k in keys}

    def _put_transact(self, items: Mapping[str, bytes], expires: int | None) -> dict[str, bool]:
        out: dict[str, bool] = {}
        pending = list(items)
        for attempt in range(self.settings.retries + 4):
            if not pending:
                return out
            now = int(time.time())
            try:
                self._client.transact_write_items(
                    TransactItems=[{"Put": self._conditional_put(k, items[k], expires, now)} for k in pending],
                    ClientRequestToken=str(uuid.uuid4()),
                )
            except ClientError as exc:
                if exc.response.get("Error", {}).get("Code") != "TransactionCanceledException":
                    raise
                reasons = exc.response.get("CancellationReasons") or []
                if len(reasons) != len(pending):
                    raise
                codes = [r.get("Code") or "None" for r in reasons]
                if any(c not in _RETRYABLE_REASONS and c != "ConditionalCheckFailed" for c in codes):
                    raise
                out.update({k: False for k, c in zip(pending, codes, strict=True) if c == "ConditionalCheckFailed"})
                only_conditions = all(c in ("None", "ConditionalCheckFailed") for c in codes)
                pending = [k for k, c in zip(pending, codes, strict=True) if c != "ConditionalCheckFailed"]
                if not only_conditions:
                    self._backoff(attempt)  # a conflict or throttling: wait before the next try
                continue
            out.update(dict.fromkeys(pending, True))
            return out
        if not pending:
            return out
        raise MaskVaultError(f"DynamoDB vault write failed: transactions kept conflicting ({self._where()})")

    def _put_parallel(self, items: Mapping[str, bytes], expires: int | None) -> dict[str, bool]:
        now = int(time.time())

        def put(key: str) -> bool:
            try:
                self._client.put_item(**self._conditional_put(key, items[key], expires, now))
            except ClientError as exc:
                if exc.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
                    return False
                raise
            return True

        return self._fan_out(put, list(items))

    def _fan_out(self, fn: Callable[[str], bool], keys: list[str]) -> dict[str, bool]:
        if len(keys) == 1:
            return {keys[0]: fn(keys[0])}
        futures = {k: self._executor().submit(fn, k) for k in keys}
        return {k: f.result() for k, f in futures.items()}

    # -- deletes ----------------------------------------------------------------------

    def delete_many(self, keys: Sequence[str]) -> int:
        unique = list(dict.fromkeys(keys))
        if not unique:
            return 0

        def delete(key: str) -> bool:
            answer = self._client.delete_item(TableName=self.settings.table, Key=self._pk(key), ReturnValues="ALL_OLD")
            return bool(answer.get("Attributes"))

        with self._errors("delete"):
            return sum(self._fan_out(delete, unique).values())

    def delete_prefix(self, prefix: str) -> int:
        """Scan the table for the prefix and delete in batches: cost grows with the table size."""
        removed = 0
        with self._errors("delete by prefix"):
            paginator = self._client.get_paginator("scan")
            pages = paginator.paginate(
                TableName=self.settings.table,
                ProjectionExpression="#k",
                FilterExpression="begins_with(#k, :p)",
                ExpressionAttributeNames={"#k": "k"},
                ExpressionAttributeValues={":p": {"S": self.settings.prefix + prefix}},
                ConsistentRead=True,
            )
            doomed = [item["k"] for page in pages for item in page.get("Items", [])]
            for i in range(0, len(doomed), _DELETE_BATCH):
                self._batch_delete([{"DeleteRequest": {"Key": {"k": k}}} for k in doomed[i : i + _DELETE_BATCH]])
                removed += len(doomed[i : i + _DELETE_BATCH])
        return removed

    def _batch_delete(self, requests: list[dict[str, Any]]) -> None:
        pending = {self.settings.table: requests}
        for attempt in range(self.settings.retries + 4):
            answer = self._client.batch_write_item(RequestItems=pending)
            pending = answer.get("UnprocessedItems") or {}
            if not pending:
                return
            self._backoff(attempt)
        raise MaskVaultError(f"DynamoDB vault delete failed: items stayed unprocessed (throttled) ({self._where()})")

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with self._pool_lock:
            if self._pool is not None:
                self._pool.shutdown(wait=True)
                self._pool = None
        self._client.close()

    def __repr__(self) -> str:
        return f"<DynamoDBVault table={self.settings.table!r} mode={self.settings.write_mode!r}>"
