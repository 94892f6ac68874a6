"""Financial detectors: CREDIT_CARD, IBAN_CODE, ABA_ROUTING_NUMBER, US_BANK_NUMBER, CRYPTO."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from ..detector import Budget
from .base import NEGATIVE_PENALTY, Hit, PatternDetector, Rule, negative_window, words
from .normalize import Normalized
from .runs import Alphabet
from .shared import TextView, finditer_runs, view_of
from .validators import AtLeastDigits, crosses_clause, digits_of, is_aba_checksum, is_card, is_crypto, is_iban

__all__ = ["bank_detector", "card_detector", "crypto_detector", "iban_detector", "masked_card_detector"]

# 12-19 digits with optional single space, dash or dot separators; the lookbehind lets a
# digit run start only once.
_CARD = regex.compile(r"(?<![0-9A-Za-z\-./])[0-9](?:[ \-.]?[0-9]){11,18}(?![0-9A-Za-z]|[\-./][0-9])")
"""A comma may stand on either side (a CSV cell): a number with thousands separators has
three digits between commas, never the twelve a card needs."""
_MORE_DIGITS = regex.compile(r"[ \-.][0-9]")
_TWELVE_DIGITS = AtLeastDigits(12)
_CARD_CHARS = Alphabet("0123456789 -.", 12, 2)
"""A card match is 12+ of these characters; its lookahead reads two past it."""
_SHORTEST_ALONE = 13
"""Fewer digits (a 12-digit Maestro card) count only with a card word near."""
_CARD_GROUPINGS = {(4, 6, 5), (4, 6, 4), (4, 6, 6), (4, 6, 9), (6, 13), (4, 4, 5), (4, 4, 4, 4, 3)}
_CARD_CONTEXT = words(
    "card", "card number", "card no", "card #", "credit", "debit", "visa", "mastercard", "amex",
    "american express", "discover", "maestro", "unionpay", "union pay", "jcb", "diners", "rupay", "cc",
    "cc#", "ccn", "pan", "cardholder", "payment",
    # paying with it: "Paid with 3517 0188 7525 1565", "Refund to 502090723607"
    "paid with", "pay with", "paying with", "paid by", "charged", "charged to", "refund", "refunded",
    "refund to", "billed to",
    # Spanish, French, German, Portuguese, Italian
    "tarjeta", "número de tarjeta", "carte", "carte bancaire", "numéro de carte", "karte", "kreditkarte",
    "kartennummer", "cartão", "cartao", "número do cartão", "carta", "carta di credito", "numero di carta",
    "pagado con", "pagó con", "payé avec", "payé par", "bezahlt mit", "pago con", "pagamento con",
)  # fmt: skip
_NOT_CARD = words(
    "order",
    "tracking",
    "invoice",
    "isbn",
    "ref",
    "reference",
    "serial",
    "imei",
    "sku",
    "ticket",
    "shipment",
    "account",
    "epoch",
    "timestamp",
    "ts",
    "id",
    "no",
)

_BARCODE = words(
    "barcode", "bar code", "ean", "ean 13", "ean13", "upc", "upc a", "gtin", "gtin 13", "gtin 14", "code-barres",
    "code barre", "código de barras", "codigo de barras", "strichcode", "codice a barre", "streepjescode",
)  # fmt: skip
_GTIN_LENGTHS = frozenset({12, 13, 14})
"""A barcode word before a number of a GTIN's length (UPC-A 12, EAN-13, GTIN-14) says it is a
product's article number, which may pass the Luhn check too (``Barcode 6319314170588``)."""


def _groups(value: str) -> tuple[int, ...] | None:
    """The lengths of ``value``'s digit groups between one kind of separator (None: several kinds)."""
    seps = {c for c in value if c in " -."}
    if len(seps) > 1:
        return None
    return tuple(len(g) for g in value.split(seps.pop())) if seps else (len(value),)


def _grouping_ok(value: str) -> bool:
    """One kind of separator, in a grouping cards are printed with (4-4-4-4, 4-6-5...)."""
    groups = _groups(value)
    if groups is None:
        return False
    if len(groups) == 1 or groups in _CARD_GROUPINGS:
        return True
    return groups[0] == 4 and all(g == 4 for g in groups[1:-1]) and 1 <= groups[-1] <= 4


def _glued_ok(value: str) -> bool:
    """A card glued to the number before it is written whole: 13 digits or more, compact or
    in a full card grouping (``8651 2222 4997`` or ``5805 3734 2686 26`` at the end of a
    longer run is the tail of that number: an IBAN's, a card token's)."""
    groups = _groups(value)
    return (
        groups is not None
        and sum(groups) >= _SHORTEST_ALONE
        and (len(groups) == 1 or groups in _CARD_GROUPINGS or set(groups) == {4})
    )


def card_network(digits: str) -> str | None:
    """The card network whose prefix (IIN range) and length ``digits`` has, or None."""
    n = len(digits)
    p2, p3, p4, p6 = int(digits[:2]), int(digits[:3]), int(digits[:4]), int(digits[:6])
    if digits[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "mastercard"
    if 2200 <= p4 <= 2204 and 16 <= n <= 19:
        return "mir"
    if (p2 in (81, 82) or p3 == 508 or (p2 == 60 and p4 != 6011)) and n == 16:
        return "rupay"
    if p2 in (34, 37) and n == 15:
        return "amex"
    if (p4 == 6011 or 644 <= p3 <= 649 or p2 == 65 or 622126 <= p6 <= 622925) and 16 <= n <= 19:
        return "discover"
    if p2 == 62 and 16 <= n <= 19:
        return "unionpay"
    if (300 <= p3 <= 305 or p4 == 3095 or p2 in (36, 38, 39)) and 14 <= n <= 19:
        return "diners"
    if (3528 <= p4 <= 3589 and 16 <= n <= 19) or (p4 in (2131, 1800) and n == 15):
        return "jcb"
    if (p2 == 50 or 56 <= p2 <= 69) and 12 <= n <= 19:
        return "maestro"
    return None


class CardDetector(PatternDetector):
    """Luhn-valid 13-19 digit numbers: in a card network's IIN range and length on their own,
    any other prefix (but 0) only with a context word; 12-digit ones (Maestro) only with a
    context word too."""

    def __init__(self, window: int) -> None:
        super().__init__(name="credit_card", entity_types=frozenset({"CREDIT_CARD"}), window=window)

    def wanted(self, text: str) -> bool:
        return _TWELVE_DIGITS.has(text) is not None or not text.isascii()

    def scan(self, norm: Normalized, budget: Budget) -> Iterator[Hit]:
        text = norm.text
        view = view_of(text, budget)
        done = 0  # where the last hit ends: a match a retry reached past is not read twice
        for m in finditer_runs(_CARD, view, _CARD_CHARS, budget.remaining()):
            if m.start() < done:
                continue
            hit = self._hit(text, m.start(), m.group(), view)
            if hit is None and " " in m.group():
                hit = self._glued(text, m, view, budget)
            if hit is not None:
                done = hit[1]
                yield hit

    def _glued(self, text: str, m: regex.Match[str], view: TextView, budget: Budget) -> Hit | None:
        """A card glued to the number before it (``+31 10 126 8087 5018 2613 6234 7988``,
        an IBAN's last group and a compact card): the match from a later group on that ends
        the run of digit groups (a piece from its middle is no card: a token's or a code's)."""
        at = m.start()
        while True:
            at = text.find(" ", at, m.end()) + 1
            if at <= 0:
                return None
            again = _CARD.match(text, at, timeout=budget.remaining())
            if again is not None and not _MORE_DIGITS.match(text, again.end()) and _glued_ok(again.group()):
                hit = self._hit(text, at, again.group(), view)
                if hit is not None:
                    return hit

    def _hit(self, text: str, start: int, value: str, view: TextView) -> Hit | None:
        if not _grouping_ok(value) or not is_card(value, shortest=12):
            return None
        end = start + len(value)
        near_at = _CARD_CONTEXT.distance(text, start, end, self.window, False, view)
        not_at = _NOT_CARD.distance(text, start, end, negative_window(text, start), True, view)
        if not_at is not None and crosses_clause(text, start - not_at, start):
            not_at = None  # "your account no is 83214174. 4850-5178-4151-2649"
        near = near_at is not None and (not_at is None or near_at <= not_at)
        if value[0] == "0":
            return None  # major industry identifier 0 is issued to no card network (Mask's card tokens)
        digits = digits_of(value)
        if len(digits) < _SHORTEST_ALONE and not near:
            return None
        if len(digits) in _GTIN_LENGTHS:
            barcode = _BARCODE.distance(text, start, end, negative_window(text, start), True, view)
            if barcode is not None and (near_at is None or barcode < near_at):
                return None  # "Barcode 6319314170588", "EAN: 6457249208683": an article number
        if card_network(digits) is not None:
            score = 1.0 if near else 0.9
        elif near:
            score = 0.8
        else:
            return None
        if not near and not_at is not None:
            score -= NEGATIVE_PENALTY
        return start, end, "CREDIT_CARD", score


def card_detector(window: int) -> PatternDetector:
    return CardDetector(window)


_IBAN = regex.compile(r"(?<![0-9A-Za-z])[A-Z]{2}[0-9]{2}(?:[ ]?[0-9A-Z]){11,30}(?![0-9A-Za-z])")
_IBAN_START = re.compile(r"[A-Z](?<![0-9A-Za-z][A-Z])[A-Z][0-9]{2}")
"""Where :data:`_IBAN` may match: its look-behind, country code and check digits. The stdlib
engine skips to capitals far faster than the ``regex`` scan tries every position; the
pattern is matched only there (every place it matches passes). It opens with the capital, the
look-behind after it: a pattern that opens with a look-behind gives the engine no character to
skip ahead by (2.3x the time over the corpus)."""


def _iban_from(text: str, at: int, timeout: float | None) -> regex.Match[str] | None:
    """``_IBAN.search(text, at)``: the pattern matched only where :data:`_IBAN_START` finds a start."""
    while (found := _IBAN_START.search(text, at)) is not None:
        m = _IBAN.match(text, found.start(), timeout=timeout)
        if m is not None:
            return m
        at = found.start() + 1
    return None


class IbanDetector(PatternDetector):
    """IBANs, compact or in groups of four; trailing words a greedy match took are trimmed."""

    def __init__(self, window: int) -> None:
        super().__init__(name="iban", entity_types=frozenset({"IBAN_CODE"}), window=window, needs_digit=True)

    def scan(self, norm: Normalized, budget: Budget) -> Iterator[Hit]:
        text = norm.text
        at = 0
        while (m := _iban_from(text, at, budget.remaining())) is not None:
            start = m.start()
            value = m.group()
            at = m.end()
            while True:
                if is_iban(value):
                    yield start, start + len(value), "IBAN_CODE", 1.0
                    # What was trimmed off may start the next one: "IT10A9341... PT38 7493 ..."
                    at = start + len(value)
                    break
                cut = value.rfind(" ")
                if cut < 15:
                    break
                value = value[:cut]


def iban_detector(window: int) -> PatternDetector:
    return IbanDetector(window)


_NINE = regex.compile(
    r"(?<![0-9A-Za-z\-.])[0-9]{4}-?[0-9]{4}-?[0-9](?![0-9A-Za-z]|[\-.][0-9])|(?<![0-9A-Za-z\-.])[0-9]{9}(?![0-9A-Za-z]|[\-.][0-9])"
)
_ACCOUNT = regex.compile(r"(?<![0-9A-Za-z\-.])[0-9]{8,17}+(?![0-9A-Za-z]|[\-.][0-9])")
_GROUPED_RIB = regex.compile(r"(?<![0-9A-Za-z\-.])[0-9]{2,5}(?:[ ][0-9]{2,16}){2,5}(?![0-9A-Za-z]|[\-.,][0-9])")
"""A bank's statement of account details written on one line in groups: a French or Moroccan RIB's
bank, branch (or city), account and key (``230 780 1923350840987692 03``), 18 to 30 digits."""
_RIB_CONTEXT = words("rib", "r.i.b", "relevé d'identité bancaire", "releve d'identite bancaire", "mon rib", "notre rib")


def _rib_digits(value: str) -> bool:
    return 18 <= sum(c.isdigit() for c in value) <= 30


def bank_detector(window: int) -> PatternDetector:
    """ABA routing numbers (context, checksum: any prefix once labelled) and account numbers (context)."""
    routing = words(
        "routing", "aba", "rtn", "routing number", "transit", "routing no", "aba number", "routing #",
        "routing and transit", "aba routing", "ruta bancaria", "número de ruta",
        "micr", "\u2446",  # a cheque's MICR line: the transit symbol on both sides of the routing number
    )  # fmt: skip
    account = words(
        "account",
        "acct",
        "account number",
        "account no",
        "account #",
        "acct #",
        "checking",
        "savings",
        "bank account",
        "a/c",
        "\u2446",  # a cheque's MICR line: the transit symbol that closes the routing number before it
    )
    rules = [
        Rule(
            "ABA_ROUTING_NUMBER",
            _NINE,
            0.9,
            is_aba_checksum,  # labelled: any prefix (is_aba also wants an assigned Federal Reserve one)
            context=routing,
            context_required=True,
            max_length=11,
        ),
        Rule(
            "US_BANK_NUMBER",
            _ACCOUNT,
            0.7,
            None,
            context=account,
            context_required=True,
            max_length=17,
            window=32,  # "account no on file to 2486117935"
            before_only=True,
        ),
        Rule(
            "US_BANK_NUMBER",
            _GROUPED_RIB,
            0.8,
            _rib_digits,
            context=_RIB_CONTEXT,
            context_required=True,
            max_length=40,
            window=60,  # "voici mon RIB pour le virement de la caution : 230 780 ..."
            before_only=True,
            same_line=True,
        ),
    ]
    return PatternDetector(name="us_bank", rules=rules, window=window, needs_digit=True)


_MASKED_CARD = regex.compile(
    r"(?<![0-9A-Za-z*\u2022])[2-6](?:"
    r"[0-9]{3}([ \-]?)[0-9]{2}[*xX\u2022]{2}\1[*xX\u2022]{4}\1[0-9]{4}"  # 4716 93** **** 5521
    r"|[0-9]{5}[*xX\u2022]{3,9}[0-9]{4})"  # 541275******0992
    r"(?![0-9A-Za-z*\u2022])"
)
"""A card number masked in its middle only, its first six digits (the issuer's BIN) and its last
four shown: ten of its digits, which with the issuer narrow the card down to a few hundred
thousand numbers, and which a receipt's ``**** 5521`` alone does not show."""
_MASK_ANCHORS = ("**", "XX", "xx", "\u2022\u2022")


def masked_card_detector(window: int) -> PatternDetector:
    """CREDIT_CARD: a card number with its BIN and last four shown (:data:`_MASKED_CARD`)."""
    rules = [Rule("CREDIT_CARD", _MASKED_CARD, 0.85, anchors=_MASK_ANCHORS)]
    return PatternDetector(name="masked_card", rules=rules, window=window, needs_digit=True)


_BTC = regex.compile(
    r"(?<![0-9A-Za-z])(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|bc1[02-9ac-hj-np-z]{8,87}|BC1[02-9AC-HJ-NP-Z]{8,87})(?![0-9A-Za-z])"
)
_BTC_START = re.compile(r"[13bB](?<![0-9A-Za-z][13bB])[0-9A-Za-z]{10}")
"""Where :data:`_BTC` may match: its look-behind, its first character and ten letters or digits
after it (bc1 and 8 is the shortest address). The stdlib engine skips ahead to those four
characters; the pattern is matched only there (every place it matches passes), not scanned
over every run of letters and digits (most words)."""
_ETH = regex.compile(r"(?<![0-9A-Za-z])0x[0-9A-Fa-f]{40}(?![0-9A-Za-z])")


def crypto_detector(window: int) -> PatternDetector:
    wallet = words("wallet", "bitcoin", "btc", "ethereum", "eth", "address", "crypto", "send", "usdt")
    rules = [
        Rule("CRYPTO", _BTC, 1.0, is_crypto, starts=_BTC_START),
        Rule("CRYPTO", _ETH, 0.7, is_crypto, context=wallet, anchors=("0x",)),
    ]
    return PatternDetector(name="crypto", rules=rules, window=window, needs_digit=True)


_UPI_HANDLES = (
    "okaxis|okicici|okhdfcbank|oksbi|ybl|ibl|axl|apl|yapl|paytm|ptyes|ptaxis|pthdfc|ptsbi|upi|icici|sbi"
    "|hdfcbank|axisbank|axisb|kotak|indus|federal|pnb|barodampay|abfspay|freecharge|ikwik|jupiteraxis|fam"
    "|slice|naviaxis|waicici|wahdfcbank|waaxis|wasbi|airtel|jio|postbank|idfcbank|yesbank|rbl|aubank|dbs"
)
_UPI = regex.compile(rf"(?<![\w.@+\-])(?P<vpa>[A-Za-z0-9][A-Za-z0-9._\-]{{1,63}}@(?:{_UPI_HANDLES}))(?![\w@.\-])")
"""An Indian UPI payment address (a VPA: ``ramesh.yadav42@okicici``, ``98765 43210@ybl`` written
``9876543210@ybl``): a name or a phone number, ``@`` and a payment app's or a bank's handle, with no
domain after it (an e-mail address has one)."""
_UPI_ANCHORS = tuple(f"@{handle}" for handle in _UPI_HANDLES.split("|"))
"""A handle after its ``@``, which every match holds: a text without one (most texts with an ``@``
hold e-mail addresses) is skipped without scanning it, which the pattern does at every letter."""


def upi_detector(window: int) -> PatternDetector:
    """UPI_ID: Indian payment addresses (:data:`_UPI`), by their handles."""
    rules = [Rule("UPI_ID", _UPI, 0.9, anchors=_UPI_ANCHORS, anchor_gate=("@",), group="vpa")]
    return PatternDetector(name="upi", rules=rules, window=window)
