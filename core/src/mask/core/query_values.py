"""Values inside URL query strings: decoded for the vault, percent-encoded again on reveal.

A request log or a redirect URL writes ``Anna Kowalska`` as ``to=Anna%20Kowalska`` (or
``Anna+Kowalska``). Detection reads it decoded (:mod:`.escapes`); for the entity types whose
tokens never depend on how the value is written (names, places, organizations, addresses,
e-mail addresses), the value a token stands for is the decoded one too, so a token passed
back in a tool call's arguments gives ``Anna Kowalska``, and the same name gets the same token
however it was written.

Revealed into a query value (the token after ``?key=`` or ``&key=``, in one run without
blanks), a value is percent-encoded: ``to=Anna%20Kowalska``, also when the model wrote the URL.
A value whose decoded form holds a character of the query's structure (``&``, ``=``, ``#``,
``+``, ``%``, ``?``) is kept and revealed as written, as the JSON values are
(:mod:`.json_strings`).
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote_plus

__all__ = ["DECODED_TYPES", "decode_query_value", "encode_query_value", "in_query_value"]

DECODED_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "STREET_ADDRESS", "EMAIL_ADDRESS"})
"""Types whose tokens have one shape whatever the value's layout (a phone or card token keeps
the blanks and ``+`` of its value, which a query string would read as separators)."""

_QUERY_VALUE = re.compile(r"[?&][^\s=&#?]{1,64}=[^\s&#?]*\Z")
"""The end of a blank-free run that is inside a query parameter's value."""
_STRUCTURE = frozenset("&=#+%?")
_REACH = 512


def in_query_value(text: str, at: int) -> bool:
    """``text[at]`` is in the value of a URL query parameter (``/send?to=`` right before it, or
    earlier in the same run without blanks: ``?to=Anna%2C%20``)."""
    start = max(0, at - _REACH)
    run = max(start, max(text.rfind(c, start, at) for c in " \t\r\n") + 1)
    return "?" in text[run:at] and _QUERY_VALUE.search(text, run, at) is not None


def decode_query_value(raw: str) -> str:
    """``raw`` decoded (``%XX`` sequences, a ``+`` as a blank); ``raw`` itself when it does not
    decode or its decoded form holds a character of the query's structure or a control character."""
    if "%" not in raw and "+" not in raw:
        return raw
    try:
        value = unquote_plus(raw, errors="strict")
    except UnicodeDecodeError:
        return raw
    if any(c in _STRUCTURE or c < " " for c in value):
        return raw
    return value


def encode_query_value(value: str) -> str:
    """``value`` percent-encoded for a query value (UTF-8, ``%20`` for a blank); a value that
    holds a character of the query's structure was stored as written and goes back so."""
    if any(c in _STRUCTURE for c in value):
        return value
    return quote(value, safe="")
