"""The other party of a transfer in a bank statement's description, written in capitals:
``ZELLE TO KOWALSKI ANNA``, ``VENMO PAYMENT 1023874 FROM DEREK CHO``, ``TFR TO S WHITFIELD``,
a Nigerian bank's narration ``TRF FROM ADEBAYO OLUWASEUN AKINTOLA/GTB/0157839264`` (the party's
bank and account number after the name, each after a slash: the account is a ``US_BANK_NUMBER``).

A statement line names the payee or payer right after a transfer service's word and ``TO`` or
``FROM``; there is no label and no case to read a name by, and NER does not read capitals. The
name is two to four words of capitals; an account's words (``TRANSFER TO SAVINGS``, ``XFER FROM
CHK 1234``) and a company's legal form (``ZELLE TO ACME PLUMBING LLC``) name no person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = [
    "cbu_aliases",
    "may_hold_cbu_aliases",
    "may_hold_mobile_money",
    "may_hold_payments",
    "mobile_money_parties",
    "msisdn_party_ids",
    "party_accounts",
    "payment_parties",
]

_SERVICE = re.compile(
    r"(?<![A-Z0-9])(?:ZELLE|VENMO|CASH[ ]APP|PAYPAL|APPLE[ ]CASH|TFR|TRF|XFER|TRANSFER|WIRE)"
    r"(?:[ ](?:PAYMENT|PMT|TRANSFER|CASHOUT|SENT|RECEIVED|RECV|INST(?:ANT)?|ONLINE|MOBILE))*"
    r"(?:[ ](?:CONF(?:IRMATION)?|ID|REF)?[#:]?[ ]?(?=[A-Z]*+[0-9])[A-Z0-9]++)?"
    r"[ ](?:TO|FROM)[ ]"
)
"""A transfer service's word, what a statement writes after it (``PAYMENT``, a confirmation
number) and ``TO`` or ``FROM``: the name follows."""
_WORD = re.compile(r"[A-Z][A-Z'\-]*(?![\w])")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP = _words(
    "ON REF CONF CONFIRMATION ID FOR VIA AT MEMO DATE TRN TRACE ACCT ACCOUNT NO NUMBER PPD WEB "
    "CCD ENDING XX XXXX ZELLE VENMO PAYPAL CASH TFR XFER TRANSFER WIRE TO FROM TRF"
)
"""Words after a name on a statement line (``ON 12/03``, ``REF 88213``, the next transfer): the
name ends before them."""
_NO_PERSON = _words(
    "SAVINGS SAVING SAV CHECKING CHK CHQ CREDIT CARD LOAN MORTGAGE BROKERAGE MONEY MARKET IRA "
    "SHARE DRAFT VISA MASTERCARD AMEX DISCOVER BANK BRK SELF EXTERNAL INTERNAL OWN MY BUSINESS "
    "TRUST LLC INC CORP CO LTD LIMITED LLP PLC GMBH SA SAS BV NV PTY COMPANY SERVICES SERVICE "
    "GROUP HOLDINGS STORE SHOP MARKETPLACE AUTO INSURANCE UTILITIES TAX IRS TREASURY FUND A AN "
    "THE YOUR OUR THEIR HIS HER NEW OTHER ANOTHER"
)
"""Words that make the party an account, a business or no one, not a person."""
_GENERIC = ("TFR", "TRF", "XFER", "TRANSFER", "WIRE")
"""Words a heading uses too (``DATA TRANSFER FROM SOURCE SYSTEM``): a party after them only on a
line with a digit (an amount, a date), as a statement's is."""
_DIGIT = re.compile(r"[0-9]")
_BANK_AND_ACCOUNT = re.compile(r"/[A-Z]{2,12}/(?P<account>[0-9]{10})(?![\w])")
"""A Nigerian narration's bank and account after the party's name (``/GTB/0157839264``: a NUBAN's
ten digits)."""
_MAX_WORDS = 4


def may_hold_payments(text: str) -> bool:
    """Whether ``text`` may name a transfer's party (a cheap gate before :func:`payment_parties`,
    which scans for the services)."""
    return " TO " in text or " FROM " in text


def payment_parties(text: str, begin: int = 0) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each person a transfer names in ``text`` from ``begin``."""
    lines = _Lines(text)
    for m in _SERVICE.finditer(text, begin):
        if m.group().startswith(_GENERIC) and not lines.has_digit(m.start()):
            continue
        at = m.end()
        words: list[tuple[int, int]] = []
        while len(words) <= _MAX_WORDS:
            word = _WORD.match(text, at)
            if word is None or word.group() in _STOP:
                break
            words.append(word.span())
            at = word.end()
            if not text.startswith(" ", at):
                break
            at += 1
        if not 2 <= len(words) <= _MAX_WORDS:
            continue
        if any(text[lo:hi] in _NO_PERSON for lo, hi in words):
            continue
        if all(hi - lo == 1 for lo, hi in words):
            continue  # initials alone ("TO A B")
        yield words[0][0], words[-1][1]


def party_accounts(text: str, begin: int = 0) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each account number after a transfer's party, its bank between
    (``TRF FROM ADEBAYO OLUWASEUN AKINTOLA/GTB/0157839264``): the party's account."""
    for _, end in payment_parties(text, begin):
        m = _BANK_AND_ACCOUNT.match(text, end)
        if m is not None:
            yield m.span("account")


class _Lines:
    """Whether the line of a position holds a digit, for positions in increasing order: each line
    is looked at once (a long line of transfers costs no scan of it per transfer)."""

    __slots__ = ("digit", "end", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.end = -1  # where the line looked at last ends
        self.digit = False

    def has_digit(self, at: int) -> bool:
        if at > self.end:
            text = self.text
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            self.end = len(text) if end < 0 else end
            self.digit = _DIGIT.search(text, start, self.end) is not None
        return self.digit


_CAPS_NAME = r"[A-Z][A-Z'\-]+(?:[ ][A-Z][A-Z'\-]+){1,3}"
_PAYMENT_WORDS = ("received", "sent", "paid", "umepokea", "umetuma", "umelipa")
"""The words :data:`_MOBILE_MONEY` opens with, looked for in the lower-cased text first (the pattern's
case-blind alternation would be tried at every character)."""


_MOBILE_MONEY = re.compile(
    rf"(?i:{'|'.join(_PAYMENT_WORDS)})\b[^\n]{{1,60}}?(?i:from|to|kutoka[ ]kwa|kwa)[ ]"
    rf"(?:(?P<before>{_CAPS_NAME})[ ]\(?\+?[0-9]{{10,13}}\)?|\+?[0-9]{{10,13}}[ ]-[ ](?P<after>{_CAPS_NAME}))"
    r"(?![\w])"
)
"""A mobile money message's party: a payment's word (Swahili ``umepokea``, received), then ``from``
or ``to`` (``kutoka kwa``, ``kwa``) and the party's name in capitals before its number (``from
NAKATO SARAH (256772481906)``) or after it and a dash (``kutoka kwa 255754338921 - HAMISI JUMA``)."""


def may_hold_mobile_money(text: str) -> bool:
    """Whether ``text`` may name a mobile money payment's party (a cheap gate before
    :func:`mobile_money_parties`): a party's word, a digit and a payment's word."""
    if not (" from " in text or " to " in text or " kwa " in text) or _DIGIT.search(text) is None:
        return False
    lower = text.lower()
    return any(word in lower for word in _PAYMENT_WORDS)


def mobile_money_parties(text: str, begin: int = 0) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each person a mobile money message names beside their number (see
    :data:`_MOBILE_MONEY`); not an account's, a business's or no one's words (:data:`_NO_PERSON`)."""
    for m in _MOBILE_MONEY.finditer(text, begin):
        group = "before" if m.group("before") is not None else "after"
        if _NO_PERSON.isdisjoint(m.group(group).split()) and _STOP.isdisjoint(m.group(group).split()):
            yield m.span(group)


_PARTY_ID = re.compile(r'"partyId"[ ]*:[ ]*"(\+?[0-9]{8,15})"')
_MSISDN_TYPE = re.compile(r'"partyIdType"[ ]*:[ ]*"MSISDN"')
_PARTY_REACH = 120
"""How far from a party's id its type may stand (the same small object: ``{"partyIdType": "MSISDN",
"partyId": "256772123456"}``)."""


def msisdn_party_ids(text: str, begin: int = 0) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each mobile money party's id that its type says is a phone number (a
    Mojaloop or MTN MoMo API's payer or payee: ``"partyIdType": "MSISDN", "partyId": "256772123456"``);
    the same key holds an e-mail address, a business's code or an account's alias under other types.
    Only called for a text that holds ``"MSISDN"``."""
    for m in _PARTY_ID.finditer(text, begin):
        lo = max(begin, m.start() - _PARTY_REACH)
        if _MSISDN_TYPE.search(text[lo : m.end() + _PARTY_REACH]) is not None:
            yield m.span(1)


_ALIAS = re.compile(r'"alias"[ ]*:[ ]*"([A-Za-z0-9][A-Za-z0-9.\-]{4,18}[A-Za-z0-9])"')
_CBU_KEY = re.compile(r'"c[bv]u"[ ]*:')


def may_hold_cbu_aliases(text: str) -> bool:
    """A cheap test before :func:`cbu_aliases`: an ``alias`` key and a CBU's or CVU's."""
    return '"alias"' in text and ('"cbu"' in text or '"cvu"' in text)


def cbu_aliases(text: str, begin: int = 0) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each Argentine account's alias beside its CBU or CVU in the same object
    (``"cbu": "0170...", "alias": "PERRO.MESA.TANGO"``): six to twenty letters, digits, dots and
    dashes that a transfer is sent to in the account's stead, its holder's as the account is. An
    ``alias`` key elsewhere names a host, a column or a command."""
    for m in _ALIAS.finditer(text, begin):
        lo = max(begin, m.start() - _PARTY_REACH)
        if _CBU_KEY.search(text, lo, min(len(text), m.end() + _PARTY_REACH)) is not None:
            yield m.span(1)
