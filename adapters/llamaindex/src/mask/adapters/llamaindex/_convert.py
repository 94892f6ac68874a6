"""Turning LlamaIndex objects into Mask payloads (str or JSON-like) and back.

Mask's engine only accepts a ``str`` or JSON-like ``dict``/``list`` nesting. This module
encodes what LlamaIndex carries (content blocks, chat messages, tool outputs, arbitrary
``raw_output`` values) into such a payload, and decodes the protected or revealed payload
back into objects of the same types.

Rules, in order:

* Values follow Mask's one payload rule (:mod:`mask.core.adapters.payload`: containers
  walked with cycle and depth checks, pydantic models dumped and validated back,
  dataclasses as dicts, anything else as ``str()``), except ``bytes``: those that decode
  as UTF-8 are protected as text and encoded back; other bytes are binary (signatures,
  images) that cannot be scanned, and follow the media rule below.
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
from mask.core.adapters import UNHANDLED, from_payload, to_payload

__all__ = [
    "MEDIA_RULES",
    "MediaRule",
    "check_media_rule",
    "decode_blocks",
    "decode_messages",
    "decode_value",
    "encode_blocks",
    "encode_messages",
    "encode_value",
]

MediaRule = Literal["raise", "drop", "allow"]
MEDIA_RULES: tuple[str, ...] = ("raise", "drop", "allow")


def check_media_rule(media: str) -> MediaRule:
    """``media`` if it names a rule, else a :class:`MaskInputError` naming the choices."""
    if media not in MEDIA_RULES:
        raise MaskInputError(f"media must be one of {', '.join(MEDIA_RULES)} (got {media!r})")
    return media  # type: ignore[return-value]


# -- arbitrary values -------------------------------------------------------------------


def encode_value(value: Any, media: MediaRule = "raise", max_depth: int = 256) -> Any:
    """A JSON-like payload for ``value``: Mask's payload rule, text bytes decoded (see the module rules)."""

    def text_bytes(node: Any) -> Any:
        if not isinstance(node, bytes | bytearray):
            return UNHANDLED
        try:
            return bytes(node).decode("utf-8")
        except UnicodeDecodeError:
            if media == "raise":
                raise _media_error("binary value") from None
            return None

    return to_payload(value, max_depth=max_depth, special=text_bytes)


def decode_value(original: Any, payload: Any, media: MediaRule = "raise") -> Any:
    """``original``'s type rebuilt from its protected/revealed ``payload``."""
    return from_payload(original, payload, keep_binary=media == "allow")


# -- content blocks ---------------------------------------------------------------------


def _media_error(what: str) -> MaskInputError:
    return MaskInputError(
        f"{what} cannot be scanned for PII; pass media='drop' to remove it or media='allow' to let it through unscanned"
    )


def encode_blocks(blocks: list[Any], media: MediaRule) -> list[Any]:
    """One payload entry per block: its text-bearing fields, or ``None`` for a skipped block."""
    return [_encode_block(block, media) for block in blocks]


def _encode_block(block: Any, media: MediaRule) -> Any:
    if isinstance(block, TextBlock):
        return block.text
    if isinstance(block, ThinkingBlock):
        return {"content": block.content, "info": encode_value(block.additional_information, media)}
    if isinstance(block, ToolCallBlock):
        return {"kwargs": encode_value(block.tool_kwargs, media)}
    if isinstance(block, CitableBlock):
        return {"title": block.title, "content": encode_blocks(list(block.content), media)}
    if isinstance(block, CitationBlock):
        return {"title": block.title, "content": encode_blocks([block.cited_content], media)}
    if isinstance(block, CachePoint):
        return None
    if media == "raise":
        raise _media_error(type(block).__name__)
    return None


def decode_blocks(blocks: list[Any], payload: list[Any], media: MediaRule) -> list[Any]:
    """``blocks`` rebuilt from their protected/revealed payload (dropped media left out)."""
    out = []
    for block, item in zip(blocks, payload, strict=True):
        rebuilt = _decode_block(block, item, media)
        if rebuilt is not None:
            out.append(rebuilt)
    return out


def _decode_block(block: Any, item: Any, media: MediaRule) -> Any:
    if isinstance(block, TextBlock):
        return block.model_copy(update={"text": item})
    if isinstance(block, ThinkingBlock):
        info = decode_value(block.additional_information, item["info"], media)
        return block.model_copy(update={"content": item["content"], "additional_information": info})
    if isinstance(block, ToolCallBlock):
        return block.model_copy(update={"tool_kwargs": decode_value(block.tool_kwargs, item["kwargs"], media)})
    if isinstance(block, CitableBlock):
        content = decode_blocks(list(block.content), item["content"], media)
        return block.model_copy(update={"title": item["title"], "content": content})
    if isinstance(block, CitationBlock):
        cited = decode_blocks([block.cited_content], item["content"], media)
        if not cited:  # the cited media was dropped: so is the citation
            return None
        return block.model_copy(update={"title": item["title"], "cited_content": cited[0]})
    if isinstance(block, CachePoint):
        return block
    return block if media == "allow" else None


# -- chat messages ----------------------------------------------------------------------


def encode_messages(messages: list[ChatMessage], media: MediaRule) -> list[Any]:
    """A JSON-like payload for a list of chat messages (blocks and additional kwargs)."""
    return [
        {"blocks": encode_blocks(list(m.blocks), media), "kwargs": encode_value(m.additional_kwargs, media)}
        for m in messages
    ]


def decode_messages(messages: list[ChatMessage], payload: list[Any], media: MediaRule) -> list[ChatMessage]:
    """Copies of ``messages`` carrying the protected/revealed payload (originals untouched)."""
    return [
        message.model_copy(
            update={
                "blocks": decode_blocks(list(message.blocks), item["blocks"], media),
                "additional_kwargs": decode_value(message.additional_kwargs, item["kwargs"], media),
            }
        )
        for message, item in zip(messages, payload, strict=True)
    ]
