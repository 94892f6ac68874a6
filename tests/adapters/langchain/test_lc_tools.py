"""protect_tool: real langchain-core tools, invoked the ways LangChain invokes them."""

from __future__ import annotations

import json
from typing import Any

import pytest
from langchain_core.messages import ToolMessage
from langchain_core.tools import BaseTool, StructuredTool, ToolException, tool
from lc_scripted import ALICE, BOB, call
from pydantic import BaseModel, Field

from mask.adapters.langchain import MaskedTool, protect_tool
from mask.core import Mask, MaskInputError


class Customer(BaseModel):
    name: str
    email: str


def _lookup() -> BaseTool:
    @tool
    def lookup_customer(customer_id: str) -> dict:
        """Look a customer up by id."""
        return {"id": customer_id, "email": ALICE, "vip": True, "orders": 3}

    return lookup_customer


def test_keeps_name_description_and_schema(policy_mask: Mask) -> None:
    inner = _lookup()
    wrapped = protect_tool(inner, policy_mask)
    assert isinstance(wrapped, MaskedTool)
    assert wrapped.name == inner.name
    assert wrapped.description == inner.description
    assert wrapped.args == inner.args
    assert wrapped.tool_call_schema.model_json_schema() == inner.tool_call_schema.model_json_schema()
    assert ALICE not in repr(wrapped)


def test_dict_output_is_protected_and_stays_a_dict(policy_mask: Mask) -> None:
    out = protect_tool(_lookup(), policy_mask).invoke({"customer_id": "42"})
    assert isinstance(out, dict)
    assert set(out) == {"id", "email", "vip", "orders"}
    assert out["vip"] is True and out["orders"] == 3 and out["id"] == "42"
    assert out["email"] != ALICE
    assert policy_mask.reveal(out["email"]) == ALICE


def test_tool_call_invoke_returns_protected_tool_message(policy_mask: Mask) -> None:
    msg = protect_tool(_lookup(), policy_mask).invoke(call("lookup_customer", {"customer_id": "7"}, "c1"))
    assert isinstance(msg, ToolMessage)
    assert msg.tool_call_id == "c1" and msg.name == "lookup_customer"
    assert ALICE not in msg.text
    data = json.loads(msg.text)  # still valid JSON
    assert policy_mask.reveal(data["email"]) == ALICE


def test_artifact_is_protected(policy_mask: Mask) -> None:
    @tool(response_format="content_and_artifact")
    def fetch_record(record_id: str) -> tuple[str, dict]:
        """Fetch a record with its raw row."""
        return f"record {record_id} belongs to {ALICE}", {"row": {"email": ALICE, "id": record_id}}

    msg = protect_tool(fetch_record, policy_mask).invoke(call("fetch_record", {"record_id": "9"}, "c2"))
    assert isinstance(msg, ToolMessage)
    assert ALICE not in msg.text
    assert ALICE not in json.dumps(msg.artifact)
    assert msg.artifact["row"]["id"] == "9"
    assert policy_mask.reveal(msg.artifact["row"]["email"]) == ALICE


def test_authorized_tool_gets_values_unauthorized_gets_tokens(policy_mask: Mask) -> None:
    token = policy_mask.protect(ALICE)
    received: dict[str, Any] = {}

    def send_email(to: str, body: str) -> str:
        """Send an email."""
        received["send_email"] = (to, body)
        return "sent"

    def log_note(text: str) -> str:
        """Write a note to the CRM log."""
        received["log_note"] = text
        return "logged"

    protect_tool(StructuredTool.from_function(send_email), policy_mask).invoke({"to": token, "body": f"hi {token}"})
    protect_tool(StructuredTool.from_function(log_note), policy_mask).invoke({"text": f"wrote to {token}"})
    assert received["send_email"] == (ALICE, f"hi {ALICE}")
    assert received["log_note"] == f"wrote to {token}"


def test_pydantic_output_keeps_its_type(policy_mask: Mask) -> None:
    @tool
    def get_customer(customer_id: str) -> Customer:
        """Get a customer."""
        return Customer(name="Alice", email=ALICE)

    out = protect_tool(get_customer, policy_mask).invoke({"customer_id": "1"})
    assert isinstance(out, Customer)
    assert out.email != ALICE and policy_mask.reveal(out.email) == ALICE


def test_plain_function_and_string_input(policy_mask: Mask) -> None:
    def whois(query: str) -> str:
        """Who is this?"""
        return f"{query} is {BOB}"

    wrapped = protect_tool(whois, policy_mask)
    out = wrapped.invoke("the owner")
    assert out.startswith("the owner is ") and BOB not in out


def test_subclassed_base_tool_with_run_manager(policy_mask: Mask) -> None:
    class Directory(BaseTool):
        name: str = "directory"
        description: str = "Find a person's email."
        seen: list[str] = Field(default_factory=list)

        def _run(self, person: str, run_manager: Any = None) -> str:
            self.seen.append(person)
            assert run_manager is not None  # LangChain's run manager reaches the wrapped tool
            return f"{person}: {BOB}"

    inner = Directory()
    out = protect_tool(inner, policy_mask).invoke({"person": "row 7"})
    assert inner.seen == ["row 7"]
    assert out.startswith("row 7: ") and BOB not in out


async def test_async_tool(policy_mask: Mask) -> None:
    token = policy_mask.protect(ALICE)
    got: list[str] = []

    async def send_email(to: str) -> str:
        """Send an email (async)."""
        got.append(to)
        return f"delivered to {to}"

    wrapped = protect_tool(StructuredTool.from_function(coroutine=send_email), policy_mask)
    msg = await wrapped.ainvoke(call("send_email", {"to": token}, "c3"))
    assert got == [ALICE]
    assert isinstance(msg, ToolMessage) and ALICE not in msg.text
    assert policy_mask.reveal(msg.text) == f"delivered to {ALICE}"


def test_tool_error_message_is_protected_before_the_model_can_see_it(policy_mask: Mask) -> None:
    @tool
    def flaky(customer_id: str) -> str:
        """Fails, naming the customer."""
        raise ToolException(f"mailbox {ALICE} is full")

    flaky.handle_tool_error = True
    msg = protect_tool(flaky, policy_mask).invoke(call("flaky", {"customer_id": "1"}, "c4"))
    assert isinstance(msg, ToolMessage) and msg.status == "error"
    assert ALICE not in msg.text and "is full" in msg.text


def test_raised_error_propagates_with_its_type_and_without_plaintext(policy_mask: Mask) -> None:
    @tool
    def broken(customer_id: str) -> str:
        """Always raises."""
        raise LookupError(f"no account for {ALICE}")

    with pytest.raises(LookupError) as info:
        protect_tool(broken, policy_mask).invoke({"customer_id": "1"})
    assert ALICE not in str(info.value)


def test_engine_failure_propagates_typed_and_drops_the_output() -> None:
    small = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "mask": {"max_input_chars": 64}})

    @tool
    def dump(table: str) -> str:
        """Dump a table."""
        return (ALICE + " ") * 20

    with pytest.raises(MaskInputError) as info:
        protect_tool(dump, small).invoke({"table": "users"})
    assert ALICE not in str(info.value)
    small.close()


def test_wrapping_twice_is_refused(policy_mask: Mask) -> None:
    wrapped = protect_tool(_lookup(), policy_mask)
    with pytest.raises(TypeError):
        protect_tool(wrapped, policy_mask)


def test_scope_isolates_tenants(policy_mask: Mask) -> None:
    out_a = protect_tool(_lookup(), policy_mask, scope="tenant-a").invoke({"customer_id": "1"})
    token = out_a["email"]
    assert policy_mask.reveal(token, scope="tenant-a") == ALICE
    assert policy_mask.reveal(token, scope="tenant-b") == token


def test_artifact_keeps_its_pydantic_type(policy_mask: Mask) -> None:
    @tool(response_format="content_and_artifact")
    def fetch_contact(contact_id: str) -> tuple[str, Customer]:
        """Fetch a contact with its typed record."""
        return json.dumps({"email": ALICE}), Customer(name="A", email=ALICE)

    msg = protect_tool(fetch_contact, policy_mask).invoke(call("fetch_contact", {"contact_id": "5"}, "c9"))
    assert isinstance(msg.artifact, Customer) and msg.artifact.email != ALICE
    assert policy_mask.reveal(msg.artifact.email) == ALICE
    assert policy_mask.reveal(json.loads(msg.text)["email"]) == ALICE


async def test_sync_tool_called_asynchronously(policy_mask: Mask) -> None:
    token = policy_mask.protect(ALICE)
    got: list[str] = []

    @tool
    def send_email(to: str) -> dict:
        """Send an email (sync only)."""
        got.append(to)
        return {"sent_to": to}

    out = await protect_tool(send_email, policy_mask).ainvoke({"to": token})
    assert got == [ALICE]
    assert out["sent_to"] != ALICE and policy_mask.reveal(out["sent_to"]) == ALICE


def test_error_message_that_cannot_be_protected_is_redacted() -> None:
    small = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "mask": {"max_input_chars": 40}})

    @tool
    def broken(customer_id: str) -> str:
        """Raises with a long message."""
        raise LookupError(f"no account for {ALICE}; tried {ALICE} twice")

    with pytest.raises(MaskInputError) as info:
        protect_tool(broken, small).invoke({"customer_id": "1"})
    original = info.value.__context__
    assert isinstance(original, LookupError) and ALICE not in str(original)
    small.close()


def test_argument_values_go_out_alone_and_names_are_never_revealed(policy_mask: Mask) -> None:
    """The reveal gets the values as a list (names are not searched); a token the tool may
    see, written by the model as an argument name, stays that token (no plaintext name
    reaches the tool), while the values are revealed."""
    from mask.adapters.langchain import reveal_tool_args
    from mask.core.events import ToolCall

    token = policy_mask.protect(ALICE)
    other = policy_mask.protect(BOB)
    sent: list[Any] = []
    original = policy_mask.bus._handlers[ToolCall]
    policy_mask.bus._handlers[ToolCall] = lambda bus, event: (sent.append(event.payload), original(bus, event))
    args = {"to": token, "cc": [token, {"note": f"for {token}"}]}
    assert reveal_tool_args(policy_mask, "send_email", args) == {"to": ALICE, "cc": [ALICE, {"note": f"for {ALICE}"}]}
    assert sent[-1] == [token, [token, {"note": f"for {token}"}]]
    assert reveal_tool_args(policy_mask, "send_email", {token: other, "to": token}) == {token: BOB, "to": ALICE}
