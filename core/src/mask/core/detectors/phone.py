"""The PHONE_NUMBER detector: valid numbers anywhere, phone-shaped ones where a label says so.

A candidate (digit groups, see :mod:`.phone_shapes`) holding 7-15 digits that is no date,
time, SSN, ZIP+4, year range, IPv4 address, version string, range (``port range:
32768-60999``, ``bytes=0-1048575``) or size (``2 147 483 648 bytes``) is a phone number when

- phonenumbers calls it *valid* (international, or national in one of ``regions``):
  score 0.75 (unless grouped the way no phone number is, or an amount), 1.0 with a
  phone word near it; a word such as ``order`` or ``invoice``
  just before it, nearer than any phone word, puts it under the threshold (unless it
  is written exactly the way phonenumbers lays out a phone number, in groups an amount
  does not share: ``0121 234 4167``, not ``694 772 860``); or
- it is written with ``+`` and a country code and has a length that country allows
  (phonenumbers' *possible*), or in a North American layout (``(415) 867-5309``,
  ``415.867.5309``) with an area code and exchange starting with 2-9: score 0.6, 0.85 with
  a phone word near it, none after a word such as ``order``; or
- a phone word labels it (``Phone:``, ``ring me on``, ``Tel.``, ``móvil``...; for
  numbers of 9+ digits, or 8 in pairs, fours or 3-2-3 (``82 28 42 01``, ``7500 8633``), also
  a verb such as ``call``, ``text`` or ``prefers`` just before it), valid or not (labels
  decide; validators raise confidence for unlabelled values): score 0.85. The Hungarian
  layout (``06-1/234-5678``), whose mix of marks no other number is accepted with, counts
  only this way, and so does a North American number with an area code of 1xx or an
  exchange starting with 0 or 1 (no such number exists, but made-up ones are written so). An
  area code of 0xx is never one: Mask's phone tokens use it. A leading 0 is a trunk prefix
  instead, whatever the layout: ``071-123-4567`` counts when valid in a region that has one
  (South Africa, Thailand, Ethiopia...).

A bare digit run (no separator) counts only right after a phone word or verb
(``prefers 0493822842``), and only when valid or labelled; or, when phonenumbers types it a
mobile's, where receipts and text messages write one: after a label that names a mobile only
there (``CP#:``, ``Cel:``, ``Sender:``), as a payment's party (``received Tk 2,500.00 from
01712345689``) or after a name in capitals (``WANJIKU KAMAU 0712345678``). Several numbers in a row
(``212-456-7890 312-555-1234``) are split at the spaces between them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

import regex
from phonenumbers.re_util import enable_pattern_cache

from ..detector import Budget
from ..phone_numbers import without_extension
from ..phone_patterns import warm as warm_phone_patterns
from ..prescan import guided_matches
from .base import NEGATIVE_PENALTY, Hit, PatternDetector, Taken, line_start, line_window, negative_window, taken_of
from .label_answers import ANSWER_HEAD
from .label_words import GENERIC_KEYS, PERSON_STOP_WORDS, STOP_VALUES, SUFFIXES
from .normalize import Normalized
from .phone_shapes import (
    ACCESS_CODE_REACH,
    ACCESS_CODE_WORDS,
    CANDIDATE,
    CANDIDATE_ASCII,
    CONTACT_LABELS,
    CONTACT_WINDOW,
    LABEL_WINDOW,
    NOT_PHONE,
    PHONE_CONTEXT,
    PHONE_LABELS,
    PHONE_VERBS,
    area_slash,
    data_size,
    eight_grouped,
    glued_code,
    money_like,
    not_phone,
    odd_grouping,
    range_like,
    reserved_nanp,
    tariff_like,
    thousands_like,
    token_nanp,
    trim,
    version_dotted,
)
from .phone_valid import NANP_LAYOUT, PhoneValidity, possible_international
from .shared import TextView, view_of
from .validators import AtLeastDigits, crosses_clause, digits_of, is_card, is_iban

__all__ = ["PLAIN_PHONE_WINDOW", "PhoneDetector", "phone_detector"]

PLAIN_PHONE_WINDOW = 24
"""A bare digit run counts as a phone number only this close after a phone word on its
line and in its sentence (``Call the clinic on 9876543210``)."""
LABELLED_SCORE = 0.85
"""The score of a labelled phone-shaped number that no region calls valid."""
POSSIBLE_SCORE = 0.6
"""The score of an unlabelled number that no region calls valid but that is written the way
only phone numbers are: ``+44 ...`` with a length its country allows, or a North American layout."""
_SEVEN_DIGITS = AtLeastDigits(7)
_WEAK_LABEL_DIGITS = 9
"""From this many digits, a looser word (``call``, ``contact``) labels a number too."""
_VERB_WINDOW = 9
"""Reach of :data:`PHONE_VERBS` before a bare number: the longest verb and one blank."""
_LOCAL_SEVEN = re.compile(r"[2-9][0-9]{2}[\-.][0-9]{4}|[1-9][0-9]{2}([ \-])[0-9]{2}\1[0-9]{2}")
"""A North American local number without its area code (``555-0147``), or a local number in three,
two and two digits, as Russia, Ukraine and their neighbours write them (``948 21 99``, ``342-36-67``)."""
_SENTENCE_END = re.compile(r"(?<=[0-9)])\. ")
_CANDIDATE_START = re.compile(
    r"[+(0-9](?:(?<![A-Za-z0-9_+.\-/:][+(0-9])|(?<=:\+))"
    r"(?!(?<=[0-9])[0-9]{3}-(?:0[0-9]|1[0-2])-[0-3][0-9]|(?<=[0-9])[0-9]{0,5}\.[0-9]{1,6}(?![0-9]|[ .\-/][0-9]))"
    r"[0-9 ().\-/]{6}"
)
"""Where :data:`.phone_shapes.CANDIDATE` may match: its first character and the six after it,
the character before it (in ASCII: a letter or digit before makes none) and its date and
decimal look-ahead, written to open with that first character. The stdlib engine skips to
such places several times faster than the candidate pattern scans a text; the pattern is
matched only there (the same matches as its own scan: every place it matches passes)."""


class PhoneDetector(PatternDetector):
    """International numbers (``+`` or ``00``) in any region; national ones in ``regions``;
    labelled phone-shaped numbers in any case (see the module docstring)."""

    def __init__(self, regions: Sequence[str], window: int) -> None:
        super().__init__(name="phone", entity_types=frozenset({"PHONE_NUMBER"}), window=window)
        self.regions = tuple(r.upper() for r in regions) or ("US",)
        self.validity = PhoneValidity(self.regions)
        # phonenumbers compiles its metadata patterns through the stdlib's 512-entry cache,
        # which the regions' hundreds of patterns (and stdnum's) overflow: they were being
        # re-parsed on every validation. Its own cache (patterns from its metadata only, no
        # number) stops that; idempotent, once per process in effect.
        enable_pattern_cache()

    def wanted(self, text: str) -> bool:
        return _SEVEN_DIGITS.has(text) is not None or not text.isascii()

    def warm_up(self) -> None:
        """Load the configured regions' metadata and build their validity patterns now (see
        :func:`~mask.core.phone_patterns.warm`): on a first call they cost more than the call."""
        warm_phone_patterns(self.regions)
        for region in self.regions:
            self.validity.region(region)

    def scan(self, norm: Normalized, budget: Budget) -> Iterator[Hit]:
        text = norm.text
        view = view_of(text, budget)
        memo = budget.memo
        taken = taken_of(budget, text)
        for m in _candidates(text, budget):
            value = m.group()
            start = m.start()
            if ". " not in value:
                if " (" in value:
                    yield from self._bracketed(text, start, value, view, memo, taken, budget)
                else:
                    yield from self._candidate(text, start, value, view, memo, taken)
                continue
            # A sentence ends inside: "your phone is (201) 553-0266. 5455 0728 4874 7323"
            # holds two values, each read on its own ("ext. 12" is no sentence end).
            for piece in _SENTENCE_END.split(value):
                if piece:
                    yield from self._bracketed(text, start, piece, view, memo, taken, budget)
                start += len(piece) + 2

    def _bracketed(
        self,
        text: str,
        start: int,
        value: str,
        view: TextView,
        memo: dict[object, object],
        taken: Taken | None,
        budget: Budget,
    ) -> Iterator[Hit]:
        """:meth:`_candidate`, and when it finds nothing, the candidate read again from its last
        bracket: what came before spoilt it (``10.0.0.1 (201) 555-6326``), and an area code in
        brackets opens a number of its own."""
        found = False
        for hit in self._candidate(text, start, value, view, memo, taken):
            found = True
            yield hit
        cut = -1 if found else value.rfind(" (")
        if cut > 0 and not _DIAL_PREFIX.fullmatch(value, 0, cut):
            again = _candidate_at(text, start + cut + 1, budget)
            if again is not None:
                yield from self._candidate(text, again.start(), again.group(), view, memo, taken)

    def _candidate(
        self,
        text: str,
        start: int,
        value: str,
        view: TextView,
        memo: dict[object, object],
        taken: Taken | None = None,
    ) -> Iterator[Hit]:
        end = start + len(value)
        if value[0] == "(" or value[-1] == ")":
            head, tail = trim(value)
            start, end = start + head, end - tail
            value = value[head : len(value) - tail]
        if value[:1] != "+" and text[start - 1 : start] == " " and _after_code(text, start - 1):
            return  # the rest of an IBAN or an invoice code ("DE89 3704 0044 ...")
        if "\u3012" in text[max(0, start - 2) : start]:
            return  # Japan's postal mark: "〒060-0005" is a postcode
        main = without_extension(value)
        digits = digits_of(main)
        if len(digits) < 7:
            return
        if main[2:3] == " " and _PAIRS.fullmatch(main) and _in_hex_dump(text, start, end):
            return  # "00000: 30 07 02 01 7B 80": bytes, no number
        if len(digits) > 15:
            if not main.isdigit() and not _card_shaped(main, digits):
                # Several numbers in a row ("212-456-7890 312-555-1234"): the candidate
                # swallowed them all; each piece between spaces is tried.
                yield from self._split_run(text, start, main, view, memo)
            return
        if taken is not None and taken(start, end):
            return  # found by the label stage: the same hit would be dropped after validation
        if glued_code(text, end) or version_dotted(text, start, main):
            return  # "SN 0412-555-019-A", "bootloader 07.70.0900 -> 07.70.0912": a code, a version
        score = self._score(text, start, end, main, digits, view, memo)
        if score is not None:
            yield start, end, "PHONE_NUMBER", score

    def _score(
        self, text: str, start: int, end: int, main: str, digits: str, view: TextView, memo: dict[object, object]
    ) -> float | None:
        if data_size(text, end, main):
            return None  # "peak RSS 2 147 483 648 bytes": a count of bytes
        code = ACCESS_CODE_WORDS.distance(text, start, end, LABEL_WINDOW, True, view)
        if code is not None and code <= ACCESS_CODE_REACH:
            return None  # "conference PIN 612 774 305#", "Meeting ID: 731 558 2094": a code to key in
        if main.isdigit():
            return self._bare(text, start, end, main, digits, view, memo)
        if range_like(text, start, main):
            return None  # "port range: 32768-60999", "bytes=0-1048575"
        if not_phone(main):
            if not area_slash(main):
                return None
            return self._labelled(text, start, end, main, digits, view, _negative(text, start, end, view))
        negative = _negative(text, start, end, view)
        if self.validity.valid(main, memo):
            near = PHONE_CONTEXT.distance(text, start, end, self.window, False, view)
            if near is None:
                near = _contact_label(text, start, end, view)  # "NOK: Anna Berg, +46 (0)8 402 092 13"
            if near is None:
                near = _after_email(text, start)  # "at giorgos.p@otenet.gr or 210 123 4567"
            if near is None:
                near = self._second_way(text, start, view)  # "at 6123 4567 or 9123 4567"
            if negative is not None and (near is None or negative < near) and not self._laid_out(main, memo):
                return 0.75 - NEGATIVE_PENALTY
            if near is not None:
                return 1.0
            unlikely = odd_grouping(main) or tariff_like(main) or money_like(text, start, end, main)
            if unlikely and _contact_cell(text, start, end):
                return LABELLED_SCORE
            return None if unlikely else 0.75
        if reserved_nanp(digits, main):
            return None if token_nanp(digits, main) else self._labelled(text, start, end, main, digits, view, negative)
        if negative is None and (
            (main[0] == "+" and not odd_grouping(main) and possible_international(main))
            or NANP_LAYOUT.fullmatch(main)  # (415) 867-5309, 415.867.5309: reserved_nanp() let it through
        ):
            # "+44 28 9018 2881" in no assigned range: written the international way, with a
            # length its country allows, it is a phone number all the same.
            near = PHONE_CONTEXT.distance(text, start, end, self.window, False, view)
            return POSSIBLE_SCORE if near is None else LABELLED_SCORE
        return self._labelled(text, start, end, main, digits, view, negative)

    def _labelled(
        self,
        text: str,
        start: int,
        end: int,
        main: str,
        digits: str,
        view: TextView,
        negative: int | None,
    ) -> float | None:
        """A phone word labels the number, nearer than any word such as ``order``; for 9+
        digits, or 8 in pairs, fours or 3-2-3 (``82 28 42 01``, ``7500 8633``, ``963 92 332``)
        or after an area code and a slash (``1/234-5678``), a verb such as ``call`` right
        before it does too."""
        label = PHONE_LABELS.distance(text, start, end, LABEL_WINDOW, False, view)
        if label is None and (
            len(digits) >= _WEAK_LABEL_DIGITS or (len(digits) == 8 and (eight_grouped(main) or area_slash(main)))
        ):
            label = PHONE_CONTEXT.distance(text, start, end, LABEL_WINDOW, True, view)
        if label is None:
            label = _contact_label(text, start, end, view)
        if label is None and len(digits) == 7 and _LOCAL_SEVEN.fullmatch(main) is not None:
            # "Call 555-0147 to confirm", "Text 555-0147", "Contact: 276 84 26": a local number right
            # after the verb (or the verb as a label)
            verb = PHONE_VERBS.distance(text, start, end, _VERB_WINDOW, True, view)
            label = 1 if verb is not None and _right_after(text, start, verb) else None
        if label is None and len(digits) >= _WEAK_LABEL_DIGITS and not thousands_like(main):
            label = _after_email(text, start)  # "at giorgos.p@otenet.gr or 210 123 4567"
        if (
            label is None
            and (len(digits) >= _WEAK_LABEL_DIGITS or (len(digits) == 8 and eight_grouped(main)))
            and not thousands_like(main)
        ):
            label = self._second_way(text, start, view)  # "at 6123 4567 or 9123 4567"
        if label is None and _asked_before(text, start, end, view):
            return LABELLED_SCORE
        if label is None and len(digits) >= 8 and _possessed_number(text, start):
            return LABELLED_SCORE  # "Yuki's no is 8733 2106", "my number is 0412 555 019"
        if label is None and (_letter_label(text, start, end) or _contact_cell(text, start, end)):
            return LABELLED_SCORE
        if label is None and _VERB_NAME_ON.search(text, max(0, start - _VERB_NAME_REACH), start):
            return LABELLED_SCORE  # "contact Hegedüs Barnabás Béla on 06-9/554 4682"
        if label is None or (negative is not None and negative < label):
            return None
        return LABELLED_SCORE

    def _second_way(
        self, text: str, start: int, view: TextView, valid: Callable[[str], bool] | None = None
    ) -> int | None:
        """How far before the number starting at ``start`` the phone number it follows ends, as
        the second of two ways to call someone (:data:`_SECOND_WAY`), or None. Joined by ``or`` or
        a slash (``Contact Mr Lim at 6123 4567 or 9123 4567``), the first number must be labelled;
        joined by ``pls, or`` (``08475 643 350 pls, or 07700900218``), ``valid`` (given for a bare
        digit run, the only one that reads this form) must take it."""
        if text[start - 1 : start] != " ":
            return None
        if valid is not None and " or " not in text[max(0, start - 5) : start]:
            return None  # a literal check first: most bare runs follow no "or"
        before = _SECOND_WAY.search(text, max(0, start - _SECOND_WAY_REACH), start)
        if before is None or not 7 <= sum(ch.isdigit() for ch in before.group("number")) <= 15:
            return None
        if (before.group("filler") is not None) != (valid is not None):
            return None
        if valid is not None:
            return start - before.start() if valid(before.group("number")) else None
        lo, hi = before.span("number")
        labelled = PHONE_LABELS.distance(text, lo, hi, LABEL_WINDOW, False, view) is not None
        if not labelled and PHONE_CONTEXT.distance(text, lo, hi, LABEL_WINDOW, True, view) is None:
            return None  # "between 1000000 or 9123 4567": the first number is no phone
        return start - before.start()

    def _laid_out(self, main: str, memo: dict[object, object]) -> bool:
        """Written the way phone numbers are (see ``PhoneValidity.laid_out``), in a layout an
        amount does not share: ``694 772 860`` after ``invoice`` is read as a figure."""
        return not thousands_like(main) and self.validity.laid_out(main, memo)

    def _bare(
        self, text: str, start: int, end: int, main: str, digits: str, view: TextView, memo: dict[object, object]
    ) -> float | None:
        """A digit run with no separator: a phone number only right after a phone word, or
        filling a contact line's cell (8 to 12 digits, or valid in a configured region)."""
        if _contact_cell(text, start, end) and (8 <= len(digits) <= 12 or self.validity.valid(main, memo)):
            return LABELLED_SCORE  # a contact line's cell of 8 to 12 digits is a number to call, valid here or not
        if _MOBILE_LENGTHS[0] <= len(digits) <= _MOBILE_LENGTHS[1] and self._mobile_cue(text, start, end, view, memo):
            return LABELLED_SCORE  # "CP#: 09171234567", "received Tk 2,500.00 from 01712345689"
        if (
            8 <= len(digits) <= 13
            and self._second_way(text, start, view, lambda first: self.validity.valid(first, memo)) is not None
            and self.validity.valid(main, memo)
        ):
            return LABELLED_SCORE  # "08475 643 350 pls, or 07700900218 if no answer": the second way to call
        if PHONE_CONTEXT.absent(view) and CONTACT_LABELS.absent(view):
            return None  # known once per text: digit-heavy texts have many bare runs
        near = PHONE_CONTEXT.distance(text, start, end, line_window(text, start, PLAIN_PHONE_WINDOW), True, view)
        if near is None:
            near = _contact_label(text, start, end, view)  # "NOK: Mario Rossi, 0183115918"
        if near is None and _VERB_NAME_ON.search(text, max(0, start - _VERB_NAME_REACH), start):
            # "contact Hortense Laine on 0354268918": the verb is beyond the window when the name is long
            return 1.0 if self.validity.valid(main, memo) else None
        if near is None and _asked_before(text, start, end, view):
            return 1.0 if self.validity.valid(main, memo) else LABELLED_SCORE
        if near is None and 8 <= len(digits) <= 13 and _CALL_AFTER.match(text, end) is not None:
            return LABELLED_SCORE  # "bitte unter 0306593124 zurückrufen": the verb after the number
        if near is None or crosses_clause(text, start - near, start):
            return None  # the phone word speaks of another line, sentence or field
        negative = _negative(text, start, end, view)
        if negative is not None and negative < near:
            return None
        if self.validity.valid(main, memo):
            return 1.0
        label = PHONE_LABELS.distance(text, start, end, PLAIN_PHONE_WINDOW, True, view)
        if label is None:
            label = _contact_label(text, start, end, view)
        if (
            label is None
            and (len(digits) >= _WEAK_LABEL_DIGITS or (len(digits) == 8 and digits[0] != "0"))
            and _right_after(text, start, near)
        ):
            # right after the verb: "call 48116391", "prefers 2681678029 after 6pm", "Contact: 28194821"
            # (valid nowhere)
            verb = PHONE_VERBS.distance(text, start, end, _VERB_WINDOW, True, view)
            label = near if verb is not None and _right_after(text, start, verb) else None
        if label is None or token_nanp(digits, main) or (negative is not None and negative < label):
            return None
        return LABELLED_SCORE

    def _mobile_cue(self, text: str, start: int, end: int, view: TextView, memo: dict[object, object]) -> bool:
        """The bare run at ``start`` is a mobile's number that no phone word labels, but where
        receipts and text messages write one (:func:`_mobile_label`, :func:`_payment_party`,
        :func:`_caps_name`), and phonenumbers types it a mobile (:meth:`.PhoneValidity.mobile`):
        an id, an order number or a date written there is no valid mobile of 10-13 digits."""
        cue = _mobile_label(text, start)
        if cue is None:
            cue = _payment_party(text, start)
        if cue is None:
            cue = _caps_name(text, start)
        if cue is None:
            return False
        negative = _negative(text, start, end, view)
        if negative is not None and negative < cue:
            return False  # "paid to ACCOUNT NO 0712345678": the word says what the number is
        return self.validity.mobile(digits_of(text[start:end]), memo)

    def _split_run(
        self, text: str, offset: int, run: str, view: TextView, memo: dict[object, object] | None = None
    ) -> Iterator[Hit]:
        """The numbers of a run of several, each a whole, plainly written, valid number
        between spaces: the longest such piece from each group on."""
        groups = run.split(" ")
        starts = []
        at = 0
        for group in groups:
            starts.append(at)
            at += len(group) + 1
        i = 0
        while i < len(groups):
            if not groups[i]:  # a second blank between groups ("4242  1.2  0.5"): no piece starts with one
                i += 1
                continue
            for j in range(len(groups), i, -1):
                if not groups[j - 1]:
                    continue
                if any(g.startswith("(") and g != "(0)" for g in groups[i + 1 : j]):
                    continue  # a parenthesized area code starts a number
                piece = " ".join(groups[i:j])
                if not self._plain_number(piece, memo):
                    continue
                lo, hi = offset + starts[i], offset + starts[i] + len(piece)
                if not _separate(text, lo, hi):
                    continue
                near = PHONE_CONTEXT.near(text, lo, hi, self.window, view)
                yield lo, hi, "PHONE_NUMBER", 1.0 if near else 0.75
                i = j
                break
            else:
                i += 1

    def _plain_number(self, piece: str, memo: dict[object, object] | None) -> bool:
        count = len(digits_of(piece))
        if not 7 <= count <= 15 or len(set(piece) & set("-./")) > 1 or piece.count("(") != piece.count(")"):
            return False
        if piece.startswith("00") or not_phone(piece) or odd_grouping(piece):
            return False  # "00" starts a card token (and calls abroad are written alone)
        if not self.validity.valid(piece, memo):
            return False
        # Between blanks, a piece of a row of figures ("167560 11844" of `ps aux`) is a number
        # only when grouped the way phone numbers are written.
        return " " not in piece or self.validity.laid_out(piece, memo)


_CALL_AFTER = re.compile(
    r"[ ](?:zurückrufen|zurückzurufen|anrufen|anzurufen|terugbellen|opbellen|bellen|richiamare|chiamare"
    r"|oddzwonić|zadzwonić)(?![\w])",
    re.IGNORECASE,
)
"""A verb of calling right after a number, as German, Dutch, Italian and Polish put it
(``bitte unter 0306593124 zurückrufen``, ``graag 0612345678 terugbellen``)."""


def _right_after(text: str, start: int, distance: int) -> bool:
    """A word ``distance`` characters before ``start`` stands right before it: one blank between
    them, or a colon and a blank (``call 48116391``, ``Contact: 28194821``)."""
    return distance == 1 or (distance == 2 and text[start - 2] == ":")


def _candidates(text: str, budget: Budget) -> Iterator[regex.Match[str]]:
    """``CANDIDATE.finditer(text)``, the pattern matched only where :data:`_CANDIDATE_START` says
    it may match (the leftmost match from each position on, as a scan finds it)."""
    if CANDIDATE_ASCII is not None and text.isascii():
        # a match is bounded (possessive groups of digits, eight at most): no time-out needed
        return guided_matches(CANDIDATE_ASCII.match, _CANDIDATE_START.search, text)
    match = CANDIDATE.match
    return guided_matches(lambda t, at: match(t, at, timeout=budget.remaining()), _CANDIDATE_START.search, text)


_DIAL_PREFIX = re.compile(r"(?:\+|00)?[0-9 ]{1,5}")
"""A country code before a bracket (``+1 (015) 555-2671``): the number's own part, not what spoilt it."""


def _candidate_at(text: str, at: int, budget: Budget) -> regex.Match[str] | None:
    """The candidate pattern's match at ``at``, or None."""
    if CANDIDATE_ASCII is not None and text.isascii():
        return CANDIDATE_ASCII.match(text, at)
    return CANDIDATE.match(text, at, timeout=budget.remaining())


_MOBILE_LENGTHS = (10, 13)
"""The lengths of a bare mobile number :meth:`PhoneDetector._mobile_cue` reads: ``0712345678``
(Kenya) to ``8613812345678`` (a Chinese mobile after its country code)."""
_MOBILE_LABEL = re.compile(
    r"(?<![\w.\-])(?:"
    r"(?:CP|Cp|cp)[ ]?(?:\#|No\.?)[ ]?:?"  # the Philippines' "cellphone number": CP#, CP No.
    r"|(?:Cel|cel|CEL)(?:[ ]?\#|[ ]No\.?)?\.?[ ]?:"  # Cel:, Cel.:, Cel#:, Cel No.:
    r"|(?:Cel|cel|CEL)(?:\.|[ ]?\#|[ ]No\.)"  # Cel., Cel#, Cel No.
    r"|(?i:sender|from)[ ]?:"
    r"|(?:(?<=[,;!?])[ ]|(?<![\w])(?i:my|mera|meri|yangu|wangu|mi|mon|mein|meine)[ ])"
    r"(?i:number|nambari|namba|numero|número|nummer)[ ]?:?"  # "Mera naam Neha hai, number 98716..."
    r")[ ]*$"
)
"""Labels that name a mobile's number only before an unbroken, valid mobile number: ``CP`` is a
postcode in Spanish, French and Italian (``CP: 75001``), ``cel`` a Romanian word, and ``Sender:``
and ``From:`` label a name or an address as often (an SMS export's ``Sender: 09051122334``); a chat's
``number`` (Swahili ``namba``) opening a clause or after ``my`` (``Mera naam Neha hai, number ...``):
in the middle of a clause it may be any thing's number (``the number 9871623405 was rejected``)."""


def _mobile_label(text: str, start: int) -> int | None:
    """How far before ``start`` a label of :data:`_MOBILE_LABEL` opens, or None."""
    m = _MOBILE_LABEL.search(text, max(0, start - 16), start)
    return None if m is None else start - m.start()


_PARTY = regex.compile(r"(?<![\w\-])(?i:from|to|kutoka[ ]kwa|kwa)[ ]+(?:\p{Lu}[\p{L}\p{M}'\u2019.\-]*[ ]+){0,4}\(?$")
"""``from`` or ``to`` (Swahili ``kutoka kwa``, ``kwa``), then the party's capitalised name, if any,
right before a number, maybe in brackets (``from OTIENO BRIAN 254722118907``, ``to 09171234567``,
``from NAKATO SARAH (256772481906)``, ``kutoka kwa 255754338921``)."""
_PAYMENT_WORDS = re.compile(
    r"\b(?:received|receive|sent|send|paid|pay|payment|transferred|transfer|credited|debited|deposited"
    r"|remitted|withdrawn|withdraw|cash[ ]in|cash[ ]out"
    r"|umepokea|umetuma|umelipa|umeweka|imepokelewa|imetumwa)\b",  # Swahili: received, sent, paid, deposited
    re.IGNORECASE,
)
"""Words of a payment before its party (``You have received Tk 2,500.00 from``, ``Ksh1,000.00 sent to``)."""
_AMOUNT = regex.compile(
    r"(?:[$\u20ac\u00a3\u00a5\u20b9\u20a6\u20b1\u09f3\u20b5]|(?<![\p{L}])(?:Ksh|KSh|KES|Tk|BDT|PHP|Php|NGN|UGX|TZS"
    r"|INR|Rs\.?|USD|EUR|GBP|GHS|ZAR|PKR|IDR|Rp|Tsh|TSh|TSH|Tshs|Ush|USh)\.?)[ ]?[0-9][0-9,]*(?:\.[0-9]{2})?(?![0-9])"
    r"|(?<![0-9.,])[0-9]{1,3}(?:,[0-9]{3})*\.[0-9]{2}(?![0-9])"
)
"""An amount of money: a currency's sign or code and a number (``Tk 2,500``, ``Ksh500.00``, ``\u20b1500``),
or a number with cents (``2,500.00``)."""
_PAYMENT_REACH = 100


def _payment_party(text: str, start: int) -> int | None:
    """How far before ``start`` the ``from`` or ``to`` that opens a payment's party is, or None:
    mobile money (M-Pesa, bKash, GCash) names a payer or payee by the mobile number, after the
    name or alone, in the clause of the word of payment, an amount before it (``received 3 files
    from``, ``Transfer of 5000 from`` move no money)."""
    party = _PARTY.search(text, max(0, start - 64), start)
    if party is None:
        return None
    head = line_start(text, party.start(), _PAYMENT_REACH)
    if _AMOUNT.search(text, head, party.start()) is None:
        return None
    for word in _PAYMENT_WORDS.finditer(text, head, party.start()):
        if not crosses_clause(text, word.end(), start):
            return start - party.start()
    return None


_CAPS_WORD = regex.compile(r"\p{Lu}[\p{Lu}\p{M}'\u2019\-]+")
_CAPS_BEFORE_NAME = frozenset({"to", "from", "by", "for", "via"})
"""Words in capitals that end the run before a name, not part of it (``PAID TO WANJIKU KAMAU``)."""
_NOT_NAME_WORDS = (
    GENERIC_KEYS
    | SUFFIXES
    | PERSON_STOP_WORDS
    | STOP_VALUES
    | frozenset(
        {
            "code", "pin", "id", "ref", "till", "paybill", "acc", "batch", "lot", "tax", "vat", "tin", "kra", "nhif",
            "nssf", "bvn", "nin", "nid", "ssn", "nuban", "imsi", "msisdn", "total", "amount", "balance", "date",
            "time", "info", "warn", "warning", "debug", "trace", "fatal", "get", "post", "put", "delete", "uid",
            "session", "request",
        }
    )
)  # fmt: skip
"""Words of a field's label, a log line or a sentence, not of a name (``TILL NO``, ``CUSTOMER
BVN``, ``INFO USER``, ``CALL ME``)."""
_CAPS_NAME_WORDS = (2, 4)


def _caps_name(text: str, start: int) -> int | None:
    """How far before ``start`` a person's name in capitals opens (two to four words, alone on
    the line or after words that are not in capitals: ``WANJIKU KAMAU 0712345678``, as mobile
    money's messages and receipts write a party and the number), or None. A longer run in
    capitals is a heading or a shouted sentence, and a label's word (``TILL NO``) no name."""
    if text[start - 1 : start] != " " or not text[start - 2 : start - 1].isupper():
        return None
    head = line_start(text, start, 80)
    run = 0
    opens = start
    for word in reversed(text[head : start - 1].split(" ")):
        if _CAPS_WORD.fullmatch(word) is None or word.lower() in _CAPS_BEFORE_NAME:
            break
        if word.lower() in _NOT_NAME_WORDS:
            return None
        run += 1
        opens -= len(word) + 1
        if run > _CAPS_NAME_WORDS[1]:
            return None
    return start - opens if run >= _CAPS_NAME_WORDS[0] else None


_HEAD_REACH = 64
"""How far before the number its line may start (the longest answer head, and some)."""
_ANSWER_END = re.compile(r"[ \t.\r]*(?:\n|\Z)")
"""The rest of an answer's line after the number: nothing but blanks and a stop."""
_QUESTION_REACH = 160


_VERB_NAME_ON = regex.compile(
    r"(?i:\b(?:contact|call|ring|phone|text|reach))[ ]+"
    r"(?:\p{Lu}[\p{L}\p{M}'\u2019.-]*[ ]+(?:(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|la|le|y|e)[ ]+)?){1,4}"
    r"(?i:on|at)[ ]+$"
)
"""A phone verb, a person's capitalised name (particles allowed: ``Patrícia de Branco``) and
``on`` or ``at`` right before a number (``Viewings: contact Hortense Laine on``): the verb is further than :data:`PLAIN_PHONE_WINDOW`
when the name is long."""
_VERB_NAME_REACH = 80


def _asked_before(text: str, start: int, end: int, view: TextView) -> bool:
    """The number is all of an answer (``[10:03] Customer: 0524940694``) to a question on the line
    before that asks for a phone number (``... And the best number to reach you?``)."""
    answer_start = text.rfind("\n", max(0, start - _HEAD_REACH), start) + 1
    if answer_start == 0 or _ANSWER_END.match(text, end) is None:
        return False  # no line break just before (no question line), or more after the number
    if ANSWER_HEAD.fullmatch(text, answer_start, start) is None:
        return False
    question_end = answer_start - 1
    question_start = line_start(text, question_end, _QUESTION_REACH)
    question = text[question_start:question_end].rstrip(" \t\r")
    if not question.endswith("?"):
        return False
    return (
        PHONE_LABELS.distance(text, question_end, question_end, question_end - question_start, True, view) is not None
    )


_LETTER_LABEL = re.compile(
    r"(?:^|[|\u2022\u00b7][ \t]*)[ \t]*(?:[MTPFCDOHW]|Mob|Cel|Tlf|Tfn)[ \t]?(?:\.:?|:)[ \t]*$", re.MULTILINE
)
_LABELLED_LINE_END = re.compile(r"[ \t]*(?:$|[|\u2022\u00b7])", re.MULTILINE)


def _letter_label(text: str, start: int, end: int) -> bool:
    """A signature's one-letter label opens the number's line or cell and the number closes it
    (``M: 32 26 24 61``, ``T: +44 20 7946 0018 | F: ...``, ``Tlf.: 33 12 34 56``): mobile,
    telephone, phone, fax, cell, direct, office, home, work."""
    head = line_start(text, start, 40)  # a label this far back and blanks up to the number
    return _LETTER_LABEL.search(text, head, start) is not None and _LABELLED_LINE_END.match(text, end) is not None


_CELL_REACH = 160
"""How far a contact line's other cells may reach on either side of the number."""
_CELL_BEFORE = re.compile(r"[\u00b7\u2022][ \t]+$")
_CELL_AFTER = re.compile(r"[ \t]*(?:$|[ \t][\u00b7\u2022][ \t])", re.MULTILINE)


def _contact_cell(text: str, start: int, end: int) -> bool:
    """The number fills a cell of a contact line, three or more cells between ``·`` or ``•``
    (``Jättiläisentie 9 · Huittinen · 0425706040`` heading a CV or closing a letterhead)."""
    if _CELL_BEFORE.search(text, max(0, start - 8), start) is None or _CELL_AFTER.match(text, end) is None:
        return False  # most numbers: no cell separator right before
    head = line_start(text, start, _CELL_REACH)
    line_end = text.find("\n", end, end + _CELL_REACH)
    line = text[head : min(len(text), end + _CELL_REACH) if line_end < 0 else line_end]
    return line.count(" \u00b7 ") + line.count(" \u2022 ") >= 2


def _contact_label(text: str, start: int, end: int, view: TextView) -> int | None:
    """How far before the number a contact person's label and its colon are on its line
    (``Emergency contact: Jane Doe - 0396037582``), or None; no sentence, JSON value or CSV cell
    ends between."""
    near = CONTACT_LABELS.distance(text, start, end, line_window(text, start, CONTACT_WINDOW), True, view)
    if near is None or not text[start - near : start].lstrip(" \t").startswith(":"):
        return None  # a label ("Emergency contact: ..."), not prose ("contact updated by job 4504")
    if crosses_clause(text, start - near + 1, start):
        return None
    return near


_EMAIL_BEFORE = re.compile(
    r"@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}[)>]?(?:[ ]?[,/;|][ ]?|[ ](?:or|and|ou|oder|o|y|e)[ ])$"
)
"""An e-mail address, then a comma, a slash or ``or`` right before a number: the two ways to reach
someone (``jane@example.com or 210 123 4567``)."""


def _after_email(text: str, start: int) -> int | None:
    """How far before the number an e-mail address it follows ends, or None."""
    reach = max(0, start - 80)
    if text.find("@", reach, start) < 0:
        return None
    m = _EMAIL_BEFORE.search(text, reach, start)
    return None if m is None else start - m.start()


_SECOND_WAY = re.compile(
    r"(?<![\w.,])(?P<number>\+?\(?\d[\d ().-]{5,18}\d)\)?"
    r"(?:[ ]?[/;|][ ]?|[ ](?:or|ou|oder|o|y|of|eller|lub)[ ]|(?P<filler>[ ](?i:pls|plz|please|first|preferably),?[ ]or[ ]))$"
)
"""A phone-shaped number right before another, joined the way one offers a second number to call:
a slash or ``or`` (``at 6123 4567 or 9123 4567``; not a comma: a list of amounts or ids), or a word
such as ``pls`` and ``or`` (the ``filler``: ``08475 643 350 pls, or 07700900218``)."""
_SECOND_WAY_REACH = 48
"""How far before a number :data:`_SECOND_WAY` is read (the longest first number and filler fit)."""


def _negative(text: str, start: int, end: int, view: TextView) -> int | None:
    """How far before the number a word says it is something else (``order``...), or None:
    only a word in the number's own sentence, JSON value or CSV cell counts; ``in case``
    (``update my phone in case, its 07911 ...``) names no case."""
    negative = NOT_PHONE.distance(text, start, end, negative_window(text, start), True, view)
    if negative is not None and crosses_clause(text, start - negative, start):
        return None
    if negative is not None and _IN_CASE.search(text, max(0, start - negative - 12), start - negative + 1):
        return None
    return negative


_IN_CASE = re.compile(r"(?<![\w])(?:[Ii]n|[Jj]ust[ ]in)[ ]case(?![\w])")
"""The idiom ``in case``, which :data:`NOT_PHONE`'s ``case`` would read as a case's number."""

_POSSESSED_NUMBER = re.compile(
    r"(?:(?<=\w)['\u2019]s|(?<![\w])(?i:my|his|her|their|your))[ ](?i:no\.?|number|num|nr\.?)[ ]is[ ]$"
)
"""Someone's number, as chats write it: ``Yuki's no is``, ``my number is`` right before a number."""
_POSSESSED_REACH = 24


def _possessed_number(text: str, start: int) -> bool:
    """``Yuki's no is 8733 2106``: the number someone has, written right after ``no is``."""
    return _POSSESSED_NUMBER.search(text, max(0, start - _POSSESSED_REACH), start) is not None


_CODE_LENGTH = 16
"""A longer word before a number is a key or a compact IBAN (a value of its own), not a code's head."""


def _after_code(text: str, space: int) -> bool:
    """The word before the space at ``space`` is short, mixes letters and ends with a digit
    (``DE89``, ``INV-2024``), and is no whole IBAN written without blanks (``BE62640474254261``: a
    number after it is one of its own)."""
    if space < 2 or not text[space - 1].isdigit():
        return False
    word_start = space - 1
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
        if space - word_start > _CODE_LENGTH:
            return False
    word = text[word_start:space]
    return any(ch.isalpha() for ch in word) and not (len(word) >= 15 and is_iban(word))  # a whole IBAN is no head


_HEX_RUN = regex.compile(r"(?<![\w-])(?:[0-9A-Fa-f]{2}[ ]){7,}[0-9A-Fa-f]{2}(?![\w-])")
"""Eight or more two-digit hex groups in a row (a dump's bytes; a phone has at most six)."""


_PAIRS = regex.compile(r"\d\d(?:[ ]\d\d)+")
_HEX_REACH = 60
"""How far on each side of a number the run of byte pairs around it is read."""


def _in_hex_dump(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (pairs of digits) lies in a run of hex byte pairs that holds a letter
    (``30 07 02 01 7B 80``), read within :data:`_HEX_REACH` characters on its line."""
    line_begin = text.rfind("\n", max(0, start - _HEX_REACH), start) + 1
    lo = max(line_begin, start - _HEX_REACH)
    if lo > line_begin:  # cut inside the line: start the window after a blank, on a pair's boundary
        blank = text.find(" ", lo, start)
        lo = start if blank < 0 else blank + 1
    line_end = text.find("\n", end, end + _HEX_REACH)
    hi = min(len(text), end + _HEX_REACH) if line_end < 0 else line_end
    for run in _HEX_RUN.finditer(text, lo, hi):
        if run.start() <= start and end <= run.end():
            return any(ch.isalpha() for ch in run.group())
    return False


def _card_shaped(run: str, digits: str) -> bool:
    """A run of 16-19 digits that is a card number or a card token (``00`` prefix): not
    several phone numbers."""
    return len(digits) <= 19 and (digits.startswith("00") or is_card(run))


def _separate(text: str, start: int, end: int) -> bool:
    """The span stands apart: no letter or digit right before or after it."""
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def phone_detector(regions: Sequence[str], window: int) -> PatternDetector:
    return PhoneDetector(regions, window)
