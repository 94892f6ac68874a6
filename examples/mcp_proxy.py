"""Mask in front of an MCP server, offline: ``mask mcp-proxy -- python mcp_proxy.py serve``.

    pip install mask-mcp
    python examples/mcp_proxy.py

This script is both ends. ``serve`` runs a small FastMCP server: a CRM that returns
customer records, ``send_email`` (the policy lets it see e-mail addresses) and
``post_to_chat`` (it sees nothing in plaintext). Without arguments it does what an MCP
client does with this config:

    {"mcpServers": {"crm": {"command": "mask",
                            "args": ["mcp-proxy", "--config", "mask.toml", "--", "python", "mcp_proxy.py", "serve"]}}}

then prints what the client (and so its model) sees, and what each tool received. It runs
in a temporary data folder and needs no network.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

POLICY = """\
[vault]
backend = "memory"
[audit]
sinks = []
[tools.send_email]
reveal = ["EMAIL_ADDRESS"]   # nobody else sees e-mail addresses in plaintext
"""

CUSTOMERS = {
    "c-1": {"id": "c-1", "name": "Robert Paulson", "email": "bob.paulson@example.org", "phone": "+1 415-555-2671"},
}


def serve() -> None:
    """The MCP server (it knows nothing about Mask)."""
    from mcp.server.fastmcp import FastMCP

    received = Path(os.environ["DEMO_RECEIVED"])
    crm = FastMCP("crm", log_level="WARNING")

    def record(tool: str, **arguments: Any) -> None:
        with received.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps({"tool": tool, "arguments": arguments}) + "\n")

    @crm.tool()
    def lookup_customer(customer_id: str) -> dict[str, Any]:
        """A customer's record."""
        record("lookup_customer", customer_id=customer_id)
        return CUSTOMERS[customer_id]

    @crm.tool()
    def send_email(to: str, body: str) -> str:
        """Send an e-mail."""
        record("send_email", to=to, body=body)
        return f"queued for {to}"

    @crm.tool()
    def post_to_chat(channel: str, text: str) -> str:
        """Post to a team chat channel."""
        record("post_to_chat", channel=channel, text=text)
        return "posted"

    crm.run("stdio")


async def client(folder: Path) -> None:
    """What an MCP client does: start the configured command and talk MCP on its stdio."""
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client

    config = folder / "mask.toml"
    config.write_text(POLICY, encoding="utf-8")
    env = {**os.environ, "MASK_DATA_DIR": str(folder / "data"), "DEMO_RECEIVED": str(folder / "received.jsonl")}
    proxy = StdioServerParameters(
        command=sys.executable,
        args=["-m", "mask.core.cli", "mcp-proxy", "--config", str(config), "--", sys.executable, __file__, "serve"],
        env=env,
    )
    async with stdio_client(proxy) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        tools = [t.name for t in (await session.list_tools()).tools]
        print(f"tools (passed through unchanged): {', '.join(tools)}")

        record = await session.call_tool("lookup_customer", {"customer_id": "c-1"})
        print(f"what the model sees  lookup_customer -> {record.content[0].text}")
        token = record.structuredContent["email"]

        sent = await session.call_tool("send_email", {"to": token, "body": "Your order has shipped."})
        print(f"what the model sees  send_email -> {sent.content[0].text}")
        posted = await session.call_tool("post_to_chat", {"channel": "#sales", "text": f"Mailed {token}"})
        print(f"what the model sees  post_to_chat -> {posted.content[0].text}")

    print("what each tool received:")
    for line in (folder / "received.jsonl").read_text(encoding="utf-8").splitlines():
        call = json.loads(line)
        print(f"  {call['tool']} received {json.dumps(call['arguments'])}")


def main() -> None:
    import anyio

    with tempfile.TemporaryDirectory(prefix="mask-mcp-demo-") as folder:
        anyio.run(client, Path(folder))


if __name__ == "__main__":
    if sys.argv[1:] == ["serve"]:
        serve()
    else:
        main()
