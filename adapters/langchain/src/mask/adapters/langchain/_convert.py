"""Converting LangChain objects to the JSON-like payloads Mask's events carry, and back.

:func:`pack` gives an object's payload and how to rebuild the object around the processed
payload (same type: ``str``, JSON string, message, ``(content, artifact)`` tuple, message
list, ``Command``...). Every conversion takes the Mask's ``mask.max_depth``.

Rules (documented in the package README):

* Values follow Mask's one payload rule (:mod:`mask.core.adapters.payload`: containers
  walked with cycle and depth checks, pydantic models dumped and validated back,
  dataclasses as dicts, anything else as ``str()``); ``bytes`` are refused by the engine
  with :class:`~mask.core.MaskInputError`.
* A string holding a JSON object or array is protected value by value and dumped back as
  JSON (``json.dumps(..., ensure_ascii=False)``, LangChain's own tool-output format).
* Message content: a ``str`` is one payload; in a list of content blocks, text and other
  JSON blocks are protected in full. In media blocks (image, audio, video, file) the text
  fields (URL, file name...) are protected, while binary data (``base64``/``data`` fields,
  ``data:`` URLs) is kept as it is: it is not text Mask can scan (PII inside an image is
  out of reach).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, ToolMessage

from mask.core.adapters import UNHANDLED, from_payload, is_jsonlike
from mask.core.adapters import to_payload as core_payload

__all__ = ["MEDIA_BLOCK_TYPES", "Restore", "from_payload", "message_payload", "pack", "to_payload"]

MEDIA_BLOCK_TYPES = frozenset({"image", "image_url", "audio", "input_audio", "video", "file"})
BINARY_KEYS = frozenset({"base64", "data"})
_JSON_START = ("{", "[")
_dumps = json.JSONEncoder(ensure_ascii=False).encode
"""``json.dumps(value, ensure_ascii=False)``, without making an encoder on each call."""

Restore = Callable[[Any], Any]
"""Turns a processed payload back into the type of the object it came from."""


def to_payload(obj: Any, max_depth: int) -> Any:
    """``obj`` as a JSON-like payload: Mask's payload rule, ``bytes`` left for the engine to refuse."""
    return core_payload(obj, max_depth=max_depth, special=_bytes_as_they_are)


def _bytes_as_they_are(node: Any) -> Any:
    return node if isinstance(node, bytes | bytearray | memoryview) else UNHANDLED


def _json_in(text: str) -> Any:
    """The JSON object or array ``text`` holds (``None`` for any other text)."""
    try:
        return json.loads(text) if text.lstrip().startswith(_JSON_START) else None
    except ValueError:
        return None


def pack(obj: Any, max_depth: int, *, artifact: bool = True) -> tuple[Any, Restore]:
    """``obj`` as a payload, and how to turn the processed payload back into ``obj``'s type
    (``artifact``: a ToolMessage's artifact goes on the bus too)."""
    if isinstance(obj, BaseMessage):
        before = message_payload(obj, max_depth, artifact=artifact)
        if before.keys() == {"json"}:  # JSON content alone (a tool's dict result): sent as it is
            parsed = before["json"]
            return parsed, lambda after: obj if after == parsed else _apply_message(obj, {"json": after})
        return before, lambda after: obj if after == before else _apply_message(obj, after)
    if _is_command(obj):
        return _pack_command(obj, max_depth)
    if isinstance(obj, str) and (parsed := _json_in(obj)) is not None:
        return parsed, lambda after: obj if after == parsed else _dumps(after)
    if isinstance(obj, tuple) or (isinstance(obj, list) and obj and all(isinstance(i, BaseMessage) for i in obj)):
        # (content, artifact) pairs and message lists: each part keeps its own type
        packed = [pack(item, max_depth, artifact=artifact) for item in obj]
        kind = type(obj) if isinstance(obj, list) else tuple
        return [p for p, _ in packed], lambda after: kind(r(a) for (_, r), a in zip(packed, after, strict=True))
    if isinstance(obj, dict | list) and is_jsonlike(obj, max_depth=max_depth, str_keys=True):
        return obj, _as_is  # a payload already (the engine returns a new one): no copy either way
    return to_payload(obj, max_depth), lambda after: from_payload(obj, after)


def _as_is(after: Any) -> Any:
    return after


def _is_command(obj: Any) -> bool:
    return type(obj).__name__ == "Command" and dataclasses.is_dataclass(obj) and hasattr(obj, "update")


def _pack_command(command: Any, max_depth: int) -> tuple[Any, Restore]:
    update = command.update
    if not isinstance(update, Mapping) or not isinstance(update.get("messages"), list):
        return [], lambda _after: command
    inner, restore_messages = pack(list(update["messages"]), max_depth)

    def restore(after: Any) -> Any:
        return dataclasses.replace(command, update={**update, "messages": restore_messages(after)})

    return inner, restore


def message_payload(message: BaseMessage, max_depth: int, *, artifact: bool = False) -> dict[str, Any]:
    """The parts of ``message`` a model reads (content, tool-call arguments) as a payload."""
    content = message.content
    parsed = _json_in(content) if isinstance(content, str) else None
    payload = {"content": _content_payload(content, max_depth)} if parsed is None else {"json": parsed}
    if isinstance(message, AIMessage) and message.tool_calls:
        payload["tool_calls"] = [to_payload(call["args"], max_depth) for call in message.tool_calls]
    if artifact and isinstance(message, ToolMessage) and message.artifact is not None:
        payload["artifact"] = to_payload(message.artifact, max_depth)
    return payload


def _apply_message(message: BaseMessage, payload: dict[str, Any]) -> BaseMessage:
    """A copy of ``message`` with the processed ``payload`` written back (same id and type)."""
    update: dict[str, Any] = {}
    if "json" in payload:
        update["content"] = _dumps(payload["json"])
    else:
        update["content"] = _apply_content(message.content, payload["content"])
    if "tool_calls" in payload and isinstance(message, AIMessage):
        update["tool_calls"] = [
            {**call, "args": from_payload(call["args"], args)}
            for call, args in zip(message.tool_calls, payload["tool_calls"], strict=True)
        ]
    if "artifact" in payload and isinstance(message, ToolMessage):
        update["artifact"] = from_payload(message.artifact, payload["artifact"])
    return message.model_copy(update=update)


def _content_payload(content: Any, max_depth: int) -> Any:
    if isinstance(content, list):
        return [
            _without_binary(to_payload(b, max_depth)) if _is_media(b) else to_payload(b, max_depth) for b in content
        ]
    return to_payload(content, max_depth)


def _apply_content(content: Any, payload: Any) -> Any:
    if isinstance(content, list) and isinstance(payload, list):
        return [
            _with_binary(block, new) if _is_media(block) else new for block, new in zip(content, payload, strict=True)
        ]
    return payload


def _is_media(block: Any) -> bool:
    return isinstance(block, dict) and block.get("type") in MEDIA_BLOCK_TYPES


def _is_binary(key: str, value: Any) -> bool:
    return key in BINARY_KEYS or (isinstance(value, str) and value.startswith("data:"))


def _without_binary(value: Any) -> Any:
    """A media block's payload: its text fields (URL, file name...), binary data left out."""
    if isinstance(value, dict):
        return {k: None if _is_binary(k, v) else _without_binary(v) for k, v in value.items()}
    return value


def _with_binary(original: Any, processed: Any) -> Any:
    if isinstance(original, dict) and isinstance(processed, dict):
        return {k: v if _is_binary(k, v) else _with_binary(v, processed[k]) for k, v in original.items()}
    return processed
