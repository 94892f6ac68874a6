"""Two tenants in one process never cross: separate Masks, and scopes on one Mask."""

from __future__ import annotations

import asyncio
from typing import Any

from adk_harness import ALICE, function_response, make_harness, policy_mask, texts
from google.adk.models import LlmRequest
from google.genai import types

from mask.core import Mask

GLOBEX_EMAIL = "gina.globex@example.org"


def _leak_attempt(seen: dict[str, Any], foreign_token: str | None) -> list[Any]:
    """lookup, then send_email to our own token (or a token of the other tenant), then answer."""

    def lookup(_request: LlmRequest) -> types.FunctionCall:
        return types.FunctionCall(name="lookup_customer", args={"customer_id": "c-1"})

    def send(request: LlmRequest) -> types.FunctionCall:
        seen["token"] = function_response(request, "lookup_customer")["email"]
        target = foreign_token or seen["token"]
        return types.FunctionCall(name="send_email", args={"to": target, "subject": "s", "body": "b"})

    def answer(_request: LlmRequest) -> str:
        return f"sent to {foreign_token or seen['token']}"

    return [lookup, send, answer]


async def test_two_masks_in_one_process_do_not_cross() -> None:
    acme_mask, globex_mask = policy_mask(), policy_mask()
    acme_seen: dict[str, Any] = {}
    acme = make_harness(acme_mask, _leak_attempt(acme_seen, None))
    await acme.run("email c-1")
    acme_token = acme_seen["token"]

    globex_seen: dict[str, Any] = {}
    globex = make_harness(
        globex_mask,
        _leak_attempt(globex_seen, acme_token),
        customers={"c-1": {"email": GLOBEX_EMAIL}},
    )
    events, _ = await globex.run("email c-1")

    # acme's tool got acme's value; globex's tool got acme's token, unrevealed
    assert acme.tools.calls["send_email"][0]["to"] == ALICE
    assert globex.tools.calls["send_email"][0]["to"] == acme_token
    assert texts(events)[-1] == f"sent to {acme_token}"
    assert all(ALICE not in dump and GLOBEX_EMAIL not in dump for dump in globex.model.request_dumps())
    # the token still reveals where it was minted
    assert acme_mask.reveal(f"sent to {acme_token}") == f"sent to {ALICE}"


async def test_two_masks_running_concurrently_each_reveal_their_own() -> None:
    masks = [policy_mask(), policy_mask()]
    emails = [ALICE, GLOBEX_EMAIL]
    seen: list[dict[str, Any]] = [{}, {}]
    harnesses = [
        make_harness(m, _leak_attempt(s, None), customers={"c-1": {"email": e}})
        for m, s, e in zip(masks, seen, emails, strict=True)
    ]

    results = await asyncio.gather(*(h.run("email c-1", stream=True) for h in harnesses))

    for h, (events, _), email, other in zip(harnesses, results, emails, reversed(emails), strict=True):
        assert h.tools.calls["send_email"][0]["to"] == email
        assert "".join(texts(events, partial=True)) == f"sent to {email}"
        assert all(email not in dump and other not in dump for dump in h.model.request_dumps())


async def test_scope_per_user_on_one_mask(adk_mask: Mask) -> None:
    seen: dict[str, Any] = {}
    steps = [*_leak_attempt(seen, None)]
    h = make_harness(adk_mask, steps, scope=lambda ctx: f"tenant-{ctx.user_id}")
    await h.run("email c-1", user_id="acme")
    acme_token = seen["token"]

    h.model.steps.extend(_leak_attempt({}, acme_token))
    events, _ = await h.run("email c-1", user_id="globex")

    # the same Mask, another scope: acme's token does not reveal for globex's tool or user
    assert h.tools.calls["send_email"][0]["to"] == ALICE
    assert h.tools.calls["send_email"][1]["to"] == acme_token
    assert texts(events)[-1] == f"sent to {acme_token}"
    assert adk_mask.reveal(acme_token, scope="tenant-acme") == ALICE
    assert adk_mask.reveal(acme_token, scope="tenant-globex") == acme_token


async def test_fixed_scope_is_used_for_tokens(adk_mask: Mask) -> None:
    seen: dict[str, Any] = {}
    h = make_harness(adk_mask, _leak_attempt(seen, None), scope="shop-eu")

    events, _ = await h.run("email c-1")

    assert texts(events)[-1] == f"sent to {ALICE}"
    assert adk_mask.reveal(seen["token"], scope="shop-eu") == ALICE
    assert adk_mask.reveal(seen["token"]) == seen["token"]
