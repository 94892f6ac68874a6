"""The toolkit every framework adapter shares (imports no framework).

:mod:`.payload` is the one rule that turns framework objects into the JSON-like payloads
the engine takes, and back.
"""

from __future__ import annotations

from .driver import Steps, arun, run, twins
from .leak import LeakGuard
from .payload import MEDIA_KEY, UNHANDLED, Held, from_payload, has_strings, to_payload

__all__ = [
    "LeakGuard",
    "Steps",
    "arun",
    "run",
    "twins",
    "MEDIA_KEY",
    "UNHANDLED",
    "Held",
    "from_payload",
    "has_strings",
    "to_payload",
]
