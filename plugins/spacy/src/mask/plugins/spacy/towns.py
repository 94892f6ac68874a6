"""Towns the gazetteer does not know, read by their context for the ``names`` detector
(:func:`find_towns`, :func:`contact_line_towns`, :func:`bracket_town`). The value must read as a
town's name (:func:`.gazetteer.town_like`: not only ordinary words, no technology name,
abbreviation or identifier):

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
- after a birth date or ``grew up`` (``born 12 May 1967 in Jacksonton``, ``She grew up in
  Mäntyharju``), after a titled person (``Frau Berg aus Ulm``, ``Mme Roux de GillesBourg``) and
  after an age (``a 60 y/o from Jacquesnec``);
- a part of a contact line that also holds a phone number, e-mail or street address
  (:func:`contact_line_towns`: ``12 Rue Haute · Lyon · +33 4 72 00 00 00``);
- a French town's hyphenated shape (``Mallet-sur-Leclercq``, ``Châlons-en-Champagne``,
  ``Bourg-lès-Valence``, ``Aix-les-Bains``), and ``Saint-X`` after a comma at the end of a clause (``..., Saint-Aubin.``).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from mask.core.spans import Coverage, Span

from .filters import TITLES, is_false_entity
from .filters import ordinary_word as ordinary
from .gazetteer import TOWN, town_like
from .wordlists import known_name, last_names, word_set
from .words import PARTICLES, ROLE_WORDS, Token, adjacent, capitalised, touches_code, word_tokens

__all__ = ["SCORE_TOWN_STAY", "bracket_town", "contact_line_towns", "find_towns", "with_town_affixes"]


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
    if j >= 0 and tokens[j][2].lower() in _ADVERBS and adjacent(text, tokens[j], tokens[k]):
        j -= 1
        if j >= 0 and not adjacent(text, tokens[j], tokens[j + 1]):
            return False
    elif j < 0 or not adjacent(text, tokens[j], tokens[k]):
        return False
    if j < 0:
        return False
    verb = tokens[j][2].lower()
    if verb in _SUBJECT_BE or verb in ("based", "born"):  # "born in Kerkdriel on 3 May"
        return True
    if (verb not in _BE and verb not in _STAY) or j == 0 or not adjacent(text, tokens[j - 1], tokens[j]):
        return False
    subject = tokens[j - 1][2]
    return subject.lower() in _SUBJECTS or subject.lower() in ROLE_WORDS or _named_subject(text, tokens, j - 1)


def _named_subject(text: str, tokens: list[Token], i: int) -> bool:
    """``tokens[i]`` ends a person's name: the capitalised words up to it hold a known name that
    is no ordinary word (``Claudio Armani``), or are two or more known names (``Gino Rossi``,
    ``Lea Roux``: ``rossi`` and ``roux`` are ordinary words too)."""
    run = []
    while i >= 0 and len(run) < 4 and capitalised(tokens[i][2]):
        run.append(tokens[i][2])
        if i == 0 or not adjacent(text, tokens[i - 1], tokens[i]):
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
    if tokens[i][2].lower() in _ADVERBS_MOVED and i and adjacent(text, tokens[i - 1], tokens[i]):
        i -= 1
    if not adjacent(text, tokens[i], tokens[i + 1]):
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
    contact = [(s.start, s.end) for s in taken if s.type in _CONTACT_TYPES]
    if not contact:
        return out
    has_contact, covered = Coverage(contact), Coverage((s.start, s.end) for s in taken)
    pos = 0
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        cuts = list(_CONTACT_SEPARATOR.finditer(text, pos, end))
        if len(cuts) >= 2 and has_contact.overlaps(pos, end):
            bounds = [pos, *(x for c in cuts for x in (c.start(), c.end())), end]
            for lo, hi in zip(bounds[::2], bounds[1::2], strict=True):
                while lo < hi and text[lo] in " \t":
                    lo += 1
                while hi > lo and text[hi - 1] in " \t":
                    hi -= 1
                if (
                    lo < hi
                    and _TOWN_PART.fullmatch(text, lo, hi)
                    and not covered.overlaps(lo, hi)
                    and (town_like(text[lo:hi]) or _named_town(text[lo:hi]))
                ):
                    out.append(Span(lo, hi, "LOCATION", SCORE_TOWN_STAY, "names"))
        pos = end + 1
    return out


def _town_context(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` opens a town by what comes before it: ``in`` after a birth date or ``grew up``
    (``born 12 May 1967 in``) or a site (``our branch in``); ``of`` after an age (``Anna Kowalska, 36, of``) or after
    ``resident``/``native``; ``to`` after a trip (``visit to``, ``flight to``); ``from``, ``aus``,
    ``de``, ``di``... after a title and a name (``Frau Berg aus Ulm``, ``Mme Roux de GillesBourg``)
    or ``from`` after an age (``a 60 y/o from Jacquesnec``)."""
    word = tokens[k][2]
    if word == "in":  # "(born 12 May 1967 in Jacksonton)", "She grew up in Mäntyharju", "our branch in Naters"
        if k > 0 and tokens[k - 1][2].lower() in _SITES and adjacent(text, tokens[k - 1], tokens[k]):
            return True
        return _BORN_OR_RAISED.search(text, max(0, tokens[k][0] - 40), tokens[k][0]) is not None
    if word in _FROM_WORDS and k >= 2 and text[tokens[k - 1][1] : tokens[k][0]] in (" ", ", "):
        if word == "from" and _AGED_BEFORE.search(text, max(0, tokens[k][0] - 16), tokens[k][0]) is not None:
            return True  # "a 60 y/o from Jacquesnec"
        title, name = tokens[k - 2], tokens[k - 1]  # "Frau Berg aus Ulm", "A Sra. Lopes, de Braga,"
        titled = title[2] in TITLES or title[2].capitalize() in TITLES
        return titled and capitalised(name[2]) and text[title[1] : name[0]] in (" ", ". ")
    if word == "of":
        if _AGE_BEFORE.search(text, max(0, tokens[k][0] - 8), tokens[k][0]) is not None:
            return True
        return k > 0 and tokens[k - 1][2].lower() in _RESIDENTS and adjacent(text, tokens[k - 1], tokens[k])
    return (
        word == "to" and k > 0 and tokens[k - 1][2].lower() in _TRIP_NOUNS and adjacent(text, tokens[k - 1], tokens[k])
    )


def _stay_town(
    text: str, tokens: list[Token], k: int, *, moving: bool = False, strict: bool | None = None
) -> tuple[int, int] | None:
    """The town after ``tokens[k]`` (``in``), if a clause end or ``until``... follows it (after a
    verb of moving, any lower-case word: ``moved from Rezzato to ...``, ``... to Palombaro last spring``)."""
    if k + 1 >= len(tokens) or not adjacent(text, tokens[k], tokens[k + 1]):
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
    if tokens[i][2] in PARTICLES and i + 1 < len(tokens) and adjacent(text, tokens[i], tokens[i + 1]):
        i += 1  # "in da Mota"
    n = last = 0
    while i + n < len(tokens) and n < 5:
        if n and not adjacent(text, tokens[i + n - 1], tokens[i + n]):
            break
        if capitalised(tokens[i + n][2]):
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
    next_adjacent = nxt is not None and adjacent(text, tokens[i + n - 1], nxt)
    word_after = nxt[2] if nxt is not None and next_adjacent else ""
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
    if touches_code(text, start, end) or not town_like(
        text[tokens[i][0] : end], strict=not moving if strict is None else strict
    ):
        return None
    return start, end


def _town_shape(text: str, start: int, end: int, word: str) -> bool:
    """``word`` (at ``start``) is a French town's hyphenated name: ``Mallet-sur-Leclercq`` anywhere,
    ``Saint-Aubin`` after a comma at the end of a clause."""
    if touches_code(text, start, end):
        return False
    if _HYPHEN_TOWN.fullmatch(word):
        return town_like(word)
    return (
        _SAINT_TOWN.fullmatch(word) is not None
        and text[max(0, start - 2) : start] == ", "
        and (end == len(text) or text[end] in _CLAUSE_END)
        and town_like(word[word.index("-") + 1 :])
    )


def _named_town(value: str) -> bool:
    """``value`` is one capitalised word that is a family name (``Guerra``, ``Pires``, ``Leão``):
    many towns are named so, and in brackets after a name (a company's town) it is one."""
    return " " not in value and capitalised(value) and value in last_names() and not is_false_entity(value, None)


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
        tokens = word_tokens(text) if (" in " in text or "-" in text or " from " in text or " to " in text) else []
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
            and adjacent(text, tokens[k - 1], tokens[k])
        ):
            town = _stay_town(text, tokens, k, moving=True)
            if town is not None:
                found.append(Span(town[0], town[1], "LOCATION", SCORE_TOWN_STAY, "names"))
                moved_to = next((j for j in range(k + 1, len(tokens)) if tokens[j][0] >= town[1]), -1)
        elif word in _TOWN_CONTEXT_WORDS and k + 1 < len(tokens) and _town_context(text, tokens, k):
            town = _stay_town(text, tokens, k, moving=word != "of", strict=False)
            if town is not None:
                found.append(Span(town[0], town[1], "LOCATION", SCORE_TOWN_STAY, "names"))
        elif word == "the" and k + 1 < len(tokens) and adjacent(text, tokens[k], tokens[k + 1]):
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


_SPANISH_TAIL = regex.compile(r"[ ](?:los[ ]altos|los[ ]bajos|de[ ]abajo|de[ ]arriba)(?![\p{L}\p{M}])")
"""What follows a Mexican town's name (``San Paulina los altos``, ``Santa Rita de abajo``)."""
_SPANISH_HEAD = regex.compile(r"(?<![\p{L}\p{M}])(?:Vieja|Viejo|Nueva|Nuevo)[ ]$")
"""What opens one (``Vieja Angola``, ``Nueva Islandia``): a town named after another place."""


def with_town_affixes(text: str, span: Span) -> Span:
    """``span`` (a LOCATION) with the words a Spanish town's name opens or closes with around it
    (``Vieja Angola``, ``San Estela los altos``): NER and the gazetteer read only the middle."""
    if span.type != "LOCATION":
        return span
    start, end = span.start, span.end
    tail = _SPANISH_TAIL.match(text, end)
    head = _SPANISH_HEAD.search(text, max(0, start - 7), start)
    if tail is None and head is None:
        return span
    return Span(head.start() if head else start, tail.end() if tail else end, span.type, span.score, span.detector)
