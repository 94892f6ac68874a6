"""Mask for Google ADK: keep PII away from the model, reveal it just in time.

>>> from mask.core import Mask
>>> from mask.adapters.adk import MaskPlugin
>>> mask = Mask()
>>> plugin = MaskPlugin(mask)                                  # register last
>>> runner = InMemoryRunner(agent=agent, plugins=[plugin])
>>> async for event in plugin.reveal_events(runner.run_async(user_id=..., session_id=..., new_message=...)):
...     show(event)                                            # revealed copies for the end user

The model, the session history and traces hold tokens; authorized tools get real values
in their arguments; the end user sees the revealed answer (also when streamed).
"""

from __future__ import annotations

from ._payload import to_payload
from .plugin import REDACTED_RESULT, MaskPlugin
from .reveal import EventRevealer, mask_error_of, reveal_events, reveal_events_sync

__all__ = [
    "REDACTED_RESULT",
    "EventRevealer",
    "MaskPlugin",
    "mask_error_of",
    "reveal_events",
    "reveal_events_sync",
    "to_payload",
]
