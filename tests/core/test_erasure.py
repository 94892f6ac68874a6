from __future__ import annotations

import pytest

from mask.core import Mask, MaskConfigError
from mask.core.builtin.memory_vault import MemoryVault


class NoListingVault(MemoryVault):
    """Like Memcached: cannot enumerate keys."""

    name = "no-listing"

    def delete_prefix(self, prefix: str) -> int:
        raise NotImplementedError("cannot list")


def test_forget_scope_on_a_vault_that_cannot_list_is_a_typed_error() -> None:
    with Mask({"audit": {"sinks": []}}, vault=NoListingVault()) as mask:
        token = mask.protect("bob@corp.com", scope="t1")
        with pytest.raises(MaskConfigError, match="cannot erase by scope"):
            mask.forget_scope("t1")
        assert mask.forget_value("bob@corp.com", scope="t1") == 1
        assert mask.reveal(token, scope="t1") == token


def test_forget_scope_erases_only_that_scope(mask: Mask) -> None:
    a = mask.protect("bob@corp.com", scope="a")
    b = mask.protect("bob@corp.com", scope="b")
    assert mask.forget_scope("a") >= 1
    assert mask.reveal(a, scope="a") == a
    assert mask.reveal(b, scope="b") == "bob@corp.com"
