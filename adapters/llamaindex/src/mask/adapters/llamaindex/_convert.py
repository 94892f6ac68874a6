"""Turning LlamaIndex objects into Mask payloads (str or JSON-like) and back.

Mask's engine only accepts a ``str`` or JSON-like ``dict``/``list`` nesting. A
:class:`Codec` encodes what LlamaIndex carries (content blocks, chat messages, tool
outputs, arbitrary ``raw_output`` values) into such a payload, and decodes the protected
or revealed payload back into objects of the same types. It holds the media rule and the
Mask's ``max_depth`` (``mask.config.max_depth``): input nested deeper, or cyclic, is
refused with a :class:`~mask.core.MaskInputError` before it reaches the engine.

Rules, in order:

* A value that is JSON-like already is its own payload (the engine returns a new one).
  Other values follow Mask's one payload rule (:mod:`mask.core.adapters.payload`:
  containers walked with cycle and depth checks, pydantic models dumped and validated
  back, dataclasses as dicts, anything else as ``str()``), except ``bytes``: those that
  decode as UTF-8 are protected as text and encoded back; other bytes are binary
  (signatures, images) that cannot be scanned, and follow the media rule below.
* Text-bearing content blocks (text, thinking, tool-call arguments, citations) are
  protected field by field. Media blocks (image, audio, video, document) cannot be
  scanned: :data:`MediaRule` decides (``"raise"`` by default, ``"drop"`` or ``"allow"``).
"""

from __future__ import annotations

from typing import Any, Literal

from llama_index.core.base.llms.types import (
    CachePoint,
    ChatMessage,
    CitableBlock,
    CitationBlock,
    TextBlock,
    ThinkingBlock,
    ToolCallBlock,
)

from mask.core import MaskInputError
from mask.core.adapters import UNHANDLED, from_payload, is_jsonlike, to_payload

__all__ = ["MEDIA_RULES", "Codec", "MediaRule"]

MediaRule = Literal["raise", "drop", "allow"]
MEDIA_RULES: tuple[str, ...] = ("raise", "drop", "allow")


class Codec:
    """Encodes LlamaIndex objects into payloads and decodes them back, under one media rule
    and one maximum depth."""

    __slots__ = ("max_depth", "media")

    def __init__(self, media: str, max_depth: int) -> None:
        if media not in MEDIA_RULES:
            raise MaskInputError(f"media must be one of {', '.join(MEDIA_RULES)} (got {media!r})")
        self.media: MediaRule = media  # type: ignore[assignment]
        self.max_depth = max_depth

    # -- arbitrary values ---------------------------------------------------------------

    def encode_value(self, value: Any) -> Any:
        """A JSON-like payload for ``value`` (``value`` itself when it is one)."""
        if is_jsonlike(value, max_depth=self.max_depth):
            return value
        return to_payload(value, max_depth=self.max_depth, special=self._text_bytes)

    def _text_bytes(self, node: Any) -> Any:
        if not isinstance(node, bytes | bytearray):
            return UNHANDLED
        try:
            return bytes(node).decode("utf-8")
        except UnicodeDecodeError:
            if self.media == "raise":
                raise _media_error("binary value") from None
            return None

    def decode_value(self, original: Any, payload: Any) -> Any:
        """``original``'s type rebuilt from its protected/revealed ``payload``."""
        return from_payload(original, payload, keep_binary=self.media == "allow")

    # -- content blocks -----------------------------------------------------------------

    def encode_blocks(self, blocks: list[Any]) -> list[Any]:
        """One payload entry per block: its text-bearing fields, or ``None`` for a skipped block."""
        return [self._encode_block(block) for block in blocks]

    def _encode_block(self, block: Any) -> Any:
        if isinstance(block, TextBlock):
            return block.text
        if isinstance(block, ThinkingBlock):
            return {"content": block.content, "info": self.encode_value(block.additional_information)}
        if isinstance(block, ToolCallBlock):
            return {"kwargs": self.encode_value(block.tool_kwargs)}
        if isinstance(block, CitableBlock):
            return {"title": block.title, "content": self.encode_blocks(list(block.content))}
        if isinstance(block, CitationBlock):
            return {"title": block.title, "content": self.encode_blocks([block.cited_content])}
        if isinstance(block, CachePoint):
            return None
        if self.media == "raise":
            raise _media_error(type(block).__name__)
        return None

    def decode_blocks(self, blocks: list[Any], payload: list[Any]) -> list[Any]:
        """``blocks`` rebuilt from their protected/revealed payload (dropped media left out)."""
        rebuilt = (self._decode_block(block, item) for block, item in zip(blocks, payload, strict=True))
        return [block for block in rebuilt if block is not None]

    def _decode_block(self, block: Any, item: Any) -> Any:
        if isinstance(block, TextBlock):
            return block.model_copy(update={"text": item})
        if isinstance(block, ThinkingBlock):
            info = self.decode_value(block.additional_information, item["info"])
            return block.model_copy(update={"content": item["content"], "additional_information": info})
        if isinstance(block, ToolCallBlock):
            return block.model_copy(update={"tool_kwargs": self.decode_value(block.tool_kwargs, item["kwargs"])})
        if isinstance(block, CitableBlock):
            content = self.decode_blocks(list(block.content), item["content"])
            return block.model_copy(update={"title": item["title"], "content": content})
        if isinstance(block, CitationBlock):
            cited = self.decode_blocks([block.cited_content], item["content"])
            if not cited:  # the cited media was dropped: so is the citation
                return None
            return block.model_copy(update={"title": item["title"], "cited_content": cited[0]})
        if isinstance(block, CachePoint):
            return block
        return block if self.media == "allow" else None

    # -- chat messages ------------------------------------------------------------------

    def encode_messages(self, messages: list[ChatMessage]) -> list[Any]:
        """A JSON-like payload for a list of chat messages (blocks and additional kwargs)."""
        return [
            {"blocks": self.encode_blocks(list(m.blocks)), "kwargs": self.encode_value(m.additional_kwargs)}
            for m in messages
        ]

    def decode_messages(self, messages: list[ChatMessage], payload: list[Any]) -> list[ChatMessage]:
        """Copies of ``messages`` carrying the protected/revealed payload (originals untouched)."""
        return [
            message.model_copy(
                update={
                    "blocks": self.decode_blocks(list(message.blocks), item["blocks"]),
                    "additional_kwargs": self.decode_value(message.additional_kwargs, item["kwargs"]),
                }
            )
            for message, item in zip(messages, payload, strict=True)
        ]


def _media_error(what: str) -> MaskInputError:
    return MaskInputError(
        f"{what} cannot be scanned for PII; pass media='drop' to remove it or media='allow' to let it through unscanned"
    )
