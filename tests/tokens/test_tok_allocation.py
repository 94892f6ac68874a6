"""Allocation: deterministic per (value, type, key id, scope), unique even in small reserved spaces."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence

import pytest

from mask.core import MaskTokenError, TokenScheme
from mask.core.builtin.memory_vault import MemoryVault
from mask.core.keys import KeyRing
from mask.core.tokens import FormatScheme, OpaqueScheme, TokenService

from .conftest import KEY_A, KEY_B, CountingVault


def service(vault: MemoryVault | None = None, keys: KeyRing | None = None, **extra: TokenScheme) -> TokenService:
    schemes: dict[str, TokenScheme] = {"format": FormatScheme(), "opaque": OpaqueScheme(), **extra}
    return TokenService(schemes, vault if vault is not None else MemoryVault(), keys or KeyRing.from_strings(KEY_A))


class TinyScheme(TokenScheme):
    """Sixteen possible tokens: collisions are certain, uniqueness must come from probing."""

    name = "tiny"

    def mint(self, value: str, entity_type: str, seed: bytes, attempt: int) -> str:
        return f"<T{(seed[0] + attempt) % 16:02d}>"

    def patterns(self) -> Sequence[str]:
        return [r"<T\d\d>"]


@pytest.mark.slow
def test_one_million_ssn_tokens_never_collide() -> None:
    """Actually allocate 1,000,000 SSN tokens (half the 000/666 space) through the vault."""
    svc = service()
    seen: set[str] = set()
    batch = 50_000
    for start in range(0, 1_000_000, batch):
        values = [
            f"{100 + n // 10**6 % 9:03d}-{n // 10_000 % 100:02d}-{n % 10_000:04d}" for n in range(start, start + batch)
        ]
        tokens = svc.tokenize([(v, "US_SSN", "format") for v in values], "bulk")
        for token in tokens:
            assert token[:3] in ("000", "666")
        seen.update(tokens)
        assert len(seen) == start + batch, "two values share a token"
    assert len(svc.vault) == 1_000_000  # type: ignore[arg-type]


def test_same_value_same_token_in_every_process_and_node() -> None:
    items = [("123-45-6789", "US_SSN", "format"), ("bob@corp.com", "EMAIL_ADDRESS", "format"), ("x", "URL", "opaque")]
    first = service().tokenize(items, "t1")
    second = service().tokenize(items, "t1")  # another vault, same key: a fresh node
    assert first == second
    assert service().tokenize(items, "t2") != first  # another scope
    assert service(keys=KeyRing.from_strings(KEY_B)).tokenize(items, "t1") != first  # another key id


def test_probing_keeps_tokens_unique_until_the_space_is_exhausted() -> None:
    svc = service(tiny=TinyScheme())
    tokens = svc.tokenize([(f"v{i}", "X", "tiny") for i in range(16)], "s")
    assert len(set(tokens)) == 16
    assert svc.tokenize([(f"v{i}", "X", "tiny") for i in range(16)], "s") == tokens  # stable
    with pytest.raises(MaskTokenError, match="exhausted"):
        svc.tokenize([("v16", "X", "tiny")], "s")


def test_two_writers_racing_on_one_vault_agree() -> None:
    vault = MemoryVault()
    values = [(f"user{i}@corp.com", "EMAIL_ADDRESS", "tiny") for i in range(16)]
    results: list[list[str]] = []
    barrier = threading.Barrier(4)

    def work() -> None:
        svc = service(vault, tiny=TinyScheme())
        barrier.wait()
        results.append(svc.tokenize(values, "race"))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and all(r == results[0] for r in results)
    assert len(set(results[0])) == 16


def test_a_token_held_under_a_retired_key_is_never_reissued() -> None:
    vault = MemoryVault()
    old = service(vault, KeyRing.from_strings(KEY_A), tiny=TinyScheme())
    old_tokens = old.tokenize([(f"a{i}", "X", "tiny") for i in range(8)], "s")
    rotated = service(vault, KeyRing.from_strings(KEY_B, [KEY_A]), tiny=TinyScheme())
    new_tokens = rotated.tokenize([(f"b{i}", "X", "tiny") for i in range(8)], "s")
    assert not set(old_tokens) & set(new_tokens)
    found = rotated.resolve(rotated.find(" ".join(old_tokens + new_tokens)), "s").found
    assert {found[t].value for t in old_tokens} == {f"a{i}" for i in range(8)}
    assert {found[t].value for t in new_tokens} == {f"b{i}" for i in range(8)}
    with pytest.raises(MaskTokenError):
        rotated.tokenize([("c", "X", "tiny")], "s")  # 16 of 16 taken across both key ids


def test_a_batch_of_forty_costs_one_read_and_one_write() -> None:
    vault = CountingVault()
    svc = TokenService({"format": FormatScheme()}, vault, KeyRing.from_strings(KEY_A))
    items = [(f"{100 + i}-45-6789", "US_SSN", "format") for i in range(40)]
    tokens = svc.tokenize(items, "s")
    assert vault.calls == {"get_many": 1, "put_many_if_absent": 1}
    vault.calls.clear()
    assert svc.tokenize(items, "s") == tokens
    assert vault.calls == {"get_many": 1}


def test_vault_dump_holds_neither_values_nor_tokens() -> None:
    vault = MemoryVault()
    svc = service(vault)
    tokens = svc.tokenize([("ann@corp.com", "EMAIL_ADDRESS", "format"), ("123-45-6789", "US_SSN", "format")], "s")
    dump = repr(vault._data)
    for secret in ("ann@corp.com", "ann", "123-45-6789", *tokens, tokens[0].partition("@")[0]):
        assert secret not in dump
    assert all(re.fullmatch(r"mask:[0-9a-f]{16}:[0-9a-f]{40}", key) for key in vault._data)
