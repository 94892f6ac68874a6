"""Logins that a log's or a listing's layout names, without a label:

- an SSH server's log line: ``Accepted publickey for dkaminski from 10.0.0.5``, ``Failed password
  for invalid user bob from 10.0.0.7``, ``Invalid user bob from 10.0.0.7`` (OpenSSH's ``sshd``);
  the user sits between ``for`` (or ``invalid user``) and ``from`` and the client's address;
- a Unix account's line of ``/etc/passwd`` or ``getent passwd``
  (``pwalsh:x:1005:1005:Padraig Walsh,,,:/home/pwalsh:/bin/bash``): the login of a user's
  account (a UID from 1000 to 60000, where ``useradd`` puts people), and the first part of its
  GECOS field, a person's full name when it has two capitalised words or more;
- a line of ``last`` or ``who`` (``tnakagawa pts/0  10.1.2.3  Mon Mar  4 10:02   still logged in``);
- a ``sudo`` log line (``sudo:  mvasquez : TTY=pts/1 ; PWD=/home/mvasquez ; USER=root ; ...``);
- the user of a web server's access log line in the common or combined format
  (``10.0.0.1 - jkariuki [14/Feb/2024:08:12:47 +0000] "POST /login HTTP/1.1" ...``; ``-``: none);
- an IAM user's name in an AWS ARN (``arn:aws:iam::902118437765:user/ozan.yildirim``);
- a session's user in a PAM or ``systemd-logind`` log line (``session opened for user
  rchowdhury(uid=1007)``, ``New session 4412 of user dkaminski.``);
- the owner of a home directory (``PWD=/home/mvasquez``, ``/Users/hkim/projects``,
  ``C:\\Users\\akumar\\Desktop``), which is the login of its account;
- ``for user`` and a login in a log line (a line with a time or a log level: ``12:01:08 ERROR
  saving card for user mthorsdottir (...)``), but not an ordinary word there (``for user input``).

A system or service account (``root``, ``deploy``) or a placeholder stays, as under a label
(:func:`~.label_shapes.extract`). Each layout has a cheap gate (:func:`may_hold_logins`) before
its pattern runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .label_shapes import extract
from .label_words import HOME_DIR_ACCOUNTS, NOT_LOGINS_AFTER_FOR_USER

__all__ = ["layout_logins", "may_hold_logins", "sshd_users"]

_SSHD = re.compile(
    r"(?<![\w-])(?:(?:Accepted|Failed)[ ][\w/\-]{1,40}[ ]for[ ](?:invalid[ ]user[ ])?|Invalid[ ]user[ ])"
    r"(?P<user>[^\s]{1,64}?)[ ]from[ ](?=[0-9A-Fa-f:.]{2,45}(?![\w:.]))"
)
"""``Accepted`` or ``Failed``, the method (``password``, ``publickey``, ``keyboard-interactive/pam``),
``for``, maybe ``invalid user``; or ``Invalid user``: the login, then ``from`` and an IP address."""

_PASSWD = re.compile(
    r"(?m)^(?P<user>[a-z_][\w.\-]{0,31})\$?:[^:\n]{0,128}:(?P<uid>[0-9]{1,10}):[0-9]{1,10}:"
    r"(?P<gecos>[^:\n]{0,256}):(?P<home>/[^:\n]{0,256}):[^:\n]{0,128}$"
)
"""A ``passwd`` line: the login, the password's field (``x``), the UID, the GID, the GECOS field,
the home directory (which may end with the login: ``/home/okarimi``) and the shell."""
_PEOPLES_UIDS = range(1000, 60001)
"""UIDs of people's accounts (``UID_MIN`` to ``UID_MAX`` of ``login.defs``): those under them are
the system's, and ``nobody``'s 65534 is above them."""

_LAST = re.compile(
    r"(?m)^(?P<user>[a-z_][\w.\-]{0,31})[ \t]+(?:pts/[0-9]{1,4}|tty[\w/]{1,8}|:[0-9]{1,3}(?:\.[0-9])?|console)"
    r"[ \t]+(?=[^\n]{0,80}?(?:\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ ]+[A-Z][a-z]{2}[ ]+[0-9]{1,2}\b"
    r"|\b[0-9]{4}-[0-9]{2}-[0-9]{2}[ ][0-9]{2}:[0-9]{2}\b))"
)
"""A login at a line's start, its terminal (``pts/0``, ``tty1``, ``:0``, ``console``) and, further
on the line, the login's date (``Mon Mar  4`` as ``last`` writes it, ``2024-03-04 10:02`` as ``who``
does)."""

_SUDO = re.compile(
    r"(?<![\w-])sudo(?:\[[0-9]{1,10}\])?:[ ]{1,4}(?P<user>[^\s:;]{1,64})[ ]:[ ](?=[^\n]{0,200}?\b(?:TTY|PWD|COMMAND)=)"
)
"""``sudo:``, the invoking user and `` : `` before the fields sudo logs (``TTY=``, ``PWD=``,
``COMMAND=``), maybe after a reason (``3 incorrect password attempts ;``)."""

_ACCESS_LOG = re.compile(
    r"(?<!\S)[^\s\"\[\]]{1,255}[ ][^\s\"\[\]]{1,64}[ ](?P<user>[^\s\"\[\]]{1,64})[ ]"
    r"\[[0-9]{1,2}/[A-Z][a-z]{2}/[0-9]{4}:[0-9]{2}:[0-9]{2}:[0-9]{2}[ ][+\-][0-9]{4}\][ ]\""
)
"""The client's address, the ident (``-``), the user and the request's time in brackets, then the
request's quote: a line of the common or combined log format (Apache, nginx)."""

_IAM_USER = re.compile(
    r"(?<![\w-])arn:aws[\w\-]{0,12}:iam::[0-9]{12}:user/(?:[\w+=,.@\-]{1,64}/){0,8}(?P<user>[\w+=,.@\-]{1,64})"
)
"""An IAM user's ARN: its path (``/engineering/``) and the user's name."""


_SESSION_USER = re.compile(
    r"(?<![\w-])(?:session[ ](?:opened|closed)[ ]for[ ]user|[Nn]ew[ ]session[ ][\w-]{1,20}[ ]of[ ]user"
    r"|[Ss]ession[ ][\w-]{1,20}[ ]of[ ][Uu]ser)[ ](?P<user>[^\s(]{1,64}?)\.?(?=\(|\s|$)"
)
"""PAM's ``session opened for user X(uid=N)`` and ``systemd-logind``'s ``New session N of user X.``
(systemd's ``Started Session N of User X.``): the session's user."""

_HOME_DIR = re.compile(
    r"(?:(?<![\w.~-])/home/|(?<![\w.~-])/Users/|(?<![\w])[A-Za-z]:\\{1,2}Users\\{1,2})(?P<user>[^\s/\\:;'\"<>|]{1,64})"
)
"""A home directory: ``/home/X``, macOS's ``/Users/X``, Windows' ``C:\\Users\\X`` (maybe with its
backslashes escaped, as JSON writes them); ``X`` is its account's login."""

_LOG_LINE = re.compile(
    r"(?i)[0-9]{1,2}:[0-9]{2}:[0-9]{2}|\b(?:error|warn|warning|info|debug|fatal|crit|critical|notice)\b"
)
"""What makes a line a log's: a time of day with seconds, or a log level."""

_FOR_USER = re.compile(
    r"(?<![\w-])for[ ]user[ ](?P<user>[a-z][\w.\-]{1,39}?)(?=[ ]?\(|[:,;'\"]|[ ]from[ ]|[ ]on[ ]|\.?$|\.[ ])", re.M
)
"""``for user`` and a login in lower case, then a bracket, a separator, ``from``/``on`` or the line's end."""


def may_hold_logins(text: str) -> bool:
    """Whether ``text`` may hold a line of a layout that names a login (a cheap gate before
    :func:`sshd_users` and :func:`layout_logins`)."""
    return (
        (" from " in text and ("ccepted " in text or "ailed " in text or "nvalid user " in text))
        or ":x:" in text  # passwd
        or "bin/" in text
        or " pts/" in text
        or " tty" in text
        or " console" in text
        or " :0" in text  # last
        or "sudo" in text
        or '] "' in text  # an access log
        or ":user/" in text  # an ARN
        or "ession" in text  # PAM, systemd-logind
        or "/home/" in text
        or "Users" in text  # /Users/hkim, C:\\Users\\akumar
        or "for user " in text
    )


def sshd_users(text: str, begin: int = 0) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each login an SSH server's log line names in ``text`` from ``begin``."""
    if " from " not in text:
        return
    for m in _SSHD.finditer(text, begin):
        yield from _login(m)


def layout_logins(text: str, begin: int = 0) -> Iterator[tuple[int, int, str]]:
    """``(start, end, type)`` of each login (``USERNAME``) and account holder's name (``PERSON``)
    that a ``passwd`` line, a line of ``last``, a ``sudo`` log line, a web server's access log
    line or an IAM user's ARN names in ``text`` from ``begin``."""
    if ":x:" in text or "bin/" in text:
        for m in _PASSWD.finditer(text, begin):
            if int(m.group("uid")) not in _PEOPLES_UIDS:
                continue  # a system account's line
            login = list(_login(m))
            if login:
                yield from _typed(iter(login))
                yield from _full_name(text, m.start("gecos"), m.end("gecos"))
                if m.group("home").endswith("/" + m.group("user")):
                    yield m.end("home") - len(m.group("user")), m.end("home"), "USERNAME"  # /home/okarimi
    if " pts/" in text or " tty" in text or " console" in text or " :0" in text:
        for m in _LAST.finditer(text, begin):
            yield from _typed(_login(m))
    if "sudo" in text:
        for m in _SUDO.finditer(text, begin):
            yield from _typed(_login(m))
    if '] "' in text:
        for m in _ACCESS_LOG.finditer(text, begin):
            yield from _typed(_login(m))
    if ":user/" in text:
        for m in _IAM_USER.finditer(text, begin):
            yield from _typed(_login(m))
    if "ession" in text:
        for m in _SESSION_USER.finditer(text, begin):
            yield from _typed(_login(m))
    if "/home/" in text or "Users" in text:
        for m in _HOME_DIR.finditer(text, begin):
            if m.group("user").casefold() not in HOME_DIR_ACCOUNTS:
                yield from _typed(_login(m))
    if "for user " in text:
        yield from _typed(_users_in_log_lines(text, begin))


def _users_in_log_lines(text: str, begin: int) -> Iterator[tuple[int, int]]:
    """``for user X`` in a log line: ``X`` when it is a login, not an ordinary word."""
    for m in _FOR_USER.finditer(text, begin):
        if m.group("user") in NOT_LOGINS_AFTER_FOR_USER:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if _LOG_LINE.search(text, line_start, len(text) if line_end < 0 else line_end) is not None:
            yield from _login(m)


def _login(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The extent of ``m``'s ``user`` group when it is a person's login (not a system account,
    a placeholder or ``-``)."""
    found = extract("USERNAME", m.group("user"), whole=True)
    if found is not None:
        yield m.start("user") + found[0], m.start("user") + found[1]


def _typed(extents: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    return ((lo, hi, "USERNAME") for lo, hi in extents)


def _full_name(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
    """The person's name that opens a GECOS field ``text[lo:hi]`` of a person's account (its
    first comma's part: the rest is a room and phones), when it has two capitalised words or more
    (not ``Deploy user``)."""
    part = text[lo:hi].split(",", 1)[0]
    if sum(word[:1].isupper() for word in part.split()) < 2:
        return
    found = extract("PERSON", part, whole=True)
    if found is not None:
        yield lo + found[0], lo + found[1], "PERSON"
