"""The toolkit every framework adapter shares (imports no framework).

* :mod:`.payload`: the one rule that turns framework objects into the JSON-like payloads
  the engine takes, and back;
* :mod:`.driver`: an adapter step written once gives its sync and async forms;
* :mod:`.stream`: the one stream-reveal session;
* :mod:`.leak`: the one leak guard.

An adapter then only translates framework objects to payloads and events, and back.
"""

from __future__ import annotations

from .driver import Steps, arun, run, twins
from .leak import LeakGuard
from .payload import MEDIA_KEY, UNHANDLED, Held, from_payload, has_strings, to_payload
from .stream import StreamSession

__all__ = [
    "MEDIA_KEY",
    "UNHANDLED",
    "Held",
    "LeakGuard",
    "Steps",
    "StreamSession",
    "arun",
    "from_payload",
    "has_strings",
    "run",
    "to_payload",
    "twins",
]
