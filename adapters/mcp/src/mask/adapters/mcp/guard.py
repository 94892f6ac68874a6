"""What Mask does to each MCP message, through the Mask's bus.

* ``tools/call`` arguments go out as a :class:`~mask.core.events.ToolCall` event (revealed
  only as far as ``[tools.NAME] reveal`` allows); the result comes back through a
  :class:`~mask.core.events.ToolResult` event: every text content, embedded text resource
  and the ``structuredContent`` are protected in one payload. A text that holds a JSON
  object or array is protected as that object and re-serialized, so JSON stays JSON.
* ``resources/read`` contents, ``prompts/get`` messages, completion values, log
  notifications and error messages are protected through a
  :class:`~mask.core.events.ModelRequest` event (they are context on its way to a model).

Images, audio and binary resources pass unchanged: there is no text to scan in them. What a
server may fill with anything is protected too: every ``_meta`` and every field the SDK's
models do not declare (they accept extra fields), at any depth of the result.

Fail closed: a :class:`~mask.core.MaskError` while protecting becomes an MCP error that
names the error type only; the plaintext result is dropped.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

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
    """The text fields of an MCP result, as one payload and a way to write them back.

    Equal parts are protected once: a server usually sends its structured content twice
    (as ``structuredContent`` and as JSON text, or as ``{"result": text}`` beside the
    text), and the same value in the same context gets the same tokens anyway.
    """

    def __init__(self) -> None:
        self.parts: list[Any] = []
        self._writers: list[Callable[[list[Any]], None]] = []

    def _index(self, value: Any) -> int | None:
        for i, part in enumerate(self.parts):
            if type(part) is type(value) and part == value:
                return i
        return None

    def _part(self, value: Any) -> int:
        index = self._index(value)
        if index is None:
            self.parts.append(value)
            index = len(self.parts) - 1
        return index

    def add_text(self, text: str, setter: Setter) -> None:
        parsed = _json_container(text)
        if parsed is None:
            self._add_value(text, setter)
            return
        k = self._part(parsed)
        self._writers.append(lambda out: setter(json.dumps(out[k], ensure_ascii=False)) if out[k] != parsed else None)

    def add_structured(self, value: Any, setter: Callable[[Any], None]) -> None:
        """``structuredContent``: shared with an equal text part, or with a text that is
        its ``{"result": ...}`` wrapper's only value (the key names nothing)."""
        wrapped = value.get("result") if isinstance(value, dict) and len(value) == 1 else None
        shared = self._index(wrapped) if isinstance(wrapped, str) else None
        if shared is not None:
            self._writers.append(lambda out: setter({"result": out[shared]}) if out[shared] != wrapped else None)
            return
        self._add_value(value, setter)

    def add_block(self, block: Any) -> None:
        """A content block (``TextContent``, ``EmbeddedResource``, ...): its text, if it has one."""
        if isinstance(block, types.TextContent):
            self.add_text(block.text, lambda new, b=block: setattr(b, "text", new))
        elif isinstance(block, types.EmbeddedResource):
            self.add_resource(block.resource)

    def add_resource(self, contents: Any) -> None:
        if isinstance(contents, types.TextResourceContents):
            self.add_text(contents.text, lambda new, c=contents: setattr(c, "text", new))

    def add_loose(self, result: BaseModel) -> None:
        """The ``_meta`` of ``result`` and of every model inside it, and each field they hold
        that the SDK's models do not declare: a server may put anything there."""
        for model in _models_in(result):
            meta = getattr(model, "meta", None)
            if isinstance(meta, dict) and meta:
                self._add_value(meta, lambda new, m=model: setattr(m, "meta", new))
            extra = model.model_extra
            for key in list(extra or ()):
                self._add_value(extra[key], lambda new, e=extra, k=key: e.__setitem__(k, new))

    def _add_value(self, value: Any, setter: Callable[[Any], None]) -> None:
        """``value`` as a part (shared with an equal one); ``setter`` gets it back if it changed."""
        i = self._part(value)
        self._writers.append(lambda out: setter(out[i]) if out[i] != value else None)

    def write_back(self, after: list[Any]) -> None:
        for writer in self._writers:
            writer(after)


def _models_in(model: BaseModel) -> list[BaseModel]:
    """``model`` and the models in its fields, lists and dicts, depth first."""
    found: list[BaseModel] = []
    stack: list[Any] = [model]
    while stack:
        item = stack.pop()
        if isinstance(item, BaseModel):
            found.append(item)
            stack.extend(getattr(item, name) for name in type(item).model_fields)
        elif isinstance(item, list | tuple):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(v for v in item.values() if isinstance(v, BaseModel | list | tuple | dict))
    return found


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
    """Protects and reveals MCP messages on one Mask's bus (optionally in one tenant scope).

    The ``protect_*`` methods update the result they are given in place (a result just
    parsed from the server, which nobody else holds) and return it.
    """

    def __init__(self, mask: Mask, *, scope: str | None = None) -> None:
        self.mask = mask
        self.scope = scope

    def __repr__(self) -> str:
        return f"<MaskGuard scope={self.scope!r}>"

    # -- tools ----------------------------------------------------------------------

    async def reveal_arguments(self, tool: str, arguments: Mapping[str, Any] | None) -> dict[str, Any] | None:
        """A copy of a tool call's arguments with the tokens ``tool`` may see revealed.

        The values go to the reveal as a list and are zipped back with the names, which are
        never searched: a token the model wrote as an argument name stays that token (as in
        the LangChain and LlamaIndex adapters)."""
        if arguments is None:
            return None
        names = list(arguments)
        values = [arguments[name] for name in names]
        try:
            event = await self.mask.adispatch(ToolCall(tool=tool, payload=values, scope=self.scope))
        except MaskError as exc:
            raise mask_failure(exc) from None
        return dict(zip(names, event.payload, strict=True))

    async def protect_tool_result(self, tool: str, result: types.CallToolResult) -> types.CallToolResult:
        """``result`` with its text, embedded text resources and structured content protected."""
        slots = _Slots()
        for block in result.content:
            slots.add_block(block)
        if result.structuredContent is not None:
            slots.add_structured(result.structuredContent, lambda new: setattr(result, "structuredContent", new))
        slots.add_loose(result)
        if slots.parts:
            try:
                event = await self.mask.adispatch(ToolResult(tool=tool, payload=slots.parts, scope=self.scope))
            except MaskError as exc:
                raise mask_failure(exc) from None
            slots.write_back(event.payload)
        return result

    # -- resources, prompts, completions, notifications -----------------------------

    async def protect_resource(self, result: types.ReadResourceResult) -> types.ReadResourceResult:
        slots = _Slots()
        for contents in result.contents:
            slots.add_resource(contents)
        slots.add_loose(result)
        await self._protect_slots(slots)
        return result

    async def protect_prompt(self, result: types.GetPromptResult) -> types.GetPromptResult:
        slots = _Slots()
        if result.description:
            slots.add_text(result.description, lambda new: setattr(result, "description", new))
        for message in result.messages:
            slots.add_block(message.content)
        slots.add_loose(result)
        await self._protect_slots(slots)
        return result

    async def protect_completion(self, result: types.CompleteResult) -> types.CompleteResult:
        slots = _Slots()
        slots.add_structured(list(result.completion.values), lambda new: setattr(result.completion, "values", new))
        slots.add_loose(result)
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
