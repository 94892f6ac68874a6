"""ADK objects as payloads: Mask's one payload rule (:mod:`mask.core.adapters.payload`),
with media ``google.genai.types.Part`` objects (``inline_data`` or ``file_data``) held aside
untouched and put back afterwards, so ADK can still send them as media (binary media is not
scanned)."""

from __future__ import annotations

from typing import Any

from google.genai import types

from mask.core.adapters import MEDIA_KEY, UNHANDLED, Held, has_strings
from mask.core.adapters import to_payload as core_payload

__all__ = ["MEDIA_KEY", "has_strings", "to_payload"]


def to_payload(obj: Any, *, max_depth: int = 256, media: Held | None = None) -> tuple[Any, Held]:
    """``obj`` as a JSON-like payload plus the media parts held aside (pass ``media`` to
    collect the media of several payloads in one :class:`Held`, whose ``restore`` puts them back)."""
    held = Held() if media is None else media

    def hold_media(node: Any) -> Any:
        if isinstance(node, types.Part) and (node.inline_data is not None or node.file_data is not None):
            return held.hold(node)
        return UNHANDLED

    return core_payload(obj, max_depth=max_depth, special=hold_media), held
