"""Keys that name a value only in a context around them: too short or too common to be a label
anywhere, each is one where its text says what it is.

- ``cn`` and ``sn``, an LDAP entry's common name and surname: in an LDIF record (``cn: Rutendo
  Chikwanha`` among ``dn:``, ``objectClass:``, ``uid:`` rows), and ``cn=`` in a directory's
  distinguished name, whose domain components follow (``cn=Elspeth Gowrie,ou=people,dc=example,dc=org``);
  not a certificate's subject (``CN=R3, O=Let's Encrypt, C=US``), nor a locale's code (``cn: zh-Hans``);
- ``Middle:``, a form's middle-name field, beside a first or last name's field;
- a user name after ``=`` that holds a blank between capitalised words: a person's name, as a log
  line writes it (``user_name="Constance Ashworth-Bligh"``; a login holds no blank; a form's
  ``Username: Bob Smith`` names an account, and stays);
- ``sort`` before a UK sort code's shape on the line of an account (``acc 12345678 sort 40-11-62``);
- Portugal's ``CC`` (cartão de cidadão) in capitals after ``do`` (``portadora do CC 14829371``), or
  in its full shape with its check characters (``CC 14829371 4 ZZ0``): not an e-mail's ``CC``
  or a cost centre's.

:func:`context_type` gives the type such a key names at its place, or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import regex

__all__ = ["CONTEXT_HEADS", "context_type"]

_REACH = 240
"""How far around a key its context is looked for."""

_LDIF_ROW = re.compile(
    r"(?im)^(?:dn|objectclass|changetype|uid|givenname|mail|uidnumber|gidnumber|homedirectory|loginshell"
    r"|displayname|employeenumber|userpassword|samaccountname|userprincipalname|memberof)::?[ ]"
)
"""A row of an LDIF record that only a directory's entry has (``cn`` and ``sn`` do not count: a list
of languages has ``cn`` and ``sn`` too, China's and Shona's codes)."""
_DN_DOMAIN = re.compile(r"(?i),[ ]?dc=")
"""A domain component after a ``cn=`` value: a directory's distinguished name (a certificate's
subject has an organisation and a country, no domain components)."""
_DN_VALUE = re.compile(r"[^,=\n]{1,64}")
_SERVICE_WORDS = frozenset(
    {
        "manager", "admin", "administrator", "administrators", "directory", "service", "services", "users",
        "groups", "group", "readonly", "reader", "replicator", "config", "monitor", "schema", "root", "proxy",
        "sync", "bind", "ldap", "system", "accounts", "computers", "builtin", "domain",
    }
)  # fmt: skip
"""Words of a directory entry that is no person's (``cn=Manager,dc=example,dc=com``, an OpenLDAP
root; ``CN=Users,DC=corp``)."""
_NAME_PART_LABEL = re.compile(
    r"(?i)(?<![\w])(?:(?:first|given|last|family|christian)[ _\-]?name|surname|forename|fname|lname)[ \t]*[:=]"
)
"""A first or last name's field: a ``Middle:`` near it is a middle name's."""
_FULL_NAME = regex.compile(
    r"[ \t]*[\"']?\p{Lu}[\p{L}\p{M}'\u2019\-]+(?:[ ]\p{Lu}[\p{L}\p{M}'\u2019.\-]*)+[\"']?(?![\w])"
)
"""Two capitalised words or more, maybe in quotes: a person's name, no login."""
_SORT_CODE = re.compile(r"[ \t]*[0-9]{2}-[0-9]{2}-[0-9]{2}(?![\w/-])")
_ACCOUNT = re.compile(
    r"(?i)(?<![\w/])(?:acc|acct|account|a/c)(?:[ .]?(?:no|nr|number))?\.?[ \t]*[:#]?[ \t]*[0-9]{6,10}(?![\w-])"
)
"""An account's label and its number, on the line of a bare ``sort`` before a sort code."""
_CITIZEN_CARD = re.compile(r"[ \t]*[0-9]{8}(?:[ ]?[0-9][ ]?[A-Z]{2}[0-9])?(?![\w/-])")
_FULL_CITIZEN_CARD = re.compile(r"[ \t]*[0-9]{8}[ ]?[0-9][ ]?[A-Z]{2}[0-9](?![\w/-])")
"""Portugal's citizen card number, its check digit, two letters and a digit (``14829371 4 ZZ0``)."""
_CARD_OWNER = re.compile(r"(?i)(?<![\w])(?:do|o|seu|meu|teu|nosso|vosso)[ \t]+$")
"""Portuguese words before ``CC`` that make it a card someone holds (``portadora do CC``)."""


def _line_of(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _directory_name(text: str, key: str, key_start: int, end: int, sep: str) -> str | None:
    """``cn`` or ``sn`` of a directory's entry: a row of an LDIF record (another row of the record
    only an entry has, within reach), or ``cn=`` of a distinguished name with domain components and
    a value that names no service or group."""
    line_start, line_end = _line_of(text, key_start)
    if sep == ":":
        if key_start != line_start:
            return None
        before = _LDIF_ROW.search(text, max(0, line_start - _REACH), max(0, line_start - 1))
        if before is None and _LDIF_ROW.search(text, min(len(text), line_end + 1), line_end + _REACH) is None:
            return None
        return "PERSON"
    if sep != "=" or key.casefold() != "cn":
        return None
    value = _DN_VALUE.match(text, end)
    if value is None or _DN_DOMAIN.search(text, value.end(), line_end) is None:
        return None
    if any(w.casefold() in _SERVICE_WORDS for w in value.group().split()):
        return None
    return "PERSON"


def _middle_name(text: str, key: str, key_start: int, end: int, sep: str) -> str | None:
    """``Middle:`` beside a first or last name's field, on its line or the lines next to it."""
    if sep != ":":
        return None
    line_start, line_end = _line_of(text, key_start)
    lo = _line_of(text, line_start - 1)[0] if line_start else 0  # the line before
    hi = _line_of(text, line_end + 1)[1] if line_end < len(text) else line_end  # the line after
    lo, hi = max(lo, key_start - _REACH), min(hi, end + _REACH)
    return "PERSON" if _NAME_PART_LABEL.search(text, lo, hi) is not None else None


def _user_full_name(text: str, key: str, key_start: int, end: int, sep: str) -> str | None:
    """A user name's key in a log line's ``key=value`` pair whose value is capitalised words with a
    blank between: a person's name."""
    return "PERSON" if sep == "=" and _FULL_NAME.match(text, end) is not None else None


def _sort_code(text: str, key: str, key_start: int, end: int, sep: str) -> str | None:
    """A bare ``sort`` before a sort code's shape, an account's number on its line."""
    if _SORT_CODE.match(text, end) is None:
        return None
    line_start, line_end = _line_of(text, key_start)
    lo, hi = max(line_start, key_start - 80), min(line_end, end + 80)
    return "BANK_CODE" if _ACCOUNT.search(text, lo, hi) is not None else None


def _citizen_card(text: str, key: str, key_start: int, end: int, sep: str) -> str | None:
    """Portugal's ``CC`` in capitals before its card's number: after ``do`` (``portadora do CC
    14829371``), or anywhere in its full shape (``CC 14829371 4 ZZ0``)."""
    if not key.isupper():
        return None
    if _FULL_CITIZEN_CARD.match(text, end) is not None:
        return "NATIONAL_ID"
    if _CITIZEN_CARD.match(text, end) is None:
        return None
    return "NATIONAL_ID" if _CARD_OWNER.search(text, max(0, key_start - 12), key_start) is not None else None


_CONTEXT_KEYS: dict[tuple[str, ...], Callable[[str, str, int, int, str], str | None]] = {
    ("cn",): _directory_name,
    ("sn",): _directory_name,
    ("middle",): _middle_name,
    ("user", "name"): _user_full_name,
    ("username",): _user_full_name,
    ("sort",): _sort_code,
    ("cc",): _citizen_card,
}
"""Each key's words (the last one or two of its label) and what tells whether it names a value there."""
CONTEXT_HEADS = frozenset(words[-1] for words in _CONTEXT_KEYS)
"""The last word of each key of :data:`_CONTEXT_KEYS`: only a label ending so is looked at."""


def context_type(label: tuple[str, ...], text: str, key: str, key_start: int, end: int, sep: str) -> str | None:
    """The type a key of :data:`_CONTEXT_KEYS` names at ``key_start`` in ``text`` (``label``: its
    label's words, ``key``: the key as written, its value from ``end`` after the separator ``sep``),
    or None."""
    for n in (2, 1):
        check = _CONTEXT_KEYS.get(label[-n:]) if len(label) >= n else None
        if check is not None:
            return check(text, key, key_start, end, sep)
    return None
