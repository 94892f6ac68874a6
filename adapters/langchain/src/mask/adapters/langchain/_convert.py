"""Converting LangChain objects to the JSON-like payloads Mask's events carry, and back.

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

import json
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, ToolMessage

from mask.core.adapters import UNHANDLED, from_payload
from mask.core.adapters import to_payload as core_payload

__all__ = [
    "MEDIA_BLOCK_TYPES",
    "apply_message_payload",
    "apply_messages_payload",
    "from_payload",
    "message_payload",
    "messages_payload",
    "text_payload",
    "to_payload",
]

MEDIA_BLOCK_TYPES = frozenset({"image", "image_url", "audio", "input_audio", "video", "file"})
BINARY_KEYS = frozenset({"base64", "data"})
_JSON_START = ("{", "[")


def to_payload(obj: Any, max_depth: int = 256) -> Any:
    """``obj`` as a JSON-like payload: Mask's payload rule, ``bytes`` left for the engine to refuse."""
    return core_payload(obj, max_depth=max_depth, special=_bytes_as_they_are)


def _bytes_as_they_are(node: Any) -> Any:
    return node if isinstance(node, bytes | bytearray | memoryview) else UNHANDLED


def text_payload(text: str) -> Any:
    """A JSON object or array inside ``text`` as parsed JSON; any other text as it is."""
    if text.lstrip().startswith(_JSON_START):
        try:
            parsed = json.loads(text)
        except ValueError:
            return text
        if isinstance(parsed, dict | list):
            return _JsonText(parsed)
    return text


class _JsonText:
    """Marks a payload that came from a JSON string (so it goes back as a JSON string)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def _content_payload(content: Any) -> Any:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return [_without_binary(to_payload(block)) if _is_media(block) else to_payload(block) for block in content]
    return to_payload(content)


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


def message_payload(message: BaseMessage, *, artifact: bool = False) -> dict[str, Any]:
    """The parts of ``message`` a model reads (content, tool-call arguments) as a payload."""
    content = message.content
    payload: dict[str, Any] = {}
    if isinstance(content, str):
        parsed = text_payload(content)
        if isinstance(parsed, _JsonText):
            payload["json"] = parsed.value
        else:
            payload["content"] = content
    else:
        payload["content"] = _content_payload(content)
    if isinstance(message, AIMessage) and message.tool_calls:
        payload["tool_calls"] = [to_payload(call["args"]) for call in message.tool_calls]
    if artifact and isinstance(message, ToolMessage) and message.artifact is not None:
        payload["artifact"] = to_payload(message.artifact)
    return payload


def apply_message_payload(message: BaseMessage, payload: dict[str, Any]) -> BaseMessage:
    """A copy of ``message`` with the processed ``payload`` written back (same id and type)."""
    update: dict[str, Any] = {}
    if "json" in payload:
        update["content"] = json.dumps(payload["json"], ensure_ascii=False)
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


def messages_payload(messages: list[BaseMessage], *, artifact: bool = False) -> list[dict[str, Any]]:
    """One payload per message, for a single batched event."""
    return [message_payload(m, artifact=artifact) for m in messages]


def apply_messages_payload(
    messages: list[BaseMessage], before: list[dict[str, Any]], after: list[dict[str, Any]]
) -> list[BaseMessage]:
    """Write processed payloads back; messages whose payload did not change are returned as they are."""
    return [
        message if new == old else apply_message_payload(message, new)
        for message, old, new in zip(messages, before, after, strict=True)
    ]
