"""The login an SSH server's log line names, without a label: ``Accepted publickey for dkaminski
from 10.0.0.5``, ``Failed password for invalid user bob from 10.0.0.7``, ``Invalid user bob from
10.0.0.7`` (OpenSSH's ``sshd``). The user sits between ``for`` (or ``invalid user``) and ``from``
and the client's address; a system account (``root``) or a placeholder stays, as under a label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .label_shapes import extract

__all__ = ["may_hold_logins", "sshd_users"]

_SSHD = re.compile(
    r"(?<![\w-])(?:(?:Accepted|Failed)[ ][\w/\-]{1,40}[ ]for[ ](?:invalid[ ]user[ ])?|Invalid[ ]user[ ])"
    r"(?P<user>[^\s]{1,64}?)[ ]from[ ](?=[0-9A-Fa-f:.]{2,45}(?![\w:.]))"
)
"""``Accepted`` or ``Failed``, the method (``password``, ``publickey``, ``keyboard-interactive/pam``),
``for``, maybe ``invalid user``; or ``Invalid user``: the login, then ``from`` and an IP address."""


def may_hold_logins(text: str) -> bool:
    """Whether ``text`` may hold an SSH server's login line (a cheap gate before :func:`sshd_users`)."""
    return " from " in text and ("ccepted " in text or "ailed " in text or "nvalid user " in text)


def sshd_users(text: str, begin: int = 0) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each login an SSH server's log line names in ``text`` from ``begin``."""
    for m in _SSHD.finditer(text, begin):
        found = extract("USERNAME", m.group("user"), whole=True)
        if found is not None:
            yield m.start("user") + found[0], m.start("user") + found[1]
