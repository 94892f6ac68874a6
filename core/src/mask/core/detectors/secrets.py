"""Secrets that leak into agent contexts: API_KEY, PRIVATE_KEY, JWT, PASSWORD.

- ``API_KEY``: AWS access key ids (``AKIA``/``ASIA``...), GitHub tokens (``ghp_``, ``gho_``,
  ``ghu_``, ``ghs_``, ``ghr_``, ``github_pat_``), Slack tokens (``xoxb-``, ``xoxp-``...),
  Stripe secret/restricted keys (``sk_live_``, ``rk_live_``, ``sk_test_``), OpenAI keys
  (``sk-``, ``sk-proj-``), Google API keys (``AIza``), and ``api_key=...`` /
  ``secret_key: ...`` assignments (the value only).
- ``PRIVATE_KEY``: a whole ``-----BEGIN ... PRIVATE KEY-----`` ... ``-----END ...-----`` block.
- ``JWT``: three base64url parts whose header decodes to JSON with ``alg``.
- ``PASSWORD``: the value of ``password=...``, ``passwd: ...``, ``pwd=...`` pairs (the key is kept).
"""

from __future__ import annotations

import regex

from .base import PatternDetector, Rule
from .validators import is_jwt

__all__ = ["SECRET_TYPES", "secrets_detector"]

SECRET_TYPES = frozenset({"API_KEY", "PRIVATE_KEY", "JWT", "PASSWORD"})

_B = r"(?<![0-9A-Za-z_\-])"
_E = r"(?![0-9A-Za-z_\-])"
# (anchor literals, literals one of which every anchor holds, pattern) per provider: a
# pattern runs only on texts holding one of its anchors.
_PROVIDERS: list[tuple[tuple[str, ...], tuple[str, ...], str]] = [
    (
        ("AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "AIPA"),
        (),
        r"(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}",
    ),
    (("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), (), r"gh[pousr]_[A-Za-z0-9]{36,255}"),  # GitHub
    (("github_pat_",), (), r"github_pat_[A-Za-z0-9_]{22,255}"),
    (("xoxa-", "xoxb-", "xoxp-", "xoxo-", "xoxs-", "xoxr-"), ("xox",), r"xox[abposr]-[A-Za-z0-9\-]{10,250}"),  # Slack
    (("_live_", "_test_"), (), r"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}"),  # Stripe
    (("sk-",), (), r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,200}"),  # OpenAI
    (("AIza",), (), r"AIza[0-9A-Za-z_\-]{35}"),  # Google
]

_ASSIGNED_KEY = regex.compile(
    r"(?<![A-Za-z0-9])(?:api[_\-. ]?key|apikey|secret[_\-. ]?key|access[_\-. ]?key(?:[_\-. ]?id)?|client[_\-. ]?secret|auth[_\-. ]?token|access[_\-. ]?token|api[_\-. ]?token|x-api-key)"
    r"[\"']?\s{0,3}[:=]\s{0,3}[\"']?(?P<v>[A-Za-z0-9_\-+/=.~]{16,512})",
    regex.IGNORECASE,
)
_ASSIGNED_ANCHORS = ("key", "secret", "token")
_PASSWORD_ANCHORS = (
    "password",
    "passwd",
    "passphrase",
    "pwd",
    "pass=",
    "pass:",
    'pass"',
    "pass'",
    "pass =",
    "pass :",
    "pass=>",
)
_PRIVATE_KEY = regex.compile(
    r"-----BEGIN (?P<kind>[A-Z0-9 ]{0,40}?)PRIVATE KEY(?: BLOCK)?-----"
    r"[A-Za-z0-9+/=\s:,\-.\\]{0,20000}?"
    r"-----END (?P=kind)PRIVATE KEY(?: BLOCK)?-----"
)
_JWT = regex.compile(_B + r"eyJ[A-Za-z0-9_\-]{5,4000}\.[A-Za-z0-9_\-]{2,8000}\.[A-Za-z0-9_\-]{0,2000}" + _E)
_PASSWORD = regex.compile(
    r"(?<![A-Za-z0-9])(?:password|passwd|passphrase|pass|pwd|db_pass|db_password|user_password)"
    r"[\"']?\s{0,3}(?:[:=]|=>)\s{0,3}(?:(?P<q>[\"'])(?P<v>[^\"'\r\n]{1,256})(?P=q)|(?P<v>(?:[^\s\"',;&}]|&(?![A-Za-z_][A-Za-z0-9_]*=)){1,256}))",
    regex.IGNORECASE,
)
_PAIR_NAME = r'"(?:name|key)"\s{0,3}:\s{0,3}"[A-Za-z0-9_.\-]{0,40}?'
_PAIR_VALUE = r'"\s{0,3},\s{0,3}"value"\s{0,3}:\s{0,3}"(?P<v>[^"\\\r\n]{1,256})"'
_PAIR_PASSWORD = regex.compile(_PAIR_NAME + r"(?:password|passwd|passphrase|pwd)" + _PAIR_VALUE, regex.IGNORECASE)
_PAIR_KEY = regex.compile(
    _PAIR_NAME + r"(?:secret|token|api[_\-]?key|access[_\-]?key)" + _PAIR_VALUE.replace("{1,256}", "{16,512}"),
    regex.IGNORECASE,
)
"""A name/value pair of JSON text whose name ends with a password's or a key's word (a container's
env, ``{"name": "DB_PASSWORD", "value": "..."}``; not ``PASSWORD_MIN_LENGTH``): the value. A
payload's pair reads ``DB_PASSWORD: ...``, which :data:`_PASSWORD` finds; a key's value has 16
characters or more, as :data:`_ASSIGNED_KEY` wants."""
_PAIR_PASSWORD_ANCHORS = ("password", "passwd", "passphrase", "pwd")
_PLACEHOLDERS = frozenset(
    {
        "",
        "null",
        "none",
        "nil",
        "true",
        "false",
        "undefined",
        "required",
        "string",
        "password",
        "****",
        "********",
        "xxx",
        "xxxx",
        "<password>",
        "${password}",
        "changeme?",
    }
)


def _real_password(value: str) -> bool:
    v = value.strip().lower()
    return (
        v not in _PLACEHOLDERS and not (set(v) <= {"*", "x", "•", "."}) and not v.startswith(("[redacted", "{{", "${"))
    )


def secrets_detector(window: int) -> PatternDetector:
    rules = [
        Rule("PRIVATE_KEY", _PRIVATE_KEY, 1.0, anchors=("PRIVATE KEY",)),
        Rule("JWT", _JWT, 0.95, is_jwt, anchors=("eyJ",)),
        *(
            Rule("API_KEY", regex.compile(_B + source + _E), 0.9, anchors=anchors, anchor_gate=gate)
            for anchors, gate, source in _PROVIDERS
        ),
        Rule("API_KEY", _ASSIGNED_KEY, 0.8, _real_password, anchors=_ASSIGNED_ANCHORS, anchors_lower=True, group="v"),
        # anchored on the names' words (one of which the quiet test asks for anyway), not on '"value"':
        # that would add a quote to the quiet test's first characters, and JSON is full of them
        Rule(
            "PASSWORD",
            _PAIR_PASSWORD,
            0.9,
            _real_password,
            anchors=_PAIR_PASSWORD_ANCHORS,
            anchors_lower=True,
            group="v",
        ),
        Rule("API_KEY", _PAIR_KEY, 0.85, _real_password, anchors=_ASSIGNED_ANCHORS, anchors_lower=True, group="v"),
        Rule(
            "PASSWORD",
            _PASSWORD,
            0.9,
            _real_password,
            anchors=_PASSWORD_ANCHORS,
            anchors_lower=True,
            anchor_gate=("pass", "pwd"),
            group="v",
        ),
    ]
    return PatternDetector(name="secrets", rules=rules, window=window, entity_types=SECRET_TYPES)
