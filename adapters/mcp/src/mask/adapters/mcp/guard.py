"""What Mask does to each MCP message, through the Mask's bus.

* ``tools/call`` arguments go out as a :class:`~mask.core.events.ToolCall` event (revealed
  only as far as ``[tools.NAME] reveal`` allows); the result comes back through a
  :class:`~mask.core.events.ToolResult` event: every text content, embedded text resource
  and the ``structuredContent`` are protected in one payload. A text that holds a JSON
  object or array is protected as that object and re-serialized, so JSON stays JSON.
* ``resources/read`` contents, ``prompts/get`` messages, completion values, log
  notifications and error messages are protected through a
  :class:`~mask.core.events.ModelRequest` event (they are context on its way to a model).

Images, audio and binary resources pass unchanged: there is no text to scan in them.

Fail closed: a :class:`~mask.core.MaskError` while protecting becomes an MCP error that
names the error type only; the plaintext result is dropped.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from mask.core.errors import MaskError
from mask.core.events import ModelRequest, ToolCall, ToolResult
from mcp import types
from mcp.shared.exceptions import McpError

if TYPE_CHECKING:
    from mask.core import Mask

__all__ = ["MaskGuard", "mask_failure"]

Setter = Callable[[str], None]


def mask_failure(exc: MaskError) -> McpError:
    """The MCP error a client gets when Mask could not protect or reveal (type name only)."""
    return McpError(
        types.ErrorData(code=types.INTERNAL_ERROR, message=f"Mask refused the message: {type(exc).__name__}")
    )


class _Slots:
    """The text fields of an MCP result, as one payload and a way to write them back."""

    def __init__(self) -> None:
        self.parts: list[Any] = []
        self._writers: list[Callable[[Any], None]] = []

    def add_text(self, text: str, setter: Setter) -> None:
        parsed = _json_container(text)
        if parsed is None:
            self.parts.append(text)
            self._writers.append(lambda after: setter(after) if after != text else None)
            return
        self.parts.append(parsed)
        self._writers.append(lambda after: setter(json.dumps(after, ensure_ascii=False)) if after != parsed else None)

    def add_object(self, value: Any, setter: Callable[[Any], None]) -> None:
        self.parts.append(value)
        self._writers.append(setter)

    def add_block(self, block: Any) -> None:
        """A content block (``TextContent``, ``EmbeddedResource``, ...): its text, if it has one."""
        if isinstance(block, types.TextContent):
            self.add_text(block.text, lambda new, b=block: setattr(b, "text", new))
        elif isinstance(block, types.EmbeddedResource):
            self.add_resource(block.resource)

    def add_resource(self, contents: Any) -> None:
        if isinstance(contents, types.TextResourceContents):
            self.add_text(contents.text, lambda new, c=contents: setattr(c, "text", new))

    def write_back(self, after: list[Any]) -> None:
        for writer, value in zip(self._writers, after, strict=True):
            writer(value)


def _json_container(text: str) -> Any:
    """``text`` parsed, when it is a JSON object or array; else ``None``."""
    stripped = text.lstrip()
    if not stripped or stripped[0] not in "[{":
        return None
    try:
        parsed = json.loads(text)
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict | list) else None


class MaskGuard:
    """Protects and reveals MCP messages on one Mask's bus (optionally in one tenant scope)."""

    def __init__(self, mask: Mask, *, scope: str | None = None) -> None:
        self.mask = mask
        self.scope = scope

    def __repr__(self) -> str:
        return f"<MaskGuard scope={self.scope!r}>"

    # -- tools ----------------------------------------------------------------------

    async def reveal_arguments(self, tool: str, arguments: Mapping[str, Any] | None) -> dict[str, Any] | None:
        """A copy of a tool call's arguments with the tokens ``tool`` may see revealed."""
        if arguments is None:
            return None
        try:
            event = await self.mask.adispatch(ToolCall(tool=tool, payload=dict(arguments), scope=self.scope))
        except MaskError as exc:
            raise mask_failure(exc) from None
        return event.payload

    async def protect_tool_result(self, tool: str, result: types.CallToolResult) -> types.CallToolResult:
        """``result`` with its text, embedded text resources and structured content protected."""
        result = result.model_copy(deep=True)
        slots = _Slots()
        for block in result.content:
            slots.add_block(block)
        if result.structuredContent is not None:
            slots.add_object(result.structuredContent, lambda new: setattr(result, "structuredContent", new))
        if slots.parts:
            try:
                event = await self.mask.adispatch(ToolResult(tool=tool, payload=slots.parts, scope=self.scope))
            except MaskError as exc:
                raise mask_failure(exc) from None
            slots.write_back(event.payload)
        return result

    # -- resources, prompts, completions, notifications -----------------------------

    async def protect_resource(self, result: types.ReadResourceResult) -> types.ReadResourceResult:
        result = result.model_copy(deep=True)
        slots = _Slots()
        for contents in result.contents:
            slots.add_resource(contents)
        await self._protect_slots(slots)
        return result

    async def protect_prompt(self, result: types.GetPromptResult) -> types.GetPromptResult:
        result = result.model_copy(deep=True)
        slots = _Slots()
        if result.description:
            slots.add_text(result.description, lambda new: setattr(result, "description", new))
        for message in result.messages:
            slots.add_block(message.content)
        await self._protect_slots(slots)
        return result

    async def protect_completion(self, result: types.CompleteResult) -> types.CompleteResult:
        result = result.model_copy(deep=True)
        slots = _Slots()
        slots.add_object(list(result.completion.values), lambda new: setattr(result.completion, "values", new))
        await self._protect_slots(slots)
        return result

    async def protect_value(self, value: Any) -> Any:
        """Any JSON-like value (a log notification's data, a progress message)."""
        if value is None:
            return None
        try:
            event = await self.mask.adispatch(ModelRequest(payload=value, scope=self.scope))
        except MaskError as exc:
            raise mask_failure(exc) from None
        return event.payload

    async def protect_error(self, error: types.ErrorData, *, tool: str | None = None) -> types.ErrorData:
        """An error from the server, with its message and data protected."""
        payload = [error.message, error.data]
        try:
            if tool is not None:
                event = await self.mask.adispatch(ToolResult(tool=tool, payload=payload, scope=self.scope))
            else:
                event = await self.mask.adispatch(ModelRequest(payload=payload, scope=self.scope))
        except MaskError as exc:
            raise mask_failure(exc) from None
        message, data = event.payload
        return types.ErrorData(code=error.code, message=message, data=data)

    async def _protect_slots(self, slots: _Slots) -> None:
        if not slots.parts:
            return
        try:
            event = await self.mask.adispatch(ModelRequest(payload=slots.parts, scope=self.scope))
        except MaskError as exc:
            raise mask_failure(exc) from None
        slots.write_back(event.payload)
