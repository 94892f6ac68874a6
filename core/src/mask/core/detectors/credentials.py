"""Credentials that configuration files and commands write without a ``password=`` label.

A tool that reads a home directory, a crontab or a shell history hands over logins and
passwords in the layouts their programs read, where no key names the password:

- a ``.netrc`` entry: ``machine api.corp.io login jdoe password s3cret`` (on one line or
  several; ``default`` in place of ``machine <host>``);
- a ``.pgpass`` line: ``db.corp.io:5432:billing:jdoe:s3cret`` (host, port, database, user,
  password);
- ``curl -u "jdoe:s3cret"`` (``--user``, ``--proxy-user``) on a line that runs ``curl``;
- a URL's userinfo: ``postgres://jdoe:s3cret@10.0.0.5:5432/crm``, ``https://jdoe:token@git.corp.io``.

The password is a ``PASSWORD`` (not a placeholder: :func:`~.secrets.real_password`, nor a
shell variable: ``$PGPASS``); the login a ``USERNAME`` where that type's shape takes it (not
``root``, ``postgres`` or an e-mail address, which the e-mail detector finds). The detector runs
with the labels, before the patterns: ``s3cret@db.corp.io`` of a URL is no e-mail address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import SpanFinder
from .label_detector import STAGE_LABELS
from .label_shapes import extract
from .secrets import real_password

__all__ = ["CredentialsDetector", "credential_spans"]

SCORE = 0.95
"""Above the patterns' scores: the layout names the value as precisely as a label does."""

_HOST = r"(?:[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63})+|localhost|\[[0-9A-Fa-f:.]{2,45}\])"
"""A host a credential is for: a dotted name or address, ``localhost``, a bracketed IPv6 address."""
_NETRC = re.compile(
    rf"(?<![\w\-])(?:machine[ \t\r\n]+{_HOST}|(?<![^\n])[ \t]*default)"
    r"(?P<body>(?:[ \t\r\n]+(?:login|password|account|port)[ \t\r\n]+(?:\"[^\"\r\n]{1,256}\"|[^\s\"]{1,256})){1,4})"
)
"""A ``.netrc`` entry: ``machine`` and a host (or ``default`` opening a line), then its tokens."""
_NETRC_TOKEN = re.compile(
    r"(?P<name>login|password|account|port)[ \t\r\n]+(?:\"(?P<quoted>[^\"\r\n]*)\"|(?P<plain>\S+))"
)
_PGPASS = re.compile(
    rf"^[ \t]*(?:{_HOST}|\*):(?:[0-9]{{1,5}}|\*):[\w.\-*]{{1,63}}:"
    r"(?P<user>[\w.\-@*]{1,64}):(?P<password>(?:\\[:\\]|[^:\s\\]){1,256})[ \t]*\r?$",
    re.MULTILINE,
)
"""A ``.pgpass`` line: host, port, database, user and password (``\\:`` escapes a colon in it)."""
_CURL_USER = re.compile(
    r"(?<![\w\-])curl[ \t][^\r\n|;&]{0,400}?[ \t](?:-u[ \t]*|--(?:proxy-)?user(?:[ \t]+|=))"
    r"(?P<q>[\"']?)(?P<user>[^\s:\"']{0,64}):(?P<password>[^\s\"']{1,256})(?P=q)(?![^\s\"'])"
)
"""``curl ... -u user:password`` (``--user``, ``--proxy-user``; quoted or not) on a line that runs curl."""
_USERINFO = re.compile(
    r"(?<![\w.+\-])[A-Za-z][A-Za-z0-9+.\-]{1,30}://"
    r"(?P<user>[^\s:/?#@\[\]\"'<>`]{0,128})(?::(?P<password>[^\s/?#@\"'<>`]{1,256}))?@(?=[\w\[])"
)
"""A URL's userinfo: ``scheme://user:password@host`` (the password may be missing: ``https://jdoe@host``)."""
_VARIABLE = re.compile(r"\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|%[A-Za-z_][A-Za-z0-9_]*%")
"""A shell's or Windows' variable standing for the value (``$PGPASS``, ``${TOKEN}``, ``%PASS%``)."""


def _password(value: str) -> bool:
    """``value`` is a password written out: not a placeholder nor a variable standing for one."""
    return real_password(value) and _VARIABLE.fullmatch(value) is None


def _login(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The extent of the person's login ``text[start:end]`` (USERNAME's shape), or None."""
    found = extract("USERNAME", text[start:end], whole=True)
    return None if found is None else (start + found[0], start + found[1])


def _pair(text: str, m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """The login and the password of a match with ``user`` and ``password`` groups; none when the
    password repeats a login that is no person's (a service's default: ``guest:guest``,
    ``app:app``, ``postgres:postgres``), which stays in clear beside it."""
    password = m.group("password")
    user = m.group("user")
    login = _login(text, m.start("user"), m.end("user")) if user else None
    if user and login is None and password == user:
        return
    if password is None or _password(password):
        if login is not None:
            yield login[0], login[1], "USERNAME"
        if password is not None:
            yield m.start("password"), m.end("password"), "PASSWORD"


def _netrc(text: str) -> Iterator[tuple[int, int, str]]:
    """The logins and passwords of the ``.netrc`` entries of ``text`` (an entry with a password)."""
    for entry in _NETRC.finditer(text):
        tokens = list(_NETRC_TOKEN.finditer(text, entry.start("body"), entry.end("body")))
        if not any(t.group("name") == "password" for t in tokens):
            continue  # "machine learning login page": no password, no entry
        for token in tokens:
            group = "quoted" if token.group("quoted") is not None else "plain"
            start, end = token.span(group)
            if token.group("name") == "password" and _password(token.group(group)):
                yield start, end, "PASSWORD"
            elif token.group("name") == "login":
                login = _login(text, start, end)
                if login is not None:
                    yield login[0], login[1], "USERNAME"


def credential_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, type)`` of the logins and passwords of ``text`` (see the module)."""
    if "machine" in text or "default" in text:
        yield from _netrc(text)
    if text.count(":") >= 4:
        for m in _PGPASS.finditer(text):
            yield from _pair(text, m)
    if "curl" in text:
        for m in _CURL_USER.finditer(text):
            yield from _pair(text, m)
    if "@" in text and "://" in text:
        for m in _USERINFO.finditer(text):
            yield from _pair(text, m)


class CredentialsDetector(SpanFinder):
    """Logins and passwords of ``.netrc`` and ``.pgpass`` files, ``curl -u`` and URLs (see the module)."""

    name = "credentials"
    stage = STAGE_LABELS
    score = SCORE
    entity_types = frozenset({"PASSWORD", "USERNAME"})

    def may_hold(self, text: str) -> bool:
        return "password" in text or ":" in text

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        return credential_spans(text)
