"""A small CRM as a real ``FastMCP`` server: customer records, an authorized and an
unauthorized tool, and tools that misbehave (crash, malformed output) for the proxy tests.

Run ``python crm_server.py`` (stdio) or ``python crm_server.py http PORT`` (streamable HTTP
on 127.0.0.1). Each tool appends the arguments it received, as a JSON line, to the file
named by ``CRM_RECEIVED`` (when set), so a test can see what the server got.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import anyio
from mcp.server.fastmcp import Context, FastMCP

ALICE_EMAIL = "alice.smith@example.com"
ALICE_PHONE = "+1 415-555-2671"
ALICE_CARD = "4539 1488 0343 6467"
BOB_EMAIL = "bob.jones@example.org"
PLAINTEXT = (ALICE_EMAIL, ALICE_PHONE, ALICE_CARD, BOB_EMAIL, "4539148803436467", "415-555-2671")

CUSTOMERS: dict[str, dict[str, Any]] = {
    "c-1": {"id": "c-1", "name": "Alice Smith", "email": ALICE_EMAIL, "phone": ALICE_PHONE, "card": ALICE_CARD},
    "c-2": {"id": "c-2", "name": "Bob Jones", "email": BOB_EMAIL, "phone": "+1 650-555-0199", "card": None},
}


def _record(tool: str, **arguments: Any) -> None:
    path = os.environ.get("CRM_RECEIVED")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"tool": tool, "arguments": arguments}) + "\n")


def build(host: str = "127.0.0.1", port: int = 8000) -> FastMCP:
    mcp = FastMCP("crm", host=host, port=port, log_level="WARNING")

    @mcp.tool()
    def lookup_customer(customer_id: str) -> dict[str, Any]:
        """A customer's record (JSON text and structured content)."""
        _record("lookup_customer", customer_id=customer_id)
        return dict(CUSTOMERS[customer_id])

    @mcp.tool()
    def customer_note(customer_id: str) -> str:
        """A free-text note about a customer."""
        _record("customer_note", customer_id=customer_id)
        c = CUSTOMERS[customer_id]
        return f"{c['name']} asked to be called at {c['phone']} or mailed at {c['email']}."

    @mcp.tool()
    def send_email(to: str, body: str) -> str:
        """Send an e-mail (the policy lets it see e-mail addresses)."""
        _record("send_email", to=to, body=body)
        return "queued"

    @mcp.tool()
    def post_to_chat(channel: str, text: str) -> str:
        """Post to a chat channel (the policy reveals nothing to it)."""
        _record("post_to_chat", channel=channel, text=text)
        return "posted"

    @mcp.tool()
    def find_by_email(email: str) -> str:
        """Fails with the e-mail address in its error message."""
        _record("find_by_email", email=email)
        raise ValueError(f"no customer with e-mail {ALICE_EMAIL} or {email}")

    @mcp.tool()
    async def slow_lookup(customer_id: str, delay: float, ctx: Context) -> str:
        """A record after ``delay`` seconds, with progress and log notifications."""
        _record("slow_lookup", customer_id=customer_id, delay=delay)
        c = CUSTOMERS[customer_id]
        await ctx.info(f"looking up {c['email']}")
        await ctx.report_progress(0.5, 1.0, f"found {c['email']}")
        try:
            await anyio.sleep(delay)
        except anyio.get_cancelled_exc_class():
            _record("slow_lookup_cancelled", customer_id=customer_id)
            raise
        return json.dumps({"id": customer_id, "email": c["email"]})

    @mcp.tool()
    def crash() -> str:
        """The server process dies mid-call."""
        _record("crash")
        os._exit(3)

    @mcp.tool()
    async def garbage(ctx: Context) -> str:
        """Writes a line that is not JSON-RPC (holding an e-mail address) instead of answering."""
        _record("garbage")
        os.write(1, f"not json-rpc: {ALICE_EMAIL}\n".encode())
        await anyio.sleep(60)
        return "late"

    @mcp.tool()
    async def malformed_result(ctx: Context) -> str:
        """Answers with a result that is not a CallToolResult (its text holds an e-mail address)."""
        _record("malformed_result")
        line = {"jsonrpc": "2.0", "id": ctx.request_id, "result": {"content": f"{ALICE_EMAIL}"}}
        os.write(1, (json.dumps(line) + "\n").encode())
        await anyio.sleep(60)
        return "late"

    @mcp.resource("crm://customers/{customer_id}", mime_type="application/json")
    def customer_resource(customer_id: str) -> str:
        if customer_id not in CUSTOMERS:
            raise ValueError(f"no record for {ALICE_EMAIL}")
        return json.dumps(CUSTOMERS[customer_id])

    @mcp.resource("crm://notes/today", mime_type="text/plain")
    def notes_today() -> str:
        return f"Call back {ALICE_PHONE}; send the contract to {BOB_EMAIL}."

    @mcp.prompt()
    def follow_up(customer_id: str) -> str:
        c = CUSTOMERS[customer_id]
        return f"Write a follow-up e-mail to {c['name']} <{c['email']}>."

    return mcp


if __name__ == "__main__":
    if sys.argv[1:2] == ["http"]:
        build(port=int(sys.argv[2])).run("streamable-http")
    else:
        build().run("stdio")
