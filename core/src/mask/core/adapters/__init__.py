"""The toolkit every framework adapter shares (imports no framework).

* :mod:`.payload`: the one rule that turns framework objects into the JSON-like payloads
  the engine takes, and back;
* :mod:`.driver`: an adapter step written once gives its sync and async forms;
* :mod:`.stream`: the one stream-reveal session, and a whole stream revealed item by item;
* :mod:`.leak`: the one leak guard.

An adapter then only translates framework objects to payloads and events, and back.
"""

from __future__ import annotations

from .driver import MASK, Call, Steps, arun, run, twin_methods, twins
from .leak import LeakGuard
from .payload import MEDIA_KEY, UNHANDLED, Held, from_payload, has_strings, is_jsonlike, to_payload
from .stream import StreamSession, arun_each, run_each

__all__ = [
    "MASK",
    "Call",
    "MEDIA_KEY",
    "UNHANDLED",
    "Held",
    "LeakGuard",
    "Steps",
    "StreamSession",
    "arun",
    "arun_each",
    "from_payload",
    "has_strings",
    "is_jsonlike",
    "run",
    "run_each",
    "to_payload",
    "twin_methods",
    "twins",
]
