"""An offline walk through one agent turn with Mask in the middle.

A scripted "model" asks a CRM tool for a customer, then asks to e-mail them and to
post a note to a public channel. Mask protects the tool output before the model sees
it, reveals the e-mail address only for the authorized `send_email` tool, keeps the
public post tokenized, and reveals the final answer for the end user. Events travel on
the Mask's bus exactly as an adapter would send them.

    python examples/demo.py                   # in a temporary data folder, removed at the end
    python examples/demo.py --data-dir DIR    # keep its vault, audit trail and key in DIR

The demo never reads or writes your Mask state: it runs in a data folder of its own and
ignores the MASK_* environment variables (except MASK_DISABLE_PLUGINS), so an earlier
``mask protect`` under another key, or a vault server named in MASK_VAULT_URL, cannot
change its outcome. At the end it verifies the audit trail its own run wrote.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.panel import Panel

from mask.core import Mask
from mask.core.config import load_config
from mask.core.events import ModelResponse, StreamChunk, ToolCall, ToolResult
from mask.core.keys import KeyRing, generate_key

HERE = Path(__file__).parent


def crm_lookup(customer_id: int) -> dict[str, object]:
    """A tool that returns real customer data."""
    return {
        "id": customer_id,
        "name": "Robert Paulson",
        "email": "bob.paulson@example.org",
        "phone": "+1 415 555 0132",
        "ssn": "123-45-6789",
        "card": "4111 1111 1111 1111",
        "note": "VIP since 2019, prefers e-mail",
    }


def send_email(to: str, body: str) -> str:
    return f"queued mail to {to}"


def post_public_note(text: str) -> str:
    return f"posted: {text}"


def demo_mask(data_dir: Path, *, keep: bool) -> Mask:
    """The demo's Mask: demo.toml, its data folder, and none of the caller's MASK_* settings.

    A kept folder gets a key file (so a later run can read its records); a temporary one a
    key that lives only in memory.
    """
    environ = {k: v for k, v in os.environ.items() if not k.startswith("MASK_") or k == "MASK_DISABLE_PLUGINS"}
    config = load_config(HERE / "demo.toml", overrides={"mask": {"data_dir": str(data_dir)}}, environ=environ)
    return Mask(config) if keep else Mask(config, keys=KeyRing.from_strings(generate_key()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Mask's offline agent demo.")
    parser.add_argument("--data-dir", type=Path, help="keep the demo's vault, audit trail and key here")
    args = parser.parse_args(argv)
    if args.data_dir is not None:
        args.data_dir.mkdir(parents=True, exist_ok=True)
        return run(args.data_dir, keep=True)
    with tempfile.TemporaryDirectory(prefix="mask-demo-") as tmp:
        return run(Path(tmp), keep=False)


def run(data_dir: Path, *, keep: bool) -> int:
    console = Console()
    mask = demo_mask(data_dir, keep=keep)
    console.rule("[bold]Mask demo: one agent turn")
    console.print(f"data folder: {data_dir}" + ("" if keep else " (temporary; --data-dir DIR keeps one)"))

    real = crm_lookup(42)
    console.print(Panel(json.dumps(real, indent=2), title="1. crm_lookup returns real data"))

    seen_by_model = mask.dispatch(ToolResult(tool="crm_lookup", payload=real)).payload
    console.print(Panel(json.dumps(seen_by_model, indent=2), title="2. what the model sees (post-tool hook)"))

    # The model copies the token it saw into its tool calls.
    email_token = seen_by_model["email"]
    args = {"to": email_token, "body": f"Hello {seen_by_model['name']}"}
    revealed_args = mask.dispatch(ToolCall(tool="send_email", payload=args)).payload
    console.print(Panel(f"model args:  {args}\ntool gets:   {revealed_args}", title="3. send_email is authorized"))
    send_email(**revealed_args)

    public = {"text": f"Customer {email_token} called, card {seen_by_model['card']}"}
    public_args = mask.dispatch(ToolCall(tool="post_public_note", payload=public)).payload
    console.print(Panel(f"tool gets:   {public_args}", title="4. post_public_note is not: tokens stay"))
    post_public_note(**public_args)

    answer = f"Done: I e-mailed {email_token} and noted card {seen_by_model['card']}."
    final = mask.dispatch(ModelResponse(payload=answer)).payload
    console.print(Panel(f"model says:  {answer}\nuser reads:  {final}", title="5. the answer is revealed for the user"))

    streamed = "".join(
        mask.dispatch(StreamChunk(stream_id="demo", payload=answer[i : i + 7], final=i + 7 >= len(answer))).payload
        for i in range(0, len(answer), 7)
    )
    console.print(Panel(streamed, title="6. the same answer streamed in 7-character chunks"))

    visible = json.dumps(seen_by_model)
    hidden = [real[k] for k in ("email", "phone", "ssn", "card")]
    if importlib.util.find_spec("mask.plugins.spacy") is not None:  # with NER, names are hidden too
        hidden.append(real["name"])
    leaked = [value for value in hidden if str(value) in visible]
    if leaked:
        console.print(f"[red]{len(leaked)} planted value(s) reached the model")
    ok = not leaked and final == streamed and real["email"] in final and real["card"] in final
    for sink in mask.sinks:
        result = sink.verify()
        console.print(f"audit sink {sink.name}: {result.count} records, chain {'ok' if result.ok else 'BROKEN'}")
        ok &= result.ok
    mask.close()
    console.rule("[green]ok" if ok else "[red]FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
