"""Streaming reveal: feed chunks, get text that never ends inside a token.

Every token shape is matched with the ``regex`` module's *partial* matching: a match
that runs into the end of the buffer may be the beginning of a token, so the text from
its start is held back until the next chunk (or :meth:`StreamRevealer.flush`) decides.
A complete match is emitted, revealed, in one piece once at least
:data:`CONTINUATION_SLACK` characters follow it (a greedy shape could still grow).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from ..errors import MaskInputError

__all__ = ["CONTINUATION_SLACK", "StreamRevealer"]

CONTINUATION_SLACK = 3
"""A complete match ending this close to the buffer's end is held back: a greedy token
shape may continue after up to this many separator characters (``[ ().-]{0,2}``)."""


class StreamRevealer:
    """Reveals a streamed answer chunk by chunk."""

    def __init__(
        self,
        finder: regex.Pattern[str] | Sequence[regex.Pattern[str]] | None,
        reveal: Callable[[str], str],
        max_hold: int = 512,
    ) -> None:
        if finder is None:
            self._finders: list[regex.Pattern[str]] = []
        elif isinstance(finder, regex.Pattern):
            self._finders = [finder]
        else:
            self._finders = list(finder)
        self._reveal = reveal
        self._max_hold = max_hold
        self._buffer = ""

    def feed(self, chunk: str) -> str:
        """Add a chunk; return the revealed text that is safe to emit now."""
        if not isinstance(chunk, str):
            raise MaskInputError(f"a stream chunk is a str, not {type(chunk).__name__}")
        self._buffer += chunk
        cut = self._safe_cut(self._buffer)
        ready, self._buffer = self._buffer[:cut], self._buffer[cut:]
        return self._reveal(ready) if ready else ""

    def flush(self) -> str:
        """End of stream: reveal and return whatever is held back."""
        ready, self._buffer = self._buffer, ""
        return self._reveal(ready) if ready else ""

    @property
    def held(self) -> int:
        """Characters held back, waiting for the next chunk."""
        return len(self._buffer)

    def _safe_cut(self, text: str) -> int:
        end = len(text)
        cut = end
        settled = end - CONTINUATION_SLACK
        for finder in self._finders:
            for m in finder.finditer(text, partial=True):
                # A partial match may become a token; a complete one that ends near the
                # end may still grow ("0012 3456 7890 " + "1234"): hold both.
                if m.partial or m.end() > settled:
                    cut = min(cut, m.start())
                    break
        # Never hold more than max_hold characters: a partial match that long is no token.
        return max(cut, end - self._max_hold)
