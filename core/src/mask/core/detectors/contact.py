"""Contact and network detectors: EMAIL_ADDRESS, PHONE_NUMBER, URL, IP_ADDRESS, MAC_ADDRESS."""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers  # noqa: F401  (mask.core.detectors.contact.phonenumbers: tests patch its matcher)
import regex

from ..detector import Budget
from ..tokens.format import EMAIL_DOMAIN
from .base import Hit, PatternDetector, Rule, words
from .label_shapes import extract
from .normalize import Normalized
from .phone import PLAIN_PHONE_WINDOW, PhoneDetector, phone_detector
from .runs import Alphabet
from .shared import TextView, finditer_runs, view_of
from .validators import is_host_ipv4, is_host_ipv6, is_mac

__all__ = [
    "PLAIN_PHONE_WINDOW",
    "PhoneDetector",
    "email_detector",
    "ip_detector",
    "mac_detector",
    "phone_detector",
    "url_detector",
]

# Linear-time shape: local part, '@', dot-separated labels, an alphabetic TLD. The local part
# sits in a (bounded) lookbehind so the search only starts at '@' signs, which are rare. It
# starts with a letter, digit or underscore (so a quote before it, as in Python's repr of a
# dict, is not swallowed) and holds no '/' (so a URL path before it is not swallowed).
_EMAIL = regex.compile(
    r"(?<=(?<![\w.+-])(?P<local>[A-Za-z0-9_][A-Za-z0-9!#$%&'*+=?^_`{|}~-]{0,63}(?:\.[A-Za-z0-9!#$%&'*+=?^_`{|}~-]{1,64}){0,16}))"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,16}[A-Za-z]{2,63}(?![\w-])"
)


_KEY_PREFIX = re.compile(r"(?:[A-Za-z_][A-Za-z0-9_.\-]{0,40}[=?&]){1,4}")
"""``user=`` (or ``notify?to=``) before an address in a log line or a query: ``=``, ``?`` and ``&``
may stand in a local part, but a key there is written before the value. A key holds no ``+``,
so a bounce address (``list+jane=doe.org@...``) stays whole."""


_DISPLAY_NAME = regex.compile(
    r"(?:^|(?<=[\s,;:(]))\"?(?P<name>\p{Lu}[\p{L}\p{M}'\u2019\-]+"
    r"(?:[ ](?:(?:de|da|do|dos|das|van|von|der|den|la|le|di|du|del|della|y|e|ten|ter)[ ]){0,2}\p{Lu}[\p{L}\p{M}'\u2019\-]+){1,3})"
    r"\"?[ ]$"
)
"""The display name before ``<address>`` (``Allegra Gargallo-Santoro <allegra@...> wrote:``): two
to four capitalised words, particles between."""
_NOT_A_PERSON = frozenset(
    {
        "Team", "Support", "Service", "Services", "Sales", "Info", "Admin", "Notifications", "Notification",
        "Billing", "Newsletter", "Noreply", "No-Reply", "Customer", "Desk", "Help", "Helpdesk", "Office", "Mailer",
        "Daemon", "Bot", "Alerts", "Updates", "News", "Security", "Accounts", "Payroll", "Jobs", "Careers",
        "Marketing", "Store", "Shop", "Orders", "Inc", "Ltd", "LLC", "GmbH", "Reply", "Feedback", "Digest",
    }
)  # fmt: skip
"""Words of a sender that is a service, not a person (``Acme Support <support@...>``)."""
SCORE_DISPLAY_NAME = 0.85

_QUOTED_INVERTED_NAME = regex.compile(
    r"(?:^|(?<=[\s,;:(]))\"(?P<name>\p{Lu}[\p{L}\p{M}'\u2019\-]+,[ ]\p{Lu}[\p{L}\p{M}'\u2019\-]+"
    r"(?:[ ]\p{Lu}\.?)?)\"[ ]$"
)
"""A display name written surname first, in quotes (``"Whitfield, Dana" <dana@...>``, as Outlook
writes it), with maybe a middle initial."""
_LOGIN_DISPLAY_NAME = regex.compile(
    r"(?:^|(?<=[:,;(][ \t]{0,4})|(?<=^[ \t]{1,8}))(?P<name>[a-z][a-z0-9._\-]{1,39})[ ]$", regex.M
)
"""A login as the display name, alone at a line's start or after a header's colon or a list's comma
(``zoe.achterberg <zoe@...>`` as ``npm owner ls`` prints an owner, ``Author: jdoe <jdoe@...>``)."""
_NO_LOGIN_DISPLAY = frozenset(
    {"contact", "email", "mail", "write", "to", "from", "cc", "bcc", "at", "us", "me", "reply", "sender", "owner"}
)
"""Words before an address that name no one (``cc: to <...>`` in a form, a label's stand-in)."""

_DOT = r"(?:[ \t]*(?:\[dot\]|\(dot\)|\{dot\}|<dot>)[ \t]*|[ \t]+dot[ \t]+)"
"""A dot written out to fool a scraper: ``[dot]``, ``(dot)``, `` dot ``."""
_TLD = r"(?:com|org|net|edu|gov|mil|int|io|co|info|biz|me|us|uk|de|fr|es|it|nl|be|pl|pt|br|in|au|ca|ch|at|se|no|dk|fi|ie|jp|cn|ru|mx|ar|za)"
_AT_WRITTEN = regex.compile(
    r"[ \t]*(?:\[at\]|\(at\)|\{at\}|<at>)[ \t]*|[ \t]+@[ \t]*|[ \t]*@[ \t]+|(?P<word>[ \t]+at[ \t]+)",
    regex.IGNORECASE,
)
"""Where an address written to fool a scraper has its at sign: ``[at]``, ``(at)``, `` @ ``, or the
word ``at`` (then the domain must write a dot out too: ``look at example.com`` is no address)."""
_LOCAL_BEFORE = regex.compile(
    rf"(?<![\w.@-])[a-z0-9_%+-]{{1,64}}(?:(?:\.|{_DOT})[a-z0-9_%+-]{{1,64}}){{0,3}}", regex.IGNORECASE | regex.REVERSE
)
"""The local part, read backwards from the at sign (bounded: linear in the text however many
at signs it holds)."""
_DOMAIN_AFTER = regex.compile(
    rf"[a-z0-9-]{{1,63}}(?:(?:\.|{_DOT})[a-z0-9-]{{1,63}}){{0,3}}(?:\.|{_DOT}){_TLD}(?![\w-])", regex.IGNORECASE
)
_DOMAIN_WORDS_AFTER = regex.compile(
    rf"[a-z0-9-]{{1,63}}(?:{_DOT}[a-z0-9-]{{1,63}}){{0,3}}{_DOT}{_TLD}(?![\w-])", regex.IGNORECASE
)
_MAX_WRITTEN_ATS = 512
"""At most this many at signs written out are read per text (a text of thousands is no message)."""
_OBFUSCATED_MARKS = ("at]", "at)", "at}", "AT]", "AT)", "AT}", "at>", " @", "@ ", " dot ", " DOT ", " Dot ")


class EmailDetector(PatternDetector):
    def wanted(self, text: str) -> bool:
        return "@" in text or not text.isascii() or any(mark in text for mark in _OBFUSCATED_MARKS)

    def scan(self, norm: Normalized, budget: Budget) -> Iterator[Hit]:
        text = norm.text
        identifies = _may_name_messages(text)
        for m in _EMAIL.finditer(text, timeout=budget.remaining()):
            start, end = m.start("local"), m.end()
            key = _KEY_PREFIX.match(text, start, m.start())
            if key is not None and key.end() < m.start() and (text[key.end()].isalnum() or text[key.end()] == "_"):
                start = key.end()  # "user=anna@corp.pl": the key stays, the address is the value
            if _is_email(text[start:end]) and not (identifies and _names_a_message(text, start)):
                yield start, end, "EMAIL_ADDRESS", 1.0
                if start >= 3 and text[start - 1] == "<" and text[end : end + 1] == ">":
                    name = _display_name(text, start - 1)
                    if name is not None:
                        yield name[0], name[1], "PERSON", SCORE_DISPLAY_NAME
                    else:
                        login = _display_login(text, start - 1)
                        if login is not None:
                            yield login[0], login[1], "USERNAME", SCORE_DISPLAY_NAME
        if any(mark in text for mark in _OBFUSCATED_MARKS):
            yield from _written_out(text, budget)


_MESSAGE_ID_BEFORE = re.compile(
    r"[\"']?(?:message[-_]?id|in[-_]reply[-_]to|references|content[-_]id|resent[-_]message[-_]id)[\"']?[ \t]*[:=][ \t]*"
    r"(?:<[^\s<>]+>[ \t,]*)*[\"']?<?\Z",
    re.IGNORECASE,
)
"""A header or key whose value is a message's identifier written like an address, right before
the value, after the identifiers before it on the same line (``Message-ID: <20240611.5f2c@mail.acme.com>``,
``References: <a@x.acme.com> <b@y.acme.com>``, ``"message_id": "<...>"``)."""


def _may_name_messages(text: str) -> bool:
    """A cheap test, once per text, before :func:`_names_a_message` is asked of each address."""
    if "UID:" in text:
        return True
    low = text.lower()
    return "message" in low or "reply" in low or "references" in low or "content" in low


def _names_a_message(text: str, start: int) -> bool:
    """The address-shaped value at ``start`` identifies a message or a calendar event, not a
    mailbox: it follows a message-id header or key (:data:`_MESSAGE_ID_BEFORE`), or an
    iCalendar ``UID:`` at the start of its line (``UID:2025-01-01-newyear@calendar.acme.com``)."""
    line = text.rfind("\n", 0, start) + 1
    if text.startswith("UID:", line) and "BEGIN:V" in text:
        return True
    return _MESSAGE_ID_BEFORE.search(text, max(line, start - 400), start) is not None


def _written_out(text: str, budget: Budget) -> Iterator[Hit]:
    """Addresses written so that scrapers miss them (``john dot smith at gmail dot com``,
    ``jane(at)example.org``, ``jane @ example.org``), from each at sign written out."""
    timeout = budget.remaining()
    last = 0
    for n, at in enumerate(_AT_WRITTEN.finditer(text, timeout=timeout)):
        if n >= _MAX_WRITTEN_ATS:
            return
        if at.start() < last:
            continue  # inside the previous address
        domain = (_DOMAIN_WORDS_AFTER if at.group("word") else _DOMAIN_AFTER).match(
            text, at.end(), min(len(text), at.end() + 320), timeout=timeout
        )
        if domain is None:
            continue
        local = _LOCAL_BEFORE.match(text, max(0, at.start() - 340), at.start(), timeout=timeout)
        if local is None:
            continue
        last = domain.end()
        yield local.start(), domain.end(), "EMAIL_ADDRESS", 0.9


def _display_name(text: str, bracket: int) -> tuple[int, int] | None:
    """The person's name before the ``<`` at ``bracket``, as mail headers and quotes write a
    sender (``Name <address>``), or None (no name there, or a service's)."""
    m = _DISPLAY_NAME.search(text, max(0, bracket - 96), bracket)
    if m is None:
        m = _QUOTED_INVERTED_NAME.search(text, max(0, bracket - 96), bracket)
    if m is None or any(w.rstrip(",.") in _NOT_A_PERSON for w in m.group("name").split()):
        return None
    return m.span("name")


def _display_login(text: str, bracket: int) -> tuple[int, int] | None:
    """A person's login as the display name before the ``<`` at ``bracket``, or None (none
    there, a service's name or a system account)."""
    m = _LOGIN_DISPLAY_NAME.search(text, max(0, bracket - 48), bracket)
    if m is None:
        return None
    login = m.group("name")
    if login in _NO_LOGIN_DISPLAY or login.capitalize() in _NOT_A_PERSON:
        return None
    found = extract("USERNAME", login, whole=True)
    return None if found is None else (m.start("name") + found[0], m.start("name") + found[1])


_NO_MAILBOX_TLDS = frozenset({"invalid", "localhost"})
"""RFC 2606 top-level domains that name no mailbox (``noreply@bounce.invalid``, ``root@localhost``).
``.example`` and ``.test`` are protected: they are what invented and test addresses use
(``nadia.haddad@sysops.example``), and a person's data in a test is still theirs; Mask's own
e-mail tokens (``mask.…@mask.example``) are recognised as tokens before detection."""


def _is_email(value: str) -> bool:
    local, _, domain = value.rpartition("@")
    if len(local) > 64 or len(value) > 254 or ".." in local or local.endswith("."):
        return False
    domain = domain.lower()
    return domain != EMAIL_DOMAIN and domain.rpartition(".")[2] not in _NO_MAILBOX_TLDS


def email_detector(window: int) -> PatternDetector:
    return EmailDetector(name="email", entity_types=frozenset({"EMAIL_ADDRESS", "PERSON", "USERNAME"}), window=window)


# -- phone: see .phone (re-exported here, where it used to live) ------------------------

# -- URL, IP, MAC --------------------------------------------------------------------------

_URL = regex.compile(
    r"(?<![\w@])(?:(?:https?|ftps?|wss?)://|www\.)"
    r"[A-Za-z0-9\-._~%]+(?::[0-9]{1,5})?(?:[/?#][^\s<>\"'`{}|\\^\[\]]*)?",
    regex.IGNORECASE,
)
_URL_TRAILING = ".,;:!?)'\""
_PROFILE = re.compile(
    r"(?<![\w@./\-])(?:[a-z]{2,3}\.)?(?:linkedin\.com/(?:in|pub)/[\w\-%]{2,100}|tiktok\.com/@[\w.]{2,24}(?<!\.))/?",
    re.IGNORECASE,
)
"""A profile's address written without ``https://`` or ``www.`` (``linkedin.com/in/taylorbrooks``):
its path names a person."""


def _names_profile(text: str) -> bool:
    """``text`` holds a host whose paths name a person (:data:`_PROFILE`)."""
    return "linkedin.com/" in text or "tiktok.com/@" in text


_INTERNAL_HOST = regex.compile(
    r"(?:https?|wss?)://(?:localhost|127(?:\.[0-9]{1,3}){3}|\[::1\]|[A-Za-z0-9\-.]{1,200}\.(?:svc|cluster\.local))"
    r"\.?(?::[0-9]{1,5})?(?:[/#][^?]*)?",
    regex.IGNORECASE,
)
"""A URL of a host on the machine itself (``localhost``, ``127.0.0.0/8``, ``[::1]``) or of a
Kubernetes service inside its cluster (``*.svc``, ``*.svc.cluster.local``, ``*.cluster.local``),
without a query: a health check's, a metrics endpoint's (``http://127.0.0.1:8080/healthz``)."""


def _internal(url: str) -> bool:
    """``url`` is no one's: a local or in-cluster service's address without a query (:data:`_INTERNAL_HOST`)."""
    return _INTERNAL_HOST.fullmatch(url) is not None


_STANDARDS_HOSTS = frozenset(
    [
        "w3.org",
        "www.w3.org",
        "json-schema.org",
        "schema.org",
        "ogp.me",
        "purl.org",
        "xmlns.com",
        "ns.adobe.com",
        "schemas.xmlsoap.org",
        "schemas.microsoft.com",
        "schemas.openxmlformats.org",
        "schemas.android.com",
        "hl7.org",
        "terminology.hl7.org",
        "fhir.org",
        "loinc.org",
        "snomed.info",
        "unitsofmeasure.org",
        "www.nlm.nih.gov",
        "www.iana.org",
        "tools.ietf.org",
        "datatracker.ietf.org",
        "www.rfc-editor.org",
        "docs.oasis-open.org",
        "www.opengis.net",
        "www.omg.org",
        "maven.apache.org",
        "www.springframework.org",
        "java.sun.com",
        "xmlns.jcp.org",
    ]
)
"""Hosts of standards bodies and vocabularies whose URLs name a namespace, a schema or a code
system (``xmlns="http://www.w3.org/2000/svg"``, FHIR's ``"system": "http://loinc.org"``): public,
no one's, and a document breaks if they change."""
_NAMESPACE_BEFORE = re.compile(
    r"""(?:xmlns(?::[\w.-]+)?=|["']\$schema["'][ \t]*:[ \t]*|["']@context["'][ \t]*:[ \t]*)["']?\Z"""
)
"""An XML namespace declaration or a JSON document's ``$schema``/``@context`` key before a URL."""


def _names_a_standard(text: str, start: int, end: int, host: str) -> bool:
    """The URL at ``start:end`` names a namespace, a schema or a code system, not a page about
    anyone: its host is a standards body's (:data:`_STANDARDS_HOSTS`) and it has no query, or an
    XML namespace declaration or a ``$schema``/``@context`` key holds it (:data:`_NAMESPACE_BEFORE`)."""
    if host.lower().split(":")[0] in _STANDARDS_HOSTS and "?" not in text[start:end]:
        return True
    return _NAMESPACE_BEFORE.search(text, max(0, start - 24), start) is not None


class UrlDetector(PatternDetector):
    def wanted(self, text: str) -> bool:
        return "://" in text or "www." in text.lower() or not text.isascii() or _names_profile(text)

    def scan(self, norm: Normalized, budget: Budget) -> Iterator[Hit]:
        text = norm.text
        if _names_profile(text):
            for m in _PROFILE.finditer(text):
                yield m.start(), m.end(), "URL", 0.6  # (after "://" or "www." the look-behind finds none)
        for m in _URL.finditer(text, timeout=budget.remaining()):
            start, end = m.span()
            while end > start and text[end - 1] in _URL_TRAILING:
                if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
                    break
                end -= 1
            host = regex.sub(r"^[a-z]+://", "", text[start:end], flags=regex.IGNORECASE).split("/")[0]
            if (
                ("." in host.strip(".") or host.lower().startswith("localhost"))
                and not _internal(text[start:end])
                and not _names_a_standard(text, start, end, host)
            ):
                yield start, end, "URL", 0.6


def url_detector(window: int) -> PatternDetector:
    return UrlDetector(name="url", entity_types=frozenset({"URL"}), window=window)


_IPV4 = regex.compile(r"(?<![0-9A-Za-z.\-])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9A-Za-z\-]|\.[0-9])")
_IPV6 = regex.compile(
    r"(?<![0-9A-Za-z:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:(?<=:)(?:[0-9]{1,3}\.){3}[0-9]{1,3})?"
    r"(?![0-9A-Za-z:]|\.[0-9])"
)
_IPV6_TRIGGER = regex.compile(r"::|:[0-9A-Fa-f]{1,4}:")
_VERSION_CONTEXT = words("version", "ver", "release", "build", "firmware")
"""Not ``v``: a version written ``v1.2.3.4`` is no candidate (a letter touches it), and the word
would match the head of any value such as a passport number ``V08376588`` in the cell before."""


def ip_detector(window: int) -> PatternDetector:
    ip_context = words(
        "ip", "ip address", "ipv4", "ipv6", "host", "server", "client", "remote", "login from", "src", "dst"
    )
    rules = [
        Rule("IP_ADDRESS", _IPV4, 0.7, is_host_ipv4, context=ip_context, negative=_VERSION_CONTEXT, anchors=(".",)),
        Rule(
            "IP_ADDRESS", _IPV6, 0.8, is_host_ipv6, context=ip_context, anchors=(":",), trigger=_IPV6_TRIGGER, reach=45
        ),
    ]
    return PatternDetector(name="ip_address", rules=rules, window=window)


# Searches start at the first separator; the first octet is in the lookbehind (group "first").
_MAC = regex.compile(
    r"(?<=(?<![0-9A-Za-z:\-.])(?P<first>[0-9A-Fa-f]{2}))([:\-])(?:[0-9A-Fa-f]{2}\2){4}[0-9A-Fa-f]{2}"
    r"(?![0-9A-Za-z:\-]|\.[0-9A-Fa-f])"
)
_MAC_DOTTED = regex.compile(
    r"(?<=(?<![0-9A-Za-z:\-.])(?P<first>[0-9A-Fa-f]{4}))\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![0-9A-Za-z:\-]|\.[0-9A-Fa-f])"
)


_MAC_CHARS = Alphabet("0123456789ABCDEFabcdef:-", 17, 2)
"""A ``:``/``-`` MAC address is 17 of these (its first octet read by the lookbehind); the
lookahead reads two past it. (Dotted ones are scanned whole: in prose, runs of hex digits
and dots are as common as the dots the scan starts at.)"""


class MacDetector(PatternDetector):
    """MAC addresses: six octets with ``:`` or ``-``, or Cisco's three dotted quads."""

    def wanted(self, text: str) -> bool:
        """An ASCII text (its own normalized form) holds one only with 14+ characters and a separator."""
        return not text.isascii() or (len(text) >= 14 and ("-" in text or ":" in text or "." in text))

    def scan(self, norm: Normalized, budget: Budget) -> Iterator[Hit]:
        text = norm.text
        view = view_of(text, budget)
        for m in _mac_candidates(view, budget):
            start, end = m.start("first"), m.end()
            if is_mac(text[start:end]):
                near = _MAC_CONTEXT.near(text, start, end, self.window, view)
                if not near and _decimal_quads(text[start:end]):
                    continue
                yield start, end, "MAC_ADDRESS", 1.0 if near else 0.8


def _mac_candidates(view: TextView, budget: Budget) -> Iterator[regex.Match[str]]:
    """Matches of ``_MAC`` (in runs of its characters), then of ``_MAC_DOTTED``."""
    yield from finditer_runs(_MAC, view, _MAC_CHARS, budget.remaining())
    yield from _MAC_DOTTED.finditer(view.text, timeout=budget.remaining())


_MAC_CONTEXT = words("mac", "mac address", "hwaddr", "ether", "bssid")


def _decimal_quads(value: str) -> bool:
    """Cisco's dotted form in decimal digits only (``2024.1115.0412``): a build's or a release's
    number (a date and a time) far more often than a MAC address, whose twelve hex digits hold a
    letter 99.6% of the time; without a MAC's word near it, not one."""
    return value.count(".") == 2 and value.replace(".", "").isdigit()


def mac_detector(window: int) -> PatternDetector:
    return MacDetector(name="mac_address", entity_types=frozenset({"MAC_ADDRESS"}), window=window)
