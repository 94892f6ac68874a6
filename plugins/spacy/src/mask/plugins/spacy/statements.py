"""Counterparties on bank-statement lines.

A statement line opens with a booking date and closes with an amount (and maybe the balance);
between them stand a transaction kind and the counterparty, then any reference::

    04/03 CARD PAYMENT HUDSON-GRANT LTD SPRINGFIELD  -35.90
    2024-03-04  Direct debit  Stadtwerke Ulm GmbH  REF 88812  -61,20 EUR
    03 MAR TRANSFER TO JEPPE DANIELSEN REF 955335  -120.00

A merchant is often written with its town, in capitals, and neither has a legal form nor a
known name to go by (``CASTANEDA GROUP LAKE GEORGE``), so the whole counterparty is one span:
PERSON after a transfer or a payment to someone (unless a legal form closes it), ORGANIZATION
otherwise. The line's shape (date, kind, amount) is the evidence; nothing else is read.
"""

from __future__ import annotations

import regex

from mask.core.spans import Span

from .orgs import LEGAL_FORMS

__all__ = ["SCORE_STATEMENT", "statement_parties"]

SCORE_STATEMENT = 0.92
"""Above an NER organization with a legal form (0.9), which may take the line's kind and stop before
the town (``CARD PAYMENT HUDSON LLC``): the line's shape is the stronger evidence."""

_MONTHS = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
    r"|ene|abr|ago|dic|janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|déc|mär|mrz|okt|dez"
    r"|gen|mag|giu|lug|ott|set|out|fev"
)
_DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\.?"
    r"|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}[ .-]?(?i:{_MONTHS})\.?(?:[ .-]\d{{2,4}})?"
    rf"|(?i:{_MONTHS})\.?[ ]\d{{1,2}}(?:,?[ ]\d{{4}})?)"
)
_TO_PERSON = (
    r"transfer[ ]to|transfer[ ]from|bank[ ]transfer[ ]to|bank[ ]transfer[ ]from|faster[ ]payment[ ]to"
    r"|faster[ ]payment[ ]from|payment[ ]to|payment[ ]from|standing[ ]order[ ]to|e-transfer[ ]to|e-transfer[ ]from"
    r"|zelle[ ]to|zelle[ ]from|venmo[ ]to|venmo[ ]from|überweisung[ ]an|überweisung[ ]von|ueberweisung[ ]an"
    r"|gutschrift[ ]von|virement[ ]à|virement[ ]a|virement[ ]de|vir[ ]sepa[ ]à|vir[ ]sepa[ ]de|bonifico[ ]a"
    r"|bonifico[ ]da|transferencia[ ]a|transferencia[ ]de|transferência[ ]para|transferência[ ]de|pix[ ]para"
    r"|pix[ ]de|overboeking[ ]naar|overboeking[ ]van|przelew[ ]do|przelew[ ]od"
)
_MERCHANT = (
    r"card[ ]payment(?:[ ]to)?|card[ ]purchase|debit[ ]card(?:[ ]purchase)?|pos(?:[ ]purchase|[ ]debit)?"
    r"|contactless(?:[ ]payment)?|purchase|direct[ ]debit(?:[ ]to)?|standing[ ]order|bill[ ]payment(?:[ ]to)?"
    r"|atm(?:[ ]withdrawal)?|cash[ ]withdrawal|refund[ ]from|dd|so|bgc|fpi|fpo|bacs"
    r"|kartenzahlung|lastschrift|sepa[ ]lastschrift|paiement[ ]cb|paiement[ ]carte|carte|prlv(?:[ ]sepa)?"
    r"|pagamento[ ]pos|pagamento[ ]carta|addebito(?:[ ]sdd)?|compra(?:[ ]con[ ]tarjeta|[ ]cartão|[ ]cartao)?"
    r"|pago[ ]con[ ]tarjeta|recibo|domiciliación|domiciliacion|betaalautomaat|incasso|płatność[ ]kartą"
    r"|platba[ ]kartou|kortköp|kortbetaling|korttiosto"
)
_STATEMENT_LINE = regex.compile(
    rf"^[ \t]*{_DATE}[ \t]+(?i:(?P<person>{_TO_PERSON})|(?P<merchant>{_MERCHANT}))[ \t]*[:\-]?[ \t]+"
    r"(?P<party>[\p{Lu}\p{Lt}][^\n]*?)"
    r"(?:[ \t]+(?i:ref(?:erence)?\.?:?|rif\.?|réf\.?|ref\.?nr\.?|verwendungszweck:?)[ \t][^\n]*?)?"
    r"[ \t]+(?P<amount>[-+\u2212]?[ ]?(?:[$€£]|EUR|USD|GBP|CHF)?[ ]?\d{1,3}(?:[,. \u00a0']\d{3})*[.,]\d{2}"
    r"(?:[ ]?(?:€|EUR|USD|GBP|CHF|CR|DR|zł|PLN|Kč|kr|SEK|DKK|NOK))?)"
    r"(?:[ \t]+[-+\u2212]?[ ]?(?:[$€£])?\d{1,3}(?:[,. \u00a0']\d{3})*[.,]\d{2}(?:[ ]?(?:€|EUR|CR|DR))?)?"
    r"[ \t]*$",
    regex.MULTILINE,
)
"""A statement line: date, kind, counterparty (opening with a capital), any reference, amount(s)."""
_PARTY_END = regex.compile(r"[ \t]+(?=\S*\d)|[ \t]*[,;]?[ \t]*$")
"""Where a counterparty stops: before a word holding a digit (a store or card number), or at its end."""
_LEGAL_FORM_END = regex.compile(rf"(?i:{LEGAL_FORMS})[.,]?$")


def statement_parties(text: str) -> list[Span]:
    """PERSON or ORGANIZATION spans of the counterparties of the statement lines of ``text``."""
    out: list[Span] = []
    for match in _STATEMENT_LINE.finditer(text):
        start, end = match.span("party")
        stop = _PARTY_END.search(text, start, end)
        end = stop.start() if stop is not None else end
        party = text[start:end]
        if sum(c.isalpha() for c in party) < 2:
            continue
        kind = "PERSON" if match.group("person") and not _LEGAL_FORM_END.search(party) else "ORGANIZATION"
        out.append(Span(start, end, kind, SCORE_STATEMENT, "names"))
    return out
