"""Rules and gazetteers that find names and places the small NER model misses.

:class:`NameRulesDetector` (``names``) runs with NER (``STAGE_NER``; overlaps resolve by
score, then length) and skips what earlier stages covered. PERSON:

- after a title (``Mr``, ``Mrs``, ``Ms``, ``Dr``, ``Prof``, ``Sr.``, ``Sra.``, ``M.``,
  ``Mme``, ``Herr``, ``Frau``, ``Sig.``, ``Sig.ra``...): the capitalised words that follow;
- after a salutation opening a line (``Dear``, ``Hi``, ``Hello``, ``Hola``, ``Bonjour``,
  ``Hallo``, ``Ciao``, ``Olá``...), unless the words are ordinary ones (``Dear Customer``);
- in an e-mail signature: the first non-empty line after a closing (``Regards,``,
  ``Best,``, ``Thanks,``, ``Cordialement,``, ``Saludos,``, ``Mit freundlichen Grüßen,``,
  ``Atenciosamente,``, ``Cordiali saluti,``...) when it starts with a name;
- two or more capitalised words, diacritics welcome, where the first is a known first
  name or two are known first or last names (:mod:`.wordlists`, from Faker's locales)
  and none is an ordinary word that is not a name.
- after a role word (``customer``, ``patient``, ``tenant``, ``cliente``, ``Kunde``...) or a
  verb whose object is a person (``ring``, ``call``, ``ask``, ``tell``, ``email``...):
  two or more capitalised words that are not ordinary ones, or one known name
  (``Customer Bongani Dlamini reported...``, ``Can you ring Derek back?``), also a name that is
  an ordinary word when ``back`` follows (``ring Jan back``, ``call Martin back``);
- an initial and a known last name (``J. Okafor``, ``L. Brennan``), or an initial between two
  capitalised words, one a known name (``Mary J. Blige``, ``Horváth I. Kristóf``).
- a known first name in lower case after a greeting or an introduction (``hey marcus``,
  ``it's jess``, ``my name is priya``), unless it is also an ordinary word (``will``, ``grace``)
  and ``here`` does not follow it (``its sabrina here``);
- a known first name after a greeting sent (``say hi to Elvira``, ``my regards to Pablo``), or
  opening a clause before a lower-case word (``Action: Zachary to send``, ``Ida sorted out``);
- a name written in capitals (:func:`find_upper_names`: ``DAMIAN WILMSEN-NOACK`` heading a CV).

ORGANIZATION: legal forms and organization words (:mod:`.orgs`).

LOCATION: ``Lake``, ``Mount``, ``Lago``, ``Monte``... and a capitalised name (``Lake Como``);
countries, regions and cities of :mod:`.gazetteer`; ambiguous one-word names
(``Nice``, ``Reading``) only after place context (``in``, ``from``, ``à``, ``nach``...)
or before ``, <place>``. Nothing is taken from inside code (``Europe/Paris``, ``user.name``).
Towns the gazetteer does not know, by their context (:func:`find_towns`; the value must read as a
town's name, :func:`.gazetteer.town_like`: not only ordinary words, no technology name, abbreviation
or identifier):

- in brackets right after an organization the rules found (``Knudsen A/S (Gadstrup)``,
  ``the invoice from Hoarau (Marty-sur-Schmitt)``), also one family name (``Costa Ltda (Pires)``);
- after ``in`` right after a street address (``lives at 12 Baker Street in Baleares and ...``);
- after ``in`` where a person is somewhere (``she is in``, ``he's currently in``, ``Anna lives in``,
  ``customer staying in``, ``based in``), before ``until``, ``till``, ``for``, ``since``, ``on``,
  ``this``, ``next``, ``today``, ``tomorrow`` or the end of a clause (``She is in Weststad until
  Friday``; not ``the value is in Bytes until flushed``, ``the cache lives in Redis until``);
- after a street address and a comma (``residing at 12 Baker Street, Frankshire (the Client)``);
- after an age in the news style (``Anna Kowalska, 45, of Telč,``), after ``resident of``, after a
  trip (``visit to``, ``flight to``), before a site word (``the Sanchezfurt branch``);
- a part of a contact line that also holds a phone number, e-mail or street address
  (:func:`contact_line_towns`: ``12 Rue Haute · Lyon · +33 4 72 00 00 00``);
- a French town's hyphenated shape (``Mallet-sur-Leclercq``, ``Châlons-en-Champagne``,
  ``Bourg-lès-Valence``, ``Aix-les-Bains``), and ``Saint-X`` after a comma at the end of a clause (``..., Saint-Aubin.``).

A line that opens with a name before ``contact:`` names a company (:mod:`.orgs`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

from mask.core.detector import STAGE_NER, Budget, Detector
from mask.core.spans import Span

from .filters import CALENDAR_WORDS, TITLES, is_false_entity
from .filters import ordinary_word as ordinary
from .gazetteer import KEY_WORD, PLACE_CONTEXT, TECH_WORDS, TOWN, Place, gazetteer, town_like
from .orgs import LEGAL_FORMS, experience_lines, find_orgs
from .wordlists import first_names, known_name, last_names, word_set

__all__ = ["NameRulesDetector", "SALUTATIONS", "TITLES", "bracket_town", "find_names", "particles_before"]


SALUTATIONS = word_set(
    """
    Dear Hi Hello Hey Greetings Hola Estimado Estimada Estimados Querido Querida Bonjour Bonsoir Salut Cher Chère
    Hallo Liebe Lieber Servus Moin Ciao Salve Caro Cara Gentile Gentilissimo Gentilissima Olá Ola Oi Prezado Prezada
    """
)
"""Words that open a greeting line (``Dear X``, ``Hola X``)."""

_CLOSING = regex.compile(
    r"^[ \t>]*(?:(?:best|kind|warm|warmest|many|with)\s+)?(?:regards|best|thanks|thank\s+you|cheers|sincerely"
    r"|yours(?:\s+(?:truly|sincerely|faithfully))?|all\s+the\s+best|best\s+wishes|respectfully|cordially"
    r"|cordialement|bien\s+(?:à|a)\s+vous|bien\s+cordialement|salutations|amitiés|merci"
    r"|saludos(?:\s+cordiales)?|un\s+saludo|atentamente|gracias|mit\s+freundlichen\s+grü(?:ß|ss)en"
    r"|(?:viele|beste|liebe)\s+grü(?:ß|ss)e|gru(?:ß|ss)|danke|atenciosamente|abraços|obrigad[oa]|cumprimentos"
    r"|cordiali\s+saluti|distinti\s+saluti|saluti|un\s+saluto|grazie)"
    r"[ \t]*[,.!:\u2014-]?[ \t]*(?P<same>[^\n]*)$",
    regex.IGNORECASE | regex.MULTILINE,
)
"""A closing line; ``same`` is what follows the closing on that line (``Best, Anna``)."""

ROLE_WORDS = word_set(
    """
    customer client patient tenant applicant passenger guest caller employee contractor member subscriber
    policyholder claimant beneficiary cardholder debtor borrower resident student candidate
    cliente clienta paciente inquilino inquilina pasajero pasajera empleado empleada
    patiente locataire passager passagère salarié salariée
    kunde kundin patientin mieter mieterin fahrgast mitarbeiter mitarbeiterin
    paziente inquilina dipendente passeggero passeggera
    """
)
"""Words that name a person's role just before their name (compared lower-cased)."""

CONTACT_VERBS = word_set(
    """
    ring call phone text email e-mail message ping ask tell remind thank cc contact meet
    llama llamar pregunta preguntar appelle appeler demande demander ruf rufe anrufen frag frage
    chiama chiamare chiedi ligue ligar pergunte perguntar
    """
)
"""Verbs whose object is a person (``ring Derek back``, ``ask Magdalena``), compared lower-cased."""

_BEFORE_NAME = ROLE_WORDS | CONTACT_VERBS
"""Words right before a name that say it is a person's."""

LANDFORMS = word_set("Lake Mount Mt Lago Lac Monte Mont Mount Loch Isla Isle Cape Cabo")
"""Words that make the capitalised name after them a place (``Lake Como``, ``Mount Kenya``)."""

PARTICLES = word_set("de da di do dos das del della van von der den du la le y e bin ibn al ten ter zu")
"""Lower-case words inside a name (``Ludwig van Beethoven``, ``Maria de la Cruz``)."""

_CODE_EDGE = frozenset("/\\_@=.:#$<>[]{}`|~^")
"""A character touching a word on either side makes it code (``Europe/Paris``, ``user.Name``)."""
_AFTER_NAME = frozenset(",|(-\u2013\u2014/<")

SCORE_TITLE = 0.85
SCORE_GREETING = 0.8
SCORE_SIGNATURE = 0.8
SCORE_KNOWN_NAMES = 0.75
SCORE_FIRST_NAME = 0.65
SCORE_ROLE = 0.7
SCORE_LOWER_NAME = 0.6
SCORE_INITIAL = 0.7
SCORE_COUNTRY = 0.85
SCORE_PLACE = 0.8
SCORE_AMBIGUOUS_PLACE = 0.7

Token = tuple[int, int, str]


def _tokens(text: str) -> list[Token]:
    return [(m.start(), m.end(), m.group()) for m in KEY_WORD.finditer(text)]


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _in_code(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in _CODE_EDGE:
        return True
    if after == "." and end + 1 < len(text) and text[end + 1].isalnum():
        return True
    return after in _CODE_EDGE and after not in ".:"


def _adjacent(text: str, left: Token, right: Token) -> bool:
    gap = text[left[1] : right[0]]
    return 0 < len(gap) <= 3 and gap.strip(" \t") == ""


def _name_run(text: str, tokens: list[Token], i: int, *, first_may_be_ordinary: bool = False) -> int:
    """How many tokens from ``i`` form a name (0 if none): capitalised words and inner particles."""
    n = 0
    last_cap = 0
    while i + n < len(tokens) and n < 6:
        word = tokens[i + n][2]
        if n and not _adjacent(text, tokens[i + n - 1], tokens[i + n]):
            break
        if _capitalised(word) and not is_false_entity(word, None, ignore_ordinary=True):
            if ordinary(word) and not known_name(word) and not (n == 0 and first_may_be_ordinary):
                break
            n += 1
            last_cap = n
        elif n and word in PARTICLES:
            n += 1
        else:
            break
    return last_cap


def _title_at(text: str, token: Token) -> int:
    """Characters the title ``token`` takes with its dot (0 when the word is no title here)."""
    start, end, word = token
    dotted = end < len(text) and text[end] == "."
    if word in TITLES and (dotted or word not in ("M", "Sr", "Sra")):
        return end - start + (1 if dotted else 0)
    return 0


_INTRO_WORDS = (
    r"(?<![\p{L}'])(?:hi|hey|hello|dear|thanks|thx|cheers|it'?s|this\s+is|i'?m|i\s+am|my\s+name\s+is|ask|tell|cc"
    r"|hola|soy|me\s+llamo|salut|je\s+suis|hallo|ich\s+bin|ciao|sono|olá|oi|sou)"
)
_INTRO = regex.compile(_INTRO_WORDS + r"[ \t]{1,2}$", regex.IGNORECASE)
"""What comes right before a first name written in lower case (``hey marcus``)."""
_INTRO_WORD = regex.compile(_INTRO_WORDS + r"[ \t]", regex.IGNORECASE)
"""An introduction anywhere: a text in lower case is read for names only when it has one."""


def _lower_name_at(text: str, tokens: list[Token], k: int) -> int:
    """How many tokens from ``k`` are a lower-case first name (and last name) after an introduction."""
    start, _end, word = tokens[k]
    if not word.islower() or word.capitalize() not in first_names():
        return 0
    if ordinary(word) and not _here_after(text, tokens, k):
        return 0  # "it's sabrina here" is a name, "it's will" is none
    if _INTRO.search(text, max(0, start - 14), start) is None or _in_code(text, start, tokens[k][1]):
        return 0
    if k + 1 < len(tokens) and _adjacent(text, tokens[k], tokens[k + 1]):
        last = tokens[k + 1][2]
        if last.islower() and not ordinary(last) and last.capitalize() in last_names():
            return 2
    return 1


_GREETINGS_SENT = word_set("hi hello regards love greetings")
"""Words before ``to`` whose object is a person (``say hi to Elvira``, ``my regards to Pablo``)."""


def _greeting_to(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` follows a greeting sent to someone: ``say hi to``, ``my regards to``."""
    return (
        k >= 2
        and tokens[k - 1][2] == "to"
        and tokens[k - 2][2].lower() in _GREETINGS_SENT
        and _adjacent(text, tokens[k - 2], tokens[k - 1])
    )


def _here_after(text: str, tokens: list[Token], k: int) -> bool:
    """``here`` follows the word: ``it's sabrina here``, ``this is robin here``."""
    return k + 1 < len(tokens) and tokens[k + 1][2].lower() == "here" and _adjacent(text, tokens[k], tokens[k + 1])


def _back_after(text: str, tokens: list[Token], k: int) -> bool:
    """``back`` follows the word: ``ring Jan back``, ``call Martin back`` (a person, even where
    the name is an ordinary word or a month)."""
    return k + 1 < len(tokens) and tokens[k + 1][2].lower() == "back" and _adjacent(text, tokens[k], tokens[k + 1])


def _initial_at(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` is an initial (``J.``) before a known last name that is no ordinary word."""
    start, end, word = tokens[k]
    if len(word) != 1 or not word.isupper() or k + 1 >= len(tokens):
        return False
    if start and not (text[start - 1].isspace() or text[start - 1] in ",;:(\"'"):
        return False  # U.S., A.B.C.
    surname = tokens[k + 1]
    gap = text[end : surname[0]]
    return (
        gap in (". ", ".")
        and len(surname[2]) > 1
        and _capitalised(surname[2])
        and surname[2] in last_names()
        and not ordinary(surname[2])
        and not _in_code(text, start, surname[1])
    )


def _middle_initial_at(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` opens a name with an initial in the middle (``Mary J. Blige``, the Hungarian
    ``Horváth I. Kristóf``): two capitalised words around it, each a known name or no ordinary
    word, at least one a known name (``Table A. The`` is none)."""
    if k + 2 >= len(tokens):
        return False
    first, initial, last = tokens[k], tokens[k + 1], tokens[k + 2]
    if len(initial[2]) != 1 or not initial[2].isupper():
        return False
    if text[first[1] : initial[0]] != " " or text[initial[1] : last[0]] != ". ":
        return False
    words = (first[2], last[2])
    return (
        all(
            len(w) > 1
            and _capitalised(w)
            and not is_false_entity(w, None, ignore_ordinary=True)
            and (known_name(w) or not ordinary(w))
            for w in words
        )
        and any(known_name(w) for w in words)
        and not _in_code(text, first[0], last[1])
    )


_STRING_OPENS = regex.compile(r'[:\[,{][ \t]*"$')
"""A JSON string opens right before: its first word starts a line of the string's text."""


def _line_start(text: str, pos: int) -> bool:
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return line.strip(" \t>\"'*-") == "" or _STRING_OPENS.search(line) is not None


_VOCATIVE_AFTER = regex.compile(r",[ ](?=\p{Ll})")
"""After a name addressed: a comma and a lower-case word (``Nikolaj, your appointment``)."""
_CLAUSE_OPEN = regex.compile(r"(?:^|[.!?][ \t]{1,2}|^[ \t]*\p{L}[\p{L} ]{0,20}:[ \t]{1,2})$", regex.MULTILINE)
"""Where an address to someone opens: a line's start, a sentence's or a label's (``Reminder: ``)."""


def _vocative_at(text: str, tokens: list[Token], k: int) -> bool:
    """A known first name (no ordinary word) addressed at the opening of a line, a sentence or
    a label's value, a comma and a lower-case word after it: ``Reminder: Nikolaj, your
    appointment...``, ``Carolina, please confirm.``."""
    start, end, word = tokens[k]
    if word not in first_names() or ordinary(word) or _VOCATIVE_AFTER.match(text, end) is None:
        return False
    return _CLAUSE_OPEN.search(text, max(0, start - 32), start) is not None and not _in_code(text, start, end)


_UPPER_RUN = regex.compile(
    r"(?<![\p{L}\p{M}\d_./@-])\p{Lu}[\p{Lu}\p{M}'\u2019.-]*+(?![\p{Ll}\p{N}])"
    r"(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'\u2019.-]*+(?![\p{Ll}\p{N}]))+"
)
"""Two or more words in capitals (``TONY MCGAW``, ``DR. VITOR GABRIEL DA ROSA``)."""
_UPPER_PARTICLES = frozenset(p.upper() for p in PARTICLES)


_NAME_JOINS = regex.compile(r"([-'\u2019.])")


def _title_cased(word: str) -> str:
    """``MCGAW`` -> ``Mcgaw``, ``WILMSEN-NOACK`` -> ``Wilmsen-Noack`` (same length, or ``""``)."""
    if word.isalpha():
        out = word[:1] + word[1:].lower()
    else:
        out = "".join(part[:1] + part[1:].lower() if part.isalpha() else part for part in _NAME_JOINS.split(word))
    return out if len(out) == len(word) else ""


def find_upper_names(text: str) -> list[Span]:
    """PERSON spans of names written in capitals, which NER and the rules for capitalised
    words do not read: a CV's heading (``TONY MCGAW``), a bank statement's payee (``TRANSFER TO
    JEPPE DANIELSEN REF``). A run of words in capitals is cut at ordinary words that are no
    names (``TRANSFER``, ``TO``, ``REF``); a piece, read title-cased after any title, must be two
    known names (not all ordinary words) or, where it makes a whole line, a known first name
    that is no ordinary word and capitalised words."""
    out: list[Span] = []
    for match in _UPPER_RUN.finditer(text):
        words = [(m.start(), m.end(), m.group()) for m in KEY_WORD.finditer(text, match.start(), match.end())]
        piece: list[Token] = []
        for word in [*words, (0, 0, "")]:
            cased = _title_cased(word[2])
            if cased and (word[2] in _UPPER_PARTICLES or not ordinary(cased) or known_name(cased)):
                piece.append(word)
                continue
            while piece and piece[-1][2] in _UPPER_PARTICLES:
                piece.pop()
            company = _upper_company(text, piece)
            span = _upper_name(text, piece) if not company else None
            out.extend(company)
            if span is not None:
                out.append(span)
            piece = []
    return out


_UPPER_FORM = regex.compile(rf"(?i:{LEGAL_FORMS})")


def _upper_company(text: str, words: list[Token]) -> list[Span]:
    """A company in capitals closed by a legal form of three letters or more, and the town after
    it (a statement line's ``CARD PAYMENT HUDSON-GRANT LTD SPRINGFIELD``): ORGANIZATION and
    LOCATION spans, or none."""
    form = next(
        (j for j in range(len(words) - 1, 0, -1) if len(words[j][2]) >= 3 and _UPPER_FORM.fullmatch(words[j][2])), 0
    )
    if not form or _in_code(text, words[0][0], words[form][1]):
        return []
    out = [Span(words[0][0], words[form][1], "ORGANIZATION", SCORE_KNOWN_NAMES, "names")]
    rest = words[form + 1 : form + 4]
    town = " ".join(_title_cased(w) for _, _, w in rest)
    if rest and all(_title_cased(w) for _, _, w in rest) and town_like(town):
        out.append(Span(rest[0][0], rest[-1][1], "LOCATION", SCORE_TOWN_STAY, "names"))
    return out


def _upper_name(text: str, words: list[Token]) -> Span | None:
    """The PERSON span of ``words`` (capitals, no ordinary word that is no name), if a name."""
    while words and _title_cased(words[0][2]).rstrip(".") in TITLES:
        words = words[1:]  # DR. / HERR / MR
    if len(words) < 2 or len(words) > 5 or _in_code(text, words[0][0], words[-1][1]):
        return None
    cased = [_title_cased(w) for _, _, w in words if w not in _UPPER_PARTICLES]
    if any(len(w) < 2 or is_false_entity(w, None, ignore_ordinary=True) for w in cased) or all(
        ordinary(w) for w in cased
    ):
        return None
    known = sum(1 for w in cased if known_name(w) or ("-" in w and all(known_name(p) for p in w.split("-"))))
    line_start = text.rfind("\n", 0, words[0][0]) + 1
    line_end = text.find("\n", words[-1][1])
    whole_line = not text[line_start : words[0][0]].strip(" \t>*#-:") and not text[
        words[-1][1] : len(text) if line_end < 0 else line_end
    ].strip(" \t.,")
    if known >= 2 or (whole_line and cased[0] in first_names() and not ordinary(cased[0])):
        return Span(words[0][0], words[-1][1], "PERSON", SCORE_KNOWN_NAMES, "names")
    return None


_SUBJECT_AFTER = regex.compile(r"[ ](?=\p{Ll}+\b)")
"""After a name that opens a clause: a lower-case word (``Ida sorted out my refund``)."""


def _subject_at(text: str, tokens: list[Token], k: int) -> bool:
    """A known first name (no ordinary word or technology name) opens a line, a sentence or a
    label's value, a lower-case word after it: ``Ida sorted out my refund``, ``Action: Zachary
    to send the budget``. (In the standard library's docstrings and the installed packages'
    descriptions, 9,745 paragraphs, this reads two words, both in lorem ipsum.)"""
    start, end, word = tokens[k]
    if word not in first_names() or ordinary(word) or word in TECH_WORDS or _SUBJECT_AFTER.match(text, end) is None:
        return False
    return _CLAUSE_OPEN.search(text, max(0, start - 32), start) is not None and not _in_code(text, start, end)


_SIGN_OFF = regex.compile(
    r"^[ \t>]*(?:--?[ \t]*|\u2014[ \t]*)?(?P<name>(?:\p{Lu}[\p{Ll}\p{M}'\u2019]+(?:-\p{Lu}?[\p{Ll}\p{M}'\u2019]+)*[ ]?){1,2})"
    r"[ \t]*(?=\n[ \t>]*(?:\n|$)|$(?![\s\S]))",
    regex.MULTILINE,
)
"""A line holding only a name, closing a message or a quoted one (``> Laura``, ``-- Heinz-Werner``)."""


def _sign_offs(text: str) -> list[Span]:
    """PERSON spans of sign-off lines (:data:`_SIGN_OFF`) whose first word is a known first name
    that is no technology word (and whose second, if any, is a known name). An ordinary word
    (``Laura``, ``Will``, a doctest's ``True``) signs off only in a quoted message or after a
    signature's dashes (``> Laura``, ``-- Will``)."""
    out: list[Span] = []
    for match in _SIGN_OFF.finditer(text):
        words = match.group("name").split()
        first = words[0]
        if first not in first_names() or first in TECH_WORDS or first.lower() in CALENDAR_WORDS:
            continue
        marked = any(c in text[match.start() : match.start("name")] for c in ">-\u2014")
        if ordinary(first) and not marked:
            continue
        if len(words) == 2 and not known_name(words[1]):
            continue
        start = match.start("name")
        out.append(Span(start, start + len(match.group("name").rstrip()), "PERSON", SCORE_SIGNATURE, "names"))
    return out


def find_names(text: str, tokens: list[Token] | None = None) -> list[Span]:
    """PERSON spans of the title, greeting, signature and known-name rules (may overlap each other);
    ``tokens``: the words of ``text`` when the caller has them."""
    tokens = _tokens(text) if tokens is None else tokens
    out: list[Span] = []
    index = {t[0]: k for k, t in enumerate(tokens)}
    given = first_names()

    def emit(k: int, n: int, score: float) -> None:
        start, end = tokens[k][0], tokens[k + n - 1][1]
        if not _in_code(text, start, end):
            out.append(Span(start, end, "PERSON", score, "names"))

    for k, token in enumerate(tokens):
        word = token[2]
        if _title_at(text, token) and k + 1 < len(tokens):
            gap = text[token[1] : tokens[k + 1][0]]
            if gap.strip(". \t") == "" and len(gap) <= 3:
                n = _name_run(text, tokens, k + 1, first_may_be_ordinary=True)
                if n:
                    emit(k + 1, n, SCORE_TITLE)
                    continue
        if (
            word in SALUTATIONS
            and k + 1 < len(tokens)
            and _line_start(text, token[0])
            and _adjacent(text, token, tokens[k + 1])
            and not _title_at(text, tokens[k + 1])
        ):
            n = _name_run(text, tokens, k + 1)
            if n:
                emit(k + 1, n, SCORE_GREETING)
                continue
        if (
            k
            and word[:1].isupper()
            and (
                tokens[k - 1][2].lower() in _BEFORE_NAME or (tokens[k - 1][2] == "to" and _greeting_to(text, tokens, k))
            )
            and _adjacent(text, tokens[k - 1], token)
        ):
            n = _name_run(text, tokens, k)
            named = [t[2] for t in tokens[k : k + n] if t[2] not in PARTICLES]
            if (n >= 2 and not any(ordinary(w) and not known_name(w) for w in named)) or (
                n == 1 and known_name(word) and (not ordinary(word) or _back_after(text, tokens, k))
            ):
                emit(k, n, SCORE_ROLE)
                continue
        if _middle_initial_at(text, tokens, k):
            emit(k, 3, SCORE_INITIAL)
            continue
        if _initial_at(text, tokens, k):
            emit(k, 2, SCORE_INITIAL)
            continue
        lower = _lower_name_at(text, tokens, k)
        if lower:
            emit(k, lower, SCORE_LOWER_NAME)
            continue
        if word in given and (_vocative_at(text, tokens, k) or _subject_at(text, tokens, k)):
            emit(k, 1, SCORE_FIRST_NAME)
            continue
        if (_capitalised(word) and not ordinary(word)) or known_name(word):
            n = _name_run(text, tokens, k)
            if n >= 2:
                words = [t[2] for t in tokens[k : k + n] if t[2] not in PARTICLES]
                known = sum(1 for w in words if known_name(w))
                if all(ordinary(w) for w in words):
                    continue  # Yoga Mat, Will Power: ordinary words that lists also hold as names
                if known >= 2:
                    emit(k, n, SCORE_KNOWN_NAMES)
                elif word in first_names() and not ordinary(word):
                    emit(k, n, SCORE_FIRST_NAME)
    if "\n" in text:
        out.extend(_sign_offs(text))
    for match in _CLOSING.finditer(text):
        same = match.group("same")
        if same.strip():
            at = match.start("same")
        else:
            nxt = regex.compile(r"\n[ \t]*\n?[ \t]*(?=\S)").match(text, match.end())
            if nxt is None:
                continue
            at = nxt.end()
        k = index.get(at)
        if k is None:
            continue
        n = _name_run(text, tokens, k)
        end = tokens[k + n - 1][1] if n else at
        rest = text[end : text.find("\n", end) if "\n" in text[end:] else len(text)].strip()
        if n and (not rest or rest[0] in _AFTER_NAME):
            emit(k, n, SCORE_SIGNATURE)
    return out


def _context_before(text: str, tokens: list[Token], k: int) -> bool:
    return k > 0 and tokens[k - 1][2].lower() in PLACE_CONTEXT and _adjacent(text, tokens[k - 1], tokens[k])


def _place_after(text: str, tokens: list[Token], k: int) -> bool:
    """``<name>, <known place or state code>``: ``Reading, PA``, ``Nice, France`` (the whole name:
    ``Green, Blue`` is no place because ``Blue Mountains`` is one)."""
    if k + 1 >= len(tokens) or text[tokens[k][1] : tokens[k + 1][0]].strip() != ",":
        return False
    word = tokens[k + 1][2]
    if len(word) == 2 and word.isupper():
        return True
    hit = _place_at(text, tokens, k + 1)
    return hit is not None and not hit[0].ambiguous


def _place_at(text: str, tokens: list[Token], k: int) -> tuple[Place, int] | None:
    """The longest gazetteer place whose words are the tokens from ``k`` (and how many), or None."""
    word = tokens[k][2]
    candidates = gazetteer().candidates(word) if _capitalised(word) or word in ("USA", "UK", "UAE", "U.S.A") else ()
    for place in candidates:
        n = len(place.words)
        if k + n > len(tokens):
            continue
        run = tokens[k : k + n]
        if all(t[2].lower() == w for t, w in zip(run, place.words, strict=True)) and all(
            _adjacent(text, a, b) for a, b in pairwise(run)
        ):
            return place, n
    return None


def _landform_name(text: str, tokens: list[Token], k: int) -> int:
    """How many capitalised words after the landform word ``tokens[k]`` name it (0: none)."""
    gap = text[tokens[k][1] : tokens[k + 1][0]]
    if gap not in (" ", ". "):
        return 0
    n = _name_run(text, tokens, k + 1, first_may_be_ordinary=True)
    words = [t[2] for t in tokens[k + 1 : k + 1 + n] if t[2] not in PARTICLES]
    if not words or all(ordinary(w) and not gazetteer().candidates(w) for w in words):
        return 0  # Mount Pleasant Road is an address's business; "Lake House" is no place name
    return min(n, 3)


_YEARS_CLOSE = regex.compile(r"\((?:19|20)\d\d[ \t]?[-\u2013\u2014]")
"""A bracketed year range opens: what a CV's experience line ends with."""
_LONE_LETTER = regex.compile(r"[ ](?!I\b)\p{Lu}(?![\p{L}\p{M}\d.'\u2019-])")
"""A capital letter alone after a word (``Annex A``, ``Schedule C``)."""


def find_places(text: str, taken: Sequence[Span] = (), tokens: list[Token] | None = None) -> list[Span]:
    """LOCATION spans of gazetteer places (longest name first), clear of ``taken``."""
    tokens = _tokens(text) if tokens is None else tokens
    out: list[Span] = []
    k = 0
    while k < len(tokens):
        start, _end, word = tokens[k]
        if word in LANDFORMS and k + 1 < len(tokens):
            n = _landform_name(text, tokens, k)
            end = tokens[k + n][1] if n else start
            if n and not _in_code(text, start, end) and not any(s.start < end and start < s.end for s in taken):
                out.append(Span(start, end, "LOCATION", SCORE_PLACE, "names"))
                k += n + 1
                continue
        hit = _place_at(text, tokens, k)
        if hit is None:
            k += 1
            continue
        place, n = hit
        end = tokens[k + n - 1][1]
        span_ok = not _in_code(text, start, end) and not any(s.start < end and start < s.end for s in taken)
        if span_ok and is_false_entity(text[start:end], None, ignore_ordinary=True):
            span_ok = False  # "NaN": an identifier that spells a place (Nan, Thailand)
        if span_ok and _LONE_LETTER.match(text, end):
            span_ok = False  # "in Annex A", "Appendix B": a document's part, no place
        if span_ok and place.ambiguous:
            # a month or weekday that names a town too ("in March") needs a place after it
            month_like = text[start:end].lower() in CALENDAR_WORDS
            span_ok = (not month_like and _context_before(text, tokens, k)) or _place_after(text, tokens, k + n - 1)
        if span_ok:
            if place.kind == "country":
                score = SCORE_COUNTRY
            else:
                score = SCORE_AMBIGUOUS_PLACE if place.ambiguous else SCORE_PLACE
            out.append(Span(start, end, "LOCATION", score, "names"))
        k += n
    return out


_SUBJECTS = word_set("he she they we i you who")
"""Words before ``is in`` that make its object a place a person is at (compared lower-cased)."""
_SUBJECT_BE = word_set(
    "he's she's they're we're i'm you're who's he\u2019s she\u2019s they\u2019re we\u2019re i\u2019m"
)
_BE = word_set("is are was were am")
_STAY = word_set("lives live living lived stays stay staying stayed resides reside residing")
"""Verbs before ``in`` that need a person as their subject (``the cache lives in Redis`` is no place)."""
_ADVERBS = word_set("currently still now back already also presently")
_TOWN_PARTICLES = PARTICLES | word_set("nad pod na am an im sur en lès")
_AFTER_TOWN = word_set("until till for since on this next today tomorrow tonight")
_MOVE_VERBS = word_set("moved moving move moves relocated relocating relocate relocates emigrated immigrated")
"""Verbs after which ``from`` and ``to`` name a town (``moved from Rezzato to Palombaro last spring``)."""
_MOVERS = word_set("he she they i who family")
_ADVERBS_MOVED = _ADVERBS | word_set("recently just finally")
_CLAUSE_END = frozenset(".,;:!?)\n")
_TRIP_NOUNS = word_set("visit visits trip trips travel journey flight flights drive holiday vacation relocation")
"""Nouns after which ``to`` names a town (``Re: visit to Campbellstad``)."""
_SITES = word_set("branch office offices store shop depot warehouse plant site campus showroom clinic outlet factory")
"""Words after which ``the <name>`` is a town (``the Sanchezfurt branch``)."""
_RESIDENTS = word_set("resident residents native natives")
_BORN_OR_RAISED = regex.compile(
    r"(?<![\p{L}])(?:born[ \t](?:on[ \t])?(?:\d{1,2}[ \t]\p{L}+\.?[ \t]\d{4}|\p{L}+\.?[ \t]\d{1,2},?[ \t]\d{4}|\d{4})"
    r"|grew[ \t]up|brought[ \t]up|raised)[ \t]$",
    regex.IGNORECASE,
)
"""Before ``in`` and a town: a birth date (``born 12 May 1967 in``, ``born May 12, 1967 in``), ``grew up``."""
_FROM_WORDS = word_set("from aus uit de di da z från fra von")
"""Words between a person and their town (``Frau Berg aus Ulm``, ``Mme Roux de GillesBourg``)."""
_TOWN_CONTEXT_WORDS = _FROM_WORDS | {"in", "of", "to"}
"""The words :func:`_town_context` reads a town after."""
_AGED_BEFORE = regex.compile(r"(?:\by/o|\byo|\byears?[- ]old|\baged[ \t]\d{1,3})[ \t]$", regex.IGNORECASE)
"""An age right before ``from``: ``a 60 y/o from Jacquesnec``, ``a 34-year-old from Telč``."""
_AGE_BEFORE = regex.compile(r",[ \t]\d{1,3},[ \t]$")
"""A person's age between commas before ``of``: the news style ``Anna Kowalska, 36, of Telč, ...``."""
_BRACKET_TOWN = regex.compile(rf"[ \t]?\((?P<town>{TOWN})\)")
_HYPHEN_TOWN = regex.compile(
    r"\p{Lu}[\p{Ll}\p{M}'\u2019]+(?:-\p{L}+)*-(?:sur|sous|en|lès|les|lez|près|aux)-\p{Lu}[\p{L}\p{M}'\u2019-]*"
)
_SAINT_TOWN = regex.compile(r"(?:Saint|Sainte|St|Ste)-\p{Lu}[\p{L}\p{M}'\u2019-]*")
SCORE_TOWN_BRACKET = 0.8
SCORE_TOWN_STAY = 0.7
SCORE_TOWN_SHAPE = 0.75


def _person_is_in(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` (``in``) follows words that put a person somewhere (``she is``, ``Anna lives``,
    ``he's currently``, ``based``)."""
    j = k - 1
    if j >= 0 and tokens[j][2].lower() in _ADVERBS and _adjacent(text, tokens[j], tokens[k]):
        j -= 1
        if j >= 0 and not _adjacent(text, tokens[j], tokens[j + 1]):
            return False
    elif j < 0 or not _adjacent(text, tokens[j], tokens[k]):
        return False
    if j < 0:
        return False
    verb = tokens[j][2].lower()
    if verb in _SUBJECT_BE or verb in ("based", "born"):  # "born in Kerkdriel on 3 May"
        return True
    if (verb not in _BE and verb not in _STAY) or j == 0 or not _adjacent(text, tokens[j - 1], tokens[j]):
        return False
    subject = tokens[j - 1][2]
    return subject.lower() in _SUBJECTS or subject.lower() in ROLE_WORDS or _named_subject(text, tokens, j - 1)


def _named_subject(text: str, tokens: list[Token], i: int) -> bool:
    """``tokens[i]`` ends a person's name: the capitalised words up to it hold a known name that
    is no ordinary word (``Claudio Armani``), or are two or more known names (``Gino Rossi``,
    ``Lea Roux``: ``rossi`` and ``roux`` are ordinary words too)."""
    run = []
    while i >= 0 and len(run) < 4 and _capitalised(tokens[i][2]):
        run.append(tokens[i][2])
        if i == 0 or not _adjacent(text, tokens[i - 1], tokens[i]):
            break
        i -= 1
    if any(known_name(w) and not ordinary(w) for w in run):
        return True
    return len(run) >= 2 and all(known_name(w) for w in run)


def _person_moved(text: str, tokens: list[Token], j: int) -> bool:
    """``tokens[j]`` is a verb of moving whose subject is a person (``she``, ``I``, a role word or a
    known name: ``Claudio Armani moved``, ``the tenant relocated``; not ``we`` or ``the team``, who move
    tools too: ``we moved from Jenkins to ...``)."""
    if j < 1 or tokens[j][2].lower() not in _MOVE_VERBS:
        return False
    i = j - 1
    if tokens[i][2].lower() in _ADVERBS_MOVED and i and _adjacent(text, tokens[i - 1], tokens[i]):
        i -= 1
    if not _adjacent(text, tokens[i], tokens[i + 1]):
        return False
    subject = tokens[i][2]
    return subject.lower() in _MOVERS or subject.lower() in ROLE_WORDS or _named_subject(text, tokens, i)


_CONTACT_SEPARATOR = regex.compile(r"[ \t]+[\u00b7\u2022|][ \t]+")
"""Between the parts of a contact line: ``12 Rue Haute · Lyon · +33 4 72 00 00 00``."""
_TOWN_PART = regex.compile(rf"{TOWN}(?:,[ \t]{TOWN})?")
_CONTACT_TYPES = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS"})


def contact_line_towns(text: str, taken: Sequence[Span]) -> list[Span]:
    """LOCATION spans of the towns of contact lines: a line of three or more parts between
    ``·``, ``•`` or ``|``, one of them a phone number, e-mail or street address found before
    (``taken``); a part of a town's shape (``Sanchezfurt``, ``Bad Sankt Leonhard im Lavanttal``,
    ``Lyon, France``) that nothing covers is the town (a CV's heading, a letterhead, a signature)."""
    out: list[Span] = []
    contact = sorted((s.start, s.end) for s in taken if s.type in _CONTACT_TYPES)
    if not contact:
        return out
    pos = 0
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        cuts = list(_CONTACT_SEPARATOR.finditer(text, pos, end))
        if len(cuts) >= 2 and any(pos <= a < end for a, _ in contact):
            bounds = [pos, *(x for c in cuts for x in (c.start(), c.end())), end]
            for lo, hi in zip(bounds[::2], bounds[1::2], strict=True):
                while lo < hi and text[lo] in " \t":
                    lo += 1
                while hi > lo and text[hi - 1] in " \t":
                    hi -= 1
                if (
                    lo < hi
                    and _TOWN_PART.fullmatch(text, lo, hi)
                    and not any(a < hi and lo < b for a, b in contact)
                    and not any(s.start < hi and lo < s.end for s in taken)
                    and (town_like(text[lo:hi]) or _named_town(text[lo:hi]))
                ):
                    out.append(Span(lo, hi, "LOCATION", SCORE_TOWN_STAY, "names"))
        pos = end + 1
    return out


def _town_context(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` opens a town by what comes before it: ``in`` after a birth date or ``grew up``
    (``born 12 May 1967 in``); ``of`` after an age (``Anna Kowalska, 36, of``) or after
    ``resident``/``native``; ``to`` after a trip (``visit to``, ``flight to``); ``from``, ``aus``,
    ``de``, ``di``... after a title and a name (``Frau Berg aus Ulm``, ``Mme Roux de GillesBourg``)
    or ``from`` after an age (``a 60 y/o from Jacquesnec``)."""
    word = tokens[k][2]
    if word == "in":  # "(born 12 May 1967 in Jacksonton)", "She grew up in Mäntyharju"
        return _BORN_OR_RAISED.search(text, max(0, tokens[k][0] - 40), tokens[k][0]) is not None
    if word in _FROM_WORDS and k >= 2 and text[tokens[k - 1][1] : tokens[k][0]] in (" ", ", "):
        if word == "from" and _AGED_BEFORE.search(text, max(0, tokens[k][0] - 16), tokens[k][0]) is not None:
            return True  # "a 60 y/o from Jacquesnec"
        title, name = tokens[k - 2], tokens[k - 1]  # "Frau Berg aus Ulm", "A Sra. Lopes, de Braga,"
        titled = title[2] in TITLES or title[2].capitalize() in TITLES
        return titled and _capitalised(name[2]) and text[title[1] : name[0]] in (" ", ". ")
    if word == "of":
        if _AGE_BEFORE.search(text, max(0, tokens[k][0] - 8), tokens[k][0]) is not None:
            return True
        return k > 0 and tokens[k - 1][2].lower() in _RESIDENTS and _adjacent(text, tokens[k - 1], tokens[k])
    return (
        word == "to" and k > 0 and tokens[k - 1][2].lower() in _TRIP_NOUNS and _adjacent(text, tokens[k - 1], tokens[k])
    )


def _stay_town(
    text: str, tokens: list[Token], k: int, *, moving: bool = False, strict: bool | None = None
) -> tuple[int, int] | None:
    """The town after ``tokens[k]`` (``in``), if a clause end or ``until``... follows it (after a
    verb of moving, any lower-case word: ``moved from Rezzato to ...``, ``... to Palombaro last spring``)."""
    if k + 1 >= len(tokens) or not _adjacent(text, tokens[k], tokens[k + 1]):
        return None
    return _town_from(text, tokens, k + 1, moving=moving, strict=strict)


def _town_from(
    text: str,
    tokens: list[Token],
    i: int,
    *,
    moving: bool = False,
    before: frozenset[str] = frozenset(),
    strict: bool | None = None,
) -> tuple[int, int] | None:
    """The town whose name starts at ``tokens[i]`` (a particle may open it: ``da Mota``), if a
    clause end, ``until``..., a word of ``before`` or, where ``moving``, any lower-case word follows
    it. ``strict`` (by default where not ``moving``): see :func:`.gazetteer.town_like`."""
    first = i
    if tokens[i][2] in PARTICLES and i + 1 < len(tokens) and _adjacent(text, tokens[i], tokens[i + 1]):
        i += 1  # "in da Mota"
    n = last = 0
    while i + n < len(tokens) and n < 5:
        if n and not _adjacent(text, tokens[i + n - 1], tokens[i + n]):
            break
        if _capitalised(tokens[i + n][2]):
            last = n = n + 1
        elif n and tokens[i + n][2] in _TOWN_PARTICLES:
            n += 1  # Chlumec nad Cidlinou, Frankfurt am Main
        else:
            break
    n = last
    if not n:
        return None
    start, end = tokens[first][0], tokens[i + n - 1][1]
    nxt = tokens[i + n] if i + n < len(tokens) else None
    adjacent = nxt is not None and _adjacent(text, tokens[i + n - 1], nxt)
    word_after = nxt[2] if nxt is not None and adjacent else ""
    if before:  # "the Sanchezfurt branch"
        ends = word_after.lower() in before
    else:
        ends = (
            end == len(text)
            or text[end] in _CLAUSE_END
            or text.startswith(" (", end)
            or word_after.lower() in _AFTER_TOWN
            or (moving and word_after.islower())
        )
    if not ends:
        return None
    if _in_code(text, start, end) or not town_like(
        text[tokens[i][0] : end], strict=not moving if strict is None else strict
    ):
        return None
    return start, end


def _town_shape(text: str, start: int, end: int, word: str) -> bool:
    """``word`` (at ``start``) is a French town's hyphenated name: ``Mallet-sur-Leclercq`` anywhere,
    ``Saint-Aubin`` after a comma at the end of a clause."""
    if _in_code(text, start, end):
        return False
    if _HYPHEN_TOWN.fullmatch(word):
        return town_like(word)
    return (
        _SAINT_TOWN.fullmatch(word) is not None
        and text[max(0, start - 2) : start] == ", "
        and (end == len(text) or text[end] in _CLAUSE_END)
        and town_like(word[word.index("-") + 1 :])
    )


_PARTICLES_BEFORE = regex.compile(
    r"(?:(?P<first>\p{Lu}[\p{Ll}\p{M}'\u2019-]+)|(?P<title>\p{Lu}[\p{L}]{0,5}\.))[ \t]"
    r"(?P<particles>(?:(?:da|de|do|dos|das|del|della|di|du|van|von|der|den|ten|ter)[ \t]){1,3})$"
)


def particles_before(text: str, start: int) -> int:
    """Where a family name that starts at ``start`` really starts: with the particles before it
    when a given name or a title precedes them (``Francisca do Jesus``, ``Dr. da Mota``, ``Amber van
    Kuijc``; the given name too when it is a known one, the title not), else ``start``. A
    particle after an ordinary word is a preposition (``la casa de Mota``)."""
    m = _PARTICLES_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return start
    first = m.group("first")
    if first is not None:
        if first not in first_names():
            return start
        return m.start("first")
    return m.start("particles") if m.group("title")[:-1] in TITLES else start


def _named_town(value: str) -> bool:
    """``value`` is one capitalised word that is a family name (``Guerra``, ``Pires``, ``Leão``):
    many towns are named so, and in brackets after a name (a company's town) it is one."""
    return " " not in value and _capitalised(value) and value in last_names() and not is_false_entity(value, None)


def bracket_town(text: str, end: int, detector: str = "names") -> Span | None:
    """The town in brackets right after a name ending at ``end`` (``Knudsen A/S (Gadstrup)``,
    ``the invoice from Hoarau (Marty-sur-Schmitt)``), when it reads as a town's name."""
    match = _BRACKET_TOWN.match(text, end)
    if match is None:
        return None
    town = match.group("town")
    if not town_like(town) and not _named_town(town):
        return None
    return Span(match.start("town"), match.end("town"), "LOCATION", SCORE_TOWN_BRACKET, detector)


def find_towns(
    text: str,
    orgs: Sequence[Span],
    taken: Sequence[Span] = (),
    tokens: list[Token] | None = None,
    addresses: Sequence[Span] = (),
) -> list[Span]:
    """LOCATION spans of towns known by their context (see the module docstring), clear of ``taken``;
    ``addresses``: street addresses found before, after which ``in`` names a town."""
    found: list[Span] = []
    after_address = {a.end for a in addresses}
    for org in orgs:
        town = bracket_town(text, org.end)
        if town is not None:
            found.append(town)
    if tokens is None:
        tokens = _tokens(text) if (" in " in text or "-" in text or " from " in text or " to " in text) else []
    moved_to = -1  # the token after a town a verb of moving names: "to" there names the next one
    if addresses and tokens:
        at = {t[0]: k for k, t in enumerate(tokens)}
        for address in addresses:  # "residing at 12 Baker Street, Frankshire (the Client)"
            k = at.get(address.end + 2, -1) if text.startswith(", ", address.end) else -1
            town = _town_from(text, tokens, k, moving=True) if k >= 0 else None
            if town is not None:
                found.append(Span(town[0], town[1], "LOCATION", SCORE_TOWN_STAY, "names"))
    for k, (start, end, word) in enumerate(tokens):
        if word == "in" and k + 1 < len(tokens) and (start - 1 in after_address or start - 2 in after_address):
            town = _stay_town(text, tokens, k, moving=True)  # "lives at 12 Baker Street in Baleares and ..."
            if town is not None and not is_false_entity(text[town[0] : town[1]], None):  # not "in March"
                found.append(Span(town[0], town[1], "LOCATION", SCORE_TOWN_STAY, "names"))
        elif word == "in" and k + 1 < len(tokens) and _person_is_in(text, tokens, k):
            born = tokens[k - 1][2].lower() == "born"  # a strong frame: "Ritaborough" may read as two words
            town = _stay_town(text, tokens, k, strict=False if born else None)
            if town is not None:
                found.append(Span(town[0], town[1], "LOCATION", SCORE_TOWN_STAY, "names"))
        elif (
            word in ("from", "to")
            and k + 1 < len(tokens)
            and (k == moved_to or _person_moved(text, tokens, k - 1))
            and _adjacent(text, tokens[k - 1], tokens[k])
        ):
            town = _stay_town(text, tokens, k, moving=True)
            if town is not None:
                found.append(Span(town[0], town[1], "LOCATION", SCORE_TOWN_STAY, "names"))
                moved_to = next((j for j in range(k + 1, len(tokens)) if tokens[j][0] >= town[1]), -1)
        elif word in _TOWN_CONTEXT_WORDS and k + 1 < len(tokens) and _town_context(text, tokens, k):
            town = _stay_town(text, tokens, k, moving=word != "of", strict=False)
            if town is not None:
                found.append(Span(town[0], town[1], "LOCATION", SCORE_TOWN_STAY, "names"))
        elif word == "the" and k + 1 < len(tokens) and _adjacent(text, tokens[k], tokens[k + 1]):
            town = _town_from(text, tokens, k + 1, before=_SITES, strict=False)
            if town is not None:
                found.append(Span(town[0], town[1], "LOCATION", SCORE_TOWN_STAY, "names"))
        elif "-" in word and word[:1].isupper() and _town_shape(text, start, end, word):
            found.append(Span(start, end, "LOCATION", SCORE_TOWN_SHAPE, "names"))
    seen: set[tuple[int, int]] = set()
    return [
        s
        for s in sorted(found, key=lambda s: -s.score)
        if not any(s.overlaps(t) for t in taken) and (s.start, s.end) not in seen and not seen.add((s.start, s.end))
    ]


class NameRulesDetector(Detector):
    """PERSON, ORGANIZATION and LOCATION from rules and gazetteers (see the module docstring)."""

    name = "names"
    stage = STAGE_NER
    entity_types = frozenset({"PERSON", "LOCATION", "ORGANIZATION"})

    def warm_up(self) -> None:
        gazetteer()
        first_names()
        last_names()

    def detect(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: Budget) -> list[list[Span]]:
        out: list[list[Span]] = []
        for i, text in enumerate(texts):
            budget.check(self.name)
            cover = covered[i] if i < len(covered) else ()
            if not any(c.isupper() for c in text) and _INTRO_WORD.search(text) is None:
                out.append([])
                continue
            tokens = _tokens(text)
            people = [s for s in find_names(text, tokens) if not any(s.overlaps(c) for c in cover)]
            if _UPPER_RUN.search(text) is not None:
                people += [s for s in find_upper_names(text) if not any(s.overlaps(c) for c in cover)]
            orgs = [s for s in find_orgs(text) if not any(s.overlaps(c) for c in cover)]
            places = find_places(text, [*cover, *people, *orgs], tokens)
            # A town may overlap a gazetteer place: the stage joins the two ("Rocchetta Di Fabriano").
            streets = [c for c in cover if c.type == "STREET_ADDRESS"]
            towns = find_towns(text, orgs, [*cover, *people, *orgs], tokens, streets)
            if "\u00b7" in text or "|" in text or "\u2022" in text:
                towns += contact_line_towns(text, [*cover, *orgs])
            if _YEARS_CLOSE.search(text) is not None:  # "Senior Analyst, Hudson-Grant, Ritaborough (2019-2023)"
                towns += [s for s in experience_lines(text) if not any(s.overlaps(c) for c in cover)]
            out.append(people + orgs + places + towns)
        return out
