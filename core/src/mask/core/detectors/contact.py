"""Contact and network detectors: EMAIL_ADDRESS, PHONE_NUMBER, URL, IP_ADDRESS, MAC_ADDRESS."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import phonenumbers
import regex
from phonenumbers.re_util import enable_pattern_cache, re_compile

from ..detector import Budget
from ..phone_numbers import phone_number
from .base import Hit, PatternDetector, Rule, words
from .normalize import Normalized
from .runs import Alphabet
from .shared import TextView, finditer_runs, view_of
from .validators import AtLeastDigits, digit_count, digits_of, is_ipv4, is_ipv6, is_mac

__all__ = ["email_detector", "ip_detector", "mac_detector", "phone_detector", "url_detector"]

# Linear-time shape: local part, '@', dot-separated labels, an alphabetic TLD. The local part
# sits in a (bounded) lookbehind so the search only starts at '@' signs, which are rare. It
# starts with a letter, digit or underscore (so a quote before it, as in Python's repr of a
# dict, is not swallowed) and holds no '/' (so a URL path before it is not swallowed).
_EMAIL = regex.compile(
    r"(?<=(?<![\w.+-])(?P<local>[A-Za-z0-9_][A-Za-z0-9!#$%&'*+=?^_`{|}~-]{0,63}(?:\.[A-Za-z0-9!#$%&'*+=?^_`{|}~-]{1,64}){0,16}))"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,16}[A-Za-z]{2,63}(?![\w-])"
)


class EmailDetector(PatternDetector):
    def wanted(self, text: str) -> bool:
        return "@" in text or not text.isascii()

    def scan(self, norm: Normalized, budget: Budget) -> Iterator[Hit]:
        text = norm.text
        for m in _EMAIL.finditer(text, timeout=budget.remaining()):
            start, end = m.start("local"), m.end()
            if _is_email(text[start:end]):
                yield start, end, "EMAIL_ADDRESS", 1.0


_RESERVED_TLDS = frozenset({"example", "invalid", "test", "localhost"})
"""RFC 2606 top-level domains no real address has (Mask's e-mail tokens use ``mask.example``)."""


def _is_email(value: str) -> bool:
    local, _, domain = value.rpartition("@")
    if len(local) > 64 or len(value) > 254 or ".." in local or local.endswith("."):
        return False
    return domain.rpartition(".")[2].lower() not in _RESERVED_TLDS


def email_detector(window: int) -> PatternDetector:
    return EmailDetector(name="email", entity_types=frozenset({"EMAIL_ADDRESS"}), window=window)


# -- phone ------------------------------------------------------------------------------

# Case is ignored in the extension word only (``(?i:...)``): the rest of the pattern holds
# no letters, and a pattern-wide IGNORECASE made every position of the scan slower.
_PHONE_CANDIDATE = regex.compile(
    r"(?<![\w+.\-/:])(?![0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,6}\.[0-9]{1,6}(?![0-9]|[ .\-/][0-9]))(?=[+(0-9][0-9 ().\-/]{8})(?:\+|00)?\(?[0-9]{1,15}+\)?(?:(?:[ .\-/]{1,2}\(?|\(|(?<=\)))[0-9]{1,15}+\)?){0,7}"
    r"(?:[ ]?(?i:x|ext\.?|extension)[ ]?[0-9]{1,6}+)?(?![\w]|[.\-/][0-9])"
)
# Checks of one short candidate (no scan of the text, nothing to time out) use the stdlib
# engine: the same matches for these ASCII-only patterns, at less than half the call cost.
_DATE_LIKE = re.compile(r"[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{2,4}(?![0-9])")
_EXTENSION = regex.compile(r"[ ]?(?:x|ext\.?|extension)[ ]?[0-9]{1,6}$", regex.IGNORECASE)
PLAIN_PHONE_WINDOW = 16
"""A bare digit run counts as a phone number only this close after a phone word."""


def _matcher_finds(run: str, region: str, memo: dict[object, object] | None) -> list[tuple[int, int, str]]:
    """``(start, end, raw string)`` of the numbers phonenumbers' matcher finds in ``run`` read
    in ``region``; kept in the call's memo, so a run repeated in one payload (a column of
    numbers, a hostile ``"4111 " * 200_000``) costs one matcher pass per region."""
    key = ("phone-matcher", run, region)
    found = memo.get(key) if memo is not None else None
    if found is None:
        matcher = phonenumbers.PhoneNumberMatcher(run, region, leniency=phonenumbers.Leniency.VALID)
        found = [(m.start, m.end, m.raw_string) for m in matcher]
        if memo is not None:
            memo[key] = found
    return found  # type: ignore[return-value]


def _not_phone(value: str) -> bool:
    """Dates, SSN-shaped groups (3-2-4) and IPv4 addresses are not phone numbers."""
    if _DATE_LIKE.search(value) or _SSN_SHAPE.fullmatch(value):
        return True
    return value.count(".") == 3 and is_ipv4(value)


_SEVEN_DIGITS = AtLeastDigits(7)
_SSN_SHAPE = re.compile(r"[0-9]{3}-[0-9]{2}-[0-9]{4}")
_PHONE_CONTEXT = words(
    "phone", "tel", "telephone", "mobile", "cell", "call", "fax", "contact", "reach", "whatsapp", "sms"
)


class PhoneDetector(PatternDetector):
    """International numbers (``+`` or ``00``) in any region; national ones in ``regions``.

    A candidate must hold 7-15 digits, not look like a date or an IPv4 address, and be a
    *valid* number for phonenumbers (Mask's phone tokens are possible but never valid).
    A bare digit run with no grouping needs a context word.
    """

    def __init__(self, regions: Sequence[str], window: int) -> None:
        super().__init__(name="phone", entity_types=frozenset({"PHONE_NUMBER"}), window=window)
        self.regions = tuple(r.upper() for r in regions) or ("US",)
        self._leading: Leading = {}
        # phonenumbers compiles its metadata patterns through the stdlib's 512-entry cache,
        # which the regions' hundreds of patterns (and stdnum's) overflow: they were being
        # re-parsed on every validation. Its own cache (patterns from its metadata only, no
        # number) stops that; idempotent, once per process in effect.
        enable_pattern_cache()

    def wanted(self, text: str) -> bool:
        return _SEVEN_DIGITS.has(text) is not None or not text.isascii()

    def scan(self, norm: Normalized, budget: Budget) -> Iterator[Hit]:
        text = norm.text
        view = view_of(text, budget)
        no_words: bool | None = None
        for m in _PHONE_CANDIDATE.finditer(text, timeout=budget.remaining()):
            value = m.group()
            if value[-1] in ") ":
                continue
            if digit_count(value) < 7:
                continue
            main = _EXTENSION.sub("", value) if ("x" in value or "X" in value or "e" in value) else value
            if not main.isdigit():
                digits = digit_count(main)
                if digits > 15:
                    # Several numbers in a row ("212-456-7890 312-555-1234"): the candidate
                    # swallowed them all; phonenumbers' matcher finds the pieces.
                    yield from self._split_run(text, m.start(), value, view, budget.memo)
                    continue
                if ("-" in main or "/" in main or "." in main) and _not_phone(main):
                    continue
                start, end = m.span()
                if self._valid(main):
                    yield (
                        start,
                        end,
                        "PHONE_NUMBER",
                        1.0 if _PHONE_CONTEXT.near(text, start, end, self.window, view) else 0.75,
                    )
            elif 7 <= len(main) <= 15:
                if no_words is None:
                    no_words = _PHONE_CONTEXT.absent(view)  # once: digit-heavy texts have many bare runs
                if no_words:
                    continue
                start, end = m.span()  # a bare digit run is a phone number only right after a context word
                if _PHONE_CONTEXT.distance(
                    text, start, end, PLAIN_PHONE_WINDOW, True, view
                ) is not None and self._valid(main):
                    yield start, end, "PHONE_NUMBER", 1.0

    def _split_run(
        self,
        text: str,
        offset: int,
        run: str,
        view: TextView | None = None,
        memo: dict[object, object] | None = None,
    ) -> Iterator[Hit]:
        seen: set[tuple[int, int]] = set()
        for region in self.regions:
            for start, end, raw in _matcher_finds(run, region, memo):
                span = (offset + start, offset + end)
                if span in seen or not _separate(text, *span) or len(set(raw) & set("-./")) > 1:
                    continue  # only whole, plainly written numbers between spaces
                if _not_phone(raw) or not self._valid(raw):
                    continue
                seen.add(span)
                near = _PHONE_CONTEXT.near(text, span[0], span[1], self.window, view)
                yield span[0], span[1], "PHONE_NUMBER", 1.0 if near else 0.75

    def _valid(self, value: str) -> bool:
        """Valid (not merely possible) in a configured region, or anywhere when international."""
        if value.startswith(("+", "00")):
            digits = digits_of(value.replace("(0)", ""))  # the value is ASCII: isdigit() is 0-9
            return _valid_international(digits[2:] if value.startswith("00") else digits, cache=self._leading)
        digits = digits_of(value)
        if digits[0] == "0" and not _NANP_LAYOUT.fullmatch(value):
            return any(self._valid_national(digits, r) for r in self.regions if r not in _NANP_REGIONS)
        if not (len(digits) == 10 or (len(digits) == 11 and digits[0] == "1")):
            return False  # a NANP number has 10 digits, or 11 with the country code
        national = digits[-10:]
        if any(self._valid_national(national, r) for r in self.regions if r in _NANP_REGIONS):
            return True
        # When US was tried with the same national number (no trunk prefix to strip), the
        # international check need not try it again.
        return _valid_international(
            "1" + national, main_tried="US" in self.regions and national[0] != "1", cache=self._leading
        )

    @staticmethod
    def _valid_national(digits: str, region: str) -> bool:
        """``digits`` (national format, trunk prefix included) valid in ``region``."""
        code = phonenumbers.country_code_for_region(region)
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if not code or meta is None:
            return False
        if meta.national_prefix and digits.startswith(meta.national_prefix) and region not in _LEADING_ZERO_REGIONS:
            digits = digits[len(meta.national_prefix) :]
        if not digits or len(digits) > 17:
            return False
        number = phone_number(code, digits)
        return phonenumbers.is_valid_number_for_region(number, region)


def _separate(text: str, start: int, end: int) -> bool:
    """The span stands apart: white space (or the text's edge) on both sides."""
    return (start == 0 or text[start - 1].isspace()) and (end == len(text) or text[end].isspace())


_LEADING_ZERO_REGIONS = frozenset({"IT", "VA", "SM", "CI", "GA", "TG", "CG"})


def _valid_international(digits: str, main_tried: bool = False, cache: Leading | None = None) -> bool:
    """``digits`` = country code + national number, valid in one of the code's regions.

    ``main_tried``: the caller found the number (same national digits) invalid in the
    code's main region already. ``cache``: see :func:`_valid_beyond_main`.
    """
    for size in (1, 2, 3):
        code = int(digits[:size] or 0)
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code)
        if regions:
            break
    else:
        return False
    national = digits[size:]
    if national[:1] == "0" and not _LEADING_ZERO_REGIONS.intersection(regions):
        national = national[1:]  # "+44 0161 ..." carries the national trunk prefix by mistake
    if not national or len(national) > 17:
        return False
    if code == 1 and (len(national) != 10 or national[0] in "01" or national[3] in "01"):
        return False  # NANP area codes and exchanges start with 2-9 (Mask's phone tokens use 0/1)
    number = phone_number(code, national)
    # Valid in the code's main region (listed first: US for +1, GB for +44) means valid; the
    # full is_valid_number walks every region of the code (25 for +1), so it comes second.
    if main_tried:
        return len(regions) > 1 and _valid_beyond_main(number, regions, cache)
    if phonenumbers.is_valid_number_for_region(number, regions[0]):
        return True
    return len(regions) > 1 and _valid_beyond_main(number, regions, cache)


Leading = dict[str, tuple[bool, "re.Pattern[str] | None"]]
"""Per region: whether phonenumbers has metadata for it, and its leading-digits pattern."""


def _leading(region: str, cache: Leading | None) -> tuple[bool, re.Pattern[str] | None]:
    found = cache.get(region) if cache is not None else None
    if found is None:
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region.upper(), None)
        if meta is None:
            found = (False, None)
        else:
            found = (True, None if meta.leading_digits is None else re_compile(meta.leading_digits))
        if cache is not None:
            cache[region] = found
    return found


def _valid_beyond_main(number: phonenumbers.PhoneNumber, regions: Sequence[str], cache: Leading | None = None) -> bool:
    """``phonenumbers.is_valid_number(number)`` for a number known invalid in ``regions[0]``.

    The same walk as phonenumbers' (the first region whose leading digits match, or, for a
    region without leading digits, in which the number is valid, decides), without trying
    the main region's number patterns a second time; ``cache`` keeps the regions' leading
    digits (metadata, no number) across calls.
    """
    nsn = phonenumbers.national_significant_number(number)
    main = regions[0]
    for region in regions:
        exists, leading = _leading(region, cache)
        if not exists:
            continue
        if leading is not None:
            if leading.match(nsn):
                return region != main and phonenumbers.is_valid_number_for_region(number, region)
        elif region != main and phonenumbers.is_valid_number_for_region(number, region):
            return True
    return False


_NANP_REGIONS = frozenset({"US", "CA"})
_NANP_LAYOUT = re.compile(r"\([0-9]{3}\) ?[0-9]{3}[.\-][0-9]{4}|[0-9]{3}([.\-])[0-9]{3}\1[0-9]{4}")
"""``(415) 555-2671``, ``415-555-2671``, ``415.555.2671``: North American layouts, validated as such."""


def phone_detector(regions: Sequence[str], window: int) -> PatternDetector:
    return PhoneDetector(regions, window)


# -- URL, IP, MAC --------------------------------------------------------------------------

_URL = regex.compile(
    r"(?<![\w@])(?:(?:https?|ftps?|wss?)://|www\.)"
    r"[A-Za-z0-9\-._~%]+(?::[0-9]{1,5})?(?:[/?#][^\s<>\"'`{}|\\^\[\]]*)?",
    regex.IGNORECASE,
)
_URL_TRAILING = ".,;:!?)'\""


class UrlDetector(PatternDetector):
    def wanted(self, text: str) -> bool:
        return "://" in text or "www." in text.lower() or not text.isascii()

    def scan(self, norm: Normalized, budget: Budget) -> Iterator[Hit]:
        text = norm.text
        for m in _URL.finditer(text, timeout=budget.remaining()):
            start, end = m.span()
            while end > start and text[end - 1] in _URL_TRAILING:
                if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
                    break
                end -= 1
            host = regex.sub(r"^[a-z]+://", "", text[start:end], flags=regex.IGNORECASE).split("/")[0]
            if "." in host.strip(".") or host.lower().startswith("localhost"):
                yield start, end, "URL", 0.6


def url_detector(window: int) -> PatternDetector:
    return UrlDetector(name="url", entity_types=frozenset({"URL"}), window=window)


_IPV4 = regex.compile(r"(?<![0-9A-Za-z.\-])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9A-Za-z\-]|\.[0-9])")
_IPV6 = regex.compile(
    r"(?<![0-9A-Za-z:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:(?<=:)(?:[0-9]{1,3}\.){3}[0-9]{1,3})?"
    r"(?![0-9A-Za-z:]|\.[0-9])"
)
_IPV6_TRIGGER = regex.compile(r"::|:[0-9A-Fa-f]{1,4}:")
_VERSION_CONTEXT = words("version", "ver", "release", "build", "firmware", "v")


def ip_detector(window: int) -> PatternDetector:
    ip_context = words(
        "ip", "ip address", "ipv4", "ipv6", "host", "server", "client", "remote", "login from", "src", "dst"
    )
    rules = [
        Rule("IP_ADDRESS", _IPV4, 0.7, is_ipv4, context=ip_context, negative=_VERSION_CONTEXT, anchors=(".",)),
        Rule("IP_ADDRESS", _IPV6, 0.8, is_ipv6, context=ip_context, anchors=(":",), trigger=_IPV6_TRIGGER, reach=45),
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

    def scan(self, norm: Normalized, budget: Budget) -> Iterator[Hit]:
        text = norm.text
        view = view_of(text, budget)
        for m in _mac_candidates(view, budget):
            start, end = m.start("first"), m.end()
            if is_mac(text[start:end]):
                near = _MAC_CONTEXT.near(text, start, end, self.window, view)
                yield start, end, "MAC_ADDRESS", 1.0 if near else 0.8


def _mac_candidates(view: TextView, budget: Budget) -> Iterator[regex.Match[str]]:
    """Matches of ``_MAC`` (in runs of its characters), then of ``_MAC_DOTTED``."""
    yield from finditer_runs(_MAC, view, _MAC_CHARS, budget.remaining())
    yield from _MAC_DOTTED.finditer(view.text, timeout=budget.remaining())


_MAC_CONTEXT = words("mac", "mac address", "hwaddr", "ether", "bssid")


def mac_detector(window: int) -> PatternDetector:
    return MacDetector(name="mac_address", entity_types=frozenset({"MAC_ADDRESS"}), window=window)
