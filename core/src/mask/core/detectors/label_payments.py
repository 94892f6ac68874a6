"""The other party of a transfer in a bank statement's description, written in capitals:
``ZELLE TO KOWALSKI ANNA``, ``VENMO PAYMENT 1023874 FROM DEREK CHO``, ``TFR TO S WHITFIELD``.

A statement line names the payee or payer right after a transfer service's word and ``TO`` or
``FROM``; there is no label and no case to read a name by, and NER does not read capitals. The
name is two to four words of capitals; an account's words (``TRANSFER TO SAVINGS``, ``XFER FROM
CHK 1234``) and a company's legal form (``ZELLE TO ACME PLUMBING LLC``) name no person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["may_hold_payments", "payment_parties"]

_SERVICE = re.compile(
    r"(?<![A-Z0-9])(?:ZELLE|VENMO|CASH[ ]APP|PAYPAL|APPLE[ ]CASH|TFR|XFER|TRANSFER|WIRE)"
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
    "CCD ENDING XX XXXX ZELLE VENMO PAYPAL CASH TFR XFER TRANSFER WIRE TO FROM"
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
_GENERIC = ("TFR", "XFER", "TRANSFER", "WIRE")
"""Words a heading uses too (``DATA TRANSFER FROM SOURCE SYSTEM``): a party after them only on a
line with a digit (an amount, a date), as a statement's is."""
_DIGIT = re.compile(r"[0-9]")
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
