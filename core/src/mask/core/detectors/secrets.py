"""Secrets that leak into agent contexts: API_KEY, PRIVATE_KEY, JWT, PASSWORD.

- ``API_KEY``: AWS access key ids (``AKIA``/``ASIA``...), GitHub tokens (``ghp_``, ``gho_``,
  ``ghu_``, ``ghs_``, ``ghr_``, ``github_pat_``), Slack tokens (``xoxb-``, ``xoxp-``...),
  Stripe secret/restricted keys (``sk_live_``, ``rk_live_``, ``sk_test_``), OpenAI keys
  (``sk-``, ``sk-proj-``), Google API keys (``AIza``), and ``api_key=...`` /
  ``secret_key: ...`` assignments (the value only).
- ``PRIVATE_KEY``: a whole ``-----BEGIN ... PRIVATE KEY-----`` ... ``-----END ...-----`` block.
- ``JWT``: three base64url parts whose header decodes to JSON with ``alg``.
- ``PASSWORD``: the value of ``password=...``, ``passwd: ...``, ``pwd=...`` pairs (the key is kept);
  a password's hash by its crypt format (``$2b$12$...``, ``$argon2id$...``, ``$6$...``).
- ``API_KEY`` too: GitLab, npm, PyPI, SendGrid, Hugging Face, Shopify and DigitalOcean tokens by
  their prefixes; a session's identifier or an anti-forgery token under its cookie or key.

``.netrc``, ``.pgpass``, ``curl -u`` and URL credentials: :mod:`.credentials`.
"""

from __future__ import annotations

import regex

from .base import PatternDetector, Rule
from .validators import is_jwt

__all__ = ["SECRET_TYPES", "real_password", "secrets_detector"]

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
    # Other well-known prefixes of tokens: GitLab's personal, deploy and runner tokens, npm, PyPI,
    # SendGrid, Hugging Face, Shopify, DigitalOcean.
    (("glpat-", "gldt-", "glrt-"), ("gl",), r"gl(?:pat|dt|rt)-[A-Za-z0-9_\-]{20,255}"),
    (("npm_",), (), r"npm_[A-Za-z0-9]{36}"),
    (("pypi-",), (), r"pypi-AgE[A-Za-z0-9_\-]{50,400}"),
    (("SG.",), (), r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}"),
    (("hf_",), (), r"hf_[A-Za-z0-9]{34}"),
    (("shpat_", "shpss_", "shpca_", "shppa_"), ("shp",), r"shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}"),
    (("dop_v1_",), (), r"dop_v1_[a-f0-9]{64}"),
]

_ASSIGNED_KEY = regex.compile(
    r"(?<![A-Za-z0-9])(?:api[_\-. ]?key|apikey|secret[_\-. ]?key|access[_\-. ]?key(?:[_\-. ]?id)?|client[_\-. ]?secret|auth[_\-. ]?token|access[_\-. ]?token|api[_\-. ]?token|x-api-key)"
    # a quoted value may open the next line; an unquoted one is on the key's line (an empty
    # STRIPE_API_KEY= does not take the next line's SMTP_HOST=localhost)
    r"[\"']?\s{0,3}[:=](?:[ \t]{0,3}|\s{0,3}(?=[\"']))[\"']?(?P<v>[A-Za-z0-9_\-+/=.~]{16,512})",
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
_PASSWORD_PLAIN = r"(?:[^\s\"',;&}]|&(?![A-Za-z_][A-Za-z0-9_]*=)){1,256}"
_PASSWORD = regex.compile(
    r"(?<![A-Za-z0-9])(?:password|passwd|passphrase|pass|pwd|db_pass|db_password|user_password)"
    r"[\"']?(?:[ \t]{4,40}|\s{0,3})(?:=>|[:=])"
    # a quoted value may open the next line; an unquoted one is on the key's line (an empty
    # DB_PASSWORD= does not take the next line's SMTP_HOST=...)
    rf"(?:\s{{0,3}}(?P<q>[\"'])(?P<v>[^\"'\r\n]{{1,256}})(?P=q)|[ \t]{{0,3}}(?P<v>{_PASSWORD_PLAIN})"
    # aligned by blanks (SMTP_PASSWORD:      Tr0ub...): a value that ends its line, no prose's first word
    rf"|[ \t]{{4,40}}(?:(?P<aq>[\"'])(?P<v>[^\"'\r\n]{{1,256}})(?P=aq)|(?P<v>{_PASSWORD_PLAIN})(?=[ \t]*(?:\r?\n|$))))",
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
_C = r"[./A-Za-z0-9]"
"""A character of crypt(3)'s base64."""
_PASSWORD_HASH = regex.compile(
    r"(?<![\w])(?:"
    rf"\$2[abxy]?\$[0-9]{{2}}\${_C}{{53}}"  # bcrypt
    r"|(?:argon2)?\$argon2(?:id|i|d)\$(?:v=[0-9]{1,3}\$)?m=[0-9]{1,8},t=[0-9]{1,4},p=[0-9]{1,3}"
    r"\$[A-Za-z0-9+/]{8,128}\$[A-Za-z0-9+/]{16,256}"  # Argon2 (PHC string; Django's prefix)
    rf"|\$[56]\$(?:rounds=[0-9]{{1,9}}\$)?{_C}{{1,16}}\$(?:{_C}{{86}}|{_C}{{43}})"  # sha512-crypt, sha256-crypt
    rf"|\$1\${_C}{{1,8}}\${_C}{{22}}"  # md5-crypt
    rf"|\$y\${_C}{{1,32}}\${_C}{{1,86}}\${_C}{{43}}"  # yescrypt
    r"|\$?pbkdf2[_\-]sha(?:1|256|512)\$[0-9]{3,8}\$[A-Za-z0-9./+]{1,128}\$[A-Za-z0-9./+]{20,256}={0,2}"  # Django, passlib
    r")(?![\w./+$=])"
)
"""A password's hash in the unmistakable format of a crypt scheme (``$2b$12$`` and 53 characters,
``$argon2id$v=19$...``, ``$6$salt$...``, Django's ``pbkdf2_sha256$600000$...``): a credential's
derivative (a weak password is found from it), labelled or not; ``$2b$`` in prose is not one."""
_HASH_ANCHORS = ("$2", "$argon2", "$5$", "$6$", "$1$", "$y$", "pbkdf2")
_SESSION = regex.compile(
    # a key ending in session (laravel_session) matches from its "session": no prefix is tried at
    # every word's letter
    r"(?:(?<![A-Za-z0-9.\-])session(?:[_\-.]?(?:id|key|token))?"
    r"|(?<![\w.\-])(?:sess(?:id|_id|_key)|sid|connect\.sid"
    r"|phpsessid|jsessionid|asp\.net_sessionid|csrf(?:[_\-]?token)?|csrfmiddlewaretoken|xsrf(?:[_\-]?token)?"
    r"|remember(?:_user)?_token|remember_me|refresh[_\-]?token|id[_\-]token))"
    r"(?:[\"']?[ \t]{0,3}[:=][ \t]{0,3}|[\"'][ \t]*\r?\n[ \t]*[0-9]{1,5}\)[ \t]+)[\"']?"
    r"(?P<v>[A-Za-z0-9_\-+/=.~%]{16,512})(?![A-Za-z0-9_\-+/=.~%])",
    regex.IGNORECASE,
)
"""A session's identifier or an anti-forgery token under its key or cookie (``Cookie: session=...``,
``"csrf_token": "..."``, redis-cli's ``9) "csrf_token"`` / ``10) "..."``): whoever holds it acts
as the user, as with a password. An identifier that grants nothing (a trace's, a request's) has
another name; a Twilio resource's ``sid`` (``SM`` and 32 hex digits) is no session."""
_SESSION_ANCHORS = (
    *("sess", "csrf", "xsrf", "remember", "refresh", "id_token", "id-token"),
    *("sid=", "sid:", 'sid"', "sid'", "sid "),  # a key "sid", not the "sid" of "inside" or "consider"
)
_TWILIO_SID = regex.compile(r"[A-Z]{2}[0-9a-f]{32}")


def _session_value(value: str) -> bool:
    """A session's identifier: letters and digits both (not a word such as ``ended_by_user_timeout``),
    no placeholder and no Twilio resource's id."""
    return (
        any(c.isdigit() for c in value)
        and any(c.isalpha() for c in value)
        and real_password(value)
        and _TWILIO_SID.fullmatch(value) is None
    )


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
        # the stand-in of a sample configuration
        "changeme",
    }
)


def real_password(value: str) -> bool:
    """``value`` (under a password's or a key's name) is a secret written out: not a placeholder
    (``null``, ``****``, ``changeme``), a template's field (``{{ pw }}``, ``${PW}``, ``<your-password>``)
    nor a redaction."""
    v = value.strip().lower()
    return (
        v not in _PLACEHOLDERS
        and not (set(v) <= {"*", "x", "\u2022", "."})
        and not v.startswith(("[redacted", "{{", "${"))
        and not (v.startswith("<") and v.endswith(">"))
    )


_PATH = regex.compile(r"~?/[\w.\-/]*")
"""An absolute path: what sudo's log writes after ``PWD=`` (the working directory), no password."""


def _password_value(value: str) -> bool:
    """The value after a password's key is a password: a real one (:func:`real_password`), no path."""
    return real_password(value) and _PATH.fullmatch(value) is None


def secrets_detector(window: int) -> PatternDetector:
    rules = [
        Rule("PRIVATE_KEY", _PRIVATE_KEY, 1.0, anchors=("PRIVATE KEY",)),
        Rule("JWT", _JWT, 0.95, is_jwt, anchors=("eyJ",)),
        *(
            Rule("API_KEY", regex.compile(_B + source + _E), 0.9, anchors=anchors, anchor_gate=gate)
            for anchors, gate, source in _PROVIDERS
        ),
        Rule("API_KEY", _ASSIGNED_KEY, 0.8, real_password, anchors=_ASSIGNED_ANCHORS, anchors_lower=True, group="v"),
        # anchored on the names' words (one of which the quiet test asks for anyway), not on '"value"':
        # that would add a quote to the quiet test's first characters, and JSON is full of them
        Rule(
            "PASSWORD",
            _PAIR_PASSWORD,
            0.9,
            real_password,
            anchors=_PAIR_PASSWORD_ANCHORS,
            anchors_lower=True,
            group="v",
        ),
        Rule("API_KEY", _PAIR_KEY, 0.85, real_password, anchors=_ASSIGNED_ANCHORS, anchors_lower=True, group="v"),
        Rule("PASSWORD", _PASSWORD_HASH, 0.95, anchors=_HASH_ANCHORS),
        Rule("API_KEY", _SESSION, 0.85, _session_value, anchors=_SESSION_ANCHORS, anchors_lower=True, group="v"),
        Rule(
            "PASSWORD",
            _PASSWORD,
            0.9,
            _password_value,
            anchors=_PASSWORD_ANCHORS,
            anchors_lower=True,
            anchor_gate=("pass", "pwd"),
            group="v",
        ),
    ]
    return PatternDetector(name="secrets", rules=rules, window=window, entity_types=SECRET_TYPES)
