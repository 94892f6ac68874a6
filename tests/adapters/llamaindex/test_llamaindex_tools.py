"""protect_tool: real LlamaIndex tools, revealed arguments, protected output of every type."""

from __future__ import annotations

import json
from typing import Any

import pytest
from llama_index.core.agent.workflow import FunctionAgent, ToolCallResult
from llama_index.core.base.llms.types import ImageBlock, TextBlock
from llama_index.core.instrumentation import get_dispatcher
from llama_index.core.instrumentation.span_handlers import SimpleSpanHandler
from llama_index.core.tools import FunctionTool, ToolMetadata, ToolOutput
from llama_index.core.tools.types import BaseTool
from llama_index.core.workflow import Context
from llamaindex_fakes import ScriptedLLM, answer, call_tools
from pydantic import BaseModel, Field

from mask.adapters.llamaindex import (
    MaskedFunctionTool,
    MaskedLLM,
    MaskedTool,
    MaskedToolError,
    protect_tool,
    protect_tools,
)
from mask.core import Mask, MaskInputError, MaskVaultError

EMAIL = "carol.jones@example.com"


class Customer(BaseModel):
    name: str
    email: str
    visits: int


def send_email(to: str, body: str = "") -> str:
    """Send an email to someone."""
    return f"sent to {to}"


async def test_metadata_is_kept(li_mask: Mask) -> None:
    original = FunctionTool.from_defaults(send_email, return_direct=True)
    masked = protect_tool(original, li_mask)
    assert isinstance(masked, MaskedFunctionTool)
    assert isinstance(masked, FunctionTool)
    assert masked.metadata is original.metadata
    assert masked.metadata.name == "send_email"
    assert masked.metadata.description == original.metadata.description
    assert masked.metadata.fn_schema is original.metadata.fn_schema
    assert masked.metadata.return_direct is True
    assert masked.real_fn is send_email
    assert protect_tool(masked, li_mask) is masked  # idempotent for the same Mask and scope


async def test_plain_functions_become_function_tools(li_mask: Mask) -> None:
    tools = protect_tools([send_email], li_mask)
    assert tools[0].metadata.name == "send_email"
    with pytest.raises(TypeError):
        protect_tool(42, li_mask)  # type: ignore[arg-type]


def test_sync_call_reveals_for_the_authorized_tool_only(li_mask: Mask) -> None:
    token = li_mask.protect(EMAIL)
    seen: dict[str, Any] = {}

    def log_note(text: str) -> str:
        """Log a note."""
        seen["note"] = text
        return "ok"

    def send_email(to: str, body: str) -> str:
        """Send an email."""
        seen["to"] = to
        seen["body"] = body
        return f"sent to {to}"

    out = protect_tool(send_email, li_mask).call(to=token, body=f"hello {token}")
    assert seen["to"] == EMAIL
    assert seen["body"] == f"hello {EMAIL}"
    # the output (which echoes the real address) is protected; raw_input keeps the model's tokens
    assert out.content == f"sent to {token}"
    assert out.raw_output == f"sent to {token}"
    assert out.raw_input == {"args": (), "kwargs": {"to": token, "body": f"hello {token}"}}

    protect_tool(log_note, li_mask)(text=token)  # __call__ goes through the same path
    assert seen["note"] == token


async def test_output_types_survive(li_mask: Mask) -> None:
    def as_dict() -> dict[str, Any]:
        """Dict output."""
        return {"email": EMAIL, "visits": 3, "tags": ["vip", EMAIL], "ok": True}

    def as_json() -> str:
        """JSON output."""
        return json.dumps({"email": EMAIL, "visits": 3})

    def as_model() -> Customer:
        """Model output."""
        return Customer(name="Carol", email=EMAIL, visits=3)

    out = await protect_tool(as_dict, li_mask).acall()
    assert isinstance(out.raw_output, dict)
    assert out.raw_output["visits"] == 3 and out.raw_output["ok"] is True
    token = out.raw_output["email"]
    assert token != EMAIL and out.raw_output["tags"] == ["vip", token]
    assert out.content == str(out.raw_output)  # rendered like FunctionTool renders, from the protected value

    out = await protect_tool(as_json, li_mask).acall()
    data = json.loads(out.content)
    assert data == {"email": token, "visits": 3}
    assert json.loads(out.raw_output) == data

    out = await protect_tool(as_model, li_mask).acall()
    assert isinstance(out.raw_output, Customer)
    assert out.raw_output.email == token and out.raw_output.visits == 3
    assert out.content == str(out.raw_output) and EMAIL not in out.content


async def test_unknown_objects_are_protected_as_text(li_mask: Mask) -> None:
    class Opaque:
        def __str__(self) -> str:
            return f"Opaque({EMAIL})"

    out = await protect_tool(lambda: Opaque(), li_mask).acall()
    assert isinstance(out.raw_output, str)
    assert EMAIL not in out.raw_output and EMAIL not in out.content


async def test_context_is_injected_and_never_sent_to_mask(li_mask: Mask) -> None:
    """A tool asking for the workflow Context still gets it inside a real agent run."""
    got: dict[str, Any] = {}

    async def remember(ctx: Context, email: str) -> str:
        """Store an email in the workflow state."""
        await ctx.store.set("last_email", email)
        got["ctx"] = ctx
        got["email"] = email
        return f"remembered {email}"

    # LlamaIndex compares annotation objects; this module's postponed (string) annotations would hide Context.
    remember.__annotations__ = {"ctx": Context, "email": str, "return": str}
    masked = protect_tool(remember, li_mask)
    assert masked.requires_context and masked.ctx_param_name == "ctx"
    token = li_mask.protect(EMAIL)
    llm = ScriptedLLM([call_tools(("remember", lambda ms: {"email": token})), answer(lambda ms: "done")])
    agent = FunctionAgent(tools=[masked], llm=MaskedLLM(llm, li_mask), streaming=False)
    handler = agent.run(user_msg="remember it")
    results = [ev async for ev in handler.stream_events() if isinstance(ev, ToolCallResult)]
    await handler
    assert isinstance(got["ctx"], Context)
    assert got["email"] == token  # `remember` is not authorized: it stores the token
    assert results[0].tool_output.content == f"remembered {token}"
    assert "ctx" not in results[0].tool_output.raw_input["kwargs"]


class EchoTool(BaseTool):
    """A custom (non-function) LlamaIndex tool with a single ``input``."""

    def __init__(self) -> None:
        self.inputs: list[Any] = []

    @property
    def metadata(self) -> ToolMetadata:
        return ToolMetadata(name="send_email", description="echo")

    def __call__(self, input: Any) -> ToolOutput:
        self.inputs.append(input)
        return ToolOutput(tool_name="send_email", content=f"echo {input}", raw_input={"input": input}, raw_output=input)


async def test_custom_base_tool(li_mask: Mask) -> None:
    tool = EchoTool()
    masked = protect_tool(tool, li_mask)
    assert type(masked) is MaskedTool
    token = li_mask.protect(EMAIL)
    out = await masked.acall(input=token)
    assert tool.inputs == [EMAIL]  # policy name is the tool's metadata name
    assert out.content == f"echo {token}" and out.raw_output == token


async def test_non_jsonlike_arguments_pass_unrevealed(li_mask: Mask) -> None:
    token = li_mask.protect(EMAIL)
    seen: list[Any] = []

    class Envelope:
        def __init__(self, to: str) -> None:
            self.to = to

    def send_email(envelope: Any, to: str) -> str:
        """Send."""
        seen.extend([envelope.to, to])
        return "ok"

    masked = protect_tool(FunctionTool.from_defaults(send_email), li_mask)
    await masked.acall(Envelope(token), to=token)
    assert seen == [token, EMAIL]


async def test_tool_exception_message_is_protected(li_mask: Mask) -> None:
    def send_email(to: str) -> str:
        """Fails with the address in the message."""
        raise ValueError(f"mailbox {to} is full")

    masked = protect_tool(send_email, li_mask)
    token = li_mask.protect(EMAIL)
    with pytest.raises(MaskedToolError) as info:
        await masked.acall(to=token)
    assert EMAIL not in str(info.value) and EMAIL not in repr(info.value)
    assert str(info.value).startswith("ValueError: mailbox ")
    assert info.value.__cause__ is None and info.value.__suppress_context__
    assert isinstance(info.value.original, ValueError)
    with pytest.raises(MaskedToolError):
        masked.call(to=token)


async def test_error_tool_outputs_are_protected(li_mask: Mask) -> None:
    class Failing(BaseTool):
        @property
        def metadata(self) -> ToolMetadata:
            return ToolMetadata(name="crm", description="fails softly")

        def __call__(self, input: Any) -> ToolOutput:
            return ToolOutput(
                tool_name="crm", content=f"no record for {EMAIL}", raw_input={}, raw_output=None, is_error=True,
                exception=KeyError(EMAIL),
            )  # fmt: skip

    out = await protect_tool(Failing(), li_mask).acall(input="x")
    assert out.is_error
    assert EMAIL not in out.content
    assert isinstance(out.exception, MaskedToolError) and EMAIL not in str(out.exception)


async def test_media_blocks_follow_the_rule(li_mask: Mask) -> None:
    def chart() -> list[Any]:
        """Returns text and an image."""
        return [TextBlock(text=f"chart for {EMAIL}"), ImageBlock(image=b"\x89PNG...")]

    with pytest.raises(MaskInputError, match="ImageBlock"):
        await protect_tool(chart, li_mask).acall()
    dropped = await protect_tool(chart, li_mask, media="drop").acall()
    assert [type(b).__name__ for b in dropped.blocks] == ["TextBlock"]
    assert EMAIL not in dropped.content
    allowed = await protect_tool(chart, li_mask, media="allow").acall()
    assert [type(b).__name__ for b in allowed.blocks] == ["TextBlock", "ImageBlock"]
    with pytest.raises(MaskInputError):
        protect_tool(chart, li_mask, media="sometimes")  # type: ignore[arg-type]


async def test_vault_failure_propagates_typed_and_nothing_leaks(fragile_mask: Mask, switchable_vault: Any) -> None:
    """(6) Fail closed: the tool's plaintext output never comes back when protection fails."""

    def lookup() -> str:
        """Returns PII."""
        return f"email: {EMAIL}"

    masked = protect_tool(lookup, fragile_mask)
    switchable_vault.down = True
    with pytest.raises(MaskVaultError) as info:
        await masked.acall()
    assert EMAIL not in str(info.value)
    with pytest.raises(MaskVaultError):
        masked.call()


async def test_vault_failure_inside_the_agent_loop(fragile_mask: Mask, switchable_vault: Any) -> None:
    """LlamaIndex turns tool exceptions into error outputs: the model sees only the typed error."""

    def lookup() -> str:
        """Returns PII."""
        switchable_vault.down = True  # the vault dies while the tool runs
        return f"email: {EMAIL}"

    llm = ScriptedLLM([call_tools(("lookup", lambda ms: {})), answer(lambda ms: "sorry")])
    agent = FunctionAgent(
        tools=protect_tools([lookup], fragile_mask), llm=MaskedLLM(llm, fragile_mask), streaming=False
    )
    handler = agent.run(user_msg="look it up")
    results = [ev async for ev in handler.stream_events() if isinstance(ev, ToolCallResult)]
    await handler
    output = results[0].tool_output
    assert output.is_error and isinstance(output.exception, MaskVaultError)
    assert EMAIL not in llm.received_text()
    assert "vault unreachable" in llm.received_text()


def test_reprs_hold_no_plaintext(li_mask: Mask) -> None:
    masked = protect_tool(send_email, li_mask, scope="tenant-a")
    assert repr(masked) == "<MaskedFunctionTool 'send_email' scope='tenant-a'>"
    error = MaskedToolError("ValueError: [token]", tool="send_email", original=ValueError(EMAIL))
    assert EMAIL not in repr(error) and EMAIL not in str(error)


async def test_human_in_the_loop_tools_still_pause_and_resume(li_mask: Mask) -> None:
    """ctx.wait_for_event raises the workflow's pause signal through the tool: it must not be wrapped."""
    from llama_index.core.workflow import HumanResponseEvent, InputRequiredEvent

    async def confirm_send(ctx: Context, to: str) -> str:
        """Ask a human before e-mailing."""
        answer_ev = await ctx.wait_for_event(
            HumanResponseEvent, waiter_id="confirm", waiter_event=InputRequiredEvent(prefix="Send?", user_name="ops")
        )
        return f"{answer_ev.response}: mailed {to} and {EMAIL}"

    confirm_send.__annotations__ = {"ctx": Context, "to": str, "return": str}
    token = li_mask.protect("zoe@example.com")
    llm = ScriptedLLM([call_tools(("confirm_send", lambda ms: {"to": token})), answer(lambda ms: "ok")])
    agent = FunctionAgent(tools=protect_tools([confirm_send], li_mask), llm=MaskedLLM(llm, li_mask), streaming=False)
    handler = agent.run(user_msg="mail zoe")
    results = []
    async for ev in handler.stream_events():
        if isinstance(ev, InputRequiredEvent):
            handler.ctx.send_event(HumanResponseEvent(response="yes", user_name="ops"))
        elif isinstance(ev, ToolCallResult):
            results.append(ev.tool_output)
    await handler
    assert len(results) == 1 and not results[0].is_error
    assert results[0].content.startswith("yes: mailed ")
    assert EMAIL not in llm.received_text() and "zoe@example.com" not in llm.received_text()


class RecordingSpans(SimpleSpanHandler):
    """A span handler (what tracing integrations attach) that keeps what every span was given."""

    seen: list[str] = Field(default_factory=list)

    def new_span(self, id_: str, bound_args: Any, instance: Any = None, **kwargs: Any) -> Any:
        self.seen.append(repr(bound_args.arguments))
        return super().new_span(id_, bound_args, instance, **kwargs)

    def prepare_to_exit_span(
        self, id_: str, bound_args: Any, instance: Any = None, result: Any = None, **kw: Any
    ) -> Any:
        self.seen.append(repr(result))
        return super().prepare_to_exit_span(id_, bound_args, instance, result, **kw)


async def test_span_handlers_see_the_call_as_the_model_made_it(li_mask: Mask) -> None:
    """The wrapped tool runs outside LlamaIndex's spans: tracers get tokens, never the revealed copy."""
    dispatcher = get_dispatcher()
    spans = RecordingSpans()
    dispatcher.add_span_handler(spans)
    try:
        masked = protect_tool(FunctionTool.from_defaults(send_email), li_mask)
        token = li_mask.protect(EMAIL)
        outputs = [masked.call(to=token), await masked.acall(to=token), protect_tool(EchoTool(), li_mask).call(token)]
    finally:
        dispatcher.span_handlers = [h for h in dispatcher.span_handlers if h is not spans]
    assert [out.content for out in outputs] == [f"sent to {token}", f"sent to {token}", f"echo {token}"]
    assert len(spans.seen) == 6 and all(token in seen for seen in spans.seen)  # one span per call, with tokens
    assert not any(EMAIL in seen for seen in spans.seen)


async def test_argument_values_go_out_alone(li_mask: Mask) -> None:
    from mask.core.events import ToolCall

    token = li_mask.protect(EMAIL)
    card = li_mask.protect("4111 1111 1111 1111")  # a token-shaped name: not sent either
    seen: list[Any] = []

    def send_email(*args: Any, **kwargs: Any) -> str:
        """Send an email."""
        seen.append((args, kwargs))
        return "ok"

    sent: list[Any] = []
    original = li_mask.bus._handlers[ToolCall]
    li_mask.bus._handlers[ToolCall] = lambda bus, event: (sent.append(event.payload), original(bus, event))
    masked = protect_tool(FunctionTool.from_defaults(send_email), li_mask)
    masked.call(f"to {token}", to=token, tags=[token], **{card: "x"})
    assert sent[-1] == [f"to {token}", token, [token], "x"]
    assert seen[-1] == ((f"to {EMAIL}",), {"to": EMAIL, "tags": [EMAIL], card: "x"})
    await masked.acall(to=token)
    assert sent[-1] == [token]
    assert seen[-1] == ((), {"to": EMAIL})


def test_a_token_written_as_an_argument_name_stays_that_token(li_mask: Mask) -> None:
    """A token the tool may see, written by the model as an argument name, is not revealed
    into a plaintext keyword name; the values are revealed."""
    token = li_mask.protect(EMAIL)
    seen: list[Any] = []

    def send_email(**kwargs: Any) -> str:
        """Send an email."""
        seen.append(kwargs)
        return "ok"

    protect_tool(FunctionTool.from_defaults(send_email), li_mask).call(**{token: token, "to": token})
    assert seen[-1] == {token: EMAIL, "to": EMAIL}
